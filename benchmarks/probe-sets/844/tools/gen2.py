"""p844-2: district portal (huyện Yên Thế, Bắc Giang), cricket farming in xã Đồng Tâm, 2023."""
from lib import F, P, I, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THẾ
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nuôi dế thương phẩm ở Đồng Tâm: hướng đi mới giúp nông dân thoát nghèo
Ngày đăng: 14/11/2023 | Người viết: Minh Hằng

Từ vài hộ nuôi thử nghiệm năm 2020, đến nay xã Đồng Tâm đã có 57 hộ nuôi dế, tổng diện tích chuồng trại khoảng 9.500 m2. Bình quân mỗi hộ nuôi từ 150 đến 300 thùng dế, mỗi thùng cho thu hoạch 3-4 kg dế thịt sau 45-50 ngày nuôi.

Trong 10 tháng đầu năm 2023, sản lượng dế thương phẩm của xã ước đạt 68 tấn, tăng 21% so với cùng kỳ năm 2022; doanh thu ước đạt 8,2 tỷ đồng. Với giá bán dế thịt từ 110.000-130.000 đồng/kg, mỗi hộ có lãi bình quân 8-10 triệu đồng/tháng.

Anh Hoàng Văn Tư ở thôn Hố Cao, một trong những hộ nuôi đầu tiên, cho biết gia đình đang nuôi 420 thùng dế trong khu chuồng rộng 350 m2, mỗi năm xuất bán khoảng 5 tấn dế. Năm 2022, xã thành lập 01 tổ hợp tác nuôi dế với 23 thành viên, chiếm 40,4% số hộ nuôi; sản phẩm được bao tiêu bởi các nhà hàng ở Bắc Giang, Hà Nội và một cơ sở chế biến bột dế tại Khu công nghiệp Quang Châu.

Toàn huyện hiện có 214 hộ nuôi dế tại 11/19 xã, thị trấn. Theo Nghị quyết số 05-NQ/HU của Huyện ủy, huyện hỗ trợ 50% kinh phí mua dế giống và thùng nuôi, tối đa 5 triệu đồng/hộ. Huyện đặt mục tiêu đến năm 2025 nâng số hộ nuôi dế lên 300 hộ, sản lượng đạt 250 tấn/năm.

Mọi thông tin xin liên hệ: Phòng Nông nghiệp và PTNT huyện Yên Thế, Tỉnh lộ 398, thị trấn Cầu Gồ; điện thoại 0204.3876.215.
"""

NOW = P("đến nay", end="2023-11-14")
M10 = P("Trong 10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đã có 57 hộ nuôi dế", "57", 57, "count", "hộ", "hộ nuôi dế", NOW),
    F("khoảng 9.500 m2", "9.500", 9500, "measure", "m2", "tổng diện tích chuồng trại", NOW, approx="about"),
    F("từ 150 đến 300 thùng", "150", 150, "count", "thùng", "thùng dế nuôi bình quân mỗi hộ", value_max=300),
    F("thu hoạch 3-4 kg", "3", 3, "measure", "kg/thùng", "dế thịt thu hoạch mỗi thùng", value_max=4),
    F("sau 45-50 ngày", "45", 45, "measure", "ngày", "thời gian nuôi", value_max=50, optional=True),
    F("ước đạt 68 tấn", "68", 68, "measure", "tấn", "sản lượng dế thương phẩm", M10, status="estimate",
      change=chg("increase", 21, "%", "cùng kỳ năm 2022")),
    F("ước đạt 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng", "doanh thu", M10, status="estimate"),
    F("từ 110.000-130.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá bán dế thịt", I(M10), value_max=130000),
    F("bình quân 8-10 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "lãi bình quân mỗi hộ", I(M10), value_max=10e6),
    F("đang nuôi 420 thùng", "420", 420, "count", "thùng", "thùng dế gia đình đang nuôi"),
    F("rộng 350 m2", "350", 350, "measure", "m2", "diện tích khu chuồng", optional=True),
    F("khoảng 5 tấn dế", "5", 5, "measure", "tấn/năm", "dế xuất bán mỗi năm", approx="about"),
    F("01 tổ hợp tác", "01", 1, "count", "tổ hợp tác", "tổ hợp tác nuôi dế", P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("với 23 thành viên", "23", 23, "count", "thành viên", "thành viên tổ hợp tác", P("Năm 2022", "2022-01-01", "2022-12-31"),
      percent=40.4),
    F("có 214 hộ nuôi dế", "214", 214, "count", "hộ", "hộ nuôi dế"),
    F("11/19 xã", "11", 11, "count", "xã, thị trấn", "xã, thị trấn có hộ nuôi dế", total=19),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí mua dế giống và thùng nuôi được hỗ trợ"),
    F("tối đa 5 triệu đồng/hộ", "5", 5e6, "money", "đồng/hộ", "mức hỗ trợ", approx="at_most"),
    F("lên 300 hộ", "300", 300, "count", "hộ", "hộ nuôi dế", T25, status="target"),
    F("đạt 250 tấn/năm", "250", 250, "measure", "tấn/năm", "sản lượng dế", T25, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Yên Thế: cricket farming (nuôi dế) in xã Đồng Tâm and the district, 2023. 'Ngày đăng: 14/11/2023' gives published.",
    "Location is the district Yên Thế (the commune lies in it). 'năm 2020', thôn Hố Cao, Khu công nghiệp Quang Châu, Nghị quyết số 05-NQ/HU,",
    "Tỉnh lộ 398 and the phone number are not figures. 'đến nay' ends at the dateline; 'hiện' gives no period.",
    "The cycle length '45-50 ngày' and the example household's shed area are optional; 23 members 'chiếm 40,4%' take the share.",
    "'01 tổ hợp tác' and '23 thành viên' take 'Năm 2022' (the founding year stated in their sentence).",
]

write(2, TEXT, FIGS, NOTES, published="2023-11-14", location="Yên Thế")
