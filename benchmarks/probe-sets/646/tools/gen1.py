from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bắc Ninh: Gần 200.000 công nhân khu công nghiệp có nhu cầu về nhà ở
Cập nhật: 14/08/2024 10:25
Lượt xem: 1.532

Theo Ban Quản lý các khu công nghiệp tỉnh, tính đến ngày 30/6/2024, 16 khu công nghiệp đang hoạt động trên địa bàn tỉnh Bắc Ninh thu hút khoảng 352.400 lao động, trong đó lao động ngoại tỉnh chiếm 62,5%. Số công nhân có nhu cầu về nhà ở ước khoảng 196.000 người, song các dự án nhà ở công nhân mới đáp ứng chỗ ở cho hơn 38.000 người, đạt 19,4% nhu cầu.

Đến nay, toàn tỉnh đã hoàn thành 11 dự án nhà ở xã hội, nhà ở công nhân với 9.856 căn hộ; trong đó, huyện Yên Phong có 4 dự án (3.420 căn), thị xã Quế Võ có 3 dự án (2.715 căn), thành phố Bắc Ninh có 4 dự án (3.721 căn). Giá thuê phổ biến từ 1,5 đến 2,2 triệu đồng/căn/tháng, mỗi căn rộng từ 25 đến 40 m2.

Số công nhân đang thuê nhà trọ tự xây của người dân khoảng 158.000 người, diện tích ở bình quân chỉ 5,8 m2/người; chi phí thuê trọ bình quân khoảng 1,1 triệu đồng/người/tháng, cao hơn 12% so với năm 2022.

Theo Kế hoạch số 412/KH-UBND, phấn đấu đến năm 2025 tỉnh hoàn thành thêm 24.500 căn hộ nhà ở xã hội, đến năm 2030 hoàn thành 69.600 căn. Hiện 7 dự án với tổng vốn khoảng 4.860 tỷ đồng đang được triển khai, dự kiến trong năm 2024 hoàn thành 2.350 căn.

Mọi thông tin chi tiết xin liên hệ: Ban Quản lý các khu công nghiệp Bắc Ninh, số 10 đường Lý Thái Tổ, phường Suối Hoa; điện thoại: 0222.3822.598.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
NOW = P("Đến nay", end="2024-08-14")
DONE = "dự án nhà ở xã hội, nhà ở công nhân đã hoàn thành"
DONE_C = "căn hộ nhà ở xã hội, nhà ở công nhân đã hoàn thành"

FIGS = [
    F("Gần 200.000 công nhân", "200.000", 200000, "count", "công nhân",
      "công nhân khu công nghiệp có nhu cầu về nhà ở", INH(ASOF), approx="nearly"),
    F("30/6/2024, 16 khu", "16", 16, "count", "khu công nghiệp",
      "khu công nghiệp đang hoạt động", ASOF),
    F("khoảng 352.400 lao động", "352.400", 352400, "count", "lao động",
      "lao động trong các khu công nghiệp", ASOF, approx="about"),
    F("chiếm 62,5%", "62,5", 62.5, "percent", "%",
      "lao động ngoại tỉnh", ASOF),
    F("ước khoảng 196.000 người", "196.000", 196000, "count", "người",
      "công nhân có nhu cầu về nhà ở", INH(ASOF), approx="about", status="estimate"),
    F("hơn 38.000 người", "38.000", 38000, "count", "người",
      "công nhân được các dự án nhà ở công nhân đáp ứng chỗ ở", INH(ASOF), approx="over", percent=19.4),
    F("hoàn thành 11 dự án", "11", 11, "count", "dự án", DONE, NOW),
    F("với 9.856 căn hộ", "9.856", 9856, "count", "căn hộ", DONE_C, NOW),
    F("Yên Phong có 4 dự án", "4", 4, "count", "dự án", DONE, NOW, total=11, location="Yên Phong"),
    F("(3.420 căn)", "3.420", 3420, "count", "căn", DONE_C, NOW, total=9856, location="Yên Phong"),
    F("Quế Võ có 3 dự án", "3", 3, "count", "dự án", DONE, NOW, total=11, location="Quế Võ"),
    F("(2.715 căn)", "2.715", 2715, "count", "căn", DONE_C, NOW, total=9856, location="Quế Võ"),
    F("thành phố Bắc Ninh có 4 dự án", "4", 4, "count", "dự án", DONE, NOW, total=11, location="Bắc Ninh"),
    F("(3.721 căn)", "3.721", 3721, "count", "căn", DONE_C, NOW, total=9856, location="Bắc Ninh"),
    F("từ 1,5 đến 2,2 triệu", "1,5", 1500000, "money", "đồng/căn/tháng",
      "giá thuê phổ biến", value_max=2200000),
    F("từ 25 đến 40 m2", "25", 25, "measure", "m2", "diện tích mỗi căn", value_max=40),
    F("khoảng 158.000 người", "158.000", 158000, "count", "người",
      "công nhân đang thuê nhà trọ tự xây của người dân", approx="about"),
    F("chỉ 5,8 m2/người", "5,8", 5.8, "measure", "m2/người", "diện tích ở bình quân của công nhân thuê trọ"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "money", "đồng/người/tháng", "chi phí thuê trọ bình quân",
      approx="about", change=CH("increase", 12, baseline="năm 2022")),
    F("thêm 24.500 căn hộ", "24.500", 24500, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành thêm",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("hoàn thành 69.600 căn", "69.600", 69600, "count", "căn", "căn hộ nhà ở xã hội hoàn thành",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("Hiện 7 dự án", "7", 7, "count", "dự án", "dự án đang được triển khai"),
    F("khoảng 4.860 tỷ đồng", "4.860", 4860e9, "money", "đồng", "tổng vốn các dự án đang triển khai",
      approx="about"),
    F("hoàn thành 2.350 căn", "2.350", 2350, "count", "căn", "căn hộ dự kiến hoàn thành",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Bắc Ninh province portal: breadcrumb, 'Cập nhật: 14/08/2024 10:25', 'Lượt xem: 1.532' (counter, not a figure).",
    "Headline figure takes the lead's as-of period (inherited). 'lao động ngoại tỉnh chiếm 62,5%' after 'trong đó' is a",
    "percent figure of its own (the share of a part named without a number), not the percent of 352.400.",
    "'đạt 19,4% nhu cầu' is the percent of 38.000. 'Đến nay' ends at the dateline. District items after 'trong đó'",
    "add up to the whole (11 dự án, 9.856 căn) -> total; districts go to location. 'cao hơn 12% so với năm 2022' -> change.",
    "Revised after the first run: subjects of the rent range and of 'Hiện 7 dự án' named as their own sentences name them.",
    "Distractors: Kế hoạch số 412/KH-UBND, số 10 đường Lý Thái Tổ, phone 0222.3822.598, dates.",
]

if __name__ == "__main__":
    emit("p646-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Bắc Ninh")
