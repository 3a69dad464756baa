"""p925-3: UBND tỉnh Ninh Bình, formal annual report 2023 on private pharmacy practice, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/BC-UBND
Ninh Bình, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác quản lý hành nghề dược tư nhân năm 2023

I. TÌNH HÌNH CHUNG
1. Mạng lưới bán lẻ thuốc
Tính đến ngày 31/12/2023, toàn tỉnh có 1.586 nhà thuốc, quầy thuốc, tăng 4,8% so với năm 2022; bình quân 15,7 cơ sở bán lẻ thuốc/1 vạn dân. Phân bố theo địa bàn như sau:

Đơn vị tính: cơ sở
Huyện, thành phố | Nhà thuốc | Quầy thuốc | Cộng
TP Ninh Bình | 168 | 41 | 209
TP Tam Điệp | 47 | 63 | 110
Nho Quan | 22 | 205 | 227
Gia Viễn | 25 | 168 | 193
Hoa Lư | 31 | 139 | 170
Yên Khánh | 28 | 182 | 210
Kim Sơn | 26 | 232 | 258
Yên Mô | 19 | 190 | 209
Tổng cộng | 366 | 1.220 | 1.586

2. Cấp chứng chỉ hành nghề, giấy chứng nhận đủ điều kiện kinh doanh dược
Năm 2023, Sở Y tế đã cấp 214 chứng chỉ hành nghề dược (trong đó 96 chứng chỉ cấp lần đầu) và 187 giấy chứng nhận đủ điều kiện kinh doanh dược; thu hồi 23 giấy chứng nhận của các cơ sở ngừng hoạt động. 100% hồ sơ được giải quyết đúng hạn, trong đó 82,5% hồ sơ nộp trực tuyến.

II. CÔNG TÁC THANH TRA, KIỂM TRA
Trong năm, Thanh tra Sở phối hợp với Phòng Y tế các huyện, thành phố kiểm tra 612 cơ sở, đạt 122,4% kế hoạch; xử phạt 41 cơ sở với số tiền 286,5 triệu đồng; đình chỉ hoạt động có thời hạn 3 cơ sở; tiêu hủy thuốc không rõ nguồn gốc trị giá trên 42 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% cơ sở bán lẻ thuốc duy trì đạt GPP; kiểm tra tối thiểu 30% số cơ sở trên địa bàn; tỷ lệ nhà thuốc, quầy thuốc kết nối liên thông đạt trên 95%.
"""

AS = P("Tính đến ngày 31/12/2023", end="2023-12-31")
TB = I(AS)  # the table's date stands in the line above it
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [  # (anchor of each cell, number, value, location)
    ("TP Ninh Bình", [("Bình | 168", "168"), ("168 | 41", "41"), ("41 | 209", "209")], "Ninh Bình"),
    ("TP Tam Điệp", [("Điệp | 47", "47"), ("47 | 63", "63"), ("63 | 110", "110")], "Tam Điệp"),
    ("Nho Quan", [("Quan | 22", "22"), ("22 | 205", "205"), ("205 | 227", "227")], "Nho Quan"),
    ("Gia Viễn", [("Viễn | 25", "25"), ("25 | 168", "168"), ("168 | 193", "193")], "Gia Viễn"),
    ("Hoa Lư", [("Lư | 31", "31"), ("31 | 139", "139"), ("139 | 170", "170")], "Hoa Lư"),
    ("Yên Khánh", [("Khánh | 28", "28"), ("28 | 182", "182"), ("182 | 210", "210")], "Yên Khánh"),
    ("Kim Sơn", [("Sơn | 26", "26"), ("26 | 232", "232"), ("232 | 258", "258")], "Kim Sơn"),
    ("Yên Mô", [("Mô | 19", "19"), ("19 | 190", "190"), ("190 | 209", "209")], "Yên Mô"),
]
COLS = ["nhà thuốc", "quầy thuốc", "cộng nhà thuốc, quầy thuốc"]

FIGS = [
    F("có 1.586 nhà thuốc", "1.586", 1586, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc", AS,
      change=C("increase", 4.8, "%", "năm 2022")),
    F("bình quân 15,7", "15,7", 15.7, "measure", "cơ sở/1 vạn dân", "cơ sở bán lẻ thuốc bình quân trên 1 vạn dân",
      AS),
]
for label, cells, loc in ROWS:
    for (anchor, num), col in zip(cells, COLS):
        FIGS.append(F(anchor, num, float(num), "count", "cơ sở", col, TB, location=loc))
for anchor, num, val, col in [("cộng | 366", "366", 366, "nhà thuốc tổng cộng"),
                              ("366 | 1.220", "1.220", 1220, "quầy thuốc tổng cộng"),
                              ("1.220 | 1.586", "1.586", 1586, "tổng cộng nhà thuốc, quầy thuốc")]:
    FIGS.append(F(anchor, num, val, "count", "cơ sở", col, TB))

FIGS += [
    F("cấp 214 chứng chỉ", "214", 214, "count", "chứng chỉ", "chứng chỉ hành nghề dược cấp", Y23),
    F("đó 96 chứng chỉ", "96", 96, "count", "chứng chỉ", "chứng chỉ hành nghề dược cấp lần đầu", Y23, total=214),
    F("và 187 giấy", "187", 187, "count", "giấy chứng nhận", "giấy chứng nhận đủ điều kiện kinh doanh dược cấp", Y23),
    F("thu hồi 23 giấy", "23", 23, "count", "giấy chứng nhận", "giấy chứng nhận đủ điều kiện kinh doanh dược thu hồi", Y23),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được giải quyết đúng hạn", I(Y23)),
    F("đó 82,5%", "82,5", 82.5, "percent", "%", "hồ sơ nộp trực tuyến", I(Y23)),
    F("kiểm tra 612 cơ sở", "612", 612, "count", "cơ sở", "cơ sở được kiểm tra", TN, percent=122.4),
    F("xử phạt 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở bị xử phạt", TN),
    F("số tiền 286,5 triệu đồng", "286,5", 286.5e6, "money", "đồng", "tiền xử phạt", TN),
    F("thời hạn 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động có thời hạn", TN),
    F("trên 42 triệu đồng", "42", 42e6, "money", "đồng", "trị giá thuốc không rõ nguồn gốc tiêu hủy", TN, approx="over"),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "cơ sở bán lẻ thuốc duy trì đạt GPP", Y24, status="target"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "số cơ sở trên địa bàn được kiểm tra", Y24, approx="at_least",
      status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ nhà thuốc, quầy thuốc kết nối liên thông", Y24, approx="over",
      status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Ninh Bình (Số: 21/BC-UBND, 12/01/2024) on private pharmacy practice in 2023; flattened '|' table.",
    "Table: 'Đơn vị tính: cơ sở'; cells are counts of cơ sở, subject = column label, location = row (district/city; TP Ninh Bình",
    "and TP Tam Điệp are cities, 'TP' dropped). Tổng cộng row: province. Table cells get no totals; the as-of date stands in the",
    "sentence above the table (inherited). '1 vạn dân' is a rate denominator. Section numbers I.-III., 1.-2. are not figures.",
    "'Trong năm' in an annual 2023 report = 2023. 'đạt 122,4% kế hoạch' is the share of 612. '82,5%' after 'trong đó' following",
    "'100% hồ sơ' is a percent of its own. Section III heading 'NĂM 2024' gives the targets' period (inherited); 'Phấn đấu' governs",
    "all three clauses of the sentence.",
]

write(3, TEXT, FIGS, NOTES, published="2024-01-12", location="Ninh Bình")
