"""p1314-7: department site (Sở NN&PTNT Tuyên Quang), no dateline: wood chips by district, one-cell-per-line table."""
from lib import fig, period, inherit, change, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp | Liên hệ

Chế biến dăm gỗ tăng trưởng khá, tận dụng mùn cưa làm chất đốt

Tuyên Quang hiện có 142 cơ sở sản xuất dăm gỗ và 4 nhà máy chế biến gỗ quy mô lớn, tổng nhu cầu nguyên liệu trên 1,1 triệu m3 gỗ/năm. Năm 2024, sản lượng dăm gỗ toàn tỉnh ước đạt 400.000 tấn, tăng 8,7% so với năm 2023.

Sản lượng dăm gỗ phân theo huyện
Đơn vị tính: tấn
Huyện
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Yên Sơn
148.500
163.200
109,9
Sơn Dương
96.300
104.800
108,8
Hàm Yên
71.200
75.900
106,6
Các huyện còn lại
52.000
56.100
107,9
Tổng số
368.000
400.000
108,7

Huyện Yên Sơn có 51 cơ sở sản xuất dăm gỗ, nhiều nhất tỉnh; sản lượng của huyện chiếm hơn 40% toàn tỉnh. Năm 2025, ngành nông nghiệp phấn đấu sản lượng dăm gỗ đạt 430.000 tấn.

Mùn cưa từ các xưởng xẻ, bóc gỗ (khoảng 45.000 tấn mỗi năm) được thu gom làm chất đốt lò sấy, trồng nấm và ép viên. Giá dăm gỗ keo tươi tại nhà máy dao động 1,25-1,35 triệu đồng/tấn.

Tin khác:
- Tuyên Quang trồng mới rừng tập trung năm 2024
- Hướng dẫn thực hiện Thông tư số 26/2022/TT-BNNPTNT

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
Địa chỉ: Số 8 đường 17/8, phường Minh Xuân, TP Tuyên Quang
Điện thoại: 0207.3822.416
Lượt truy cập: 1.204.377
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
R24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)  # the % column names no year
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("so với cùng kỳ", R24, None, True)]
ROWS = [("Yên Sơn", "Yên Sơn", "", ["148.500", "163.200", "109,9"]),
        ("Sơn Dương", "Sơn Dương", "", ["96.300", "104.800", "108,8"]),
        ("Hàm Yên", "Hàm Yên", "", ["71.200", "75.900", "106,6"]),
        ("Các huyện còn lại", None, " các huyện còn lại", ["52.000", "56.100", "107,9"]),
        ("Tổng số", None, " tổng số", ["368.000", "400.000", "108,7"])]

CELLS = []
for label, place, row, nums in ROWS:
    prev = label
    for (col, per, status, pct), n in zip(COLS, nums):
        kw = {"status": status} if status else {}
        if place:
            kw["location"] = place
        v = float(n.replace(".", "").replace(",", "."))
        subj = f"sản lượng dăm gỗ{row} {col}"
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, period=per, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "measure", "tấn", subject=subj, period=per, **kw))
        prev = n

FIGS = [
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở sản xuất dăm gỗ"),
    fig("và 4 nhà máy", "4", 4, "count", "nhà máy", subject="nhà máy chế biến gỗ quy mô lớn"),
    fig("trên 1,1 triệu", "1,1", 1.1e6, "measure", "m3/năm", approx="over",
        subject="tổng nhu cầu nguyên liệu gỗ"),
    fig("ước đạt 400.000 tấn", "400.000", 400000, "measure", "tấn", status="estimate",
        change=change("increase", 8.7, "%", "năm 2023"), subject="sản lượng dăm gỗ toàn tỉnh", period=Y24),
] + CELLS + [
    fig("có 51 cơ sở", "51", 51, "count", "cơ sở", subject="cơ sở sản xuất dăm gỗ", location="Yên Sơn"),
    fig("hơn 40%", "40", 40, "percent", "%", approx="over",
        subject="tỷ trọng sản lượng dăm gỗ của huyện trong toàn tỉnh", location="Yên Sơn"),
    fig("đạt 430.000 tấn", "430.000", 430000, "measure", "tấn", status="target",
        subject="sản lượng dăm gỗ", period=period("Năm 2025", "2025-01-01", "2025-12-31")),
    fig("(khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn/năm", approx="about",
        subject="mùn cưa từ các xưởng xẻ, bóc gỗ"),
    fig("dao động 1,25-1,35", "1,25", 1.25e6, "money", "đồng/tấn", value_max=1.35e6,
        subject="giá dăm gỗ keo tươi tại nhà máy"),
]

NOTES = [
    "Department site (Sở NN&PTNT Tuyên Quang), no dateline: menu, 'Tin khác', footer with address, phone and 'Lượt truy cập'.",
    "Distractors: 'đường 17/8' (a street name), 'Số 8', phone 0207.3822.416, 'Lượt truy cập: 1.204.377',",
    "'Thông tư số 26/2022/TT-BNNPTNT', 'năm 2024' in a link title.",
    "One-cell-per-line table, 'Đơn vị tính: tấn', place column 'Huyện': a district row label goes to location, not to the subject;",
    "'Các huyện còn lại' and 'Tổng số' stay Tuyên Quang. Subject = caption indicator (+ row label when not a place) + column label.",
    "Period from the column header ('Năm 2023', 'Ước thực hiện 2024'; scored). The 'So với cùng kỳ (%)' column names no year:",
    "its cells (2024 against 2023) carry an inherited period (not scored) and status actual (the column has no 'ước' cue).",
    "'Ước thực hiện 2024' → estimate. Cells get no total.",
    "Huyện Yên Sơn sentence: location Yên Sơn; 'hơn 40%' is a share standing alone (no figure before it): percent figure, no period.",
    "'(khoảng 45.000 tấn mỗi năm)' is a yearly rate (tấn/năm); the price range is a standing price (no period).",
    "'m3 gỗ/năm' → unit 'm3/năm' (shortest noun phrase with its time denominator).",
]

if __name__ == "__main__":
    write("p1314-7", TEXT, NOTES, FIGS, location="Tuyên Quang")
