"""p1328-8: radio/TV site (QTV Quảng Ninh): a water company's AGM: 2023 results, rank, losses, 2024 plan, tariff proposal."""
from lib import F, period, inherit, change, target, write

TEXT = """QTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NINH
Thời sự | Kinh tế | Xã hội | Video

Nước sạch Bình Minh đặt mục tiêu doanh thu 960 tỷ đồng

Đăng lúc: 18:30 26/04/2024 | Phát trong Bản tin Thời sự 19h45

Sáng 26/4, Công ty cổ phần Nước sạch Bình Minh Quảng Ninh tổ chức Đại hội đồng cổ đông thường niên năm 2024 với sự tham dự của cổ đông đại diện 86,7% vốn điều lệ. Năm 2023, công ty sản xuất 52,3 triệu m3 nước, tiêu thụ 44,1 triệu m3; doanh thu đạt 912 tỷ đồng, vượt 4,2% kế hoạch; lợi nhuận trước thuế 86,5 tỷ đồng, tăng 11% so với năm 2022. Đại hội thông qua mức chi trả cổ tức năm 2023 là 8% bằng tiền mặt.

Hiện công ty cấp nước cho khoảng 178.000 khách hàng tại 9 địa phương trong tỉnh, đứng thứ 3 trong số 12 doanh nghiệp cấp nước của tỉnh về sản lượng. Tỷ lệ thất thoát nước giảm từ 21,6% năm 2022 xuống 18,9% năm 2023.

Năm nay, công ty đặt mục tiêu doanh thu 960 tỷ đồng, lợi nhuận trước thuế 90 tỷ đồng; đầu tư 215 tỷ đồng cải tạo khoảng 60 km đường ống cũ, lắp mới 25.000 đồng hồ thông minh và đưa tỷ lệ thất thoát xuống còn 17%.

Giá nước sinh hoạt bình quân hiện là 12.650 đồng/m3; theo phương án trình UBND tỉnh, giá dự kiến được điều chỉnh lên 13.900 đồng/m3 từ ngày 1/7/2024, tăng 9,9%.

Thời lượng: 00:02:15 | Biên tập: Thu Trang
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("Bình Minh đặt mục tiêu doanh thu 960", "960", 960e9, "money", "đồng", "doanh thu", status="target"),
    F("diện 86,7% vốn", "86,7", 86.7, "percent", "%", "vốn điều lệ của cổ đông tham dự đại hội"),
    F("sản xuất 52,3 triệu", "52,3", 52.3e6, "measure", "m3", "nước công ty sản xuất", Y23),
    F("tiêu thụ 44,1 triệu", "44,1", 44.1e6, "measure", "m3", "nước tiêu thụ", Y23),
    F("đạt 912 tỷ", "912", 912e9, "money", "đồng", "doanh thu", Y23,
      change=change("increase", 4.2, "%", "kế hoạch")),
    F("thuế 86,5 tỷ", "86,5", 86.5e9, "money", "đồng", "lợi nhuận trước thuế", Y23,
      change=change("increase", 11, "%", "năm 2022")),
    F("là 8% bằng", "8", 8, "percent", "%", "mức chi trả cổ tức bằng tiền mặt", period("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 178.000 khách", "178.000", 178000, "count", "khách hàng", "khách hàng công ty cấp nước", approx="about"),
    F("tại 9 địa phương", "9", 9, "count", "địa phương", "địa phương công ty cấp nước"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "sản lượng", total=12),
    F("từ 21,6%", "21,6", 21.6, "percent", "%", "tỷ lệ thất thoát nước", period("năm 2022", "2022-01-01", "2022-12-31")),
    F("xuống 18,9%", "18,9", 18.9, "percent", "%", "tỷ lệ thất thoát nước", period("năm 2023", "2023-01-01", "2023-12-31")),
    F("công ty đặt mục tiêu doanh thu 960", "960", 960e9, "money", "đồng", "doanh thu", NOW, status="target"),
    F("thuế 90 tỷ", "90", 90e9, "money", "đồng", "lợi nhuận trước thuế", NOW, status="target"),
    F("đầu tư 215 tỷ", "215", 215e9, "money", "đồng", "vốn đầu tư cải tạo đường ống cũ", NOW, status="target"),
    F("khoảng 60 km", "60", 60, "measure", "km", "đường ống cũ được cải tạo", NOW, approx="about", status="target"),
    F("mới 25.000 đồng hồ", "25.000", 25000, "count", "đồng hồ", "đồng hồ thông minh lắp mới", NOW, status="target"),
    F("còn 17%", "17", 17, "percent", "%", "tỷ lệ thất thoát", NOW, status="target"),
    F("là 12.650 đồng", "12.650", 12650, "money", "đồng/m3", "giá nước sinh hoạt bình quân"),
    F("lên 13.900 đồng", "13.900", 13900, "money", "đồng/m3", "giá nước sinh hoạt bình quân", status="forecast",
      change=change("increase", 9.9, "%")),
]

NOTES = [
    "Radio/TV site (QTV Quảng Ninh): menu, 'Đăng lúc: 18:30 26/04/2024' (published), broadcast slot, duration, editor.",
    "Distractors: 18:30, '19h45' (time of day), 'Sáng 26/4', 'năm 2024' in the AGM's name, 'ngày 1/7/2024', '00:02:15', the '3' of 'm3'.",
    "'vượt 4,2% kế hoạch' → change with baseline kế hoạch (a gap to plan). 'đứng thứ 3 trong số 12 doanh nghiệp' → rank 3, total 12",
    "(the 12 is an attribute only). 'từ 21,6% năm 2022 xuống 18,9% năm 2023' → two figures with their own years.",
    "Headline target 960 tỷ has no period in its line; the body's 'Năm nay' = 2024 (published). 'dự kiến' → 13.900 is forecast;",
    "the current price 12.650 ('hiện là') is actual; 'tăng 9,9%' belongs to 13.900 across the date phrase. Effective date: no period.",
    "revised after the first run: rank subject 'sản lượng trong số doanh nghiệp cấp nước của tỉnh' → 'sản lượng' (the ranked index;",
    "the field of the ranking, '12 doanh nghiệp cấp nước của tỉnh', is the total, as in the shared gold's ranks).",
    "The company is provincial (customers in 9 localities of Quảng Ninh): location Quảng Ninh.",
]

if __name__ == "__main__":
    write("p1328-8", TEXT, NOTES, FIGS, published="2024-04-26", location="Quảng Ninh")
