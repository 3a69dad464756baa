"""p783-6: national press, Bến Tre coconut candy before Tết 2024."""
from lib import F, P, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 27/1/2024, 08:30 (GMT+7)

Làng kẹo dừa Bến Tre tăng 30% sản lượng dịp Tết

Các cơ sở kẹo dừa ở TP Bến Tre và huyện Mỏ Cày Nam chạy hết công suất, mỗi ngày xuất xưởng 40-50 tấn kẹo phục vụ thị trường Tết Giáp Thìn.

Ông Lê Văn Hai, chủ cơ sở kẹo dừa Thanh Long ở phường 7, TP Bến Tre, cho biết từ đầu tháng Chạp, cơ sở tăng ca, sản lượng đạt 1,2 tấn/ngày, cao gấp 2 lần ngày thường. Cơ sở thuê thêm 15 lao động thời vụ, trả công 250.000-300.000 đồng/người/ngày.

Theo Sở Công Thương Bến Tre, tỉnh hiện có khoảng 120 cơ sở sản xuất kẹo dừa, trong đó 38 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Năm 2023, sản lượng kẹo dừa toàn tỉnh ước đạt 7.900 tấn, doanh thu hơn 550 tỷ đồng. Khoảng 35% sản lượng được xuất khẩu sang 26 quốc gia và vùng lãnh thổ, nhiều nhất là Trung Quốc, Hàn Quốc và Mỹ.

Giá kẹo dừa truyền thống năm nay từ 60.000 đến 80.000 đồng/kg, tăng 5-10% so với Tết năm trước; các loại kẹo dừa sầu riêng, lá dứa có giá 90.000-120.000 đồng/kg. “Dừa khô giờ lên 110.000 đồng một chục, gần gấp đôi năm ngoái”, bà Trần Thị Sáu, chủ cơ sở kẹo Sáu Sen ở xã Phú Hưng, nói.

Nghề làm kẹo dừa Bến Tre được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia theo Quyết định số 4227/QĐ-BVHTTDL. Hiện nhiều cơ sở kết hợp cho du khách tham quan quy trình nấu kẹo, thu hút hơn 150.000 lượt khách mỗi năm.

Hoàng Nam
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("tăng 30% sản lượng", "30", 30, "percent", "%", "sản lượng kẹo dừa dịp Tết"),
    F("xưởng 40-50 tấn", "40", 40, "measure", "tấn", "kẹo xuất xưởng mỗi ngày", value_max=50),
    F("đạt 1,2 tấn/ngày", "1,2", 1.2, "measure", "tấn/ngày", "sản lượng cơ sở kẹo dừa Thanh Long",
      change=CH("increase", 2, "lần", baseline="ngày thường")),
    F("thêm 15 lao động", "15", 15, "count", "lao động", "lao động thời vụ thuê thêm"),
    F("công 250.000-300.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", "tiền công lao động thời vụ",
      value_max=300000),
    F("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", "cơ sở sản xuất kẹo dừa", approx="about"),
    F("đó 38 sản phẩm", "38", 38, "count", "sản phẩm", "sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", approx="at_least", optional=True),
    F("ước đạt 7.900 tấn", "7.900", 7900, "measure", "tấn", "sản lượng kẹo dừa toàn tỉnh", Y23, status="estimate"),
    F("hơn 550 tỷ đồng", "550", 550e9, "money", "đồng", "doanh thu kẹo dừa", Y23, approx="over", status="estimate"),
    F("Khoảng 35% sản lượng", "35", 35, "percent", "%", "sản lượng kẹo dừa được xuất khẩu", approx="about"),
    F("sang 26 quốc gia", "26", 26, "count", "quốc gia", "quốc gia và vùng lãnh thổ nhập khẩu kẹo dừa"),
    F("từ 60.000 đến 80.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá kẹo dừa truyền thống",
      value_max=80000, change=CH("increase", 5, baseline="Tết năm trước")),
    F("giá 90.000-120.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá kẹo dừa sầu riêng, lá dứa",
      value_max=120000),
    F("lên 110.000 đồng một chục", "110.000", 110000, "money", "đồng/chục", "giá dừa khô",
      change=CH("increase", 2, "lần", baseline="năm ngoái", approx="nearly")),
    F("hơn 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách tham quan quy trình nấu kẹo mỗi năm",
      approx="over"),
]

COMMENTS = [
    "National press (VnExpress-like dateline 'Thứ bảy, 27/1/2024, 08:30 (GMT+7)'): Bến Tre coconut candy villages before Tết Giáp Thìn.",
    "Location Bến Tre throughout (TP Bến Tre = Bến Tre after the prefix is stripped; the 40-50 tấn covers the city and Mỏ Cày Nam).",
    "Headline 'tăng 30% sản lượng' is a growth rate standing as the claim: percent, no change.",
    "'cao gấp 2 lần ngày thường' and 'gần gấp đôi năm ngoái' follow a figure: its change (lần). 'tăng 5-10%' -> change value 5.",
    "'trong đó 38 sản phẩm' follows 120 cơ sở: a different thing, so no total. 'từ 3 sao trở lên' is a threshold: optional.",
    "Year-less 'Năm 2023 … ước đạt' governs the revenue clause; the export sentence after it is actual, no period.",
    "Distractors: names Lê Văn Hai, Trần Thị Sáu, Sáu Sen; phường 7; tháng Chạp; QĐ 4227/QĐ-BVHTTDL; GMT+7.",
]

if __name__ == "__main__":
    emit("p783-6", TEXT, COMMENTS, FIGS, published="2024-01-27", location="Bến Tre")
