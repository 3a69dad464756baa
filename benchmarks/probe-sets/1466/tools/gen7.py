"""p1466-7: department site (CDC Quảng Ninh), no dateline: fluoride mouth-rinse in schools, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH QUẢNG NINH
Giới thiệu | Tin tức | Chuyên môn | Văn bản | Liên hệ

Nha học đường: hơn 140 nghìn học sinh được súc miệng fluor

Năm 2023, chương trình nha học đường được triển khai tại 13/13 huyện, thị xã, thành phố với 486 trường tham gia, tăng 5,2% so với năm 2022. Tỷ lệ học sinh tiểu học được súc miệng bằng nước fluor đạt 91,4%, vượt 1,4% kế hoạch.

Số học sinh được súc miệng bằng nước fluor
Đơn vị tính: học sinh
Cấp học
Năm 2022
Năm 2023
Kế hoạch 2024
Mầm non
18.240
21.560
25.000
Tiểu học
96.830
104.215
110.000
Trung học cơ sở
12.405
15.120
18.000
Tổng số
127.475
140.895
153.000

TP Hạ Long dẫn đầu với 28.650 học sinh, tiếp đến là TP Cẩm Phả (17.920 học sinh) và TP Uông Bí (12.300 học sinh). Kinh phí mua fluor và cốc súc miệng khoảng 1,8 tỷ đồng, bình quân 12.800 đồng/học sinh/năm.

Năm 2024, Trung tâm phấn đấu mở rộng chương trình tới thêm 40 trường, đào tạo 120 giáo viên phụ trách y tế trường học.

Tin cùng chuyên mục:
- Hướng dẫn phòng chống sốt xuất huyết mùa mưa
- Tiêm chủng mở rộng: lịch tiêm tháng 3

Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh
Địa chỉ: Số 651 đường Lê Thánh Tông, phường Bạch Đằng, TP Hạ Long
Điện thoại: 0203.3835.432
Lượt truy cập: 1.204.557
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("Mầm non", ["18.240", "21.560", "25.000"]), ("Tiểu học", ["96.830", "104.215", "110.000"]),
        ("Trung học cơ sở", ["12.405", "15.120", "18.000"]), ("Tổng số", ["127.475", "140.895", "153.000"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "học sinh",
                         subject=f"số học sinh được súc miệng bằng nước fluor {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("hơn 140 nghìn", "140", 140000, "count", "học sinh", approx="over",
        subject="học sinh được súc miệng fluor"),
    fig("tại 13/13", "13", 13, "count", "huyện, thị xã, thành phố", total=13,
        subject="huyện, thị xã, thành phố triển khai chương trình nha học đường", period=Y23),
    fig("với 486 trường", "486", 486, "count", "trường", change=chg("increase", 5.2, "%", "năm 2022"),
        subject="trường tham gia chương trình nha học đường", period=Y23),
    fig("đạt 91,4%", "91,4", 91.4, "percent", "%", change=chg("increase", 1.4, "%", "kế hoạch"),
        subject="tỷ lệ học sinh tiểu học được súc miệng bằng nước fluor", period=inh(Y23)),
] + CELLS + [
    fig("với 28.650", "28.650", 28650, "count", "học sinh", subject="học sinh được súc miệng bằng nước fluor",
        period=inh(Y23), location="Hạ Long"),
    fig("(17.920", "17.920", 17920, "count", "học sinh", subject="học sinh được súc miệng bằng nước fluor",
        period=inh(Y23), location="Cẩm Phả"),
    fig("(12.300", "12.300", 12300, "count", "học sinh", subject="học sinh được súc miệng bằng nước fluor",
        period=inh(Y23), location="Uông Bí"),
    fig("khoảng 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="about",
        subject="kinh phí mua fluor và cốc súc miệng", period=inh(Y23)),
    fig("12.800 đồng", "12.800", 12800, "money", "đồng/học sinh/năm",
        subject="kinh phí bình quân", period=inh(Y23)),
    fig("thêm 40 trường", "40", 40, "count", "trường", status="target",
        subject="trường mở rộng chương trình", period=Y24),
    fig("đào tạo 120", "120", 120, "count", "giáo viên", status="target",
        subject="giáo viên phụ trách y tế trường học được đào tạo", period=Y24),
]

NOTES = [
    "Department site (Trung tâm Kiểm soát bệnh tật tỉnh Quảng Ninh), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Số 651 đường Lê Thánh Tông', phone '0203.3835.432', 'Lượt truy cập: 1.204.557', 'tháng 3' in a link title.",
    "One-cell-per-line table, 'Đơn vị tính: học sinh': rows are school levels, columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target).",
    "Subject = caption + row + column; period from the column header (scored). Cells get no total. Headline 'hơn 140 nghìn' = 140000, over, no period.",
    "'13/13 huyện, thị xã, thành phố' -> total 13. 'tăng 5,2% so với năm 2022' -> change of the 486 trường.",
    "'vượt 1,4% kế hoạch' (a gap to plan) -> change with baseline 'kế hoạch' on the 91,4%.",
    "The city list (Hạ Long, Cẩm Phả, Uông Bí) shares the indicator of the table; each city is its item's location. The rate 12.800 đồng/học sinh/năm keeps its denominator.",
]

if __name__ == "__main__":
    write("p1466-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
