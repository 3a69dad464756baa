"""p516-8: provincial newspaper (GLO tag, Gia Lai) — đất sản xuất, đất ở cho hộ DTTS, quý I/2024."""
from lib import fig, per, inh, ch, emit

TEXT = """Xã hội > Dân tộc - Tôn giáo
Thứ Ba, 09/04/2024, 14:25

Giải quyết đất sản xuất cho hơn 2.300 hộ đồng bào dân tộc thiểu số

(GLO)- Quý I/2024, các địa phương trong tỉnh đã rà soát, giao 486,7 ha đất sản xuất cho 2.318 hộ đồng bào dân tộc thiểu số thiếu đất, tăng 23,5% về số hộ so với cùng kỳ năm 2023. Diện tích bình quân đạt khoảng 0,21 ha/hộ.

Nguồn đất chủ yếu được thu hồi từ các công ty nông, lâm nghiệp, trong đó Công ty TNHH MTV Lâm nghiệp Kông Chiêng bàn giao 152,4 ha, Công ty TNHH MTV Cà phê 705 bàn giao 98 ha. Các huyện giao đất nhiều nhất là Kbang (135,6 ha), Chư Păh (112,3 ha) và Ia Grai (88,5 ha).

Cùng với giao đất, trong quý I, tỉnh hỗ trợ chuyển đổi nghề cho 845 hộ với mức 10 triệu đồng/hộ và cấp 1.260 con bò giống cho hộ nghèo ở các làng dọc Quốc lộ 19. Các hộ nhận đất được hỗ trợ thêm 6,6 triệu đồng/ha để trồng rừng sản xuất hoặc cây ăn quả.

Ông Ksor Thơ, Phó Trưởng ban Dân tộc tỉnh, cho biết: Toàn tỉnh vẫn còn 5.412 hộ thiếu đất sản xuất và khoảng 1.150 hộ thiếu đất ở, chủ yếu ở vùng sâu, vùng xa. Năm 2024, tỉnh phấn đấu giải quyết đất sản xuất cho 4.000 hộ, đất ở cho 600 hộ; tỷ lệ hộ thiếu đất sản xuất giảm xuống dưới 3%.

Tại làng Đê Kjiêng (xã Kon Chiêng), 37 hộ Bahnar vừa nhận sổ đỏ cho 9,2 ha đất sản xuất vào ngày 28/3. Anh Đinh Văn Hyui, 34 tuổi, nói gia đình được giao 0,3 ha sẽ trồng cà phê và mì.

HOÀNG HOAN
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("trong quý I", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
GL = "Gia Lai"

F = [
    fig("hơn 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ đồng bào dân tộc thiểu số được giải quyết đất sản xuất",
        approx="over"),
    fig("giao 486,7 ha", "486,7", 486.7, "measure", "ha", "đất sản xuất giao cho hộ đồng bào dân tộc thiểu số thiếu đất", Q1),
    fig("cho 2.318 hộ", "2.318", 2318, "count", "hộ", "hộ đồng bào dân tộc thiểu số thiếu đất được giao đất sản xuất", Q1,
        change=ch("increase", 23.5, "%", "cùng kỳ năm 2023")),
    fig("khoảng 0,21 ha/hộ", "0,21", 0.21, "measure", "ha/hộ", "diện tích đất sản xuất giao bình quân", inh(Q1),
        approx="about"),
    fig("bàn giao 152,4 ha", "152,4", 152.4, "measure", "ha", "đất Công ty TNHH MTV Lâm nghiệp Kông Chiêng bàn giao",
        inh(Q1), note="'trong đó' follows a phrase with no figure (các công ty nông, lâm nghiệp): no total"),
    fig("bàn giao 98 ha", "98", 98, "measure", "ha", "đất Công ty TNHH MTV Cà phê 705 bàn giao", inh(Q1)),
    fig("Kbang (135,6 ha)", "135,6", 135.6, "measure", "ha", "đất sản xuất giao", inh(Q1), location="Kbang"),
    fig("Chư Păh (112,3 ha)", "112,3", 112.3, "measure", "ha", "đất sản xuất giao", inh(Q1), location="Chư Păh"),
    fig("Ia Grai (88,5 ha)", "88,5", 88.5, "measure", "ha", "đất sản xuất giao", inh(Q1), location="Ia Grai"),
    fig("cho 845 hộ", "845", 845, "count", "hộ", "hộ được hỗ trợ chuyển đổi nghề", Q1b),
    fig("mức 10 triệu", "10", 10e6, "money", "đồng/hộ", "mức hỗ trợ chuyển đổi nghề", Q1b),
    fig("cấp 1.260 con bò", "1.260", 1260, "count", "con bò giống", "bò giống cấp cho hộ nghèo", Q1b),
    fig("thêm 6,6 triệu", "6,6", 6.6e6, "money", "đồng/ha", "hỗ trợ trồng rừng sản xuất hoặc cây ăn quả cho hộ nhận đất"),
    fig("còn 5.412 hộ", "5.412", 5412, "count", "hộ", "hộ thiếu đất sản xuất"),
    fig("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ thiếu đất ở", approx="about"),
    fig("cho 4.000 hộ", "4.000", 4000, "count", "hộ", "hộ được giải quyết đất sản xuất", Y24, status="target"),
    fig("cho 600 hộ", "600", 600, "count", "hộ", "hộ được giải quyết đất ở", Y24, status="target"),
    fig("dưới 3%", "3", 3, "percent", "%", "tỷ lệ hộ thiếu đất sản xuất", Y24, approx="under", status="target"),
    fig("37 hộ Bahnar", "37", 37, "count", "hộ", "hộ Bahnar nhận sổ đỏ", location=GL),
    fig("cho 9,2 ha", "9,2", 9.2, "measure", "ha", "đất sản xuất được cấp sổ đỏ"),
    fig("34 tuổi", "34", 34, "measure", "tuổi", "tuổi của anh Đinh Văn Hyui", optional=True,
        note="a person's age: descriptive, optional"),
    fig("giao 0,3 ha", "0,3", 0.3, "measure", "ha", "đất sản xuất gia đình anh Hyui được giao", optional=True,
        note="one household's plot in a vox-pop: optional"),
]

COMMENTS = [
    "Provincial newspaper (Báo Gia Lai style; invented) with dateline 'Thứ Ba, 09/04/2024, 14:25'; byline at the end.",
    "The province is never named: the paper's own tag '(GLO)-' and its districts (Kbang, Chư Păh, Ia Grai) imply Gia Lai (FIGURES.md).",
    "'Quý I/2024'; year-less 'trong quý I' takes 2024. 'tăng 23,5% về số hộ so với cùng kỳ năm 2023' is the change of 2.318 hộ (not of 486,7 ha).",
    "Not figures: 'Công ty TNHH MTV Cà phê 705' (name), 'Quốc lộ 19', 'ngày 28/3', 'xã Kon Chiêng'. 'Toàn tỉnh vẫn còn': current, no period.",
    "Rates keep their denominators: 'ha/hộ', 'đồng/hộ', 'đồng/ha'. 'dưới 3%' target with approx under.",
    "Xã Kon Chiêng is a commune, not a district: the 37 hộ / 9,2 ha stay Gia Lai.",
]

emit("p516-8", TEXT, COMMENTS, F, published="2024-04-09", location=GL)
