from lib import F, P, I, CH, emit

TEXT = """BÁO ĐỒNG NAI
Kinh tế

Nắng nóng, phụ tải điện liên tục lập đỉnh mới
Thứ Hai, 06/05/2024 - 10:15

(ĐN) - Những ngày cuối tháng 4, nhiệt độ ngoài trời tại Biên Hòa có lúc lên tới 38 độ C khiến nhu cầu sử dụng điện cho sinh hoạt và sản xuất tăng vọt.

Theo Công ty Điện lực Đồng Nai, ngày 29/4, công suất tiêu thụ cực đại (Pmax) toàn tỉnh đạt 2.786 MW, tăng 11,8% so với cùng kỳ năm 2023; sản lượng tiêu thụ trong ngày lên tới 58,3 triệu kWh, mức cao nhất từ trước đến nay. Tính chung tháng 4/2024, sản lượng điện thương phẩm ước đạt 1,71 tỷ kWh, tăng 14,2%; 4 tháng đầu năm đạt khoảng 6,3 tỷ kWh.

Các khu vực có phụ tải tăng mạnh gồm TP.Biên Hòa (tăng 13,5%), huyện Nhơn Trạch (12,9%) và Long Thành (12,1%). Phụ tải khu vực dân cư hiện chiếm trên 28% tổng công suất vào giờ cao điểm buổi tối.

Dự báo phụ tải đỉnh trong tháng 5 có thể dao động từ 2.800 đến 2.900 MW. Để đảm bảo cấp điện, từ đầu năm đến nay, ngành điện đã triển khai 126 công trình với tổng vốn hơn 1.250 tỷ đồng, trong đó 18 công trình lưới điện 110 kV đã đóng điện, nâng khả năng tải thêm gần 600 MVA.

Ông Trần Văn Hào, Phó giám đốc Công ty Điện lực Đồng Nai khuyến cáo người dân sử dụng điện tiết kiệm, nhất là trong khung giờ cao điểm từ 13 giờ đến 15 giờ và từ 19 giờ đến 22 giờ; cài đặt điều hòa nhiệt độ từ 26 độ C trở lên. Mỗi hộ gia đình tiết kiệm 10% lượng điện sẽ giảm đáng kể tiền điện phải trả mỗi tháng.

Hải Quân
"""

M4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
FIGS = [
    F("lên tới 38 độ C", "38", 38, "measure", "độ C", "nhiệt độ ngoài trời", None, location="Biên Hòa"),
    F("đạt 2.786 MW", "2.786", 2786, "measure", "MW", "công suất tiêu thụ cực đại (Pmax)",
      P("ngày 29/4", "2024-04-29", "2024-04-29"), change=CH("increase", 11.8, baseline="cùng kỳ năm 2023")),
    F("lên tới 58,3 triệu kWh", "58,3", 58.3e6, "measure", "kWh", "sản lượng tiêu thụ trong ngày",
      P("ngày 29/4", "2024-04-29", "2024-04-29")),
    F("ước đạt 1,71 tỷ kWh", "1,71", 1.71e9, "measure", "kWh", "sản lượng điện thương phẩm", M4,
      status="estimate", change=CH("increase", 14.2)),
    F("khoảng 6,3 tỷ kWh", "6,3", 6.3e9, "measure", "kWh", "sản lượng điện thương phẩm",
      P("4 tháng đầu năm", "2024-01-01", "2024-04-30"), approx="about"),
    F("Biên Hòa (tăng 13,5%)", "13,5", 13.5, "percent", "%", "phụ tải tăng", I(M4), location="Biên Hòa"),
    F("Nhơn Trạch (12,9%)", "12,9", 12.9, "percent", "%", "phụ tải tăng", I(M4), location="Nhơn Trạch"),
    F("Long Thành (12,1%)", "12,1", 12.1, "percent", "%", "phụ tải tăng", I(M4), location="Long Thành"),
    F("chiếm trên 28%", "28", 28, "percent", "%", "phụ tải khu vực dân cư trong tổng công suất giờ cao điểm buổi tối",
      None, approx="over"),
    F("từ 2.800 đến 2.900 MW", "2.800", 2800, "measure", "MW", "phụ tải đỉnh",
      P("tháng 5", "2024-05-01", "2024-05-31"), value_max=2900, status="forecast"),
    F("triển khai 126 công trình", "126", 126, "count", "công trình", "công trình ngành điện triển khai",
      P("từ đầu năm đến nay", "2024-01-01", "2024-05-06")),
    F("hơn 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", "tổng vốn các công trình",
      P("từ đầu năm đến nay", "2024-01-01", "2024-05-06"), approx="over"),
    F("18 công trình lưới điện", "18", 18, "count", "công trình", "công trình lưới điện 110 kV đã đóng điện",
      P("từ đầu năm đến nay", "2024-01-01", "2024-05-06"), total=126),
    F("110 kV đã", "110", 110, "measure", "kV", "cấp điện áp lưới điện", None, optional=True),
    F("gần 600 MVA", "600", 600, "measure", "MVA", "khả năng tải tăng thêm",
      P("từ đầu năm đến nay", "2024-01-01", "2024-05-06"), approx="nearly"),
    F("từ 26 độ C trở lên", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa", None, approx="at_least", optional=True),
    F("tiết kiệm 10% lượng điện", "10", 10, "percent", "%", "lượng điện tiết kiệm", None, optional=True),
]

COMMENTS = [
    "Báo Đồng Nai: heat wave, Pmax record on 29/4/2024, electricity sales April and 4 months, districts' load growth, May forecast, grid works.",
    "Dateline 'Thứ Hai, 06/05/2024 - 10:15'. '(ĐN)' tag and the title imply Đồng Nai. 'cuối tháng 4', 'ngày 29/4' are dates.",
    "Growth rates in the district list are percent figures (no base amount), places in location. 'tăng 14,2%' after 1,71 tỷ is its change.",
    "'4 tháng đầu năm đạt khoảng 6,3 tỷ': a ';' clause with its own verb and period, not governed by the earlier 'ước' (as h19's '61,8 vạn tấn') -> actual.",
    "revised: 6,3 tỷ kWh status estimate -> actual (h19 precedent; first annotation read the ';' clause as continuing 'ước đạt'). 'từ đầu năm đến nay' ends at the dateline.",
    "18 công trình is a part of 126 công trình ('trong đó'). '110 kV' is a voltage class (optional). Advice thresholds (26 độ C, 10%) are optional.",
    "Distractors: times '13 giờ đến 15 giờ', '19 giờ đến 22 giờ'.",
]
emit("p456-2", TEXT, COMMENTS, FIGS, published="2024-05-06", location="Đồng Nai")
