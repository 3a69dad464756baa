from lib import F, P, chg, emit

TEXT = """Bắc Ninh: Quy hoạch 9 nghĩa trang tập trung, dành gần 400 ha đất nghĩa trang đến năm 2030

Theo Quy hoạch tỉnh Bắc Ninh thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 1589/QĐ-TTg, toàn tỉnh sẽ hình thành 9 nghĩa trang tập trung cấp huyện và liên huyện với tổng diện tích gần 400 ha, trong đó Công viên nghĩa trang Bắc Ninh tại thị xã Quế Võ có quy mô lớn nhất, khoảng 120 ha.

Hiện nay, trên địa bàn tỉnh có 1.318 nghĩa trang, nghĩa địa với tổng diện tích khoảng 1.470 ha, phân tán ở hầu hết các thôn, khu phố. Bình quân mỗi xã, phường có 10,6 nghĩa địa; nhiều nơi nghĩa địa nằm xen kẽ khu dân cư, cách nhà dân chưa đến 100 m.

Giai đoạn 2021-2025, tỉnh đã đầu tư 4 nghĩa trang tập trung với tổng vốn trên 1.150 tỷ đồng, chủ yếu từ nguồn xã hội hóa; đã đóng cửa 286 nghĩa địa nhỏ lẻ, đạt 57,2% kế hoạch (500 nghĩa địa). Tỷ lệ hỏa táng năm 2024 ước đạt 46%, gấp đôi năm 2020.

Theo quy hoạch, đến năm 2030, tỷ lệ hỏa táng toàn tỉnh đạt 70%, khu vực đô thị đạt 90%; diện tích đất nghĩa trang bình quân không quá 0,04 ha/1.000 dân. Huyện Lương Tài được bố trí 1 nghĩa trang tập trung quy mô từ 25 đến 30 ha; thành phố Bắc Ninh và thành phố Từ Sơn sử dụng chung Công viên nghĩa trang Bắc Ninh.

Tổng nhu cầu vốn thực hiện quy hoạch nghĩa trang đến năm 2030 ước khoảng 3,2 nghìn tỷ đồng. Dự kiến, mức hỗ trợ mỗi ca hỏa táng sẽ nâng lên 6 triệu đồng, cao hơn 1 triệu đồng so với mức hiện hành.

Hoàng Linh
"""

T30 = P("đến năm 2030", None, "2030-12-31")
TK = P("thời kỳ 2021-2030", "2021-01-01", "2030-12-31")
TKi = P("thời kỳ 2021-2030", "2021-01-01", "2030-12-31", inh=True)
T30b = P("đến năm 2030", None, "2030-12-31", inh=True)
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("Quy hoạch 9 nghĩa trang", "9", 9, "count", "nghĩa trang tập trung", "nghĩa trang tập trung", T30, status="target"),
    F("dành gần 400 ha", "400", 400, "measure", "ha", "đất nghĩa trang", T30, approx="nearly", status="target"),
    F("hình thành 9 nghĩa trang", "9", 9, "count", "nghĩa trang tập trung", "nghĩa trang tập trung cấp huyện và liên huyện", TK, status="target"),
    F("tích gần 400 ha", "400", 400, "measure", "ha", "tổng diện tích nghĩa trang tập trung", TK, approx="nearly", status="target"),
    F("khoảng 120 ha", "120", 120, "measure", "ha", "quy mô Công viên nghĩa trang Bắc Ninh", TK, approx="about", status="target",
      total=400, location="Quế Võ"),
    F("có 1.318 nghĩa trang", "1.318", 1318, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa"),
    F("khoảng 1.470 ha", "1.470", 1470, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", approx="about"),
    F("có 10,6 nghĩa địa", "10,6", 10.6, "measure", "nghĩa địa", "nghĩa địa bình quân mỗi xã, phường"),
    F("chưa đến 100 m", "100", 100, "measure", "m", "khoảng cách từ nghĩa địa đến nhà dân", approx="under", optional=True),
    F("tư 4 nghĩa trang", "4", 4, "count", "nghĩa trang tập trung", "nghĩa trang tập trung được đầu tư", G),
    F("trên 1.150 tỷ đồng", "1.150", 1150000000000, "money", "đồng", "tổng vốn đầu tư nghĩa trang tập trung", G, approx="over"),
    F("cửa 286 nghĩa địa", "286", 286, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ đã đóng cửa", G, percent=57.2,
      target={"value": 500, "unit": "nghĩa địa", "met": False}),
    F("ước đạt 46%", "46", 46, "percent", "%", "tỷ lệ hỏa táng", P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate",
      change=chg("increase", 2, "lần", "năm 2020")),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T30, status="target"),
    F("đạt 90%", "90", 90, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", T30, status="target"),
    F("quá 0,04 ha/1.000 dân", "0,04", 0.04, "measure", "ha/1.000 dân", "diện tích đất nghĩa trang bình quân", T30,
      approx="at_most", status="target"),
    F("trí 1 nghĩa trang", "1", 1, "count", "nghĩa trang tập trung", "nghĩa trang tập trung bố trí", T30b, status="target",
      location="Lương Tài"),
    F("từ 25 đến 30 ha", "25", 25, "measure", "ha", "quy mô nghĩa trang tập trung", T30b, value_max=30, status="target",
      location="Lương Tài"),
    F("khoảng 3,2 nghìn tỷ đồng", "3,2", 3200000000000, "money", "đồng", "tổng nhu cầu vốn thực hiện quy hoạch nghĩa trang", T30,
      approx="about", status="estimate"),
    F("lên 6 triệu đồng", "6", 6000000, "money", "đồng", "mức hỗ trợ mỗi ca hỏa táng", status="forecast",
      change=chg("increase", 1000000, "đồng", "mức hiện hành")),
]

COMMENTS = [
    "Provincial paper style, NO dateline anywhere (published null); byline at the end. Bắc Ninh cemetery planning to 2030.",
    "Distractors: 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', Quyết định số 1589/QĐ-TTg, names 'Công viên nghĩa trang Bắc Ninh', 'thành phố Bắc Ninh và thành phố Từ Sơn' (no figure).",
    "Planned figures ('Quy hoạch', 'sẽ hình thành', 'Theo quy hoạch, đến năm 2030 … đạt') are targets. Headline 'đến năm 2030' = null..2030-12-31.",
    "120 ha after 'trong đó' is part of gần 400 ha (total 400), located in Quế Võ. '286 …, đạt 57,2% kế hoạch (500 nghĩa địa)': share 57,2 and target 500 (not met).",
    "'gấp đôi năm 2020' is the change (2 lần) of the 46% rate. 'cao hơn 1 triệu đồng so với mức hiện hành' is the change of 6 triệu (forecast, 'Dự kiến').",
    "'chưa đến 100 m' (a distance threshold describing where graveyards lie) is optional. 'Hiện nay' gives no period. '10,6 nghĩa địa' per commune is a measure.",
    "Lương Tài items: the period 'đến năm 2030' stands in the previous sentence (inherited).",
]
emit("p278-8", TEXT, COMMENTS, FIGS, published=None, location="Bắc Ninh")
