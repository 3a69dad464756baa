"""p1070-4: Cục Quản lý đê điều và PCTT (Bộ NN&PTNT) site, national sea-dyke safety review (24/08/2023)."""
from lib import F, P, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Quản lý đê điều và Phòng, chống thiên tai
Trang chủ » Tin tức » Tin hoạt động
Rà soát an toàn hệ thống đê biển trước mùa mưa bão
Ngày đăng: 24/08/2023 | Lượt xem: 1.057

Theo Cục Quản lý đê điều và Phòng, chống thiên tai, cả nước hiện có khoảng 2.700 km đê biển, đê cửa sông thuộc 28 tỉnh, thành phố ven biển. Trong đó, khu vực từ Quảng Ninh đến Ninh Bình có gần 900 km, khu vực miền Trung khoảng 1.100 km và khu vực Nam Bộ hơn 700 km.

Từ năm 2015 đến nay, các địa phương đã đầu tư nâng cấp khoảng 1.240 km đê biển; tuy nhiên vẫn còn khoảng 360 km đê chưa đủ khả năng chống bão cấp 9 và 475 trọng điểm xung yếu cần xử lý.

Tình trạng sạt lở bờ biển diễn biến phức tạp: toàn quốc ghi nhận 267 điểm sạt lở với tổng chiều dài khoảng 512 km, trong đó 91 điểm sạt lở đặc biệt nguy hiểm (dài 186 km), giảm 12 điểm so với năm 2020, tập trung tại Cà Mau, Bạc Liêu, Sóc Trăng và Quảng Nam.

Giai đoạn 2021-2023, ngân sách Trung ương đã bố trí khoảng 9.800 tỷ đồng cho các dự án đê biển, kè chống sạt lở bờ biển, cửa sông, tăng gấp 1,6 lần so với giai đoạn 2016-2020. Riêng năm 2023, tổng vốn bố trí ước đạt 3.450 tỷ đồng, trong đó vốn dự phòng ngân sách Trung ương hỗ trợ khẩn cấp 1.020 tỷ đồng. Đã có 14 địa phương được hỗ trợ từ nguồn vốn này.

Thực hiện Công điện số 08/CĐ-QG, Bộ yêu cầu các địa phương xử lý dứt điểm tối thiểu 60 trọng điểm xung yếu trước ngày 15/9/2023; phấn đấu đến năm 2025 có 100% tuyến đê biển trọng yếu được kiểm tra, đánh giá an toàn. Theo Chiến lược quốc gia phòng, chống thiên tai, mục tiêu đến năm 2030 trồng mới và phục hồi khoảng 20.000 ha rừng phòng hộ ven biển.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3733.5693
"""

SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2023-08-24")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 2.700 km", "2.700", 2700, "measure", "km", "đê biển, đê cửa sông", approx="about"),
    F("thuộc 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển có đê biển, đê cửa sông"),
    F("gần 900 km", "900", 900, "measure", "km", "đê biển, đê cửa sông khu vực từ Quảng Ninh đến Ninh Bình",
      approx="nearly", total=2700),
    F("khoảng 1.100 km", "1.100", 1100, "measure", "km", "đê biển, đê cửa sông khu vực miền Trung",
      approx="about", total=2700),
    F("hơn 700 km", "700", 700, "measure", "km", "đê biển, đê cửa sông khu vực Nam Bộ", approx="over", total=2700),
    F("khoảng 1.240 km", "1.240", 1240, "measure", "km", "đê biển được đầu tư nâng cấp", approx="about",
      period=SINCE),
    F("khoảng 360 km", "360", 360, "measure", "km", "đê chưa đủ khả năng chống bão", approx="about"),
    F("bão cấp 9", "9", 9, "measure", "cấp", "cấp bão", optional=True),
    F("475 trọng điểm", "475", 475, "count", "trọng điểm", "trọng điểm xung yếu cần xử lý"),
    F("ghi nhận 267 điểm", "267", 267, "count", "điểm", "điểm sạt lở bờ biển"),
    F("khoảng 512 km", "512", 512, "measure", "km", "tổng chiều dài sạt lở bờ biển", approx="about"),
    F("trong đó 91 điểm", "91", 91, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", total=267,
      change=C("decrease", 12, "điểm", "năm 2020")),
    F("dài 186 km", "186", 186, "measure", "km", "chiều dài sạt lở đặc biệt nguy hiểm", total=512),
    F("khoảng 9.800 tỷ đồng", "9.800", 9.8e12, "money", "đồng",
      "vốn ngân sách Trung ương bố trí cho các dự án đê biển, kè chống sạt lở bờ biển, cửa sông", approx="about",
      change=C("increase", 1.6, "lần", "giai đoạn 2016-2020"),
      period=P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("ước đạt 3.450 tỷ đồng", "3.450", 3.45e12, "money", "đồng", "tổng vốn bố trí", status="estimate", period=Y23),
    F("khẩn cấp 1.020 tỷ đồng", "1.020", 1.02e12, "money", "đồng", "vốn dự phòng ngân sách Trung ương hỗ trợ khẩn cấp",
      total=3.45e12, status="estimate", period=Y23),
    F("có 14 địa phương", "14", 14, "count", "địa phương", "địa phương được hỗ trợ vốn dự phòng",
      period=P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)),
    F("tối thiểu 60 trọng điểm", "60", 60, "count", "trọng điểm", "trọng điểm xung yếu xử lý dứt điểm",
      approx="at_least", status="target"),
    F("có 100% tuyến", "100", 100, "percent", "%", "tuyến đê biển trọng yếu được kiểm tra, đánh giá an toàn",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 20.000 ha", "20.000", 20000, "measure", "ha", "rừng phòng hộ ven biển trồng mới và phục hồi",
      approx="about", status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Cục Quản lý đê điều và PCTT, Bộ NN&PTNT site (invented), national; 'Ngày đăng: 24/08/2023' gives published.",
    "Not figures: 'Lượt xem: 1.057', 'Công điện số 08/CĐ-QG', 'trước ngày 15/9/2023' (a deadline), the address 'Số 2 Ngọc Hà',",
    "the phone number, 'Giai đoạn 2021-2023' and 'giai đoạn 2016-2020' (periods). 'bão cấp 9' is a threshold (optional).",
    "Regional parts after 'Trong đó' (sentence break) take the 2.700 km as total; regions are not provinces, so location stays Việt Nam.",
    "91 điểm and 186 km (bracket) are parts of 267 điểm / 512 km; the province list after a national count keeps Việt Nam.",
    "'tăng gấp 1,6 lần so với' gives a change in lần. 1.020 tỷ continues the 'ước đạt' clause (estimate) and is part of 3.450 tỷ.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-08-24", location="Việt Nam")
