"""p868-6: national newspaper - TP HCM water bills jump in the hot season (April 2024), meter checks, tariff, smart meters."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ tư, 15/5/2024, 06:30 (GMT+7)
Hóa đơn tiền nước tăng vọt trong mùa nắng nóng
Nhiều hộ dân TP HCM phản ánh tiền nước tháng 4 tăng gấp đôi, trong khi ngành nước cho rằng lượng tiêu thụ tăng mạnh do nắng nóng kéo dài.

Gia đình bà Trần Thị Năm ở phường 12, quận Gò Vấp, có 5 người, thường trả khoảng 280.000 đồng tiền nước mỗi tháng. Tuy nhiên hóa đơn kỳ tháng 4 lên tới 612.000 đồng, với lượng nước tiêu thụ 38 m3.

Theo Tổng công ty Cấp nước Sài Gòn (Sawaco), tháng 4/2024 sản lượng nước tiêu thụ bình quân trên địa bàn thành phố đạt khoảng 2,1 triệu m3/ngày, tăng 7% so với cùng kỳ. Số cuộc gọi đến tổng đài 1900.545.580 phản ánh hóa đơn tăng cao là 3.460 cuộc, gấp 2,5 lần tháng trước.

Sawaco cho biết đã kiểm tra ngẫu nhiên 1.250 đồng hồ nước của các hộ có hóa đơn tăng trên 50%; trong số này chỉ có 17 đồng hồ chạy vượt sai số cho phép, chiếm 1,4%. Đơn vị đã thay mới miễn phí các đồng hồ này và điều chỉnh hóa đơn cho khách hàng.

Theo biểu giá hiện hành, hộ dân TP HCM trả 6.700 đồng/m3 cho 4 m3 đầu tiên mỗi người mỗi tháng; từ trên 4 m3 đến 6 m3 là 12.900 đồng/m3 và trên 6 m3 là 14.400 đồng/m3. Vì tính theo bậc thang, khi lượng dùng vượt định mức, tiền nước tăng nhanh hơn lượng nước.

Ông Nguyễn Hữu Sáu, Phó phòng Kinh doanh Sawaco, khuyến cáo người dân kiểm tra chỉ số đồng hồ định kỳ. Hiện khoảng 62.000 khách hàng đã được lắp đồng hồ nước thông minh, dự kiến cuối năm 2024 nâng lên 100.000 khách hàng.

Lê Tuyết
"""

APR = P("kỳ tháng 4", "2024-04-01", "2024-04-30")
APR2 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
TIER = "giá nước sinh hoạt hộ dân"

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "tiền nước tháng 4 tăng", optional=True),
    F("có 5 người", "5", 5, "count", "người", "thành viên gia đình", location="Gò Vấp", optional=True),
    F("khoảng 280.000 đồng", "280.000", 280_000, "money", "đồng/tháng", "tiền nước gia đình thường trả mỗi tháng",
      approx="about", location="Gò Vấp"),
    F("lên tới 612.000 đồng", "612.000", 612_000, "money", "đồng", "hóa đơn tiền nước", APR, location="Gò Vấp"),
    F("tiêu thụ 38 m3", "38", 38, "measure", "m3", "lượng nước tiêu thụ", APR, location="Gò Vấp"),
    F("khoảng 2,1 triệu m3/ngày", "2,1", 2_100_000, "measure", "m3/ngày", "sản lượng nước tiêu thụ bình quân", APR2,
      approx="about", change=C("increase", 7, "%", "cùng kỳ")),
    F("là 3.460 cuộc", "3.460", 3_460, "count", "cuộc", "cuộc gọi phản ánh hóa đơn tăng cao", I(APR2),
      change=C("increase", 2.5, "lần", "tháng trước")),
    F("ngẫu nhiên 1.250 đồng hồ", "1.250", 1_250, "count", "đồng hồ", "đồng hồ nước được kiểm tra ngẫu nhiên"),
    F("tăng trên 50%", "50", 50, "percent", "%", "mức tăng hóa đơn", approx="over", optional=True),
    F("chỉ có 17 đồng hồ", "17", 17, "count", "đồng hồ", "đồng hồ chạy vượt sai số cho phép", total=1_250, percent=1.4),
    F("trả 6.700 đồng/m3", "6.700", 6_700, "money", "đồng/m3", TIER + " cho 4 m3 đầu tiên mỗi người mỗi tháng"),
    F("cho 4 m3 đầu tiên", "4", 4, "measure", "m3", "định mức bậc 1 mỗi người mỗi tháng", optional=True),
    F("từ trên 4 m3 đến 6 m3", "4", 4, "measure", "m3", "định mức bậc 2", value_max=6, optional=True),
    F("là 12.900 đồng/m3", "12.900", 12_900, "money", "đồng/m3", TIER + " từ trên 4 m3 đến 6 m3"),
    F("trên 6 m3", "6", 6, "measure", "m3", "định mức bậc 3", approx="over", optional=True),
    F("là 14.400 đồng/m3", "14.400", 14_400, "money", "đồng/m3", TIER + " trên 6 m3"),
    F("khoảng 62.000 khách hàng", "62.000", 62_000, "count", "khách hàng", "khách hàng được lắp đồng hồ nước thông minh",
      approx="about"),
    F("lên 100.000 khách hàng", "100.000", 100_000, "count", "khách hàng", "khách hàng được lắp đồng hồ nước thông minh",
      P("cuối năm 2024", None, "2024-12-31"), status="forecast"),
]

NOTES = [
    "National newspaper: 'Thứ tư, 15/5/2024, 06:30 (GMT+7)', byline at the end. City figures: TP Hồ Chí Minh; the example family lives in quận Gò Vấp.",
    "'tháng 4' / 'kỳ tháng 4' without a year take 2024 (the dateline). 'gấp 2,5 lần tháng trước' after a count is its change (unit lần), not a multiple figure.",
    "'trong số này chỉ có 17 đồng hồ' takes total 1.250 and percent 1,4. Tier bounds, 'có 5 người' (example) and 'trên 50%' (selection threshold) are optional.",
    "Lead 'tăng gấp đôi' (a word, no digit) is a multiple 2 a reader may or may not count: optional. Distractors: 06:30 (GMT+7), 'Trần Thị Năm', phường 12, hotline 1900.545.580, 'Nguyễn Hữu Sáu'.",
]

write("p868-6", TEXT, NOTES, FIGS, published="2024-05-15", location="TP Hồ Chí Minh")
