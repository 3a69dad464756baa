"""p1273-7: department site (CDC Đắk Lắk), no dateline, one-cell-per-line table of IDD indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Phòng chống dịch bệnh | Dinh dưỡng | Văn bản | Liên hệ

Kết quả phòng chống rối loạn thiếu i-ốt năm 2024

Năm 2024, tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh trên địa bàn tỉnh ước đạt 47,8%, tăng 5,3 điểm phần trăm so với năm 2023 nhưng chưa đạt chỉ tiêu 50% đề ra. Tại huyện M'Drắk, tỷ lệ này chỉ khoảng 28%.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Số buổi truyền thông trực tiếp
buổi
312
368
117,9
400
Lượt người tham dự (tổng số)
lượt
18.400
21.350
116,0
23.000
Trong đó: học sinh
lượt
6.200
7.480
120,6
8.000
Số mẫu muối xét nghiệm
mẫu
1.620
1.850
114,2
1.900

Trong năm 2024, Trung tâm đã cấp phát 9.600 viên sắt - axit folic có i-ốt cho phụ nữ mang thai tại 15 huyện, thị xã, thành phố; phối hợp với ngành giáo dục lồng ghép nội dung phòng chống thiếu i-ốt vào hoạt động ngoại khóa tại 86 trường tiểu học.

Trong quý I/2025, Trung tâm dự kiến mở hai lớp tập huấn cho khoảng 120 cán bộ y tế xã về giám sát muối i-ốt.

Tin khác:
- Đắk Lắk hưởng ứng Tuần lễ Dinh dưỡng và Phát triển năm 2024
- Hướng dẫn phòng chống dịch sốt xuất huyết

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Địa chỉ: 68 Lê Duẩn, TP Buôn Ma Thuột | Điện thoại: 0262.3852.470
Lượt truy cập: 1.204.377 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
INY = per("Trong năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", None, None),
        ("kế hoạch 2025", K25, "target")]
ROWS = [("Số buổi truyền thông trực tiếp", "buổi", "buổi", ["312", "368", "117,9", "400"]),
        ("Lượt người tham dự (tổng số)", "lượt", "lượt", ["18.400", "21.350", "116,0", "23.000"]),
        ("Trong đó: học sinh", "lượt", "lượt", ["6.200", "7.480", "120,6", "8.000"]),
        ("Số mẫu muối xét nghiệm", "mẫu", "mẫu", ["1.620", "1.850", "114,2", "1.900"])]
ROW_SUBJ = {"Trong đó: học sinh": "lượt học sinh tham dự"}
TOTALS = {}
CELLS = []
for label, unitcell, unit, nums in ROWS:
    prev = unitcell
    rs = ROW_SUBJ.get(label, label.replace(" (tổng số)", "").lower())
    for (col, p, st), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=f"{rs} {col}", **kw))
        else:
            if label.startswith("Lượt người"):
                TOTALS[col] = v
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            CELLS.append(fig(f"{prev}\n{n}", n, v, "count", unit, subject=f"{rs} {col}", **kw))
        prev = n

FIGS = [
    fig("ước đạt 47,8%", "47,8", 47.8, "percent", "%", status="estimate",
        change=chg("increase", 5.3, "điểm phần trăm", "năm 2023"), target=tgt(50, "%", False),
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh", period=Y24),
    fig("khoảng 28%", "28", 28, "percent", "%", approx="about",
        subject="tỷ lệ hộ gia đình sử dụng muối i-ốt đủ tiêu chuẩn phòng bệnh", period=inh(Y24),
        location="M'Drắk"),
] + CELLS + [
    fig("phát 9.600 viên", "9.600", 9600, "count", "viên",
        subject="viên sắt - axit folic có i-ốt cấp phát cho phụ nữ mang thai", period=INY),
    fig("tại 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
        subject="huyện, thị xã, thành phố được cấp phát viên sắt - axit folic có i-ốt", period=INY),
    fig("tại 86 trường", "86", 86, "count", "trường tiểu học",
        subject="trường tiểu học lồng ghép nội dung phòng chống thiếu i-ốt vào hoạt động ngoại khóa", period=INY),
    fig("mở hai lớp", "hai", 2, "count", "lớp tập huấn", status="forecast",
        subject="lớp tập huấn về giám sát muối i-ốt", period=Q1),
    fig("khoảng 120 cán bộ", "120", 120, "count", "cán bộ y tế xã", approx="about", status="forecast",
        subject="cán bộ y tế xã được tập huấn", period=Q1),
]

NOTES = [
    "Department site (CDC Đắk Lắk), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập: 1.204.377 | Đang online: 25'.",
    "Distractors: '68 Lê Duẩn', phone 0262.3852.470, counters, 'năm 2024' in a link title, 'quý I/2025' as a period, 'sắt - axit folic'.",
    "'ước đạt 47,8%, tăng 5,3 điểm phần trăm ..., chưa đạt chỉ tiêu 50%' → estimate, change 5,3, target 50 met false.",
    "M'Drắk 28%: location M'Drắk; its sentence names no period ('tỷ lệ này' → năm 2024, inherited).",
    "One-cell-per-line table: cells are figures with unit from the 'Đơn vị' column; subject = row + column label; period from column",
    "headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures with",
    "no period and status actual (the header names neither; borderline). 'Trong đó: học sinh' row cells take the 'tổng số' cell of the",
    "same column as total (spec: a part after 'trong đó' that follows its whole, same thing, same period).",
    "'Trong năm 2024' → 2024. 'Trong quý I/2025 ... dự kiến' → forecast.",
    "No place other than the province: default location Đắk Lắk (named in the banner).",
]

if __name__ == "__main__":
    write("p1273-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
