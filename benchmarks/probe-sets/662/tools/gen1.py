"""p662-1: Đà Nẵng city portal — walking streets and night markets, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đà Nẵng: Phố đi bộ và chợ đêm đón hơn 1,6 triệu lượt khách trong 6 tháng
Cập nhật: 09/07/2024 16:45 | Lượt xem: 3.482

(ĐNO) - 6 tháng đầu năm 2024, các tuyến phố đi bộ và chợ đêm trên địa bàn thành phố đón hơn 1,6 triệu lượt khách, tăng 27,4% so với cùng kỳ năm 2023; trong đó khách quốc tế ước đạt 512.000 lượt, chiếm 32% tổng lượt khách.

Hiện thành phố có 9 tuyến phố đi bộ, chợ đêm, gồm quận Hải Châu (5 điểm), Sơn Trà (3 điểm) và Ngũ Hành Sơn (1 điểm). Phố đi bộ Bạch Đằng hoạt động từ 18h00 đến 23h00 các tối thứ Sáu, thứ Bảy và Chủ nhật, mỗi tối đón trung bình khoảng 12.000 lượt khách. Chợ đêm Helio trên đường 2 Tháng 9 có 168 gian hàng, trong đó 74 gian hàng ẩm thực; chợ đêm Mai Hắc Đế có 140 gian hàng với khoảng 300 tiểu thương.

Tổng doanh thu của các hộ kinh doanh tại phố đi bộ và chợ đêm 6 tháng ước đạt 286,5 tỷ đồng, bằng 54,1% kế hoạch năm. Chi tiêu bình quân của mỗi lượt khách khoảng 350.000 đồng.

Để bảo đảm an ninh trật tự, Công an quận Hải Châu và quận Sơn Trà bố trí mỗi tối 85 cán bộ, chiến sĩ cùng 40 thành viên tổ bảo vệ dân phố. Lực lượng chức năng đã xử lý 126 trường hợp lấn chiếm vỉa hè, phạt tiền 215 triệu đồng. Công ty Môi trường đô thị thu gom bình quân 4,2 tấn rác sau mỗi đêm cuối tuần.

Theo kế hoạch, phấn đấu đến năm 2025 thành phố hình thành thêm 3 khu phố đêm tại quận Ngũ Hành Sơn, quận Liên Chiểu và huyện Hòa Vang, nâng tổng số tuyến phố đi bộ, chợ đêm lên 12 điểm; doanh thu kinh tế ban đêm chiếm từ 15 đến 20% tổng thu du lịch.

Cổng Thông tin điện tử thành phố Đà Nẵng - Số 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3821.114
"""

H1 = P("6 tháng", "2024-01-01", "2024-06-30")
S6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đón hơn 1,6 triệu lượt khách trong 6 tháng", "1,6", 1600000, "count", "lượt khách",
      "lượt khách các tuyến phố đi bộ và chợ đêm", H1, approx="over"),
    F("đón hơn 1,6 triệu lượt khách, tăng", "1,6", 1600000, "count", "lượt khách",
      "lượt khách các tuyến phố đi bộ và chợ đêm", S6, approx="over",
      change=CH("increase", 27.4, "%", "cùng kỳ năm 2023")),
    F("ước đạt 512.000 lượt", "512.000", 512000, "count", "lượt",
      "khách quốc tế", S6, total=1600000, percent=32, status="estimate"),
    F("có 9 tuyến phố đi bộ", "9", 9, "count", "tuyến phố đi bộ, chợ đêm",
      "tuyến phố đi bộ, chợ đêm"),
    F("(5 điểm)", "5", 5, "count", "điểm", "tuyến phố đi bộ, chợ đêm", total=9, location="Hải Châu"),
    F("(3 điểm)", "3", 3, "count", "điểm", "tuyến phố đi bộ, chợ đêm", total=9, location="Sơn Trà"),
    F("(1 điểm)", "1", 1, "count", "điểm", "tuyến phố đi bộ, chợ đêm", total=9, location="Ngũ Hành Sơn"),
    F("khoảng 12.000 lượt khách", "12.000", 12000, "count", "lượt khách",
      "lượt khách phố đi bộ Bạch Đằng mỗi tối", approx="about"),
    F("có 168 gian hàng", "168", 168, "count", "gian hàng", "gian hàng chợ đêm Helio"),
    F("trong đó 74 gian hàng", "74", 74, "count", "gian hàng", "gian hàng ẩm thực chợ đêm Helio", total=168),
    F("có 140 gian hàng", "140", 140, "count", "gian hàng", "gian hàng chợ đêm Mai Hắc Đế"),
    F("khoảng 300 tiểu thương", "300", 300, "count", "tiểu thương", "tiểu thương chợ đêm Mai Hắc Đế", approx="about"),
    F("ước đạt 286,5 tỷ đồng", "286,5", 286500000000, "money", "đồng",
      "tổng doanh thu của các hộ kinh doanh tại phố đi bộ và chợ đêm", H1, percent=54.1, status="estimate"),
    F("khoảng 350.000 đồng", "350.000", 350000, "money", "đồng",
      "chi tiêu bình quân của mỗi lượt khách", I(H1), approx="about"),
    F("mỗi tối 85 cán bộ", "85", 85, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ công an bố trí mỗi tối bảo đảm an ninh trật tự"),
    F("cùng 40 thành viên", "40", 40, "count", "thành viên", "thành viên tổ bảo vệ dân phố"),
    F("xử lý 126 trường hợp", "126", 126, "count", "trường hợp", "trường hợp lấn chiếm vỉa hè bị xử lý"),
    F("phạt tiền 215 triệu đồng", "215", 215000000, "money", "đồng", "phạt tiền lấn chiếm vỉa hè"),
    F("bình quân 4,2 tấn rác", "4,2", 4.2, "measure", "tấn", "rác thu gom bình quân sau mỗi đêm cuối tuần"),
    F("thêm 3 khu phố đêm", "3", 3, "count", "khu phố đêm", "khu phố đêm hình thành thêm", T25, status="target"),
    F("lên 12 điểm", "12", 12, "count", "điểm", "tổng số tuyến phố đi bộ, chợ đêm", T25, status="target"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "doanh thu kinh tế ban đêm trong tổng thu du lịch", T25,
      value_max=20, status="target"),
]

COMMENTS = [
    "Đà Nẵng city portal: walking streets and night markets, 6 months 2024 (breadcrumb, Cập nhật line, Lượt xem counter).",
    "Headline '6 tháng' takes the year of the dateline. '(5 điểm)…' after 'gồm' are parts of the 9 points, each with its district.",
    "Distractors: Lượt xem 3.482, 18h00/23h00, đường 2 Tháng 9, Số 24 Trần Phú, phone. 'khoảng 350.000 đồng' has no cue of its own (actual).",
]

if __name__ == "__main__":
    emit("p662-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Đà Nẵng")
