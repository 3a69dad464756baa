"""p612-8: Báo Quảng Ninh (provincial paper), byline+time dateline — buses 2023, taxis by city, ride-hailing, subsidy, 2024 targets."""
from lib import F, P, I, CH, emit

TEXT = """Báo Quảng Ninh điện tử
Kinh tế › Giao thông

Vận tải hành khách công cộng tăng trưởng mạnh
Thanh Tùng 14:25, 26/12/2023

Năm 2023, toàn tỉnh Quảng Ninh có 21 tuyến xe buýt hoạt động, sản lượng ước đạt 5,8 triệu lượt hành khách, tăng 21,4% so với năm 2022, đạt 105% kế hoạch. Riêng quý IV/2023 ước đạt 1,62 triệu lượt.

Tính đến ngày 30/11/2023, toàn tỉnh có 2.380 xe taxi của 26 doanh nghiệp, tập trung chủ yếu tại TP Hạ Long (1.215 xe), Cẩm Phả (436 xe), Uông Bí (318 xe) và Móng Cái (204 xe). Xe hợp đồng điện tử (Grab, Xanh SM, Be) có khoảng 1.150 xe, tăng gần gấp đôi so với năm 2022. Toàn tỉnh hiện có 12 bến xe khách, trong đó 4 bến đạt loại 1.

Tổng kinh phí trợ giá xe buýt năm 2023 là 38,6 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng, ngân sách các địa phương 8,6 tỷ đồng. Tuyến 01 Bãi Cháy – Vân Đồn và tuyến 03 Hạ Long – Cẩm Phả chạy qua Quốc lộ 18 có tần suất 15-20 phút/chuyến.

Tại Kỳ họp thứ 16 HĐND tỉnh khóa XIV, tỉnh đặt mục tiêu năm 2024 mở mới 4 tuyến, nâng tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải công cộng lên 6%. Dự kiến trong quý III/2024 sẽ có thêm 60 xe buýt điện được đưa vào khai thác.

Người dân có thể phản ánh qua đường dây nóng 0203.3835.222 hoặc Trung tâm điều hành xe buýt tại số 12 đường 25/4, phường Hồng Gai.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUB_TAXI = "xe taxi"
FIGS = [
    F("có 21 tuyến", "21", 21, "count", "tuyến", subject="tuyến xe buýt hoạt động", period=Y23),
    F("ước đạt 5,8 triệu", "5,8", 5800000, "count", "lượt hành khách", status="estimate", percent=105,
      change=CH("increase", 21.4, baseline="năm 2022"), subject="sản lượng xe buýt", period=Y23),
    F("ước đạt 1,62 triệu", "1,62", 1620000, "count", "lượt", status="estimate", subject="sản lượng xe buýt",
      period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("có 2.380 xe", "2.380", 2380, "count", "xe taxi", subject=SUB_TAXI, period=ASOF),
    F("của 26 doanh nghiệp", "26", 26, "count", "doanh nghiệp", subject="doanh nghiệp taxi", period=ASOF),
    F("(1.215 xe)", "1.215", 1215, "count", "xe", subject=SUB_TAXI, period=ASOF, location="Hạ Long"),
    F("(436 xe)", "436", 436, "count", "xe", subject=SUB_TAXI, period=ASOF, location="Cẩm Phả"),
    F("(318 xe)", "318", 318, "count", "xe", subject=SUB_TAXI, period=ASOF, location="Uông Bí"),
    F("(204 xe)", "204", 204, "count", "xe", subject=SUB_TAXI, period=ASOF, location="Móng Cái"),
    F("khoảng 1.150 xe", "1.150", 1150, "count", "xe", approx="about",
      change=CH("increase", 2, unit="lần", approx="nearly", baseline="năm 2022"),
      subject="xe hợp đồng điện tử (Grab, Xanh SM, Be)", period=I(ASOF)),
    F("có 12 bến", "12", 12, "count", "bến xe khách", subject="bến xe khách"),
    F("đó 4 bến", "4", 4, "count", "bến", total=12, subject="bến xe khách đạt loại 1"),
    F("là 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", subject="tổng kinh phí trợ giá xe buýt",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tỉnh 30 tỷ đồng", "30", 30000000000, "money", "đồng", total=38600000000,
      subject="kinh phí trợ giá xe buýt từ ngân sách tỉnh", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("phương 8,6 tỷ đồng", "8,6", 8600000000, "money", "đồng", total=38600000000,
      subject="kinh phí trợ giá xe buýt từ ngân sách các địa phương", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("15-20 phút", "15", 15, "measure", "phút/chuyến", value_max=20,
      subject="tần suất tuyến 01 Bãi Cháy – Vân Đồn và tuyến 03 Hạ Long – Cẩm Phả"),
    F("mới 4 tuyến", "4", 4, "count", "tuyến", status="target", subject="tuyến xe buýt mở mới", period=Y24),
    F("lên 6%", "6", 6, "percent", "%", status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải công cộng", period=Y24),
    F("thêm 60 xe", "60", 60, "count", "xe buýt điện", status="forecast", subject="xe buýt điện đưa vào khai thác",
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
]

COMMENTS = [
    "Báo Quảng Ninh điện tử, byline + time dateline 'Thanh Tùng 14:25, 26/12/2023': xe buýt năm 2023, taxi by city, xe hợp đồng điện tử,",
    "trợ giá and its sources, 2024 targets. Distractors: Tuyến 01/03, Quốc lộ 18, 'Kỳ họp thứ 16 HĐND tỉnh khóa XIV', phone,",
    "'số 12 đường 25/4' (a street named by a date), 'loại 1' (a grade). 'Riêng quý IV/2023' has no part-of cue: no total.",
    "Taxi list 'tập trung chủ yếu tại ...' does not add up to 2.380 and has no part-of cue: no total; each city is the item's location.",
    "'tăng gần gấp đôi so với năm 2022' → change 2 lần, approx nearly. 'trong đó ngân sách tỉnh ...' parts → total 38,6 tỷ.",
    "'đặt mục tiêu năm 2024 ... , nâng ... lên 6%' → both target; 'Dự kiến trong quý III/2024' → forecast.",
]

if __name__ == "__main__":
    emit("p612-8", TEXT, COMMENTS, FIGS, published="2023-12-26", location="Quảng Ninh")
