"""p825-6: national newspaper, chiếu Hới village (xã Tân Lễ, huyện Hưng Hà, Thái Bình), Nov 2024."""
from lib import F, P, I, CH, TG, build

TEXT = """
Kinh doanh › Nông nghiệp
Thứ bảy, 16/11/2024, 07:20 (GMT+7)

Làng chiếu Hới mỗi năm làm ra 3 triệu đôi chiếu

Từ nghề dệt tay truyền thống, làng chiếu Hới ở xã Tân Lễ (huyện Hưng Hà, Thái Bình) nay có hơn 1.000 khung dệt máy, mỗi năm xuất xưởng khoảng 3 triệu đôi.

Theo UBND xã Tân Lễ, toàn xã có 1.250 hộ làm nghề chiếu, chiếm 68% số hộ. Năm 2023, giá trị sản xuất của làng nghề đạt 320 tỷ đồng, chiếm 61,5% tổng giá trị sản xuất của xã; thu nhập bình quân đầu người đạt 72 triệu đồng/năm.

Ông Phạm Văn Bảy, chủ một xưởng dệt ven Quốc lộ 39, cho biết xưởng có 24 máy dệt, mỗi máy một ngày dệt được 25-30 đôi chiếu. "Chiếu cói khổ 1,8 m bán buôn 160.000-200.000 đồng/đôi, loại cao cấp in hoa 420.000-450.000 đồng/đôi", ông nói. Xưởng trả lương cho 35 công nhân, mỗi người 7-8 triệu đồng/tháng.

Sản phẩm chiếu Hới có mặt ở hầu hết các tỉnh, thành và xuất khẩu sang Lào, Campuchia, Nhật Bản. Riêng 10 tháng năm 2024, các cơ sở trong làng đã xuất khẩu khoảng 180.000 đôi chiếu, tăng gần 20% so với cùng kỳ.

Toàn tỉnh Thái Bình hiện có khoảng 1.150 ha cói, đứng thứ 3 cả nước sau Thanh Hóa và Ninh Bình. Tỉnh đặt mục tiêu đến năm 2030 giữ ổn định 1.000 ha vùng nguyên liệu và nâng giá trị xuất khẩu sản phẩm cói, chiếu lên 25 triệu USD.

Hoàng Lan
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("mỗi năm làm ra 3 triệu đôi", "3", 3e6, "count", "đôi chiếu", "chiếu làng chiếu Hới làm ra mỗi năm"),
    F("hơn 1.000 khung dệt máy", "1.000", 1000, "count", "khung dệt máy", "khung dệt máy", approx="over"),
    F("khoảng 3 triệu đôi.", "3", 3e6, "count", "đôi", "chiếu xuất xưởng mỗi năm", approx="about"),
    F("có 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ làm nghề chiếu", percent=68),
    F("đạt 320 tỷ đồng", "320", 320e9, "money", "đồng", "giá trị sản xuất của làng nghề", Y23, percent=61.5),
    F("đạt 72 triệu đồng/năm", "72", 72e6, "money", "đồng/năm", "thu nhập bình quân đầu người", Y23),
    F("có 24 máy dệt", "24", 24, "count", "máy dệt", "máy dệt của xưởng"),
    F("được 25-30 đôi", "25", 25, "count", "đôi chiếu", "chiếu mỗi máy dệt một ngày", value_max=30),
    F("khổ 1,8 m", "1,8", 1.8, "measure", "m", "khổ chiếu cói", optional=True),
    F("160.000-200.000 đồng/đôi", "160.000", 160000, "money", "đồng/đôi", "giá bán buôn chiếu cói",
      value_max=200000),
    F("420.000-450.000 đồng/đôi", "420.000", 420000, "money", "đồng/đôi", "giá chiếu cao cấp in hoa",
      value_max=450000),
    F("cho 35 công nhân", "35", 35, "count", "công nhân", "công nhân của xưởng"),
    F("7-8 triệu đồng/tháng", "7", 7e6, "money", "đồng/tháng", "lương mỗi công nhân", value_max=8e6),
    F("khoảng 180.000 đôi", "180.000", 180000, "count", "đôi chiếu", "chiếu xuất khẩu",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), approx="about",
      change=CH("increase", 20, baseline="cùng kỳ", approx="nearly")),
    F("khoảng 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích cói", approx="about", location="Thái Bình"),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "diện tích cói", location="Thái Bình"),
    F("ổn định 1.000 ha", "1.000", 1000, "measure", "ha", "vùng nguyên liệu cói", T30, status="target",
      location="Thái Bình"),
    F("lên 25 triệu USD", "25", 25e6, "money", "USD", "giá trị xuất khẩu sản phẩm cói, chiếu", T30,
      status="target", location="Thái Bình"),
]

build("p825-6", TEXT, FIGS, published="2024-11-16", location="Hưng Hà", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 16/11/2024, 07:20 (GMT+7)'): chiếu Hới village, xã Tân Lễ, huyện Hưng Hà, Thái Bình.",
    "Village/commune/workshop figures -> the district Hưng Hà; the provincial area, rank and 2030 targets -> Thái Bình.",
    "'mỗi năm' is habitual, no period. 'chiếm 68% số hộ', 'chiếm 61,5% tổng giá trị sản xuất của xã' are percents of the figure before.",
    "The 72 triệu đồng/năm continues the 'Năm 2023' sentence after ';' (period scored). 'đứng thứ 3 cả nước' -> rank of the sedge area.",
    "'khổ 1,8 m' (mat size) optional. Distractors: Quốc lộ 39, name 'Phạm Văn Bảy', 07:20 (GMT+7), byline.",
])
