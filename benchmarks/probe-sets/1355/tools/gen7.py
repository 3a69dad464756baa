"""p1355-7: department site (Sở TN&MT Đắk Lắk), no dateline: rain gauge network by district, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH ĐẮK LẮK
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Khí tượng thủy văn | Liên hệ

Mở rộng mạng lưới trạm đo mưa tự động tại các huyện

Thực hiện dự án tăng cường năng lực quan trắc khí tượng thủy văn chuyên dùng, năm 2024 tỉnh lắp đặt mới 38 trạm đo mưa tự động, nâng tổng số trạm trên địa bàn lên 126 trạm. Tổng vốn thực hiện ước đạt 4,6 tỷ đồng, bằng 92% kế hoạch vốn năm.

Số trạm đo mưa tự động theo địa bàn
Đơn vị tính: trạm
Huyện, thị xã, thành phố
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Buôn Ma Thuột
9
11
12
Huyện M'Đrắk
14
22
26
Huyện Lắk
17
25
30
Huyện Krông Bông
12
19
24
Các huyện còn lại
36
49
58
Tổng số
88
126
150

Số liệu từ các trạm được truyền tự động về Trung tâm dữ liệu của Sở với tần suất 15 phút/lần. Năm 2024, tổng lượng mưa tại trạm Buôn Ma Thuột đạt 1.684 mm, thấp hơn 8,5% so với trung bình nhiều năm; tại huyện M'Đrắk đạt 2.310 mm.

Mục tiêu đến năm 2025, 100% xã có nguy cơ cao về lũ quét, sạt lở đất được lắp đặt trạm đo mưa tự động. Chi phí duy tu bình quân hiện khoảng 12 triệu đồng/trạm/năm.

Trang liên quan: Bản tin dự báo thời tiết 10 ngày | Cảnh báo lũ quét, sạt lở đất
Sở Tài nguyên và Môi trường tỉnh Đắk Lắk - 46 Phan Bội Châu, TP Buôn Ma Thuột
Điện thoại: 0262.3852.618 | Lượt truy cập: 1.204.377
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24B = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Buôn Ma Thuột", "Buôn Ma Thuột", None, ["9", "11", "12"]),
        ("Huyện M'Đrắk", "M'Đrắk", None, ["14", "22", "26"]),
        ("Huyện Lắk", "Lắk", None, ["17", "25", "30"]),
        ("Huyện Krông Bông", "Krông Bông", None, ["12", "19", "24"]),
        ("Các huyện còn lại", None, "các huyện còn lại", ["36", "49", "58"]),
        ("Tổng số", None, "tổng số", ["88", "126", "150"])]

CELLS = []
for label, place, extra, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        subj = "trạm đo mưa tự động" + (f" {extra}" if extra else "") + f" {col}"
        if extra == "tổng số":
            subj = f"tổng số trạm đo mưa tự động {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n), "count", "trạm", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("mới 38 trạm", "38", 38, "count", "trạm", subject="trạm đo mưa tự động lắp đặt mới", period=Y24),
    fig("lên 126 trạm", "126", 126, "count", "trạm", subject="tổng số trạm đo mưa tự động trên địa bàn", period=Y24),
    fig("ước đạt 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", percent=92, status="estimate",
        subject="tổng vốn thực hiện", period=Y24),
] + CELLS + [
    fig("15 phút/lần", "15", 15, "measure", "phút/lần", subject="tần suất truyền số liệu về Trung tâm dữ liệu"),
    fig("đạt 1.684 mm", "1.684", 1684, "measure", "mm", change=chg("decrease", 8.5, "%", "trung bình nhiều năm"),
        subject="tổng lượng mưa tại trạm Buôn Ma Thuột", period=Y24B, location="Buôn Ma Thuột"),
    fig("đạt 2.310 mm", "2.310", 2310, "measure", "mm", subject="tổng lượng mưa", period=Y24B, location="M'Đrắk"),
    fig("năm 2025, 100%", "100", 100, "percent", "%", status="target",
        subject="xã có nguy cơ cao về lũ quét, sạt lở đất được lắp đặt trạm đo mưa tự động", period=T25),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/trạm/năm", approx="about",
        subject="chi phí duy tu bình quân"),
]

NOTES = [
    "Department site (Sở TN&MT Đắk Lắk), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.204.377'.",
    "Distractors: '10 ngày' in a link title, '46 Phan Bội Châu', phone 0262.3852.618, the visitor counter.",
    "One-cell-per-line table ('Đơn vị tính: trạm'), a place column: a district/city row label → location (TP Buôn Ma Thuột,",
    "M'Đrắk, Lắk, Krông Bông); 'Các huyện còn lại' and 'Tổng số' stay Đắk Lắk with the label in the subject.",
    "Subject = caption indicator + (non-place row label) + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "No dateline: 'năm 2024' in the text gives the periods. 'nâng tổng số … lên 126 trạm' is the new stock (no change object).",
    "'ước đạt 4,6 tỷ đồng, bằng 92% kế hoạch vốn năm' → estimate, percent 92.",
    "'thấp hơn 8,5% so với trung bình nhiều năm' → change (decrease). '; tại huyện M'Đrắk đạt 2.310 mm' → location M'Đrắk, same period.",
    "'Mục tiêu đến năm 2025, 100% …' target; the next sentence (maintenance cost, 'hiện') is a standing cost, actual, no period.",
]

if __name__ == "__main__":
    write("p1355-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
