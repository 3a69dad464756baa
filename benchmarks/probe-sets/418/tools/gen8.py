from lib import F, P, Y, CH, emit

TABLE_ROWS = [("Tổng số hộ nông thôn", "117.846", "121.530", "103,1"),
              ("Hộ nông, lâm nghiệp, thủy sản", "98.412", "93.207", "94,7"),
              ("Hộ công nghiệp, xây dựng", "5.631", "8.942", "158,8"),
              ("Hộ dịch vụ", "11.896", "16.874", "141,8"),
              ("Hộ khác", "1.907", "2.507", "131,5")]

table = "\n\n".join("\n\n".join(r) for r in TABLE_ROWS)

TEXT = """Lào Cai: Khu vực nông thôn chuyển dịch mạnh theo hướng phi nông nghiệp

Kết quả chính thức Tổng điều tra nông thôn, nông nghiệp năm 2020 do Cục Thống kê tỉnh Lào Cai công bố cho thấy, tại thời điểm 1/7/2020, toàn tỉnh có 121.530 hộ nông thôn, tăng 3.684 hộ so với năm 2016.

Trong đó, số hộ nông, lâm nghiệp, thủy sản là 93.207 hộ, chiếm 76,7% (năm 2016 chiếm 83,5%); hộ công nghiệp, xây dựng và hộ dịch vụ tăng nhanh, lần lượt gấp 1,59 lần và 1,42 lần năm 2016. Các địa phương có tỷ lệ hộ phi nông nghiệp cao là huyện Bảo Thắng (34,6%) và thị xã Sa Pa (29,8%).

Toàn tỉnh có 96 trang trại, tăng gấp 2,3 lần so với năm 2016, chủ yếu là trang trại chăn nuôi. Diện tích đất sản xuất nông nghiệp bình quân một hộ là 0,74 ha; 98,2% số thôn đã có điện lưới quốc gia.

Số hộ nông thôn phân theo ngành sản xuất chính

Đơn vị tính: hộ

Chỉ tiêu

Năm 2016

Năm 2020

2020 so với 2016 (%)

""" + table + """

Tổng điều tra được thực hiện theo Quyết định số 1225/QĐ-TTg ngày 9/8/2019 của Thủ tướng Chính phủ. Số liệu chi tiết được đăng tại mục Ấn phẩm, trang 112-118 của Niên giám.

Thanh Hà
25/3/2021
"""

AS = P("tại thời điểm 1/7/2020", None, "2020-07-01")
ASi = P("tại thời điểm 1/7/2020", None, "2020-07-01", inh=True)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("có 121.530 hộ", "121.530", 121530, "count", "hộ", "hộ nông thôn", AS,
      change=CH("+", 3684, "hộ", "năm 2016")),
    F("là 93.207 hộ", "93.207", 93207, "count", "hộ", "hộ nông, lâm nghiệp, thủy sản", ASi,
      total=121530, percent=76.7),
    F("chiếm 83,5%", "83,5", 83.5, "percent", "%", "tỷ trọng hộ nông, lâm nghiệp, thủy sản", Y(2016)),
    F("gấp 1,59 lần", "1,59", 1.59, "multiple", "lần", "hộ công nghiệp, xây dựng so với năm 2016", ASi),
    F("và 1,42 lần", "1,42", 1.42, "multiple", "lần", "hộ dịch vụ so với năm 2016", ASi),
    F("Bảo Thắng (34,6%)", "34,6", 34.6, "percent", "%", "tỷ lệ hộ phi nông nghiệp", ASi, location="Bảo Thắng"),
    F("Sa Pa (29,8%)", "29,8", 29.8, "percent", "%", "tỷ lệ hộ phi nông nghiệp", ASi, location="Sa Pa"),
    F("có 96 trang trại", "96", 96, "count", "trang trại", "trang trại", ASi,
      change=CH("+", 2.3, "lần", "năm 2016")),
    F("là 0,74 ha", "0,74", 0.74, "measure", "ha", "diện tích đất sản xuất nông nghiệp bình quân một hộ", ASi),
    F("ha; 98,2% số thôn", "98,2", 98.2, "percent", "%", "thôn đã có điện lưới quốc gia", ASi),
]
for label, a, b, c in TABLE_ROWS:
    FIGS.append(F(f"{label}\n\n{a}", a, num(a), "count", "hộ", f"{label} năm 2016", Y(2016, "Năm 2016")))
    FIGS.append(F(f"{a}\n\n{b}", b, num(b), "count", "hộ", f"{label} năm 2020", Y(2020, "Năm 2020")))
    FIGS.append(F(f"{b}\n\n{c}", c, num(c), "percent", "%", f"{label} 2020 so với 2016",
                  Y(2020, "2020 so với 2016", inh=True)))

COMMENTS = [
    "Provincial news item (no dateline at the top; byline and bare date '25/3/2021' at the end = published): official results of the",
    "2020 rural and agricultural census for Lào Cai, with a one-cell-per-line table ('Đơn vị tính: hộ', columns Năm 2016 | Năm 2020 | 2020 so với 2016 (%)).",
    "Distractors: Quyết định số 1225/QĐ-TTg ngày 9/8/2019, 'trang 112-118' (page numbers), 'Niên giám', byline.",
    "Census moment 'tại thời điểm 1/7/2020' is an as-of date. 93.207 after 'Trong đó' is part of 121.530 (same unit): total + percent 76,7.",
    "'(năm 2016 chiếm 83,5%)' is a percent of its own with period năm 2016. 'lần lượt gấp 1,59 lần và 1,42 lần năm 2016' with no count",
    "stated: multiples standing as the claim. '96 trang trại, tăng gấp 2,3 lần so với năm 2016': a change of 2,3 lần on the count.",
    "Table: every numeric cell is a figure, subject = row label + column label, unit 'hộ' from 'Đơn vị tính', '%' for the ratio column;",
    "period from the column header (Năm 2016 / Năm 2020); the ratio column ('2020 so với 2016') is given 2020 but marked inherited (not scored).",
    "Table cells carry no totals (FIGURES.md gives tables no part-of rule).",
]

emit("p418-8", TEXT, COMMENTS, FIGS, published="2021-03-25", location="Lào Cai")
