"""p1105-1: Phú Yên province portal, clean-up week 2024."""
from lib import fig, period, inherit, change, write

TEXT = """Cổng Thông tin điện tử tỉnh Phú Yên
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường
Cập nhật: 12/06/2024 15:40 | Lượt xem: 2.317

Phú Yên: Gần 14.000 lượt người ra quân làm sạch bờ biển

Hưởng ứng Tuần lễ Biển và Hải đảo Việt Nam năm 2024, từ ngày 1/6 đến 8/6, các địa phương ven biển trong tỉnh đã tổ chức 112 đợt ra quân dọn vệ sinh bãi biển với 13.860 lượt người tham gia, tăng 18% so với cùng kỳ năm 2023. Qua các đợt ra quân, lực lượng tham gia đã thu gom khoảng 74,5 tấn rác thải các loại, trong đó rác thải nhựa chiếm 61%.

Các địa phương có đông người tham gia nhất lần lượt là thị xã Sông Cầu (3.850 lượt người), thành phố Tuy Hòa (3.120 lượt người) và thị xã Đông Hòa (2.410 lượt người). Riêng huyện Tuy An thu gom hơn 19 tấn rác, nhiều nhất tỉnh.

Theo Sở Tài nguyên và Môi trường, từ đầu năm đến nay, toàn tỉnh đã tổ chức 285 đợt làm sạch bờ biển, đạt 71% kế hoạch năm. Hiện nay, 64/68 xã, phường, thị trấn ven biển đã duy trì mô hình "Chủ nhật xanh". Tỉnh có 9 tổ thu gom rác thải trên biển với 146 thành viên, mỗi tổ được hỗ trợ 3 triệu đồng/tháng.

Theo Kế hoạch số 108/KH-UBND ngày 15/3/2024 của UBND tỉnh, phấn đấu đến cuối năm 2024, 100% bãi biển du lịch không sử dụng túi ni lông khó phân hủy và giảm ít nhất 50% lượng rác thải nhựa phát sinh tại các khu du lịch ven biển. Dự kiến trong quý III/2024, tỉnh sẽ lắp đặt thêm 250 thùng rác phân loại dọc tuyến đường ven biển ĐT.642 và Quốc lộ 1A đoạn qua Sông Cầu.

Mọi ý kiến đóng góp xin gửi về Sở Tài nguyên và Môi trường, số 19 Lê Duẩn, phường 7, TP. Tuy Hòa; điện thoại: 0257.3842.265.
"""

WEEK = period("từ ngày 1/6 đến 8/6", "2024-06-01", "2024-06-08")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-06-12")
TGT = period("đến cuối năm 2024", None, "2024-12-31")
Q3 = period("quý III/2024", "2024-07-01", "2024-09-30")

F = [
    fig("Gần 14.000 lượt người ra quân", "14.000", 14000, "count", "lượt người",
        "lượt người ra quân làm sạch bờ biển", approx="nearly"),
    fig("tổ chức 112 đợt ra quân", "112", 112, "count", "đợt",
        "đợt ra quân dọn vệ sinh bãi biển", WEEK),
    fig("với 13.860 lượt người", "13.860", 13860, "count", "lượt người",
        "lượt người tham gia ra quân dọn vệ sinh bãi biển", WEEK,
        change=change("increase", 18, "%", "cùng kỳ năm 2023")),
    fig("khoảng 74,5 tấn rác thải", "74,5", 74.5, "measure", "tấn",
        "rác thải các loại thu gom", inherit(WEEK), approx="about"),
    fig("nhựa chiếm 61%", "61", 61, "percent", "%",
        "tỷ lệ rác thải nhựa trong rác thải thu gom", inherit(WEEK)),
    fig("Sông Cầu (3.850 lượt người)", "3.850", 3850, "count", "lượt người",
        "lượt người tham gia ra quân", inherit(WEEK), location="Sông Cầu"),
    fig("Tuy Hòa (3.120 lượt người)", "3.120", 3120, "count", "lượt người",
        "lượt người tham gia ra quân", inherit(WEEK), location="Tuy Hòa"),
    fig("Đông Hòa (2.410 lượt người)", "2.410", 2410, "count", "lượt người",
        "lượt người tham gia ra quân", inherit(WEEK), location="Đông Hòa"),
    fig("thu gom hơn 19 tấn rác", "19", 19, "measure", "tấn",
        "rác thu gom", inherit(WEEK), approx="over", location="Tuy An"),
    fig("tổ chức 285 đợt", "285", 285, "count", "đợt",
        "đợt làm sạch bờ biển", YTD, percent=71),
    fig("64/68 xã, phường", "64", 64, "count", "xã, phường, thị trấn",
        "xã, phường, thị trấn ven biển duy trì mô hình Chủ nhật xanh", total=68),
    fig("có 9 tổ thu gom", "9", 9, "count", "tổ",
        "tổ thu gom rác thải trên biển"),
    fig("với 146 thành viên", "146", 146, "count", "thành viên",
        "thành viên các tổ thu gom rác thải trên biển"),
    fig("hỗ trợ 3 triệu đồng/tháng", "3", 3000000, "money", "đồng/tháng",
        "mức hỗ trợ mỗi tổ thu gom rác thải trên biển"),
    fig("100% bãi biển du lịch", "100", 100, "percent", "%",
        "bãi biển du lịch không sử dụng túi ni lông khó phân hủy", TGT, status="target"),
    fig("ít nhất 50% lượng rác thải nhựa", "50", 50, "percent", "%",
        "giảm lượng rác thải nhựa phát sinh tại các khu du lịch ven biển", TGT,
        approx="at_least", status="target"),
    fig("thêm 250 thùng rác", "250", 250, "count", "thùng rác",
        "thùng rác phân loại lắp đặt thêm dọc tuyến đường ven biển", Q3, status="forecast"),
]

NOTES = [
    "Phú Yên province portal: Tuần lễ Biển và Hải đảo 2024 clean-up week, volunteers, tonnes, plans.",
    "Not figures: Lượt xem 2.317, time 15:40, Kế hoạch số 108/KH-UBND ngày 15/3/2024, ĐT.642, Quốc lộ 1A, số 19 Lê Duẩn, phường 7, phone.",
    "'trong đó rác thải nhựa chiếm 61%' is the share of a part, not of 74,5 tấn: a percent figure of its own.",
    "The district list (lần lượt ...) does not add up to 13.860 and has no part-of cue: no total.",
]

write(1, TEXT, F, NOTES, published="2024-06-12", location="Phú Yên")
