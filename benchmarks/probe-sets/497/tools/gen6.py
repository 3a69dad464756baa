"""p497-6: national press (VnExpress style), Hà Giang highland concrete roads built with people's labour, 2023."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Thời sự › Giao thông
Thứ năm, 14/3/2024, 06:15 (GMT+7)
Người dân Đồng Văn góp hơn 200.000 ngày công làm đường bê tông

Từ chủ trương hỗ trợ xi măng, người dân vùng cao Hà Giang đã tự làm hơn 1.500 km đường bê tông về thôn bản trong ba năm qua.

Năm 2023, tỉnh Hà Giang cấp 52.300 tấn xi măng và 14.600 m ống cống cho các xã để làm 586 km đường bê tông nông thôn. Con số này gấp 3 lần năm 2020.

Nhà nước hỗ trợ xi măng, ống cống; người dân tự góp cát, đá, ngày công và hiến đất. Theo Sở Giao thông vận tải, phần đóng góp của dân chiếm từ 45 đến 50% giá trị mỗi công trình, tương đương khoảng 550 triệu đồng/km.

Tại huyện Đồng Văn, năm 2023 người dân góp hơn 200.000 ngày công, hiến 86.400 m2 đất để mở 142 km đường. Huyện Mèo Vạc làm được 118 km, Yên Minh 97 km, Quản Bạ 74 km.

Ông Vàng Mí Lử, Bí thư chi bộ thôn Sà Phìn A (xã Sà Phìn, huyện Đồng Văn), kể cả 64 hộ trong thôn đều góp công. "Con đường 3,2 km trước đây đi bộ mất 2 tiếng, giờ xe máy chạy 15 phút", ông nói. Tuyến đường nối thôn với Quốc lộ 4C, gần cột cờ Lũng Cú.

Tỉnh đặt mục tiêu giai đoạn 2024-2025 làm thêm khoảng 1.200 km, nâng tỷ lệ đường thôn bản được cứng hóa từ 58,6% hiện nay lên 75%.

Ông Nguyễn Văn Sơn, Giám đốc Sở Giao thông vận tải, cho biết mỗi km đường thôn rộng 3 m cần khoảng 150 tấn xi măng.

Lê Hoàng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
S_KM = "đường bê tông làm được"

F = [
    fig("hơn 200.000 ngày công làm", "200.000", 200000, "count", "ngày công", "ngày công người dân đóng góp làm đường bê tông",
        inh(Y23b), approx="over", location="Đồng Văn"),
    fig("hơn 1.500 km", "1.500", 1500, "measure", "km", "đường bê tông về thôn bản người dân tự làm", approx="over"),
    fig("cấp 52.300 tấn", "52.300", 52300, "measure", "tấn", "xi măng tỉnh cấp cho các xã", Y23),
    fig("và 14.600 m", "14.600", 14600, "measure", "m", "ống cống tỉnh cấp cho các xã", Y23),
    fig("làm 586 km", "586", 586, "measure", "km", "đường bê tông nông thôn", Y23),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "đường bê tông nông thôn làm được năm 2023 so với năm 2020", inh(Y23)),
    fig("từ 45 đến 50%", "45", 45, "percent", "%", "phần đóng góp của dân trong giá trị mỗi công trình", value_max=50),
    fig("khoảng 550 triệu đồng/km", "550", 550e6, "money", "đồng/km", "phần đóng góp của dân mỗi km", approx="about"),
    fig("góp hơn 200.000 ngày công, hiến", "200.000", 200000, "count", "ngày công", "ngày công người dân góp", Y23b,
        approx="over", location="Đồng Văn"),
    fig("hiến 86.400 m2", "86.400", 86400, "measure", "m2", "đất người dân hiến", Y23b, location="Đồng Văn"),
    fig("mở 142 km", "142", 142, "measure", "km", "đường mở", Y23b, location="Đồng Văn"),
    fig("làm được 118 km", "118", 118, "measure", "km", S_KM, inh(Y23b), location="Mèo Vạc"),
    fig("Yên Minh 97 km", "97", 97, "measure", "km", S_KM, inh(Y23b), location="Yên Minh"),
    fig("Quản Bạ 74 km", "74", 74, "measure", "km", S_KM, inh(Y23b), location="Quản Bạ"),
    fig("cả 64 hộ", "64", 64, "count", "hộ", "hộ trong thôn Sà Phìn A góp công", location="Đồng Văn"),
    fig("đường 3,2 km", "3,2", 3.2, "measure", "km", "con đường thôn Sà Phìn A", location="Đồng Văn"),
    fig("mất 2 tiếng", "2", 2, "measure", "tiếng", "thời gian đi bộ trước đây", location="Đồng Văn"),
    fig("chạy 15 phút", "15", 15, "measure", "phút", "thời gian đi xe máy", location="Đồng Văn"),
    fig("khoảng 1.200 km", "1.200", 1200, "measure", "km", "đường bê tông làm thêm", GD, approx="about", status="target"),
    fig("từ 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ đường thôn bản được cứng hóa"),
    fig("lên 75%", "75", 75, "percent", "%", "tỷ lệ đường thôn bản được cứng hóa", GD, status="target"),
    fig("rộng 3 m", "3", 3, "measure", "m", "bề rộng đường thôn", optional=True),
    fig("khoảng 150 tấn", "150", 150, "measure", "tấn", "xi măng cần cho mỗi km đường thôn rộng 3 m", approx="about"),
]

COMMENTS = [
    "Probe 497-6. National press (dateline 'Thứ năm, 14/3/2024, 06:15 (GMT+7)'): Hà Giang highland roads built with cement support and labour.",
    "Headline and the Đồng Văn paragraph repeat '200.000 ngày công' (two figures). 'Con số này gấp 3 lần năm 2020.' stands alone: multiple.",
    "'trong ba năm qua' is no datable period (the 1.500 km get none). 'tương đương khoảng 550 triệu đồng/km' is an equivalent amount:",
    "a money figure of its own (đồng/km), not a share. 'từ 58,6% hiện nay lên 75%': 58,6 actual (no period), 75 target of giai đoạn 2024-2025.",
    "Figures about thôn Sà Phìn A get location Đồng Văn (district named in the bracket). Travel times (2 tiếng, 15 phút) are measures.",
    "'rộng 3 m' in the last paragraph qualifies the road type: optional. '150 tấn' per km is a measure with approx about.",
    "Distractors: '(GMT+7)', 'Quốc lộ 4C', 'thôn Sà Phìn A', 'cột cờ Lũng Cú', byline.",
]

if __name__ == "__main__":
    emit("p497-6", TEXT, COMMENTS, F, published="2024-03-14", location="Hà Giang")
