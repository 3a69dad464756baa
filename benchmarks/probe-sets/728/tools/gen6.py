from lib import emit, fig, per, inh, chg

TEXT = """Thời sự › Xã hội
Thứ hai, 11/3/2024, 07:00 (GMT+7)

Đền Bà Chúa Kho kiểm đếm hơn 12 tỷ đồng tiền công đức tháng Giêng

Bắc Ninh - Ban quản lý đền Bà Chúa Kho thu được hơn 12,4 tỷ đồng tiền công đức, giọt dầu trong tháng Giêng, nhiều hơn khoảng 2 tỷ đồng so với năm ngoái.

Ông Nguyễn Văn Hưng, Trưởng ban quản lý di tích, cho biết việc kiểm đếm do 25 người thực hiện liên tục trong 5 ngày, có sự giám sát của đại diện UBND phường Cổ Mễ và Kho bạc. Tiền lẻ mệnh giá từ 1.000 đến 5.000 đồng chiếm gần 60% số tờ. Ngoài tiền mặt bỏ ở 12 hòm công đức, khoảng 1,8 tỷ đồng được khách chuyển khoản qua mã QR.

Theo quy chế, 30% số tiền được trích nộp ngân sách thành phố Bắc Ninh để đầu tư hạ tầng khu di tích, phần còn lại dành cho tu bổ, hương đăng và hoạt động lễ hội. Trung bình mỗi ngày tháng Giêng, đền đón từ 20.000 đến 25.000 lượt khách, cao điểm ngày 14 tháng Giêng có hơn 60.000 lượt.

Tại Nam Định, Ban quản lý di tích đền Trần cho biết mùa lễ Khai ấn năm nay thu khoảng 5,7 tỷ đồng tiền công đức, riêng đêm khai ấn có khoảng 150.000 người dự. Ở Hà Nội, phủ Tây Hồ thống kê được hơn 2,1 tỷ đồng, tăng 15% so với cùng kỳ.

Theo Bộ Văn hóa, Thể thao và Du lịch, cả nước hiện có khoảng 8.000 lễ hội, trong đó 7.039 lễ hội dân gian và 544 lễ hội tôn giáo. Từ năm 2023, các di tích phải công khai số tiền công đức tiếp nhận trên bảng tin tại di tích.

Gia Chính
"""

FIGS = [
    fig("hơn 12 tỷ", "12", 12000000000, "money", "đồng", "tiền công đức đền Bà Chúa Kho kiểm đếm tháng Giêng",
        approx="over"),
    fig("hơn 12,4 tỷ", "12,4", 12400000000, "money", "đồng", "tiền công đức, giọt dầu thu được trong tháng Giêng",
        approx="over", change=chg("increase", 2000000000, "đồng", baseline="năm ngoái", approx="about")),
    fig("do 25 người", "25", 25, "count", "người", "người thực hiện kiểm đếm"),
    fig("trong 5 ngày", "5", 5, "measure", "ngày", "thời gian kiểm đếm", optional=True),
    fig("từ 1.000 đến 5.000 đồng", "1.000", 1000, "money", "đồng", "mệnh giá tiền lẻ", value_max=5000, optional=True),
    fig("gần 60%", "60", 60, "percent", "%", "tiền lẻ mệnh giá từ 1.000 đến 5.000 đồng trong số tờ", approx="nearly"),
    fig("ở 12 hòm", "12", 12, "count", "hòm công đức", "hòm công đức"),
    fig("khoảng 1,8 tỷ", "1,8", 1800000000, "money", "đồng", "tiền công đức khách chuyển khoản qua mã QR",
        approx="about"),
    fig("chế, 30% số tiền", "30", 30, "percent", "%", "tỷ lệ số tiền trích nộp ngân sách thành phố Bắc Ninh"),
    fig("từ 20.000 đến 25.000", "20.000", 20000, "count", "lượt khách",
        "lượt khách trung bình mỗi ngày tháng Giêng đến đền", value_max=25000),
    fig("hơn 60.000 lượt", "60.000", 60000, "count", "lượt", "lượt khách ngày cao điểm 14 tháng Giêng",
        approx="over"),
    fig("khoảng 5,7 tỷ", "5,7", 5700000000, "money", "đồng", "tiền công đức mùa lễ Khai ấn đền Trần",
        per("năm nay", "2024-01-01", "2024-12-31"), approx="about", location="Nam Định"),
    fig("khoảng 150.000 người", "150.000", 150000, "count", "người", "người dự đêm khai ấn",
        inh(per("năm nay", "2024-01-01", "2024-12-31")), approx="about", location="Nam Định"),
    fig("hơn 2,1 tỷ", "2,1", 2100000000, "money", "đồng", "tiền công đức phủ Tây Hồ thống kê được", approx="over",
        change=chg("increase", 15, baseline="cùng kỳ"), location="Hà Nội"),
    fig("khoảng 8.000 lễ hội", "8.000", 8000, "count", "lễ hội", "lễ hội", approx="about", location="Việt Nam"),
    fig("7.039 lễ hội", "7.039", 7039, "count", "lễ hội", "lễ hội dân gian", total=8000, location="Việt Nam"),
    fig("544 lễ hội", "544", 544, "count", "lễ hội", "lễ hội tôn giáo", total=8000, location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ hai, 11/3/2024, 07:00 (GMT+7)', byline at the end. Đền Bà Chúa Kho (Bắc Ninh) tiền công đức",
    "tháng Giêng; đền Trần (Nam Định), phủ Tây Hồ (Hà Nội); national count of festivals (Việt Nam). Default location Bắc Ninh.",
    "'tháng Giêng' is the lunar first month (no calendar dates): no period. 'năm nay' in the Nam Định sentence = 2024 (from the dateline).",
    "'nhiều hơn khoảng 2 tỷ đồng so với năm ngoái' is the change of 12,4 tỷ (đồng, about). 'chiếm gần 60% số tờ' stands on its own",
    "(no base figure): a percent figure. Optional: 'trong 5 ngày' (how long the count took) and the denominations 1.000–5.000 đồng.",
    "Not figures: (GMT+7), 'ngày 14 tháng Giêng' (date), 'Từ năm 2023', 'đêm khai ấn'.",
]

emit("p728-6", TEXT, COMMENTS, FIGS, published="2024-03-11", location="Bắc Ninh")
