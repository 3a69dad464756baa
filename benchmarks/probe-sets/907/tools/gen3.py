"""p907-3: UBND tỉnh Cao Bằng formal report, 2023, flattened | table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH CAO BẰNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển sản xuất dâu tằm năm 2023, phương hướng nhiệm vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, sản lượng
Tính đến ngày 30/11/2023, toàn tỉnh có 1.046 ha dâu, đạt 104,6% kế hoạch, tăng 186 ha so với năm 2022. Diện tích dâu phân theo huyện như sau:

Đơn vị tính: ha
Huyện, thành phố | Năm 2022 | Năm 2023 | Kế hoạch 2024
Hòa An | 352 | 418 | 450
Quảng Hòa | 236 | 284 | 300
Hà Quảng | 148 | 176 | 190
Thạch An | 124 | 168 | 180
Tổng cộng | 860 | 1.046 | 1.120

Sản lượng kén cả năm 2023 ước đạt 1.150 tấn, giá bán bình quân 165.000 đồng/kg, tổng giá trị ước đạt 189,8 tỷ đồng.

2. Thực hiện chính sách hỗ trợ
Thực hiện Nghị quyết số 14/2021/NQ-HĐND, năm 2023 tỉnh đã hỗ trợ 1.430 hộ với tổng kinh phí 6,2 tỷ đồng, trong đó hỗ trợ giống dâu 3,8 tỷ đồng, trứng tằm và vật tư 2,4 tỷ đồng. Toàn tỉnh thành lập mới 3 hợp tác xã dâu tằm, nâng tổng số lên 11 hợp tác xã.

II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024
Phấn đấu diện tích dâu đạt 1.120 ha, sản lượng kén 1.300 tấn; thu hút ít nhất 1 doanh nghiệp đầu tư cơ sở ươm tơ tại huyện Hòa An.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
CN = P("cả năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")


def row(place, cells, loc):
    a, b, c = cells
    out = []
    out.append(F(f"{place} | {a}", a, float(a.replace(".", "")), "measure", "ha", "diện tích dâu năm 2022", Y22, location=loc))
    out.append(F(f"{a} | {b}", b, float(b.replace(".", "")), "measure", "ha", "diện tích dâu năm 2023", Y23, location=loc))
    out.append(F(f"{b} | {c}", c, float(c.replace(".", "")), "measure", "ha", "diện tích dâu kế hoạch 2024", K24,
                 location=loc, status="target"))
    return out


FIGS = [
    F("có 1.046 ha dâu", "1.046", 1046, "measure", "ha", "diện tích dâu", P("Tính đến ngày 30/11/2023", None, "2023-11-30"),
      percent=104.6, change=C("increase", 186, "ha", "năm 2022")),
]
FIGS += row("Hòa An", ("352", "418", "450"), "Hòa An")
FIGS += row("Quảng Hòa", ("236", "284", "300"), "Quảng Hòa")
FIGS += row("Hà Quảng", ("148", "176", "190"), "Hà Quảng")
FIGS += row("Thạch An", ("124", "168", "180"), "Thạch An")
tot = row("Tổng cộng", ("860", "1.046", "1.120"), "Cao Bằng")
for f in tot:
    f["subject"] = f["subject"].replace("diện tích dâu", "tổng cộng diện tích dâu")
FIGS += tot
FIGS += [
    F("ước đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng kén", CN, status="estimate"),
    F("bình quân 165.000 đồng/kg", "165.000", 165000, "money", "đồng/kg", "giá bán kén bình quân", CN, status="estimate"),
    F("ước đạt 189,8 tỷ đồng", "189,8", 189.8e9, "money", "đồng", "tổng giá trị kén", CN, status="estimate"),
    F("hỗ trợ 1.430 hộ", "1.430", 1430, "count", "hộ", "hộ được hỗ trợ", y23),
    F("kinh phí 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "tổng kinh phí hỗ trợ", y23),
    F("giống dâu 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "kinh phí hỗ trợ giống dâu", y23, total=6.2e9),
    F("vật tư 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí hỗ trợ trứng tằm và vật tư", y23, total=6.2e9),
    F("thành lập mới 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã dâu tằm thành lập mới", I(y23)),
    F("lên 11 hợp tác xã", "11", 11, "count", "hợp tác xã", "tổng số hợp tác xã dâu tằm", I(y23)),
    F("đạt 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích dâu", I(Y24), status="target"),
    F("kén 1.300 tấn", "1.300", 1300, "measure", "tấn", "sản lượng kén", I(Y24), status="target"),
    F("ít nhất 1 doanh nghiệp", "1", 1, "count", "doanh nghiệp", "doanh nghiệp đầu tư cơ sở ươm tơ", I(Y24),
      status="target", approx="at_least", location="Hòa An"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Cao Bằng: dâu tằm năm 2023 và phương hướng 2024; flattened '|' table (Đơn vị tính: ha) by district with a Tổng cộng row.",
    "Table cells: unit ha from the 'Đơn vị tính' line, period from the column header (scored), 'Kế hoạch 2024' → target;",
    "the district row label goes to location, the Tổng cộng row is Cao Bằng. Cells carry no totals (the Tổng cộng row is its own figure).",
    "'giá bán bình quân' continues the 'ước đạt' clause → estimate.",
    "'thành lập mới 3 ..., nâng tổng số lên 11': no spec cue for part/total or change, so two plain counts.",
    "Section II figures inherit 2024 from the heading. Distractors: 'Số: 287/BC-UBND', the place-date line, section numbers I./1./2./II.,",
    "'Nghị quyết số 14/2021/NQ-HĐND', 'Nơi nhận' list.",
]

emit("p907-3", TEXT, FIGS, COMMENTS, published="2023-12-18", location="Cao Bằng")
