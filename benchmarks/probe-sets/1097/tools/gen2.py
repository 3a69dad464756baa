"""p1097-2: huyện Củ Chi (TP.HCM) district portal, ornamental fish 2023 results and 2024 targets."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ > Tin hoạt động > Kinh tế

Nghề nuôi cá cảnh giúp nông dân Củ Chi tăng thu nhập

Ngày đăng: 22/01/2024 | Người đăng: Phòng Kinh tế

Năm 2023, diện tích nuôi cá cảnh trên địa bàn huyện đạt 128,5 ha, tăng 9,3 ha so với năm 2022, với 436 hộ nuôi. Sản lượng cá cảnh ước đạt 21,6 triệu con, trong đó xuất khẩu khoảng 6,8 triệu con, chiếm 31,5% sản lượng.

Các xã có phong trào nuôi cá cảnh phát triển mạnh là Tân Thông Hội, Phước Vĩnh An và Tân Phú Trung, với diện tích lần lượt là 34,2 ha, 27,8 ha và 19,5 ha. Huyện hiện có 5 hợp tác xã và 11 tổ hợp tác nuôi cá cảnh, thu hút gần 1.300 lao động. Tháng 12/2023, huyện tổ chức Hội thi cá Koi Củ Chi lần thứ 3 với 215 con cá dự thi của 64 nghệ nhân.

Cá cảnh Củ Chi chủ yếu là cá Koi, cá chép Nhật, cá vàng, cá bình tích, cá neon, được bán đi các tỉnh và xuất sang Singapore, Hồng Kông (Trung Quốc), Mỹ, Hà Lan. Giá cá Koi thương phẩm từ 50.000 đến 2 triệu đồng/con tùy kích cỡ; cá Koi đạt chuẩn thi đấu có giá trên 30 triệu đồng/con.

Theo anh Nguyễn Văn Hai, chủ trại cá ở ấp 4A, xã Tân Thông Hội (đường Tỉnh lộ 8), mỗi tháng trại xuất khoảng 40.000 con cá, doanh thu hơn 300 triệu đồng; lợi nhuận chiếm khoảng 35% doanh thu.

Năm 2024, huyện phấn đấu nâng diện tích nuôi cá cảnh lên 140 ha, sản lượng đạt 24 triệu con, giá trị xuất khẩu đạt 4,5 triệu USD. Huyện tiếp tục hỗ trợ lãi vay cho hộ nuôi theo Quyết định số 13/2020/QĐ-UBND của UBND Thành phố, mức vay tối đa 500 triệu đồng/hộ.

Phòng Kinh tế huyện Củ Chi - Điện thoại: 028.3892.0136
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 128,5 ha", "128,5", 128.5, "measure", "ha", "diện tích nuôi cá cảnh", Y23,
      change=C("increase", 9.3, "ha", baseline="năm 2022")),
    F("với 436 hộ nuôi", "436", 436, "count", "hộ", "hộ nuôi cá cảnh", Y23),
    F("ước đạt 21,6 triệu con", "21,6", 21600000, "count", "con", "sản lượng cá cảnh", I(Y23), status="estimate"),
    F("khoảng 6,8 triệu con", "6,8", 6800000, "count", "con", "cá cảnh xuất khẩu", I(Y23), approx="about",
      total=21600000, percent=31.5, status="estimate"),
    F("lần lượt là 34,2 ha", "34,2", 34.2, "measure", "ha", "diện tích nuôi cá cảnh"),
    F("27,8 ha", "27,8", 27.8, "measure", "ha", "diện tích nuôi cá cảnh"),
    F("19,5 ha", "19,5", 19.5, "measure", "ha", "diện tích nuôi cá cảnh"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã nuôi cá cảnh"),
    F("11 tổ hợp tác", "11", 11, "count", "tổ hợp tác", "tổ hợp tác nuôi cá cảnh"),
    F("gần 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động nuôi cá cảnh", approx="nearly"),
    F("với 215 con", "215", 215, "count", "con", "cá dự thi Hội thi cá Koi", P("Tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("64 nghệ nhân", "64", 64, "count", "nghệ nhân", "nghệ nhân có cá dự thi", P("Tháng 12/2023", "2023-12-01", "2023-12-31")),
    F("từ 50.000 đến 2 triệu", "50.000", 50000, "money", "đồng/con", "giá cá Koi thương phẩm", value_max=2000000),
    F("trên 30 triệu đồng/con", "30", 30000000, "money", "đồng/con", "giá cá Koi đạt chuẩn thi đấu", approx="over"),
    F("khoảng 40.000 con cá", "40.000", 40000, "count", "con", "cá trại xuất mỗi tháng", approx="about"),
    F("hơn 300 triệu đồng", "300", 300000000, "money", "đồng", "doanh thu của trại mỗi tháng", approx="over"),
    F("chiếm khoảng 35% doanh thu", "35", 35, "percent", "%", "lợi nhuận trong doanh thu", approx="about"),
    F("lên 140 ha", "140", 140, "measure", "ha", "diện tích nuôi cá cảnh", Y24, status="target"),
    F("sản lượng đạt 24 triệu con", "24", 24000000, "count", "con", "sản lượng cá cảnh", Y24, status="target"),
    F("đạt 4,5 triệu USD", "4,5", 4500000, "money", "USD", "giá trị xuất khẩu cá cảnh", Y24, status="target"),
    F("tối đa 500 triệu đồng/hộ", "500", 500000000, "money", "đồng/hộ", "mức vay được hỗ trợ lãi vay",
      approx="at_most"),
]

NOTES = [
    "Củ Chi district portal ('Ngày đăng: 22/01/2024'): ornamental fish 2023 results, 2024 targets. Location Củ Chi (communes lie in it).",
    "Distractors: 'lần thứ 3' (ordinal), 'ấp 4A', 'Tỉnh lộ 8', 'Nguyễn Văn Hai', 'Quyết định số 13/2020/QĐ-UBND', phone '028.3892.0136'.",
    "6,8 triệu after 'trong đó' is part of 21,6 triệu (total) with share 31,5%; it continues the 'ước đạt' clause (estimate).",
    "'lợi nhuận chiếm khoảng 35% doanh thu' has no base amount for profit: a percent figure of its own.",
    "The 2024 targets continue 'phấn đấu' over the whole sentence.",
]

write("p1097-2", TEXT, NOTES, FIGS, published="2024-01-22", location="Củ Chi")
