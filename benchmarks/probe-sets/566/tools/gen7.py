"""p566-7: department site (Sở TN&MT Lâm Đồng), no dateline; monthly summary August 2024 with a one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
Trang chủ / Khí tượng thủy văn / Thông báo

Đặc điểm khí tượng thủy văn tháng 8/2024

Tháng 8/2024, trên địa bàn tỉnh mưa nhiều, số ngày mưa phổ biến 24-27 ngày. Tổng lượng mưa tháng tại các trạm cao hơn TBNN từ 10 đến 30%, riêng Bảo Lộc đạt 604,9 mm, là mức cao nhất trong 10 năm gần đây.

Bảng 1. Lượng mưa tại một số trạm
Đơn vị tính: mm
Trạm
Tháng 7/2024
Tháng 8/2024
TBNN tháng 8
Đà Lạt
268,4
315,7
238,0
Bảo Lộc
512,3
604,9
470,5
Liên Khương
201,6
226,0
195,3

Nhiệt độ trung bình tháng tại Đà Lạt 18,9°C, tại Bảo Lộc 22,6°C, xấp xỉ TBNN. Tổng số giờ nắng 110-145 giờ, thấp hơn TBNN từ 15 đến 25 giờ.

Hồ thủy điện Đại Ninh có mực nước 878,6 m, thấp hơn mực nước dâng bình thường 1,4 m; lưu lượng về hồ trung bình 38,5 m³/s. Tính đến ngày 31/8, các hồ chứa thủy lợi trên địa bàn đạt khoảng 87% dung tích thiết kế.

Trong tháng, trên địa bàn huyện Lâm Hà xảy ra 3 trận lốc xoáy kèm mưa đá, làm tốc mái 27 nhà, thiệt hại ước khoảng 650 triệu đồng.

Dự báo tháng 9, tổng lượng mưa phổ biến 250-350 mm, cao hơn TBNN khoảng 10%; khả năng xuất hiện 2-3 đợt mưa lớn, cần đề phòng sạt lở đất tại Quốc lộ 20 đèo Bảo Lộc.

Địa chỉ: 54 Trần Phú, Phường 4, TP. Đà Lạt | Điện thoại: 0263.3822.543
Tổng lượt truy cập: 856.102
"""

M8 = P("Tháng 8/2024", "2024-08-01", "2024-08-31")
C7 = P("Tháng 7/2024", "2024-07-01", "2024-07-31")
C8 = P("Tháng 8/2024", "2024-08-01", "2024-08-31")
M9 = P("tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    F("phổ biến 24-27 ngày", "24", 24, "measure", "ngày", "số ngày mưa", M8, value_max=27),
    F("từ 10 đến 30%", "10", 10, "percent", "%", "tổng lượng mưa tháng tại các trạm so với TBNN", I(M8), value_max=30),
    F("đạt 604,9 mm", "604,9", 604.9, "measure", "mm", "tổng lượng mưa tháng", I(M8), location="Bảo Lộc"),
    # table: Đơn vị tính: mm; period from the column header
    F("268,4", "268,4", 268.4, "measure", "mm", "lượng mưa tháng 7/2024", C7, location="Đà Lạt"),
    F("315,7", "315,7", 315.7, "measure", "mm", "lượng mưa tháng 8/2024", C8, location="Đà Lạt"),
    F("238,0", "238,0", 238, "measure", "mm", "lượng mưa TBNN tháng 8", location="Đà Lạt"),
    F("512,3", "512,3", 512.3, "measure", "mm", "lượng mưa tháng 7/2024", C7, location="Bảo Lộc"),
    F("512,3\n604,9", "604,9", 604.9, "measure", "mm", "lượng mưa tháng 8/2024", C8, location="Bảo Lộc"),
    F("470,5", "470,5", 470.5, "measure", "mm", "lượng mưa TBNN tháng 8", location="Bảo Lộc"),
    F("201,6", "201,6", 201.6, "measure", "mm", "lượng mưa trạm Liên Khương tháng 7/2024", C7),
    F("226,0", "226,0", 226, "measure", "mm", "lượng mưa trạm Liên Khương tháng 8/2024", C8),
    F("195,3", "195,3", 195.3, "measure", "mm", "lượng mưa trạm Liên Khương TBNN tháng 8"),
    F("Đà Lạt 18,9°C", "18,9", 18.9, "measure", "°C", "nhiệt độ trung bình tháng", I(M8), location="Đà Lạt"),
    F("Bảo Lộc 22,6°C", "22,6", 22.6, "measure", "°C", "nhiệt độ trung bình tháng", I(M8), location="Bảo Lộc"),
    F("nắng 110-145 giờ", "110", 110, "measure", "giờ", "tổng số giờ nắng", I(M8), value_max=145,
      change=CH("decrease", 15, "giờ", "TBNN")),
    F("mực nước 878,6 m", "878,6", 878.6, "measure", "m", "mực nước hồ thủy điện Đại Ninh", I(M8),
      change=CH("decrease", 1.4, "m", "mực nước dâng bình thường")),
    F("38,5 m³/s", "38,5", 38.5, "measure", "m³/s", "lưu lượng về hồ trung bình", I(M8)),
    F("khoảng 87%", "87", 87, "percent", "%", "dung tích hồ chứa thủy lợi so với dung tích thiết kế",
      P("Tính đến ngày 31/8", None, "2024-08-31"), approx="about"),
    F("xảy ra 3 trận", "3", 3, "count", "trận lốc xoáy", "trận lốc xoáy kèm mưa đá",
      P("Trong tháng", "2024-08-01", "2024-08-31"), location="Lâm Hà"),
    F("tốc mái 27 nhà", "27", 27, "count", "nhà", "nhà bị tốc mái", P("Trong tháng", "2024-08-01", "2024-08-31"),
      location="Lâm Hà"),
    F("khoảng 650 triệu đồng", "650", 650e6, "money", "đồng", "thiệt hại do lốc xoáy, mưa đá",
      P("Trong tháng", "2024-08-01", "2024-08-31"), approx="about", status="estimate", location="Lâm Hà"),
    F("phổ biến 250-350 mm", "250", 250, "measure", "mm", "tổng lượng mưa", M9, value_max=350, status="forecast",
      change=CH("increase", 10, "%", "TBNN", approx="about")),
    F("xuất hiện 2-3 đợt", "2", 2, "count", "đợt mưa lớn", "đợt mưa lớn", M9, value_max=3, status="forecast"),
]

COMMENTS = [
    "Sở TN&MT Lâm Đồng: đặc điểm KTTV tháng 8/2024; department site with no dateline (published null); footer counter.",
    "One-cell-per-line table with 'Đơn vị tính: mm': station rows Đà Lạt, Bảo Lộc (cities → location) and Liên Khương (a station,",
    "not a district → province, station kept in the subject); period from the column headers (scored, as shared h24);",
    "'TBNN tháng 8' (multi-year mean) has no period. 604,9 appears in the text and in the table: two figures.",
    "'xấp xỉ TBNN' qualifies the comparison, not the values: 18,9 and 22,6 are exact. 'thấp hơn TBNN từ 15 đến 25 giờ' → change 15.",
    "Not figures: 'Bảng 1', '10 năm gần đây', 'Quốc lộ 20', address, phone, 'Tổng lượt truy cập: 856.102'.",
]

if __name__ == "__main__":
    emit("p566-7", TEXT, COMMENTS, FIGS, location="Lâm Đồng")
