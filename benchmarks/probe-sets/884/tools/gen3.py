"""p884-3: formal report, UBND tỉnh Ninh Bình, plastic waste reduction plan 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Ninh Bình, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch giảm thiểu chất thải nhựa năm 2023

Thực hiện Quyết định số 1316/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 86/KH-UBND ngày 12/4/2021 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền
Năm 2023, các sở, ngành, địa phương đã tổ chức 286 hội nghị, lớp tập huấn với khoảng 17.500 lượt người tham dự; in và phát 45.000 tờ rơi về tác hại của túi ni lông.

2. Giảm thiểu túi ni lông tại chợ, siêu thị
Đến ngày 31/12/2023, toàn tỉnh có 64/112 chợ thực hiện mô hình giảm thiểu túi ni lông, đạt 57,1%; 100% siêu thị, trung tâm thương mại đã thay thế túi ni lông khó phân hủy. Kết quả tại các huyện, thành phố như sau:
Đơn vị tính: chợ
Huyện, thành phố | Tổng số chợ | Chợ có mô hình | Tỷ lệ (%)
TP Ninh Bình | 16 | 13 | 81,3
TP Tam Điệp | 9 | 7 | 77,8
Hoa Lư | 11 | 8 | 72,7
Gia Viễn | 14 | 8 | 57,1
Nho Quan | 19 | 7 | 36,8
Yên Khánh | 15 | 8 | 53,3
Yên Mô | 13 | 6 | 46,2
Kim Sơn | 15 | 7 | 46,7
Tổng cộng | 112 | 64 | 57,1

3. Thu gom, xử lý chất thải nhựa
Năm 2023, toàn tỉnh thu gom khoảng 9.850 tấn chất thải nhựa, chiếm 11,2% tổng lượng chất thải rắn sinh hoạt; lượng túi ni lông sử dụng tại các chợ giảm 27% so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
1. Phấn đấu đến hết năm 2024 có ít nhất 80% số chợ thực hiện mô hình.
2. Dự kiến năm 2024 bố trí 1,2 tỷ đồng từ nguồn sự nghiệp môi trường.

Nơi nhận: Bộ TN&MT; TT Tỉnh ủy; Lưu: VT.
"""

NOTES = [
    "p884-3: formal report under the UBND tỉnh Ninh Bình letterhead, Số: 27/BC-UBND, flattened '|' table by district.",
    "Table: 'Đơn vị tính: chợ' applies to the two count columns, 'Tỷ lệ (%)' is percent. District labels go to location,",
    "subject = column label; period comes from 'Đến ngày 31/12/2023' in the sentence before the table (inherited).",
    "Table cells get no total (no part-of cue); the 'Tổng cộng' row is its own figure (location Ninh Bình).",
    "Section numbers I., II., 1.-3., document numbers and the date line are not figures.",
    "revised after the first run: table subjects are the column labels as FIGURES.md says ('Chợ có mô hình', 'Tỷ lệ (%)'),",
    "not the longer indicator taken from the sentence above the table.",
]
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
TAB = I(ASOF)
FIGS = [
    F("tổ chức 286 hội nghị", "286", 286, "count", "hội nghị", "hội nghị, lớp tập huấn tuyên truyền", Y23),
    F("khoảng 17.500 lượt", "17.500", 17500, "count", "lượt người", "lượt người tham dự", Y23, approx="about"),
    F("phát 45.000 tờ", "45.000", 45000, "count", "tờ rơi", "tờ rơi về tác hại của túi ni lông", Y23),
    F("có 64/112 chợ", "64", 64, "count", "chợ", "chợ thực hiện mô hình giảm thiểu túi ni lông", ASOF,
      total=112, percent=57.1),
    F("; 100% siêu thị", "100", 100, "percent", "%",
      "siêu thị, trung tâm thương mại thay thế túi ni lông khó phân hủy", ASOF),
]
ROWS = [("TP Ninh Bình", "16", "13", "81,3", "Ninh Bình"), ("TP Tam Điệp", "9", "7", "77,8", "Tam Điệp"),
        ("Hoa Lư", "11", "8", "72,7", "Hoa Lư"), ("Gia Viễn", "14", "8", "57,1", "Gia Viễn"),
        ("Nho Quan", "19", "7", "36,8", "Nho Quan"), ("Yên Khánh", "15", "8", "53,3", "Yên Khánh"),
        ("Yên Mô", "13", "6", "46,2", "Yên Mô"), ("Kim Sơn", "15", "7", "46,7", "Kim Sơn"),
        ("Tổng cộng", "112", "64", "57,1", "Ninh Bình")]
for label, a, b, c, loc in ROWS:
    pre = f"\n{label} | "
    FIGS.append(F(f"{pre}{a}", a, int(a), "count", "chợ", "tổng số chợ", TAB, location=loc))
    FIGS.append(F(f"{pre}{a} | {b}", b, int(b), "count", "chợ", "chợ có mô hình", TAB,
                  location=loc))
    FIGS.append(F(f"{pre}{a} | {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                  "tỷ lệ", TAB, location=loc))
FIGS += [
    F("khoảng 9.850 tấn", "9.850", 9850, "measure", "tấn", "chất thải nhựa thu gom", Y23,
      approx="about", percent=11.2),
    F("chợ giảm 27%", "27", 27, "percent", "%", "lượng túi ni lông sử dụng tại các chợ giảm so với năm 2022", Y23),
    F("ít nhất 80%", "80", 80, "percent", "%", "số chợ thực hiện mô hình",
      P("đến hết năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
    F("bố trí 1,2 tỷ", "1,2", 1_200_000_000, "money", "đồng", "kinh phí bố trí từ nguồn sự nghiệp môi trường",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]
write("p884-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Ninh Bình")
