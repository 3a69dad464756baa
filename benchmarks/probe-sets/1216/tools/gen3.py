"""p1216-3: formal report (UBND tỉnh Bắc Ninh) on the Phong Khê paper craft village, 2023; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 22 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất và xử lý môi trường làng nghề giấy Phong Khê năm 2023

I. TÌNH HÌNH SẢN XUẤT
1. Cơ sở sản xuất
Toàn làng nghề hiện có 254 cơ sở sản xuất giấy (96 doanh nghiệp, 158 hộ kinh doanh), trong đó 41 cơ sở đã di dời vào Cụm công nghiệp Phong Khê 2. Năm 2023, các cơ sở sử dụng khoảng 4.200 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng.

2. Sản lượng giấy theo sản phẩm
Đơn vị tính: tấn
Sản phẩm | Năm 2022 | Ước năm 2023 | Kế hoạch 2024
Giấy bao bì (kraft, giấy sóng) | 412.500 | 438.000 | 455.000
Giấy vệ sinh, giấy ăn | 96.300 | 101.200 | 105.000
Giấy đế, giấy vàng mã | 58.700 | 52.800 | 50.000
Tổng cộng | 567.500 | 592.000 | 610.000

Năm 2023, sản lượng giấy toàn làng nghề ước tăng 4,3% so với năm 2022; giá trị sản xuất ước đạt 5.920 tỷ đồng, bằng 101,5% kế hoạch. Khoảng 85% sản lượng giấy bao bì được bán cho các doanh nghiệp sản xuất thùng carton trong và ngoài tỉnh.

II. XỬ LÝ MÔI TRƯỜNG
Nhà máy xử lý nước thải tập trung công suất 7.000 m3/ngày đêm hiện tiếp nhận khoảng 5.300 m3/ngày đêm (đạt 75,7% công suất thiết kế). Tổng vốn đầu tư giai đoạn 2 của nhà máy là 186 tỷ đồng, dự kiến hoàn thành trong quý III/2024.

III. NHIỆM VỤ NĂM 2024
Phấn đấu 100% cơ sở sản xuất trong cụm công nghiệp đấu nối nước thải về nhà máy xử lý tập trung; di dời thêm ít nhất 25 cơ sở ra khỏi khu dân cư.

Nơi nhận:
- Bộ Tài nguyên và Môi trường (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": (Y22, "actual"), "Ước năm 2023": (E23, "estimate"), "Kế hoạch 2024": (K24, "target")}


def cell(anchor, number, value, row, col):
    per, st = COLS[col]
    kw = {} if st == "actual" else {"status": st}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


R1, R2, R3, R4 = "giấy bao bì (kraft, giấy sóng)", "giấy vệ sinh, giấy ăn", "giấy đế, giấy vàng mã", "giấy tổng cộng"
C1, C2, C3 = "Năm 2022", "Ước năm 2023", "Kế hoạch 2024"

FIGS = [
    F("có 254 cơ sở", "254", 254, "count", "cơ sở", subject="cơ sở sản xuất giấy làng nghề Phong Khê"),
    F("(96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", total=254, subject="doanh nghiệp sản xuất giấy"),
    F("158 hộ kinh doanh", "158", 158, "count", "hộ kinh doanh", total=254, subject="hộ kinh doanh sản xuất giấy"),
    F("trong đó 41 cơ sở", "41", 41, "count", "cơ sở", total=254,
      subject="cơ sở đã di dời vào Cụm công nghiệp Phong Khê 2"),
    F("khoảng 4.200 lao động", "4.200", 4200, "count", "lao động", approx="about",
      subject="lao động các cơ sở sản xuất giấy sử dụng", period=Y23),
    F("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động", period=Y23),
    cell("sóng) | 412.500", "412.500", 412500, R1, C1),
    cell("412.500 | 438.000", "438.000", 438000, R1, C2),
    cell("438.000 | 455.000", "455.000", 455000, R1, C3),
    cell("giấy ăn | 96.300", "96.300", 96300, R2, C1),
    cell("96.300 | 101.200", "101.200", 101200, R2, C2),
    cell("101.200 | 105.000", "105.000", 105000, R2, C3),
    cell("vàng mã | 58.700", "58.700", 58700, R3, C1),
    cell("58.700 | 52.800", "52.800", 52800, R3, C2),
    cell("52.800 | 50.000", "50.000", 50000, R3, C3),
    cell("Tổng cộng | 567.500", "567.500", 567500, R4, C1),
    cell("567.500 | 592.000", "592.000", 592000, R4, C2),
    cell("592.000 | 610.000", "610.000", 610000, R4, C3),
    F("ước tăng 4,3%", "4,3", 4.3, "percent", "%", status="estimate",
      subject="tăng trưởng sản lượng giấy toàn làng nghề", period=Y23),
    F("ước đạt 5.920 tỷ", "5.920", 5920e9, "money", "đồng", status="estimate", percent=101.5,
      subject="giá trị sản xuất làng nghề giấy", period=Y23),
    F("Khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="tỷ lệ sản lượng giấy bao bì bán cho các doanh nghiệp sản xuất thùng carton", period=I(Y23)),
    F("công suất 7.000 m3", "7.000", 7000, "measure", "m3/ngày đêm",
      subject="công suất nhà máy xử lý nước thải tập trung"),
    F("khoảng 5.300 m3", "5.300", 5300, "measure", "m3/ngày đêm", approx="about", percent=75.7,
      subject="lượng nước thải nhà máy xử lý tập trung tiếp nhận"),
    F("là 186 tỷ", "186", 186e9, "money", "đồng",
      subject="tổng vốn đầu tư giai đoạn 2 nhà máy xử lý nước thải tập trung"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở sản xuất trong cụm công nghiệp đấu nối nước thải về nhà máy xử lý tập trung", period=T24),
    F("ít nhất 25 cơ sở", "25", 25, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở di dời ra khỏi khu dân cư", period=T24),
]

NOTES = [
    "Formal report (UBND tỉnh Bắc Ninh, Số: 412/BC-UBND, ngày 22 tháng 12 năm 2023): Phong Khê paper village (a ward of TP Bắc Ninh).",
    "Distractors: document number 412/BC-UBND, 'Cụm công nghiệp Phong Khê 2' (name), 'giai đoạn 2' (phase), 'quý III/2024' (completion time),",
    "  section numbers I-III, 1-2, 'm3' (unit), 'Lưu: VT, KT'.",
    "Bracketed breakdown 96+158 = 254: parts get total 254; '41 cơ sở' after 'trong đó' gets total 254.",
    "Table cells: subject = 'sản lượng' + row label + column label; period from column header (scored); 'Ước năm 2023' = estimate,",
    "  'Kế hoạch 2024' = target. Tổng cộng row is its own figure; cells get no total.",
    "Section III targets inherit 'NHIỆM VỤ NĂM 2024' from the heading. Location: the village is in TP Bắc Ninh = Bắc Ninh.",
]

if __name__ == "__main__":
    write("p1216-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Bắc Ninh")
