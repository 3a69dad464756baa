from lib import F, P, Y, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
Tin tức - Sự kiện

Siết chặt quản lý chất lượng giống cà phê, sầu riêng

Thực hiện Nghị định số 94/2019/NĐ-CP của Chính phủ, công tác quản lý giống cây trồng trên địa bàn tỉnh được tăng cường. Toàn tỉnh hiện có 286 cơ sở sản xuất, kinh doanh giống cây trồng, tăng 38 cơ sở so với năm 2022; trong đó 142 cơ sở kinh doanh giống sầu riêng, chiếm 49,7%. Các địa phương có nhiều cơ sở là: huyện Krông Pắc 48 cơ sở; huyện Cư M'gar 35 cơ sở; thành phố Buôn Ma Thuột 31 cơ sở.

9 tháng đầu năm 2024, đoàn kiểm tra liên ngành đã kiểm tra 126 cơ sở, phát hiện 17 cơ sở vi phạm (chiếm 13,5%), xử phạt hành chính 214,5 triệu đồng, buộc tiêu hủy hơn 12.600 cây giống không rõ nguồn gốc. Số tiền xử phạt tăng gấp 1,8 lần so với cùng kỳ.

Tính đến ngày 30/9/2024, toàn tỉnh có 64 vườn cây đầu dòng được công nhận với 1.830 cây đầu dòng cà phê và 925 cây đầu dòng sầu riêng. Giá cây giống sầu riêng ghép (Ri6, Monthong) hiện từ 35.000 - 60.000 đồng/cây, giảm khoảng 20% so với đầu năm.

Năm 2024, các cơ sở dự kiến cung ứng khoảng 9,5 triệu cây giống cà phê và 3,2 triệu cây giống sầu riêng. Kế hoạch năm 2025, ngành nông nghiệp phấn đấu 100% vườn ươm được kiểm tra định kỳ; tỷ lệ cây giống có nguồn gốc rõ ràng đạt trên 90%.

Người dân phát hiện cơ sở kinh doanh giống vi phạm xin báo về đường dây nóng 0262.3852.640 hoặc Chi cục Trồng trọt và BVTV (số 9 Lê Duẩn, TP Buôn Ma Thuột).

Phòng Trồng trọt - BVTV
30/10/2024
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = dict(N9, inherited=True)
T30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
T30i = dict(T30, inherited=True)
Y24 = Y(2024, "Năm 2024")
Y25 = Y(2025, "Kế hoạch năm 2025")
FIGS = [
    F("hiện có 286 cơ sở", "286", 286, "count", "cơ sở", "cơ sở sản xuất, kinh doanh giống cây trồng",
      change={"direction": "increase", "value": 38, "unit": "cơ sở", "baseline": "năm 2022"}),
    F("trong đó 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở kinh doanh giống sầu riêng", total=286, percent=49.7),
    F("Krông Pắc 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở", location="Krông Pắc"),
    F("Cư M'gar 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở", location="Cư M'gar"),
    F("Buôn Ma Thuột 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở",
      location="Buôn Ma Thuột"),
    F("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở được đoàn kiểm tra liên ngành kiểm tra", period=N9),
    F("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm", percent=13.5, period=N9),
    F("214,5 triệu đồng", "214,5", 214500000, "money", "đồng", "tiền xử phạt hành chính", period=N9),
    F("hơn 12.600 cây", "12.600", 12600, "count", "cây giống", "cây giống không rõ nguồn gốc buộc tiêu hủy", approx="over",
      period=N9),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "Số tiền xử phạt tăng so với cùng kỳ", period=N9i),
    F("có 64 vườn", "64", 64, "count", "vườn cây đầu dòng", "vườn cây đầu dòng được công nhận", period=T30),
    F("với 1.830 cây", "1.830", 1830, "count", "cây đầu dòng", "cây đầu dòng cà phê", period=T30),
    F("và 925 cây", "925", 925, "count", "cây đầu dòng", "cây đầu dòng sầu riêng", period=T30),
    F("từ 35.000 - 60.000 đồng/cây", "35.000", 35000, "money", "đồng/cây", "Giá cây giống sầu riêng ghép", value_max=60000,
      change={"direction": "decrease", "value": 20, "unit": "%", "approx": "about", "baseline": "đầu năm"}),
    F("khoảng 9,5 triệu cây", "9,5", 9500000, "count", "cây giống", "cây giống cà phê cung ứng", approx="about",
      status="forecast", period=Y24),
    F("và 3,2 triệu cây", "3,2", 3200000, "count", "cây giống", "cây giống sầu riêng cung ứng", status="forecast",
      period=Y24),
    F("phấn đấu 100% vườn ươm", "100", 100, "percent", "%", "vườn ươm được kiểm tra định kỳ", status="target",
      period=Y25),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ cây giống có nguồn gốc rõ ràng", approx="over", status="target",
      period=Y25),
]

COMMENTS = [
    "Sở NN&PTNT Đắk Lắk (department site): seedling quality control (coffee, durian), 9 months 2024; no dateline at the top, bare date",
    "'30/10/2024' at the end after the office byline (taken as published).",
    "Distractors: 'Nghị định số 94/2019/NĐ-CP', variety names 'Ri6', 'Monthong', phone 0262.3852.640, address 'số 9 Lê Duẩn, TP Buôn Ma Thuột'.",
    "'286 cơ sở, tăng 38 cơ sở so với năm 2022' change in cơ sở; '142 cơ sở ..., chiếm 49,7%' part of 286 with its share; district list",
    "after ':' has no whole in its own sentence, so no total. '17 cơ sở vi phạm (chiếm 13,5%)' carries the share 13.5 (no total: no cue).",
    " 'Số tiền xử phạt tăng gấp 1,8 lần so với cùng kỳ' is its own sentence with its own subject: a multiple figure",
    "standing alone as the claim (FIGURES.md kind table), not a change attached across the sentence break to 214,5 triệu đồng.",
    "'giảm khoảng 20% so với đầu năm' is the change of the price range. 'dự kiến' governs both supply figures (forecast);",
    "'Kế hoạch năm 2025 ... phấn đấu' governs both targets.",
    "revised after the first run: the 17 cơ sở vi phạm lose total 126 (no part-of cue: 'kiểm tra 126 ..., phát hiện 17 ...' has none of",
    "a/b, trong đó, gồm, ':', trong số); the district list's subject is 'cơ sở', as its own sentence names it ('Các địa phương có nhiều cơ sở').",
]
build("p281-8", TEXT, FIGS, COMMENTS, published="2024-10-30", location="Đắk Lắk")
