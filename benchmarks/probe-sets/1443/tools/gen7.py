"""p1443-7: department site without dateline (Sở NN&PTNT An Giang): lúa nếp 2024, one-cell-per-line table by season."""
from lib import F, period, year, inherit, change, target, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Giới thiệu | Tin tức | Thông tin chuyên ngành | Văn bản | Hỏi đáp

Sản xuất lúa nếp năm 2024: diện tích giảm, giá trị tăng

Năm 2024, toàn tỉnh xuống giống 98.640 ha lúa nếp, giảm 3,6% so với năm 2023; nhờ giá tăng, tổng giá trị sản xuất lúa nếp ước đạt 6.120 tỷ đồng, tăng 8,4%. Huyện Phú Tân là vùng nếp lớn nhất tỉnh với 41.250 ha, chiếm 41,8% diện tích; kế đến là Châu Phú (19.700 ha) và Tân Châu (12.300 ha).

Diện tích lúa nếp phân theo mùa vụ
Đơn vị tính: ha
Vụ
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Đông Xuân
45.820
44.150
96,4
Hè Thu
40.960
39.480
96,4
Thu Đông
15.530
15.010
96,7
Tổng số
102.310
98.640
96,4

Giá lúa nếp tươi tại ruộng năm 2024 dao động 7.200-8.500 đồng/kg, có thời điểm lên 9.000 đồng/kg. Toàn tỉnh hiện có 36 hợp tác xã và tổ hợp tác sản xuất lúa nếp, trong đó 11 đơn vị liên kết bao tiêu với doanh nghiệp trên diện tích khoảng 8.500 ha. Nhãn hiệu "Nếp Phú Tân" hiện có 5 doanh nghiệp được cấp quyền sử dụng.

Năm 2025, ngành nông nghiệp phấn đấu duy trì khoảng 95.000 ha lúa nếp, trong đó diện tích áp dụng quy trình canh tác giảm phát thải đạt ít nhất 15.000 ha.

Liên kết website | Sơ đồ site
Địa chỉ: Số 05 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên, An Giang
Điện thoại: (0296) 3852 461
Lượt truy cập: 1.284.937
"""

Y24 = year("Năm 2024", 2024)
Y24b = year("năm 2024", 2024)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện 2024", 2024)
Y25 = year("Năm 2025", 2025)
IND = "diện tích lúa nếp"

ROWS = [("Đông Xuân", ["45.820", "44.150", "96,4"]), ("Hè Thu", ["40.960", "39.480", "96,4"]),
        ("Thu Đông", ["15.530", "15.010", "96,7"]), ("Tổng số", ["102.310", "98.640", "96,4"])]
CELLS = []
for label, (a, b, c) in ROWS:
    row = f"vụ {label}" if label != "Tổng số" else "tổng số"
    CELLS.append(F(f"{label}\n{a}", a, float(a.replace(".", "")), "measure", "ha", f"{IND} {row} năm 2023", C23))
    CELLS.append(F(f"{a}\n{b}", b, float(b.replace(".", "")), "measure", "ha", f"{IND} {row} ước thực hiện 2024",
                   E24, status="estimate"))
    CELLS.append(F(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%", f"{IND} {row} so với cùng kỳ"))

FIGS = [
    F("xuống giống 98.640 ha", "98.640", 98640, "measure", "ha", "diện tích lúa nếp xuống giống", Y24,
      change=change("decrease", 3.6, "%", "năm 2023")),
    F("ước đạt 6.120 tỷ", "6.120", 6120e9, "money", "đồng", "tổng giá trị sản xuất lúa nếp", Y24,
      status="estimate", change=change("increase", 8.4, "%")),
    F("với 41.250 ha", "41.250", 41250, "measure", "ha", "diện tích vùng nếp", inherit(Y24), percent=41.8,
      location="Phú Tân"),
    F("Châu Phú (19.700 ha)", "19.700", 19700, "measure", "ha", "diện tích vùng nếp", inherit(Y24),
      location="Châu Phú"),
    F("Tân Châu (12.300 ha)", "12.300", 12300, "measure", "ha", "diện tích vùng nếp", inherit(Y24),
      location="Tân Châu"),
] + CELLS + [
    F("dao động 7.200-8.500", "7.200", 7200, "money", "đồng/kg", "giá lúa nếp tươi tại ruộng", Y24b,
      value_max=8500),
    F("lên 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá lúa nếp tươi tại ruộng", Y24b),
    F("có 36 hợp tác xã", "36", 36, "count", "hợp tác xã và tổ hợp tác",
      "hợp tác xã và tổ hợp tác sản xuất lúa nếp"),
    F("trong đó 11 đơn vị", "11", 11, "count", "đơn vị", "đơn vị liên kết bao tiêu với doanh nghiệp", total=36),
    F("khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích liên kết bao tiêu", approx="about"),
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      "doanh nghiệp được cấp quyền sử dụng nhãn hiệu Nếp Phú Tân"),
    F("khoảng 95.000 ha", "95.000", 95000, "measure", "ha", "diện tích lúa nếp duy trì", Y25, approx="about",
      status="target"),
    F("ít nhất 15.000 ha", "15.000", 15000, "measure", "ha",
      "diện tích áp dụng quy trình canh tác giảm phát thải", Y25, approx="at_least", status="target", total=95000),
]

NOTES = [
    "Department site (Sở NN&PTNT An Giang) with no dateline: menu, footer address, phone, 'Lượt truy cập: 1.284.937'. No published date.",
    "The province is named by the department's banner and the footer → location An Giang (default); Phú Tân, Châu Phú, Tân Châu are districts → location.",
    "One-cell-per-line table, 'Đơn vị tính: ha': columns 'Năm 2023', 'Ước thực hiện 2024' (status estimate), 'So với cùng kỳ (%)' (percent cells,",
    "no period in the header, no status cue → actual); rows are crop seasons (not places); subject = table title + row + column; no totals.",
    "'tăng 8,4%' after 6.120 tỷ đồng has no baseline → change without baseline. 'chiếm 41,8% diện tích' → percent of 41.250 ha.",
    "'trong đó 11 đơn vị' → total 36. 'trong đó ... đạt ít nhất 15.000 ha' → total 95000, target, at_least.",
    "'hiện có' figures carry no period. 'Năm 2024' / 'năm 2024' are stated in their own sentences (scored).",
    "Distractors: 'Số 05 Lê Triệu Kiết', phone '(0296) 3852 461', 'Lượt truy cập', the table's header year labels.",
]

if __name__ == "__main__":
    write("p1443-7", TEXT, NOTES, FIGS, location="An Giang")
