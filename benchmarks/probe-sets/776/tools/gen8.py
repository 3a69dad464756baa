"""p776-8: provincial newspaper (Báo Sơn La) — natural disasters in 9 months of 2024, hail and cold damage, support and plans."""
from lib import F, P, I, CH, emit

TEXT = """Báo Sơn La › Kinh tế › Nông nghiệp

9 tháng, thiên tai gây thiệt hại hơn 86 tỷ đồng cho nông dân Sơn La

THU HẰNG 08:15, 03/10/2024

Theo Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh, 9 tháng năm 2024, trên địa bàn tỉnh xảy ra 27 đợt thiên tai, trong đó có 9 trận mưa đá, 14 trận dông lốc và 4 đợt rét đậm, rét hại. Tổng giá trị thiệt hại ước 86,4 tỷ đồng, tăng 35,2% so với cùng kỳ năm 2023.

Mưa đá là loại hình gây thiệt hại lớn nhất về sản xuất: 2.318 ha cây trồng bị ảnh hưởng, chủ yếu là ngô, lúa nương và cây ăn quả. Riêng trận mưa đá chiều 14/4 tại các huyện Mộc Châu, Vân Hồ, Yên Châu đã làm hư hại 965 ha mận, bơ, nhãn; thiệt hại lần lượt là 12,4 tỷ đồng, 6,1 tỷ đồng và 4,8 tỷ đồng.

Trong quý I/2024, rét đậm, rét hại làm chết 318 con gia súc, tập trung ở các huyện Bắc Yên (97 con), Sốp Cộp (82 con), Mường La (64 con).

Đến hết tháng 9/2024, tỉnh đã hỗ trợ 2.140 hộ bị thiệt hại với tổng kinh phí 14,75 tỷ đồng, đạt 92,2% kế hoạch vốn khắc phục hậu quả thiên tai năm 2024. Tuy nhiên, bảo hiểm nông nghiệp mới bao phủ được khoảng 1,3% diện tích cây ăn quả.

Trong quý IV, tỉnh dự kiến xây dựng thêm 45 công trình che chắn chuồng trại cho hộ nghèo ở vùng cao; phấn đấu đến năm 2025 giảm ít nhất 50% số gia súc chết do rét so với bình quân giai đoạn 2021-2023.

Người dân báo tin thiên tai qua số điện thoại trực ban 0212.3852.114.
"""

N = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H = P("chiều 14/4", "2024-04-14", "2024-04-14")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
E = P("Đến hết tháng 9/2024", None, "2024-09-30")
FIG = [
    F("hơn 86 tỷ đồng", "86", 86e9, "money", "đồng", "giá trị thiệt hại do thiên tai", I(N), approx="over"),
    F("xảy ra 27 đợt", "27", 27, "count", "đợt thiên tai", "đợt thiên tai", N),
    F("có 9 trận", "9", 9, "count", "trận mưa đá", "trận mưa đá", N, total=27),
    F("14 trận", "14", 14, "count", "trận dông lốc", "trận dông lốc", N, total=27),
    F("và 4 đợt", "4", 4, "count", "đợt rét đậm, rét hại", "đợt rét đậm, rét hại", N, total=27),
    F("ước 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng", "tổng giá trị thiệt hại do thiên tai", I(N),
      change=CH("increase", 35.2, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("2.318 ha", "2.318", 2318, "measure", "ha", "diện tích cây trồng bị ảnh hưởng do mưa đá", I(N)),
    F("hư hại 965 ha", "965", 965, "measure", "ha", "diện tích mận, bơ, nhãn bị hư hại do trận mưa đá", H),
    F("là 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "giá trị thiệt hại do trận mưa đá", H, location="Mộc Châu"),
    F("6,1 tỷ đồng", "6,1", 6.1e9, "money", "đồng", "giá trị thiệt hại do trận mưa đá", H, location="Vân Hồ"),
    F("và 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "giá trị thiệt hại do trận mưa đá", H, location="Yên Châu"),
    F("chết 318 con", "318", 318, "count", "con gia súc", "gia súc chết do rét đậm, rét hại", Q1),
    F("Bắc Yên (97 con)", "97", 97, "count", "con", "gia súc chết do rét đậm, rét hại", Q1, location="Bắc Yên"),
    F("Sốp Cộp (82 con)", "82", 82, "count", "con", "gia súc chết do rét đậm, rét hại", Q1, location="Sốp Cộp"),
    F("Mường La (64 con)", "64", 64, "count", "con", "gia súc chết do rét đậm, rét hại", Q1, location="Mường La"),
    F("hỗ trợ 2.140 hộ", "2.140", 2140, "count", "hộ", "hộ bị thiệt hại được hỗ trợ", E),
    F("phí 14,75 tỷ đồng", "14,75", 14.75e9, "money", "đồng", "tổng kinh phí hỗ trợ hộ bị thiệt hại", E, percent=92.2),
    F("khoảng 1,3%", "1,3", 1.3, "percent", "%", "tỷ lệ diện tích cây ăn quả được bảo hiểm nông nghiệp bao phủ", None,
      approx="about"),
    F("thêm 45 công trình", "45", 45, "count", "công trình", "công trình che chắn chuồng trại cho hộ nghèo xây dựng thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), status="forecast"),
    F("ít nhất 50%", "50", 50, "percent", "%", "mức giảm số gia súc chết do rét so với bình quân giai đoạn 2021-2023",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

emit("p776-8", TEXT, [
    "Báo Sơn La (invented): thiên tai 9 tháng năm 2024 — mưa đá, dông lốc, rét hại; byline with time before the date.",
    "9 + 14 + 4 = 27 after 'trong đó': parts of 27 đợt. 'Riêng' is not a part cue in the spec: 965 ha gets no total. 'lần lượt'",
    "maps the three amounts to Mộc Châu, Vân Hồ, Yên Châu (965 ha itself spans three districts → Sơn La). District list after",
    "318 con ('tập trung ở', sum 243) gets no total. 'đạt 92,2% kế hoạch vốn' is the percent of 14,75 tỷ. 'quý IV' takes 2024.",
    "'giai đoạn 2021-2023' (baseline), byline time '08:15', phone are distractors.",
], FIG, published="2024-10-03", location="Sơn La")
