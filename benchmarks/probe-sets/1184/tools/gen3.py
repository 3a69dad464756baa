"""p1184-3: formal report (UBND tỉnh Bạc Liêu) on shrimp seed production and broodstock quarantine 2023; flattened | table by place."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """UBND TỈNH BẠC LIÊU
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 22 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất giống tôm và kiểm dịch tôm bố mẹ năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất giống
Năm 2023, toàn tỉnh có 245 cơ sở sản xuất tôm giống đủ điều kiện, giảm 8 cơ sở so với năm 2022; sản lượng ước đạt 28,4 tỷ con post, bằng 103,3% kế hoạch, đáp ứng khoảng 60% nhu cầu con giống của người nuôi trong tỉnh.

Sản lượng tôm giống theo địa bàn:
Đơn vị tính: triệu con
Địa bàn | Năm 2022 | Ước năm 2023
Thành phố Bạc Liêu | 6.120 | 6.480
Thị xã Giá Rai | 4.350 | 4.900
Huyện Đông Hải | 9.870 | 10.650
Huyện Hòa Bình | 5.960 | 6.370
Tổng cộng | 26.300 | 28.400

2. Kiểm dịch tôm bố mẹ
Trong năm, Chi cục Chăn nuôi và Thú y đã kiểm dịch 51.200 con tôm bố mẹ, trong đó tôm thẻ chân trắng 43.700 con, tôm sú 7.500 con. Có 3 lô (gồm 1.150 con) không đạt yêu cầu, đã tiêu hủy toàn bộ. Số tôm bố mẹ trên do 14 doanh nghiệp nhập khẩu, chủ yếu từ Hoa Kỳ và Singapore.

3. Tồn tại
Vẫn còn khoảng 30 cơ sở ương dưỡng nhỏ lẻ chưa đăng ký kiểm tra điều kiện sản xuất.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản xuất 30 tỷ con giống; 100% tôm bố mẹ nhập về được kiểm dịch; giá tôm giống ổn định ở mức 90-120 đồng/con.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT(3).
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Ước năm 2023", "2023-01-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, place, col):
    status = "estimate" if col == "ước năm 2023" else "actual"
    return fig(anchor, number, value * 1e6, "count", "con",
               subject=f"sản lượng tôm giống {row}{col}".strip(),
               period=C23 if col == "ước năm 2023" else C22, status=status, location=place)


FIGS = [
    fig("có 245 cơ sở", "245", 245, "count", "cơ sở", change=chg("decrease", 8, "cơ sở", "năm 2022"),
        subject="cơ sở sản xuất tôm giống đủ điều kiện", period=Y23),
    fig("ước đạt 28,4 tỷ con", "28,4", 28.4e9, "count", "con", percent=103.3, status="estimate",
        subject="sản lượng tôm giống", period=Y23),
    fig("khoảng 60% nhu cầu", "60", 60, "percent", "%", approx="about", status="estimate", optional=True,
        subject="nhu cầu con giống của người nuôi trong tỉnh được đáp ứng", period=Y23),
    cell("Liêu | 6.120", "6.120", 6120, "", "Bạc Liêu", "năm 2022"),
    cell("6.120 | 6.480", "6.480", 6480, "", "Bạc Liêu", "ước năm 2023"),
    cell("Rai | 4.350", "4.350", 4350, "", "Giá Rai", "năm 2022"),
    cell("4.350 | 4.900", "4.900", 4900, "", "Giá Rai", "ước năm 2023"),
    cell("Hải | 9.870", "9.870", 9870, "", "Đông Hải", "năm 2022"),
    cell("9.870 | 10.650", "10.650", 10650, "", "Đông Hải", "ước năm 2023"),
    cell("Bình | 5.960", "5.960", 5960, "", "Hòa Bình", "năm 2022"),
    cell("5.960 | 6.370", "6.370", 6370, "", "Hòa Bình", "ước năm 2023"),
    cell("cộng | 26.300", "26.300", 26300, "tổng cộng ", "Bạc Liêu", "năm 2022"),
    cell("26.300 | 28.400", "28.400", 28400, "tổng cộng ", "Bạc Liêu", "ước năm 2023"),
    fig("kiểm dịch 51.200 con", "51.200", 51200, "count", "con",
        subject="tôm bố mẹ được kiểm dịch", period=TN),
    fig("chân trắng 43.700 con", "43.700", 43700, "count", "con", total=51200,
        subject="tôm thẻ chân trắng bố mẹ được kiểm dịch", period=TN),
    fig("tôm sú 7.500 con", "7.500", 7500, "count", "con", total=51200,
        subject="tôm sú bố mẹ được kiểm dịch", period=TN),
    fig("Có 3 lô", "3", 3, "count", "lô", subject="lô tôm bố mẹ không đạt yêu cầu", period=inh(TN)),
    fig("gồm 1.150 con", "1.150", 1150, "count", "con", subject="tôm bố mẹ không đạt yêu cầu bị tiêu hủy",
        period=inh(TN)),
    fig("do 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp nhập khẩu tôm bố mẹ", period=inh(TN)),
    fig("khoảng 30 cơ sở", "30", 30, "count", "cơ sở", approx="about",
        subject="cơ sở ương dưỡng nhỏ lẻ chưa đăng ký kiểm tra điều kiện sản xuất"),
    fig("sản xuất 30 tỷ con", "30", 30e9, "count", "con", status="target",
        subject="con giống sản xuất", period=Y24),
    fig("100% tôm bố mẹ", "100", 100, "percent", "%", status="target",
        subject="tôm bố mẹ nhập về được kiểm dịch", period=Y24),
    fig("90-120 đồng/con", "90", 90, "money", "đồng/con", value_max=120, status="target",
        subject="giá tôm giống", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH BẠC LIÊU, 'Số: 318/BC-UBND', 'Bạc Liêu, ngày 22 tháng 12 năm 2023' (published).",
    "28,4 tỷ: 'ước đạt' -> estimate, share 'bằng 103,3% kế hoạch'; 'đáp ứng khoảng 60%' is a second share of the same figure: optional.",
    "Flattened '|' table, 'Đơn vị tính: triệu con' (6.120 = 6,12·10^9 con); rows are places -> location, subject = indicator + column;",
    "column 'Ước năm 2023' gives status estimate and period 2023 (scored); 'Tổng cộng' row located in the province. Cells get no totals.",
    "'Trong năm' in a 2023 report = năm 2023. 43.700 / 7.500 are parts of 51.200 ('trong đó'). '(gồm 1.150 con)' counts con, not lô: no total.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' -> targets; the period stands in the heading (inherited).",
    "Distractors: Số: 318/BC-UBND, 'KT(3)', section numbers I./II./1.-3., date of the report. 'Vẫn còn khoảng 30 cơ sở' has no period.",
]

if __name__ == "__main__":
    build("p1184-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Bạc Liêu")
