from lib import F, P, INH, CH, emit

TEXT = """Thời sự › Pháp luật
Thứ ba, 18/6/2024, 14:35 (GMT+7)

Gần 1.900 vụ cháy trong 5 tháng, 68 người tử vong

Trong 5 tháng đầu năm 2024, cả nước xảy ra 1.873 vụ cháy, làm 68 người chết, 87 người bị thương, thiệt hại tài sản ước tính 356,7 tỷ đồng; số vụ cháy giảm 7,5% so với cùng kỳ năm 2023 nhưng số người chết tăng 13 người.

Theo Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Bộ Công an), cháy nhà ở dân vẫn chiếm tỷ lệ cao với 768 vụ (chiếm 41%), làm 49 người chết. Từ 60 đến 70% vụ cháy nhà ở xuất phát từ sự cố hệ thống, thiết bị điện. Số người chết do cháy nhà ở riêng lẻ gấp 2,5 lần so với các loại hình còn lại.

Đáng chú ý, cháy xe đạp điện, xe máy điện xảy ra 46 vụ, tăng 1,5 lần so với cùng kỳ. Thiệt hại bình quân khoảng 190 triệu đồng/vụ cháy.

Cũng trong 5 tháng, cả nước xảy ra 112 vụ cháy rừng, diện tích rừng bị thiệt hại khoảng 346 ha, nhiều nhất là Lào Cai (57 ha), Sơn La (49 ha) và Điện Biên (38 ha).

Trước đó, vụ cháy chung cư mini tại ngõ 29/70 phố Khương Hạ, quận Thanh Xuân, Hà Nội đêm 12/9/2023 làm 56 người chết, 37 người bị thương, là vụ cháy gây thiệt hại về người lớn nhất trong nhiều năm.

Theo kế hoạch của Bộ Công an, đến năm 2025, 100% chung cư mini, nhà ở kết hợp sản xuất, kinh doanh phải được kiểm tra, hướng dẫn về phòng cháy, chữa cháy. Người dân khi phát hiện cháy cần gọi ngay số 114.

Minh Quân
"""

T5h = P("trong 5 tháng", "2024-01-01", "2024-05-31")
T5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T5c = P("Cũng trong 5 tháng", "2024-01-01", "2024-05-31")
D = P("đêm 12/9/2023", "2023-09-12", "2023-09-12")

FIGS = [
    F("Gần 1.900 vụ", "1.900", 1900, "count", "vụ", "vụ cháy", T5h, approx="nearly"),
    F("tháng, 68 người", "68", 68, "count", "người", "người tử vong do cháy", T5h),
    F("xảy ra 1.873 vụ", "1.873", 1873, "count", "vụ", "vụ cháy", T5,
      change=CH("decrease", 7.5, "%", "cùng kỳ năm 2023")),
    F("làm 68 người chết", "68", 68, "count", "người", "người chết do cháy", T5,
      change=CH("increase", 13, "người", "cùng kỳ năm 2023")),
    F("87 người", "87", 87, "count", "người", "người bị thương do cháy", T5),
    F("ước tính 356,7 tỷ", "356,7", 356700000000, "money", "đồng", "thiệt hại tài sản do cháy", T5,
      status="estimate"),
    F("với 768 vụ", "768", 768, "count", "vụ", "vụ cháy nhà ở dân", INH(T5), percent=41),
    F("làm 49 người", "49", 49, "count", "người", "người chết do cháy nhà ở dân", INH(T5)),
    F("Từ 60 đến 70%", "60", 60, "percent", "%", "vụ cháy nhà ở xuất phát từ sự cố hệ thống, thiết bị điện",
      value_max=70),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "số người chết do cháy nhà ở riêng lẻ so với các loại hình còn lại"),
    F("ra 46 vụ", "46", 46, "count", "vụ", "vụ cháy xe đạp điện, xe máy điện", INH(T5),
      change=CH("increase", 1.5, "lần", "cùng kỳ")),
    F("khoảng 190 triệu", "190", 190000000, "money", "đồng/vụ", "thiệt hại bình quân mỗi vụ cháy", INH(T5),
      approx="about"),
    F("112 vụ", "112", 112, "count", "vụ", "vụ cháy rừng", T5c),
    F("khoảng 346 ha", "346", 346, "measure", "ha", "diện tích rừng bị thiệt hại", T5c, approx="about"),
    F("(57 ha)", "57", 57, "measure", "ha", "diện tích rừng bị thiệt hại", T5c, location="Lào Cai"),
    F("(49 ha)", "49", 49, "measure", "ha", "diện tích rừng bị thiệt hại", T5c, location="Sơn La"),
    F("(38 ha)", "38", 38, "measure", "ha", "diện tích rừng bị thiệt hại", T5c, location="Điện Biên"),
    F("làm 56 người", "56", 56, "count", "người", "người chết trong vụ cháy chung cư mini", D, location="Thanh Xuân"),
    F("37 người", "37", 37, "count", "người", "người bị thương trong vụ cháy chung cư mini", D, location="Thanh Xuân"),
    F("2025, 100%", "100", 100, "percent", "%",
      "chung cư mini, nhà ở kết hợp sản xuất, kinh doanh được kiểm tra, hướng dẫn về phòng cháy, chữa cháy",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "National press (VnExpress-like): fires nationwide in the first 5 months of 2024. Dateline 'Thứ ba, 18/6/2024, 14:35 (GMT+7)'.",
    "Headline 'trong 5 tháng' takes the year of the lead/dateline (scored, same line). Location Việt Nam except the provinces in the",
    "forest-fire list and the Thanh Xuân (Hà Nội) apartment fire (a district named for that event).",
    "'số vụ cháy giảm 7,5% ... nhưng số người chết tăng 13 người' are the changes of 1.873 vụ and 68 người (same sentence).",
    "'768 vụ (chiếm 41%)' → percent 41; no 'trong đó' cue, so no total. 'Từ 60 đến 70%' a range percent; 'gấp 2,5 lần' standing alone is a",
    "multiple; '46 vụ, tăng 1,5 lần so với cùng kỳ' → change in lần. '190 triệu đồng/vụ cháy' money rate. A dated event gets a one-day period.",
    "'đến năm 2025, 100% ... phải được kiểm tra' (theo kế hoạch) is a target.",
    "Distractors: '(GMT+7)', time 14:35, 'ngõ 29/70' (address with a slash), 'đêm 12/9/2023', 'số 114', 'so với các loại hình còn lại'.",
]

emit("p531-6", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Việt Nam")
