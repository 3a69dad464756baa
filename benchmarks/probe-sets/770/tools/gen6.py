"""p770-6: national press — winter cabbage price slump in Hải Dương, Bắc Ninh (1/2024)."""
from lib import *

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/1/2024, 07:00 (GMT+7)

Bắp cải rớt giá còn 1.000 đồng một kg

Giá bắp cải tại ruộng ở Hải Dương chỉ còn 1.000-1.500 đồng/kg, giảm 60-70% so với cùng kỳ năm ngoái, nhiều hộ bỏ mặc không thu hoạch.

Ông Phạm Văn Lực (58 tuổi, xã Cẩm Vũ, huyện Cẩm Giàng) cho biết gia đình trồng 3 sào bắp cải, mỗi sào chi phí giống, phân bón khoảng 2,5 triệu đồng. "Năm ngoái thương lái vào tận ruộng mua 5.000 đồng/kg, năm nay trả 1.000 đồng cũng không ai lấy", ông nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Hải Dương, vụ đông năm nay tỉnh trồng hơn 6.800 ha bắp cải, su hào, tăng khoảng 15% so với vụ trước; sản lượng bắp cải ước đạt 210.000 tấn. Khoảng 30% sản lượng được thương lái thu mua xuất sang Trung Quốc, song từ đầu tháng 12/2023 lượng hàng xuất giảm mạnh do thị trường này cũng được mùa.

Tại Bắc Ninh, giá su hào chỉ 500-700 đồng/củ, súp lơ 3.000 đồng/cây. Ông Nguyễn Xuân Toàn, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Bắc Ninh, cho biết tỉnh đã kết nối 14 doanh nghiệp, bếp ăn tập thể thu mua gần 1.200 tấn rau các loại trong tháng 12/2023.

Các chuyên gia dự báo giá bắp cải tại Hải Dương sẽ hồi phục lên 2.000-3.000 đồng/kg sau Tết Nguyên đán, khi rét đậm làm giảm sản lượng.

Ngọc Ánh
"""

M12 = P("trong tháng 12/2023", "2023-12-01", "2023-12-31")
FIGS = [
    F("còn 1.000 đồng một kg", "1.000", 1000, "money", "đồng/kg", "giá bắp cải", location="Hải Dương"),
    F("còn 1.000-1.500 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá bắp cải tại ruộng", value_max=1500,
      change=CH("decrease", 60, "%", "cùng kỳ năm ngoái"), location="Hải Dương"),
    F("(58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Phạm Văn Lực", location="Cẩm Giàng", optional=True),
    F("trồng 3 sào", "3", 3, "measure", "sào", "diện tích bắp cải gia đình ông Lực trồng", location="Cẩm Giàng"),
    F("khoảng 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng/sào", "chi phí giống, phân bón mỗi sào bắp cải",
      approx="about", location="Cẩm Giàng"),
    F("mua 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "giá thương lái mua bắp cải tại ruộng",
      Y(2023, "Năm ngoái"), location="Cẩm Giàng"),
    F("trả 1.000 đồng", "1.000", 1000, "money", "đồng", "giá thương lái trả cho bắp cải", Y(2024, "năm nay"),
      location="Cẩm Giàng"),
    F("hơn 6.800 ha", "6.800", 6800, "measure", "ha", "diện tích bắp cải, su hào vụ đông", approx="over",
      change=CH("increase", 15, "%", "vụ trước", "about"), location="Hải Dương"),
    F("ước đạt 210.000 tấn", "210.000", 210000, "measure", "tấn", "sản lượng bắp cải", status="estimate",
      location="Hải Dương"),
    F("Khoảng 30% sản lượng", "30", 30, "percent", "%", "tỷ lệ sản lượng bắp cải được thương lái thu mua xuất sang Trung Quốc",
      approx="about", location="Hải Dương"),
    F("500-700 đồng/củ", "500", 500, "money", "đồng/củ", "giá su hào", value_max=700, location="Bắc Ninh"),
    F("3.000 đồng/cây", "3.000", 3000, "money", "đồng/cây", "giá súp lơ", location="Bắc Ninh"),
    F("kết nối 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp, bếp ăn tập thể",
      "doanh nghiệp, bếp ăn tập thể được kết nối thu mua rau", M12, location="Bắc Ninh"),
    F("gần 1.200 tấn", "1.200", 1200, "measure", "tấn", "rau các loại được thu mua", M12, approx="nearly",
      location="Bắc Ninh"),
    F("lên 2.000-3.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá bắp cải", value_max=3000, status="forecast",
      location="Hải Dương"),
]

COMMENTS = [
    "National press (VnExpress style): giá bắp cải, su hào vụ đông lao dốc ở Hải Dương, Bắc Ninh; dateline 'Thứ hai, 15/1/2024, 07:00 (GMT+7)'.",
    "The headline price takes Hải Dương from the lead. 'giảm 60-70%' is the change of the lead price (its value is the range's lower end, 60).",
    "'Năm ngoái'/'năm nay' in the quote: 2023/2024 from the dateline. 'vụ đông năm nay' for the 6.800 ha is a season, left without a period.",
    "Not figures: '(GMT+7)', 'tháng 12/2023' as a start date, 'Tết Nguyên đán'; the farmer's age '58 tuổi' is optional. Trung Quốc is a market, not a place.",
    "Household figures take the district named (Cẩm Giàng).",
]

if __name__ == "__main__":
    emit("p770-6", TEXT, COMMENTS, FIGS, published="2024-01-15")
