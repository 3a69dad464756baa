"""p756-8: Hội Chữ thập đỏ tỉnh Gia Lai site ('Ngày cập nhật') — hiến máu quý III và 9 tháng năm 2023, thalassemia patients."""
from lib import F, P, I, CH, TG, emit

TEXT = """HỘI CHỮ THẬP ĐỎ TỈNH GIA LAI
Tin tức > Hiến máu tình nguyện
Ngày cập nhật: 05/10/2023

Gia Lai: 9 tháng tiếp nhận gần 9.000 đơn vị máu

Quý III/2023, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức 14 đợt hiến máu, tiếp nhận 3.215 đơn vị máu, tăng 9,6% so với quý II. Tính chung 9 tháng năm 2023, toàn tỉnh tiếp nhận 8.940/11.000 đơn vị máu theo kế hoạch năm, đạt 81,3%; trong đó lực lượng vũ trang đóng góp 2.310 đơn vị, học sinh, sinh viên 1.875 đơn vị.

Các địa phương có kết quả cao là thành phố Pleiku (2.150 đơn vị), thị xã An Khê (640 đơn vị), huyện Chư Sê (585 đơn vị). Tỷ lệ người hiến máu đạt 58 người/vạn dân, cao hơn mức bình quân cả nước (45 người/vạn dân).

Hiện Bệnh viện Đa khoa tỉnh đang quản lý 312 người bệnh tan máu bẩm sinh, chủ yếu là trẻ em người Jrai, Bahnar; mỗi tháng cần khoảng 600 đơn vị máu. Nhân dịp này, Hội Chữ thập đỏ tỉnh trao 120 suất quà, tổng trị giá 84 triệu đồng cho người bệnh có hoàn cảnh khó khăn.

Phát biểu tại lễ phát động Hành trình Đỏ lần thứ 11, ông Nguyễn Văn Hòa, Chủ tịch Hội Chữ thập đỏ tỉnh cho biết, quý IV/2023 tỉnh phấn đấu tiếp nhận thêm 2.060 đơn vị máu để hoàn thành kế hoạch năm. Ban Chỉ đạo phấn đấu đến năm 2025 tỷ lệ dân số hiến máu đạt 2%.

Địa chỉ: 35 Trần Hưng Đạo, TP Pleiku | ĐT: 0269.3824.161
"""

Q3 = P("Quý III/2023", "2023-07-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 9.000 đơn vị", "9.000", 9000, "count", "đơn vị máu", "đơn vị máu tiếp nhận", I(M9), approx="nearly"),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt hiến máu", "đợt hiến máu", Q3),
    F("tiếp nhận 3.215 đơn vị", "3.215", 3215, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Q3,
      change=CH("increase", 9.6, "%", "quý II")),
    F("tiếp nhận 8.940/11.000", "8.940", 8940, "count", "đơn vị máu", "đơn vị máu tiếp nhận", M9,
      percent=81.3, target=TG(11000, "đơn vị máu")),
    F("đóng góp 2.310 đơn vị", "2.310", 2310, "count", "đơn vị", "đơn vị máu lực lượng vũ trang đóng góp", M9,
      total=8940),
    F("sinh viên 1.875 đơn vị", "1.875", 1875, "count", "đơn vị", "đơn vị máu học sinh, sinh viên đóng góp", M9,
      total=8940),
    F("Pleiku (2.150 đơn vị)", "2.150", 2150, "count", "đơn vị", "đơn vị máu tiếp nhận", I(M9), location="Pleiku"),
    F("An Khê (640 đơn vị)", "640", 640, "count", "đơn vị", "đơn vị máu tiếp nhận", I(M9), location="An Khê"),
    F("Chư Sê (585 đơn vị)", "585", 585, "count", "đơn vị", "đơn vị máu tiếp nhận", I(M9), location="Chư Sê"),
    F("đạt 58 người/vạn dân", "58", 58, "measure", "người/vạn dân", "tỷ lệ người hiến máu"),
    F("(45 người/vạn dân)", "45", 45, "measure", "người/vạn dân", "mức bình quân cả nước tỷ lệ người hiến máu",
      location="Việt Nam"),
    F("quản lý 312 người bệnh", "312", 312, "count", "người bệnh", "người bệnh tan máu bẩm sinh được quản lý"),
    F("khoảng 600 đơn vị máu", "600", 600, "count", "đơn vị máu", "đơn vị máu cần mỗi tháng cho người bệnh",
      approx="about"),
    F("trao 120 suất quà", "120", 120, "count", "suất quà", "suất quà trao cho người bệnh"),
    F("trị giá 84 triệu đồng", "84", 84000000, "money", "đồng", "tổng trị giá quà trao cho người bệnh"),
    F("thêm 2.060 đơn vị máu", "2.060", 2060, "count", "đơn vị máu", "đơn vị máu tiếp nhận thêm", Q4,
      status="target"),
    F("đạt 2%", "2", 2, "percent", "%", "tỷ lệ dân số hiến máu", T25, status="target"),
]

COMMENTS = [
    "Hội Chữ thập đỏ tỉnh Gia Lai (organisation site, 'Ngày cập nhật: 05/10/2023'): hiến máu quý III/2023 and 9 tháng năm 2023; thalassemia patients.",
    "'8.940/11.000 đơn vị máu theo kế hoạch năm, đạt 81,3%': the second number is the plan → target 11000 (not total), percent 81,3.",
    "2.310 and 1.875 follow 'trong đó' after 8.940 (same unit, same period): total 8940 (they need not add up).",
    "Bracketed district list → places in location (Pleiku, An Khê, Chư Sê), subject the indicator. '(45 người/vạn dân)' after 'cao hơn mức",
    "bình quân cả nước' is the national level, not a difference: a figure of its own (location Việt Nam), and 58 gets no change.",
    "Not figures: 'Hành trình Đỏ lần thứ 11', '35 Trần Hưng Đạo', phone, 'quý II' (baseline). 'Hiện', 'mỗi tháng' give no period.",
]

if __name__ == "__main__":
    emit("p756-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Gia Lai")
