"""p687-3: Khánh Hòa formal report (letterhead, Số: 142/BC-UBND) — sea farming H1/2024, flattened '|' table, tasks."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 142/BC-UBND
Khánh Hòa, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình nuôi trồng thủy sản trên biển 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm

Thực hiện Quyết định số 1664/QĐ-TTg ngày 04/10/2021 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô nuôi
Ước đến ngày 30/6/2024, toàn tỉnh có 71.350 ô lồng nuôi biển, tăng 2.140 ô lồng so với cuối năm 2023; trong đó lồng nuôi tôm hùm 52.600 ô lồng, lồng nuôi cá biển 18.750 ô lồng.

2. Kết quả sản xuất
Bảng 1. Kết quả nuôi biển 6 tháng đầu năm 2024
Chỉ tiêu | ĐVT | 6 tháng 2023 | Ước 6 tháng 2024 | So cùng kỳ (%)
Sản lượng tôm hùm | tấn | 612,5 | 668,3 | 109,1
Sản lượng cá biển | tấn | 1.845 | 2.010 | 108,9
Sản lượng nhuyễn thể | tấn | 3.120 | 2.964 | 95,0
Giá trị sản xuất | tỷ đồng | 1.326,4 | 1.489,7 | 112,3

3. Dịch bệnh, thiệt hại
Trong 6 tháng, có 1.215 ô lồng tôm hùm bị bệnh sữa, đỏ thân, làm chết khoảng 38,5 tấn tôm; thiệt hại ước 27 tỷ đồng.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2024 sản lượng nuôi biển đạt 11.500 tấn, trong đó tôm hùm 1.400 tấn; hoàn thành giao khu vực biển cho ít nhất 150 tổ chức, cá nhân.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Ước đến ngày 30/6/2024", None, "2024-06-30")
H23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = P("Ước 6 tháng 2024", "2024-01-01", "2024-06-30")
TITLE = I(P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"))
H6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")


def row(label, unit, kind, mult, cells):
    """cells: (anchor, number, value) for 6 tháng 2023, Ước 6 tháng 2024, So cùng kỳ (%)."""
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    return [
        F(a1, n1, v1 * mult, kind, unit, f"{label} 6 tháng 2023", H23),
        F(a2, n2, v2 * mult, kind, unit, f"{label} ước 6 tháng 2024", H24, status="estimate"),
        F(a3, n3, v3, "percent", "%", f"{label} so cùng kỳ", TITLE),
    ]


FIGS = [
    F("có 71.350 ô lồng", "71.350", 71350, "count", "ô lồng", "ô lồng nuôi biển", ASOF,
      change=CH("increase", 2140, unit="ô lồng", baseline="cuối năm 2023"), status="estimate"),
    F("tôm hùm 52.600 ô lồng", "52.600", 52600, "count", "ô lồng", "lồng nuôi tôm hùm", ASOF, total=71350,
      status="estimate"),
    F("cá biển 18.750 ô lồng", "18.750", 18750, "count", "ô lồng", "lồng nuôi cá biển", ASOF, total=71350,
      status="estimate"),
    *row("Sản lượng tôm hùm", "tấn", "measure", 1,
         [("| 612,5 |", "612,5", 612.5), ("| 668,3 |", "668,3", 668.3), ("| 109,1", "109,1", 109.1)]),
    *row("Sản lượng cá biển", "tấn", "measure", 1,
         [("| 1.845 |", "1.845", 1845), ("| 2.010 |", "2.010", 2010), ("| 108,9", "108,9", 108.9)]),
    *row("Sản lượng nhuyễn thể", "tấn", "measure", 1,
         [("| 3.120 |", "3.120", 3120), ("| 2.964 |", "2.964", 2964), ("| 95,0", "95,0", 95.0)]),
    *row("Giá trị sản xuất", "đồng", "money", 1e9,
         [("| 1.326,4 |", "1.326,4", 1326.4), ("| 1.489,7 |", "1.489,7", 1489.7), ("| 112,3", "112,3", 112.3)]),
    F("có 1.215 ô lồng", "1.215", 1215, "count", "ô lồng", "ô lồng tôm hùm bị bệnh sữa, đỏ thân", H6),
    F("khoảng 38,5 tấn", "38,5", 38.5, "measure", "tấn", "tôm chết do bệnh", H6, approx="about"),
    F("ước 27 tỷ đồng", "27", 27000000000, "money", "đồng", "thiệt hại do dịch bệnh", H6, status="estimate"),
    F("đạt 11.500 tấn", "11.500", 11500, "measure", "tấn", "sản lượng nuôi biển", Y24, status="target"),
    F("tôm hùm 1.400 tấn", "1.400", 1400, "measure", "tấn", "sản lượng tôm hùm", Y24, total=11500, status="target"),
    F("ít nhất 150 tổ chức", "150", 150, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được giao khu vực biển", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Probe 687-3. Formal report under the letterhead 'UBND TỈNH KHÁNH HÒA', Số: 142/BC-UBND, 'Khánh Hòa, ngày 12 tháng 7",
    "năm 2024' (= published). Flattened '|' table: Chỉ tiêu | ĐVT | 6 tháng 2023 | Ước 6 tháng 2024 | So cùng kỳ (%).",
    "Every numeric cell is a figure; subject = row label + column; unit from the ĐVT column ('tỷ đồng' multiplies by 10^9);",
    "period from the column header (scored); 'Ước 6 tháng 2024' → estimate. The 'So cùng kỳ (%)' column is a percent figure,",
    "status actual (its header is not an Ước/Kế hoạch column; choice), its period only from the table title (inherited).",
    "'Ước đến ngày 30/6/2024' → as-of, estimate, continuing into the 'trong đó' parts; '2.140 ô lồng' is the change of 71.350.",
    "'Trong 6 tháng' takes 2024 from the nearest earlier period. 'Phấn đấu cả năm 2024' → target for the whole sentence.",
    "Distractors: Số 142/BC-UBND, QĐ 1664/QĐ-TTg ngày 04/10/2021, section numbers I./1./2./3./II., 'Bảng 1', 'ĐVT'.",
]

if __name__ == "__main__":
    emit("p687-3", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Khánh Hòa")
