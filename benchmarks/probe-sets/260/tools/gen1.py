from lib import F, P, ch, emit

TEXT = """An Giang: Vận tải hàng hóa đường thủy 6 tháng đầu năm tăng 8,6%
Cập nhật: 08/07/2024 15:42 | Lượt xem: 2.318

(Cổng TTĐT An Giang) - Theo báo cáo của Sở Giao thông vận tải, 6 tháng đầu năm 2024, khối lượng hàng hóa vận chuyển bằng đường thủy nội địa trên địa bàn tỉnh ước đạt 4,72 triệu tấn, tăng 8,6% so với cùng kỳ năm 2023, chiếm 71,4% tổng khối lượng hàng hóa vận chuyển của tỉnh; khối lượng luân chuyển ước đạt 612,5 triệu tấn.km.

Vận tải hành khách bằng đường thủy đạt khoảng 3,15 triệu lượt khách, giảm 2,3% so với cùng kỳ; trong đó hành khách qua các bến phà do tỉnh quản lý là 2,08 triệu lượt.

Tính đến 30/6/2024, toàn tỉnh có 7 cảng thủy nội địa và 412 bến thủy nội địa, gồm 236 bến hàng hóa, 139 bến khách ngang sông và 37 bến khách du lịch. Trong số này, 385/412 bến đã được cấp phép hoạt động, đạt 93,4%; 27 bến còn lại đang hoàn thiện hồ sơ theo Nghị định số 08/2021/NĐ-CP.

Trong 6 tháng đầu năm, Sở đã đăng ký mới cho 1.146 phương tiện thủy nội địa; tính đến hết tháng 6, tổng số phương tiện có đăng ký trên địa bàn là hơn 21.500 chiếc. Lực lượng chức năng kiểm tra 2.945 lượt phương tiện, phát hiện và xử lý 318 trường hợp vi phạm, phạt tiền hơn 1,2 tỷ đồng. Trên các tuyến sông Tiền, sông Hậu xảy ra 2 vụ tai nạn giao thông đường thủy, làm 1 người chết, giảm 1 vụ so với cùng kỳ.

Năm 2024, tỉnh phấn đấu khối lượng hàng hóa vận chuyển bằng đường thủy đạt 9,5 triệu tấn; 100% bến khách ngang sông được cấp phép và trang bị đủ phao cứu sinh. Mọi phản ánh về an toàn giao thông đường thủy xin liên hệ đường dây nóng 0296.3957.114.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1I2 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
ASOFI = P("Tính đến 30/6/2024", None, "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đầu năm tăng 8,6%", "8,6", 8.6, "percent", "%",
      "vận tải hàng hóa đường thủy tăng", H1),
    F("ước đạt 4,72 triệu tấn", "4,72", 4720000, "measure", "tấn",
      "khối lượng hàng hóa vận chuyển bằng đường thủy nội địa", H1Y,
      percent=71.4, change=ch("increase", 8.6, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 612,5 triệu tấn.km", "612,5", 612500000, "measure", "tấn.km",
      "khối lượng luân chuyển", H1Y, status="estimate"),
    F("khoảng 3,15 triệu lượt khách", "3,15", 3150000, "count", "lượt khách",
      "vận tải hành khách bằng đường thủy", H1I,
      approx="about", change=ch("decrease", 2.3, baseline="cùng kỳ")),
    F("là 2,08 triệu lượt", "2,08", 2080000, "count", "lượt",
      "hành khách qua các bến phà do tỉnh quản lý", H1I, total=3150000),
    F("có 7 cảng thủy nội địa", "7", 7, "count", "cảng thủy nội địa",
      "cảng thủy nội địa", ASOF),
    F("và 412 bến thủy nội địa", "412", 412, "count", "bến thủy nội địa",
      "bến thủy nội địa", ASOF),
    F("gồm 236 bến", "236", 236, "count", "bến", "bến hàng hóa", ASOF, total=412),
    F("139 bến khách", "139", 139, "count", "bến", "bến khách ngang sông", ASOF, total=412),
    F("37 bến khách du lịch", "37", 37, "count", "bến", "bến khách du lịch", ASOF, total=412),
    F("385/412 bến", "385", 385, "count", "bến", "bến đã được cấp phép hoạt động", ASOFI,
      total=412, percent=93.4),
    F("27 bến còn lại", "27", 27, "count", "bến", "bến còn lại đang hoàn thiện hồ sơ", ASOFI, total=412),
    F("cho 1.146 phương tiện", "1.146", 1146, "count", "phương tiện",
      "phương tiện thủy nội địa đăng ký mới", P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("hơn 21.500 chiếc", "21.500", 21500, "count", "chiếc",
      "tổng số phương tiện có đăng ký trên địa bàn", P("tính đến hết tháng 6", None, "2024-06-30"),
      approx="over"),
    F("kiểm tra 2.945 lượt", "2.945", 2945, "count", "lượt phương tiện",
      "lượt phương tiện kiểm tra", H1I2),
    F("xử lý 318 trường hợp", "318", 318, "count", "trường hợp",
      "trường hợp vi phạm phát hiện và xử lý", H1I2),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "phạt tiền", H1I2, approx="over"),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "tai nạn giao thông đường thủy", H1I2,
      change=ch("decrease", 1, unit="vụ", baseline="cùng kỳ")),
    F("làm 1 người chết", "1", 1, "count", "người", "người chết", H1I2),
    F("đạt 9,5 triệu tấn", "9,5", 9500000, "measure", "tấn",
      "khối lượng hàng hóa vận chuyển bằng đường thủy", Y24, status="target"),
    F("; 100% bến khách", "100", 100, "percent", "%",
      "bến khách ngang sông được cấp phép và trang bị đủ phao cứu sinh", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh An Giang (provincial portal): inland waterway cargo and passengers, ports and landings, registration, safety, 6 months of 2024.",
    "Dateline 'Cập nhật: 08/07/2024 15:42' with view counter 'Lượt xem: 2.318' (page furniture). Hotline 0296.3957.114, 'Nghị định số 08/2021/NĐ-CP' are not figures.",
    "Headline 'tăng 8,6%' is a growth rate standing as the claim: a percent figure without change; its year-less period takes 2024 from the dateline.",
    "4,72 triệu tấn: 'ước đạt' (estimate) with its change (tăng 8,6%) and share (chiếm 71,4%); 612,5 triệu tấn.km continues the estimate clause.",
    "'trong đó' 2,08 triệu lượt is a part of the 3,15 triệu passengers; 'gồm' 236 + 139 + 37 = 412 landings; 385/412 gives total 412, percent 93,4.",
    "'Trong số này' (= trong số 412 bến) heads the sentence, so both 385 and, after ';', '27 bến còn lại' (385 + 27 = 412) have total 412.",
    "'tính đến hết tháng 6' is an as-of phrase (end only). Paragraph 4's later figures inherit the half year.",
    "revised after the first run: 27 bến gets total 412 (I had missed that the sentence's 'Trong số này' cue covers the clause after ';').",
    "'giảm 1 vụ so với cùng kỳ' is the change of the 2 accidents (unit vụ). 'Năm 2024, tỉnh phấn đấu' makes the last two figures targets.",
]

emit("p260-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="An Giang")
