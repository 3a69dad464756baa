from lib import F, P, chg, write

TEXT = """Cao tốc Vinh – Thanh Thủy: Dồn lực thi công, bù tiến độ
08/07/2024 16:45

(Baonghean.vn) - Sau hơn 18 tháng khởi công, Dự án đường cao tốc Vinh – Thanh Thủy đã đạt khoảng 38% khối lượng, trong khi theo hợp đồng phải đạt 45%.

Dự án dài 60,4 km, trong đó đoạn qua huyện Nam Đàn dài 17,2 km, huyện Đô Lương 24,5 km và huyện Thanh Chương 18,7 km; tổng mức đầu tư 8.392 tỷ đồng, do Ban Quản lý dự án 4 (Bộ GTVT) làm chủ đầu tư. Dự án chia thành 4 gói thầu xây lắp.

Tính đến hết tháng 6/2024, gói thầu XL01 do Tổng công ty 319 thi công đạt 46,2% giá trị hợp đồng; gói XL02 của liên danh Công ty 168 – Trường Sơn đạt 41,5%; gói XL03 đạt 33,8% và gói XL04 chỉ đạt 27,1%. Sản lượng 6 tháng đầu năm ước đạt 612 tỷ đồng, bằng 48% kế hoạch năm; giải ngân đạt 580 tỷ đồng/1.350 tỷ đồng kế hoạch vốn.

Hiện trên công trường có 42 mũi thi công, huy động từ 1.200 đến 1.400 nhân công mỗi ngày cùng gần 500 thiết bị. Tại nút giao với Quốc lộ 46 (Km 15+200), cầu vượt đã thi công xong 6/8 trụ.

Nguyên nhân chậm tiến độ chủ yếu do thiếu vật liệu đắp nền: nhu cầu khoảng 3,2 triệu m3 đất, nhưng các mỏ mới cấp phép khai thác được 1,9 triệu m3, tương đương 59% nhu cầu.

Làm việc với các nhà thầu chiều 6/7, Phó Chủ tịch UBND tỉnh Nghệ An yêu cầu phấn đấu đến ngày 31/12/2024 đạt trên 60% khối lượng, hoàn thành dự án trong năm 2025; nhà thầu nào chậm sẽ bị điều chuyển khối lượng.

Thành Cường
"""

ASOF = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
SUBJ_PKG = "giá trị hợp đồng hoàn thành"

FIGS = [
    F("hơn 18 tháng", "18", 18, "measure", "tháng", "thời gian từ khi khởi công", approx="over", optional=True),
    F("khoảng 38%", "38", 38, "percent", "%", "khối lượng dự án", approx="about",
      target={"value": 45, "unit": "%", "met": False}),
    F("dài 60,4 km", "60,4", 60.4, "measure", "km", "chiều dài dự án"),
    F("Nam Đàn dài 17,2 km", "17,2", 17.2, "measure", "km", "chiều dài đoạn qua huyện", total=60.4,
      location="Nam Đàn"),
    F("Đô Lương 24,5 km", "24,5", 24.5, "measure", "km", "chiều dài đoạn qua huyện", total=60.4,
      location="Đô Lương"),
    F("Thanh Chương 18,7 km", "18,7", 18.7, "measure", "km", "chiều dài đoạn qua huyện", total=60.4,
      location="Thanh Chương"),
    F("8.392 tỷ", "8.392", 8.392e12, "money", "đồng", "tổng mức đầu tư"),
    F("thành 4 gói thầu", "4", 4, "count", "gói thầu xây lắp", "gói thầu xây lắp", optional=True),
    F("đạt 46,2%", "46,2", 46.2, "percent", "%", SUBJ_PKG, period=ASOF),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", SUBJ_PKG, period=ASOF),
    F("đạt 33,8%", "33,8", 33.8, "percent", "%", SUBJ_PKG, period=ASOF),
    F("đạt 27,1%", "27,1", 27.1, "percent", "%", SUBJ_PKG, period=ASOF),
    F("đạt 612 tỷ", "612", 612e9, "money", "đồng", "Sản lượng", percent=48, status="estimate", period=H1),
    F("đạt 580 tỷ", "580", 580e9, "money", "đồng", "giải ngân",
      target={"value": 1.35e12, "unit": "đồng"}, period=H1),
    F("có 42 mũi", "42", 42, "count", "mũi thi công", "mũi thi công trên công trường"),
    F("từ 1.200 đến 1.400", "1.200", 1200, "count", "nhân công", "nhân công huy động mỗi ngày",
      value_max=1400),
    F("gần 500 thiết bị", "500", 500, "count", "thiết bị", "thiết bị huy động", approx="nearly"),
    F("xong 6/8 trụ", "6", 6, "count", "trụ", "trụ cầu vượt đã thi công xong", total=8),
    F("khoảng 3,2 triệu m3", "3,2", 3.2e6, "measure", "m3", "nhu cầu đất đắp nền", approx="about"),
    F("được 1,9 triệu m3", "1,9", 1.9e6, "measure", "m3", "đất các mỏ mới cấp phép khai thác", percent=59),
    F("trên 60%", "60", 60, "percent", "%", "khối lượng", approx="over", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]

COMMENTS = [
    "Báo Nghệ An: cao tốc Vinh – Thanh Thủy (inside Nghệ An), progress to end of June 2024. Bare dateline '08/07/2024 16:45'.",
    "Distractors: 'Ban Quản lý dự án 4', 'Tổng công ty 319', 'Công ty 168', package codes XL01..XL04, 'Quốc lộ 46', chainage 'Km 15+200',",
    "'chiều 6/7', 'năm 2025'. '38% ..., trong khi theo hợp đồng phải đạt 45%': the contract level is the target (met false).",
    "District lengths after 'trong đó' are parts of the 60,4 km. Package percentages: packages are not places, subject = the indicator.",
    "'6 tháng đầu năm' takes 2024 from 'tháng 6/2024'; '580 tỷ đồng/1.350 tỷ đồng kế hoạch vốn' gives target 1350 tỷ (result against plan).",
    "'hơn 18 tháng' since groundbreaking (a duration locating the report) and '4 gói thầu' (structure) are optional.",
]

write("p335-2", TEXT, FIGS, COMMENTS, published="2024-07-08", location="Nghệ An")
