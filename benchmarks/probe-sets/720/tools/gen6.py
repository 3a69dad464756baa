"""p720-6: national press (VnExpress style), online sellers' tax in TP HCM and nationally, early 2025."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Vĩ mô

Thứ ba, 18/3/2025, 06:00 (GMT+7)

Gần 6.000 người bán hàng online ở TP HCM nộp thuế 2 tháng đầu năm

Trong 2 tháng đầu năm, 5.870 cá nhân kinh doanh trên sàn thương mại điện tử tại TP HCM đã tự khai, nộp thuế với số tiền gần 143 tỷ đồng, gấp 1,8 lần cùng kỳ năm ngoái.

Theo Chi cục Thuế khu vực II, đơn vị đang quản lý 31.625 tổ chức, cá nhân kinh doanh thương mại điện tử, trong đó có 1.342 người kinh doanh qua hình thức livestream. Năm 2024, số thu từ nhóm này đạt 3.940 tỷ đồng, tăng 27% so với năm 2023.

Cơ quan thuế cũng phát hiện 12 trường hợp livestream có doanh thu từ 10 đến 45 tỷ đồng mỗi năm nhưng không kê khai. Một cá nhân bán mỹ phẩm trên TikTok tại quận Tân Bình đã bị truy thu, phạt tổng cộng 1,27 tỷ đồng.

Trên phạm vi cả nước, theo Cục Thuế (Bộ Tài chính), năm 2024 thu từ hoạt động thương mại điện tử đạt 116.000 tỷ đồng. Hiện cả nước có khoảng 1,7 triệu cá nhân bán hàng qua mạng nhưng mới 42% đã đăng ký thuế.

Theo dự thảo nghị định đang lấy ý kiến, sàn thương mại điện tử có chức năng thanh toán sẽ khấu trừ thuế thay người bán với tỷ lệ 1,5% trên doanh thu đối với hộ, cá nhân kinh doanh hàng hóa (1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân). Bộ Tài chính dự kiến quy định này giúp tăng thu khoảng 2.000-3.000 tỷ đồng mỗi năm.

"Người bán có doanh thu từ 100 triệu đồng trở xuống mỗi năm vẫn không phải nộp thuế", đại diện Cục Thuế cho biết.

Người bán hàng qua mạng có thể tra cứu nghĩa vụ thuế tại trụ sở Chi cục Thuế khu vực II, số 63 Vũ Tông Phan, TP Thủ Đức.

Thi Hà
"""

M2 = P("2 tháng đầu năm", "2025-01-01", "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HCM = "Thành phố Hồ Chí Minh"

FIGS = [
    F("Gần 6.000 người", "6.000", 6000, "count", "người bán hàng online", "người bán hàng online nộp thuế", M2,
      approx="nearly"),
    F("năm, 5.870 cá nhân", "5.870", 5870, "count", "cá nhân kinh doanh",
      "cá nhân kinh doanh trên sàn thương mại điện tử đã tự khai, nộp thuế", M2),
    F("gần 143 tỷ đồng", "143", 143e9, "money", "đồng", "số tiền thuế cá nhân kinh doanh trên sàn thương mại điện tử nộp", M2,
      approx="nearly", change=CH("increase", 1.8, "lần", "cùng kỳ năm ngoái")),
    F("quản lý 31.625 tổ chức", "31.625", 31625, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân kinh doanh thương mại điện tử đang quản lý"),
    F("có 1.342 người", "1.342", 1342, "count", "người", "người kinh doanh qua hình thức livestream", total=31625),
    F("đạt 3.940 tỷ đồng", "3.940", 3.94e12, "money", "đồng", "số thu từ nhóm kinh doanh thương mại điện tử", Y24,
      change=CH("increase", 27, "%", "năm 2023")),
    F("phát hiện 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp livestream không kê khai"),
    F("từ 10 đến 45 tỷ đồng", "10", 10e9, "money", "đồng", "doanh thu mỗi năm của các trường hợp livestream không kê khai",
      value_max=45e9),
    F("cộng 1,27 tỷ đồng", "1,27", 1.27e9, "money", "đồng", "số tiền truy thu, phạt một cá nhân bán mỹ phẩm trên TikTok",
      location="Tân Bình"),
    F("đạt 116.000 tỷ đồng", "116.000", 116e12, "money", "đồng", "thu từ hoạt động thương mại điện tử",
      P("năm 2024", "2024-01-01", "2024-12-31"), location="Việt Nam"),
    F("khoảng 1,7 triệu cá nhân", "1,7", 1.7e6, "count", "cá nhân", "cá nhân bán hàng qua mạng", approx="about",
      location="Việt Nam"),
    F("mới 42%", "42", 42, "percent", "%", "cá nhân bán hàng qua mạng đã đăng ký thuế", location="Việt Nam"),
    F("tỷ lệ 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ khấu trừ thuế trên doanh thu đối với hộ, cá nhân kinh doanh hàng hóa",
      location="Việt Nam"),
    F("(1% thuế", "1", 1, "percent", "%", "thuế giá trị gia tăng khấu trừ", total=1.5, location="Việt Nam"),
    F("và 0,5% thuế", "0,5", 0.5, "percent", "%", "thuế thu nhập cá nhân khấu trừ", total=1.5, location="Việt Nam"),
    F("khoảng 2.000-3.000 tỷ đồng", "2.000", 2e12, "money", "đồng", "tăng thu mỗi năm nhờ khấu trừ thuế qua sàn",
      value_max=3e12, approx="about", status="forecast", location="Việt Nam"),
    F("từ 100 triệu đồng", "100", 100e6, "money", "đồng", "ngưỡng doanh thu không phải nộp thuế", optional=True,
      location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ ba, 18/3/2025, 06:00 (GMT+7)', byline at the end): online sellers' tax, TP HCM + national.",
    "Default location Thành phố Hồ Chí Minh; national sentences (cả nước, Cục Thuế, the draft decree, Bộ Tài chính) → Việt Nam;",
    "the fine of one seller 'tại quận Tân Bình' → Tân Bình. '2 tháng đầu năm' takes 2025 from the dateline.",
    "'gấp 1,8 lần cùng kỳ năm ngoái' is the change of 143 tỷ. Withholding rates are percent figures; the bracketed 1% + 0,5% add up",
    "to 1,5% → total 1,5. Ranges 10-45 tỷ, 2.000-3.000 tỷ (forecast, about). 100 triệu threshold optional.",
    "Distractors: (GMT+7), 'Chi cục Thuế khu vực II', số 63 Vũ Tông Phan, 'hàng online' headline words.",
]

if __name__ == "__main__":
    emit("p720-6", TEXT, COMMENTS, FIGS, published="2025-03-18", location=HCM)
