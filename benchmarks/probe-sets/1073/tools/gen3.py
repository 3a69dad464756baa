"""p1073-3: formal report (UBND tỉnh Bình Định), conversion of rice land 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Bình Định, ngày 12 tháng 9 năm 2024

BÁO CÁO
Kết quả chuyển đổi cơ cấu cây trồng trên đất trồng lúa năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích chuyển đổi
Thực hiện Kế hoạch số 45/KH-UBND ngày 15/3/2024, năm 2024 toàn tỉnh đã chuyển đổi 1.865 ha đất trồng lúa sang cây hằng năm, đạt 103,6% kế hoạch (kế hoạch 1.800 ha), tăng 9,2% so với năm 2023. Trong đó, trồng lạc 742 ha, trồng mè 436 ha, cây trồng khác 687 ha. Kết quả theo địa phương như sau:

Đơn vị tính: ha
Địa phương | Tổng diện tích | Lạc | Mè | Cây khác
Phù Mỹ | 412 | 185 | 96 | 131
Tây Sơn | 356 | 148 | 82 | 126
Hoài Ân | 298 | 121 | 74 | 103
Phù Cát | 265 | 102 | 55 | 108
Các địa phương khác | 534 | 186 | 129 | 219
Toàn tỉnh | 1.865 | 742 | 436 | 687

2. Hiệu quả kinh tế
Năng suất lạc bình quân đạt 30,2 tạ/ha, mè đạt 8,7 tạ/ha. Lợi nhuận bình quân trên diện tích chuyển đổi đạt 42,5 triệu đồng/ha, cao hơn khoảng 2 lần so với trồng lúa. Tính đến ngày 31/8/2024, có 12 hợp tác xã liên kết bao tiêu sản phẩm lạc, mè với diện tích 615 ha.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu chuyển đổi 2.000 ha đất lúa, trong đó lạc 800 ha, mè 500 ha; dự kiến kinh phí hỗ trợ khoảng 6,5 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K13.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
YI = I(Y)
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
Y25 = I(P("NĂM 2025", "2025-01-01", "2025-12-31"))

FIGS = [
    F("chuyển đổi 1.865 ha", "1.865", 1865, "measure", "ha", "diện tích đất trồng lúa chuyển đổi sang cây hằng năm",
      Y, percent=103.6, target=T(1800, "ha"),
      change=C("increase", 9.2, "%", "năm 2023")),
    F("trồng lạc 742 ha", "742", 742, "measure", "ha", "diện tích chuyển đổi trồng lạc", YI, total=1865),
    F("trồng mè 436 ha", "436", 436, "measure", "ha", "diện tích chuyển đổi trồng mè", YI, total=1865),
    F("khác 687 ha", "687", 687, "measure", "ha", "diện tích chuyển đổi cây trồng khác", YI, total=1865),
]

COLS = ["Tổng diện tích", "Lạc", "Mè", "Cây khác"]  # column labels (FIGURES.md: subject = row label + column label)
ROWS = [("Phù Mỹ", ["412", "185", "96", "131"]),
        ("Tây Sơn", ["356", "148", "82", "126"]),
        ("Hoài Ân", ["298", "121", "74", "103"]),
        ("Phù Cát", ["265", "102", "55", "108"]),
        ("Các địa phương khác", ["534", "186", "129", "219"]),
        ("Toàn tỉnh", ["1.865", "742", "436", "687"])]
for label, cells in ROWS:
    for j, cell in enumerate(cells):
        # anchor: the row label and the cells up to this one
        anchor = label + " | " + " | ".join(cells[: j + 1])
        if label == "Các địa phương khác":  # a group, not a place: stays in the subject
            subj, loc = label + " " + COLS[j], "Bình Định"
        elif label == "Toàn tỉnh":  # the province as a whole: a place label, goes to location
            subj, loc = COLS[j], "Bình Định"
        else:
            subj, loc = COLS[j], label
        v = float(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, v, "measure", "ha", subj, YI, location=loc))

FIGS += [
    F("đạt 30,2 tạ/ha", "30,2", 30.2, "measure", "tạ/ha", "năng suất lạc bình quân", YI),
    F("đạt 8,7 tạ/ha", "8,7", 8.7, "measure", "tạ/ha", "năng suất mè bình quân", YI),
    F("đạt 42,5 triệu đồng/ha", "42,5", 42500000, "money", "đồng/ha", "lợi nhuận bình quân trên diện tích chuyển đổi", YI,
      change=C("increase", 2, "lần", "trồng lúa", approx="about")),
    F("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã liên kết bao tiêu sản phẩm lạc, mè", ASOF),
    F("diện tích 615 ha", "615", 615, "measure", "ha", "diện tích liên kết bao tiêu sản phẩm lạc, mè", ASOF),
    F("chuyển đổi 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích đất lúa chuyển đổi", Y25, status="target"),
    F("lạc 800 ha", "800", 800, "measure", "ha", "diện tích chuyển đổi trồng lạc", Y25, status="target", total=2000),
    F("mè 500 ha", "500", 500, "measure", "ha", "diện tích chuyển đổi trồng mè", Y25, status="target", total=2000),
    F("khoảng 6,5 tỷ đồng", "6,5", 6500000000, "money", "đồng", "kinh phí hỗ trợ chuyển đổi", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report under the letterhead UBND TỈNH BÌNH ĐỊNH, Số: 287/BC-UBND, 'Bình Định, ngày 12 tháng 9 năm 2024'.",
    "Not figures: document numbers (287/BC-UBND, Kế hoạch số 45/KH-UBND ngày 15/3/2024), section numbers I./II./1./2., 'Lưu: VT, K13',",
    "'so với năm 2023' (baseline). Flattened table: 'Đơn vị tính: ha'; every cell is a figure (measure, ha); district rows go to",
    "location; 'Toàn tỉnh' (the province) is Bình Định; 'Các địa phương khác' is Bình Định with the row label in the subject. No totals in cells.",
    "revised after the first run: table subjects are row label + column label as FIGURES.md says ('Lạc', 'Các địa phương khác Lạc'),",
    "no longer the caption-derived 'diện tích chuyển đổi trồng lạc' (a spec convention the first gold missed).",
    "Table period: 'năm 2024' stands in the paragraph above (inherited). '(kế hoạch 1.800 ha)' is the target of 1.865 ha.",
    "'cao hơn khoảng 2 lần so với trồng lúa' after the profit is its change (unit lần). 'NĂM 2025' heading gives the plan's period (inherited).",
]

write("p1073-3", TEXT, NOTES, FIGS, published="2024-09-12", location="Bình Định")
