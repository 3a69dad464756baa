"""p624-2: huyện Cát Hải (Hải Phòng) district portal — vịnh Lan Hạ, quý I/2024, boat inspections, kayak routes."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁT HẢI - THÀNH PHỐ HẢI PHÒNG
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Tư, 10/04/2024 - 09:45

Cát Hải: Kiểm tra 100% phương tiện du lịch trước mùa cao điểm

Quý I/2024, huyện Cát Hải đón 412.300 lượt khách du lịch, tăng 18,6% so với cùng kỳ năm 2023, trong đó khách quốc tế là 96.800 lượt. Tổng doanh thu từ hoạt động du lịch ước đạt 628 tỷ đồng. Vịnh Lan Hạ tiếp tục là điểm đến hút khách nhất với khoảng 265.000 lượt, chiếm 64,3% tổng lượt khách của huyện.

Hiện toàn huyện có 386 phương tiện thủy nội địa kinh doanh du lịch, gồm 142 tàu tham quan vịnh, 38 tàu lưu trú nghỉ đêm và 206 xuồng, ca nô. Từ ngày 15/1 đến 31/3/2024, Phòng Kinh tế phối hợp với Chi cục Đăng kiểm số 6 kiểm tra an toàn 386/386 phương tiện, phát hiện 23 phương tiện chưa bảo đảm điều kiện, yêu cầu chủ phương tiện khắc phục trong vòng 15 ngày.

Về hoạt động chèo kayak, huyện đã công bố 5 tuyến tại khu vực vịnh Lan Hạ với tổng chiều dài khoảng 27 km; mỗi tuyến chỉ cho phép tối đa 60 thuyền hoạt động cùng lúc. Giá thuê thuyền kayak đôi từ 150.000 đến 200.000 đồng/giờ. Dự kiến trong quý II/2024, huyện đưa vào khai thác thêm 2 tuyến tại khu vực Cái Bèo.

Trong quý I, các đơn vị đã thu gom 214 tấn rác thải trên vịnh Lan Hạ và vịnh Cát Bà, tăng 9,5% so với cùng kỳ. Đến nay, 32/38 tàu lưu trú nghỉ đêm đã lắp hệ thống xử lý nước thải đạt chuẩn.

Thông tin liên hệ: Phòng Văn hóa và Thông tin huyện, Khu 1, thị trấn Cát Bà (Đường tỉnh 356); điện thoại 0225.3888.226.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
INSP = P("Từ ngày 15/1 đến 31/3/2024", "2024-01-15", "2024-03-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
Q1b = P("Trong quý I", "2024-01-01", "2024-03-31")
NOW = P("Đến nay", None, "2024-04-10")

FIGS = [
    F("Kiểm tra 100% phương tiện", "100", 100, "percent", "%",
      "phương tiện du lịch được kiểm tra trước mùa cao điểm"),
    F("đón 412.300 lượt khách", "412.300", 412300, "count", "lượt khách",
      "lượt khách du lịch đến huyện Cát Hải", Q1,
      change=CH("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("là 96.800 lượt", "96.800", 96800, "count", "lượt", "khách quốc tế", Q1, total=412300),
    F("ước đạt 628 tỷ đồng", "628", 628000000000, "money", "đồng",
      "tổng doanh thu từ hoạt động du lịch", I(Q1), status="estimate"),
    F("khoảng 265.000 lượt", "265.000", 265000, "count", "lượt",
      "lượt khách đến vịnh Lan Hạ", I(Q1), approx="about", percent=64.3),
    F("có 386 phương tiện", "386", 386, "count", "phương tiện",
      "phương tiện thủy nội địa kinh doanh du lịch"),
    F("gồm 142 tàu", "142", 142, "count", "tàu", "tàu tham quan vịnh", total=386),
    F("38 tàu lưu trú nghỉ đêm và", "38", 38, "count", "tàu", "tàu lưu trú nghỉ đêm", total=386),
    F("206 xuồng", "206", 206, "count", "xuồng, ca nô", "xuồng, ca nô", total=386),
    F("386/386 phương tiện", "386", 386, "count", "phương tiện",
      "phương tiện được kiểm tra an toàn", INSP, total=386),
    F("phát hiện 23 phương tiện", "23", 23, "count", "phương tiện",
      "phương tiện chưa bảo đảm điều kiện", INSP),
    F("trong vòng 15 ngày", "15", 15, "measure", "ngày",
      "thời hạn khắc phục", optional=True),
    F("công bố 5 tuyến", "5", 5, "count", "tuyến",
      "tuyến chèo kayak tại khu vực vịnh Lan Hạ"),
    F("khoảng 27 km", "27", 27, "measure", "km",
      "tổng chiều dài các tuyến kayak", approx="about"),
    F("tối đa 60 thuyền", "60", 60, "count", "thuyền",
      "thuyền hoạt động cùng lúc trên mỗi tuyến kayak", approx="at_most"),
    F("từ 150.000 đến 200.000 đồng/giờ", "150.000", 150000, "money", "đồng/giờ",
      "giá thuê thuyền kayak đôi", value_max=200000),
    F("thêm 2 tuyến", "2", 2, "count", "tuyến",
      "tuyến kayak đưa vào khai thác thêm tại khu vực Cái Bèo", Q2, status="forecast"),
    F("thu gom 214 tấn", "214", 214, "measure", "tấn",
      "rác thải thu gom trên vịnh Lan Hạ và vịnh Cát Bà", Q1b,
      change=CH("increase", 9.5, baseline="cùng kỳ")),
    F("32/38 tàu", "32", 32, "count", "tàu",
      "tàu lưu trú nghỉ đêm đã lắp hệ thống xử lý nước thải đạt chuẩn", NOW, total=38),
]

COMMENTS = [
    "Cát Hải district portal (Hải Phòng): vịnh Lan Hạ / Cát Bà, quý I/2024 — visitors, boat inspections, kayak routes, waste.",
    "Dateline 'Thứ Tư, 10/04/2024 - 09:45'. Not figures: Chi cục Đăng kiểm số 6, Khu 1, Đường tỉnh 356, phone, 'ngày 15/1'.",
    "Location: the district (Cát Hải) for every figure. 142 + 38 + 206 = 386 (gồm). '386/386' total 386.",
    "'chiếm 64,3% tổng lượt khách' gives percent only (no part-of cue such as trong đó/gồm, so no total); 23 phương tiện has no cue either.",
    "'trong vòng 15 ngày' is a deadline, optional. 'Dự kiến' → forecast. 'Hiện' → no period; 'Đến nay' → as-of dateline.",
]

if __name__ == "__main__":
    emit("p624-2", TEXT, COMMENTS, FIGS, published="2024-04-10", location="Cát Hải")
