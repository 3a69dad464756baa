from lib import write, F, P, C, T
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
KH = P("Kế hoạch 2021-2025", "2021-01-01", "2025-12-31")
GN = P("Giải ngân đến 30/6/2024", None, "2024-06-30")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
D30 = P("Đến năm 2030", None, "2030-12-31")
text = """Bình Định: Hơn 186 tỷ đồng bảo tồn các cụm tháp Chăm

(BĐ) - Tỉnh Bình Định hiện có 8 cụm tháp Chăm với 14 tòa tháp, trong đó 7 cụm được xếp hạng di tích quốc gia và 1 cụm là di tích quốc gia đặc biệt (tháp Dương Long).

Giai đoạn 2021-2025, theo Quyết định số 1856/QĐ-UBND, tỉnh bố trí hơn 186 tỷ đồng cho công tác tu bổ, chống xuống cấp các cụm tháp, trong đó ngân sách trung ương hỗ trợ 92 tỷ đồng, chiếm 49,5%. Kinh phí tại một số cụm tháp như sau (đơn vị tính: tỷ đồng):

Cụm tháp\tĐịa phương\tKế hoạch 2021-2025\tGiải ngân đến 30/6/2024
Tháp Dương Long\tTây Sơn\t48,5\t31,2
Tháp Bánh Ít\tTuy Phước\t36\t29,8
Tháp Cánh Tiên\tAn Nhơn\t22,4\t22,4
Tháp Đôi\tQuy Nhơn\t17,6\t9,15

Qua 3 đợt khai quật tại tháp Dương Long (huyện Tây Sơn), các nhà khảo cổ thu được 1.254 hiện vật, gồm 978 hiện vật đất nung, 236 hiện vật gốm và 40 hiện vật kim loại.

6 tháng đầu năm 2024, các cụm tháp Chăm đón khoảng 162.000 lượt khách, tăng 27% so với cùng kỳ; riêng tháp Đôi (TP Quy Nhơn) đón 58.700 lượt.

Đến năm 2030, tỉnh phấn đấu 100% cụm tháp Chăm được tu bổ, chống xuống cấp và đón 500.000 lượt khách mỗi năm. Các tháp được xây dựng từ thế kỷ XI đến thế kỷ XIII; tháp Bánh Ít nằm cạnh Quốc lộ 1, cách trung tâm TP Quy Nhơn khoảng 20 km.

HOÀNG QUÂN
15/07/2024
"""
figs = [
    F("Bình Định: Hơn 186 tỷ", "186", 186e9, "money", "đồng", "kinh phí bảo tồn các cụm tháp Chăm", approx="over"),
    F("có 8 cụm tháp", "8", 8, "count", "cụm tháp Chăm", "cụm tháp Chăm"),
    F("với 14 tòa tháp", "14", 14, "count", "tòa tháp", "tòa tháp"),
    F("trong đó 7 cụm", "7", 7, "count", "cụm", "cụm được xếp hạng di tích quốc gia", total=8),
    F("và 1 cụm", "1", 1, "count", "cụm", "cụm là di tích quốc gia đặc biệt", total=8),
    F("bố trí hơn 186 tỷ", "186", 186e9, "money", "đồng", "kinh phí tu bổ, chống xuống cấp các cụm tháp", approx="over", period=G),
    F("hỗ trợ 92 tỷ đồng", "92", 92e9, "money", "đồng", "ngân sách trung ương hỗ trợ", total=186e9, percent=49.5, period=G),
]
rows = [("Tháp Dương Long", "Tây Sơn", "48,5", "31,2", "Tây Sơn\t48,5", "48,5\t31,2"),
        ("Tháp Bánh Ít", "Tuy Phước", "36", "29,8", "Tuy Phước\t36", "36\t29,8"),
        ("Tháp Cánh Tiên", "An Nhơn", "22,4", "22,4", "An Nhơn\t22,4", "\t22,4\nTháp Đôi"),
        ("Tháp Đôi", "Quy Nhơn", "17,6", "9,15", "Quy Nhơn\t17,6", "17,6\t9,15")]
num = lambda s: float(s.replace(",", ".")) * 1e9
for label, place, a, b, aa, ab in rows:
    figs.append(F(aa, a, num(a), "money", "đồng", f"Kinh phí {label} Kế hoạch 2021-2025", status="target", location=place, period=KH))
    figs.append(F(ab, b, num(b), "money", "đồng", f"Kinh phí {label} Giải ngân", location=place, period=GN))
figs += [
    F("Qua 3 đợt", "3", 3, "count", "đợt khai quật", "đợt khai quật tại tháp Dương Long", location="Tây Sơn", optional=True),
    F("thu được 1.254 hiện vật", "1.254", 1254, "count", "hiện vật", "hiện vật khai quật tại tháp Dương Long", location="Tây Sơn"),
    F("gồm 978 hiện vật", "978", 978, "count", "hiện vật", "hiện vật đất nung", total=1254, location="Tây Sơn"),
    F("236 hiện vật gốm", "236", 236, "count", "hiện vật", "hiện vật gốm", total=1254, location="Tây Sơn"),
    F("40 hiện vật kim loại", "40", 40, "count", "hiện vật", "hiện vật kim loại", total=1254, location="Tây Sơn"),
    F("khoảng 162.000 lượt", "162.000", 162000, "count", "lượt khách", "lượt khách các cụm tháp Chăm", approx="about",
      change=C("increase", 27, "%", "cùng kỳ"), period=H),
    F("đón 58.700 lượt", "58.700", 58700, "count", "lượt", "lượt khách tháp Đôi", location="Quy Nhơn", period=H),
    F("phấn đấu 100% cụm", "100", 100, "percent", "%", "cụm tháp Chăm được tu bổ, chống xuống cấp", status="target", period=D30),
    F("đón 500.000 lượt", "500.000", 500000, "count", "lượt khách", "lượt khách mỗi năm", status="target", period=D30),
    F("khoảng 20 km", "20", 20, "measure", "km", "khoảng cách từ tháp Bánh Ít đến trung tâm TP Quy Nhơn", approx="about", optional=True),
]
write("p412-8", text, figs, published="2024-07-15", location="Bình Định", show=True, comments=[
    "Provincial Party newspaper (Báo Bình Định, tag BĐ): Chăm towers — towers and ranks, restoration funding 2021-2025, tab-separated table of funding",
    "per tower (plan vs disbursed, 'đơn vị tính: tỷ đồng'), excavation finds, visitors 6 months 2024, 2030 targets. No dateline on top: byline and bare",
    "date '15/07/2024' at the end give published. Headline 'Hơn 186 tỷ đồng' is a figure (no period in the headline).",
    "Table cells: money ×10⁹ from the unit line; the 'Địa phương' cell is the location; 'Kế hoạch 2021-2025' column = status target and period 2021-2025,",
    "'Giải ngân đến 30/6/2024' column = as-of period; both from the column header (stated, as in h23). No totals for table cells.",
    "'trong đó 7 cụm … và 1 cụm' parts of 8 cụm; 92 tỷ part of 186 tỷ with share 49,5%; 'gồm 978 …, 236 …, 40 …' parts of 1.254 (they add up).",
    "'riêng tháp Đôi … 58.700 lượt' (no part-of cue) has no total; its location is Quy Nhơn. Optional: 'Qua 3 đợt' (structure), 'khoảng 20 km' (distance).",
    "Distractors: 'thế kỷ XI … XIII', 'Quốc lộ 1' (a road name), the bare date.",
])
