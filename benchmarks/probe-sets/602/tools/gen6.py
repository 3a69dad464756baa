"""p602-6: national press — Hà Nội peak load record June 2024, consumption, outages, bills, tariff tiers."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ năm, 20/6/2024, 14:32 (GMT+7)

Phụ tải điện Hà Nội lập đỉnh 5.120 MW

Nắng nóng gay gắt khiến công suất tiêu thụ điện của Hà Nội trưa 19/6 lên 5.120 MW, cao nhất từ trước tới nay, tăng gần 12% so với đỉnh năm ngoái.

Theo Tổng công ty Điện lực TP Hà Nội (EVNHANOI), sản lượng điện tiêu thụ ngày 19/6 đạt 98,6 triệu kWh. Tháng 5 vừa qua, điện thương phẩm toàn thành phố đạt 2.395 triệu kWh, tăng 14,7% so với cùng kỳ; trong đó thành phần quản lý, tiêu dùng dân cư chiếm gần 55%.

EVNHANOI cho biết 5 tháng đầu năm, thời gian mất điện bình quân mỗi khách hàng tại Hà Nội khoảng 3,1 giờ; có 12 quận, huyện không phải cắt điện do thiếu nguồn. Từ đầu tháng 6 đến nay, tổng đài chăm sóc khách hàng tiếp nhận hơn 41.000 cuộc gọi, tăng 27% so với tháng 5.

Bà Nguyễn Thu Hà, nhà ở ngõ 105 Láng Hạ, cho biết hóa đơn tiền điện tháng 5 của gia đình là 2,36 triệu đồng, gấp đôi tháng 3 do dùng ba điều hòa.

Theo biểu giá áp dụng trên cả nước từ ngày 9/11/2023, giá điện sinh hoạt bậc 1 (0-50 kWh) là 1.806 đồng/kWh, còn bậc 6 (từ 401 kWh trở lên) là 3.151 đồng/kWh, gấp 1,74 lần bậc 1.

Để giảm tải, EVNHANOI dự kiến đóng điện thêm 3 trạm biến áp 110kV trước ngày 30/6, nâng tổng số trạm 110kV trên địa bàn lên 82 trạm với tổng dung lượng 9.567 MVA.

Võ Hải
"""

M5 = P("Tháng 5 vừa qua", "2024-05-01", "2024-05-31")
F5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("lập đỉnh 5.120 MW", "5.120", 5120, "measure", "MW", "Phụ tải điện"),
    F("lên 5.120 MW", "5.120", 5120, "measure", "MW", "công suất tiêu thụ điện",
      P("trưa 19/6", "2024-06-19", "2024-06-19"),
      change=CH("increase", 12, "%", "đỉnh năm ngoái", approx="nearly")),
    F("đạt 98,6 triệu kWh", "98,6", 98600000, "measure", "kWh", "sản lượng điện tiêu thụ",
      P("ngày 19/6", "2024-06-19", "2024-06-19")),
    F("đạt 2.395 triệu kWh", "2.395", 2395000000, "measure", "kWh", "điện thương phẩm toàn thành phố", M5,
      change=CH("increase", 14.7, "%", "cùng kỳ")),
    F("gần 55%", "55", 55, "percent", "%", "thành phần quản lý, tiêu dùng dân cư", M5, approx="nearly"),
    F("khoảng 3,1 giờ", "3,1", 3.1, "measure", "giờ", "thời gian mất điện bình quân mỗi khách hàng", F5,
      approx="about"),
    F("có 12 quận, huyện", "12", 12, "count", "quận, huyện", "quận, huyện không phải cắt điện do thiếu nguồn",
      F5),
    F("hơn 41.000 cuộc gọi", "41.000", 41000, "count", "cuộc gọi", "cuộc gọi tổng đài chăm sóc khách hàng tiếp nhận",
      P("Từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-20"), approx="over",
      change=CH("increase", 27, "%", "tháng 5")),
    F("là 2,36 triệu đồng", "2,36", 2360000, "money", "đồng", "hóa đơn tiền điện tháng 5 của gia đình",
      P("tháng 5", "2024-05-01", "2024-05-31"), change=CH("increase", 2, "lần", "tháng 3")),
    F("dùng ba điều hòa", "ba", 3, "count", "điều hòa", "điều hòa gia đình dùng", optional=True),
    F("(0-50 kWh)", "0", 0, "measure", "kWh", "bậc 1 giá điện sinh hoạt", value_max=50,
      location="Việt Nam", optional=True),
    F("là 1.806 đồng/kWh", "1.806", 1806, "money", "đồng/kWh", "giá điện sinh hoạt bậc 1", location="Việt Nam"),
    F("từ 401 kWh", "401", 401, "measure", "kWh", "bậc 6 giá điện sinh hoạt", approx="at_least",
      location="Việt Nam", optional=True),
    F("là 3.151 đồng/kWh", "3.151", 3151, "money", "đồng/kWh", "giá điện sinh hoạt bậc 6",
      change=CH("increase", 1.74, "lần", "bậc 1"), location="Việt Nam"),
    F("thêm 3 trạm", "3", 3, "count", "trạm biến áp", "trạm biến áp 110kV đóng điện thêm", status="forecast"),
    F("lên 82 trạm", "82", 82, "count", "trạm", "tổng số trạm 110kV trên địa bàn", status="forecast"),
    F("9.567 MVA", "9.567", 9567, "measure", "MVA", "tổng dung lượng trạm 110kV", status="forecast"),
]

COMMENTS = [
    "National press (weekday, date, time, GMT+7; byline at the end): Hà Nội peak load 19/6/2024, May consumption,",
    "outage hours, call volume, a household bill, national tariff tiers, 110kV substations planned.",
    "The tariff sentence says 'áp dụng trên cả nước': its figures are national (Việt Nam), the rest Hà Nội.",
    "'gấp đôi tháng 3' / 'gấp 1,74 lần bậc 1' after a figure are its change (lần), not multiples of their own.",
    "Tier bounds '(0-50 kWh)', 'từ 401 kWh trở lên' define the tiers: optional. One-day periods for 'trưa 19/6', 'ngày 19/6'.",
    "Distractors: 'ngõ 105 Láng Hạ', 'bậc 1', 'bậc 6', 110kV, 'ngày 9/11/2023', 'trước ngày 30/6'. 'ba điều hòa' (one",
    "household's appliances, colour rather than a statistic): optional.",
    "'dự kiến' governs the last sentence and its continuation (nâng … lên 82 trạm … 9.567 MVA): forecast; no period given.",
]

if __name__ == "__main__":
    emit("p602-6", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Hà Nội")
