"""p1130-8: provincial newspaper online (Báo Kon Tum, '(BKT) -'): Kon Plông temperate vegetables and su su, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kon Plông: Rau xứ lạnh, su su mang lại nguồn thu gần 200 tỷ đồng

Cập nhật lúc 16:20, Thứ Hai, 25/11/2024

(BKT) - 10 tháng đầu năm, toàn huyện Kon Plông đã gieo trồng 1.360 ha rau, hoa xứ lạnh, đạt 97,1% kế hoạch năm; trong đó su su 415 ha, rau ôn đới các loại 810 ha, hoa 135 ha. Tổng giá trị sản xuất ước đạt gần 200 tỷ đồng.

Riêng quý III, sản lượng su su quả và ngọn đạt 4.850 tấn, tăng 9,2% so với quý II. Giá su su quả tại Măng Đen dao động 3.000-4.000 đồng/kg, ngọn su su 15.000 đồng/kg, tăng 2.000 đồng/kg so với đầu năm.

Tại xã Đắk Long, Công ty TNHH Nông nghiệp Măng Đen Xanh đã ký hợp đồng bao tiêu 1.200 tấn su su quả mỗi năm với 96 hộ đồng bào Xơ Đăng, giá sàn không dưới 2.500 đồng/kg. Công ty đang xây dựng nhà sơ chế công suất 20 tấn/ngày tại Km 52, Quốc lộ 24, dự kiến đi vào hoạt động từ quý I/2025.

Tính đến ngày 30/9/2024, toàn huyện còn 1.183 hộ nghèo, chiếm 14,2% tổng số hộ; từ đầu năm đến nay có 235 hộ thoát nghèo, trong đó 87 hộ nhờ trồng su su, rau xứ lạnh. Huyện có 6 sản phẩm OCOP từ rau, củ, quả vùng cao, trong đó 1 sản phẩm đạt 4 sao.

Năm 2025, huyện dự kiến mở rộng diện tích su su thêm 60 ha, phấn đấu đưa tổng giá trị sản xuất rau, hoa đạt 250 tỷ đồng.

Minh Phương
"""

M10 = P("10 tháng đầu năm", "2024-01-01", "2024-10-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-11-25")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CO = "Công ty TNHH Nông nghiệp Măng Đen Xanh"

FIGS = [
    F("nguồn thu gần 200 tỷ", "200", 200e9, "money", "đồng", approx="nearly",
      subject="nguồn thu từ rau xứ lạnh, su su"),
    F("gieo trồng 1.360 ha", "1.360", 1360, "measure", "ha", percent=97.1,
      subject="diện tích rau, hoa xứ lạnh gieo trồng", period=M10),
    F("su su 415 ha", "415", 415, "measure", "ha", total=1360, subject="diện tích su su", period=M10),
    F("các loại 810 ha", "810", 810, "measure", "ha", total=1360, subject="diện tích rau ôn đới các loại", period=M10),
    F("hoa 135 ha", "135", 135, "measure", "ha", total=1360, subject="diện tích hoa", period=M10),
    F("ước đạt gần 200 tỷ", "200", 200e9, "money", "đồng", approx="nearly", status="estimate",
      subject="tổng giá trị sản xuất rau, hoa xứ lạnh", period=I(M10)),
    F("đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", change=C("increase", 9.2, "%", "quý II"),
      subject="sản lượng su su quả và ngọn", period=Q3),
    F("3.000-4.000", "3.000", 3000, "money", "đồng/kg", value_max=4000, subject="giá su su quả tại Măng Đen"),
    F("15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", change=C("increase", 2000, "đồng/kg", "đầu năm"),
      subject="giá ngọn su su"),
    F("bao tiêu 1.200 tấn", "1.200", 1200, "measure", "tấn/năm",
      subject=f"su su quả {CO} ký hợp đồng bao tiêu mỗi năm"),
    F("với 96 hộ", "96", 96, "count", "hộ", subject=f"hộ đồng bào Xơ Đăng ký hợp đồng bao tiêu với {CO}"),
    F("không dưới 2.500", "2.500", 2500, "money", "đồng/kg", approx="at_least", subject="giá sàn bao tiêu su su quả"),
    F("20 tấn/ngày", "20", 20, "measure", "tấn/ngày", subject="công suất nhà sơ chế đang xây dựng"),
    F("còn 1.183 hộ", "1.183", 1183, "count", "hộ", percent=14.2, subject="hộ nghèo", period=ASOF),
    F("có 235 hộ", "235", 235, "count", "hộ", subject="hộ thoát nghèo", period=YTD),
    F("87 hộ", "87", 87, "count", "hộ", total=235, subject="hộ thoát nghèo nhờ trồng su su, rau xứ lạnh", period=YTD),
    F("có 6 sản phẩm", "6", 6, "count", "sản phẩm", subject="sản phẩm OCOP từ rau, củ, quả vùng cao"),
    F("1 sản phẩm", "1", 1, "count", "sản phẩm", total=6, subject="sản phẩm OCOP từ rau, củ, quả vùng cao đạt 4 sao"),
    F("đạt 4 sao", "4", 4, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    F("thêm 60 ha", "60", 60, "measure", "ha", status="forecast", subject="diện tích su su mở rộng thêm", period=Y25),
    F("đạt 250 tỷ", "250", 250e9, "money", "đồng", status="target",
      subject="tổng giá trị sản xuất rau, hoa", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Kon Tum): headline figure, 'Cập nhật lúc 16:20, Thứ Hai, 25/11/2024', tag '(BKT) -', byline at the end.",
    "All figures are of huyện Kon Plông (Măng Đen is its town, xã Đắk Long its commune): default location Kon Plông.",
    "Year-less '10 tháng đầu năm', 'quý III', 'quý II', 'đầu năm' take 2024 from the dateline; 'từ đầu năm đến nay' ends at 2024-11-25.",
    "Parts after 'trong đó' add up (415 + 810 + 135 = 1.360; 87 of 235; 1 of 6). 'ước đạt gần 200 tỷ' → estimate, nearly; the period is in the previous sentence.",
    "'tăng 2.000 đồng/kg so với đầu năm' → change in đồng/kg. 'không dưới 2.500 đồng/kg' → at_least. 'công suất 20 tấn/ngày' is actual (the 'dự kiến' clause is the opening date).",
    "'Năm 2025, huyện dự kiến … thêm 60 ha' → forecast; 'phấn đấu … đạt 250 tỷ đồng' → target (each cue governs its own clause).",
    "Distractors: 16:20, 'Km 52', 'Quốc lộ 24', 'quý I/2025', 'Tính đến ngày 30/9/2024'. 'đạt 4 sao' rating label: optional.",
]

if __name__ == "__main__":
    write("p1130-8", TEXT, NOTES, FIGS, published="2024-11-25", location="Kon Plông")
