"""p1053-6: national newspaper (VnExpress style), TP Hồ Chí Minh, 8 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ sáu, 13/9/2024, 14:20 (GMT+7)

Cảng Cát Lái quá tải, container ùn ứ

Sản lượng container qua cảng Cát Lái 8 tháng đầu năm đạt hơn 3,5 triệu TEU, chiếm gần 46% lượng container qua các cảng TP HCM.

Theo Tổng công ty Tân Cảng Sài Gòn, tính đến hết tháng 8/2024 cảng Cát Lái đã xếp dỡ 3,56 triệu TEU, tăng 12% so với cùng kỳ năm ngoái. Tổng sản lượng container qua các cảng biển TP HCM cùng kỳ ước đạt 7,8 triệu TEU. Bãi chứa của cảng rộng khoảng 110 ha, sức chứa thiết kế 85.000 TEU. Ngày cao điểm, lượng container tồn bãi lên tới 98.000 TEU, vượt mức thiết kế khoảng 15%.

Cảng Cát Lái được thiết kế với công suất khoảng 4,5 triệu TEU mỗi năm, nhưng năm 2023 đã khai thác 5,1 triệu TEU, vượt công suất hơn 13%. Tân Cảng Sài Gòn dự báo cả năm 2024 sản lượng qua Cát Lái có thể đạt 5,3 triệu TEU. Mỗi ngày có trung bình 22.000-24.000 lượt xe ra vào cảng, khiến các tuyến Nguyễn Thị Định, Mai Chí Thọ và Xa lộ Hà Nội thường xuyên ùn tắc.

Ông Nguyễn Văn Tám, một tài xế xe đầu kéo, cho biết có ngày phải chờ 4-5 tiếng mới lấy được hàng. Cước vận chuyển nội thành tăng thêm 300.000-500.000 đồng/chuyến.

Để giảm tải, thành phố đã trình Thủ tướng chủ trương đầu tư siêu cảng trung chuyển quốc tế tại huyện Cần Giờ. Dự án có tổng vốn đầu tư dự kiến 113.500 tỷ đồng (khoảng 5,4 tỷ USD), công suất thiết kế 16,9 triệu TEU/năm, dự kiến khởi công trong quý II/2025.

Thu Hằng
"""

LOC = "TP Hồ Chí Minh"
M8 = P("tính đến hết tháng 8/2024", None, "2024-08-31")

FIGS = [
    F("đạt hơn 3,5 triệu TEU", "3,5", 3.5e6, "measure", "TEU", approx="over", percent=46,
      subject="sản lượng container qua cảng Cát Lái",
      period=P("8 tháng đầu năm", "2024-01-01", "2024-08-31")),
    F("xếp dỡ 3,56 triệu TEU", "3,56", 3.56e6, "measure", "TEU",
      change=C("+", 12, baseline="cùng kỳ năm ngoái"),
      subject="container cảng Cát Lái xếp dỡ", period=P("tính đến hết tháng 8/2024", None, "2024-08-31")),
    F("ước đạt 7,8 triệu TEU", "7,8", 7.8e6, "measure", "TEU", status="estimate",
      subject="tổng sản lượng container qua các cảng biển TP HCM", period=I(M8)),
    F("khoảng 110 ha", "110", 110, "measure", "ha", approx="about", subject="diện tích bãi chứa của cảng"),
    F("thiết kế 85.000 TEU", "85.000", 85000, "measure", "TEU", subject="sức chứa thiết kế bãi chứa"),
    F("lên tới 98.000 TEU", "98.000", 98000, "measure", "TEU",
      change=C("+", 15, baseline="mức thiết kế", approx="about"),
      subject="lượng container tồn bãi ngày cao điểm"),
    F("khoảng 4,5 triệu TEU", "4,5", 4.5e6, "measure", "TEU/năm", approx="about",
      subject="công suất thiết kế cảng Cát Lái"),
    F("khai thác 5,1 triệu TEU", "5,1", 5.1e6, "measure", "TEU",
      change=C("+", 13, baseline="công suất", approx="over"),
      subject="sản lượng container cảng Cát Lái khai thác",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 5,3 triệu TEU", "5,3", 5.3e6, "measure", "TEU", status="forecast",
      subject="sản lượng container qua Cát Lái", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("trung bình 22.000-24.000 lượt xe", "22.000", 22000, "measure", "lượt xe/ngày", value_max=24000,
      subject="lượt xe ra vào cảng mỗi ngày"),
    F("chờ 4-5 tiếng", "4", 4, "measure", "tiếng", value_max=5,
      subject="thời gian chờ lấy hàng"),
    F("thêm 300.000-500.000 đồng/chuyến", "300.000", 300000, "money", "đồng/chuyến", value_max=500000,
      subject="cước vận chuyển nội thành tăng thêm"),
    F("dự kiến 113.500 tỷ đồng", "113.500", 113500e9, "money", "đồng", status="forecast",
      subject="tổng vốn đầu tư siêu cảng trung chuyển quốc tế", location="Cần Giờ"),
    F("khoảng 5,4 tỷ USD", "5,4", 5.4e9, "money", "USD", approx="about", status="forecast",
      location="Cần Giờ", optional=True),
    F("thiết kế 16,9 triệu TEU/năm", "16,9", 16.9e6, "measure", "TEU/năm", status="forecast",
      subject="công suất thiết kế siêu cảng trung chuyển quốc tế", location="Cần Giờ"),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ sáu, 13/9/2024, 14:20 (GMT+7)'): congestion at cảng Cát Lái, TP Hồ Chí Minh; byline at the end.",
    "Lead '8 tháng đầu năm' has no year: 2024 from the dateline. 'chiếm gần 46%' is the percent of 3,5 triệu TEU (the approx belongs to the share).",
    "'tính đến hết tháng 8/2024' is an as-of phrase: start null, end 2024-08-31.",
    "'vượt mức thiết kế khoảng 15%', 'vượt công suất hơn 13%': gaps to a design capacity, changes of the figure before (cf. 'vượt 5% kế hoạch').",
    "'4,5 triệu TEU mỗi năm' is a capacity rate (TEU/năm); 'Mỗi ngày có trung bình 22.000-24.000 lượt xe' a rate (lượt xe/ngày, measure).",
    "'chờ 4-5 tiếng' (a driver's account) and 'tăng thêm 300.000-500.000 đồng/chuyến' (an increment stated as the claim) are figures.",
    "Cần Giờ port: the district named ('tại huyện Cần Giờ') is the location; '(khoảng 5,4 tỷ USD)' restates the capital in USD: optional.",
    "Distractors: 'Nguyễn Văn Tám' (a name), 'Xa lộ Hà Nội', 'quý II/2025' (a schedule), time '14:20', 'GMT+7'.",
]

if __name__ == "__main__":
    write("p1053-6", TEXT, FIGS, COMMENTS, published="2024-09-13", location=LOC)
