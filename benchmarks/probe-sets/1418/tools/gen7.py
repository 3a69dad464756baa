"""p1418-7: department site (Sở Công Thương Đà Nẵng), no dateline: efficient equipment in buildings; one-cell-per-line table."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Tiết kiệm năng lượng | Liên hệ

Đà Nẵng đẩy mạnh sử dụng thiết bị hiệu suất cao trong các tòa nhà

Thành phố hiện có 96 cơ sở sử dụng năng lượng trọng điểm, trong đó 41 tòa nhà thương mại, khách sạn. Năm 2024, các cơ sở này ước tiết kiệm được 38,5 triệu kWh, tăng 6,1% so với năm 2023.

Số thiết bị hiệu suất cao được thay thế tại các tòa nhà
Đơn vị tính: chiếc
Loại thiết bị
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Điều hòa inverter
1.240
1.580
1.900
Đèn LED
8.650
10.300
12.000
Bình nước nóng bơm nhiệt
85
112
150
Tổng số
9.975
11.992
14.050

Tại Khách sạn Sông Hàn Riverside (quận Sơn Trà), sau khi thay 320 máy điều hòa cũ bằng điều hòa inverter và lắp 45 bình nước nóng bơm nhiệt, lượng điện tiêu thụ năm 2023 giảm 18% so với năm 2022, tiết kiệm khoảng 1,1 tỷ đồng tiền điện.

Trung bình mỗi máy điều hòa inverter thay thế giúp tiết kiệm khoảng 600 kWh/năm. Thành phố phấn đấu đến năm 2025 có ít nhất 60% tòa nhà công sở sử dụng thiết bị đạt nhãn năng lượng 4 sao trở lên.

Tin liên quan:
- Hội thảo "Tiết kiệm năng lượng trong tòa nhà" lần thứ 2
- Tuần lễ Tiết kiệm năng lượng năm 2024

SỞ CÔNG THƯƠNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 11, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.165
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Điều hòa inverter", ["1.240", "1.580", "1.900"]), ("Đèn LED", ["8.650", "10.300", "12.000"]),
        ("Bình nước nóng bơm nhiệt", ["85", "112", "150"]), ("Tổng số", ["9.975", "11.992", "14.050"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}\n", n, float(n.replace(".", "")), "count", "chiếc",
                         subject=f"{label.lower()} thay thế {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở sử dụng năng lượng trọng điểm"),
    fig("41 tòa nhà", "41", 41, "count", "tòa nhà", total=96, subject="tòa nhà thương mại, khách sạn"),
    fig("ước tiết kiệm được 38,5 triệu", "38,5", 38.5e6, "measure", "kWh", status="estimate",
        change=chg("increase", 6.1, "%", "năm 2023"), subject="điện năng các cơ sở này tiết kiệm được", period=Y24),
] + CELLS + [
    fig("thay 320 máy", "320", 320, "count", "máy điều hòa", location="Sơn Trà",
        subject="máy điều hòa cũ Khách sạn Sông Hàn Riverside thay bằng điều hòa inverter"),
    fig("lắp 45 bình", "45", 45, "count", "bình nước nóng bơm nhiệt", location="Sơn Trà",
        subject="bình nước nóng bơm nhiệt khách sạn lắp"),
    fig("giảm 18%", "18", 18, "percent", "%", location="Sơn Trà", period=per("năm 2023", "2023-01-01", "2023-12-31"),
        subject="lượng điện tiêu thụ của khách sạn"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about", location="Sơn Trà",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), subject="tiền điện khách sạn tiết kiệm"),
    fig("khoảng 600 kWh/năm", "600", 600, "measure", "kWh/năm", approx="about",
        subject="điện năng mỗi máy điều hòa inverter thay thế tiết kiệm"),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tòa nhà công sở sử dụng thiết bị đạt nhãn năng lượng 4 sao trở lên", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Đà Nẵng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'lần thứ 2', 'năm 2024' in a link, 'Tầng 11', '24 Trần Phú', phone 0236.3822.165, counters 1.204.377 and 52, '4 sao trở lên'.",
    "published = null (no date in the page). '96 cơ sở, trong đó 41 tòa nhà' → total 96; standing counts ('hiện có') have no period.",
    "'ước tiết kiệm được' → estimate. One-cell-per-line table, 'Đơn vị tính: chiếc'; subject = row + caption verb + column label;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Table cells get no total.",
    "Hotel in quận Sơn Trà: location Sơn Trà for its 4 figures; 'lượng điện tiêu thụ năm 2023 giảm 18% so với năm 2022' is a rate that",
    "is the claim (percent, no change); the replacements (320 máy, 45 bình) are undated (no period).",
    "'Trung bình mỗi máy ... khoảng 600 kWh/năm' : a per-unit rate, no period. 'phấn đấu đến năm 2025 ... ít nhất 60%' → target, start null.",
]

if __name__ == "__main__":
    write("p1418-7", TEXT, NOTES, FIGS, location="Đà Nẵng")
