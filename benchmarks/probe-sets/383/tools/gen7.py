from lib import F, P, I, C, emit

TEXT = """Thời sự › Xã hội
Thứ sáu, 25/10/2024, 10:12 (GMT+7)

Hơn 20 triệu hộ đạt danh hiệu gia đình văn hóa

Cả nước có hơn 20 triệu hộ gia đình được công nhận gia đình văn hóa, chiếm khoảng 86,5% tổng số hộ, tăng 1,6 triệu hộ so với năm 2019, theo Ban Chỉ đạo Trung ương phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".

Tại hội nghị trực tuyến với 63 điểm cầu tỉnh, thành phố sáng 24/10, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết sau gần 25 năm triển khai, phong trào đã lan tỏa đến từng khu dân cư. Năm 2023, cả nước có 74.526 thôn, tổ dân phố đạt danh hiệu văn hóa, chiếm 78,9%; hơn 67.000 cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa.

Nguồn lực xã hội hóa cho xây dựng đời sống văn hóa ở cơ sở ước đạt 3,2 nghìn tỷ đồng mỗi năm. Tỷ lệ gia đình văn hóa cao nhất thuộc về Hưng Yên (93,4%), Thái Bình (92,8%) và Bắc Ninh (92,5%).

Tuy vậy, theo Thứ trưởng, vẫn còn khoảng 12% nhà văn hóa thôn hoạt động cầm chừng, chủ yếu ở vùng sâu, vùng xa; bình quân mỗi nhà văn hóa thôn chỉ được cấp khoảng 5-7 triệu đồng/năm cho hoạt động thường xuyên. Việc bình xét ở nhiều nơi còn hình thức, có thôn 100% hộ được công nhận.

Giai đoạn 2026-2030, Bộ đề xuất phấn đấu 90% hộ gia đình đạt danh hiệu gia đình văn hóa, 85% thôn, tổ dân phố đạt danh hiệu văn hóa và không dưới 95% nhà văn hóa thôn hoạt động thường xuyên. Dự kiến năm 2025, Bộ sẽ tổ chức tổng kết 25 năm thực hiện phong trào tại Hà Nội.

Hồng Chiêu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2026-2030", "2026-01-01", "2030-12-31")
TL = "tỷ lệ gia đình văn hóa"

FIGS = [
    F("Hơn 20 triệu hộ đạt", "20", 20e6, "count", "hộ", "hộ đạt danh hiệu gia đình văn hóa", approx="over"),
    F("có hơn 20 triệu hộ", "20", 20e6, "count", "hộ gia đình", "hộ gia đình được công nhận gia đình văn hóa",
      approx="over", percent=86.5, change=C("increase", 1.6e6, "hộ", "năm 2019")),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", optional=True),
    F("gần 25 năm triển khai", "25", 25, "measure", "năm", approx="nearly", optional=True),
    F("có 74.526 thôn", "74.526", 74526, "count", "thôn, tổ dân phố", "thôn, tổ dân phố đạt danh hiệu văn hóa", Y23,
      percent=78.9),
    F("hơn 67.000 cơ quan", "67.000", 67000, "count", "cơ quan, đơn vị, doanh nghiệp",
      "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", Y23, approx="over"),
    F("ước đạt 3,2 nghìn tỷ đồng", "3,2", 3.2e12, "money", "đồng",
      "nguồn lực xã hội hóa cho xây dựng đời sống văn hóa ở cơ sở", status="estimate"),
    F("Hưng Yên (93,4%)", "93,4", 93.4, "percent", "%", TL, location="Hưng Yên"),
    F("Thái Bình (92,8%)", "92,8", 92.8, "percent", "%", TL, location="Thái Bình"),
    F("Bắc Ninh (92,5%)", "92,5", 92.5, "percent", "%", TL, location="Bắc Ninh"),
    F("khoảng 12% nhà", "12", 12, "percent", "%", "nhà văn hóa thôn hoạt động cầm chừng", approx="about"),
    F("khoảng 5-7 triệu đồng/năm", "5", 5e6, "money", "đồng/năm",
      "kinh phí cấp cho mỗi nhà văn hóa thôn cho hoạt động thường xuyên", approx="about", value_max=7e6),
    F("có thôn 100% hộ", "100", 100, "percent", "%", "hộ được công nhận", optional=True),
    F("phấn đấu 90% hộ", "90", 90, "percent", "%", "hộ gia đình đạt danh hiệu gia đình văn hóa", GD, status="target"),
    F(", 85% thôn", "85", 85, "percent", "%", "thôn, tổ dân phố đạt danh hiệu văn hóa", GD, status="target"),
    F("không dưới 95%", "95", 95, "percent", "%", "nhà văn hóa thôn hoạt động thường xuyên", GD,
      approx="at_least", status="target"),
    F("tổng kết 25 năm", "25", 25, "measure", "năm", optional=True),
]

COMMENTS = [
    "National press (news site, 'Thứ sáu, 25/10/2024, 10:12 (GMT+7)'): national results of the movement, figures from the central steering committee.",
    "Location Việt Nam (cả nước); provinces in the top list are their items' places. The venue 'tại Hà Nội' (the 2025 ceremony) is no place of a figure.",
    "Headline 'Hơn 20 triệu hộ' is a figure of its own. Lead: 'hơn 20 triệu …, chiếm khoảng 86,5% …, tăng 1,6 triệu hộ so với năm 2019'",
    "-> percent 86,5 and change +1.600.000 hộ (baseline năm 2019); no period is stated for it (present state), so none in the gold.",
    "'63 điểm cầu' (meeting set-up), 'gần 25 năm', 'tổng kết 25 năm' (durations / anniversary) and 'có thôn 100% hộ' (an anecdote) are optional.",
    "'ước đạt 3,2 nghìn tỷ đồng mỗi năm' = 3,2·10^12, status estimate, approx exact ('ước đạt' is a status cue only, as in shared h14).",
    "'khoảng 5-7 triệu đồng/năm' range money, unit đồng/năm. Targets 'Giai đoạn 2026-2030 … phấn đấu' incl. 'không dưới 95%' (at_least).",
]

emit("p383-7", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Việt Nam")
