from lib import F, P, build

TEXT = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Hoạt động Mặt trận > An sinh xã hội

Hỗ trợ hơn 1,3 tỷ đồng cho các hộ bị thiệt hại do lốc xoáy, mưa đá

Trong quý II/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Hội Chữ thập đỏ tỉnh trích Quỹ Cứu trợ của tỉnh hỗ trợ 1,35 tỷ đồng cho 400 hộ dân bị thiệt hại do lốc xoáy, mưa đá tại các huyện Hướng Hóa, Đakrông, Cam Lộ và Gio Linh.

Mức hỗ trợ được áp dụng như sau: hộ có nhà bị sập đổ hoàn toàn hoặc cuốn trôi được hỗ trợ 30 triệu đồng/hộ (7 hộ); hộ có nhà bị tốc mái, hư hỏng trên 50% được hỗ trợ 5 triệu đồng/hộ (118 hộ); hộ có nhà hư hỏng dưới 50% được hỗ trợ 2 triệu đồng/hộ (275 hộ).

Phân theo địa bàn, huyện Hướng Hóa được phân bổ nhiều nhất với 620 triệu đồng (chiếm 45,9%), tiếp đến là Đakrông 410 triệu đồng, Cam Lộ 195 triệu đồng và Gio Linh 125 triệu đồng.

Bên cạnh đó, Hội Chữ thập đỏ tỉnh vận động các nhà hảo tâm trao 250 suất quà (mỗi suất gồm 10 kg gạo, 1 thùng mì và 300.000 đồng tiền mặt), tổng trị giá khoảng 175 triệu đồng.

Lũy kế từ đầu năm đến ngày 30/6/2024, Quỹ Cứu trợ tỉnh đã tiếp nhận 4,72 tỷ đồng, giải ngân hỗ trợ khắc phục thiên tai 2,06 tỷ đồng, đạt 43,6% số tiền tiếp nhận. Năm 2024, Ủy ban MTTQ tỉnh phấn đấu vận động Quỹ Cứu trợ đạt 8 tỷ đồng.

Quỹ Cứu trợ tỉnh tiếp tục tiếp nhận ủng hộ qua tài khoản số 3761.0.1055214 tại Kho bạc Nhà nước tỉnh Quảng Trị; địa chỉ: số 21 Hùng Vương, TP Đông Hà.

Minh Thư - Ban Tuyên giáo Ủy ban MTTQ tỉnh
05/7/2024
"""

Q2 = P("Trong quý II/2024", "2024-04-01", "2024-06-30")
Q2I = P("Trong quý II/2024", "2024-04-01", "2024-06-30", True)
YTD = P("Lũy kế từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ALLOC = "kinh phí hỗ trợ phân bổ"

FIGS = [
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "kinh phí hỗ trợ các hộ bị thiệt hại do lốc xoáy, mưa đá", approx="over"),
    F("hỗ trợ 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "kinh phí Quỹ Cứu trợ hỗ trợ hộ dân bị thiệt hại", Q2),
    F("cho 400 hộ", "400", 400, "count", "hộ dân", "hộ dân bị thiệt hại do lốc xoáy, mưa đá được hỗ trợ", Q2),
    F("hỗ trợ 30 triệu đồng/hộ", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị sập đổ hoàn toàn hoặc cuốn trôi"),
    F("(7 hộ)", "7", 7, "count", "hộ", "hộ có nhà bị sập đổ hoàn toàn hoặc cuốn trôi", Q2I, total=400),
    F("hư hỏng trên 50%", "50", 50, "percent", "%", "mức hư hỏng nhà", approx="over", optional=True),
    F("hỗ trợ 5 triệu đồng/hộ", "5", 5e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà bị tốc mái, hư hỏng trên 50%"),
    F("(118 hộ)", "118", 118, "count", "hộ", "hộ có nhà bị tốc mái, hư hỏng trên 50%", Q2I, total=400),
    F("hư hỏng dưới 50%", "50", 50, "percent", "%", "mức hư hỏng nhà", approx="under", optional=True),
    F("hỗ trợ 2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ", "mức hỗ trợ hộ có nhà hư hỏng dưới 50%"),
    F("(275 hộ)", "275", 275, "count", "hộ", "hộ có nhà hư hỏng dưới 50%", Q2I, total=400),
    F("nhiều nhất với 620 triệu đồng", "620", 620e6, "money", "đồng", ALLOC, Q2I, location="Hướng Hóa", percent=45.9),
    F("Đakrông 410 triệu", "410", 410e6, "money", "đồng", ALLOC, Q2I, location="Đakrông"),
    F("Cam Lộ 195 triệu", "195", 195e6, "money", "đồng", ALLOC, Q2I, location="Cam Lộ"),
    F("Gio Linh 125 triệu", "125", 125e6, "money", "đồng", ALLOC, Q2I, location="Gio Linh"),
    F("trao 250 suất quà", "250", 250, "count", "suất quà", "suất quà trao cho hộ bị thiệt hại", Q2I),
    F("10 kg gạo", "10", 10, "measure", "kg", "gạo mỗi suất quà"),
    F("1 thùng mì", "1", 1, "count", "thùng mì", "mì mỗi suất quà", optional=True),
    F("300.000 đồng", "300.000", 300000, "money", "đồng", "tiền mặt mỗi suất quà"),
    F("khoảng 175 triệu đồng", "175", 175e6, "money", "đồng", "tổng trị giá quà", Q2I, approx="about"),
    F("tiếp nhận 4,72 tỷ đồng", "4,72", 4.72e9, "money", "đồng", "Quỹ Cứu trợ tỉnh tiếp nhận", YTD),
    F("thiên tai 2,06 tỷ đồng", "2,06", 2.06e9, "money", "đồng", "giải ngân hỗ trợ khắc phục thiên tai", YTD, percent=43.6),
    F("đạt 8 tỷ đồng", "8", 8e9, "money", "đồng", "vận động Quỹ Cứu trợ", Y24, status="target"),
]

HEADER = """Site of Ủy ban MTTQ tỉnh Quảng Trị (mass organisation): relief money for whirlwind and hail damage, quý II/2024. No dateline at the top;
the bare date '05/7/2024' at the end after the byline is the article's date. Headline 'hơn 1,3 tỷ' a figure of its own (no period).
The three bracketed household counts follow ':' after a sentence break from the whole '400 hộ' and add up to it: total 400. Per-household
rates are policy amounts (no period); damage thresholds 'trên 50%' / 'dưới 50%' optional. District allocations: no part cue, no total;
'chiếm 45,9%' is Hướng Hóa's share. 'mỗi suất gồm 10 kg gạo, 1 thùng mì và 300.000 đồng' are contents of one parcel, not parts of 250 suất
(different things): no total; '1 thùng mì' optional. 'đạt 43,6% số tiền tiếp nhận' is the share of 2,06 tỷ. 'phấn đấu … đạt 8 tỷ' target.
Distractors: account number '3761.0.1055214', address 'số 21 Hùng Vương', quarter and dates."""

build("p407-7", TEXT, FIGS, HEADER, published="2024-07-05", location="Quảng Trị")
