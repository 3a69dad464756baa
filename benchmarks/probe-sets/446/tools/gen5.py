from lib import F, P, Y, ch, emit

TEXT = """SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NGÃI
Trang chủ / Tin hoạt động

Năm 2023, Quảng Ngãi giải ngân 88,56% kế hoạch vốn đầu tư công
Ngày đăng: 20/02/2024 | Lượt xem: 642

Kế hoạch vốn đầu tư công năm 2023 của tỉnh (bao gồm vốn kéo dài từ năm 2022 sang) là 5.914,7 tỷ đồng. Tính đến ngày 31/01/2024, thời điểm kết thúc giải ngân kế hoạch năm 2023, toàn tỉnh giải ngân được 5.238,1 tỷ đồng, đạt 88,56% kế hoạch, cao hơn bình quân chung cả nước (khoảng 81%).

Kết quả giải ngân theo nguồn vốn
Đơn vị tính: tỷ đồng
Nguồn vốn
Kế hoạch
Đã giải ngân
Tỷ lệ (%)
Ngân sách địa phương
3.862,4
3.517,6
91,07
Ngân sách trung ương
1.708,9
1.443,2
84,45
Vốn nước ngoài (ODA)
343,4
277,3
80,75

Năm 2023, có 8/13 huyện, thị xã, thành phố giải ngân đạt trên 90% kế hoạch; tỷ lệ giải ngân của các huyện miền núi dao động từ 72% đến 86%. Huyện Bình Sơn dẫn đầu với 98,2%, thị xã Đức Phổ xếp thứ hai với 96,5%.

Năm 2024, tỉnh được giao kế hoạch vốn 6.420 tỷ đồng, tăng 8,5% so với năm 2023, trong đó vốn ngân sách địa phương 4.350 tỷ đồng, vốn ngân sách trung ương 2.070 tỷ đồng. Sở Kế hoạch và Đầu tư đặt mục tiêu giải ngân quý I/2024 đạt tối thiểu 15% kế hoạch và cả năm 2024 đạt trên 95%.

Địa chỉ: số 96 Nguyễn Nghiêm, TP Quảng Ngãi. Điện thoại: 0255.3822.868
"""

Y23 = Y(2023)
Y23i = Y(2023, inh=True)
Y24 = Y(2024)
D31 = P("Tính đến ngày 31/01/2024", None, "2024-01-31")
D31i = P("Tính đến ngày 31/01/2024", None, "2024-01-31", inh=True)
RATE = "tỷ lệ giải ngân"

ROWS = [
    ("Ngân sách địa phương", "3.862,4", "3.517,6", "91,07"),
    ("Ngân sách trung ương", "1.708,9", "1.443,2", "84,45"),
    ("Vốn nước ngoài (ODA)", "343,4", "277,3", "80,75"),
]

FIGS = [
    F("Quảng Ngãi giải ngân 88,56%", "88,56", 1, "percent", "%", "giải ngân kế hoạch vốn đầu tư công",
      Y(2023, "Năm 2023")),
    F("là 5.914,7 tỷ đồng", "5.914,7", "tỷ", "money", "đồng", "kế hoạch vốn đầu tư công", Y23, status="target"),
    F("được 5.238,1 tỷ đồng", "5.238,1", "tỷ", "money", "đồng", "giải ngân", D31, percent=88.56),
    F("(khoảng 81%)", "81", 1, "percent", "%", "bình quân chung cả nước", D31, approx="about",
      location="Việt Nam"),
]
for label, plan, done, rate in ROWS:
    FIGS += [
        F(f"{label}\n{plan}\n", plan, "tỷ", "money", "đồng", f"{label} kế hoạch", Y23i, status="target"),
        F(f"{plan}\n{done}\n", done, "tỷ", "money", "đồng", f"{label} đã giải ngân", D31i),
        F(f"{done}\n{rate}\n", rate, 1, "percent", "%", f"{label} tỷ lệ", D31i),
    ]
FIGS += [
    F("có 8/13 huyện", "8", 1, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố giải ngân đạt trên 90% kế hoạch", Y(2023, "Năm 2023"), total=13),
    F("trên 90% kế hoạch", "90", 1, "percent", "%", RATE, Y23i, approx="over", optional=True),
    F("từ 72% đến 86%", "72", 1, "percent", "%", "tỷ lệ giải ngân của các huyện miền núi", Y(2023, "Năm 2023"),
      value_max="86"),
    F("dẫn đầu với 98,2%", "98,2", 1, "percent", "%", RATE, Y23i, location="Bình Sơn"),
    F("xếp thứ hai", "hai", 1, "rank", "hạng", RATE, Y23i, location="Đức Phổ"),
    F("thứ hai với 96,5%", "96,5", 1, "percent", "%", RATE, Y23i, location="Đức Phổ"),
    F("vốn 6.420 tỷ đồng", "6.420", "tỷ", "money", "đồng", "kế hoạch vốn", Y(2024, "Năm 2024"), status="target",
      change=ch("increase", 8.5, "%", "năm 2023")),
    F("địa phương 4.350 tỷ đồng", "4.350", "tỷ", "money", "đồng", "vốn ngân sách địa phương",
      Y(2024, "Năm 2024"), total=6420000000000, status="target"),
    F("trung ương 2.070 tỷ đồng", "2.070", "tỷ", "money", "đồng", "vốn ngân sách trung ương",
      Y(2024, "Năm 2024"), total=6420000000000, status="target"),
    F("tối thiểu 15%", "15", 1, "percent", "%", "mục tiêu giải ngân", P("quý I/2024", "2024-01-01", "2024-03-31"),
      approx="at_least", status="target"),
    F("đạt trên 95%", "95", 1, "percent", "%", "mục tiêu giải ngân", Y(2024, "cả năm 2024"),
      approx="over", status="target"),
]

COMMENTS = [
    "Sở KH&ĐT Quảng Ngãi site: year-end 2023 disbursement (to 31/01/2024, the legal end of the 2023 plan) and the 2024 plan.",
    "Dateline 'Ngày đăng: 20/02/2024 | Lượt xem: 642'. One-cell-per-line table (Nguồn vốn / Kế hoạch / Đã giải ngân / Tỷ lệ (%)) with",
    "'Đơn vị tính: tỷ đồng'. Table cells: subject = row + column label; plan cells status target, period 2023 from the text (inherited);",
    "disbursed cells and rates as of 31/01/2024 (inherited). 'Tính đến ngày 31/01/2024' in the lead sentence is the scored as-of period",
    "(the 'năm 2023' in that sentence names the plan year). '(khoảng 81%)' after '88,56%' is a percent of its own, location Việt Nam.",
    "'8/13 huyện…' total 13; 'trên 90%' threshold optional; range 'từ 72% đến 86%' value_max. 2024 plan: target, parts after 'trong đó'",
    "take it as total. Distractors: 'vốn kéo dài từ năm 2022', address 'số 96 Nguyễn Nghiêm', phone, view counter.",
]

emit("p446-5", TEXT, COMMENTS, FIGS, published="2024-02-20", location="Quảng Ngãi")
