"""p1032-3: formal report, UBND tỉnh Kiên Giang, seaweed 9 months 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, build

TEXT = """ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình nuôi trồng rong biển 9 tháng đầu năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tính đến ngày 30/9/2024, diện tích nuôi trồng rong biển toàn tỉnh đạt 412 ha, tăng 37 ha so với cùng kỳ; trong đó rong sụn 368 ha, chiếm 89,3%, còn lại là rong nho và rong câu. Sản lượng thu hoạch 9 tháng đạt 4.580 tấn tươi, tăng 10,9% so với cùng kỳ, đạt 73,9% kế hoạch năm. Kết quả theo địa phương như sau:

Đơn vị tính: tấn tươi
Địa phương | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Kiên Hải | 2.310 | 2.580 | 3.400
Phú Quốc | 980 | 1.050 | 1.500
Kiên Lương | 540 | 610 | 800
TP Hà Tiên | 300 | 340 | 500
Tổng cộng | 4.130 | 4.580 | 6.200

2. Hộ nuôi và giá bán
Toàn tỉnh có 715 hộ nuôi trồng rong biển (Kiên Hải 410 hộ, Phú Quốc 162 hộ, Kiên Lương 95 hộ, Hà Tiên 48 hộ). Giá rong sụn khô bình quân 9 tháng là 18.500 đồng/kg, giảm 1.500 đồng/kg so với cùng kỳ; rong nho tươi ổn định ở mức 40.000 đồng/kg.

3. Chính sách hỗ trợ
Thực hiện Nghị quyết số 12/2022/NQ-HĐND, tỉnh đã hỗ trợ 1,85 tỷ đồng cho 64 hộ mua giống, vật tư nuôi rong sụn.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu quý IV thu hoạch thêm 1.620 tấn tươi, đưa sản lượng cả năm đạt 6.200 tấn; mở rộng thêm 25 ha tại huyện Kiên Hải.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
SUBJ = "sản lượng rong biển thu hoạch"


def row(place, label, cells, loc):
    a, b, c = cells
    out = [
        F(f"{label} | {a} |", a, float(a.replace(".", "")), "measure", "tấn", f"{SUBJ} 9 tháng năm 2023", C23,
          location=loc),
        F(f"| {a} | {b} |", b, float(b.replace(".", "")), "measure", "tấn", f"{SUBJ} 9 tháng năm 2024", C24,
          location=loc),
        F(f"| {b} | {c}\n", c, float(c.replace(".", "")), "measure", "tấn", f"{SUBJ} kế hoạch năm 2024", KH,
          status="target", location=loc),
    ]
    return out


FIGS = [
    F("toàn tỉnh đạt 412 ha", "412", 412, "measure", "ha", "diện tích nuôi trồng rong biển", ASOF,
      change=C("increase", 37, "ha", baseline="cùng kỳ")),
    F("rong sụn 368 ha", "368", 368, "measure", "ha", "diện tích nuôi rong sụn", ASOF, total=412, percent=89.3),
    F("đạt 4.580 tấn tươi", "4.580", 4580, "measure", "tấn", "sản lượng rong biển thu hoạch", M9,
      change=C("increase", 10.9, baseline="cùng kỳ"), percent=73.9),
]
FIGS += row("Kiên Hải", "Kiên Hải", ("2.310", "2.580", "3.400"), "Kiên Hải")
FIGS += row("Phú Quốc", "Phú Quốc", ("980", "1.050", "1.500"), "Phú Quốc")
FIGS += row("Kiên Lương", "Kiên Lương", ("540", "610", "800"), "Kiên Lương")
FIGS += row("Hà Tiên", "TP Hà Tiên", ("300", "340", "500"), "Hà Tiên")
FIGS += row("Tổng cộng", "Tổng cộng", ("4.130", "4.580", "6.200"), None)
for f in FIGS[-3:]:
    f["subject"] = "tổng cộng " + f["subject"]
FIGS += [
    F("có 715 hộ", "715", 715, "count", "hộ", "hộ nuôi trồng rong biển", I(ASOF)),
    F("Kiên Hải 410 hộ", "410", 410, "count", "hộ", "hộ nuôi trồng rong biển", I(ASOF), total=715,
      location="Kiên Hải"),
    F("Phú Quốc 162 hộ", "162", 162, "count", "hộ", "hộ nuôi trồng rong biển", I(ASOF), total=715,
      location="Phú Quốc"),
    F("Kiên Lương 95 hộ", "95", 95, "count", "hộ", "hộ nuôi trồng rong biển", I(ASOF), total=715,
      location="Kiên Lương"),
    F("Hà Tiên 48 hộ", "48", 48, "count", "hộ", "hộ nuôi trồng rong biển", I(ASOF), total=715,
      location="Hà Tiên"),
    F("là 18.500 đồng/kg", "18.500", 18500, "money", "đồng/kg", "giá rong sụn khô bình quân", M9,
      change=C("decrease", 1500, "đồng/kg", baseline="cùng kỳ")),
    F("mức 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá rong nho tươi", M9),
    F("hỗ trợ 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "kinh phí hỗ trợ mua giống, vật tư nuôi rong sụn",
      I(P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"))),
    F("cho 64 hộ", "64", 64, "count", "hộ", "hộ được hỗ trợ mua giống, vật tư nuôi rong sụn",
      I(P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"))),
    F("thêm 1.620 tấn tươi", "1.620", 1620, "measure", "tấn", "sản lượng rong biển thu hoạch thêm", Q4,
      status="target"),
    F("cả năm đạt 6.200 tấn", "6.200", 6200, "measure", "tấn", "sản lượng rong biển cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 25 ha", "25", 25, "measure", "ha", "diện tích nuôi trồng rong biển mở rộng", Q4, status="target",
      location="Kiên Hải"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Kiên Giang, Số: 318/BC-UBND): rong biển 9 tháng 2024 with a flattened '|' table (Đơn vị tính: tấn tươi),",
    "columns 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024 (target), rows by district + Tổng cộng (province).",
    "Table cells: period from the column header (scored), location from the row label, no totals. 'đạt 73,9% kế hoạch năm' is the",
    "percent of 4.580 tấn. 'trong đó rong sụn 368 ha, chiếm 89,3%' → total 412, percent 89,3. Bracketed households add up (715).",
    "'9 tháng' / 'quý IV' / 'cả năm' take 2024 from the as-of date. Distractors: Số 318/BC-UBND, Nghị quyết số 12/2022/NQ-HĐND,",
    "the date line, section numbers I., II., 1.-3., heading 'quý IV/2024'.",
]

build("p1032-3", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Kiên Giang")
