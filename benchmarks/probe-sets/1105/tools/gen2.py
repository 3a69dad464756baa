"""p1105-2: huyện Cần Giờ (TP. Hồ Chí Minh) district portal, xã Long Hòa clean-up, 2023."""
from lib import fig, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIỜ
Tin tức hoạt động | Thứ Hai, 25/09/2023 - 10:05

Xã Long Hòa ra quân hưởng ứng Chiến dịch Làm cho thế giới sạch hơn

Sáng 23/9, UBND xã Long Hòa phối hợp Phòng Tài nguyên và Môi trường huyện tổ chức ra quân hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm 2023 tại bãi biển 30/4. Tham gia chương trình có hơn 600 cán bộ, đoàn viên, hội viên và người dân, cùng 45 tình nguyện viên nước ngoài.

Trong buổi sáng, các lực lượng đã thu gom gần 3,2 tấn rác thải dọc tuyến bờ biển dài khoảng 2 km từ khu du lịch 30/4 đến chợ Hàng Dương; trong đó có khoảng 1,4 tấn chai nhựa, túi ni lông và ngư cụ bị bỏ lại.

Theo ông Nguyễn Văn Ba, Chủ tịch UBND xã, từ đầu năm đến nay xã đã tổ chức 14 đợt ra quân, thu gom trên 26 tấn rác, tăng 4,5 tấn so với cùng kỳ năm trước. Xã hiện có 2 tổ thu gom rác dân lập với 18 thành viên, thu gom bình quân 1,5 tấn/ngày; mức phí thu gom là 40.000 đồng/hộ/tháng.

Toàn huyện hiện có khoảng 23 km bờ biển thuộc các xã Long Hòa và Thạnh An; mỗi năm vào mùa gió chướng, lượng rác trôi dạt vào bờ ước tính khoảng 1.500 tấn. Trong 9 tháng năm 2023, huyện đã chi hơn 2,8 tỷ đồng cho công tác thu gom, vận chuyển rác thải ven biển, bằng 76% dự toán năm.

Năm 2024, huyện phấn đấu 100% hộ dân ven biển thực hiện phân loại rác tại nguồn và giảm 30% lượng túi ni lông sử dụng tại chợ Hàng Dương.

Nguyễn Thảo (Phòng Văn hóa và Thông tin huyện)
"""

DAY = period("Sáng 23/9", "2023-09-23", "2023-09-23", inherited=True)
YTD = period("từ đầu năm đến nay", "2023-01-01", "2023-09-25")
M9 = period("Trong 9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

F = [
    fig("có hơn 600 cán bộ", "600", 600, "count", "cán bộ, đoàn viên, hội viên và người dân",
        "cán bộ, đoàn viên, hội viên và người dân tham gia chương trình", DAY, approx="over"),
    fig("cùng 45 tình nguyện viên", "45", 45, "count", "tình nguyện viên",
        "tình nguyện viên nước ngoài tham gia chương trình", DAY),
    fig("gần 3,2 tấn rác thải", "3,2", 3.2, "measure", "tấn",
        "rác thải thu gom dọc tuyến bờ biển", DAY, approx="nearly"),
    fig("dài khoảng 2 km", "2", 2, "measure", "km",
        "chiều dài tuyến bờ biển được làm sạch", DAY, approx="about"),
    fig("khoảng 1,4 tấn chai nhựa", "1,4", 1.4, "measure", "tấn",
        "chai nhựa, túi ni lông và ngư cụ bị bỏ lại thu gom", DAY, approx="about", total=3.2),
    fig("tổ chức 14 đợt ra quân", "14", 14, "count", "đợt",
        "đợt ra quân của xã", YTD),
    fig("trên 26 tấn rác", "26", 26, "measure", "tấn",
        "rác thu gom", YTD, approx="over",
        change=change("increase", 4.5, "tấn", "cùng kỳ năm trước")),
    fig("có 2 tổ thu gom", "2", 2, "count", "tổ",
        "tổ thu gom rác dân lập"),
    fig("với 18 thành viên", "18", 18, "count", "thành viên",
        "thành viên tổ thu gom rác dân lập"),
    fig("bình quân 1,5 tấn/ngày", "1,5", 1.5, "measure", "tấn/ngày",
        "rác thu gom bình quân"),
    fig("là 40.000 đồng/hộ/tháng", "40.000", 40000, "money", "đồng/hộ/tháng",
        "mức phí thu gom rác"),
    fig("khoảng 23 km bờ biển", "23", 23, "measure", "km",
        "chiều dài bờ biển", approx="about"),
    fig("khoảng 1.500 tấn", "1.500", 1500, "measure", "tấn",
        "lượng rác trôi dạt vào bờ mỗi năm vào mùa gió chướng", approx="about", status="estimate"),
    fig("hơn 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng",
        "kinh phí thu gom, vận chuyển rác thải ven biển", M9, approx="over", percent=76),
    fig("phấn đấu 100% hộ dân", "100", 100, "percent", "%",
        "hộ dân ven biển thực hiện phân loại rác tại nguồn", Y24, status="target"),
    fig("giảm 30% lượng túi ni lông", "30", 30, "percent", "%",
        "giảm lượng túi ni lông sử dụng tại chợ Hàng Dương", Y24, status="target"),
]

NOTES = [
    "District portal of Cần Giờ (TP. Hồ Chí Minh): Clean Up the World 2023 day in xã Long Hòa; commune and district figures, location Cần Giờ.",
    "Not figures: dateline 25/09/2023 - 10:05, 'Sáng 23/9', 'bãi biển 30/4', 'khu du lịch 30/4', 'ông Nguyễn Văn Ba' (name), 'năm 2023' in the campaign name.",
    "1,4 tấn after 'trong đó' is part of 3,2 tấn (same unit, same morning): total 3.2. 'bằng 76% dự toán năm' is the share of 2,8 tỷ.",
    "'ước tính khoảng 1.500 tấn' is an estimate; 'tăng 4,5 tấn so với cùng kỳ' is a change in tấn.",
]

write(2, TEXT, F, NOTES, published="2023-09-25", location="Cần Giờ")
