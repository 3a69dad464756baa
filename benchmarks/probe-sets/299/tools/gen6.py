from lib import F, P, CH, build

TEXT = """Thời sự › Xã hội
Thứ Hai, 29/1/2024, 17:42 (GMT+7)

TP HCM dành gần 1.700 tỷ đồng chăm lo Tết cho người khó khăn

Thành phố dự kiến chăm lo Tết Giáp Thìn cho khoảng 1,2 triệu lượt người, với tổng kinh phí gần 1.700 tỷ đồng, tăng hơn 20% so với năm trước.

Chiều 29/1, Ủy ban MTTQ Việt Nam TP HCM cho biết, từ đầu tháng 12/2023 đến nay, các đơn vị đã vận động được 1.235 tỷ đồng, đạt 72,6% kế hoạch. Trong đó, Hội Chữ thập đỏ thành phố vận động hơn 152 tỷ đồng, Quỹ Vì người nghèo thành phố tiếp nhận 318 tỷ đồng.

Mức quà phổ biến từ 500.000 đồng đến 1,5 triệu đồng/suất, gồm tiền mặt và nhu yếu phẩm. Một số địa phương vận động được nhiều như TP Thủ Đức (25,4 tỷ đồng), quận Bình Tân (18,7 tỷ đồng), Quận 1 (12,5 tỷ đồng) và huyện Củ Chi (11,9 tỷ đồng).

Chương trình "Chuyến xe mùa xuân" năm nay tặng 5.000 vé xe, vé tàu cho công nhân, sinh viên khó khăn về quê; hơn 3 ngàn tình nguyện viên, trong đó khoảng 1.800 là đoàn viên, sinh viên, đã đăng ký hỗ trợ tại các bến xe, nhà ga.

Về hiến máu, Trung tâm Truyền máu Chợ Rẫy cho biết tính đến ngày 28/1/2024, Lễ hội Xuân hồng đã tiếp nhận 9.640 đơn vị máu, đạt 80,3% chỉ tiêu (12.000 đơn vị). Bệnh viện Nhân dân 115 và Bệnh viện Truyền máu Huyết học mỗi ngày cần khoảng 700-800 đơn vị máu để điều trị.

Ông Nguyễn Văn Phúc, quận 8, là một trong những người nhận quà sớm. "Năm nay nhà tôi được hai suất, đỡ lo nhiều", ông nói.

Lê Phương

Chia sẻ | 24 bình luận
"""

NOW = P("từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-29")
NOWi = P("từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-29", inh=True)
SUBJ = "kinh phí vận động chăm lo Tết"

FIGS = [
    F("dành gần 1.700 tỷ", "1.700", 1700e9, "money", "đồng", "kinh phí chăm lo Tết cho người khó khăn", approx="nearly",
      optional=True),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "count", "lượt người", "lượt người được chăm lo Tết Giáp Thìn", approx="about",
      status="forecast"),
    F("kinh phí gần 1.700 tỷ", "1.700", 1700e9, "money", "đồng", "tổng kinh phí chăm lo Tết", approx="nearly",
      change=CH("increase", 20, "%", "năm trước", approx="over"), status="forecast"),
    F("được 1.235 tỷ", "1.235", 1235e9, "money", "đồng", "kinh phí vận động chăm lo Tết", percent=72.6, period=NOW),
    F("hơn 152 tỷ", "152", 152e9, "money", "đồng", "kinh phí Hội Chữ thập đỏ thành phố vận động", approx="over",
      total=1235e9, period=NOWi),
    F("tiếp nhận 318 tỷ", "318", 318e9, "money", "đồng", "kinh phí Quỹ Vì người nghèo thành phố tiếp nhận",
      total=1235e9, period=NOWi),
    F("từ 500.000 đồng đến", "500.000", 500000, "money", "đồng/suất", "mức quà phổ biến", value_max=1.5e6),
    F("(25,4 tỷ", "25,4", 25.4e9, "money", "đồng", SUBJ, location="Thủ Đức", period=NOWi),
    F("(18,7 tỷ", "18,7", 18.7e9, "money", "đồng", SUBJ, location="Bình Tân", period=NOWi),
    F("(12,5 tỷ", "12,5", 12.5e9, "money", "đồng", SUBJ, location="Quận 1", period=NOWi),
    F("(11,9 tỷ", "11,9", 11.9e9, "money", "đồng", SUBJ, location="Củ Chi", period=NOWi),
    F("tặng 5.000 vé", "5.000", 5000, "count", "vé xe, vé tàu", "vé xe, vé tàu tặng công nhân, sinh viên khó khăn",
      period=P("năm nay", "2024-01-01", "2024-12-31")),
    F("hơn 3 ngàn", "3", 3000, "count", "tình nguyện viên", "tình nguyện viên đăng ký hỗ trợ tại bến xe, nhà ga",
      approx="over"),
    F("khoảng 1.800 là", "1.800", 1800, "count", "đoàn viên, sinh viên", "tình nguyện viên là đoàn viên, sinh viên",
      approx="about", total=3000),
    F("tiếp nhận 9.640 đơn vị", "9.640", 9640, "count", "đơn vị máu", "đơn vị máu Lễ hội Xuân hồng tiếp nhận",
      percent=80.3, target={"value": 12000, "unit": "đơn vị", "met": False},
      period=P("tính đến ngày 28/1/2024", None, "2024-01-28")),
    F("khoảng 700-800", "700", 700, "count", "đơn vị máu", "nhu cầu máu điều trị mỗi ngày", value_max=800, approx="about"),
    F("được hai suất", "hai", 2, "count", "suất quà", "suất quà gia đình ông Nguyễn Văn Phúc nhận", optional=True),
]

COMMENTS = [
    "National press (news site), 'Thứ Hai, 29/1/2024, 17:42 (GMT+7)'; TP HCM chăm lo Tết Giáp Thìn. '24 bình luận' is page furniture.",
    "Lead: 'dự kiến' governs both the 1,2 triệu and the 1.700 tỷ clause → forecast; 'tăng hơn 20% so với năm trước' is the change (approx over). The headline restatement is optional (no cue of its own).",
    "'từ đầu tháng 12/2023 đến nay' runs to the dateline 2024-01-29; 'đạt 72,6% kế hoạch' is 1.235 tỷ's share; 'Trong đó' parts (152 tỷ, 318 tỷ) get total 1.235 tỷ.",
    "'từ 500.000 đồng đến 1,5 triệu đồng/suất' range, unit đồng/suất. The list of districts gives locations (Thủ Đức, Bình Tân, Quận 1, Củ Chi); '1' in 'Quận 1' and '8' in 'quận 8' are names, not figures.",
    "'hơn 3 ngàn' = 3000 (ngàn ×10^3); 'trong đó khoảng 1.800' total 3000. 'đạt 80,3% chỉ tiêu (12.000 đơn vị)': percent 80,3 and the bracketed plan is the target.",
    "'khoảng 700-800 đơn vị máu' range (about). 'năm nay' = 2024. Distractors: 'Bệnh viện Nhân dân 115', 'Chiều 29/1', '(GMT+7)', 'Trung tâm Truyền máu Chợ Rẫy'; 'hai suất' in a quote is optional.",
]

build("p299-6", TEXT, COMMENTS, FIGS, published="2024-01-29", location="TP Hồ Chí Minh")
