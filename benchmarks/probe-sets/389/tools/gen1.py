from lib import F, P, I, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Phòng chống thiên tai

Yên Bái: Khẩn trương di dời 1.236 hộ dân ra khỏi vùng nguy cơ sạt lở
Cập nhật: 14/10/2024 16:42 | Lượt xem: 3.127

(yenbai.gov.vn) - Theo báo cáo của Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh, từ đầu năm đến nay, mưa lớn kéo dài đã gây sạt lở tại 2.418 điểm trên địa bàn tỉnh Yên Bái, tăng 37,2% so với cùng kỳ năm 2023.

Qua rà soát, toàn tỉnh có 1.236 hộ với 5.104 nhân khẩu đang sinh sống tại các khu vực có nguy cơ cao xảy ra sạt lở đất, lũ quét phải di dời khẩn cấp; trong đó có 812 hộ đã được di dời đến nơi an toàn, chiếm 65,7%. Các địa phương có số hộ phải di dời lớn gồm: huyện Mù Cang Chải (318 hộ), Trạm Tấu (247 hộ), Văn Chấn (196 hộ) và thị xã Nghĩa Lộ (84 hộ). Riêng huyện Lục Yên còn khoảng 40 hộ chưa thể di dời do chưa bố trí được quỹ đất.

Để chủ động cảnh báo sớm, tỉnh đã lắp đặt 56 trạm đo mưa tự động và 12 trạm cảnh báo sạt lở, lũ quét tại các xã vùng cao; dự kiến năm 2025 lắp thêm 20 trạm. Hệ thống đã phát đi hơn 1.500 tin nhắn cảnh báo tới người dân qua mạng di động.

Tổng kinh phí dự kiến cho công tác di dời, tái định cư là 186,5 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 120 tỷ đồng, ngân sách tỉnh 48 tỷ đồng, phần còn lại huy động từ nguồn xã hội hóa. Mức hỗ trợ đối với hộ di dời xen ghép là 50 triệu đồng/hộ; hộ di dời vào khu tái định cư tập trung được hỗ trợ từ 60 đến 80 triệu đồng/hộ.

Phó Chủ tịch UBND tỉnh Ngô Hạnh Phúc yêu cầu các địa phương phấn đấu di dời 100% số hộ trong vùng nguy hiểm trước ngày 31/12/2024. Mọi thông tin về sự cố sạt lở xin báo về Văn phòng thường trực, số điện thoại 0216.3852.175.

Thanh Hà
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
LOC = "Yên Bái"

FIGS = [
    F("di dời 1.236 hộ dân", "1.236", 1236, "count", "hộ", "hộ dân phải di dời ra khỏi vùng nguy cơ sạt lở"),
    F("tại 2.418 điểm", "2.418", 2418, "count", "điểm", "điểm sạt lở", YTD,
      change={"direction": "increase", "value": 37.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("có 1.236 hộ với", "1.236", 1236, "count", "hộ",
      "hộ sinh sống tại khu vực có nguy cơ cao sạt lở đất, lũ quét phải di dời khẩn cấp", I(YTD)),
    F("5.104 nhân khẩu", "5.104", 5104, "count", "nhân khẩu",
      "nhân khẩu sinh sống tại khu vực có nguy cơ cao sạt lở đất, lũ quét phải di dời khẩn cấp", I(YTD)),
    F("có 812 hộ", "812", 812, "count", "hộ", "hộ đã được di dời đến nơi an toàn", I(YTD),
      total=1236, percent=65.7),
    F("Mù Cang Chải (318 hộ)", "318", 318, "count", "hộ", "hộ phải di dời", I(YTD), location="Mù Cang Chải"),
    F("Trạm Tấu (247 hộ)", "247", 247, "count", "hộ", "hộ phải di dời", I(YTD), location="Trạm Tấu"),
    F("Văn Chấn (196 hộ)", "196", 196, "count", "hộ", "hộ phải di dời", I(YTD), location="Văn Chấn"),
    F("Nghĩa Lộ (84 hộ)", "84", 84, "count", "hộ", "hộ phải di dời", I(YTD), location="Nghĩa Lộ"),
    F("khoảng 40 hộ", "40", 40, "count", "hộ", "hộ chưa thể di dời do chưa bố trí được quỹ đất", I(YTD),
      approx="about", location="Lục Yên"),
    F("lắp đặt 56 trạm", "56", 56, "count", "trạm", "trạm đo mưa tự động đã lắp đặt"),
    F("và 12 trạm", "12", 12, "count", "trạm", "trạm cảnh báo sạt lở, lũ quét"),
    F("thêm 20 trạm", "20", 20, "count", "trạm", "trạm lắp thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("hơn 1.500 tin nhắn", "1.500", 1500, "count", "tin nhắn", "tin nhắn cảnh báo phát tới người dân",
      approx="over"),
    F("là 186,5 tỷ đồng", "186,5", 186500000000, "money", "đồng", "tổng kinh phí cho công tác di dời, tái định cư",
      status="forecast"),
    F("hỗ trợ 120 tỷ đồng", "120", 120000000000, "money", "đồng", "ngân sách Trung ương hỗ trợ",
      total=186500000000, status="forecast"),
    F("tỉnh 48 tỷ đồng", "48", 48000000000, "money", "đồng", "ngân sách tỉnh",
      total=186500000000, status="forecast"),
    F("là 50 triệu đồng/hộ", "50", 50000000, "money", "đồng/hộ", "mức hỗ trợ đối với hộ di dời xen ghép"),
    F("từ 60 đến 80 triệu đồng/hộ", "60", 60000000, "money", "đồng/hộ",
      "mức hỗ trợ hộ di dời vào khu tái định cư tập trung", value_max=80000000),
    F("di dời 100% số hộ", "100", 100, "percent", "%", "tỷ lệ hộ trong vùng nguy hiểm được di dời",
      P("trước ngày 31/12/2024", None, "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Yên Bái (province portal): landslide points and households to relocate, 2024. 'Cập nhật: 14/10/2024 16:42' is the dateline.",
    "Distractors: 'Lượt xem: 3.127' (counter), phone 0216.3852.175, 'ngày 31/12/2024', breadcrumb, the author's name 'Ngô Hạnh Phúc'.",
    "'từ đầu năm đến nay' runs 2024-01-01 .. published (2024-10-14); the paragraph after it inherits it.",
    "812 hộ after 'trong đó' is part of 1.236 hộ (total) with share 65,7%. The district list ('Các địa phương ... gồm:') follows no figure: no total.",
    "'Tổng kinh phí dự kiến ... là 186,5 tỷ đồng, trong đó ...': the forecast cue governs the continuing clauses, so the two parts are forecast too.",
    "'từ 60 đến 80 triệu đồng/hộ' is a range (value_max). 'phấn đấu ... 100% ... trước ngày 31/12/2024' is a target with an end-only period.",
]

emit("p389-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location=LOC)
