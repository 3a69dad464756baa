from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ | Tin tức | An ninh - Trật tự

Thứ Ba, 16/07/2024 - 14:20

Công an huyện xử lý hơn 3.400 trường hợp vi phạm giao thông trong 6 tháng

Sáu tháng đầu năm 2024, Công an huyện Diễn Châu đã tổ chức 412 ca tuần tra, kiểm soát trên các tuyến Quốc lộ 1A, Quốc lộ 7 và Tỉnh lộ 538, phát hiện, lập biên bản 3.426 trường hợp vi phạm, tăng 14,6% so với cùng kỳ năm 2023. Trong đó, vi phạm về nồng độ cồn 1.128 trường hợp; không đội mũ bảo hiểm 964 trường hợp; chở hàng quá khổ, quá tải 87 trường hợp.

Đơn vị đã ra quyết định xử phạt 3.215 trường hợp, nộp Kho bạc Nhà nước gần 5,8 tỷ đồng, tăng 1,2 tỷ đồng so với cùng kỳ; tạm giữ 642 mô tô, 38 ô tô; tước giấy phép lái xe có thời hạn 530 trường hợp.

Về tai nạn giao thông, trên địa bàn huyện xảy ra 9 vụ, làm chết 7 người, bị thương 5 người; các tiêu chí đều giảm so với cùng kỳ, lần lượt giảm 3 vụ, 2 người chết và 4 người bị thương.

Trong các đợt cao điểm, Tổ công tác 141 của huyện đã kiểm tra 1.260 lượt phương tiện. Tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm trên các tuyến quốc lộ đạt khoảng 98%, trên đường liên xã đạt từ 85 đến 90%.

Kế hoạch 6 tháng cuối năm, Công an huyện phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông; dự kiến tổ chức thêm 250 ca tuần tra vào ban đêm.

Mọi phản ánh vi phạm xin gửi về Đội Cảnh sát giao thông - Trật tự Công an huyện, khối 4, thị trấn Diễn Châu; đường dây nóng 0238.3862.113.

Ngọc Anh (Công an huyện Diễn Châu)
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
MBH = "tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm"

FIGS = [
    F("hơn 3.400 trường hợp", "3.400", 3400, "count", "trường hợp", "trường hợp vi phạm giao thông được xử lý", H6,
      approx="over"),
    F("tổ chức 412 ca", "412", 412, "count", "ca", "ca tuần tra, kiểm soát", H1),
    F("lập biên bản 3.426 trường hợp", "3.426", 3426, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, lập biên bản", H1,
      change=CH("increase", 14.6, "%", "cùng kỳ năm 2023")),
    F("cồn 1.128 trường hợp", "1.128", 1128, "count", "trường hợp", "vi phạm về nồng độ cồn", I(H1), total=3426),
    F("bảo hiểm 964 trường hợp", "964", 964, "count", "trường hợp", "vi phạm không đội mũ bảo hiểm", I(H1), total=3426),
    F("quá tải 87 trường hợp", "87", 87, "count", "trường hợp", "vi phạm chở hàng quá khổ, quá tải", I(H1), total=3426),
    F("xử phạt 3.215 trường hợp", "3.215", 3215, "count", "trường hợp", "trường hợp bị ra quyết định xử phạt", I(H1)),
    F("gần 5,8 tỷ", "5,8", 5800000000, "money", "đồng", "tiền phạt nộp Kho bạc Nhà nước", I(H1), approx="nearly",
      change=CH("increase", 1200000000, "đồng", "cùng kỳ")),
    F("tạm giữ 642 mô tô", "642", 642, "count", "mô tô", "mô tô bị tạm giữ", I(H1)),
    F("38 ô tô", "38", 38, "count", "ô tô", "ô tô bị tạm giữ", I(H1)),
    F("thời hạn 530 trường hợp", "530", 530, "count", "trường hợp", "tước giấy phép lái xe có thời hạn", I(H1)),
    F("xảy ra 9 vụ", "9", 9, "count", "vụ", "tai nạn giao thông", I(H1), change=CH("decrease", 3, "vụ", "cùng kỳ")),
    F("làm chết 7 người", "7", 7, "count", "người", "người chết do tai nạn giao thông", I(H1),
      change=CH("decrease", 2, "người", "cùng kỳ")),
    F("bị thương 5 người", "5", 5, "count", "người", "người bị thương do tai nạn giao thông", I(H1),
      change=CH("decrease", 4, "người", "cùng kỳ")),
    F("kiểm tra 1.260 lượt", "1.260", 1260, "count", "lượt phương tiện", "lượt phương tiện được Tổ công tác 141 kiểm tra",
      I(H1)),
    F("khoảng 98%", "98", 98, "percent", "%", MBH + " trên các tuyến quốc lộ", I(H1), approx="about"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", MBH + " trên đường liên xã", I(H1), value_max=90),
    F("ít nhất 5%", "5", 5, "percent", "%", "giảm số vụ tai nạn giao thông", H2, approx="at_least", status="target"),
    F("thêm 250 ca", "250", 250, "count", "ca", "ca tuần tra vào ban đêm", H2, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Diễn Châu (district portal, Nghệ An): traffic police enforcement and accidents, first half of 2024, plans for H2.",
    "Dateline 'Thứ Ba, 16/07/2024 - 14:20', byline at the end. Distractors: 'Quốc lộ 1A', 'Quốc lộ 7', 'Tỉnh lộ 538', 'Tổ công tác 141',",
    "'khối 4', hotline '0238.3862.113'. Location is the district (district portal) throughout.",
    "Headline 'hơn 3.400 … trong 6 tháng': the year comes from the dateline above it. 'Trong đó' parts after a sentence break take 3.426.",
    "'3.215 trường hợp' (decisions) is not said to be part of 3.426: no total. 'tăng 1,2 tỷ đồng so với cùng kỳ' is the change of 5,8 tỷ",
    "(value with its multiplier, unit đồng). 'lần lượt giảm 3 vụ, 2 người chết và 4 người bị thương' distributes the changes over 9/7/5.",
    "Periods: only the lead sentence and the H2 plan sentence state one; the rest inherit the first half of 2024.",
    "'phấn đấu giảm ít nhất 5%' target (at_least, rate is the claim); '; dự kiến … 250 ca' its own clause: forecast.",
]

emit("p499-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Diễn Châu")
