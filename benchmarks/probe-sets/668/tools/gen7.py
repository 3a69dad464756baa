from lib import F, P, I, CH, TG, emit

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Quy mô học viên GDTX cấp THPT tại các trung tâm GDNN-GDTX

Năm 2023, 11 trung tâm GDNN-GDTX cấp huyện trên địa bàn tỉnh có 6.482 học viên theo học chương trình GDTX cấp THPT, tăng 7,9% so với năm 2022. Tại các huyện vùng cao, học viên người dân tộc thiểu số chiếm trên 90%.

Số học viên GDTX cấp THPT tại một số trung tâm
Đơn vị tính: học viên
Trung tâm GDNN-GDTX
Năm 2022
Năm 2023
Kế hoạch 2024
Mai Sơn
812
874
900
Thuận Châu
745
803
850
Sốp Cộp
286
331
360
Vân Hồ
0
142
180

Tổng kinh phí ngân sách tỉnh cấp cho các trung tâm năm 2023 là 56,4 tỷ đồng, bình quân 8,7 triệu đồng/học viên/năm. Đội ngũ có 412 giáo viên, trong đó 96 giáo viên là người dân tộc thiểu số. Năm 2023, các trung tâm phối hợp mở 58 lớp xóa mù chữ với 1.247 học viên tại 8 huyện.

Tỷ lệ tốt nghiệp THPT của học viên GDTX năm 2023 đạt 89,6%, thấp hơn 8,2% so với học sinh khối THPT. Năm 2024, Sở giao chỉ tiêu tuyển mới 2.350 học viên lớp 10 GDTX cho các trung tâm.

Trung tâm GDNN-GDTX huyện Vân Hồ được thành lập theo Quyết định số 2318/QĐ-UBND, tuyển sinh khóa đầu tiên từ tháng 8/2023.

Địa chỉ: Tổ 2, phường Chiềng Lề, thành phố Sơn La
Điện thoại: 0212.3852.394 - Fax: 0212.3852.395
Tổng lượt truy cập: 1.204.577
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")

ROWS = [("Mai Sơn", "812", "874", "900"),
        ("Thuận Châu", "745", "803", "850"),
        ("Sốp Cộp", "286", "331", "360"),
        ("Vân Hồ", "0", "142", "180")]
SUBJ = "số học viên GDTX cấp THPT"

TABLE = []
for name, a, b, c in ROWS:
    TABLE += [
        F(f"{name}\n{a}\n", a, int(a), "count", "học viên", f"{SUBJ} năm 2022", Y22, location=name),
        F(f"{a}\n{b}\n{c}\n", b, int(b), "count", "học viên", f"{SUBJ} năm 2023", Y23, location=name),
        F(f"{b}\n{c}\n", c, int(c), "count", "học viên", f"{SUBJ} kế hoạch 2024", K24, status="target",
          location=name),
    ]

FIGS = [
    F("2023, 11 trung tâm", "11", 11, "count", "trung tâm", "trung tâm GDNN-GDTX cấp huyện", Y23),
    F("có 6.482 học viên", "6.482", 6482, "count", "học viên", "học viên theo học chương trình GDTX cấp THPT", Y23,
      change=CH("increase", 7.9, "%", "năm 2022")),
    F("trên 90%", "90", 90, "percent", "%", "học viên người dân tộc thiểu số tại các huyện vùng cao", I(Y23),
      approx="over"),
    *TABLE,
    F("là 56,4 tỷ đồng", "56,4", 56400000000, "money", "đồng", "tổng kinh phí ngân sách tỉnh cấp cho các trung tâm", y23),
    F("bình quân 8,7 triệu", "8,7", 8700000, "money", "đồng/học viên/năm", "kinh phí bình quân", y23),
    F("có 412 giáo viên", "412", 412, "count", "giáo viên", "giáo viên"),
    F("trong đó 96 giáo viên", "96", 96, "count", "giáo viên", "giáo viên là người dân tộc thiểu số", total=412),
    F("mở 58 lớp", "58", 58, "count", "lớp", "lớp xóa mù chữ", Y23),
    F("với 1.247 học viên", "1.247", 1247, "count", "học viên", "học viên xóa mù chữ", Y23),
    F("tại 8 huyện", "8", 8, "count", "huyện", "huyện mở lớp xóa mù chữ", Y23),
    F("đạt 89,6%", "89,6", 89.6, "percent", "%", "tỷ lệ tốt nghiệp THPT của học viên GDTX", y23,
      change=CH("decrease", 8.2, "%", "học sinh khối THPT")),
    F("tuyển mới 2.350 học viên", "2.350", 2350, "count", "học viên", "chỉ tiêu tuyển mới học viên lớp 10 GDTX",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở GD&ĐT Sơn La), no dateline: published absent. Menu bar, address, phone/fax, 'Tổng lượt truy cập' are furniture.",
    "One-cell-per-line table with 'Đơn vị tính: học viên'; columns Năm 2022 | Năm 2023 | Kế hoạch 2024 (periods from the headers, scored as in h23;",
    "plan column -> target). Row labels are districts -> location; subject = table title indicator + column. The 0 cell (Vân Hồ 2022) is a figure.",
    "'thấp hơn 8,2% so với học sinh khối THPT' is the change of the 89,6% rate; 'giao chỉ tiêu tuyển mới 2.350' -> target.",
    "'tăng 7,9% so với năm 2022' is the change of 6.482. '96 giáo viên' after 'trong đó' -> total 412.",
    "'Quyết định số 2318/QĐ-UBND', 'tháng 8/2023', 'khóa đầu tiên', 'Tổ 2' are not figures. Location Sơn La.",
]

emit("p668-7", TEXT, COMMENTS, FIGS, published=None, location="Sơn La")
