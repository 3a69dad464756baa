from lib import F, P, write

A = """Hơn 2.400 hộ người có công ở Hà Tĩnh được hỗ trợ cải thiện nhà ở
PHAN TRÂM 06:20, 27/07/2024

(Baohatinh.vn) - Năm 2024, toàn tỉnh hỗ trợ xây mới, sửa chữa nhà ở cho hàng nghìn hộ người có công với cách mạng; đến nay nhiều ngôi nhà đã hoàn thành, đưa vào sử dụng.

Thực hiện Kế hoạch số 312/KH-UBND của UBND tỉnh, năm 2024 Hà Tĩnh hỗ trợ xây mới và sửa chữa nhà ở cho 2.436 hộ người có công với cách mạng, tổng kinh phí hơn 105,1 tỷ đồng. Trong đó, 1.068 hộ được hỗ trợ xây mới với mức 60 triệu đồng/hộ và 1.368 hộ được hỗ trợ sửa chữa với mức 30 triệu đồng/hộ.

Đến ngày 20/7, toàn tỉnh đã khởi công 1.932 nhà, đạt 79,3%; hoàn thành 1.157 nhà, đạt 47,5% kế hoạch. Các địa phương có số hộ được hỗ trợ nhiều là Hương Khê 312 hộ, Cẩm Xuyên 287 hộ, Can Lộc 265 hộ, Thạch Hà 241 hộ; thấp nhất là thị xã Hồng Lĩnh với 38 hộ.

Tại xã Sơn Kim 1 (huyện Hương Sơn), gia đình thương binh hạng 2/4 Nguyễn Văn Lộc vừa được bàn giao căn nhà mới sau 45 ngày thi công với sự góp sức của đoàn viên thanh niên và bà con lối xóm.

Bên cạnh nguồn ngân sách, Ủy ban MTTQ các cấp đã vận động Quỹ Đền ơn đáp nghĩa được 12,4 tỷ đồng, tăng 18% so với cùng kỳ năm 2023, hỗ trợ xây mới 86 nhà tình nghĩa.

Tỉnh phấn đấu đến ngày 30/9/2024 hoàn thành trên 80% số nhà; đến ngày 31/12/2024, 100% hộ người có công khó khăn về nhà ở được hỗ trợ.
"""

Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
D20 = P("Đến ngày 20/7", None, "2024-07-20")
D20i = dict(D20, inherited=True)
S = "hộ người có công được hỗ trợ nhà ở"
figs = [
    F("Hơn 2.400 hộ", "2.400", 2400, "count", "hộ", "hộ người có công được hỗ trợ cải thiện nhà ở", approx="over"),
    F("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", "hộ người có công được hỗ trợ nhà ở", approx="about",
      optional=True),
    F("cho 2.436 hộ", "2.436", 2436, "count", "hộ", "hộ người có công được hỗ trợ xây mới và sửa chữa nhà ở",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 105,1 tỷ", "105,1", 105.1e9, "money", "đồng", "tổng kinh phí hỗ trợ nhà ở", approx="over",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("1.068 hộ", "1.068", 1068, "count", "hộ", "hộ được hỗ trợ xây mới", total=2436, period=Y24i),
    F("mức 60 triệu", "60", 60e6, "money", "đồng/hộ", "mức hỗ trợ xây mới", period=Y24i),
    F("1.368 hộ", "1.368", 1368, "count", "hộ", "hộ được hỗ trợ sửa chữa", total=2436, period=Y24i),
    F("mức 30 triệu", "30", 30e6, "money", "đồng/hộ", "mức hỗ trợ sửa chữa", period=Y24i),
    F("khởi công 1.932 nhà", "1.932", 1932, "count", "nhà", "nhà đã khởi công", percent=79.3, period=D20),
    F("hoàn thành 1.157 nhà", "1.157", 1157, "count", "nhà", "nhà đã hoàn thành", percent=47.5, period=D20),
    F("Hương Khê 312 hộ", "312", 312, "count", "hộ", S, period=Y24i, location="Hương Khê"),
    F("Cẩm Xuyên 287 hộ", "287", 287, "count", "hộ", S, period=Y24i, location="Cẩm Xuyên"),
    F("Can Lộc 265 hộ", "265", 265, "count", "hộ", S, period=Y24i, location="Can Lộc"),
    F("Thạch Hà 241 hộ", "241", 241, "count", "hộ", S, period=Y24i, location="Thạch Hà"),
    F("với 38 hộ", "38", 38, "count", "hộ", S, period=Y24i, location="Hồng Lĩnh"),
    F("sau 45 ngày", "45", 45, "measure", "ngày", "thời gian thi công nhà", optional=True),
    F("được 12,4 tỷ", "12,4", 12.4e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa vận động được",
      change={"direction": "increase", "value": 18, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("mới 86 nhà", "86", 86, "count", "nhà tình nghĩa", "nhà tình nghĩa hỗ trợ xây mới"),
    F("trên 80%", "80", 80, "percent", "%", "số nhà hoàn thành", approx="over", status="target",
      period=P("đến ngày 30/9/2024", None, "2024-09-30")),
    F("100% hộ", "100", 100, "percent", "%", "hộ người có công khó khăn về nhà ở được hỗ trợ", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]
write(5, [
    "Báo Hà Tĩnh (Party newspaper): housing support for people with meritorious services in 2024. Byline-then-time dateline",
    "'PHAN TRÂM 06:20, 27/07/2024'. Distractors: 'Kế hoạch số 312/KH-UBND', 'xã Sơn Kim 1' (name), 'thương binh hạng 2/4' (a grade, not",
    "a fraction), 'Đến ngày 20/7', '(Baohatinh.vn)'. 'hàng nghìn hộ' in the sapo is a vague number word: optional.",
    "'Trong đó' after a sentence break: the whole is 2.436 hộ (the money figure before the cue counts another thing).",
    "'60 triệu đồng/hộ' unit đồng/hộ. 'Đến ngày 20/7' takes 2024 from 'năm 2024' above. 'khởi công 1.932 nhà, đạt 79,3%' percent.",
    "District list: places are locations (thị xã Hồng Lĩnh too), period năm 2024 inherited. '45 ngày' construction time optional.",
    "Targets with as-of ends 'đến ngày 30/9/2024', 'đến ngày 31/12/2024'.",
], A, figs, published="2024-07-27", location="Hà Tĩnh")
