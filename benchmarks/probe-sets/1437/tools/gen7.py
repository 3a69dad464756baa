"""p1437-7: department site without a dateline (Sở Tư pháp Khánh Hòa) with a one-cell-per-line table by office."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ TƯ PHÁP TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ

Hoạt động thừa phát lại trên địa bàn tỉnh

Hiện nay, toàn tỉnh Khánh Hòa có 3 Văn phòng Thừa phát lại với 8 thừa phát lại và 21 thư ký nghiệp vụ. Năm 2024, các văn phòng ước tống đạt khoảng 24.600 văn bản cho Tòa án và cơ quan thi hành án dân sự, tăng 9% so với năm 2023; tổng doanh thu ước đạt 16,8 tỷ đồng. Mức thu phí lập vi bằng bình quân khoảng 2,8 triệu đồng/vi bằng. Người dân có nhu cầu lập vi bằng có thể liên hệ trực tiếp các văn phòng từ thứ Hai đến sáng thứ Bảy hằng tuần.

Số vi bằng do các Văn phòng Thừa phát lại lập
Đơn vị tính: vi bằng

STT

Văn phòng

Địa bàn

Năm 2023

Ước thực hiện năm 2024

Kế hoạch năm 2025

1

Hòn Chồng

TP Nha Trang

3.215

3.480

3.800

2

Bãi Dài

TP Cam Ranh

1.142

1.265

1.400

3

Hòn Khói

TX Ninh Hòa

786

912

1.000

Tổng số

5.143

5.657

6.200

Theo kế hoạch phát triển thừa phát lại, đến năm 2030 toàn tỉnh có ít nhất 8 Văn phòng Thừa phát lại.

Tin liên quan:
- Hướng dẫn đăng ký vi bằng trực tuyến
- Kiểm tra Văn phòng Thừa phát lại Hòn Chồng năm 2024

SỞ TƯ PHÁP TỈNH KHÁNH HÒA
Địa chỉ: số 4 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.416 - Email: stp@khanhhoa.gov.vn
Lượt truy cập: 1.204.517 | Đang trực tuyến: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")

ROWS = [  # office, place, cells (anchor, number, value) for 2023, 2024 estimate, 2025 plan
    ("Hòn Chồng", "Nha Trang", [("3.215", 3215), ("3.480", 3480), ("3.800", 3800)]),
    ("Bãi Dài", "Cam Ranh", [("1.142", 1142), ("1.265", 1265), ("1.400", 1400)]),
    ("Hòn Khói", "Ninh Hòa", [("786", 786), ("912", 912), ("1.000", 1000)]),
    ("Tổng số", None, [("5.143", 5143), ("5.657", 5657), ("6.200", 6200)]),
]
COLS = [("năm 2023", C23, "actual"), ("ước thực hiện năm 2024", C24, "estimate"),
        ("kế hoạch năm 2025", C25, "target")]

FIGS = [
    fig("có 3 Văn phòng", "3", 3, "count", "Văn phòng Thừa phát lại", subject="Văn phòng Thừa phát lại"),
    fig("với 8 thừa phát lại", "8", 8, "count", "thừa phát lại", subject="thừa phát lại"),
    fig("và 21 thư ký", "21", 21, "count", "thư ký nghiệp vụ", subject="thư ký nghiệp vụ"),
    fig("khoảng 24.600 văn bản", "24.600", 24600, "count", "văn bản", approx="about", status="estimate",
        change=chg("increase", 9, "%", "năm 2023"),
        subject="văn bản các văn phòng tống đạt cho Tòa án và cơ quan thi hành án dân sự", period=Y24),
    fig("ước đạt 16,8 tỷ", "16,8", 16.8e9, "money", "đồng", status="estimate",
        subject="tổng doanh thu", period=Y24),
    fig("khoảng 2,8 triệu", "2,8", 2.8e6, "money", "đồng/vi bằng", approx="about",
        subject="mức thu phí lập vi bằng bình quân"),
]
for office, place, cells in ROWS:
    for (num, val), (col, p, status) in zip(cells, COLS):
        label = "Tổng số vi bằng" if office == "Tổng số" else f"vi bằng Văn phòng {office}"
        kw = {"location": place} if place else {}
        FIGS.append(fig(f"\n{num}\n", num, val, "count", "vi bằng", subject=f"{label} {col}",
                        period=p, status=status, **kw))
FIGS += [
    fig("ít nhất 8 Văn phòng", "8", 8, "count", "Văn phòng Thừa phát lại", approx="at_least",
        status="target", subject="Văn phòng Thừa phát lại", period=T2030),
]

NOTES = [
    "Department site (Sở Tư pháp Khánh Hòa) with no dateline: menu, related links, footer with address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "One-cell-per-line table (Đơn vị tính: vi bằng; columns Năm 2023 / Ước thực hiện năm 2024 / Kế hoạch năm 2025; 'Tổng số' row).",
    "  Every numeric cell is a figure: unit vi bằng, period and status from the column (estimate, target), location from the 'Địa bàn' column",
    "  (TP Nha Trang, TP Cam Ranh, TX Ninh Hòa); the office name is the row label (subject). 'Tổng số' is the province. STT 1-3 are not figures.",
    "Distractors: STT 1-3, 'số 4 Phan Chu Trinh', phone 0258.3822.416, Lượt truy cập 1.204.517, Đang trực tuyến 23, 'năm 2024' in a link, 'từ thứ Hai đến sáng thứ Bảy' (weekdays).",
    "'ước tống đạt khoảng 24.600' → estimate + about, change 9% vs năm 2023; the revenue clause has its own 'ước đạt'. 'Hiện nay' gives no period",
    "  (no dateline). 'đến năm 2030 … ít nhất 8' → target, at_least.",
]

if __name__ == "__main__":
    write("p1437-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
