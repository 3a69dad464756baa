from lib import F, P, write

ART = """Lục Ngạn: Số vụ bạo lực gia đình giảm trong 6 tháng đầu năm 2024
Thứ Ba, 16/07/2024 - 09:20

Theo báo cáo của Phòng Văn hóa và Thông tin huyện, 6 tháng đầu năm 2024, trên địa bàn huyện xảy ra 27 vụ bạo lực gia đình, giảm 9 vụ so với cùng kỳ năm 2023. Trong đó, bạo lực về tinh thần 14 vụ, bạo lực về thể chất 10 vụ, bạo lực về kinh tế 3 vụ. Nạn nhân là phụ nữ 22 người (chiếm 81,5%), trẻ em 4 người, người cao tuổi 1 người.

Có 11/29 xã, thị trấn để xảy ra bạo lực gia đình. 100% vụ việc đã được phát hiện, can thiệp kịp thời; đã xử phạt vi phạm hành chính 6 trường hợp với tổng số tiền 21,5 triệu đồng, góp ý, phê bình trước cộng đồng dân cư 15 trường hợp.

Toàn huyện hiện có 412 mô hình, câu lạc bộ phòng, chống bạo lực gia đình, 318 địa chỉ tin cậy tại cộng đồng và 1 nhà tạm lánh đặt tại Trung tâm Y tế huyện (số 168 đường Trần Hưng Đạo, thị trấn Chũ). Trong 6 tháng, các địa chỉ tin cậy đã tiếp nhận, hỗ trợ 11 lượt nạn nhân, tăng 3 lượt so với cùng kỳ.

Năm 2024, huyện phấn đấu giảm ít nhất 10% số vụ bạo lực gia đình so với năm 2023; 100% nạn nhân bạo lực gia đình khi bị phát hiện được hỗ trợ, tư vấn. Người dân cần hỗ trợ có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 hoặc đường dây nóng của huyện 0204.3882.115 (trực 24/7).

Thu Trang - Trung tâm VH-TT&TT huyện Lục Ngạn
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

FIGS = [
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", "vụ bạo lực gia đình",
      change={"direction": "decrease", "value": 9, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}, period=H6),
    F("tinh thần 14 vụ", "14", 14, "count", "vụ", "bạo lực về tinh thần", total=27, period=H6i),
    F("thể chất 10 vụ", "10", 10, "count", "vụ", "bạo lực về thể chất", total=27, period=H6i),
    F("kinh tế 3 vụ", "3", 3, "count", "vụ", "bạo lực về kinh tế", total=27, period=H6i),
    F("phụ nữ 22 người", "22", 22, "count", "người", "nạn nhân là phụ nữ", percent=81.5, period=H6i),
    F("trẻ em 4 người", "4", 4, "count", "người", "nạn nhân là trẻ em", period=H6i),
    F("cao tuổi 1 người", "1", 1, "count", "người", "nạn nhân là người cao tuổi", period=H6i),
    F("Có 11/29 xã", "11", 11, "count", "xã, thị trấn", "xã, thị trấn để xảy ra bạo lực gia đình", total=29, period=H6i),
    F("100% vụ việc", "100", 100, "percent", "%", "vụ việc được phát hiện, can thiệp kịp thời", period=H6i),
    F("hành chính 6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", period=H6i),
    F("21,5 triệu đồng", "21,5", 21500000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", period=H6i),
    F("dân cư 15 trường hợp", "15", 15, "count", "trường hợp", "trường hợp bị góp ý, phê bình trước cộng đồng dân cư", period=H6i),
    F("có 412 mô hình", "412", 412, "count", "mô hình, câu lạc bộ", "mô hình, câu lạc bộ phòng, chống bạo lực gia đình"),
    F("318 địa chỉ tin cậy", "318", 318, "count", "địa chỉ tin cậy", "địa chỉ tin cậy tại cộng đồng"),
    F("và 1 nhà tạm lánh", "1", 1, "count", "nhà tạm lánh", "nhà tạm lánh"),
    F("hỗ trợ 11 lượt", "11", 11, "count", "lượt nạn nhân", "lượt nạn nhân được địa chỉ tin cậy tiếp nhận, hỗ trợ",
      change={"direction": "increase", "value": 3, "unit": "lượt", "baseline": "cùng kỳ"},
      period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%", "giảm số vụ bạo lực gia đình so với năm 2023", approx="at_least",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("100% nạn nhân", "100", 100, "percent", "%", "nạn nhân bạo lực gia đình được hỗ trợ, tư vấn", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Lục Ngạn, Bắc Giang (district portal): domestic violence, first half of 2024. Dateline 'Thứ Ba, 16/07/2024 - 09:20'; byline at the end.",
    "Distractors: 'số 168 đường Trần Hưng Đạo' (address), 'Tổng đài ... 111' (a service number), hotline 0204.3882.115, '24/7'.",
    "Location: the district for every figure. 14/10/3 vụ are parts of 27 after 'Trong đó' (sentence break). Victims (22/4/1 người)",
    "follow no whole of victims, so no total; '(chiếm 81,5%)' is the share of 22. 'hiện có' stocks (412, 318, 1) have no period.",
    "'Trong 6 tháng' (same sentence as 11 lượt) = the first half of 2024. 'giảm ít nhất 10%' is a rate target: percent figure, no change.",
    "'6 tháng đầu năm 2024' governs the first two paragraphs: inherited there.",
]

write(2, COMMENTS, ART, FIGS, published="2024-07-16", location="Lục Ngạn")
