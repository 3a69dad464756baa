"""p878-5: provincial Party newspaper (Báo Hải Dương), intensive cá quả farming in Tứ Kỳ, 2023; byline and bare date at the end."""
from lib import F, P, I, C, T, write_set

TEXT = """Kinh tế
Tứ Kỳ: Nuôi cá quả thâm canh cho lãi cao

Những năm gần đây, nhiều hộ dân ở huyện Tứ Kỳ chuyển từ nuôi cá truyền thống sang nuôi cá quả thâm canh, mang lại hiệu quả kinh tế cao.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, năm 2023 toàn huyện có 58 ha ao nuôi cá quả, tăng gần 2 lần so với năm 2020, tập trung ở các xã Quang Phục, Tiên Động, Hà Kỳ. Sản lượng cá quả năm nay ước đạt 2.450 tấn, chiếm khoảng 35% sản lượng cá quả toàn tỉnh.

Gia đình ông Vũ Văn Ba ở thôn An Nhân, xã Quang Phục có ba ao nuôi nằm ven đường tỉnh 391 với tổng diện tích 1,2 ha. Mỗi năm ông thả khoảng 60.000 con giống, mật độ 8 - 10 con/m2. Sau khoảng 6 tháng nuôi, cá đạt trọng lượng 0,8 - 1 kg/con, năng suất 40 - 50 tấn/ha. Với giá bán 52.000 - 55.000 đồng/kg, trừ chi phí, mỗi năm gia đình ông lãi trên 500 triệu đồng.

Theo ông Nguyễn Văn Hưng, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, chi phí đầu tư nuôi cá quả khá lớn, khoảng 1,5 tỷ đồng/ha, trong đó thức ăn chiếm 70 - 75%. Toàn tỉnh Hải Dương hiện có khoảng 190 ha nuôi cá quả. Năm 2024, huyện phấn đấu mở rộng diện tích nuôi cá quả lên 75 ha, xây dựng 2 chuỗi liên kết tiêu thụ sản phẩm.

Để nghề nuôi phát triển bền vững, huyện khuyến cáo người dân chủ động nguồn giống, không lạm dụng kháng sinh và tham gia hợp tác xã để giảm chi phí đầu vào.

NGUYỄN HOA
26/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("có 58 ha", "58", 58, "measure", "ha", "diện tích ao nuôi cá quả", Y23,
      change=C("increase", 2, "lần", "năm 2020", approx="nearly")),
    F("ước đạt 2.450 tấn", "2.450", 2450, "measure", "tấn", "sản lượng cá quả",
      P("năm nay", "2023-01-01", "2023-12-31"), status="estimate", percent=35),
    F("có ba ao nuôi", "ba", 3, "count", "ao", "ao nuôi của gia đình ông Vũ Văn Ba"),
    F("tổng diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích ao nuôi của gia đình ông Vũ Văn Ba"),
    F("khoảng 60.000 con giống", "60.000", 60000, "count", "con giống", "con giống thả mỗi năm", approx="about"),
    F("8 - 10 con/m2", "8", 8, "measure", "con/m2", "mật độ thả", value_max=10),
    F("khoảng 6 tháng nuôi", "6", 6, "measure", "tháng", "thời gian nuôi", approx="about", optional=True),
    F("0,8 - 1 kg/con", "0,8", 0.8, "measure", "kg/con", "trọng lượng cá", value_max=1),
    F("40 - 50 tấn/ha", "40", 40, "measure", "tấn/ha", "năng suất", value_max=50),
    F("52.000 - 55.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá bán cá quả", value_max=55000),
    F("lãi trên 500 triệu đồng", "500", 500_000_000, "money", "đồng", "lãi mỗi năm của gia đình ông Vũ Văn Ba",
      approx="over"),
    F("khoảng 1,5 tỷ đồng/ha", "1,5", 1_500_000_000, "money", "đồng/ha", "chi phí đầu tư nuôi cá quả",
      approx="about"),
    F("chiếm 70 - 75%", "70", 70, "percent", "%", "tỷ lệ chi phí thức ăn trong chi phí đầu tư", value_max=75),
    F("khoảng 190 ha", "190", 190, "measure", "ha", "diện tích nuôi cá quả", approx="about",
      location="Hải Dương"),
    F("lên 75 ha", "75", 75, "measure", "ha", "diện tích nuôi cá quả",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("xây dựng 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ sản phẩm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Báo Hải Dương: intensive cá quả (snakehead) farming in huyện Tứ Kỳ; byline NGUYỄN HOA and bare date 26/11/2023 at the end.",
    "Default location Tứ Kỳ (the district the article is about; Quang Phục is a commune of it); the province-wide 190 ha is Hải Dương.",
    "'tăng gần 2 lần so với năm 2020' is the change of 58 ha (value 2, unit lần, approx nearly); 'năm nay' = 2023 from the date line.",
    "'chiếm khoảng 35% sản lượng cá quả toàn tỉnh' is the percent of 2.450 tấn. 'trong đó thức ăn chiếm 70 - 75%' is the share",
    "of a part (feed) in the cost, so a percent figure of its own, not the percent of 1,5 tỷ đồng/ha.",
    "Number word 'ba ao' = 3 (the owner's name 'Vũ Văn Ba' is not a number). 'khoảng 6 tháng nuôi' is a cycle length: optional.",
    "The household's figures carry no period ('Mỗi năm' is a rate, not a dated period). Distractors: đường tỉnh 391, thôn An Nhân.",
]

write_set(5, TEXT, FIGS, NOTES, published="2023-11-26", location="Tứ Kỳ")
