"""p612-1: Bắc Ninh province portal — bus passengers H1/2024, routes, fleet, subsidy, demand share, new e-bus routes."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Giao thông vận tải
Bắc Ninh: Xe buýt vận chuyển hơn 2,4 triệu lượt hành khách trong 6 tháng đầu năm
Cập nhật: 15/07/2024 08:30
Lượt xem: 1.482

Theo báo cáo của Sở Giao thông vận tải, 6 tháng đầu năm 2024, mạng lưới xe buýt trên địa bàn tỉnh Bắc Ninh đã vận chuyển hơn 2,4 triệu lượt hành khách, tăng 12,6% so với cùng kỳ năm 2023, đạt 52,3% kế hoạch năm.

Hiện toàn tỉnh có 11 tuyến xe buýt nội tỉnh và 6 tuyến kết nối với Hà Nội, với tổng số 164 xe; trong đó có 48 xe sử dụng nhiên liệu sạch (CNG và điện). Các tuyến có sản lượng cao nhất lần lượt là tuyến 01 Bắc Ninh – Phố Mới (412.000 lượt), tuyến 86 Bắc Ninh – Nội Bài (368.500 lượt) và tuyến 10 Bắc Ninh – Từ Sơn (295.700 lượt).

Kinh phí trợ giá cho các tuyến xe buýt trong 6 tháng là 18.650 triệu đồng, bằng 48,7% dự toán năm; mức trợ giá bình quân khoảng 7.800 đồng/lượt hành khách. Mật độ phương tiện đạt 1,1 xe buýt/vạn dân.

Tỷ lệ đáp ứng nhu cầu đi lại của người dân bằng vận tải hành khách công cộng hiện mới đạt khoảng 3,2%. Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ này lên từ 5 đến 7%.

Theo Quyết định số 1065/QĐ-UBND ngày 26/12/2023 của UBND tỉnh, dự kiến trong quý IV/2024 sẽ đưa vào khai thác 4 tuyến buýt điện mới với khoảng 40 xe, chạy qua Quốc lộ 1A, Quốc lộ 38 và đường Lý Thái Tổ.

Mọi phản ánh về chất lượng dịch vụ xe buýt xin gọi đường dây nóng 0222.3822.345 hoặc gửi về Trung tâm Quản lý và Điều hành giao thông, số 18 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUB_PAX = "lượt hành khách xe buýt vận chuyển"
FIGS = [
    F("vận chuyển hơn 2,4 triệu lượt hành khách trong", "2,4", 2400000, "count", "lượt hành khách",
      approx="over", subject=SUB_PAX, period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("vận chuyển hơn 2,4 triệu lượt hành khách, tăng", "2,4", 2400000, "count", "lượt hành khách",
      approx="over", percent=52.3, change=CH("increase", 12.6, baseline="cùng kỳ năm 2023"),
      subject=SUB_PAX, period=H1),
    F("có 11 tuyến", "11", 11, "count", "tuyến", subject="tuyến xe buýt nội tỉnh"),
    F("và 6 tuyến kết nối", "6", 6, "count", "tuyến", subject="tuyến xe buýt kết nối với Hà Nội"),
    F("tổng số 164 xe", "164", 164, "count", "xe", subject="xe buýt"),
    F("có 48 xe", "48", 48, "count", "xe", total=164, subject="xe sử dụng nhiên liệu sạch (CNG và điện)"),
    F("(412.000 lượt)", "412.000", 412000, "count", "lượt",
      subject="sản lượng tuyến 01 Bắc Ninh – Phố Mới", period=I(H1)),
    F("(368.500 lượt)", "368.500", 368500, "count", "lượt",
      subject="sản lượng tuyến 86 Bắc Ninh – Nội Bài", period=I(H1)),
    F("(295.700 lượt)", "295.700", 295700, "count", "lượt",
      subject="sản lượng tuyến 10 Bắc Ninh – Từ Sơn", period=I(H1)),
    F("là 18.650 triệu đồng", "18.650", 18650000000, "money", "đồng", percent=48.7,
      subject="kinh phí trợ giá cho các tuyến xe buýt", period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("khoảng 7.800 đồng/lượt", "7.800", 7800, "money", "đồng/lượt hành khách", approx="about",
      subject="mức trợ giá bình quân", period=P("trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("đạt 1,1 xe buýt", "1,1", 1.1, "measure", "xe buýt/vạn dân", subject="mật độ phương tiện"),
    F("khoảng 3,2%", "3,2", 3.2, "percent", "%", approx="about",
      subject="tỷ lệ đáp ứng nhu cầu đi lại của người dân bằng vận tải hành khách công cộng"),
    F("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7, status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("khai thác 4 tuyến", "4", 4, "count", "tuyến", status="forecast", subject="tuyến buýt điện mới",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 40 xe", "40", 40, "count", "xe", approx="about", status="forecast",
      subject="xe buýt điện mới", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bắc Ninh: xe buýt 6 tháng đầu năm 2024 — sản lượng, tuyến, phương tiện, trợ giá, tỷ lệ đáp ứng nhu cầu.",
    "Distractors: Lượt xem 1.482, route numbers (tuyến 01/86/10), Quyết định số 1065/QĐ-UBND, Quốc lộ 1A/38, phone, số 18 address.",
    "Headline '6 tháng đầu năm' takes the year of published (2024). Route list items are not places: route in subject, location Bắc Ninh.",
    "'Tỷ lệ này ... từ 5 đến 7%' is a figure of its own (target, đến năm 2025). 'xe buýt/vạn dân' is a rate: measure.",
]

if __name__ == "__main__":
    emit("p612-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bắc Ninh")
