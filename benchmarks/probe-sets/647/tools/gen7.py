"""p647-7: Sở GTVT Hà Nội site (no dateline), parking points in the 4 core districts, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI HÀ NỘI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Hiện trạng điểm trông giữ phương tiện tại 4 quận lõi trung tâm

Theo kết quả rà soát của Sở Giao thông vận tải, tính đến ngày 30/6/2024, trên địa bàn 12 quận có 1.342 điểm trông giữ phương tiện được cấp phép, tổng diện tích khoảng 1,86 triệu m², đáp ứng khoảng 10,5% nhu cầu đỗ xe. Trong đó, 4 quận lõi trung tâm có 568 điểm, chiếm 42,3%.

Bảng. Số điểm trông giữ phương tiện các quận lõi trung tâm
Đơn vị tính: điểm
Quận
Năm 2023
Đến 30/6/2024
Kế hoạch 2025
Hoàn Kiếm
130
126
120
Ba Đình
142
148
155
Đống Đa
165
171
180
Hai Bà Trưng
118
123
130
Tổng số
555
568
585

Cùng với đó, Sở đã triển khai thu phí trông giữ xe qua ứng dụng iParking tại 86 điểm với khoảng 7.200 chỗ đỗ ô tô; doanh thu 6 tháng đầu năm 2024 đạt 18,4 tỷ đồng, tăng 21,5% so với cùng kỳ. Thành phố phấn đấu đến năm 2025 đầu tư thêm 15 bãi đỗ xe tập trung với tổng sức chứa khoảng 12.000 chỗ.

Đối với các tuyến phố có lòng đường rộng dưới 7 m, Sở không cấp phép mới điểm trông giữ xe; giai đoạn 2024-2025 dự kiến thu hồi 45 điểm trông giữ xe trên lòng đường thường xuyên gây ùn tắc.

Địa chỉ: Số 2 Phùng Khắc Khoan, quận Hai Bà Trưng, Hà Nội
Điện thoại: 024.3825.6521
Tổng số lượt truy cập: 5.871.203
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Đến 30/6/2024", None, "2024-06-30")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

ROWS = [
    ("Hoàn Kiếm", "130", "126", "120"),
    ("Ba Đình", "142", "148", "155"),
    ("Đống Đa", "165", "171", "180"),
    ("Hai Bà Trưng", "118", "123", "130"),
    ("Tổng số", "555", "568", "585"),
]
SUBJ = "số điểm trông giữ phương tiện"

FIGS = [
    F("phương tiện tại 4 quận", "4", 4, "count", "quận", "quận lõi trung tâm", optional=True),
    F("địa bàn 12 quận", "12", 12, "count", "quận", "quận", optional=True),
    F("có 1.342 điểm", "1.342", 1342, "count", "điểm", "điểm trông giữ phương tiện được cấp phép", ASOF),
    F("khoảng 1,86 triệu m²", "1,86", 1.86e6, "measure", "m²", "tổng diện tích điểm trông giữ phương tiện", ASOF,
      approx="about"),
    F("khoảng 10,5%", "10,5", 10.5, "percent", "%", "tỷ lệ đáp ứng nhu cầu đỗ xe", ASOF, approx="about"),
    F("Trong đó, 4 quận", "4", 4, "count", "quận", "quận lõi trung tâm", optional=True),
    F("có 568 điểm", "568", 568, "count", "điểm", "điểm trông giữ phương tiện của 4 quận lõi trung tâm", I(ASOF),
      total=1342, percent=42.3),
]
for label, a, b, c in ROWS:
    loc = "Hà Nội" if label == "Tổng số" else label
    extra = " 4 quận lõi trung tâm (tổng số)" if label == "Tổng số" else ""
    FIGS.append(F(f"{label}\n{a}\n", a, int(a), "count", "điểm", f"{SUBJ}{extra} năm 2023", C23, location=loc))
    FIGS.append(F(f"{a}\n{b}\n", b, int(b), "count", "điểm", f"{SUBJ}{extra} đến 30/6/2024", C24, location=loc))
    FIGS.append(F(f"{b}\n{c}\n", c, int(c), "count", "điểm", f"{SUBJ}{extra} kế hoạch 2025", K25,
                  status="target", location=loc))

FIGS += [
    F("tại 86 điểm", "86", 86, "count", "điểm", "điểm thu phí trông giữ xe qua ứng dụng iParking", I(H1)),
    F("khoảng 7.200 chỗ", "7.200", 7200, "count", "chỗ đỗ ô tô", "chỗ đỗ ô tô thu phí qua iParking", I(H1),
      approx="about"),
    F("đạt 18,4 tỷ", "18,4", 18.4e9, "money", "đồng", "doanh thu thu phí trông giữ xe qua iParking", H1,
      change=CH("increase", 21.5, "%", "cùng kỳ")),
    F("thêm 15 bãi", "15", 15, "count", "bãi đỗ xe", "bãi đỗ xe tập trung đầu tư thêm", T25, status="target"),
    F("khoảng 12.000 chỗ", "12.000", 12000, "count", "chỗ", "tổng sức chứa bãi đỗ xe tập trung đầu tư thêm", T25,
      approx="about", status="target"),
    F("dưới 7 m", "7", 7, "measure", "m", "ngưỡng bề rộng lòng đường", approx="under", optional=True),
    F("thu hồi 45 điểm", "45", 45, "count", "điểm", "điểm trông giữ xe trên lòng đường thường xuyên gây ùn tắc dự kiến thu hồi",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), status="forecast"),
]

COMMENTS = [
    "Department site (Sở GTVT Hà Nội), no dateline, visit counter and address in the footer: parking points in the 4 core districts.",
    "One-cell-per-line table with 'Đơn vị tính: điểm': every numeric cell is a figure; period from the column header",
    "(Năm 2023; 'Đến 30/6/2024' as-of; 'Kế hoạch 2025' -> target); district rows go to location, the 'Tổng số' row is Hà Nội.",
    "'4 quận lõi', '12 quận' name the scope: optional. '568 điểm, chiếm 42,3%' after 'Trong đó' -> total 1342, percent 42.3.",
    "'86 điểm', '7.200 chỗ' stand before the revenue's period phrase in a clause of their own: period inherited (unscored).",
    "'lòng đường rộng dưới 7 m' is a threshold (optional); 'giai đoạn 2024-2025 dự kiến thu hồi 45 điểm' -> forecast.",
    "Distractors: 'Số 2 Phùng Khắc Khoan', phone, 'Tổng số lượt truy cập: 5.871.203', menu line.",
]

if __name__ == "__main__":
    emit("p647-7", TEXT, COMMENTS, FIGS, location="Hà Nội")
