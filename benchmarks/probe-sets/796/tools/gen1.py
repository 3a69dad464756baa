"""p796-1: Lâm Đồng province portal — persimmon area, yield, prices, processing, garden visits (10/2024)."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế
Lâm Đồng: Giá hồng giòn cao gấp 1,8 lần cùng kỳ
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh Lâm Đồng có 2.146 ha hồng các loại, tăng 118 ha so với cuối năm 2023, tập trung tại Đơn Dương (812 ha), Đà Lạt (503 ha), Lạc Dương (436 ha) và Đức Trọng (395 ha). Trong đó, diện tích hồng cho thu hoạch khoảng 1.870 ha, chiếm 87,1%.

Năm nay thời tiết thuận lợi, năng suất hồng bình quân ước đạt 16,5 tấn/ha; sản lượng cả vụ ước đạt khoảng 30.800 tấn, tăng 6,2% so với vụ trước. Giá hồng giòn tại vườn hiện dao động từ 25.000 đến 32.000 đồng/kg, cao gấp 1,8 lần so với cùng kỳ năm 2023; hồng dẻo loại 1 được thương lái thu mua với giá 18.000 đồng/kg.

Toàn tỉnh hiện có 46 cơ sở chế biến hồng sấy, hồng treo gió, trong đó 12 cơ sở có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Mỗi năm các cơ sở tiêu thụ khoảng 9.500 tấn hồng tươi, cho ra gần 1.400 tấn thành phẩm; riêng quý III/2024 đã xuất bán 420 tấn. Để làm ra 1 kg hồng treo gió cần từ 8 đến 10 kg hồng tươi, giá bán hiện ở mức 350.000 - 450.000 đồng/kg.

Bên cạnh đó, nhiều nhà vườn tại Đà Lạt, Lạc Dương và dọc Quốc lộ 27 qua Đơn Dương đã mở cửa đón khách tham quan, chụp ảnh. Từ đầu năm đến nay, các vườn hồng đã đón hơn 65.000 lượt khách, doanh thu từ dịch vụ tham quan đạt khoảng 4,2 tỷ đồng.

Theo Kế hoạch số 95/KH-UBND, tỉnh phấn đấu đến năm 2025 nâng diện tích hồng lên 2.500 ha, trong đó 60% diện tích áp dụng quy trình VietGAP.
"""

P_ASOF = asof("tính đến ngày 30/9/2024", "2024-09-30")
P_NAMNAY = year("Năm nay", 2024)
P_YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
P_2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    Fig("cao gấp 1,8 lần cùng kỳ", "1,8", 1.8, "multiple", "lần", "giá hồng giòn so với cùng kỳ"),
    Fig("có 2.146 ha hồng", "2.146", 2146, "measure", "ha", "diện tích hồng các loại", P_ASOF,
        change=change("increase", 118, "ha", "cuối năm 2023")),
    Fig("Đơn Dương (812 ha)", "812", 812, "measure", "ha", "diện tích hồng", P_ASOF, total=2146, location="Đơn Dương"),
    Fig("Đà Lạt (503 ha)", "503", 503, "measure", "ha", "diện tích hồng", P_ASOF, total=2146, location="Đà Lạt"),
    Fig("Lạc Dương (436 ha)", "436", 436, "measure", "ha", "diện tích hồng", P_ASOF, total=2146, location="Lạc Dương"),
    Fig("Đức Trọng (395 ha)", "395", 395, "measure", "ha", "diện tích hồng", P_ASOF, total=2146, location="Đức Trọng"),
    Fig("khoảng 1.870 ha", "1.870", 1870, "measure", "ha", "diện tích hồng cho thu hoạch", inherit(P_ASOF),
        approx="about", total=2146, percent=87.1),
    Fig("ước đạt 16,5 tấn/ha", "16,5", 16.5, "measure", "tấn/ha", "năng suất hồng bình quân", P_NAMNAY,
        status="estimate"),
    Fig("khoảng 30.800 tấn", "30.800", 30800, "measure", "tấn", "sản lượng hồng cả vụ", P_NAMNAY,
        approx="about", change=change("increase", 6.2, "%", "vụ trước"), status="estimate"),
    Fig("từ 25.000 đến 32.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá hồng giòn tại vườn",
        value_max=32000, change=change("increase", 1.8, "lần", "cùng kỳ năm 2023")),
    Fig("giá 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá thu mua hồng dẻo loại 1"),
    Fig("có 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở chế biến hồng sấy, hồng treo gió"),
    Fig("12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở có sản phẩm đạt chứng nhận OCOP", total=46),
    Fig("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
    Fig("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", "hồng tươi các cơ sở chế biến tiêu thụ mỗi năm",
        approx="about"),
    Fig("gần 1.400 tấn", "1.400", 1400, "measure", "tấn", "thành phẩm hồng sấy, hồng treo gió mỗi năm",
        approx="nearly"),
    Fig("xuất bán 420 tấn", "420", 420, "measure", "tấn", "thành phẩm xuất bán",
        period("quý III/2024", "2024-07-01", "2024-09-30")),
    Fig("từ 8 đến 10 kg", "8", 8, "measure", "kg", "hồng tươi cần để làm ra 1 kg hồng treo gió", value_max=10),
    Fig("350.000 - 450.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá bán hồng treo gió",
        value_max=450000),
    Fig("hơn 65.000 lượt khách", "65.000", 65000, "count", "lượt khách", "lượt khách tham quan các vườn hồng",
        P_YTD, approx="over"),
    Fig("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "doanh thu từ dịch vụ tham quan vườn hồng", P_YTD,
        approx="about"),
    Fig("lên 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích hồng", P_2025, status="target"),
    Fig("60% diện tích", "60", 60, "percent", "%", "diện tích hồng áp dụng quy trình VietGAP", P_2025,
        status="target"),
]

NOTES = [
    "Province portal (Lâm Đồng): persimmon area by district (as of 30/9/2024), yield, crop, prices, processing, garden visits.",
    "Headline 'cao gấp 1,8 lần cùng kỳ' stands alone as the claim: a multiple. In the body the same 1,8 lần is the change of the price range.",
    "District list in brackets adds up to 2.146 ha (812+503+436+395): total 2146. 'Trong đó ... 1.870 ha' after a sentence break: total 2146.",
    "'Năm nay' = 2024 (dateline). 'Từ đầu năm đến nay' ends at the dateline. Not figures: 'loại 1' (grade), '1 kg' (rate denominator),",
    "'Quốc lộ 27', 'Kế hoạch số 95/KH-UBND', 'Lượt xem: 2.317', dates and time. 'từ 3 sao trở lên' is a category threshold: optional.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-10-14", location="Lâm Đồng")
