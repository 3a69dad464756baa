"""p1211-3: formal report (UBND tỉnh Nghệ An) on sesame and groundnut 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 26 tháng 9 năm 2024

BÁO CÁO
Kết quả sản xuất cây vừng, cây lạc năm 2024

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, năng suất
Năm 2024, toàn tỉnh gieo trồng 14.620 ha vừng và lạc, bằng 97,5% kế hoạch, giảm 3,1% so với năm 2023; trong đó vừng 5.480 ha, lạc 9.140 ha. Năng suất vừng bình quân đạt 7,2 tạ/ha, lạc đạt 24,6 tạ/ha. Sản lượng lạc vỏ ước đạt 22.480 tấn.

2. Diện tích gieo trồng theo địa phương
Đơn vị tính: ha
Địa phương | Vừng | Lạc | Cộng
Huyện Diễn Châu | 1.620 | 2.350 | 3.970
Huyện Nghi Lộc | 1.240 | 2.180 | 3.420
Huyện Nam Đàn | 980 | 1.460 | 2.440
Các địa phương khác | 1.640 | 3.150 | 4.790
Tổng cộng | 5.480 | 9.140 | 14.620

3. Tiêu thụ, chế biến
Giá vừng hạt tại ruộng dao động 38.000-42.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cùng kỳ. Toàn tỉnh có 3 hợp tác xã ép dầu vừng, dầu lạc; HTX Nông nghiệp Diễn Thịnh (huyện Diễn Châu) mỗi tháng ép khoảng 12 tấn hạt, cung ứng hơn 4.000 lít dầu.

II. NHIỆM VỤ NĂM 2025
Phấn đấu diện tích vừng, lạc đạt 15.000 ha; năng suất lạc trên 25 tạ/ha; xây dựng ít nhất 2 vùng sản xuất lạc tập trung, quy mô mỗi vùng từ 50 ha trở lên.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CAP = "diện tích gieo trồng"


def cell(anchor, number, value, col, row, place=None):
    crop = {"Vừng": "vừng", "Lạc": "lạc", "Cộng": "vừng và lạc cộng"}[col]
    subj = f"{CAP} {crop}" + (f" {row}" if row else "")
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "measure", "ha", subject=subj, period=I(Y24), **kw)


FIGS = [
    F("gieo trồng 14.620 ha", "14.620", 14620, "measure", "ha", percent=97.5,
      change=C("decrease", 3.1, "%", "năm 2023"), subject="diện tích gieo trồng vừng và lạc", period=Y24),
    F("vừng 5.480 ha", "5.480", 5480, "measure", "ha", total=14620, subject="diện tích gieo trồng vừng", period=Y24),
    F("lạc 9.140 ha", "9.140", 9140, "measure", "ha", total=14620, subject="diện tích gieo trồng lạc", period=Y24),
    F("đạt 7,2 tạ/ha", "7,2", 7.2, "measure", "tạ/ha", subject="năng suất vừng bình quân", period=I(Y24)),
    F("đạt 24,6 tạ/ha", "24,6", 24.6, "measure", "tạ/ha", subject="năng suất lạc bình quân", period=I(Y24)),
    F("ước đạt 22.480 tấn", "22.480", 22480, "measure", "tấn", status="estimate",
      subject="sản lượng lạc vỏ", period=I(Y24)),
    cell("Châu | 1.620", "1.620", 1620, "Vừng", None, "Diễn Châu"),
    cell("1.620 | 2.350", "2.350", 2350, "Lạc", None, "Diễn Châu"),
    cell("2.350 | 3.970", "3.970", 3970, "Cộng", None, "Diễn Châu"),
    cell("Lộc | 1.240", "1.240", 1240, "Vừng", None, "Nghi Lộc"),
    cell("1.240 | 2.180", "2.180", 2180, "Lạc", None, "Nghi Lộc"),
    cell("2.180 | 3.420", "3.420", 3420, "Cộng", None, "Nghi Lộc"),
    cell("Đàn | 980", "980", 980, "Vừng", None, "Nam Đàn"),
    cell("980 | 1.460", "1.460", 1460, "Lạc", None, "Nam Đàn"),
    cell("1.460 | 2.440", "2.440", 2440, "Cộng", None, "Nam Đàn"),
    cell("khác | 1.640", "1.640", 1640, "Vừng", "các địa phương khác"),
    cell("1.640 | 3.150", "3.150", 3150, "Lạc", "các địa phương khác"),
    cell("3.150 | 4.790", "4.790", 4790, "Cộng", "các địa phương khác"),
    cell("cộng | 5.480", "5.480", 5480, "Vừng", "tổng cộng"),
    cell("5.480 | 9.140", "9.140", 9140, "Lạc", "tổng cộng"),
    cell("9.140 | 14.620", "14.620", 14620, "Cộng", "tổng cộng"),
    F("38.000-42.000", "38.000", 38000, "money", "đồng/kg", value_max=42000,
      change=C("increase", 5000, "đồng/kg", "cùng kỳ", approx="about"), subject="giá vừng hạt tại ruộng"),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", subject="hợp tác xã ép dầu vừng, dầu lạc"),
    F("khoảng 12 tấn", "12", 12, "measure", "tấn/tháng", approx="about",
      subject="lượng hạt HTX Nông nghiệp Diễn Thịnh ép mỗi tháng", location="Diễn Châu"),
    F("hơn 4.000 lít", "4.000", 4000, "measure", "lít/tháng", approx="over",
      subject="dầu HTX Nông nghiệp Diễn Thịnh cung ứng mỗi tháng", location="Diễn Châu"),
    F("đạt 15.000 ha", "15.000", 15000, "measure", "ha", status="target",
      subject="diện tích vừng, lạc", period=Y25),
    F("trên 25 tạ/ha", "25", 25, "measure", "tạ/ha", approx="over", status="target",
      subject="năng suất lạc", period=Y25),
    F("ít nhất 2 vùng", "2", 2, "count", "vùng sản xuất lạc tập trung", approx="at_least", status="target",
      subject="vùng sản xuất lạc tập trung xây dựng", period=Y25),
    F("từ 50 ha", "50", 50, "measure", "ha", approx="at_least", status="target", optional=True,
      subject="quy mô mỗi vùng sản xuất lạc tập trung", period=Y25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH NGHỆ AN, 'Số: 318/BC-UBND', 'Nghệ An, ngày 26 tháng 9 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number 318/BC-UBND, date line, section numbers, 'KT. CHỦ TỊCH'. Flattened '|' table with 'Đơn vị tính: ha'.",
    "Table cells: row label is a place (→ location, subject = caption + column label); 'Các địa phương khác' and 'Tổng cộng' stay in the subject, location Nghệ An.",
    "Table period: 'Năm 2024' of section 1 (another sentence) → inherited. Section II targets inherit 'NHIỆM VỤ NĂM 2025' from the heading.",
    "'trong đó vừng 5.480 ha, lạc 9.140 ha' add up to 14.620: total. '5.000 đồng/kg so với cùng kỳ' is the change of the price range.",
    "'từ 50 ha trở lên' is a threshold qualifying the 2 zones (optional). The HTX Diễn Thịnh rates per month carry '/tháng' in the unit (tấn/tháng, lít/tháng).",
]

if __name__ == "__main__":
    write("p1211-3", TEXT, NOTES, FIGS, published="2024-09-26", location="Nghệ An")
