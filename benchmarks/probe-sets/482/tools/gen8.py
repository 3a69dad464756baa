"""p482-8: Báo Bình Dương (provincial newspaper, 'BYLINE HH:MM, DD/MM/YYYY') — buses 9 months 2023, subsidy, plans."""
from lib import F, P, I, CH, TG, emit

TEXT = """Bình Dương: 9 tháng, xe buýt phục vụ hơn 4,2 triệu lượt khách
MINH DUY 07:05, 12/10/2023

(BDO) 9 tháng năm 2023, các tuyến xe buýt trên địa bàn tỉnh ước vận chuyển hơn 4,2 triệu lượt khách, tăng 15,3% so với cùng kỳ, đạt 76,8% kế hoạch năm. Riêng quý III/2023, sản lượng đạt 1,52 triệu lượt, cao nhất từ đầu năm.

Trong 9 tháng, công nhân và học sinh, sinh viên chiếm khoảng 65% lượt khách; các tuyến đi qua khu công nghiệp VSIP I, VSIP II có hệ số sử dụng ghế trên 70%.

Hiện tỉnh có 21 tuyến xe buýt, trong đó 8 tuyến liên tỉnh đi TP. Hồ Chí Minh, Đồng Nai, Tây Ninh và 13 tuyến nội tỉnh; tổng số 246 xe, bình quân 9,1 xe buýt/10 vạn dân. Tuyến buýt điện D1 (Thành phố mới Bình Dương - Bến xe Miền Đông mới) vận hành từ tháng 2/2023 với 10 xe, bình quân 1.600 lượt khách/ngày.

Năm 2023, tỉnh bố trí 42,5 tỷ đồng trợ giá cho 9 tuyến, mức trợ giá từ 9.000 đến 12.500 đồng/km tùy loại xe. Theo kế hoạch, giai đoạn 2024-2025 tỉnh sẽ đầu tư thêm 5 tuyến buýt điện với khoảng 60 xe, tổng vốn dự kiến 320 tỷ đồng; phấn đấu đến năm 2025 xe buýt đáp ứng từ 3 đến 5% nhu cầu đi lại.

Các tuyến chủ yếu chạy trên Quốc lộ 13, Đại lộ Bình Dương và đường ĐT743. Người dân cần thông tin về lộ trình, giờ chạy có thể gọi tổng đài 0274.3822.111 hoặc tra cứu trên ứng dụng BDBus.
"""

N9h = P("9 tháng", "2023-01-01", "2023-09-30")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9t = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("phục vụ hơn 4,2 triệu", "4,2", 4200000, "count", "lượt khách", approx="over",
      subject="lượt khách xe buýt phục vụ", period=N9h),
    F("chuyển hơn 4,2 triệu", "4,2", 4200000, "count", "lượt khách", approx="over", percent=76.8,
      change=CH("increase", 15.3, baseline="cùng kỳ"), status="estimate",
      subject="lượt khách các tuyến xe buýt vận chuyển", period=N9),
    F("đạt 1,52 triệu lượt", "1,52", 1520000, "count", "lượt", subject="sản lượng xe buýt", period=Q3),
    F("khoảng 65% lượt khách", "65", 65, "percent", "%", approx="about",
      subject="công nhân và học sinh, sinh viên trong lượt khách", period=N9t),
    F("ghế trên 70%", "70", 70, "percent", "%", approx="over",
      subject="hệ số sử dụng ghế các tuyến đi qua khu công nghiệp", period=N9t),
    F("có 21 tuyến", "21", 21, "count", "tuyến", subject="tuyến xe buýt"),
    F("8 tuyến liên tỉnh", "8", 8, "count", "tuyến", total=21, subject="tuyến liên tỉnh"),
    F("13 tuyến nội tỉnh", "13", 13, "count", "tuyến", total=21, subject="tuyến nội tỉnh"),
    F("tổng số 246 xe", "246", 246, "count", "xe", subject="tổng số xe buýt"),
    F("bình quân 9,1 xe buýt", "9,1", 9.1, "measure", "xe buýt/10 vạn dân", subject="xe buýt bình quân trên 10 vạn dân"),
    F("với 10 xe", "10", 10, "count", "xe", subject="xe buýt điện tuyến D1"),
    F("1.600 lượt khách/ngày", "1.600", 1600, "measure", "lượt khách/ngày", subject="lượt khách bình quân tuyến D1"),
    F("bố trí 42,5 tỷ đồng", "42,5", 42500000000, "money", "đồng", subject="kinh phí trợ giá xe buýt", period=Y23),
    F("cho 9 tuyến", "9", 9, "count", "tuyến", subject="tuyến được trợ giá", period=Y23),
    F("từ 9.000 đến 12.500 đồng/km", "9.000", 9000, "money", "đồng/km", value_max=12500,
      subject="mức trợ giá", period=Y23),
    F("thêm 5 tuyến", "5", 5, "count", "tuyến", status="target", subject="tuyến buýt điện đầu tư thêm", period=G),
    F("khoảng 60 xe", "60", 60, "count", "xe", approx="about", status="target",
      subject="xe buýt điện đầu tư thêm", period=G),
    F("dự kiến 320 tỷ đồng", "320", 320000000000, "money", "đồng", status="forecast",
      subject="tổng vốn đầu tư tuyến buýt điện", period=G),
    F("từ 3 đến 5%", "3", 3, "percent", "%", value_max=5, status="target",
      subject="nhu cầu đi lại xe buýt đáp ứng", period=T25),
]

COMMENTS = [
    "Báo Bình Dương (BDO; dateline 'MINH DUY 07:05, 12/10/2023'): xe buýt 9 tháng năm 2023, network, subsidy rates, 2024-2025 plan.",
    "Headline '9 tháng' takes 2023 (lead). Lead 'ước vận chuyển' → estimate; the headline and the quý III sentence carry no cue → actual.",
    "'xe buýt/10 vạn dân' is a rate: '10 vạn dân' is its denominator, not a figure. Destination provinces of the 8 inter-provincial",
    "routes are not places of the figure. 'Theo kế hoạch … sẽ đầu tư' → target; 'tổng vốn dự kiến' → forecast (its own cue).",
    "Distractors: dateline time, 'D1', 'tháng 2/2023', 'Bến xe Miền Đông mới', 'VSIP I, VSIP II', 'Quốc lộ 13', 'ĐT743', phone '0274.3822.111', 'BDBus'.",
]

if __name__ == "__main__":
    emit("p482-8", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Bình Dương")
