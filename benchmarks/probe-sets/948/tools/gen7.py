"""p948-7: department site (Chi cục Thủy sản Bến Tre), no dateline; artemia crop 2023 with a one-cell-per-line table, plan 2024."""
from lib import *

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
CHI CỤC THỦY SẢN
Trang chủ / Tin chuyên ngành

Kết quả nuôi artemia vụ năm 2023 và kế hoạch năm 2024

Vụ nuôi năm 2023, các huyện ven biển tỉnh Bến Tre thả nuôi 96,5 ha artemia trên ruộng muối và ao đầm, giảm 8,1 ha so với năm 2022 do mưa trái mùa. Sản lượng trứng bào xác đạt 7,6 tấn, năng suất bình quân 79 kg/ha. Kết quả cụ thể như sau:

Đơn vị tính: diện tích (ha); năng suất (kg/ha); sản lượng (tấn)
Huyện
Diện tích
Năng suất
Sản lượng trứng
Ba Tri
58,2
84
4,9
Bình Đại
26,8
72
1,9
Thạnh Phú
11,5
70
0,8
Tổng cộng
96,5
79
7,6

Giá trứng artemia năm 2023 bình quân 1,05 triệu đồng/kg, tổng giá trị đạt gần 8 tỷ đồng. Toàn tỉnh có 168 hộ nuôi, trong đó huyện Ba Tri 112 hộ, chủ yếu ở các xã Bảo Thạnh, Bảo Thuận và An Thủy. Mô hình nuôi artemia kết hợp làm muối cho lợi nhuận bình quân 48 triệu đồng/ha, cao hơn 2,2 lần so với chỉ làm muối.

Năm 2024, Chi cục đặt mục tiêu thả nuôi 120 ha, năng suất từ 85 kg/ha trở lên; tổ chức 6 lớp tập huấn kỹ thuật cho khoảng 180 lượt người. Chi cục cũng phối hợp tổ chức Hội thảo chuỗi giá trị artemia lần thứ 2 tại huyện Ba Tri.

Chi cục Thủy sản Bến Tre - Số 126A Nguyễn Thị Định, phường Phú Tân, TP. Bến Tre
Điện thoại: 0275.3822.304
Tổng lượt truy cập: 1.203.557
"""

Y23 = P("Vụ nuôi năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = (("Diện tích", "ha"), ("Năng suất", "kg/ha"), ("Sản lượng trứng", "tấn"))  # column labels as written


def row(cells, loc, prefix=""):
    return [F(a, n, v, "measure", unit, prefix + subj, I(Y23), location=loc)
            for (a, n, v), (subj, unit) in zip(cells, COLS)]


FIGS = [
    F("thả nuôi 96,5 ha", "96,5", 96.5, "measure", "ha", "diện tích thả nuôi artemia trên ruộng muối và ao đầm", Y23,
      change=C("decrease", 8.1, "ha", "năm 2022")),
    F("đạt 7,6 tấn", "7,6", 7.6, "measure", "tấn", "sản lượng trứng bào xác", I(Y23)),
    F("bình quân 79 kg/ha", "79", 79, "measure", "kg/ha", "năng suất bình quân", I(Y23)),
    *row([("Ba Tri\n58,2", "58,2", 58.2), ("58,2\n84", "84", 84), ("84\n4,9", "4,9", 4.9)], "Ba Tri"),
    *row([("Bình Đại\n26,8", "26,8", 26.8), ("26,8\n72", "72", 72), ("72\n1,9", "1,9", 1.9)], "Bình Đại"),
    *row([("Thạnh Phú\n11,5", "11,5", 11.5), ("11,5\n70", "70", 70), ("70\n0,8", "0,8", 0.8)], "Thạnh Phú"),
    *row([("Tổng cộng\n96,5", "96,5", 96.5), ("96,5\n79", "79", 79), ("79\n7,6", "7,6", 7.6)], "Bến Tre", "Tổng cộng "),
    F("bình quân 1,05 triệu", "1,05", 1050000, "money", "đồng/kg", "giá trứng artemia bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 8 tỷ", "8", 8000000000, "money", "đồng", "tổng giá trị trứng artemia",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("168 hộ", "168", 168, "count", "hộ", "hộ nuôi artemia"),
    F("Ba Tri 112 hộ", "112", 112, "count", "hộ", "hộ nuôi artemia", total=168, location="Ba Tri"),
    F("bình quân 48 triệu", "48", 48000000, "money", "đồng/ha", "lợi nhuận mô hình nuôi artemia kết hợp làm muối",
      change=C("increase", 2.2, "lần", "chỉ làm muối")),
    F("thả nuôi 120 ha", "120", 120, "measure", "ha", "diện tích thả nuôi artemia", Y24, status="target"),
    F("từ 85 kg/ha", "85", 85, "measure", "kg/ha", "năng suất", Y24, status="target", approx="at_least"),
    F("6 lớp", "6", 6, "count", "lớp", "lớp tập huấn kỹ thuật", Y24, status="target"),
    F("khoảng 180 lượt người", "180", 180, "count", "lượt người", "lượt người được tập huấn", Y24,
      status="target", approx="about"),
]

NOTES = [
    "revised after the first run: table-cell subjects are the column label as written (+ 'Tổng cộng' for the totals row), per FIGURES.md and h23/h24.",
    "Chi cục Thủy sản Bến Tre (department site): no dateline, footer with address, phone and 'Tổng lượt truy cập: 1.203.557'.",
    "One-cell-per-line table (header cells one per line, then each row's four cells): units from 'Đơn vị tính' in column order;",
    "district row labels go to location; no period in the headers, so cells inherit 'Vụ nuôi năm 2023' from the lead paragraph.",
    "'cao hơn 2,2 lần so với chỉ làm muối' after 48 triệu đồng/ha is its change (lần). 'năng suất từ 85 kg/ha trở lên' is the target (at_least).",
    "Distractors: 'Số 126A Nguyễn Thị Định', phone 0275.3822.304, the visit counter, 'lần thứ 2' (ordinal of a workshop).",
]

write("p948-7", TEXT, FIGS, published=None, location="Bến Tre", notes=NOTES)
