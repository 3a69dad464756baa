"""p1309-7: department site (Sở GTVT Quảng Ninh), no dateline: island passenger boats stopped by sea fog, quý I/2024,
one-cell-per-line table by route."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Tàu khách ra đảo tạm dừng 96 chuyến do sương mù trong quý I/2024

Quý I/2024, sương mù trên biển xuất hiện dày đặc vào sáng sớm, tầm nhìn nhiều thời điểm dưới 500 m, khiến các tuyến tàu khách cố định từ cảng Cái Rồng ra các đảo phải tạm dừng 96 chuyến, tăng 28 chuyến so với cùng kỳ năm 2023. Trong quý, Cảng vụ Đường thủy nội địa tỉnh cấp phép rời bến cho 5.840 chuyến tàu, vận chuyển khoảng 214.000 lượt hành khách, vượt 7% kế hoạch quý.

Số chuyến tàu khách tạm dừng do sương mù
Đơn vị tính: chuyến
Tuyến
Quý I/2023
Quý I/2024
So với cùng kỳ (%)
Cái Rồng - Cô Tô
34
52
152,9
Cái Rồng - Quan Lạn
22
27
122,7
Cái Rồng - Minh Châu
12
17
141,7
Tổng số
68
96
141,2

Đến hết quý I/2024, toàn tỉnh có 47 tàu khách hoạt động tuyến đảo, 100% đã được lắp radar hàng hải và thiết bị nhận dạng tự động (AIS). Đài Khí tượng thủy văn tỉnh dự báo trong tháng 4/2024, sương mù trên biển còn xuất hiện khoảng 8-10 ngày; Sở đề nghị các chủ tàu chủ động điều chỉnh lịch chạy tàu.

Tin khác:
- Hướng dẫn thủ tục cấp Giấy chứng nhận đăng ký phương tiện thủy nội địa
- Thông báo luồng hàng hải Hòn Gai - Cái Lân

SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Địa chỉ: Tầng 8, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long
Điện thoại: 0203.3835.617
Lượt truy cập: 1.902.337 | Đang trực tuyến: 52
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
QH = per("quý I/2024", "2024-01-01", "2024-03-31")
INQ = per("Trong quý", "2024-01-01", "2024-03-31")
C23 = per("Quý I/2023", "2023-01-01", "2023-03-31")
C24 = per("Quý I/2024", "2024-01-01", "2024-03-31")
ASOF = per("Đến hết quý I/2024", None, "2024-03-31")
APR = per("trong tháng 4/2024", "2024-04-01", "2024-04-30")
CAP = "số chuyến tàu khách tạm dừng do sương mù"

ROWS = [("Cái Rồng - Cô Tô", ["34", "52", "152,9"]), ("Cái Rồng - Quan Lạn", ["22", "27", "122,7"]),
        ("Cái Rồng - Minh Châu", ["12", "17", "141,7"]), ("Tổng số", ["68", "96", "141,2"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    row = "tổng số" if label == "Tổng số" else f"tuyến {label}"
    for i, n in enumerate(nums):
        a = f"{prev}\n{n}"
        if i < 2:
            p = C23 if i == 0 else C24
            CELLS.append(fig(a, n, float(n), "count", "chuyến", subject=f"{CAP} {row} {p['text']}", period=p))
        else:
            CELLS.append(fig(a, n, float(n.replace(",", ".")), "percent", "%",
                             subject=f"{CAP} {row} so với cùng kỳ"))
        prev = n

FIGS = [
    fig("tạm dừng 96 chuyến do", "96", 96, "count", "chuyến", subject="chuyến tàu khách ra đảo tạm dừng do sương mù",
        period=QH),
    fig("dưới 500 m", "500", 500, "measure", "m", approx="under", subject="tầm nhìn trên biển", period=Q1),
    fig("tạm dừng 96 chuyến,", "96", 96, "count", "chuyến", change=chg("increase", 28, "chuyến", "cùng kỳ năm 2023"),
        subject="chuyến tàu khách cố định ra các đảo tạm dừng", period=Q1),
    fig("cho 5.840 chuyến", "5.840", 5840, "count", "chuyến tàu", subject="chuyến tàu được cấp phép rời bến",
        period=INQ),
    fig("khoảng 214.000 lượt", "214.000", 214000, "count", "lượt hành khách", approx="about",
        change=chg("increase", 7, "%", "kế hoạch quý"), subject="lượt hành khách vận chuyển", period=INQ),
] + CELLS + [
    fig("có 47 tàu khách", "47", 47, "count", "tàu khách", subject="tàu khách hoạt động tuyến đảo", period=ASOF),
    fig("100% đã được lắp", "100", 100, "percent", "%",
        subject="tàu khách được lắp radar hàng hải và thiết bị nhận dạng tự động", period=ASOF),
    fig("khoảng 8-10 ngày", "8", 8, "count", "ngày", value_max=10, approx="about", status="forecast",
        subject="ngày sương mù trên biển còn xuất hiện", period=APR),
]

NOTES = [
    "Department site (Sở GTVT Quảng Ninh), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Tầng 8', 'Trụ sở Liên cơ quan số 3', phone 0203.3835.617, counters 1.902.337 and 52; no published date.",
    "Headline '96 chuyến ... trong quý I/2024' is a figure of its own (with its period). Location Quảng Ninh throughout:",
    "the table rows are routes (Cái Rồng - Cô Tô ...), not places, so they go into the subject.",
    "'tăng 28 chuyến so với cùng kỳ năm 2023' -> change (unit chuyến); 'vượt 7% kế hoạch quý' -> change with baseline kế hoạch.",
    "One-cell-per-line table, 'Đơn vị tính: chuyến'; columns Quý I/2023, Quý I/2024 (periods, scored), 'So với cùng kỳ (%)'",
    "(percent figures, no period); 'Tổng số' row; cells get no total.",
    "'Đến hết quý I/2024' is an as-of date for 47 tàu and the 100% share; 'dự báo trong tháng 4/2024 ... khoảng 8-10 ngày' forecast.",
]

if __name__ == "__main__":
    write("p1309-7", TEXT, NOTES, FIGS, location="Quảng Ninh")
