from lib import F, P, CH, build

TEXT = """Báo Hà Tĩnh
Xã hội › Nhân đạo

Hà Tĩnh: 6 tháng đầu năm tiếp nhận gần 12.500 đơn vị máu

14/07/2024 - 10:20

(Baohatinh.vn) - 6 tháng đầu năm 2024, toàn tỉnh tổ chức 38 đợt hiến máu tình nguyện, tiếp nhận 12.486 đơn vị máu, đạt 56,8% kế hoạch năm, tăng 8,3% so với cùng kỳ năm 2023.

Trong đó, Ngày hội hiến máu "Chủ nhật đỏ" lần thứ XVI và Lễ hội Xuân hồng tiếp nhận 2.015 đơn vị; khối lực lượng vũ trang đóng góp 1.870 đơn vị, chiếm 15%. Tỷ lệ người dân tham gia hiến máu đạt 1,62% dân số, trong khi chỉ tiêu đề ra là 2%.

Các đơn vị có lượng máu tiếp nhận lớn là thành phố Hà Tĩnh 2.346 đơn vị, thị xã Kỳ Anh 1.128 đơn vị, huyện Cẩm Xuyên 987 đơn vị; thấp nhất là huyện Vũ Quang với 214 đơn vị. Tỷ lệ đơn vị máu có thể tích từ 350 ml trở lên đạt trên 72%, cao hơn 4,5% so với cùng kỳ.

Theo Ngân hàng máu Bệnh viện Đa khoa tỉnh, nhu cầu sử dụng máu bình quân khoảng 2.100 đơn vị/tháng; có thời điểm lượng máu dự trữ chỉ đáp ứng được từ 5 đến 7 ngày điều trị.

Ông Trần Văn Bình, Phó Chủ tịch Hội Chữ thập đỏ tỉnh, Phó Trưởng ban Thường trực Ban chỉ đạo vận động hiến máu tình nguyện tỉnh cho biết: 6 tháng cuối năm, Ban chỉ đạo phấn đấu tiếp nhận thêm hơn 9.500 đơn vị máu để hoàn thành chỉ tiêu 22.000 đơn vị của năm 2024. Từ nay đến tháng 9, tỉnh dự kiến tổ chức 3 đợt hiến máu tập trung tại thành phố Hà Tĩnh, Hồng Lĩnh và Kỳ Anh.

Mọi thông tin liên hệ: Văn phòng Hội Chữ thập đỏ tỉnh, số 06 Nguyễn Thị Minh Khai, thành phố Hà Tĩnh; ĐT: 0239.3855.217.

Thu Hằng
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "đơn vị máu tiếp nhận"

FIGS = [
    F("tiếp nhận gần 12.500 đơn vị", "12.500", 12500, "count", "đơn vị máu", SUBJ, approx="nearly",
      period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tổ chức 38 đợt", "38", 38, "count", "đợt hiến máu tình nguyện", "đợt hiến máu tình nguyện", period=H1),
    F("tiếp nhận 12.486 đơn vị", "12.486", 12486, "count", "đơn vị máu", SUBJ, percent=56.8,
      change=CH("increase", 8.3, "%", "cùng kỳ năm 2023"), period=H1),
    F("tiếp nhận 2.015 đơn vị", "2.015", 2015, "count", "đơn vị máu", "đơn vị máu tiếp nhận tại Ngày hội Chủ nhật đỏ và Lễ hội Xuân hồng",
      total=12486, period=H1i),
    F("đóng góp 1.870 đơn vị", "1.870", 1870, "count", "đơn vị máu", "đơn vị máu khối lực lượng vũ trang đóng góp",
      total=12486, percent=15, period=H1i),
    F("đạt 1,62%", "1,62", 1.62, "percent", "%", "tỷ lệ người dân tham gia hiến máu",
      target={"value": 2, "unit": "%", "met": False}, period=H1i),
    F("Hà Tĩnh 2.346 đơn vị", "2.346", 2346, "count", "đơn vị máu", SUBJ, location="Hà Tĩnh", period=H1i),
    F("Kỳ Anh 1.128 đơn vị", "1.128", 1128, "count", "đơn vị máu", SUBJ, location="Kỳ Anh", period=H1i),
    F("Cẩm Xuyên 987 đơn vị", "987", 987, "count", "đơn vị máu", SUBJ, location="Cẩm Xuyên", period=H1i),
    F("với 214 đơn vị", "214", 214, "count", "đơn vị máu", SUBJ, location="Vũ Quang", period=H1i),
    F("từ 350 ml", "350", 350, "measure", "ml", "thể tích đơn vị máu", optional=True),
    F("trên 72%", "72", 72, "percent", "%", "tỷ lệ đơn vị máu có thể tích từ 350 ml trở lên", approx="over",
      change=CH("increase", 4.5, "%", "cùng kỳ"), period=H1i),
    F("khoảng 2.100 đơn vị/tháng", "2.100", 2100, "measure", "đơn vị/tháng", "nhu cầu sử dụng máu bình quân",
      approx="about"),
    F("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", "thời gian lượng máu dự trữ đáp ứng điều trị", value_max=7,
      optional=True),
    F("thêm hơn 9.500 đơn vị", "9.500", 9500, "count", "đơn vị máu", "đơn vị máu tiếp nhận thêm", approx="over",
      status="target", period=H2),
    F("chỉ tiêu 22.000 đơn vị", "22.000", 22000, "count", "đơn vị máu", "chỉ tiêu đơn vị máu tiếp nhận",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt hiến máu tập trung", "đợt hiến máu tập trung", status="forecast",
      period=P("Từ nay đến tháng 9", "2024-07-14", "2024-09-30")),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): hiến máu tình nguyện 6 tháng đầu năm 2024. Bare dateline '14/07/2024 - 10:20', tag '(Baohatinh.vn)', byline at the end.",
    "Headline '6 tháng đầu năm' has no year: it takes the year of the dateline (the nearest date, published) → 2024.",
    "'đạt 56,8% kế hoạch năm' is the share of 12.486; 'tăng 8,3% so với cùng kỳ năm 2023' its change. 'Trong đó' parts (2.015, 1.870) get total 12.486; 'chiếm 15%' is 1.870's share.",
    "'đạt 1,62% dân số, trong khi chỉ tiêu đề ra là 2%' → target 2 (met false), as h01. 'trên 72%, cao hơn 4,5% so với cùng kỳ' → change of the 72% figure.",
    "District list (thành phố Hà Tĩnh, Kỳ Anh, Cẩm Xuyên, Vũ Quang) → locations. 'khoảng 2.100 đơn vị/tháng' is a rate: measure, unit 'đơn vị/tháng'.",
    "Thresholds and durations 'từ 350 ml trở lên', 'từ 5 đến 7 ngày' are optional. '6 tháng cuối năm' = 2024-07-01..2024-12-31; 'phấn đấu' → target; 'chỉ tiêu 22.000 đơn vị' stands as a target figure of its own.",
    "'Từ nay đến tháng 9' runs from the dateline to 2024-09-30; 'dự kiến' → forecast. Distractors: 'lần thứ XVI', 'số 06 Nguyễn Thị Minh Khai', phone 0239.3855.217, a person's name.",
]

build("p299-2", TEXT, COMMENTS, FIGS, published="2024-07-14", location="Hà Tĩnh")
