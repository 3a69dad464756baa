"""p735-1: Ninh Bình province portal, sedge / water-hyacinth exports H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Ninh Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế
Ninh Bình: Xuất khẩu hàng cói, lục bình 6 tháng đạt hơn 41 triệu USD
Cập nhật: 09/07/2024 10:25
Lượt xem: 3.184

Theo Sở Công Thương, 6 tháng đầu năm 2024, kim ngạch xuất khẩu nhóm hàng thủ công mỹ nghệ từ cói, lục bình của tỉnh ước đạt 41,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 52% kế hoạch năm. Trong đó, hàng cói đạt 27,3 triệu USD, hàng lục bình đạt 11,8 triệu USD, còn lại là sản phẩm đan từ bẹ chuối, giang, tre.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.250 cơ sở, doanh nghiệp, hợp tác xã và tổ hợp tác sản xuất, kinh doanh hàng cói, lục bình, thu hút khoảng 32.000 lao động, chủ yếu là lao động nông thôn, lao động nữ. Các địa phương có nhiều cơ sở nhất là huyện Kim Sơn (486 cơ sở), Yên Khánh (213 cơ sở) và Yên Mô (157 cơ sở).

Về vùng nguyên liệu, năm 2023 diện tích cói toàn tỉnh đạt 1.120 ha, giảm 85 ha so với năm 2022; năng suất bình quân 11,5 tấn/ha, sản lượng cói khô ước đạt 12.880 tấn. Nguồn lục bình chủ yếu được thu gom trên sông Đáy, sông Vạc, mỗi năm cung cấp từ 3.000 đến 3.500 tấn lục bình khô cho các cơ sở dọc Quốc lộ 10.

Thu nhập của người lao động làm hàng cói, lục bình bình quân từ 4 đến 5,5 triệu đồng/người/tháng. Theo Kế hoạch số 86/KH-UBND, tỉnh phấn đấu đến năm 2025 kim ngạch xuất khẩu nhóm hàng này đạt 90 triệu USD, tỷ lệ lao động làm nghề có việc làm thường xuyên đạt trên 80%.

Ngày 18/7, tỉnh sẽ tổ chức Hội chợ hàng thủ công mỹ nghệ lần thứ 5 tại Nhà văn hóa tỉnh, số 2 đường Tràng An, TP Ninh Bình. Chi tiết liên hệ Phòng Quản lý công nghiệp, điện thoại 0229.3871.245.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("6 tháng đạt hơn 41 triệu USD", "41", 41e6, "money", "USD", approx="over",
      subject="xuất khẩu hàng cói, lục bình", period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 41,6 triệu USD", "41,6", 41.6e6, "money", "USD", percent=52,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="kim ngạch xuất khẩu nhóm hàng thủ công mỹ nghệ từ cói, lục bình", period=H1),
    F("hàng cói đạt 27,3 triệu USD", "27,3", 27.3e6, "money", "USD", total=41.6e6, status="estimate",
      subject="kim ngạch xuất khẩu hàng cói", period=I(H1)),
    F("lục bình đạt 11,8 triệu USD", "11,8", 11.8e6, "money", "USD", total=41.6e6, status="estimate",
      subject="kim ngạch xuất khẩu hàng lục bình", period=I(H1)),
    F("có 1.250 cơ sở", "1.250", 1250, "count", "cơ sở",
      subject="cơ sở, doanh nghiệp, hợp tác xã và tổ hợp tác sản xuất, kinh doanh hàng cói, lục bình", period=ASOF),
    F("khoảng 32.000 lao động", "32.000", 32000, "count", "lao động", approx="about",
      subject="lao động làm hàng cói, lục bình", period=ASOF),
    F("Kim Sơn (486 cơ sở)", "486", 486, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh hàng cói, lục bình", period=I(ASOF), location="Kim Sơn"),
    F("Yên Khánh (213 cơ sở)", "213", 213, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh hàng cói, lục bình", period=I(ASOF), location="Yên Khánh"),
    F("Yên Mô (157 cơ sở)", "157", 157, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh hàng cói, lục bình", period=I(ASOF), location="Yên Mô"),
    F("đạt 1.120 ha", "1.120", 1120, "measure", "ha",
      change=CH("decrease", 85, "ha", baseline="năm 2022"), subject="diện tích cói", period=Y23),
    F("bình quân 11,5 tấn/ha", "11,5", 11.5, "measure", "tấn/ha",
      subject="năng suất cói bình quân", period=Y23),
    F("ước đạt 12.880 tấn", "12.880", 12880, "measure", "tấn", status="estimate",
      subject="sản lượng cói khô", period=Y23),
    F("từ 3.000 đến 3.500 tấn", "3.000", 3000, "measure", "tấn", value_max=3500,
      subject="lục bình khô được thu gom cung cấp mỗi năm"),
    F("từ 4 đến 5,5 triệu đồng/người/tháng", "4", 4e6, "money", "đồng/người/tháng", value_max=5.5e6,
      subject="thu nhập bình quân của người lao động làm hàng cói, lục bình"),
    F("đạt 90 triệu USD", "90", 90e6, "money", "USD", status="target",
      subject="kim ngạch xuất khẩu nhóm hàng thủ công mỹ nghệ từ cói, lục bình", period=T25),
    F("đạt trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ lao động làm nghề có việc làm thường xuyên", period=T25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Ninh Bình: xuất khẩu hàng cói, lục bình 6 tháng đầu năm 2024; cơ sở, lao động, vùng nguyên liệu, mục tiêu 2025.",
    "Headline '6 tháng' takes the year 2024 of the dateline; it has no 'ước', so it is actual (the lead's 'ước đạt' is another sentence).",
    "'Trong đó' parts continue the estimated whole: total 41,6 triệu USD, status estimate, period inherited.",
    "District items after 'Các địa phương có nhiều cơ sở nhất là' neither add up to 1.250 nor follow a cue: no total; district = location.",
    "'bằng 52% kế hoạch năm' is the percent of 41,6 triệu USD. 'giảm 85 ha so với năm 2022' is the change of 1.120 ha.",
    "Not figures: Cập nhật date, Lượt xem 3.184, Kế hoạch số 86/KH-UBND, Quốc lộ 10, Hội chợ lần thứ 5, số 2 đường Tràng An, phone, 18/7.",
]

if __name__ == "__main__":
    emit("p735-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Ninh Bình")
