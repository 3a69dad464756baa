"""p1167-3: formal report (UBND tỉnh Quảng Nam) on Tuần lễ Áo dài 2024, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """UBND TỈNH QUẢNG NAM
Số: 86/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 20 tháng 3 năm 2024

BÁO CÁO
Kết quả tổ chức các hoạt động hưởng ứng Tuần lễ Áo dài năm 2024

Thực hiện Kế hoạch số 15/KH-UBND ngày 25/01/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các hoạt động chính
Từ ngày 01 đến 08/3/2024, các địa phương đã tổ chức 146 hoạt động hưởng ứng, đạt 121,7% kế hoạch; trong đó 38 chương trình đồng diễn, 27 cuộc thi trình diễn áo dài và 81 hoạt động khác. Lễ hội Áo dài Hội An lần thứ 3 thu hút khoảng 15.000 lượt khách; doanh thu dịch vụ trong 3 ngày lễ hội ước đạt 12,6 tỷ đồng.

2. Kết quả theo địa phương
Đơn vị tính: người
Địa phương | Đồng diễn áo dài | Thi, trình diễn áo dài | Nữ CBCCVC mặc áo dài công sở
Hội An | 2.350 | 420 | 3.100
Tam Kỳ | 1.870 | 310 | 4.250
Điện Bàn | 1.240 | 185 | 2.680
Các địa phương khác | 3.660 | 545 | 9.970
Tổng cộng | 9.120 | 1.460 | 20.000

3. Hoạt động may đo áo dài
Trong Tuần lễ, các cơ sở may đo áo dài trên địa bàn tỉnh nhận khoảng 6.800 đơn đặt may, tăng gần 30% so với cùng kỳ năm 2023; riêng 45 tiệm may tại phố cổ Hội An nhận hơn 2.100 đơn, trong đó 60% là khách nước ngoài.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tổ chức ít nhất 150 hoạt động hưởng ứng Tuần lễ Áo dài; 100% cơ quan, đơn vị vận động nữ cán bộ mặc áo dài vào thứ Hai đầu tuần.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

