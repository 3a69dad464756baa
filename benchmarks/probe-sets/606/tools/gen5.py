"""p606-5: Party newspaper (Báo Lâm Đồng) — tea area shrinking, districts, high-quality tea, processing, exports 2023, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Lâm Đồng: Xuất khẩu chè đạt 52,7 triệu USD, chè chất lượng cao lên ngôi

Năm 2023, diện tích chè toàn tỉnh Lâm Đồng còn 10.230 ha, giảm 640 ha so với năm 2022 do người dân chuyển sang trồng cà phê, sầu riêng. Trong đó, thành phố Bảo Lộc có 3.150 ha, huyện Bảo Lâm 5.420 ha, huyện Di Linh 1.660 ha.

Dù diện tích giảm, sản lượng chè búp tươi năm 2023 vẫn đạt 148.500 tấn, năng suất bình quân 14,5 tấn/ha. Diện tích chè chất lượng cao (ô long, chè Nhật) tăng lên 1.850 ha, chiếm 18,1% tổng diện tích chè; giá chè búp tươi loại này từ 12.000 - 18.000 đồng/kg. Mức giá đó cao gấp 2 - 3 lần chè cao sản.

Theo Sở Công Thương, toàn tỉnh có 203 cơ sở chế biến chè, phần lớn nằm dọc Quốc lộ 20, trong đó 38 cơ sở có sản phẩm xuất khẩu. Năm 2023, Lâm Đồng xuất khẩu khoảng 19.600 tấn chè thành phẩm, kim ngạch đạt 52,7 triệu USD, tăng 4,3% so với năm trước; chè ô long chiếm gần 60% giá trị xuất khẩu. Thị trường chính là Đài Loan, Trung Quốc, Nhật Bản và Pakistan.

Ông Trần Quang Minh, Giám đốc Công ty TNHH Chè Minh Phát, cho biết công ty đang bao tiêu cho hơn 400 hộ trồng chè ở Bảo Lộc với diện tích 650 ha, giá mua cao hơn thị trường 10-15%.

Mục tiêu đến năm 2025, tỉnh giữ ổn định 10.000 ha chè, trong đó chè chất lượng cao đạt 2.500 ha.

VĂN BÌNH
18/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 52,7 triệu USD, chè", "52,7", 52.7e6, "money", "USD", "kim ngạch xuất khẩu chè"),
    F("còn 10.230 ha", "10.230", 10230, "measure", "ha", "diện tích chè toàn tỉnh", Y23,
      change=CH("decrease", 640, "ha", baseline="năm 2022")),
    F("có 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích chè", I(Y23), total=10230, location="Bảo Lộc"),
    F("Bảo Lâm 5.420 ha", "5.420", 5420, "measure", "ha", "diện tích chè", I(Y23), total=10230, location="Bảo Lâm"),
    F("Di Linh 1.660 ha", "1.660", 1660, "measure", "ha", "diện tích chè", I(Y23), total=10230, location="Di Linh"),
    F("đạt 148.500 tấn", "148.500", 148500, "measure", "tấn", "sản lượng chè búp tươi",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("14,5 tấn/ha", "14,5", 14.5, "measure", "tấn/ha", "năng suất bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tăng lên 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích chè chất lượng cao (ô long, chè Nhật)",
      percent=18.1),
    F("từ 12.000 - 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá chè búp tươi chất lượng cao",
      value_max=18000),
    F("gấp 2 - 3 lần", "2", 2, "multiple", "lần", "giá chè chất lượng cao so với chè cao sản", value_max=3),
    F("có 203 cơ sở", "203", 203, "count", "cơ sở", "cơ sở chế biến chè"),
    F("trong đó 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở có sản phẩm xuất khẩu", total=203),
    F("khoảng 19.600 tấn", "19.600", 19600, "measure", "tấn", "xuất khẩu chè thành phẩm", Y23, approx="about"),
    F("kim ngạch đạt 52,7 triệu USD", "52,7", 52.7e6, "money", "USD", "kim ngạch xuất khẩu chè", Y23,
      change=CH("increase", 4.3, baseline="năm trước")),
    F("gần 60%", "60", 60, "percent", "%", "chè ô long trong giá trị xuất khẩu", Y23, approx="nearly"),
    F("hơn 400 hộ", "400", 400, "count", "hộ", "hộ trồng chè được công ty bao tiêu", approx="over",
      location="Bảo Lộc"),
    F("diện tích 650 ha", "650", 650, "measure", "ha", "diện tích chè được công ty bao tiêu", location="Bảo Lộc"),
    F("thị trường 10-15%", "10", 10, "percent", "%", "giá mua cao hơn thị trường", value_max=15,
      location="Bảo Lộc"),
    F("ổn định 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích chè", T25, status="target"),
    F("đạt 2.500 ha", "2.500", 2500, "measure", "ha", "diện tích chè chất lượng cao", T25,
      total=10000, status="target"),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper), byline 'VĂN BÌNH' and bare date '18/04/2024' at the end: chè Lâm Đồng 2023.",
    "Districts after 'Trong đó' (across a sentence break) add up to the 10.230 ha: total 10230, location each district (TP Bảo Lộc -> Bảo Lộc).",
    "'giảm 640 ha so với năm 2022' is the area's change (ha). 'cao gấp 2 - 3 lần' stands alone as its sentence: multiple range.",
    "'38 cơ sở' is a part of '203 cơ sở' across the road name 'Quốc lộ 20' (distractor). 'chè ô long chiếm gần 60%' has no number of its own",
    "before it: a percent figure, not the share of 52,7 triệu USD. 'giá mua cao hơn thị trường 10-15%' is a rate as the claim (percent, no change).",
    "Headline figure has no period phrase. Distractors: 'Quốc lộ 20', byline, date line, company name.",
]

if __name__ == "__main__":
    emit("p606-5", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Lâm Đồng")
