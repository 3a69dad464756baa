"""p878-6: national newspaper (VnExpress-like), snakehead price falls below cost in An Giang, June 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """Kinh doanh > Hàng hóa
Thứ tư, 14/6/2023, 10:20 (GMT+7)

Giá cá lóc lao dốc, nông dân miền Tây lỗ nặng

Giá cá lóc tại An Giang giảm còn 30.000-32.000 đồng một kg, thấp hơn giá thành, khiến nhiều hộ nuôi thua lỗ, phải treo ao.

Tuần trước, ông Trần Văn Hai (ngụ xã Bình Thủy, huyện Châu Phú) bán 20 tấn cá lóc cho thương lái với giá 31.000 đồng/kg. "Tính ra mỗi kg lỗ khoảng 4.000 đồng, cả ao mất gần 80 triệu", ông nói. Ao cá của ông nằm cách Quốc lộ 91 chừng vài trăm mét, trước đây luôn là nguồn thu chính của gia đình.

Theo Sở Nông nghiệp và Phát triển nông thôn An Giang, giá cá lóc thương phẩm hiện giảm 8.000-10.000 đồng/kg so với đầu năm, trong khi giá thành nuôi khoảng 35.000 đồng/kg do giá thức ăn tăng 15-20% so với năm 2022. Toàn tỉnh có khoảng 1.100 hộ nuôi cá lóc với diện tích 410 ha; sản lượng năm 2022 đạt 62.000 tấn, gấp 1,4 lần năm 2020. Hiện khoảng 40% số hộ đã tạm ngưng thả nuôi.

Theo TS Nguyễn Văn Thành, Trường Đại học Cần Thơ, tại An Giang mỗi vụ cá lóc kéo dài 4-5 tháng, cần 1,3-1,5 kg thức ăn cho mỗi kg cá. Với giá thức ăn 17.000-18.000 đồng/kg như hiện nay, chi phí thức ăn chiếm tới 80% giá thành.

Cả nước hiện có khoảng 6.000 ha nuôi cá lóc, phần lớn ở Đồng bằng sông Cửu Long. Ngành chức năng khuyến cáo nông dân giảm mật độ thả, liên kết với doanh nghiệp thu mua để ổn định đầu ra, tránh tình trạng thả nuôi theo phong trào.

Phước Tuấn
"""

FIGS = [
    F("còn 30.000-32.000 đồng một kg", "30.000", 30000, "money", "đồng/kg", "giá cá lóc", value_max=32000),
    F("bán 20 tấn cá lóc", "20", 20, "measure", "tấn", "cá lóc ông Trần Văn Hai bán", location="Châu Phú"),
    F("giá 31.000 đồng/kg", "31.000", 31000, "money", "đồng/kg", "giá bán cá lóc", location="Châu Phú"),
    F("lỗ khoảng 4.000 đồng", "4.000", 4000, "money", "đồng", "lỗ mỗi kg cá", approx="about",
      location="Châu Phú"),
    F("mất gần 80 triệu", "80", 80_000_000, "money", "đồng", "tiền lỗ cả ao", approx="nearly",
      location="Châu Phú"),
    F("giảm 8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg",
      "giá cá lóc thương phẩm giảm so với đầu năm", value_max=10000),
    F("khoảng 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá thành nuôi cá lóc", approx="about"),
    F("tăng 15-20%", "15", 15, "percent", "%", "giá thức ăn tăng so với năm 2022", value_max=20),
    F("khoảng 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ nuôi cá lóc", approx="about"),
    F("diện tích 410 ha", "410", 410, "measure", "ha", "diện tích nuôi cá lóc"),
    F("đạt 62.000 tấn", "62.000", 62000, "measure", "tấn", "sản lượng cá lóc",
      P("năm 2022", "2022-01-01", "2022-12-31"), change=C("increase", 1.4, "lần", "năm 2020")),
    F("khoảng 40% số hộ", "40", 40, "percent", "%", "hộ đã tạm ngưng thả nuôi", approx="about"),
    F("kéo dài 4-5 tháng", "4", 4, "measure", "tháng", "thời gian mỗi vụ cá lóc", value_max=5),
    F("cần 1,3-1,5 kg", "1,3", 1.3, "measure", "kg", "lượng thức ăn cho mỗi kg cá", value_max=1.5),
    F("17.000-18.000 đồng/kg", "17.000", 17000, "money", "đồng/kg", "giá thức ăn", value_max=18000),
    F("chiếm tới 80%", "80", 80, "percent", "%", "chi phí thức ăn trong giá thành"),
    F("khoảng 6.000 ha", "6.000", 6000, "measure", "ha", "diện tích nuôi cá lóc", approx="about",
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style, Thứ tư, 14/6/2023): snakehead prices below cost in An Giang; a farmer in Châu Phú; an expert.",
    "'đồng một kg' is đồng/kg. 'mỗi kg lỗ khoảng 4.000 đồng' unit đồng (per kg in the subject); 'mất gần 80 triệu' is money without 'đồng'.",
    "'giảm 8.000-10.000 đồng/kg so với đầu năm' and 'giá thức ăn tăng 15-20%' have no base amount: figures of their own, no change.",
    "'đạt 62.000 tấn, gấp 1,4 lần năm 2020': the multiple follows its figure and compares it with a baseline, read as the change",
    "of 62.000 tấn (increase, 1,4 lần), like 'tăng hơn 2,8 lần so với cùng kỳ' in the spec. 'chiếm tới 80%' is exact ('tới' stresses).",
    "Only 'năm 2022' dates a figure; 'hiện', 'Tuần trước' and undated sentences carry no period. The expert speaks of An Giang.",
    "Distractors: Quốc lộ 91, 'vài trăm mét' (no number), 10:20 (GMT+7), dateline, names.",
]

write_set(6, TEXT, FIGS, NOTES, published="2023-06-14", location="An Giang")
