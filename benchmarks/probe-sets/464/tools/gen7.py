from lib import emit, F, P, ch
TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH YÊN BÁI
Chi cục Thủy sản

Nuôi cá lồng trên hồ Thác Bà năm 2023 đạt nhiều kết quả tích cực
Ngày đăng: 03/04/2024 | Lượt xem: 512

Năm 2023, nghề nuôi cá lồng trên hồ Thác Bà tiếp tục phát triển theo hướng sản xuất hàng hóa. Toàn tỉnh có 2.150 lồng, tăng 230 lồng so với năm 2022, trong đó huyện Yên Bình 1.480 lồng (chiếm 68,8%), huyện Lục Yên 670 lồng. Sản lượng cá lồng đạt 3.250 tấn, vượt 8,3% kế hoạch. Kết quả chủ yếu như sau:

Đơn vị tính: lồng, m³, tấn, tỷ đồng
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch năm 2024
Số lồng nuôi (lồng)
1.920
2.150
2.400
Thể tích lồng nuôi (m³)
205.400
232.200
260.000
Sản lượng cá lồng (tấn)
2.870
3.250
3.600
Giá trị sản xuất (tỷ đồng)
148,5
176,2
200

Tuy nhiên, đợt rét đậm, rét hại tháng 1/2024 làm chết khoảng 12 tấn cá rô phi, cá chép của 38 hộ; nhiệt độ nước hồ có thời điểm xuống dưới 12°C.

Trên địa bàn hiện có 9 hợp tác xã và 3 tổ hợp tác nuôi cá lồng, doanh thu bình quân mỗi hợp tác xã khoảng 2,8 tỷ đồng/năm. Giá cá trắm cỏ thương phẩm ở mức 65.000 đồng/kg, cá nheo 110.000 đồng/kg.

Thực hiện Nghị quyết số 69/2020/NQ-HĐND, giai đoạn 2021-2025 tỉnh hỗ trợ 30% kinh phí làm lồng mới, tối đa 20 triệu đồng/lồng.

Chi cục Thủy sản Yên Bái, tổ 5, phường Đồng Tâm, TP Yên Bái.
"""
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23_i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
c22 = P("Năm 2022", "2022-01-01", "2022-12-31")
c23 = P("Năm 2023", "2023-01-01", "2023-12-31")
c24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
jan = P("tháng 1/2024", "2024-01-01", "2024-01-31")
FIGS = [
    F("Toàn tỉnh có 2.150 lồng", "2.150", 2150, "count", "lồng", "lồng nuôi cá trên hồ Thác Bà",
      change=ch("increase", 230, "lồng", "năm 2022"), period=y23_i),
    F("Yên Bình 1.480 lồng", "1.480", 1480, "count", "lồng", "lồng nuôi cá trên hồ Thác Bà", total=2150, percent=68.8,
      location="Yên Bình", period=y23_i),
    F("Lục Yên 670 lồng", "670", 670, "count", "lồng", "lồng nuôi cá trên hồ Thác Bà", total=2150,
      location="Lục Yên", period=y23_i),
    F("đạt 3.250 tấn", "3.250", 3250, "measure", "tấn", "sản lượng cá lồng",
      change=ch("increase", 8.3, "%", "kế hoạch"), period=y23_i),
]
table = [
    ("Số lồng nuôi (lồng)", "count", "lồng", 1, ["1.920", "2.150", "2.400"]),
    ("Thể tích lồng nuôi (m³)", "measure", "m³", 1, ["205.400", "232.200", "260.000"]),
    ("Sản lượng cá lồng (tấn)", "measure", "tấn", 1, ["2.870", "3.250", "3.600"]),
    ("Giá trị sản xuất (tỷ đồng)", "money", "đồng", 10**9, ["148,5", "176,2", "200"]),
]
cols = [("năm 2022", c22, "actual"), ("năm 2023", c23, "actual"), ("kế hoạch năm 2024", c24, "target")]
for label, kind, unit, mult, cells in table:
    name = label.split(" (")[0]
    prev = label
    for (cname, per, st), cell in zip(cols, cells):
        v = float(cell.replace(".", "").replace(",", ".")) * mult
        v = round(v, 6)
        anchor = f"{prev}\n{cell}\n"
        if cell == "200":
            anchor = f"{prev}\n{cell}\n\nTuy"
        kw = {"period": per}
        if st != "actual":
            kw["status"] = st
        FIGS.append(F(anchor, cell, v, kind, unit, f"{name} {cname}", **kw))
        prev = cell
FIGS += [
    F("khoảng 12 tấn", "12", 12, "measure", "tấn", "cá rô phi, cá chép chết do rét đậm, rét hại", approx="about", period=jan),
    F("của 38 hộ", "38", 38, "count", "hộ", "hộ có cá chết", period=jan),
    F("dưới 12°C", "12", 12, "measure", "°C", "nhiệt độ nước hồ", approx="under", period=P("tháng 1/2024", "2024-01-01", "2024-01-31")),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã nuôi cá lồng"),
    F("3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác nuôi cá lồng"),
    F("khoảng 2,8 tỷ đồng/năm", "2,8", 2800000000, "money", "đồng/năm", "doanh thu bình quân mỗi hợp tác xã", approx="about"),
    F("mức 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá cá trắm cỏ thương phẩm"),
    F("110.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá cá nheo thương phẩm"),
    F("hỗ trợ 30% kinh phí", "30", 30, "percent", "%", "hỗ trợ kinh phí làm lồng mới",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("tối đa 20 triệu đồng/lồng", "20", 20000000, "money", "đồng/lồng", "mức hỗ trợ tối đa làm lồng mới", approx="at_most",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]
COMMENTS = [
    "Chi cục Thủy sản, Sở NN&PTNT Yên Bái (department site): cage fish on the Thác Bà reservoir in 2023, one-cell-per-line table.",
    "'Ngày đăng: 03/04/2024 | Lượt xem: 512' gives `published`; the view counter is page furniture. Location Yên Bái.",
    "Distractors: Nghị quyết số 69/2020/NQ-HĐND, address 'tổ 5, phường Đồng Tâm', 'Đơn vị tính' line, 'giai đoạn 2021-2025'.",
    "'Năm 2023' opens the paragraph in its own sentence, so the prose figures inherit it. District parts after 'trong đó' take total",
    "2.150; '(chiếm 68,8%)' is Yên Bình's percent. 'vượt 8,3% kế hoạch' is a gap to plan: a change with baseline 'kế hoạch'.",
    "Table (one cell per line): unit and multiplier from the row label ('(tỷ đồng)' makes 148,5 = 148,5·10⁹ đồng); period from the column",
    "header (scored, as in shared h23/h24); the 'Kế hoạch năm 2024' column is status target. Subject = row label + column label.",
    "The 30% support share and the cap 'tối đa 20 triệu đồng/lồng' (at_most, a rate unit) are figures of the 2021-2025 policy.",
]
emit(7, TEXT, COMMENTS, FIGS, published="2024-04-03", location="Yên Bái")
