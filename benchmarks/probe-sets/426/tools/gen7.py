from lib import build, F, P, C, T

text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức - Sự kiện

Ngành thủy sản đặt mục tiêu xuất khẩu 9,5 tỷ USD năm 2024
Ngày 28/12/2023 | 16:40

Tại Hội nghị tổng kết năm 2023 và triển khai kế hoạch năm 2024 tổ chức ngày 27/12 tại Hà Nội, Cục Thủy sản cho biết tổng sản lượng thủy sản năm 2023 ước đạt 9,27 triệu tấn, tăng 2,4% so với năm 2022; trong đó nuôi trồng đạt 5,5 triệu tấn, khai thác 3,77 triệu tấn.

Kim ngạch xuất khẩu thủy sản năm 2023 ước đạt 9 tỷ USD, giảm 17,8% so với năm 2022 do nhu cầu tại các thị trường lớn sụt giảm. Giá cá tra nguyên liệu bình quân năm 2023 khoảng 27.500 đồng/kg, giảm 12% so với năm 2022.

Các địa phương dẫn đầu về sản lượng tôm nước lợ năm 2023 là Cà Mau (khoảng 230.000 tấn), Bạc Liêu (173.000 tấn) và Sóc Trăng (165.000 tấn).

Một số chỉ tiêu chủ yếu của ngành thủy sản
Chỉ tiêu
Đơn vị tính
Ước thực hiện năm 2023
Kế hoạch năm 2024
Tổng sản lượng thủy sản
nghìn tấn
9.270
9.380
Sản lượng tôm nước lợ
nghìn tấn
1.200
1.260
Sản lượng cá tra
nghìn tấn
1.670
1.700
Kim ngạch xuất khẩu thủy sản
tỷ USD
9
9,5
Tỷ lệ tàu cá lắp thiết bị giám sát hành trình
%
98,6
100

Giai đoạn 2021-2025, ngành phấn đấu tốc độ tăng trưởng giá trị sản xuất thủy sản bình quân đạt 3-3,5% mỗi năm. Theo Quyết định số 339/QĐ-TTg, đến năm 2030 kim ngạch xuất khẩu thủy sản đạt 14-16 tỷ USD.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("mục tiêu xuất khẩu 9,5 tỷ USD", "9,5", 9.5e9, "money", "USD", "xuất khẩu thủy sản", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 9,27 triệu tấn", "9,27", 9.27e6, "measure", "tấn", "tổng sản lượng thủy sản",
      change=C("increase", 2.4, baseline="năm 2022"), status="estimate", period=Y23),
    F("nuôi trồng đạt 5,5 triệu tấn", "5,5", 5.5e6, "measure", "tấn", "sản lượng nuôi trồng", total=9.27e6,
      status="estimate", period=Y23),
    F("khai thác 3,77 triệu tấn", "3,77", 3.77e6, "measure", "tấn", "sản lượng khai thác", total=9.27e6,
      status="estimate", period=Y23),
    F("ước đạt 9 tỷ USD", "9", 9e9, "money", "USD", "kim ngạch xuất khẩu thủy sản",
      change=C("decrease", 17.8, baseline="năm 2022"), status="estimate", period=Y23),
    F("khoảng 27.500 đồng/kg", "27.500", 27500, "money", "đồng/kg", "giá cá tra nguyên liệu bình quân",
      approx="about", change=C("decrease", 12, baseline="năm 2022"), period=Y23),
    F("(khoảng 230.000 tấn)", "230.000", 230000, "measure", "tấn", "sản lượng tôm nước lợ", approx="about",
      location="Cà Mau", period=Y23),
    F("(173.000 tấn)", "173.000", 173000, "measure", "tấn", "sản lượng tôm nước lợ", location="Bạc Liêu", period=Y23),
    F("(165.000 tấn)", "165.000", 165000, "measure", "tấn", "sản lượng tôm nước lợ", location="Sóc Trăng", period=Y23),
]

rows = [("Tổng sản lượng thủy sản", "nghìn tấn", "9.270", "9.380"),
        ("Sản lượng tôm nước lợ", "nghìn tấn", "1.200", "1.260"),
        ("Sản lượng cá tra", "nghìn tấn", "1.670", "1.700"),
        ("Kim ngạch xuất khẩu thủy sản", "tỷ USD", "9", "9,5"),
        ("Tỷ lệ tàu cá lắp thiết bị giám sát hành trình", "%", "98,6", "100")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, u, a, b in rows:
    if u == "nghìn tấn":
        kind, unit, mul = "measure", "tấn", 1000
    elif u == "tỷ USD":
        kind, unit, mul = "money", "USD", 1e9
    else:
        kind, unit, mul = "percent", "%", 1
    figs.append(F(f"{u}\n{a}\n", a, num(a) * mul, kind, unit, f"{label} ước thực hiện năm 2023",
                  status="estimate", period=Y23c))
    figs.append(F(f"\n{a}\n{b}\n", b, num(b) * mul, kind, unit, f"{label} kế hoạch năm 2024",
                  status="target", period=Y24c))

figs += [
    F("đạt 3-3,5%", "3", 3, "percent", "%", "tốc độ tăng trưởng giá trị sản xuất thủy sản bình quân",
      value_max=3.5, status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("đạt 14-16 tỷ USD", "14", 14e9, "money", "USD", "kim ngạch xuất khẩu thủy sản", value_max=16e9,
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

comments = """
Ministry site (Bộ NN&PTNT): year-end 2023 review and 2024 plan of the fisheries sector; dateline 'Ngày 28/12/2023 | 16:40'.
National figures (location Việt Nam); 'tại Hà Nội' is the venue. ONE-CELL-PER-LINE TABLE (as shared h23/h24) with a 'Đơn vị tính' column:
rows give the unit and multiplier (nghìn tấn -> tấn x1000, tỷ USD -> USD x1e9, %); 'Ước thực hiện năm 2023' cells are estimates,
'Kế hoạch năm 2024' cells are targets; period from the column header (scored, as h23). Plan cells are figures, not the target of the result cell.
Distractors: 'ngày 27/12', 'Giai đoạn 2021-2025' (period), Quyết định số 339/QĐ-TTg, 'năm 2030'.
Headline 'mục tiêu xuất khẩu 9,5 tỷ USD năm 2024' is a target figure. Production parts after 'trong đó' take the whole 9,27 triệu tấn and keep
the estimate (continuing clause). Province list: provinces are locations, the indicator is the subject.
'3-3,5% mỗi năm' is a target growth rate (percent figure, range); 'đến năm 2030 ... 14-16 tỷ USD' is a target range.
"""

build("p426-7", text, comments, figs, published="2023-12-28", location="Việt Nam")
