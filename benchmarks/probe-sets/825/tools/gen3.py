"""p825-3: formal report UBND tỉnh Thanh Hóa on sedge 2023, flattened '|' table by district."""
from lib import F, P, I, CH, TG, build

TEXT = """
UBND TỈNH THANH HÓA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất, chế biến cói năm 2023 và nhiệm vụ năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 12/4/2021 của UBND tỉnh về phát triển vùng nguyên liệu cói giai đoạn 2021-2025, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, sản lượng
Năm 2023, diện tích cói toàn tỉnh đạt 3.483 ha, giảm 162 ha so với năm 2022 do một số diện tích chuyển sang nuôi trồng thủy sản. Sản lượng cói đạt 31.200 tấn, giảm 4,3% so với năm 2022; năng suất bình quân 89,6 tạ/ha.

Diện tích cói phân theo huyện
Đơn vị tính: ha
Huyện | Năm 2022 | Năm 2023 | Kế hoạch 2024
Nga Sơn | 2.850 | 2.760 | 2.700
Quảng Xương | 410 | 385 | 380
Hậu Lộc | 265 | 240 | 245
Hoằng Hóa | 120 | 98 | 95
Toàn tỉnh | 3.645 | 3.483 | 3.420

2. Chế biến, tiêu thụ
Toàn tỉnh có 214 cơ sở, doanh nghiệp, hợp tác xã chế biến cói, trong đó huyện Nga Sơn có 168 cơ sở; thu hút khoảng 23.600 lao động. Giá trị sản xuất ngành cói ước đạt 486 tỷ đồng; kim ngạch xuất khẩu sản phẩm cói đạt 41,2 triệu USD, bằng 103% kế hoạch. Giá cói khô bình quân 9.000-11.000 đồng/kg.

II. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng cói đạt 32.000 tấn, kim ngạch xuất khẩu đạt 45 triệu USD; hỗ trợ cải tạo 150 ha ruộng cói năng suất thấp theo Nghị định số 52/2018/NĐ-CP của Chính phủ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23i = P("NĂM 2023", "2023-01-01", "2023-12-31", inh=True)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
S = "diện tích cói"


def row(place, cells, anchors):
    out = []
    for (num, per), anc in zip(zip(cells, (Y22, Y23, K24)), anchors):
        v = float(num.replace(".", ""))
        kw = {"status": "target"} if per is K24 else {}
        loc = {} if place == "Thanh Hóa" else {"location": place}
        out.append(F(anc, num, v, "measure", "ha", S, per, **kw, **loc))
    return out


FIGS = [
    F("đạt 3.483 ha", "3.483", 3483, "measure", "ha", "diện tích cói toàn tỉnh", Y23,
      change=CH("decrease", 162, "ha", "năm 2022")),
    F("đạt 31.200 tấn", "31.200", 31200, "measure", "tấn", "sản lượng cói", I(Y23),
      change=CH("decrease", 4.3, baseline="năm 2022")),
    F("89,6 tạ/ha", "89,6", 89.6, "measure", "tạ/ha", "năng suất cói bình quân", I(Y23)),
]
FIGS += row("Nga Sơn", ["2.850", "2.760", "2.700"], ["Nga Sơn | 2.850", "| 2.760", "| 2.700"])
FIGS += row("Quảng Xương", ["410", "385", "380"], ["| 410", "| 385", "| 380"])
FIGS += row("Hậu Lộc", ["265", "240", "245"], ["| 265", "| 240", "| 245"])
FIGS += row("Hoằng Hóa", ["120", "98", "95"], ["| 120", "| 98", "| 95"])
FIGS += row("Thanh Hóa", ["3.645", "3.483", "3.420"], ["| 3.645", "3.645 | 3.483", "| 3.420"])
FIGS += [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở, doanh nghiệp, hợp tác xã",
      "cơ sở, doanh nghiệp, hợp tác xã chế biến cói", I(Y23)),
    F("có 168 cơ sở", "168", 168, "count", "cơ sở", "cơ sở chế biến cói", I(Y23), total=214, location="Nga Sơn"),
    F("khoảng 23.600 lao động", "23.600", 23600, "count", "lao động", "lao động chế biến cói", I(Y23), approx="about"),
    F("ước đạt 486 tỷ đồng", "486", 486e9, "money", "đồng", "giá trị sản xuất ngành cói", I(Y23), status="estimate"),
    F("đạt 41,2 triệu USD", "41,2", 41.2e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói", I(Y23),
      percent=103),
    F("9.000-11.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá cói khô bình quân", I(Y23), value_max=11000),
    F("đạt 32.000 tấn", "32.000", 32000, "measure", "tấn", "sản lượng cói", Y24i, status="target"),
    F("đạt 45 triệu USD", "45", 45e6, "money", "USD", "kim ngạch xuất khẩu", Y24i, status="target"),
    F("cải tạo 150 ha", "150", 150, "measure", "ha", "ruộng cói năng suất thấp được hỗ trợ cải tạo", Y24i,
      status="target"),
]

build("p825-3", TEXT, FIGS, published="2024-01-22", location="Thanh Hóa", comments=[
    "Formal report UBND tỉnh Thanh Hóa, Số: 287/BC-UBND, 'Thanh Hóa, ngày 22 tháng 01 năm 2024': sedge area, output, processing 2023, tasks 2024.",
    "Flattened '|' table (Đơn vị tính: ha; Huyện | Năm 2022 | Năm 2023 | Kế hoạch 2024; Toàn tỉnh row): every cell a figure, unit ha,",
    "subject 'diện tích cói' from the caption, district rows -> location, period from the column header, 'Kế hoạch 2024' -> target. No totals on cells.",
    "'giảm 162 ha so với năm 2022' is the change of 3.483 ha; 'bằng 103% kế hoạch' the percent of 41,2 triệu USD.",
    "Status: 'ước đạt 486 tỷ đồng; kim ngạch ... đạt 41,2 triệu USD' -> the export clause has its own subject and its own verb 'đạt', so actual.",
    "Section II: 'Phấn đấu ... 32.000 tấn, ... 45 triệu USD; hỗ trợ cải tạo 150 ha' -> target, period inherited from the heading 'NĂM 2024'.",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 96/KH-UBND ngày 12/4/2021, giai đoạn 2021-2025, Nghị định số 52/2018/NĐ-CP, section numbers I./II./1./2.",
])
