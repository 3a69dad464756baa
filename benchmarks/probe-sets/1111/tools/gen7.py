"""p1111-7: Sở Du lịch Bà Rịa - Vũng Tàu department site, no dateline, one-cell-per-line table (2023 vs 2024)."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ DU LỊCH TỈNH BÀ RỊA - VŨNG TÀU
Giới thiệu | Tin tức - Sự kiện | Thống kê du lịch | Văn bản

Kết quả hoạt động của các resort ven biển năm 2024

Năm 2024, hoạt động kinh doanh của các khu nghỉ dưỡng (resort) ven biển trên địa bàn tỉnh tiếp tục phục hồi mạnh. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Số resort ven biển đang hoạt động
resort
74
81
Số phòng
phòng
6.820
7.450
Công suất phòng bình quân
%
57,6
63,1
Lượt khách lưu trú
nghìn lượt
1.742
2.015
Doanh thu
tỷ đồng
3.985
4.760

Các resort tập trung tại huyện Xuyên Mộc (32 resort), TP. Vũng Tàu (21 resort), huyện Long Điền (15 resort), huyện Đất Đỏ (9 resort) và huyện Côn Đảo (4 resort). Riêng huyện Xuyên Mộc, khu vực Hồ Tràm - Hồ Cốc có 12 resort hạng sang với 2.900 phòng, công suất phòng bình quân đạt 71,5%, cao nhất tỉnh.

Trên địa bàn tỉnh hiện có 26 dự án resort ven biển đang xây dựng, tổng vốn đăng ký khoảng 72.300 tỷ đồng, trong đó 8 dự án dự kiến hoàn thành trong năm 2025, bổ sung khoảng 1.950 phòng.

Năm 2025, ngành du lịch phấn đấu công suất phòng bình quân của các resort ven biển đạt 66%, doanh thu đạt 5.500 tỷ đồng.

SỞ DU LỊCH TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: Số 01 Phạm Văn Đồng, phường Phước Trung, TP. Bà Rịa
Điện thoại: 0254.3812.450 - Email: sdl@baria-vungtau.gov.vn
Tổng lượt truy cập: 1.384.276 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [  # label, unit line, (kind, unit, multiplier), subject, cells
    ("Số resort ven biển đang hoạt động", "resort", ("count", "resort", 1), "số resort ven biển đang hoạt động", ["74", "81"]),
    ("Số phòng", "phòng", ("count", "phòng", 1), "số phòng", ["6.820", "7.450"]),
    ("Công suất phòng bình quân", "%", ("percent", "%", 1), "công suất phòng bình quân", ["57,6", "63,1"]),
    ("Lượt khách lưu trú", "nghìn lượt", ("count", "lượt", 1000), "lượt khách lưu trú", ["1.742", "2.015"]),
    ("Doanh thu", "tỷ đồng", ("money", "đồng", 10 ** 9), "doanh thu", ["3.985", "4.760"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def val(s, mult):
    v = round(num(s) * mult, 6)
    return int(v) if v.is_integer() else v


TABLE = []
for label, uline, (kind, unit, mult), subj, cells in ROWS:
    block = "\n".join([label, uline] + cells)
    assert block in TEXT, block
    TABLE.append(F(f"{label}\n{uline}\n{cells[0]}\n", cells[0], val(cells[0], mult), kind, unit,
                   subject=f"{label} năm 2023", period=Y23))
    TABLE.append(F(f"{cells[0]}\n{cells[1]}\n", cells[1], val(cells[1], mult), kind, unit,
                   subject=f"{label} năm 2024", period=Y24))

DIST = "resort ven biển"
FIGS = TABLE + [
    F("Xuyên Mộc (32 resort)", "32", 32, "count", "resort", location="Xuyên Mộc", subject=DIST, period=I(Y24)),
    F("Vũng Tàu (21 resort)", "21", 21, "count", "resort", location="Vũng Tàu", subject=DIST, period=I(Y24)),
    F("Long Điền (15 resort)", "15", 15, "count", "resort", location="Long Điền", subject=DIST, period=I(Y24)),
    F("Đất Đỏ (9 resort)", "9", 9, "count", "resort", location="Đất Đỏ", subject=DIST, period=I(Y24)),
    F("Côn Đảo (4 resort)", "4", 4, "count", "resort", location="Côn Đảo", subject=DIST, period=I(Y24)),
    F("có 12 resort", "12", 12, "count", "resort", location="Xuyên Mộc",
      subject="resort hạng sang khu vực Hồ Tràm - Hồ Cốc", period=I(Y24)),
    F("với 2.900 phòng", "2.900", 2900, "count", "phòng", location="Xuyên Mộc",
      subject="phòng của các resort hạng sang khu vực Hồ Tràm - Hồ Cốc", period=I(Y24)),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", location="Xuyên Mộc",
      subject="công suất phòng bình quân của các resort khu vực Hồ Tràm - Hồ Cốc", period=I(Y24)),
    F("có 26 dự án", "26", 26, "count", "dự án", subject="dự án resort ven biển đang xây dựng"),
    F("khoảng 72.300 tỷ đồng", "72.300", 72300e9, "money", "đồng", approx="about",
      subject="tổng vốn đăng ký các dự án resort ven biển đang xây dựng"),
    F("trong đó 8 dự án", "8", 8, "count", "dự án", total=26, status="forecast",
      subject="dự án dự kiến hoàn thành", period=P("trong năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 1.950 phòng", "1.950", 1950, "count", "phòng", approx="about", status="forecast",
      subject="phòng bổ sung", period=P("trong năm 2025", "2025-01-01", "2025-12-31")),
    F("đạt 66%", "66", 66, "percent", "%", status="target",
      subject="công suất phòng bình quân của các resort ven biển", period=Y25),
    F("đạt 5.500 tỷ đồng", "5.500", 5500e9, "money", "đồng", status="target", subject="doanh thu", period=Y25),
]

COMMENTS = [
    "Department site (Sở Du lịch Bà Rịa - Vũng Tàu), no dateline: published absent. Footer address, phone, email, visit counter.",
    "Table written one cell per line: header cells 'Chỉ tiêu / Đơn vị tính / Năm 2023 / Năm 2024', then each row's cells.",
    "Each cell: subject = row label + column label, period = column header (scored), unit and multiplier from the 'Đơn vị tính' cell",
    "('nghìn lượt' ×10³, 'tỷ đồng' ×10⁹).",
    "The district list (32+21+15+9+4 = 81) adds up to the 2024 resort count, but that whole is a table cell, not a figure",
    "right before the list, and no part-of cue is used: no total; location each district;",
    "its period is inherited from 'Năm 2024' (lead sentence/table column). Hồ Tràm - Hồ Cốc figures are located in Xuyên Mộc.",
    "revised after the first run: table-cell subjects now include the column label (FIGURES.md: 'the row label and the column label').",
    "'trong đó 8 dự án dự kiến hoàn thành' → total 26, forecast. Not figures: 'Số 01 Phạm Văn Đồng', phone, counters.",
]

if __name__ == "__main__":
    emit("p1111-7", TEXT, FIGS, COMMENTS, published=None, location="Bà Rịa - Vũng Tàu")
