"""p1274-7: department site (Sở GD&ĐT Quảng Ngãi), no dateline: school water and toilets, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Bảo đảm vệ sinh trường học, chủ động phòng bệnh tay chân miệng

Toàn tỉnh hiện có 612 trường mầm non, tiểu học và trung học cơ sở với khoảng 246.000 trẻ em, học sinh. Năm 2024, số trường có công trình nước sạch, nhà vệ sinh đạt chuẩn ước đạt 525 trường, chiếm 85,8% tổng số trường, tăng 30 trường so với năm 2023.

Số trường có công trình nước sạch, nhà vệ sinh đạt chuẩn
Đơn vị tính: trường
Cấp học
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Mầm non
198
212
230
Tiểu học
176
184
195
Trung học cơ sở
121
129
140
Tổng số
495
525
565

Năm học 2023-2024, ngành y tế ghi nhận 146 trẻ mầm non mắc tay chân miệng tại 38 trường, không có trường phải đóng cửa. Tổng kinh phí sửa chữa, xây mới nhà vệ sinh năm 2024 khoảng 8,5 tỷ đồng, trong đó ngân sách tỉnh 6,2 tỷ đồng.

Mục tiêu đến năm 2025 có ít nhất 92% trường đạt chuẩn về nước sạch và nhà vệ sinh.

Tin liên quan:
- Hướng dẫn công tác y tế trường học năm học 2024-2025
- Quảng Ngãi tổ chức Hội khỏe Phù Đổng lần thứ XII

Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi
Địa chỉ: 160 Hùng Vương, TP Quảng Ngãi | Điện thoại: 0255.3822.518
Lượt truy cập: 1.204.377 | Đang online: 45
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
IND = "trường có công trình nước sạch, nhà vệ sinh đạt chuẩn"

ROWS = [("Mầm non", ["198", "212", "230"]), ("Tiểu học", ["176", "184", "195"]),
        ("Trung học cơ sở", ["121", "129", "140"]), ("Tổng số", ["495", "525", "565"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for (cname, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}", n, int(n), "count", "trường",
                         subject=f"{label.lower()} {cname}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 612 trường", "612", 612, "count", "trường",
        subject="trường mầm non, tiểu học và trung học cơ sở"),
    fig("khoảng 246.000 trẻ", "246.000", 246000, "count", "trẻ em, học sinh", approx="about",
        subject="trẻ em, học sinh"),
    fig("ước đạt 525 trường", "525", 525, "count", "trường", status="estimate", percent=85.8,
        change=chg("increase", 30, "trường", "năm 2023"),
        subject="số trường có công trình nước sạch, nhà vệ sinh đạt chuẩn", period=Y24),
] + CELLS + [
    fig("ghi nhận 146 trẻ", "146", 146, "count", "trẻ", subject="trẻ mầm non mắc tay chân miệng"),
    fig("tại 38 trường", "38", 38, "count", "trường", subject="trường có trẻ mắc tay chân miệng"),
    fig("khoảng 8,5 tỷ", "8,5", 8.5e9, "money", "đồng", approx="about",
        subject="tổng kinh phí sửa chữa, xây mới nhà vệ sinh", period=Y24b),
    fig("tỉnh 6,2 tỷ", "6,2", 6.2e9, "money", "đồng", total=8.5e9,
        subject="ngân sách tỉnh", period=Y24b),
    fig("ít nhất 92%", "92", 92, "percent", "%", approx="at_least", status="target",
        subject="trường đạt chuẩn về nước sạch và nhà vệ sinh", period=TO25),
]

NOTES = [
    "Department site (Sở GD&ĐT Quảng Ngãi), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'năm học 2023-2024' / '2024-2025' (school years), 'lần thứ XII', '160 Hùng Vương', phone 0255.3822.518,",
    "counters 1.204.377 and 45.",
    "'ước đạt 525 trường, chiếm 85,8% tổng số trường, tăng 30 trường so với năm 2023' → estimate, percent 85.8, change +30 trường;",
    "'tổng số trường' gives no number, so no total.",
    "One-cell-per-line table, 'Đơn vị tính: trường'; rows are school levels; subject = row label + column label (FIGURES.md);",
    "revised after the first run: the caption indicator was dropped from the cell subjects (the spec names row and column only).",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Năm học 2023-2024' (a school year) gives no dated period: 146 trẻ and 38 trường carry none.",
    "'khoảng 8,5 tỷ đồng, trong đó ngân sách tỉnh 6,2 tỷ đồng' → total 8.5e9. 'Mục tiêu đến năm 2025 có ít nhất 92%' → target,",
    "at_least, period start null end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1274-7", TEXT, NOTES, FIGS, location="Quảng Ngãi")
