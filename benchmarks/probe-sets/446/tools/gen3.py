from lib import F, P, Y, ch, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế

Bắc Giang: Giải ngân vốn đầu tư công đứng thứ 2 cả nước
Thu Hương
15:20, 28/09/2024

BGĐT - Theo Sở Tài chính, đến hết tháng 8/2024, tỉnh Bắc Giang giải ngân 3.612 tỷ đồng vốn đầu tư công, đạt 68,3% kế hoạch, xếp thứ 2/63 tỉnh, thành phố, chỉ sau Thái Bình.

Tiến độ giải ngân của tỉnh được duy trì đều qua các tháng: tháng 1 đạt 9,8%; quý I/2024 đạt 24,6%; 6 tháng đầu năm đạt 51,2%. Riêng tháng 8, tỉnh giải ngân trên 400 tỷ đồng, cao nhất từ đầu năm. Theo ông Nguyễn Văn Hải, Giám đốc Sở Tài chính, kết quả trên có được nhờ tỉnh sớm phân bổ chi tiết vốn ngay từ đầu năm và thành lập các tổ công tác kiểm tra hiện trường.

Trong 10 huyện, thành phố, có 6 đơn vị đạt tỷ lệ giải ngân trên 70%, dẫn đầu là huyện Lạng Giang (89,6%), TP Bắc Giang (84,1%) và huyện Yên Dũng (80,7%). Thấp nhất là huyện Sơn Động mới đạt 47,5%, do nhiều dự án vướng mặt bằng.

Tuy nhiên, toàn tỉnh vẫn còn 14 dự án chậm tiến độ, trong đó 5 dự án vướng giải phóng mặt bằng với diện tích khoảng 32,5 ha chưa bàn giao, như dự án cải tạo, nâng cấp Quốc lộ 31 đoạn qua huyện Lục Nam và đường tỉnh 293 kéo dài.

Tỉnh phấn đấu đến ngày 30/9 giải ngân đạt 75% và đến hết năm 2024 đạt 100% kế hoạch vốn được giao. Chủ đầu tư nào giải ngân chậm sẽ bị xem xét trách nhiệm theo Kết luận số 125-KL/TU; kết quả sẽ được báo cáo tại phiên họp thường kỳ tháng 10 của UBND tỉnh.
"""

A8 = P("đến hết tháng 8/2024", None, "2024-08-31")
A8i = P("đến hết tháng 8/2024", None, "2024-08-31", inh=True)
RATE = "tỷ lệ giải ngân"
PROG = "tiến độ giải ngân"

FIGS = [
    F("đứng thứ 2 cả nước", "2", 1, "rank", "hạng", "giải ngân vốn đầu tư công", A8i),
    F("giải ngân 3.612 tỷ đồng", "3.612", "tỷ", "money", "đồng", "vốn đầu tư công giải ngân", A8, percent=68.3),
    F("xếp thứ 2/63", "2", 1, "rank", "hạng", "giải ngân vốn đầu tư công", A8, total=63),
    F("tháng 1 đạt 9,8%", "9,8", 1, "percent", "%", PROG, P("tháng 1", "2024-01-01", "2024-01-31")),
    F("quý I/2024 đạt 24,6%", "24,6", 1, "percent", "%", PROG, P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("6 tháng đầu năm đạt 51,2%", "51,2", 1, "percent", "%", PROG,
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("trên 400 tỷ đồng", "400", "tỷ", "money", "đồng", "giải ngân", P("tháng 8", "2024-08-01", "2024-08-31"),
      approx="over"),
    F("có 6 đơn vị", "6", 1, "count", "đơn vị", "đơn vị đạt tỷ lệ giải ngân trên 70%", A8i, total=10),
    F("trên 70%", "70", 1, "percent", "%", RATE, A8i, approx="over", optional=True),
    F("Lạng Giang (89,6%)", "89,6", 1, "percent", "%", RATE, A8i, location="Lạng Giang"),
    F("TP Bắc Giang (84,1%)", "84,1", 1, "percent", "%", RATE, A8i, location="Bắc Giang"),
    F("Yên Dũng (80,7%)", "80,7", 1, "percent", "%", RATE, A8i, location="Yên Dũng"),
    F("mới đạt 47,5%", "47,5", 1, "percent", "%", RATE, A8i, location="Sơn Động"),
    F("còn 14 dự án", "14", 1, "count", "dự án", "dự án chậm tiến độ", A8i),
    F("đó 5 dự án", "5", 1, "count", "dự án", "dự án vướng giải phóng mặt bằng", A8i, total=14),
    F("khoảng 32,5 ha", "32,5", 1, "measure", "ha", "diện tích chưa bàn giao", A8i, approx="about"),
    F("đạt 75%", "75", 1, "percent", "%", "giải ngân",
      P("đến ngày 30/9", None, "2024-09-30"), status="target"),
    F("đạt 100% kế hoạch", "100", 1, "percent", "%", "giải ngân kế hoạch vốn được giao",
      P("đến hết năm 2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BGĐT): byline then '15:20, 28/09/2024'. Province ranks 2nd nationally in disbursement to end of August 2024.",
    "'đến hết tháng 8/2024' is an as-of period (start null). Monthly progression: 'tháng 1' takes 2024 from the earlier 'tháng 8/2024'.",
    "'Trong 10 huyện, thành phố, có 6 đơn vị': 10 is the total of 6 (an attribute, not a figure, as shared h02). 'trên 70%' is a threshold",
    "(optional). 'TP Bắc Giang' is the city → location Bắc Giang. '5 dự án' after 'trong đó' → total 14. The headline rank has no period",
    "of its own (inherited from the lead). 'chỉ sau Thái Bình' gives no figure. Distractors: 'Quốc lộ 31', 'đường tỉnh 293', 'huyện Lục Nam'",
    "inside a project name, 'Kết luận số 125-KL/TU', 'tháng 10' meeting, dateline and byline.",
    "revised: the 75% target's subject is 'giải ngân' (what its own clause names), as the same construction in p446-4 and p446-7.",
]

emit("p446-3", TEXT, COMMENTS, FIGS, published="2024-09-28", location="Bắc Giang")
