"""p984-8: provincial newspaper online (Báo Bạc Liêu), headline figure, '(BBL) -' tag, eCDT traceability, 5 months of 2025."""
from lib import F, asof, change, inh, months, write, year

TEXT = """
BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế
Hơn 3.200 tấn thủy sản được xác nhận nguồn gốc qua hệ thống eCDT
Cập nhật lúc 09:20, Thứ ba, 10/06/2025

(BBL) - Sau hơn 5 tháng triển khai hệ thống truy xuất nguồn gốc thủy sản khai thác điện tử (eCDT), đến nay đã có 3.246 tấn thủy sản bốc dỡ qua cảng cá Gành Hào được xác nhận nguồn gốc, chiếm 87,5% sản lượng bốc dỡ qua cảng.

Theo Chi cục Thủy sản Bạc Liêu, 5 tháng đầu năm 2025 có 1.538 lượt tàu cá cập cảng Gành Hào, trong đó 1.472 lượt thực hiện khai báo điện tử trên eCDT, đạt 95,7%. Sản lượng bốc dỡ qua cảng ước đạt 3.710 tấn, tăng 11,2% so với cùng kỳ năm 2024.

Toàn tỉnh hiện có 1.027 tàu cá, trong đó 489 tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Trong 5 tháng, có 126 lượt tàu mất kết nối quá 6 giờ, giảm 42 lượt; không có tàu mất kết nối trên 10 ngày.

Chi cục đã cấp 57 giấy xác nhận nguyên liệu thủy sản khai thác cho các doanh nghiệp chế biến, với khối lượng 1.185 tấn, chủ yếu là tôm, mực và cá đù. Giá mực ống loại 1 tại cảng hiện ở mức 180.000-200.000 đồng/kg, cao hơn 10% so với đầu năm.

Phó Giám đốc Sở Nông nghiệp và Môi trường Lê Văn Út cho biết, tỉnh phấn đấu đến cuối năm 2025 có 100% sản lượng qua cảng được xác nhận qua eCDT; dự kiến cả năm sản lượng bốc dỡ qua cảng Gành Hào đạt khoảng 9.000 tấn.

THANH PHONG
"""

M5 = months(2025, 1, 5, "5 tháng đầu năm 2025")

FIGS = [
    F("Hơn 3.200 tấn", "3.200", 3200, "measure", "tấn", "thủy sản được xác nhận nguồn gốc qua hệ thống eCDT", approx="over"),
    F("có 3.246 tấn", "3.246", 3246, "measure", "tấn", "thủy sản bốc dỡ qua cảng cá Gành Hào được xác nhận nguồn gốc",
      asof("2025-06-10", "đến nay"), percent=87.5),
    F("có 1.538 lượt", "1.538", 1538, "count", "lượt tàu cá", "lượt tàu cá cập cảng Gành Hào", M5),
    F("1.472 lượt", "1.472", 1472, "count", "lượt", "lượt thực hiện khai báo điện tử trên eCDT", M5, total=1538, percent=95.7),
    F("ước đạt 3.710 tấn", "3.710", 3710, "measure", "tấn", "sản lượng bốc dỡ qua cảng", inh(M5), status="estimate",
      change=change("increase", 11.2, baseline="cùng kỳ năm 2024")),
    F("có 1.027 tàu cá", "1.027", 1027, "count", "tàu cá", "tàu cá toàn tỉnh"),
    F("489 tàu", "489", 489, "count", "tàu", "tàu dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình", total=1027),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("có 126 lượt", "126", 126, "count", "lượt tàu", "lượt tàu mất kết nối quá 6 giờ", months(2025, 1, 5, "Trong 5 tháng"),
      change=change("decrease", 42, "lượt")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("trên 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("cấp 57 giấy", "57", 57, "count", "giấy", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp", inh(M5)),
    F("khối lượng 1.185 tấn", "1.185", 1185, "measure", "tấn", "khối lượng nguyên liệu thủy sản khai thác được xác nhận", inh(M5)),
    F("180.000-200.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá mực ống loại 1 tại cảng", value_max=200000,
      change=change("increase", 10, baseline="đầu năm")),
    F("có 100% sản lượng", "100", 100, "percent", "%", "sản lượng qua cảng được xác nhận qua eCDT",
      asof("2025-12-31", "đến cuối năm 2025"), status="target"),
    F("khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng bốc dỡ qua cảng Gành Hào cả năm", year(2025, "cả năm"),
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bạc Liêu online: headline figure, 'Cập nhật lúc 09:20, Thứ ba, 10/06/2025', '(BBL) -' tag; eCDT traceability at Gành Hào port.",
    "'Sau hơn 5 tháng triển khai' only places the figures in time (a duration, not a figure). 'đến nay' ends at the page date.",
    "The headline figure has no period phrase. 'loại 1' (a grade) and the name 'Lê Văn Út' are not figures.",
    "'cao hơn 10% so với đầu năm' after the price range is its change; 'dự kiến' makes the 9.000 tấn a forecast.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-06-10", location="Bạc Liêu")
