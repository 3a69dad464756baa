"""p1360-7: department site (Sở Du lịch Quảng Bình), no dateline: adventure routes 2024, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ DU LỊCH TỈNH QUẢNG BÌNH
Giới thiệu | Tin tức | Điểm đến | Thủ tục hành chính | Liên hệ

Khách tham gia các tuyến du lịch mạo hiểm năm 2024 tăng 12,6%

Năm 2024, các tuyến du lịch khám phá, mạo hiểm tại Vườn quốc gia Phong Nha - Kẻ Bàng và huyện Minh Hóa ước đón 41.870 lượt khách, tăng 12,6% so với năm 2023; doanh thu ước đạt 96,5 tỷ đồng, vượt 7,2% kế hoạch.

Lượt khách theo tuyến
Đơn vị tính: lượt khách
Tuyến
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Zipline Sông Chày - Hang Tối
28.400
31.900
34.000
Hang Sơn Đoòng
1.050
1.120
1.200
Hang Tú Làn
4.720
5.300
6.000
Hang Va - Hang Nước Nứt
3.000
3.550
4.000
Tổng cộng
37.170
41.870
45.200
Trong đó: khách quốc tế
9.860
11.240
12.500

Tuyến zipline Sông Chày - Hang Tối dài 400 m, giá vé trọn gói 950.000 đồng/khách. Hiện có 7 doanh nghiệp được cấp phép tổ chức tour mạo hiểm trong Vườn quốc gia, sử dụng khoảng 520 lao động địa phương làm hướng dẫn viên, porter.

Tin liên quan:
- Hội chợ Du lịch quốc tế VITM Hà Nội 2024
- Hướng dẫn thủ tục cấp phép tổ chức tour khám phá hang động

SỞ DU LỊCH TỈNH QUẢNG BÌNH
Địa chỉ: Số 6 đường Hùng Vương, TP Đồng Hới
Điện thoại: 0232.3822.018 - Email: sdl@quangbinh.gov.vn
Lượt truy cập: 1.204.377 | Trực tuyến: 52
Bản quyền thuộc Sở Du lịch tỉnh Quảng Bình
"""

Y24h = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", C23, None), ("Ước thực hiện 2024", E24, "estimate"), ("Kế hoạch 2025", K25, "target")]
ROWS = [("Hang Tối", "Zipline Sông Chày - Hang Tối", ["28.400", "31.900", "34.000"]),
        ("Hang Sơn Đoòng", "Hang Sơn Đoòng", ["1.050", "1.120", "1.200"]),
        ("Hang Tú Làn", "Hang Tú Làn", ["4.720", "5.300", "6.000"]),
        ("Hang Nước Nứt", "Hang Va - Hang Nước Nứt", ["3.000", "3.550", "4.000"]),
        ("Tổng cộng", "Tổng cộng", ["37.170", "41.870", "45.200"]),
        ("khách quốc tế", "Trong đó: khách quốc tế", ["9.860", "11.240", "12.500"])]
TOTALS = {"Năm 2023": 37170, "Ước thực hiện 2024": 41870, "Kế hoạch 2025": 45200}

CELLS = []
for head, subj, nums in ROWS:
    prev = head
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if head == "khách quốc tế":
            kw["total"] = TOTALS[col]
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "lượt khách",
                         subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("năm 2024 tăng 12,6%", "12,6", 12.6, "percent", "%",
        subject="khách tham gia các tuyến du lịch mạo hiểm", period=Y24h),
    fig("ước đón 41.870", "41.870", 41870, "count", "lượt khách", status="estimate",
        change=chg("increase", 12.6, "%", "năm 2023"),
        subject="lượt khách các tuyến du lịch khám phá, mạo hiểm", period=Y24),
    fig("ước đạt 96,5 tỷ", "96,5", 96.5e9, "money", "đồng", status="estimate",
        change=chg("increase", 7.2, "%", "kế hoạch"), subject="doanh thu các tuyến du lịch khám phá, mạo hiểm",
        period=Y24),
] + CELLS + [
    fig("dài 400 m", "400", 400, "measure", "m", subject="chiều dài tuyến zipline Sông Chày - Hang Tối"),
    fig("950.000 đồng/khách", "950.000", 950000, "money", "đồng/khách", subject="giá vé trọn gói tuyến zipline"),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp được cấp phép tổ chức tour mạo hiểm trong Vườn quốc gia"),
    fig("khoảng 520 lao động", "520", 520, "count", "lao động", approx="about",
        subject="lao động địa phương làm hướng dẫn viên, porter"),
]

NOTES = [
    "Department site (Sở Du lịch Quảng Bình), no dateline: menu, related links, footer address, phone, email, 'Lượt truy cập',",
    "'Trực tuyến'. No published date. Location Quảng Bình throughout (the routes span Bố Trạch and Minh Hóa; rows are routes, not places).",
    "Distractors: 'VITM Hà Nội 2024', 'Số 6 đường Hùng Vương', phone 0232.3822.018, counters 1.204.377 and 52.",
    "Headline 'năm 2024 tăng 12,6%' → growth rate as the claim (percent, no change), actual (the headline has no 'ước').",
    "'vượt 7,2% kế hoạch' → change of the 96,5 tỷ revenue with baseline 'kế hoạch' (spec: a gap to a plan is a change).",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách': subject = row + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: khách quốc tế' sub-row follows 'Tổng cộng' → total =",
    "the Tổng cộng cell of the same column. Other cells get no total.",
    "revised after the first run: cell subjects were 'lượt khách tuyến <row> <column>'; now exactly row label + column label",
    "(FIGURES.md, Tables), as in p1360-3. No verdict depended on it.",
]

if __name__ == "__main__":
    write("p1360-7", TEXT, NOTES, FIGS, location="Quảng Bình")
