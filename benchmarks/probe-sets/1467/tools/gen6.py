"""p1467-6: national newspaper: smart bathroom mirrors, national market and a firm in TP Thủ Đức."""
from lib import F, period, inherited, change, target, write

TEXT = """Kinh doanh > Hàng hóa

Thứ năm, 21/11/2024, 07:15 (GMT+7)

Gương thông minh hút khách, giá gấp 4 lần gương thường

Nhu cầu gương phòng tắm tích hợp đèn LED, sấy chống mờ, cảm ứng tăng mạnh, trong khi gần 60% gương thông minh trên thị trường là hàng nhập khẩu.

Theo Hiệp hội Kính và Thủy tinh Việt Nam, quy mô thị trường gương phòng tắm năm 2023 ước khoảng 4.200 tỷ đồng, trong đó gương thông minh chiếm gần 18%. Giai đoạn 2021-2023, phân khúc này tăng trưởng bình quân 25-30% mỗi năm.

Trên thị trường, giá gương thông minh phổ biến từ 2,5 đến 12 triệu đồng/chiếc, gấp khoảng 4 lần gương thường cùng kích thước. Các mẫu bán chạy như Lumi S3 hay Aqua M60 tích hợp đồng hồ, nhiệt độ, loa Bluetooth.

Tại TP Thủ Đức (TP HCM), Công ty TNHH Gương Ánh Dương cho biết 10 tháng đầu năm nay đã bán 27.000 chiếc gương thông minh, tăng 35% so với cùng kỳ; khoảng 20% sản lượng được xuất sang Australia. "Khách mua chủ yếu ở độ tuổi 25-40, hơn 70% đặt hàng qua sàn thương mại điện tử", ông Lê Hoàng Nam, Giám đốc công ty, nói.

Theo ông Nam, doanh nghiệp trong nước đang cạnh tranh bằng dịch vụ cắt gương theo kích thước, bảo hành 24 tháng và lắp đặt tại nhà trong ngày.

Hiệp hội dự báo đến năm 2027, gương thông minh có thể chiếm 30% thị trường gương phòng tắm, với khoảng 40 doanh nghiệp trong nước tham gia sản xuất, gấp đôi hiện nay.

Minh Thư
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
G2123 = period("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
M10 = period("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
TO27 = period("đến năm 2027", None, "2027-12-31")
TD = "Thủ Đức"

FIGS = [
    F("giá gấp 4 lần", "4", 4, "multiple", "lần", "giá gương thông minh so với gương thường"),
    F("gần 60%", "60", 60, "percent", "%", "tỷ lệ hàng nhập khẩu trong gương thông minh trên thị trường",
      approx="nearly"),
    F("ước khoảng 4.200 tỷ", "4.200", 4200e9, "money", "đồng", "quy mô thị trường gương phòng tắm", Y23,
      approx="about", status="estimate"),
    F("chiếm gần 18%", "18", 18, "percent", "%", "tỷ trọng gương thông minh trong thị trường gương phòng tắm",
      Y23, approx="nearly", status="estimate"),
    F("bình quân 25-30%", "25", 25, "percent", "%", "tăng trưởng bình quân của phân khúc gương thông minh",
      G2123, value_max=30),
    F("từ 2,5 đến 12 triệu", "2,5", 2.5e6, "money", "đồng/chiếc", "giá gương thông minh", value_max=12e6,
      change=change("increase", 4, "lần", "gương thường cùng kích thước", approx="about")),
    F("bán 27.000 chiếc", "27.000", 27000, "count", "chiếc", "gương thông minh công ty đã bán", M10,
      change=change("increase", 35, "%", "cùng kỳ"), location=TD),
    F("khoảng 20% sản lượng", "20", 20, "percent", "%", "tỷ lệ sản lượng xuất sang Australia", M10,
      approx="about", location=TD),
    F("độ tuổi 25-40", "25", 25, "measure", "tuổi", "độ tuổi khách mua", value_max=40, location=TD, optional=True),
    F("hơn 70% đặt hàng", "70", 70, "percent", "%", "khách đặt hàng qua sàn thương mại điện tử", approx="over",
      location=TD),
    F("bảo hành 24 tháng", "24", 24, "measure", "tháng", "thời gian bảo hành", optional=True),
    F("chiếm 30% thị trường", "30", 30, "percent", "%", "tỷ trọng gương thông minh trong thị trường gương phòng tắm",
      TO27, status="forecast"),
    F("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", "doanh nghiệp trong nước tham gia sản xuất",
      TO27, approx="about", status="forecast", change=change("increase", 2, "lần", "hiện nay")),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 21/11/2024, 07:15 (GMT+7)', headline, sapo, quote, byline at the end. Market figures: Việt Nam.",
    "Distractors: 07:15, '(GMT+7)', 'Giai đoạn 2021-2023' (period), product names 'Lumi S3', 'Aqua M60'.",
    "Headline 'giá gấp 4 lần gương thường' stands alone as the claim: a multiple figure. In the body the same ratio follows the price range,",
    "so 'gấp khoảng 4 lần gương thường' is the change of that range (as 'gấp khoảng 4 lần bia công nghiệp' in probe 1242).",
    "'ước khoảng 4.200 tỷ ... trong đó gương thông minh chiếm gần 18%': the share continues the 'ước' clause → estimate.",
    "'tăng trưởng bình quân 25-30% mỗi năm' is a growth rate as the claim: percent range, period 2021-2023.",
    "The firm in TP Thủ Đức: location Thủ Đức for its figures and the director's quote; '10 tháng đầu năm nay' = 2024-01..10.",
    "'độ tuổi 25-40' (an age band) and 'bảo hành 24 tháng' (a service term) are optional.",
    "'Hiệp hội dự báo đến năm 2027 ...': forecasts; 'gấp đôi hiện nay' is the change (2 lần) of 'khoảng 40 doanh nghiệp'.",
]

if __name__ == "__main__":
    write("p1467-6", TEXT, NOTES, FIGS, published="2024-11-21", location="Việt Nam")
