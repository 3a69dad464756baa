from lib import F, P, write

TEXT = """Kinh doanh › Hải quan
Thứ hai, 13/1/2025, 10:30 (GMT+7)

Hải quan bắt giữ hơn 19.000 vụ vi phạm trong năm 2024

Năm 2024, toàn ngành hải quan đã phát hiện, bắt giữ 19.386 vụ vi phạm pháp luật hải quan, tăng 8,5% so với năm 2023; trị giá hàng hóa vi phạm ước tính 11.265 tỷ đồng. Trong đó, lực lượng hải quan chủ trì bắt giữ 14.721 vụ, phối hợp với các lực lượng khác bắt giữ 4.665 vụ. Cơ quan hải quan đã khởi tố 72 vụ án hình sự, chuyển cơ quan khác đề nghị khởi tố 198 vụ; thu nộp ngân sách nhà nước hơn 630 tỷ đồng.

Theo Ban Chỉ đạo 389 quốc gia, hàng hóa vi phạm chủ yếu là thuốc lá điếu (hơn 1,1 triệu bao), đường cát (khoảng 2,3 nghìn tấn), xăng dầu (trên 850.000 lít), hàng điện tử, mỹ phẩm và gia cầm. Các địa bàn có số vụ bắt giữ lớn gồm Quảng Ninh (2.148 vụ), Lạng Sơn (1.576 vụ), An Giang (1.302 vụ) và Tây Ninh (987 vụ); Quảng Ninh tiếp tục dẫn đầu, Lạng Sơn đứng thứ hai cả nước.

Riêng với ma túy, lực lượng hải quan đã chủ trì, phối hợp bắt giữ 387 vụ, thu giữ gần 3,2 tấn ma túy các loại, gấp 1,8 lần năm 2023. Tuyến biên giới đất liền chiếm 41% số vụ.

Lãnh đạo Tổng cục Hải quan cho biết, tại các cửa khẩu đường bộ, bình quân mỗi ngày có hơn 5.000 lượt xe hàng được kiểm tra qua máy soi container, thời gian soi chiếu mỗi xe từ 3 đến 5 phút.

Năm 2025, ngành hải quan đặt mục tiêu giảm ít nhất 10% số vụ buôn lậu, vận chuyển trái phép hàng hóa qua biên giới so với năm 2024, thực hiện nghiêm Chỉ thị số 03/CT-TTg. Đường dây nóng tiếp nhận tin báo: 1900 9299.

Anh Minh
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yt = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", True)
SV = "số vụ bắt giữ"

FIGS = [
    F("hơn 19.000 vụ", "19.000", 19000, "count", "vụ", "vụ vi phạm hải quan bắt giữ", Yt, approx="over"),
    F("bắt giữ 19.386 vụ", "19.386", 19386, "count", "vụ", "vụ vi phạm pháp luật hải quan phát hiện, bắt giữ", Y,
      change={"direction": "increase", "value": 8.5, "unit": "%", "baseline": "năm 2023"}),
    F("ước tính 11.265 tỷ đồng", "11.265", 11265e9, "money", "đồng", "trị giá hàng hóa vi phạm", Y, status="estimate"),
    F("bắt giữ 14.721 vụ", "14.721", 14721, "count", "vụ", "vụ lực lượng hải quan chủ trì bắt giữ", Yi, total=19386),
    F("bắt giữ 4.665 vụ", "4.665", 4665, "count", "vụ", "vụ phối hợp với các lực lượng khác bắt giữ", Yi, total=19386),
    F("khởi tố 72 vụ án", "72", 72, "count", "vụ án hình sự", "vụ án hình sự cơ quan hải quan khởi tố", Yi),
    F("khởi tố 198 vụ", "198", 198, "count", "vụ", "vụ chuyển cơ quan khác đề nghị khởi tố", Yi),
    F("hơn 630 tỷ đồng", "630", 630e9, "money", "đồng", "thu nộp ngân sách nhà nước", Yi, approx="over"),
    F("hơn 1,1 triệu bao", "1,1", 1.1e6, "count", "bao", "thuốc lá điếu vi phạm", Yi, approx="over"),
    F("khoảng 2,3 nghìn tấn", "2,3", 2300, "measure", "tấn", "đường cát vi phạm", Yi, approx="about"),
    F("trên 850.000 lít", "850.000", 850000, "measure", "lít", "xăng dầu vi phạm", Yi, approx="over"),
    F("Quảng Ninh (2.148 vụ)", "2.148", 2148, "count", "vụ", SV, Yi, location="Quảng Ninh"),
    F("Lạng Sơn (1.576 vụ)", "1.576", 1576, "count", "vụ", SV, Yi, location="Lạng Sơn"),
    F("An Giang (1.302 vụ)", "1.302", 1302, "count", "vụ", SV, Yi, location="An Giang"),
    F("Tây Ninh (987 vụ)", "987", 987, "count", "vụ", SV, Yi, location="Tây Ninh"),
    F("đứng thứ hai cả nước", "hai", 2, "rank", "hạng", SV, Yi, location="Lạng Sơn"),
    F("bắt giữ 387 vụ", "387", 387, "count", "vụ", "vụ ma túy chủ trì, phối hợp bắt giữ", Yi),
    F("gần 3,2 tấn", "3,2", 3.2, "measure", "tấn", "ma túy các loại thu giữ", Yi, approx="nearly",
      change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "năm 2023"}),
    F("chiếm 41% số vụ", "41", 41, "percent", "%", "tỷ trọng số vụ ma túy trên tuyến biên giới đất liền", Yi),
    F("hơn 5.000 lượt xe hàng", "5.000", 5000, "count", "lượt xe hàng",
      "lượt xe hàng được kiểm tra qua máy soi container bình quân mỗi ngày tại các cửa khẩu đường bộ", Yi, approx="over"),
    F("từ 3 đến 5 phút", "3", 3, "measure", "phút", "thời gian soi chiếu mỗi xe", Yi, value_max=5),
    F("ít nhất 10%", "10", 10, "percent", "%", "giảm số vụ buôn lậu, vận chuyển trái phép hàng hóa qua biên giới",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 13/1/2025, 10:30 (GMT+7)'): customs anti-smuggling results for 2024 nationwide; seized goods; provinces; drugs; 2025 target.",
    "Distractors: '(GMT+7)', 'Ban Chỉ đạo 389 quốc gia' (a name), 'Chỉ thị số 03/CT-TTg', hotline '1900 9299', byline.",
    "'tăng 8,5% so với năm 2023' is the change of 19.386 vụ; the estimate cue 'ước tính' governs only 11.265 tỷ. 14.721 + 4.665 = 19.386 after 'Trong đó': totals.",
    "Seized goods in brackets are figures (units bao/tấn/lít), subject = the goods. Province list after 'gồm' follows no figure: no total; provinces go to location, subject = the indicator.",
    "'đứng thứ hai cả nước' ranks Lạng Sơn (location Lạng Sơn). 'gấp 1,8 lần năm 2023' after 3,2 tấn is its change. 'chiếm 41% số vụ' has no base figure in its sentence: a percent figure.",
    "'giảm ít nhất 10% … so với năm 2024' under 'đặt mục tiêu' is a target percent figure (growth rate as the claim, no change). Periods of later sentences inherit 'Năm 2024'.",
]

write(4, TEXT, COMMENTS, FIGS, published="2025-01-13", location="Việt Nam")