WEEK = per("Từ ngày 01 đến 08/3/2024", "2024-03-01", "2024-03-08")
Y25 = per("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"dd": "đồng diễn áo dài", "thi": "thi, trình diễn áo dài", "cs": "nữ CBCCVC mặc áo dài công sở"}
PLACES = {"Hội An", "Tam Kỳ", "Điện Bàn"}


def cell(anchor, number, value, row, col):
    if row in PLACES:
        return fig(anchor, number, value, "count", "người", subject=COLS[col], period=inh(WEEK), location=row)
    return fig(anchor, number, value, "count", "người", subject=f"{COLS[col]} {row.lower()}", period=inh(WEEK))


FIGS = [
    fig("tổ chức 146 hoạt động", "146", 146, "count", "hoạt động", percent=121.7,
        subject="hoạt động hưởng ứng Tuần lễ Áo dài", period=WEEK),
    fig("38 chương trình", "38", 38, "count", "chương trình", total=146,
        subject="chương trình đồng diễn", period=WEEK),
    fig("27 cuộc thi", "27", 27, "count", "cuộc thi", total=146,
        subject="cuộc thi trình diễn áo dài", period=WEEK),
    fig("81 hoạt động", "81", 81, "count", "hoạt động", total=146,
        subject="hoạt động khác hưởng ứng Tuần lễ Áo dài", period=WEEK),
    fig("khoảng 15.000 lượt", "15.000", 15000, "count", "lượt khách", approx="about",
        subject="lượt khách Lễ hội Áo dài Hội An", period=inh(WEEK), location="Hội An"),
    fig("ước đạt 12,6 tỷ", "12,6", 12.6e9, "money", "đồng", status="estimate",
        subject="doanh thu dịch vụ trong lễ hội", period=inh(WEEK), location="Hội An"),
    cell("Hội An | 2.350", "2.350", 2350, "Hội An", "dd"),
    cell("2.350 | 420", "420", 420, "Hội An", "thi"),
    cell("420 | 3.100", "3.100", 3100, "Hội An", "cs"),
    cell("Tam Kỳ | 1.870", "1.870", 1870, "Tam Kỳ", "dd"),
    cell("1.870 | 310", "310", 310, "Tam Kỳ", "thi"),
    cell("310 | 4.250", "4.250", 4250, "Tam Kỳ", "cs"),
    cell("Điện Bàn | 1.240", "1.240", 1240, "Điện Bàn", "dd"),
    cell("1.240 | 185", "185", 185, "Điện Bàn", "thi"),
    cell("185 | 2.680", "2.680", 2680, "Điện Bàn", "cs"),
    cell("khác | 3.660", "3.660", 3660, "Các địa phương khác", "dd"),
    cell("3.660 | 545", "545", 545, "Các địa phương khác", "thi"),
    cell("545 | 9.970", "9.970", 9970, "Các địa phương khác", "cs"),
    cell("Tổng cộng | 9.120", "9.120", 9120, "Tổng cộng", "dd"),
    cell("9.120 | 1.460", "1.460", 1460, "Tổng cộng", "thi"),
    cell("1.460 | 20.000", "20.000", 20000, "Tổng cộng", "cs"),
    fig("khoảng 6.800 đơn", "6.800", 6800, "count", "đơn đặt may", approx="about",
        change=chg("increase", 30, "%", "cùng kỳ năm 2023", approx="nearly"),
        subject="đơn đặt may áo dài các cơ sở may đo nhận",
        period=per("Trong Tuần lễ", "2024-03-01", "2024-03-08", inherited=True)),
    fig("riêng 45 tiệm", "45", 45, "count", "tiệm may", subject="tiệm may tại phố cổ Hội An", location="Hội An"),
    fig("hơn 2.100 đơn", "2.100", 2100, "count", "đơn", approx="over",
        subject="đơn đặt may các tiệm tại phố cổ Hội An nhận",
        period=per("Trong Tuần lễ", "2024-03-01", "2024-03-08", inherited=True), location="Hội An"),
    fig("trong đó 60%", "60", 60, "percent", "%", subject="tỷ lệ đơn của khách nước ngoài",
        period=per("Trong Tuần lễ", "2024-03-01", "2024-03-08", inherited=True), location="Hội An"),
    fig("ít nhất 150 hoạt động", "150", 150, "count", "hoạt động", approx="at_least", status="target",
        subject="hoạt động hưởng ứng Tuần lễ Áo dài", period=Y25),
    fig("100% cơ quan", "100", 100, "percent", "%", status="target",
        subject="cơ quan, đơn vị vận động nữ cán bộ mặc áo dài vào thứ Hai đầu tuần", period=Y25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH QUẢNG NAM, 'Số: 86/BC-UBND', 'Quảng Nam, ngày 20 tháng 3 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: người'; place rows (Hội An, Tam Kỳ, Điện Bàn) go to location, subject = column label;",
    "'Các địa phương khác' and 'Tổng cộng' are not places: subject = column + row label, location Quảng Nam. Table period is the",
    "week of the section above (inherited). Table cells get no totals; the 'Tổng cộng' row is its own figures.",
    "Distractors: Số: 86/BC-UBND, Kế hoạch số 15/KH-UBND ngày 25/01/2024, 'lần thứ 3', 'trong 3 ngày lễ hội' (a duration that",
    "locates the revenue), section numbers I./II./1.-3., 'thứ Hai' (weekday). 'đạt 121,7% kế hoạch' is the share of 146 hoạt động.",
    "'riêng 45 tiệm … hơn 2.100 đơn': 'riêng' is not a part-of cue in the contract, so no total 6.800; '60%' is a percent figure of its own.",
]

if __name__ == "__main__":
    emit("p1167-3", TEXT, NOTES, FIGS, published="2024-03-20", location="Quảng Nam")
