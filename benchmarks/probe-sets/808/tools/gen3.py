"""p808-3: formal report (UBND tỉnh Kiên Giang), sea cucumber and sea urchin farming, H1/2024, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH KIÊN GIANG
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển nuôi hải sâm, cầu gai 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Lồng nuôi
Tính đến ngày 30/6/2024, toàn tỉnh có 1.460 lồng nuôi hải sâm và cầu gai, tăng 215 lồng so với cùng kỳ, tập trung tại các huyện Kiên Hải, Phú Quốc và Kiên Lương; diện tích mặt nước sử dụng khoảng 38,5 ha.

2. Con giống thả nuôi
Trong 6 tháng đầu năm 2024, các địa phương đã thả nuôi 1.265 nghìn con giống, đạt 63,3% kế hoạch năm, cụ thể:
Đơn vị tính: nghìn con
Địa phương | Hải sâm | Cầu gai | Cộng
Kiên Hải | 420 | 185 | 605
Phú Quốc | 310 | 120 | 430
Kiên Lương | 160 | 70 | 230
Tổng cộng | 890 | 375 | 1.265

3. Sản lượng, giá bán
Sản lượng thu hoạch 6 tháng ước đạt 142 tấn, trong đó hải sâm 96 tấn, cầu gai 46 tấn. Giá hải sâm vú thương phẩm từ 650.000 đến 700.000 đồng/kg; cầu gai 90.000 đồng/kg, giảm 10.000 đồng/kg so với cuối năm 2023.

4. Nghiên cứu, chuyển giao
Đề tài "Nghiên cứu ương nuôi giống hải sâm vú bằng thức ăn tổng hợp" do Trường Đại học Kiên Giang chủ trì (Quyết định số 1550/QĐ-UBND ngày 12/6/2023), kinh phí 1,86 tỷ đồng, đã sản xuất được 52.000 con giống cỡ 2-3 cm, tỷ lệ sống giai đoạn ương đạt 12,5%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 thả nuôi 2 triệu con giống, sản lượng đạt 300 tấn; phát triển thêm 150 lồng nuôi tại huyện Kiên Hải.

Nơi nhận: Bộ NN&PTNT; TT Tỉnh ủy; Lưu: VT.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1T = I(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
H1Y = P("6 tháng", "2024-01-01", "2024-06-30")
Y2024 = P("cả năm 2024", "2024-01-01", "2024-12-31")
SHS = "con giống hải sâm thả nuôi"
SCG = "con giống cầu gai thả nuôi"
SALL = "con giống hải sâm và cầu gai thả nuôi"


def cell(anchor, number, subject, loc):
    return F(anchor, number, float(number.replace(".", "")) * 1000, "count", "con", subject, H1T, location=loc)


FIGS = [
    F("có 1.460 lồng", "1.460", 1460, "count", "lồng", "lồng nuôi hải sâm và cầu gai", ASOF,
      change=C("increase", 215, "lồng", "cùng kỳ")),
    F("khoảng 38,5 ha", "38,5", 38.5, "measure", "ha", "diện tích mặt nước nuôi hải sâm và cầu gai", ASOF, approx="about"),
    F("thả nuôi 1.265 nghìn con giống", "1.265", 1265000, "count", "con giống", SALL, H1, percent=63.3),
    cell("Kiên Hải | 420", "420", SHS, "Kiên Hải"),
    cell("420 | 185", "185", SCG, "Kiên Hải"),
    cell("185 | 605", "605", SALL, "Kiên Hải"),
    cell("Phú Quốc | 310", "310", SHS, "Phú Quốc"),
    cell("310 | 120", "120", SCG, "Phú Quốc"),
    cell("120 | 430", "430", SALL, "Phú Quốc"),
    cell("Kiên Lương | 160", "160", SHS, "Kiên Lương"),
    cell("160 | 70", "70", SCG, "Kiên Lương"),
    cell("70 | 230", "230", SALL, "Kiên Lương"),
    cell("Tổng cộng | 890", "890", SHS, "Kiên Giang"),
    cell("890 | 375", "375", SCG, "Kiên Giang"),
    cell("375 | 1.265", "1.265", SALL, "Kiên Giang"),
    F("ước đạt 142 tấn", "142", 142, "measure", "tấn", "sản lượng hải sâm, cầu gai thu hoạch", H1Y, status="estimate"),
    F("hải sâm 96 tấn", "96", 96, "measure", "tấn", "sản lượng hải sâm thu hoạch", H1Y, total=142, status="estimate"),
    F("cầu gai 46 tấn", "46", 46, "measure", "tấn", "sản lượng cầu gai thu hoạch", H1Y, total=142, status="estimate"),
    F("từ 650.000 đến 700.000 đồng/kg", "650.000", 650000, "money", "đồng/kg", "giá hải sâm vú thương phẩm",
      value_max=700000),
    F("cầu gai 90.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá cầu gai",
      change=C("decrease", 10000, "đồng/kg", "cuối năm 2023")),
    F("kinh phí 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng",
      "kinh phí đề tài nghiên cứu ương nuôi giống hải sâm vú bằng thức ăn tổng hợp"),
    F("được 52.000 con giống", "52.000", 52000, "count", "con giống", "con giống hải sâm vú đề tài sản xuất được"),
    F("cỡ 2-3 cm", "2", 2, "measure", "cm", "cỡ con giống hải sâm vú", value_max=3, optional=True),
    F("đạt 12,5%", "12,5", 12.5, "percent", "%", "tỷ lệ sống giai đoạn ương giống hải sâm vú"),
    F("thả nuôi 2 triệu con giống", "2", 2e6, "count", "con giống", SALL, Y2024, status="target"),
    F("đạt 300 tấn", "300", 300, "measure", "tấn", "sản lượng hải sâm, cầu gai", Y2024, status="target"),
    F("thêm 150 lồng", "150", 150, "count", "lồng", "lồng nuôi phát triển thêm", Y2024, status="target",
      location="Kiên Hải"),
]

COMMENTS = [
    "Báo cáo số 286/BC-UBND của UBND tỉnh Kiên Giang: nuôi hải sâm, cầu gai 6 tháng đầu năm 2024 (lồng, giống, sản lượng, giá,",
    "đề tài nghiên cứu) and tasks for the second half. 'Kiên Giang, ngày 15 tháng 7 năm 2024' is the document's date (published).",
    "Not figures: Số: 286/BC-UBND, Quyết định số 1550/QĐ-UBND ngày 12/6/2023, section numbers I., II., 1.-4., 'Nơi nhận'.",
    "Flattened table: 'Đơn vị tính: nghìn con' makes each cell x1000 'con'; district rows go to location, the 'Tổng cộng' row is",
    "Kiên Giang; cells carry no totals; the period '6 tháng đầu năm 2024' stands in the line above the table (inherited).",
    "'đạt 63,3% kế hoạch năm' is the percent of 1.265 nghìn. 96/46 tấn are parts of 142 tấn ('trong đó') and share its 'ước đạt'.",
    "'cỡ 2-3 cm' is a size class (optional). 'thêm 150 lồng' continues the 'Phấn đấu cả năm 2024' sentence after ';' (target, 2024).",
]

if __name__ == "__main__":
    build("p808-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Kiên Giang")
