"""p1107-7: department site (Sở VHTTDL Bạc Liêu), đờn ca tài tử clubs; no dateline; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẠC LIÊU
Trang chủ » Hoạt động văn hóa - nghệ thuật
Phong trào đờn ca tài tử Bạc Liêu tiếp tục lan tỏa
Năm 2024, toàn tỉnh có 112 CLB, nhóm đờn ca tài tử với khoảng 1.650 thành viên, tăng 8 CLB so với năm 2023. Các CLB tham gia biểu diễn khoảng 320 chương trình tại các điểm du lịch, thu hút hơn 45.000 lượt du khách.
Toàn tỉnh hiện có 46 nghệ nhân đờn ca tài tử, trong đó 9 người được phong tặng danh hiệu Nghệ nhân Ưu tú. Đáng mừng là lớp trẻ tham gia CLB ngày càng đông, chiếm khoảng 28% tổng số thành viên.
Số CLB đờn ca tài tử theo địa phương
Đơn vị tính: CLB
Địa phương
Năm 2023
Năm 2024
Thành phố Bạc Liêu
38
41
Thị xã Giá Rai
25
27
Huyện Hồng Dân
19
20
Huyện Phước Long
22
24
Tổng số
104
112
Trung tâm Văn hóa - Nghệ thuật tỉnh mở 4 lớp đờn ca tài tử cho 86 học viên, trong đó 52 học viên dưới 18 tuổi. Tỉnh hỗ trợ mỗi CLB 5 triệu đồng/năm; riêng 12 CLB tiêu biểu được hỗ trợ thêm 3 triệu đồng/CLB. Tổng kinh phí hỗ trợ các CLB năm 2024 là 596 triệu đồng, tăng 7,4% so với năm 2023.
Năm 2025, tỉnh phấn đấu thành lập mới 6 CLB, nâng tổng số lên 118 CLB; dự kiến tổ chức Liên hoan đờn ca tài tử tỉnh lần thứ VIII với khoảng 250 nghệ nhân, diễn viên.
Địa chỉ: Số 6 Nguyễn Tất Thành, Phường 1, TP Bạc Liêu, tỉnh Bạc Liêu
Điện thoại: 0291.3822.468 - Fax: 0291.3822.469
Lượt truy cập: 1.386.402
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "CLB đờn ca tài tử"

FIGS = [
    F("có 112 CLB", "112", 112, "count", "CLB", "CLB, nhóm đờn ca tài tử", Y24, change=C("increase", 8, "CLB", "năm 2023")),
    F("khoảng 1.650 thành viên", "1.650", 1650, "count", "thành viên", "thành viên CLB, nhóm đờn ca tài tử", Y24, approx="about"),
    F("khoảng 320 chương trình", "320", 320, "count", "chương trình", "chương trình biểu diễn tại các điểm du lịch", I(Y24),
      approx="about"),
    F("hơn 45.000 lượt", "45.000", 45000, "count", "lượt du khách", "lượt du khách xem biểu diễn đờn ca tài tử", I(Y24),
      approx="over"),
    F("có 46 nghệ nhân", "46", 46, "count", "nghệ nhân", "nghệ nhân đờn ca tài tử"),
    F("trong đó 9 người", "9", 9, "count", "người", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú", total=46),
    F("khoảng 28% tổng số", "28", 28, "percent", "%", "lớp trẻ trong tổng số thành viên CLB", approx="about"),
    F("Thành phố Bạc Liêu\n38", "38", 38, "count", "CLB", S, Y23, location="Bạc Liêu"),
    F("38\n41", "41", 41, "count", "CLB", S, Y24, location="Bạc Liêu"),
    F("Giá Rai\n25", "25", 25, "count", "CLB", S, Y23, location="Giá Rai"),
    F("25\n27", "27", 27, "count", "CLB", S, Y24, location="Giá Rai"),
    F("Hồng Dân\n19", "19", 19, "count", "CLB", S, Y23, location="Hồng Dân"),
    F("19\n20", "20", 20, "count", "CLB", S, Y24, location="Hồng Dân"),
    F("Phước Long\n22", "22", 22, "count", "CLB", S, Y23, location="Phước Long"),
    F("22\n24", "24", 24, "count", "CLB", S, Y24, location="Phước Long"),
    F("Tổng số\n104", "104", 104, "count", "CLB", "tổng số " + S, Y23),
    F("104\n112", "112", 112, "count", "CLB", "tổng số " + S, Y24),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp đờn ca tài tử", I(Y24)),
    F("cho 86 học viên", "86", 86, "count", "học viên", "học viên lớp đờn ca tài tử", I(Y24)),
    F("trong đó 52 học viên", "52", 52, "count", "học viên", "học viên dưới 18 tuổi", I(Y24), total=86),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "ngưỡng tuổi học viên", approx="under", optional=True),
    F("mỗi CLB 5 triệu đồng/năm", "5", 5_000_000, "money", "đồng/năm", "mức hỗ trợ mỗi CLB"),
    F("riêng 12 CLB", "12", 12, "count", "CLB", "CLB tiêu biểu được hỗ trợ thêm"),
    F("thêm 3 triệu đồng/CLB", "3", 3_000_000, "money", "đồng/CLB", "mức hỗ trợ thêm CLB tiêu biểu"),
    F("là 596 triệu đồng", "596", 596_000_000, "money", "đồng", "tổng kinh phí hỗ trợ các CLB", Y24,
      change=C("increase", 7.4, "%", "năm 2023")),
    F("mới 6 CLB", "6", 6, "count", "CLB", "CLB đờn ca tài tử thành lập mới", Y25, status="target"),
    F("lên 118 CLB", "118", 118, "count", "CLB", "tổng số CLB đờn ca tài tử", Y25, status="target"),
    F("khoảng 250 nghệ nhân", "250", 250, "count", "nghệ nhân, diễn viên", "nghệ nhân, diễn viên tham gia Liên hoan đờn ca tài tử tỉnh",
      Y25, approx="about", status="forecast"),
]

NOTES = [
    "Sở VHTTDL Bạc Liêu, no dateline (no published): đờn ca tài tử clubs 2023-2024, one-cell-per-line table (Đơn vị tính: CLB).",
    "Not figures: address 'Số 6 Nguyễn Tất Thành, Phường 1', phone and fax, 'Lượt truy cập: 1.386.402', 'lần thứ VIII', 'năm 2023' (baseline).",
    "Table: every cell is a figure; period from the column header (Năm 2023 / Năm 2024, scored); row place -> location; Tổng số row -> Bạc Liêu.",
    "'Thành phố Bạc Liêu' row: location Bạc Liêu (the city; the scorer strips 'thành phố').",
    "The paragraph after the table has no period phrase: the figures inherit 'Năm 2024' of the first paragraph (not scored).",
    "'Toàn tỉnh hiện có 46 nghệ nhân', 'chiếm khoảng 28%' (Hiện, Đáng mừng là ...) have no period. 596 triệu = 112 x 5 triệu + 12 x 3 triệu.",
    "'phấn đấu thành lập mới 6 CLB, nâng tổng số lên 118 CLB' -> target; 'dự kiến ... khoảng 250' -> forecast.",
]

write("p1107-7", TEXT, NOTES, FIGS, published=None, location="Bạc Liêu")
