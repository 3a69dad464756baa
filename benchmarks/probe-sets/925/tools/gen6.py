"""p925-6: national newspaper (VnExpress-like), chain pharmacies vs small drugstores in TP HCM and nationwide, 2025."""
from lib import F, P, I, C, T, write

TEXT = """Sức khỏe
Thứ bảy, 15/3/2025, 07:30 (GMT+7)

Chuỗi nhà thuốc phủ sóng, nhà thuốc nhỏ lẻ chật vật

Năm 2024, TP HCM có thêm khoảng 320 nhà thuốc thuộc các chuỗi, trong khi hơn 400 nhà thuốc, quầy thuốc nhỏ lẻ đóng cửa.

Theo Sở Y tế TP HCM, đến cuối năm 2024, thành phố có khoảng 7.800 cơ sở bán lẻ thuốc, trong đó hơn 1.900 nhà thuốc thuộc các chuỗi, chiếm gần 25%. Riêng trong năm 2024, 412 nhà thuốc, quầy thuốc nhỏ lẻ đã ngừng hoạt động, phần lớn ở các quận ven và huyện ngoại thành.

Khảo sát tại một số quận nội thành cho thấy giá thuê mặt bằng cho một nhà thuốc mặt phố dao động 25-40 triệu đồng/tháng, lương dược sĩ đứng quầy 9-12 triệu đồng/người/tháng. Chủ một nhà thuốc trên đường 3 Tháng 2 cho biết doanh thu mỗi tháng của cửa hàng chỉ còn 80-90 triệu đồng, giảm khoảng 30% so với năm 2023, do khách chuyển sang mua ở chuỗi vốn giảm giá 5-10% cho nhiều mặt hàng. Chẳng hạn, một hộp paracetamol 500 mg loại 10 vỉ tại nhà thuốc chuỗi có giá 15.000-18.000 đồng/hộp.

Trên cả nước, theo Cục Quản lý Dược, đến nay 4 chuỗi lớn nhất vận hành tổng cộng khoảng 4.700 nhà thuốc, gấp 2 lần năm 2021. Cả nước có khoảng 64.000 cơ sở bán lẻ thuốc; tỷ trọng nhà thuốc chuỗi mới ở mức hơn 7%. Các chuỗi dự kiến mở thêm khoảng 800 nhà thuốc trong năm 2025, chủ yếu ở Đồng bằng sông Cửu Long và Tây Nguyên.

Theo các chuyên gia, lợi thế của chuỗi là nguồn hàng rõ ràng, giá niêm yết, song nhà thuốc nhỏ vẫn giữ được khách quen nhờ tư vấn tận tình.

Lê Phương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
E24 = P("đến cuối năm 2024", end="2024-12-31")
R24 = P("Riêng trong năm 2024", "2024-01-01", "2024-12-31")
NOW = P("đến nay", end="2025-03-15")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
HCM = "Hồ Chí Minh"

FIGS = [
    F("khoảng 320 nhà thuốc", "320", 320, "count", "nhà thuốc", "nhà thuốc thuộc các chuỗi mở thêm", Y24, approx="about",
      location=HCM),
    F("hơn 400 nhà thuốc", "400", 400, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc nhỏ lẻ đóng cửa", Y24,
      approx="over", location=HCM),
    F("khoảng 7.800 cơ sở", "7.800", 7800, "count", "cơ sở", "cơ sở bán lẻ thuốc", E24, approx="about", location=HCM),
    F("hơn 1.900 nhà thuốc", "1.900", 1900, "count", "nhà thuốc", "nhà thuốc thuộc các chuỗi", E24, approx="over",
      total=7800, percent=25, location=HCM),
    F("412 nhà thuốc", "412", 412, "count", "nhà thuốc, quầy thuốc", "nhà thuốc, quầy thuốc nhỏ lẻ ngừng hoạt động", R24,
      location=HCM),
    F("dao động 25-40 triệu", "25", 25e6, "money", "đồng/tháng", "giá thuê mặt bằng nhà thuốc mặt phố", value_max=40e6,
      location=HCM),
    F("quầy 9-12 triệu", "9", 9e6, "money", "đồng/người/tháng", "lương dược sĩ đứng quầy", value_max=12e6, location=HCM),
    F("còn 80-90 triệu", "80", 80e6, "money", "đồng/tháng", "doanh thu mỗi tháng của nhà thuốc", value_max=90e6,
      change=C("decrease", 30, "%", "năm 2023", approx="about"), location=HCM),
    F("giảm giá 5-10%", "5", 5, "percent", "%", "mức giảm giá của chuỗi", value_max=10, location=HCM),
    F("paracetamol 500 mg", "500", 500, "measure", "mg", None, None, optional=True, location=HCM),
    F("loại 10 vỉ", "10", 10, "count", "vỉ", None, None, optional=True, location=HCM),
    F("có giá 15.000-18.000", "15.000", 15000, "money", "đồng/hộp", "giá hộp paracetamol tại nhà thuốc chuỗi",
      value_max=18000, location=HCM),
    F("đến nay 4 chuỗi", "4", 4, "count", "chuỗi", None, None, optional=True),
    F("khoảng 4.700 nhà thuốc", "4.700", 4700, "count", "nhà thuốc", "nhà thuốc do 4 chuỗi lớn nhất vận hành", NOW,
      approx="about", change=C("increase", 2, "lần", "năm 2021")),
    F("khoảng 64.000 cơ sở", "64.000", 64000, "count", "cơ sở", "cơ sở bán lẻ thuốc", I(NOW), approx="about"),
    F("hơn 7%", "7", 7, "percent", "%", "tỷ trọng nhà thuốc chuỗi", I(NOW), approx="over"),
    F("khoảng 800 nhà thuốc", "800", 800, "count", "nhà thuốc", "nhà thuốc các chuỗi mở thêm", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress-like), 'Thứ bảy, 15/3/2025, 07:30 (GMT+7)': chain pharmacies vs small drugstores.",
    "City figures: location 'Hồ Chí Minh' (written 'TP HCM'); national figures (Cục Quản lý Dược, 'Trên cả nước', 'Cả nước'): Việt Nam.",
    "'đường 3 Tháng 2' (a street), '07:30', '(GMT+7)' are not figures. Optional: the example product's specification '500 mg', '10 vỉ'",
    "and the selector '4 chuỗi lớn nhất'. Survey prices and one owner's revenue carry no period. 'đến nay' ends at the dateline.",
    "'gấp 2 lần năm 2021' after the count is its change in lần. 'hơn 7%' stands in its own clause: a percent figure, not a share of 64.000.",
    "'hơn 1.900 nhà thuốc' after 'trong đó' gets total 7.800 and its 'chiếm gần 25%' share.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-15", location="Việt Nam")
