"""p886-8: Báo Bắc Giang online (BGĐT), Sơn Động households switching away from open firewood stoves, Q1/2025."""
from lib import F, period, inherit, change, write

TEXT = """Sơn Động: 68% hộ dân đã dùng bếp sạch, bếp tiết kiệm củi

Cập nhật: 10:25, 22/04/2025

(BGĐT) - Quý I/2025, huyện Sơn Động có thêm 1.320 hộ chuyển từ đun củi sang dùng bếp gas, bếp điện hoặc bếp củi cải tiến. Trong số hộ chuyển đổi, 760 hộ dùng bếp gas, 340 hộ dùng bếp điện từ, 220 hộ lắp bếp củi cải tiến.

Đến nay, tỷ lệ hộ dùng bếp sạch, bếp tiết kiệm củi toàn huyện đạt 68%, tăng 3,5 điểm phần trăm so với cuối năm 2024. Các xã An Lạc, Vân Sơn, Hữu Sản có tỷ lệ trên 75%; thấp nhất là xã Thanh Luận với 52%.

Theo Hạt Kiểm lâm Sơn Động, lượng củi khai thác từ rừng tự nhiên năm 2024 ước khoảng 21.000 ster, giảm gần 30% so với năm 2021. Bình quân mỗi hộ đun bếp củi hở tiêu thụ 10-12 kg củi mỗi ngày, trong khi hộ dùng bếp cải tiến chỉ cần 5-6 kg. Số vụ vi phạm lâm luật năm 2024 là 38 vụ, giảm 14 vụ so với năm trước.

Huyện hỗ trợ 50% giá trị bếp, tối đa 1,5 triệu đồng/hộ cho hộ nghèo, hộ cận nghèo theo Nghị quyết số 05-NQ/HU. Năm 2024, huyện chi 3,6 tỷ đồng cho nội dung này, gấp 2 lần năm 2023.

Mục tiêu đến năm 2025, 80% hộ dân toàn huyện sử dụng bếp sạch, bếp tiết kiệm củi; giảm ít nhất 40% lượng củi khai thác so với năm 2021. Huyện dự kiến trong quý II/2025 hỗ trợ thêm khoảng 900 hộ ở các thôn dọc Quốc lộ 31 và Quốc lộ 279.

Hoàng Anh
"""

PQ1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
PNOW = period("Đến nay", None, "2025-04-22")
P24 = period("năm 2024", "2024-01-01", "2024-12-31")
P24b = period("Năm 2024", "2024-01-01", "2024-12-31")
P25 = period("đến năm 2025", None, "2025-12-31")
PQ2 = period("quý II/2025", "2025-04-01", "2025-06-30")
SRATE = "tỷ lệ hộ dùng bếp sạch, bếp tiết kiệm củi"

FIGS = [
    F("Sơn Động: 68%", "68", 68, "percent", "%", "hộ dân đã dùng bếp sạch, bếp tiết kiệm củi"),
    F("thêm 1.320 hộ", "1.320", 1320, "count", "hộ", "hộ chuyển từ đun củi sang dùng bếp gas, bếp điện hoặc bếp củi cải tiến",
      period=PQ1),
    F("760 hộ", "760", 760, "count", "hộ", "hộ dùng bếp gas", total=1320, period=inherit(PQ1)),
    F("340 hộ", "340", 340, "count", "hộ", "hộ dùng bếp điện từ", total=1320, period=inherit(PQ1)),
    F("220 hộ", "220", 220, "count", "hộ", "hộ lắp bếp củi cải tiến", total=1320, period=inherit(PQ1)),
    F("đạt 68%", "68", 68, "percent", "%", SRATE + " toàn huyện",
      change=change("increase", 3.5, "điểm phần trăm", "cuối năm 2024"), period=PNOW),
    F("trên 75%", "75", 75, "percent", "%", SRATE, approx="over", period=inherit(PNOW)),
    F("với 52%", "52", 52, "percent", "%", SRATE, period=inherit(PNOW)),
    F("khoảng 21.000 ster", "21.000", 21000, "measure", "ster", "lượng củi khai thác từ rừng tự nhiên", approx="about",
      status="estimate", change=change("decrease", 30, baseline="năm 2021", approx="nearly"), period=P24),
    F("tiêu thụ 10-12 kg", "10", 10, "measure", "kg/ngày", "củi mỗi hộ đun bếp củi hở tiêu thụ", value_max=12),
    F("cần 5-6 kg", "5", 5, "measure", "kg/ngày", "củi hộ dùng bếp cải tiến cần", value_max=6),
    F("là 38 vụ", "38", 38, "count", "vụ", "vụ vi phạm lâm luật", change=change("decrease", 14, "vụ", "năm trước"),
      period=P24),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ giá trị bếp"),
    F("tối đa 1,5 triệu", "1,5", 1.5e6, "money", "đồng/hộ", "mức hỗ trợ tối đa", approx="at_most"),
    F("chi 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí huyện chi hỗ trợ bếp",
      change=change("increase", 2, "lần", "năm 2023"), period=P24b),
    F("80% hộ dân", "80", 80, "percent", "%", "hộ dân toàn huyện sử dụng bếp sạch, bếp tiết kiệm củi",
      status="target", period=P25),
    F("ít nhất 40%", "40", 40, "percent", "%", "lượng củi khai thác giảm so với năm 2021", approx="at_least",
      status="target", period=P25),
    F("khoảng 900 hộ", "900", 900, "count", "hộ", "hộ được hỗ trợ thêm", approx="about", status="forecast", period=PQ2),
]

NOTES = [
    "Báo Bắc Giang online: headline figure '68%', 'Cập nhật: 10:25, 22/04/2025', tag '(BGĐT) -', byline at the end.",
    "Parts after 'Trong số hộ chuyển đổi' add up to 1.320 (total). 'Đến nay' is as-of the dateline 2025-04-22.",
    "Commune rates (An Lạc, Vân Sơn, Hữu Sản, Thanh Luận) take the district Sơn Động. 'trên 75%' is shared by three communes: one figure.",
    "'ước khoảng 21.000 ster' estimate with change 'giảm gần 30%'; 'gấp 2 lần năm 2023' after 3,6 tỷ is its change (lần).",
    "'giảm ít nhất 40% ... so với năm 2021' in the target sentence is a reduction rate standing as the claim (percent, target).",
    "Not figures: (BGĐT), Nghị quyết số 05-NQ/HU, Quốc lộ 31, Quốc lộ 279, time 10:25.",
]

write("p886-8", TEXT, FIGS, NOTES, published="2025-04-22", location="Sơn Động")
