from lib import F, P, build

TEXT = """Bắc Giang: Hơn 1.200 thanh niên được hỗ trợ vốn khởi nghiệp
THU HƯƠNG 08:12, 10/05/2024

BGĐT - Giai đoạn 2021-2024, các cấp bộ Đoàn trong tỉnh đã hỗ trợ, tư vấn cho 1.245 thanh niên khởi nghiệp, lập nghiệp tiếp cận nguồn vốn vay ưu đãi với tổng số tiền hơn 312,5 tỷ đồng.

Tính đến ngày 30/4/2024, Tỉnh đoàn Bắc Giang đang quản lý 214 tổ tiết kiệm và vay vốn ủy thác qua Ngân hàng Chính sách xã hội với tổng dư nợ 486,3 tỷ đồng, chiếm 9,4% tổng dư nợ ủy thác của ngân hàng trên địa bàn. Tỷ lệ nợ quá hạn chỉ 0,07%, thấp hơn 0,05% so với bình quân chung.

Toàn tỉnh hiện có 56 hợp tác xã do thanh niên làm chủ, tăng 9 hợp tác xã so với năm 2021, tạo việc làm cho khoảng 1.100 lao động với thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng. Nhiều mô hình cho doanh thu trên 1 tỷ đồng/năm như trang trại vải thiều của anh Nguyễn Văn Dũng (huyện Lục Ngạn), HTX rau an toàn xã Tư Mại (huyện Yên Dũng).

Cuộc thi "Ý tưởng khởi nghiệp thanh niên tỉnh Bắc Giang" năm 2023 thu hút 38 dự án dự thi, gấp 1,5 lần năm 2022; trong đó 12 dự án vào vòng chung kết. Giải Nhất trị giá 30 triệu đồng thuộc về dự án "Trà hoa vàng Sơn Động". Đến nay, 17 sản phẩm của thanh niên được công nhận sản phẩm OCOP 3 sao trở lên.

Theo chị Hoàng Thị Lan, Phó Bí thư Tỉnh đoàn, năm 2024 Tỉnh đoàn phấn đấu hỗ trợ 300 thanh niên khởi nghiệp, thành lập mới ít nhất 5 hợp tác xã thanh niên; dự kiến tổ chức 10 lớp tập huấn kiến thức khởi nghiệp cho khoảng 600 học viên.

Thu Hương
"""

GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
AS = P("Tính đến ngày 30/4/2024", None, "2024-04-30")
ASi = P("Tính đến ngày 30/4/2024", None, "2024-04-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
NOW = P("Đến nay", None, "2024-05-10")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.200 thanh niên", "1.200", 1200, "count", "thanh niên", "thanh niên được hỗ trợ vốn khởi nghiệp",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31", inh=True), approx="over"),
    F("cho 1.245 thanh niên", "1.245", 1245, "count", "thanh niên",
      "thanh niên khởi nghiệp, lập nghiệp tiếp cận nguồn vốn vay ưu đãi", GD),
    F("hơn 312,5 tỷ đồng", "312,5", 312500000000, "money", "đồng", "tổng số tiền vốn vay ưu đãi", GD, approx="over"),
    F("quản lý 214 tổ", "214", 214, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn ủy thác", AS),
    F("tổng dư nợ 486,3 tỷ đồng", "486,3", 486300000000, "money", "đồng", "tổng dư nợ", AS, percent=9.4),
    F("chỉ 0,07%", "0,07", 0.07, "percent", "%", "Tỷ lệ nợ quá hạn", ASi,
      change={"direction": "decrease", "value": 0.05, "unit": "%", "baseline": "bình quân chung"}),
    F("có 56 hợp tác xã", "56", 56, "count", "hợp tác xã", "hợp tác xã do thanh niên làm chủ",
      change={"direction": "increase", "value": 9, "unit": "hợp tác xã", "baseline": "năm 2021"}),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động được tạo việc làm", approx="about"),
    F("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", "thu nhập bình quân", value_max=8000000),
    F("trên 1 tỷ đồng/năm", "1", 1000000000, "money", "đồng/năm", "doanh thu mô hình", approx="over", optional=True),
    F("thu hút 38 dự án", "38", 38, "count", "dự án", "dự án dự thi", Y23,
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "năm 2022"}),
    F("12 dự án", "12", 12, "count", "dự án", "dự án vào vòng chung kết", Y23, total=38),
    F("trị giá 30 triệu đồng", "30", 30000000, "money", "đồng", "Giải Nhất", Y23i),
    F("17 sản phẩm", "17", 17, "count", "sản phẩm", "sản phẩm của thanh niên được công nhận sản phẩm OCOP", NOW),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", NOW, approx="at_least", optional=True),
    F("hỗ trợ 300 thanh niên", "300", 300, "count", "thanh niên", "thanh niên khởi nghiệp được hỗ trợ", Y24, status="target"),
    F("ít nhất 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã thanh niên thành lập mới", Y24,
      approx="at_least", status="target"),
    F("tổ chức 10 lớp", "10", 10, "count", "lớp tập huấn", "lớp tập huấn kiến thức khởi nghiệp", Y24, status="forecast"),
    F("khoảng 600 học viên", "600", 600, "count", "học viên", "học viên lớp tập huấn", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper, tag 'BGĐT'): thanh niên khởi nghiệp. Dateline 'THU HƯƠNG 08:12, 10/05/2024', byline repeated at the end.",
    "Distractors: 'Giai đoạn 2021-2024', 'ngày 30/4/2024', names 'Trà hoa vàng Sơn Động', 'HTX rau an toàn xã Tư Mại', person names.",
    "'chiếm 9,4% tổng dư nợ' → percent of the 486,3 tỷ; 'thấp hơn 0,05% so với bình quân chung' → change of the 0,07% rate.",
    "'56 hợp tác xã … tăng 9 hợp tác xã so với năm 2021': change in unit hợp tác xã; the sentence has no period of its own ('hiện có'),",
    "so no period is annotated there (not scored). 'gấp 1,5 lần năm 2022' after a count = its change (lần). '12 dự án' after 'trong đó' total 38.",
    "'Đến nay' = as of the dateline. Title 'Hơn 1.200' inherits the period from the lead. 'trên 1 tỷ đồng/năm' (threshold), 'OCOP 3 sao trở lên' optional.",
    "'phấn đấu' governs '300' and 'ít nhất 5'; 'dự kiến' makes '10 lớp' and 'khoảng 600' forecasts.",
]

build("p258-3", TEXT, COMMENTS, FIGS, published="2024-05-10", location="Bắc Giang")
