from lib import F, P, I, CH, emit

ROWS = [("Mê Linh", "265", "281", "300"),
        ("Đông Anh", "148", "162", "175"),
        ("Gia Lâm", "97", "104", "120"),
        ("Thường Tín", "56", "71", "85")]

table = "\n".join(["Huyện", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
                  + [c for row in ROWS for c in row])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Trồng trọt

Phát triển sản xuất rau, hoa trong nhà lưới, nhà màng trên địa bàn Hà Nội

Năm 2023, diện tích sản xuất rau, hoa, quả trong nhà lưới, nhà màng của thành phố Hà Nội đạt 812 ha, tăng 64 ha so với năm 2022; tập trung tại các huyện Mê Linh, Đông Anh, Gia Lâm, Thường Tín.

Diện tích nhà lưới, nhà màng một số huyện
Đơn vị tính: ha
""" + table + """

Giá trị sản phẩm thu được trên 1 ha canh tác trong nhà màng năm 2023 bình quân đạt 850 triệu đồng/ha, có mô hình đạt trên 2 tỷ đồng/ha như trồng hoa lan, dưa lưới tại huyện Mê Linh. Sản lượng rau an toàn trong nhà lưới, nhà màng năm 2023 ước đạt 36.500 tấn, chiếm khoảng 6% tổng sản lượng rau toàn Thành phố.

Theo Nghị quyết số 10/2023/NQ-HĐND của HĐND Thành phố, các tổ chức, cá nhân đầu tư nhà lưới, nhà màng được hỗ trợ 50% kinh phí xây dựng, tối đa không quá 200 triệu đồng/dự án. Sở Nông nghiệp và PTNT đề nghị UBND các huyện rà soát quỹ đất, xây dựng vùng sản xuất tập trung quy mô từ 5 ha trở lên để thu hút doanh nghiệp đầu tư.

Phòng Kế hoạch - Tài chính
Địa chỉ: 38 Tô Hiệu, Hà Đông, Hà Nội
Tổng số lượt truy cập: 3.418.227
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual", "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual", "năm 2023"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target", "kế hoạch 2024")]

FIGS = [
    F("đạt 812 ha", "812", 812, "measure", "ha",
      "diện tích sản xuất rau, hoa, quả trong nhà lưới, nhà màng", Y23,
      change=CH("increase", 64, "ha", "năm 2022")),
]
for r, (place, *cells) in enumerate(ROWS):
    for i, cell in enumerate(cells):
        per, status, lab = COLP[i]
        if i == 0:
            anchor = f"{place}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}"
        FIGS.append(F(anchor, cell, int(cell), "measure", "ha", f"diện tích nhà lưới, nhà màng {lab}",
                      per, status=status, location=place))

FIGS += [
    F("đạt 850 triệu", "850", 850000000, "money", "đồng/ha",
      "giá trị sản phẩm thu được trên 1 ha canh tác trong nhà màng", Y23),
    F("trên 2 tỷ", "2", 2000000000, "money", "đồng/ha",
      "giá trị sản phẩm của mô hình trồng hoa lan, dưa lưới", Y23, approx="over", location="Mê Linh"),
    F("ước đạt 36.500 tấn", "36.500", 36500, "measure", "tấn",
      "sản lượng rau an toàn trong nhà lưới, nhà màng", Y23, percent=6, status="estimate"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí xây dựng nhà lưới, nhà màng"),
    F("không quá 200 triệu", "200", 200000000, "money", "đồng/dự án",
      "mức hỗ trợ tối đa", approx="at_most"),
    F("từ 5 ha trở lên", "5", 5, "measure", "ha", "quy mô vùng sản xuất tập trung",
      approx="at_least", optional=True),
]

COMMENTS = [
    "Sở NN&PTNT Hà Nội (department site), no dateline: greenhouse/net-house area by district, one-cell-per-line table with 'Đơn vị tính: ha'.",
    "Table cells: row label is a district (location), subject = indicator + column; period from the column header (scored, as in shared h23/h24);",
    "'Kế hoạch 2024' column: status target, period 2024. Row totals not given, so no totals.",
    "'trên 1 ha canh tác' is a rate denominator. 'trên 2 tỷ đồng/ha … tại huyện Mê Linh': location Mê Linh; the sentence's 'năm 2023' applies.",
    "'hỗ trợ 50% kinh phí' is a policy share (like '60% tiền học phí' in FIGURES.md); 'tối đa không quá 200 triệu đồng/dự án' at_most.",
    "'quy mô từ 5 ha trở lên' is a threshold: optional. Distractors: 'Nghị quyết số 10/2023/NQ-HĐND', '38 Tô Hiệu', 'Tổng số lượt truy cập: 3.418.227'.",
]

emit("p469-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Nội")
