"""p788-5: Báo Quảng Nam style, natural (island) swiftlet nests of Cù Lao Chàm, Hội An, 2023; byline + bare date at the end."""
from lib import F, build, change, inherit, year

TEXT = """Yến sào Cù Lao Chàm thu hoạch hơn 1,3 tấn

Năm 2023, qua hai vụ khai thác tại các hang yến trên đảo Cù Lao Chàm (xã Tân Hiệp, TP. Hội An), Công ty TNHH MTV Yến sào Hội An thu được 1.326 kg tổ yến, tăng 8% so với năm 2022. Đây là năm thứ ba liên tiếp sản lượng yến đảo tăng trở lại sau giai đoạn suy giảm 2016 - 2019.

Theo Ban Quản lý Khu bảo tồn biển Cù Lao Chàm, quần thể chim yến trên đảo hiện ước khoảng 45.000 con, tập trung tại 7 hang chính như hang Tò Vò, hang Khô, hang Cả. Tổ yến đảo loại 1 được thu mua với giá 55-60 triệu đồng/kg, cao hơn nhiều so với yến nhà. Trung bình mỗi kg yến đảo có khoảng 100-110 tổ, tổ nhỏ và dày hơn yến nhà.

Năm 2023, doanh thu từ khai thác và kinh doanh yến sào của công ty ước đạt 78 tỷ đồng, tăng 12,5% so với năm 2022. Công ty đã nộp ngân sách hơn 11,5 tỷ đồng. Hiện công ty có 46 công nhân làm nhiệm vụ bảo vệ, khai thác yến, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Ông Trần Văn Bảy, Giám đốc công ty cho biết, để bảo tồn đàn yến, mỗi năm chỉ khai thác vụ chính từ tháng 4 đến tháng 6 và vụ phụ vào tháng 8; trong mùa chim sinh sản, lực lượng bảo vệ túc trực 24/24 giờ tại các hang. Năm 2024, công ty đặt mục tiêu khai thác 1,4 tấn tổ yến, doanh thu 85 tỷ đồng và trồng thêm 2 ha rừng phòng hộ quanh các hang yến.

MINH ANH
05/12/2023
"""

Y23 = year(2023, "Năm 2023")
Y24 = year(2024, "Năm 2024")

FIGS = [
    F("thu hoạch hơn 1,3 tấn", "1,3", 1.3, "measure", "tấn", "yến sào Cù Lao Chàm thu hoạch", inherit(Y23),
      approx="over"),
    F("qua hai vụ khai thác", "hai", 2, "count", "vụ", "vụ khai thác", Y23, optional=True),
    F("thu được 1.326 kg", "1.326", 1326, "measure", "kg", "tổ yến thu được", Y23,
      change=change("increase", 8, "%", "năm 2022")),
    F("năm thứ ba liên tiếp", "ba", 3, "count", "năm", "năm liên tiếp sản lượng yến đảo tăng", optional=True),
    F("ước khoảng 45.000 con", "45.000", 45000, "count", "con", "quần thể chim yến trên đảo", approx="about",
      status="estimate"),
    F("tại 7 hang chính", "7", 7, "count", "hang", "hang yến chính"),
    F("giá 55-60 triệu", "55", 55e6, "money", "đồng/kg", "giá tổ yến đảo loại 1", value_max=60e6),
    F("khoảng 100-110 tổ", "100", 100, "measure", "tổ/kg", "số tổ yến đảo trong mỗi kg", approx="about",
      value_max=110),
    F("ước đạt 78 tỷ", "78", 78e9, "money", "đồng", "doanh thu từ khai thác và kinh doanh yến sào", Y23,
      status="estimate", change=change("increase", 12.5, "%", "năm 2022")),
    F("hơn 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", "nộp ngân sách", inherit(Y23), approx="over"),
    F("có 46 công nhân", "46", 46, "count", "công nhân", "công nhân làm nhiệm vụ bảo vệ, khai thác yến"),
    F("9,2 triệu đồng/người/tháng", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("khai thác 1,4 tấn", "1,4", 1.4, "measure", "tấn", "tổ yến khai thác", Y24, status="target"),
    F("doanh thu 85 tỷ", "85", 85e9, "money", "đồng", "doanh thu", Y24, status="target"),
    F("thêm 2 ha", "2", 2, "measure", "ha", "rừng phòng hộ trồng thêm quanh các hang yến", Y24, status="target"),
]

COMMENTS = [
    "Báo Quảng Nam style: yến đảo Cù Lao Chàm (xã Tân Hiệp, TP. Hội An) năm 2023; byline 'MINH ANH' and bare date 05/12/2023 at the end.",
    "Location: Hội An (the city the figures describe; Tân Hiệp is a commune of it).",
    "The year-less headline '1,3 tấn' takes 2023 from the first body sentence (inherited). 'hai vụ' and 'năm thứ ba liên tiếp'",
    "(structure / streak, cf. shared gold h04, h05) are optional. 'ước khoảng' gives estimate + about.",
    "Not figures: 'giai đoạn 2016 - 2019', 'loại 1' (a grade), 'từ tháng 4 đến tháng 6', 'tháng 8', '24/24 giờ' (round the clock),",
    "the name 'Trần Văn Bảy'. Sentences with 'hiện'/'Hiện' and the generic price get no period.",
    "'Năm 2024, công ty đặt mục tiêu …' governs the three plan figures (target).",
]

if __name__ == "__main__":
    build("p788-5", TEXT, FIGS, COMMENTS, published="2023-12-05", location="Hội An")
