from lib import F, P, build

TEXT = """Kon Plông: Siết chặt quản lý, bảo vệ rừng những tháng cuối năm

Quý III/2024, Hạt Kiểm lâm huyện Kon Plông đã phát hiện, lập hồ sơ xử lý 9 vụ vi phạm lâm luật, giảm 5 vụ so với quý II/2024; tịch thu khoảng 14,5 m3 gỗ tròn các loại, phạt hành chính 185 triệu đồng.

Lũy kế 9 tháng năm 2024, toàn huyện phát hiện 31 vụ vi phạm, tịch thu 47,82 m3 gỗ, thu nộp ngân sách 612 triệu đồng, đạt 76,5% kế hoạch năm. Đáng chú ý, số vụ khai thác gỗ trái phép dọc Tỉnh lộ 676 và khu vực giáp ranh với huyện Kbang (Gia Lai) chiếm tới 2/3 số vụ vi phạm.

Kon Plông hiện có khoảng 118 nghìn ha đất có rừng, tỷ lệ che phủ rừng đạt 77,6%, cao nhất tỉnh Kon Tum. Toàn huyện có 9 xã, thị trấn với 23 tổ bảo vệ rừng, mỗi tổ từ 8 đến 12 thành viên; gần 5 nghìn hộ đồng bào dân tộc thiểu số nhận khoán bảo vệ rừng, mỗi hộ được hỗ trợ bình quân 6,2 triệu đồng/năm.

Từ đầu năm đến nay, Hạt đã phối hợp với Công an huyện, Đồn Biên phòng và các chủ rừng tổ chức 214 đợt tuần tra, truy quét, huy động hơn 1.700 lượt người; tháo dỡ 38 lán trại trái phép trong rừng. Trạm Kiểm lâm số 2 (xã Hiếu) cũng đã tiếp nhận 6 cá thể động vật hoang dã do người dân tự nguyện giao nộp.

Theo Hạt trưởng Hạt Kiểm lâm Nguyễn Văn Đức, quý IV là thời điểm người dân thu hoạch nông sản và phát dọn nương rẫy, nguy cơ xâm lấn rừng tăng cao. Hạt dự kiến tổ chức thêm 3 đợt cao điểm, phấn đấu cả năm giảm trên 20% số vụ vi phạm so với năm 2023 và không để xảy ra điểm nóng về phá rừng.

Minh Hiếu
08/10/2024
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")

FIGS = [
    F("xử lý 9 vụ", "9", 9, "count", "vụ", "vụ vi phạm lâm luật",
      change=dict(direction="decrease", value=5, unit="vụ", baseline="quý II/2024"), period=Q3),
    F("khoảng 14,5 m3", "14,5", 14.5, "measure", "m3", "gỗ tròn các loại bị tịch thu", approx="about", period=Q3),
    F("185 triệu đồng", "185", 185e6, "money", "đồng", "phạt hành chính", period=Q3),
    F("phát hiện 31 vụ", "31", 31, "count", "vụ", "vụ vi phạm", period=M9),
    F("tịch thu 47,82 m3", "47,82", 47.82, "measure", "m3", "gỗ bị tịch thu", period=M9),
    F("612 triệu đồng", "612", 612e6, "money", "đồng", "thu nộp ngân sách", percent=76.5, period=M9),
    F("tới 2/3 số vụ", "2", 2, "count", "phần", optional=True),
    F("khoảng 118 nghìn ha", "118", 118000, "measure", "ha", "đất có rừng", approx="about"),
    F("đạt 77,6%", "77,6", 77.6, "percent", "%", "tỷ lệ che phủ rừng"),
    F("có 9 xã, thị trấn", "9", 9, "count", "xã, thị trấn", optional=True),
    F("với 23 tổ", "23", 23, "count", "tổ", "tổ bảo vệ rừng"),
    F("từ 8 đến 12 thành viên", "8", 8, "count", "thành viên", "thành viên mỗi tổ bảo vệ rừng", value_max=12),
    F("gần 5 nghìn hộ", "5", 5000, "count", "hộ", "hộ đồng bào dân tộc thiểu số nhận khoán bảo vệ rừng", approx="nearly"),
    F("6,2 triệu đồng/năm", "6,2", 6.2e6, "money", "đồng/năm", "mức hỗ trợ bình quân mỗi hộ nhận khoán"),
    F("tổ chức 214 đợt", "214", 214, "count", "đợt", "đợt tuần tra, truy quét", period=YTD),
    F("hơn 1.700 lượt người", "1.700", 1700, "count", "lượt người", "lượt người huy động tuần tra, truy quét",
      approx="over", period=YTD),
    F("tháo dỡ 38 lán trại", "38", 38, "count", "lán trại", "lán trại trái phép trong rừng bị tháo dỡ", period=YTD),
    F("tiếp nhận 6 cá thể", "6", 6, "count", "cá thể", "cá thể động vật hoang dã được tự nguyện giao nộp",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08", inh=True)),
    F("thêm 3 đợt", "3", 3, "count", "đợt", "đợt cao điểm", status="forecast",
      period=P("quý IV", "2024-10-01", "2024-12-31", inh=True)),
    F("trên 20% số vụ", "20", 20, "percent", "%", "mức giảm số vụ vi phạm so với năm 2023", approx="over", status="target",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

build("p292-8", TEXT, FIGS, [
    "Provincial/district news item (Kon Plông, Kon Tum), no dateline at the top; byline and a bare date '08/10/2024' at the end (published).",
    "'giảm 5 vụ so với quý II/2024' is the change of 9 vụ. 'đạt 76,5% kế hoạch năm' is the share of 612 triệu đồng.",
    "'tới 2/3 số vụ' (fraction) and '9 xã, thị trấn' (structure count) optional. '118 nghìn ha' = 118000, '5 nghìn hộ' = 5000.",
    "'118 nghìn ha', '77,6%' ('hiện có') and the paragraph on tổ/hộ have no period phrase: none annotated.",
    "'6,2 triệu đồng/năm' money rate (unit đồng/năm). 'từ 8 đến 12 thành viên' range.",
    "'Từ đầu năm đến nay' runs to 2024-10-08; the next sentence's '6 cá thể' inherits it.",
    "'dự kiến tổ chức thêm 3 đợt' → forecast (period quý IV/2024 from the previous sentence, inherited);",
    "'phấn đấu cả năm giảm trên 20% số vụ …' → target percent, 'cả năm' = 2024.",
    "Distractors: 'Tỉnh lộ 676', 'Trạm Kiểm lâm số 2', 'quý II/2024' as baseline, place (Kbang, Gia Lai) as a border, names, date line.",
], published="2024-10-08", location="Kon Plông")
