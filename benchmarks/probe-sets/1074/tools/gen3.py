from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Quảng Trị, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cấp nước sạch nông thôn năm 2024 và nhiệm vụ năm 2025

Thực hiện Công văn số 4512/BNN-TL ngày 15/11/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Hiện trạng công trình
Tính đến ngày 30/11/2024, trên địa bàn 4 huyện miền núi và vùng gò đồi có 175 công trình cấp nước tập trung nông thôn, cụ thể:
Đơn vị tính: công trình
STT | Huyện | Tổng số | Bền vững | Tương đối bền vững | Kém bền vững | Không hoạt động
1 | Hướng Hóa | 64 | 22 | 19 | 15 | 8
2 | Đakrông | 52 | 14 | 16 | 13 | 9
3 | Gio Linh | 28 | 12 | 9 | 5 | 2
4 | Vĩnh Linh | 31 | 15 | 10 | 4 | 2
Tổng cộng | | 175 | 63 | 54 | 37 | 21

2. Kết quả đầu tư, cấp nước
Năm 2024, tổng vốn đầu tư cho cấp nước nông thôn là 126,4 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia 78,5 tỷ đồng, ngân sách tỉnh 32 tỷ đồng, vốn xã hội hóa 15,9 tỷ đồng. Đã hoàn thành 11 công trình, cấp nước cho thêm 3.240 hộ. Ước đến 31/12/2024, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn đạt 58,3%, vượt kế hoạch đề ra (58%); tỷ lệ sử dụng nước hợp vệ sinh đạt 98,7%.

II. TỒN TẠI, HẠN CHẾ
Tỷ lệ công trình kém bền vững và không hoạt động còn cao (33,1%); giá nước bình quân 7.800 đồng/m3, chưa tính đủ chi phí.

III. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn đạt 62%; sửa chữa, nâng cấp ít nhất 15 công trình kém bền vững; kinh phí dự kiến khoảng 95 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

asof = P("Tính đến ngày 30/11/2024", end="2024-11-30")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
est = P("Ước đến 31/12/2024", end="2024-12-31")

COLS = ["Tổng số", "Bền vững", "Tương đối bền vững", "Kém bền vững", "Không hoạt động"]
SUBJ = ["tổng số công trình", "công trình bền vững", "công trình tương đối bền vững",
        "công trình kém bền vững", "công trình không hoạt động"]
ROWS = [("Hướng Hóa | ", "Hướng Hóa", [64, 22, 19, 15, 8]),
        ("Đakrông | ", "Đakrông", [52, 14, 16, 13, 9]),
        ("Gio Linh | ", "Gio Linh", [28, 12, 9, 5, 2]),
        ("Vĩnh Linh | ", "Vĩnh Linh", [31, 15, 10, 4, 2]),
        ("Tổng cộng | | ", "Quảng Trị", [175, 63, 54, 37, 21])]

table = []
for prefix, place, vals in ROWS:
    for i, v in enumerate(vals):
        cells = " | ".join(str(x) for x in vals[:i + 1])
        anchor = prefix + cells
        subj = SUBJ[i] if place != "Quảng Trị" else "tổng cộng " + SUBJ[i]
        table.append(F(anchor, str(v), v, "count", "công trình", subj, I(asof), location=place))

FIGS = [
    F("địa bàn 4 huyện", "4", 4, "count", "huyện", "huyện miền núi và vùng gò đồi", asof, optional=True),
    F("có 175 công trình", "175", 175, "count", "công trình", "công trình cấp nước tập trung nông thôn", asof),
] + table + [
    F("là 126,4 tỷ đồng", "126,4", 126.4e9, "money", "đồng", "tổng vốn đầu tư cho cấp nước nông thôn", y24),
    F("quốc gia 78,5 tỷ đồng", "78,5", 78.5e9, "money", "đồng", "vốn Chương trình mục tiêu quốc gia", y24,
      total=126.4e9),
    F("tỉnh 32 tỷ đồng", "32", 32e9, "money", "đồng", "vốn ngân sách tỉnh", y24, total=126.4e9),
    F("hóa 15,9 tỷ đồng", "15,9", 15.9e9, "money", "đồng", "vốn xã hội hóa", y24, total=126.4e9),
    F("hoàn thành 11 công trình", "11", 11, "count", "công trình", "công trình hoàn thành", I(y24)),
    F("thêm 3.240 hộ", "3.240", 3240, "count", "hộ", "hộ được cấp nước thêm", I(y24)),
    F("đạt 58,3%", "58,3", 58.3, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn", est,
      target=T(58, met=True), status="estimate"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ sử dụng nước hợp vệ sinh", est, status="estimate"),
    F("(33,1%)", "33,1", 33.1, "percent", "%", "tỷ lệ công trình kém bền vững và không hoạt động"),
    F("bình quân 7.800 đồng/m3", "7.800", 7800, "money", "đồng/m3", "giá nước bình quân"),
    F("đạt 62%", "62", 62, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn", I(y25),
      status="target"),
    F("ít nhất 15 công trình", "15", 15, "count", "công trình", "công trình kém bền vững được sửa chữa, nâng cấp",
      I(y25), approx="at_least", status="target"),
    F("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "kinh phí sửa chữa, nâng cấp công trình", I(y25),
      approx="about", status="forecast"),
]

build("p1074-3", TEXT, FIGS, published="2024-12-18", location="Quảng Trị", comments=[
    "Formal report of UBND tỉnh Quảng Trị (Số: 287/BC-UBND): scheme status as of 30/11/2024 in a flattened '|' table by district,",
    "2024 investment (trong đó parts with total), estimated coverage vs plan (target 58, met), 2025 tasks.",
    "Table: every numeric cell is a figure (unit from 'Đơn vị tính: công trình', district to location, the Tổng cộng row is",
    "Quảng Trị); no totals on cells; period inherited from the line above the table. Row numbers (STT) are not figures.",
    "Distractors: Số: 287/BC-UBND, Công văn số 4512/BNN-TL ngày 15/11/2024, section numbers I.-III., 1.-2., STT 1-4.",
    "Totals-row cells: subject = row label + column label ('tổng cộng tổng số công trình', 'tổng cộng công trình bền vững').",
    "'4 huyện' (scope) optional. Section III has no period in its sentence: 2025 from the heading (inherited).",
])
