"""p602-1: Nghệ An province portal — electricity supply, first half of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An > Tin tức - Sự kiện > Kinh tế
Điện thương phẩm 6 tháng đầu năm tăng 11,2%
Cập nhật: 15/07/2024 10:20
Lượt xem: 1.482

Theo Công ty Điện lực Nghệ An, 6 tháng đầu năm 2024, sản lượng điện thương phẩm toàn tỉnh ước đạt 2.150,6 triệu kWh, tăng 11,2% so với cùng kỳ năm 2023, đạt 51,3% kế hoạch năm. Trong đó, điện cho công nghiệp - xây dựng đạt 1.006,5 triệu kWh, chiếm 46,8%.

Công suất cực đại (Pmax) của hệ thống điện tỉnh đạt 1.026 MW vào ngày 30/5/2024, cao hơn 98 MW so với năm 2023. Tỷ lệ tổn thất điện năng lũy kế 6 tháng là 4,85%, giảm 0,32 điểm phần trăm so với cùng kỳ.

Chỉ số thời gian mất điện trung bình của lưới điện phân phối (SAIDI) là 198,5 phút/khách hàng, giảm 36,2 phút so với cùng kỳ; chỉ số tần suất mất điện kéo dài (SAIFI) là 2,14 lần/khách hàng.

Tính đến ngày 30/6/2024, toàn tỉnh có 1.210.455 khách hàng sử dụng điện, tăng 28.614 khách hàng so với cuối năm 2023; trong đó khách hàng sinh hoạt chiếm 93,6%. Các địa phương có tốc độ tăng điện thương phẩm cao là thị xã Hoàng Mai (24,5%), huyện Nghi Lộc (18,2%) và huyện Diễn Châu (15,7%).

Từ đầu năm đến nay, ngành điện đã đóng điện 126 trạm biến áp phân phối với tổng dung lượng 42.350 kVA và 87,4 km đường dây trung áp, tổng vốn hơn 312 tỷ đồng. Trạm biến áp 110kV Hoàng Mai 2 dự kiến đóng điện trong quý III/2024.

Năm 2024, Công ty phấn đấu đạt sản lượng điện thương phẩm 4.190 triệu kWh, tỷ lệ tổn thất điện năng dưới 4,6%.

Thông tin về mất điện, khách hàng liên hệ Tổng đài 1900.6769 hoặc trụ sở số 2 Lê Hồng Phong, TP Vinh.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đầu năm tăng 11,2%", "11,2", 11.2, "percent", "%", "Điện thương phẩm",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 2.150,6 triệu kWh", "2.150,6", 2150600000, "measure", "kWh",
      "sản lượng điện thương phẩm toàn tỉnh", H1, percent=51.3,
      change=CH("increase", 11.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("đạt 1.006,5 triệu kWh", "1.006,5", 1006500000, "measure", "kWh",
      "điện cho công nghiệp - xây dựng", INH(H1), total=2150600000, percent=46.8, status="estimate"),
    F("đạt 1.026 MW", "1.026", 1026, "measure", "MW",
      "Công suất cực đại (Pmax) của hệ thống điện tỉnh", P("ngày 30/5/2024", "2024-05-30", "2024-05-30"),
      change=CH("increase", 98, "MW", "năm 2023")),
    F("là 4,85%", "4,85", 4.85, "percent", "%", "Tỷ lệ tổn thất điện năng lũy kế 6 tháng",
      P("lũy kế 6 tháng", "2024-01-01", "2024-06-30"),
      change=CH("decrease", 0.32, "điểm phần trăm", "cùng kỳ")),
    F("là 198,5 phút", "198,5", 198.5, "measure", "phút/khách hàng",
      "Chỉ số thời gian mất điện trung bình của lưới điện phân phối (SAIDI)", INH(H1),
      change=CH("decrease", 36.2, "phút", "cùng kỳ")),
    F("là 2,14 lần", "2,14", 2.14, "measure", "lần/khách hàng",
      "chỉ số tần suất mất điện kéo dài (SAIFI)", INH(H1)),
    F("có 1.210.455 khách hàng", "1.210.455", 1210455, "count", "khách hàng",
      "khách hàng sử dụng điện", ASOF, change=CH("increase", 28614, "khách hàng", "cuối năm 2023")),
    F("chiếm 93,6%", "93,6", 93.6, "percent", "%", "khách hàng sinh hoạt", ASOF),
    F("Hoàng Mai (24,5%)", "24,5", 24.5, "percent", "%", "tốc độ tăng điện thương phẩm", INH(H1),
      location="Hoàng Mai"),
    F("Nghi Lộc (18,2%)", "18,2", 18.2, "percent", "%", "tốc độ tăng điện thương phẩm", INH(H1),
      location="Nghi Lộc"),
    F("Diễn Châu (15,7%)", "15,7", 15.7, "percent", "%", "tốc độ tăng điện thương phẩm", INH(H1),
      location="Diễn Châu"),
    F("điện 126 trạm", "126", 126, "count", "trạm biến áp", "trạm biến áp phân phối đóng điện", YTD),
    F("42.350 kVA", "42.350", 42350, "measure", "kVA", "tổng dung lượng trạm biến áp phân phối", YTD),
    F("87,4 km", "87,4", 87.4, "measure", "km", "đường dây trung áp", YTD),
    F("hơn 312 tỷ đồng", "312", 312000000000, "money", "đồng", "tổng vốn", YTD, approx="over"),
    F("4.190 triệu kWh", "4.190", 4190000000, "measure", "kWh", "sản lượng điện thương phẩm", Y24,
      status="target"),
    F("dưới 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ tổn thất điện năng", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: điện thương phẩm, Pmax, tổn thất, SAIDI/SAIFI, khách hàng, lưới điện 6 tháng đầu năm 2024.",
    "Province portal (breadcrumb, Cập nhật, Lượt xem). Distractors: Lượt xem 1.482, 110kV (voltage class), 'Hoàng Mai 2' (name),",
    "quý III/2024, dates, Tổng đài 1900.6769, 'số 2 Lê Hồng Phong'. Headline 6 tháng (no year) takes the year of published.",
    "'trong đó khách hàng sinh hoạt chiếm 93,6%' is a share of a sub-group with no count of its own: a percent figure, not an",
    "attribute of the customer count. 'ước' carries into the 'Trong đó' sentence (as shared h11). District items -> location.",
]

if __name__ == "__main__":
    emit("p602-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
