from lib import F, P, build

TEXT = """BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN

Nậm Pồ: Mô hình "Xã không tảo hôn" lan tỏa ở vùng cao

09/12/2024 07:30

ĐBP - Từ đầu năm đến nay, trên địa bàn huyện Nậm Pồ ghi nhận 46 cặp tảo hôn, giảm gần 30% so với cùng kỳ năm 2023; không có trường hợp kết hôn cận huyết thống. Đáng chú ý, 7/15 xã không phát sinh trường hợp tảo hôn mới, tăng 3 xã so với năm trước.

Từ năm 2022 đến nay, mô hình "Xã không tảo hôn" được triển khai tại 5 xã: Nà Hỳ, Nà Bủng, Vàng Đán, Na Cô Sa và Nậm Nhừ; mỗi xã được hỗ trợ khoảng 35 triệu đồng/năm để duy trì tổ truyền thông cộng đồng. Mỗi tháng, các tổ tổ chức từ 2 đến 3 buổi sinh hoạt tại bản, như ở bản Nậm Chua 2, bản Huổi Thanh 1. Ước cả năm 2024, toàn huyện tổ chức khoảng 420 buổi sinh hoạt, thu hút trên 12 nghìn lượt người dân tham gia.

Ông Lò Văn Mười, Trưởng phòng Dân tộc huyện cho biết: "Nhờ kiên trì vận động, tỷ lệ tảo hôn của huyện đã giảm từ 19,2% năm 2021 xuống còn 11,5% năm 2023". Qua khảo sát năm 2024 tại 1.184 học sinh nữ lớp 8, lớp 9, có 96% các em hiểu rõ tác hại của tảo hôn.

Huyện phấn đấu đến năm 2025 đưa tỷ lệ tảo hôn xuống dưới 8%, 100% bản có tổ truyền thông cộng đồng hoạt động hiệu quả.

Quàng Hương
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-09")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-09", inh=True)
S22 = P("Từ năm 2022 đến nay", "2022-01-01", "2024-12-09")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
K24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ghi nhận 46 cặp", "46", 46, "count", "cặp", "cặp tảo hôn",
      change={"direction": "decrease", "value": 30, "unit": "%", "approx": "nearly", "baseline": "cùng kỳ năm 2023"},
      period=YTD),
    F("7/15 xã", "7", 7, "count", "xã", "xã không phát sinh trường hợp tảo hôn mới", total=15,
      change={"direction": "increase", "value": 3, "unit": "xã", "baseline": "năm trước"}, period=YTDi),
    F("tại 5 xã", "5", 5, "count", "xã", "xã triển khai mô hình \"Xã không tảo hôn\"", period=S22),
    F("khoảng 35 triệu đồng/năm", "35", 35000000, "money", "đồng/năm", "hỗ trợ mỗi xã để duy trì tổ truyền thông cộng đồng",
      approx="about", period=S22),
    F("từ 2 đến 3 buổi", "2", 2, "count", "buổi", "buổi sinh hoạt tại bản mỗi tháng", value_max=3,
      period=P("Từ năm 2022 đến nay", "2022-01-01", "2024-12-09", inh=True)),
    F("khoảng 420 buổi", "420", 420, "count", "buổi", "buổi sinh hoạt", approx="about", status="estimate", period=Y24),
    F("trên 12 nghìn lượt người", "12", 12000, "count", "lượt người", "lượt người dân tham gia", approx="over",
      status="estimate", period=Y24),
    F("từ 19,2% năm 2021", "19,2", 19.2, "percent", "%", "tỷ lệ tảo hôn", period=P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 11,5% năm 2023", "11,5", 11.5, "percent", "%", "tỷ lệ tảo hôn", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 1.184 học sinh", "1.184", 1184, "count", "học sinh", "học sinh nữ lớp 8, lớp 9 được khảo sát", period=K24),
    F("có 96% các em", "96", 96, "percent", "%", "học sinh nữ hiểu rõ tác hại của tảo hôn", period=K24),
    F("xuống dưới 8%", "8", 8, "percent", "%", "tỷ lệ tảo hôn", approx="under", status="target", period=T25),
    F("100% bản", "100", 100, "percent", "%", "bản có tổ truyền thông cộng đồng hoạt động hiệu quả", status="target",
      period=T25),
]

COMMENTS = [
    "Party newspaper (Báo Điện Biên Phủ), bare 'dd/mm/yyyy hh:mm' dateline after the title, 'ĐBP -' tag, byline at the end; huyện Nậm Pồ.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline; 'Từ năm 2022 đến nay' likewise from 2022. '7/15 xã ..., tăng 3 xã so với năm trước' total 15 + change.",
    "'giảm gần 30% so với cùng kỳ năm 2023' is the change of 46 cặp, approx nearly. '35 triệu đồng/năm' money with unit đồng/năm.",
    "'Mỗi tháng ... từ 2 đến 3 buổi' is a frequency, no period. 'Ước cả năm 2024 ... khoảng 420 buổi, ... trên 12 nghìn' both estimates (cue continues).",
    "'giảm từ 19,2% năm 2021 xuống còn 11,5% năm 2023': two levels, each with its year, no change attribute. 96% is a percent figure; 1.184 a count of its own.",
    "Distractors: 'bản Nậm Chua 2', 'bản Huổi Thanh 1' (names), 'lớp 8, lớp 9' (grades), dateline time.",
]

build("p347-5", TEXT, COMMENTS, FIGS, published="2024-12-09", location="Nậm Pồ")
