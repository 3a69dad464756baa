"""p848-7: Chi cục Thủy lợi Vĩnh Long (department site, no dateline), erosion 2024 + one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH VĨNH LONG
CHI CỤC THỦY LỢI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tình hình sạt lở bờ sông và kết quả đầu tư công trình kè năm 2024

Năm 2024, trên địa bàn tỉnh xảy ra 47 vụ sạt lở bờ sông, kênh rạch, giảm 21 vụ so với năm 2023, với tổng chiều dài 2.865 m, diện tích đất bị mất khoảng 9.400 m2. Các vụ sạt lở tập trung ở huyện Long Hồ (14 vụ), Mang Thít (11 vụ), Vũng Liêm (9 vụ) và Trà Ôn (8 vụ).

Cũng trong năm, tỉnh đã hoàn thành 6 công trình kè chống sạt lở với tổng chiều dài 5,3 km, giá trị giải ngân 312 tỷ đồng, đạt 91,5% kế hoạch vốn. Hiện toàn tỉnh còn 23 điểm sạt lở có nguy cơ cao (dài từ 100 m trở lên) với tổng chiều dài 8,7 km, cần khoảng 1.100 tỷ đồng để đầu tư kè.

Kết quả phòng, chống sạt lở bờ sông giai đoạn 2022 - 2025
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
Số hộ di dời khỏi vùng sạt lở (hộ)
186
154
132
200
Công trình kè hoàn thành (công trình)
4
5
6
8
Chiều dài kè xây dựng (km)
3,1
4,2
5,3
7,5
Vốn đầu tư (tỷ đồng)
205
248
312
420

CHI CỤC THỦY LỢI TỈNH VĨNH LONG
Địa chỉ: số 107/2 đường 2 Tháng 9, phường 1, TP Vĩnh Long
Điện thoại: 0270.3822.615 - Email: ccthuyloi@vinhlong.gov.vn
Tổng lượt truy cập: 1.284.307 | Đang trực tuyến: 26
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INYEAR = P("Cũng trong năm", "2024-01-01", "2024-12-31")
COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Năm 2024", "2024-01-01", "2024-12-31"), P("Kế hoạch 2025", "2025-01-01", "2025-12-31")]
ROWS = [  # (label as written, subject, kind, unit, multiplier, cells)
    ("(hộ)", "số hộ di dời khỏi vùng sạt lở", "count", "hộ", 1, ("186", "154", "132", "200")),
    ("(công trình)", "công trình kè hoàn thành", "count", "công trình", 1, ("4", "5", "6", "8")),
    ("(km)", "chiều dài kè xây dựng", "measure", "km", 1, ("3,1", "4,2", "5,3", "7,5")),
    ("(tỷ đồng)", "vốn đầu tư", "money", "đồng", 1e9, ("205", "248", "312", "420")),
]

FIGS = [
    F("xảy ra 47 vụ", "47", 47, "count", "vụ", "vụ sạt lở bờ sông, kênh rạch", Y24,
      change=C("decrease", 21, "vụ", "năm 2023")),
    F("dài 2.865 m", "2.865", 2865, "measure", "m", "tổng chiều dài sạt lở", Y24),
    F("khoảng 9.400 m2", "9.400", 9400, "measure", "m2", "diện tích đất bị mất do sạt lở", Y24,
      approx="about"),
    F("Long Hồ (14 vụ)", "14", 14, "count", "vụ", "vụ sạt lở", I(Y24), location="Long Hồ"),
    F("Mang Thít (11 vụ)", "11", 11, "count", "vụ", "vụ sạt lở", I(Y24), location="Mang Thít"),
    F("Vũng Liêm (9 vụ)", "9", 9, "count", "vụ", "vụ sạt lở", I(Y24), location="Vũng Liêm"),
    F("Trà Ôn (8 vụ)", "8", 8, "count", "vụ", "vụ sạt lở", I(Y24), location="Trà Ôn"),
    F("hoàn thành 6 công trình", "6", 6, "count", "công trình", "công trình kè chống sạt lở hoàn thành",
      INYEAR),
    F("dài 5,3 km", "5,3", 5.3, "measure", "km", "tổng chiều dài công trình kè", INYEAR),
    F("giải ngân 312 tỷ đồng", "312", 312e9, "money", "đồng", "giá trị giải ngân công trình kè", INYEAR,
      percent=91.5),
    F("còn 23 điểm", "23", 23, "count", "điểm", "điểm sạt lở có nguy cơ cao"),
    F("từ 100 m trở lên", "100", 100, "measure", "m", "ngưỡng chiều dài điểm sạt lở có nguy cơ cao",
      approx="at_least", optional=True),
    F("dài 8,7 km", "8,7", 8.7, "measure", "km", "chiều dài các điểm sạt lở có nguy cơ cao"),
    F("khoảng 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "vốn cần để đầu tư kè",
      approx="about"),
]
for label, subj, kind, unit, mult, cells in ROWS:
    prev = label
    for per, cell in zip(COLS, cells):
        extra = {"status": "target"} if per["text"].startswith("Kế hoạch") else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, float(cell.replace(",", ".")) * mult, kind, unit,
                      subj, per, **extra))
        prev = cell

NOTES = [
    "Chi cục Thủy lợi Vĩnh Long, department site with no dateline (published null), footer address, phone and visit counter.",
    "District list (14+11+9+8 = 42 of 47) does not add up: no total. 'Cũng trong năm' takes 2024 from the sentence before.",
    "One-cell-per-line table: row label gives subject and unit ('(tỷ đồng)' multiplies by 10^9); column headers give the period;",
    "the 'Kế hoạch 2025' column is status target. The 2024 column repeats body figures; both are figures.",
    "'dài từ 100 m trở lên' is the category threshold of a high-risk point: optional.",
    "Distractors: số 107/2 đường 2 Tháng 9, phường 1, 0270.3822.615, Tổng lượt truy cập: 1.284.307, Đang trực tuyến: 26, giai đoạn 2022 - 2025.",
]

if __name__ == "__main__":
    write("p848-7", TEXT, FIGS, NOTES, published=None, location="Vĩnh Long")
