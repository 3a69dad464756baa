from lib import F, P, write

ART = """Thời sự | Cháy nổ
Thứ ba, 12/11/2024, 14:20 (GMT+7)

Cháy nhà 4 tầng ở TP HCM, 3 người tử vong

Ngọn lửa bùng lên từ tầng trệt căn nhà kết hợp kinh doanh trên đường Phạm Văn Chiêu, quận Gò Vấp, rạng sáng nay khiến 3 người tử vong, 2 người bị thương.

Khoảng 3h20, người dân phát hiện khói lửa bốc ra từ tầng trệt căn nhà số 128, nơi chủ nhà kinh doanh phụ tùng xe máy. Lúc này trong nhà có 7 người đang ngủ. Cảnh sát PCCC và CNCH Công an TP HCM điều 10 xe chuyên dụng cùng khoảng 70 chiến sĩ đến hiện trường, dùng xe thang đưa 2 người mắc kẹt trên sân thượng xuống an toàn. Khoảng 30 phút sau, đám cháy được dập tắt.

Khi tiếp cận tầng 3, lực lượng cứu hộ phát hiện 3 nạn nhân (2 phụ nữ và một bé trai 6 tuổi) đã tử vong. Hai người bị thương được đưa đến Bệnh viện Nhân dân Gia Định cấp cứu. Thiệt hại tài sản ban đầu ước tính khoảng 2 tỷ đồng.

Theo Công an TP HCM, từ đầu năm đến nay, thành phố xảy ra 358 vụ cháy, làm 17 người chết, 24 người bị thương; trong đó cháy nhà ở chiếm khoảng 40%. Riêng tháng 10, xảy ra 31 vụ cháy, tăng 4 vụ so với tháng trước. Giai đoạn 2019-2023, mỗi năm thành phố xảy ra từ 450 đến 600 vụ cháy.

Toàn thành phố hiện có hơn 4.600 "Tổ liên gia an toàn PCCC" và gần 2.000 "Điểm chữa cháy công cộng", được trang bị trên 9.800 bình chữa cháy. Cơ quan chức năng khuyến cáo các hộ kinh doanh tại nhà cần bố trí lối thoát nạn thứ hai, lắp thiết bị báo cháy. Khi xảy ra sự cố, người dân gọi ngay 114 hoặc liên hệ Đội CC và CNCH quận qua số 028.3894.6114.

Gia Minh
"""

GV = "Gò Vấp"
D = P("từ đầu năm đến nay", "2024-01-01", "2024-11-12")
Di = P("từ đầu năm đến nay", "2024-01-01", "2024-11-12", inh=True)
N = P("rạng sáng nay", "2024-11-12", "2024-11-12", inh=True)

figs = [
    F("Cháy nhà 4 tầng", "4", 4, "measure", "tầng", "số tầng của căn nhà bị cháy", location=GV, optional=True),
    F("HCM, 3 người tử vong", "3", 3, "count", "người", "người tử vong trong vụ cháy", location=GV),
    F("khiến 3 người tử vong", "3", 3, "count", "người", "người tử vong trong vụ cháy", location=GV, period=N),
    F("2 người bị thương", "2", 2, "count", "người", "người bị thương trong vụ cháy", location=GV, period=N),
    F("có 7 người", "7", 7, "count", "người", "người đang ngủ trong nhà", location=GV, period=N),
    F("điều 10 xe", "10", 10, "count", "xe chuyên dụng", "xe chuyên dụng được điều động", location=GV, period=N),
    F("khoảng 70 chiến sĩ", "70", 70, "count", "chiến sĩ", "chiến sĩ tham gia chữa cháy", approx="about", location=GV, period=N),
    F("đưa 2 người", "2", 2, "count", "người", "người mắc kẹt được cứu xuống an toàn", location=GV, period=N),
    F("Khoảng 30 phút", "30", 30, "measure", "phút", "thời gian dập tắt đám cháy", approx="about", location=GV, period=N),
    F("phát hiện 3 nạn nhân", "3", 3, "count", "nạn nhân", "nạn nhân tử vong", location=GV, period=N, optional=True),
    F("(2 phụ nữ", "2", 2, "count", "phụ nữ", "nạn nhân tử vong là phụ nữ", total=3, location=GV, period=N),
    F("và một bé trai", "một", 1, "count", "bé trai", "nạn nhân tử vong là trẻ em", total=3, location=GV, period=N),
    F("bé trai 6 tuổi", "6", 6, "measure", "tuổi", "tuổi của bé trai tử vong", location=GV, optional=True),
    F("Hai người bị thương", "Hai", 2, "count", "người", "người bị thương được đưa đi cấp cứu", location=GV, optional=True),
    F("khoảng 2 tỷ đồng", "2", 2e9, "money", "đồng", "thiệt hại tài sản ban đầu", approx="about", status="estimate",
      location=GV, period=N),
    F("xảy ra 358 vụ cháy", "358", 358, "count", "vụ", "vụ cháy", period=D),
    F("làm 17 người chết", "17", 17, "count", "người", "người chết do cháy", period=D),
    F("24 người bị thương", "24", 24, "count", "người", "người bị thương do cháy", period=D),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ lệ vụ cháy nhà ở", approx="about", period=D),
    F("xảy ra 31 vụ cháy", "31", 31, "count", "vụ", "vụ cháy",
      change={"direction": "increase", "value": 4, "unit": "vụ", "baseline": "tháng trước"},
      period=P("tháng 10", "2024-10-01", "2024-10-31")),
    F("từ 450 đến 600 vụ", "450", 450, "count", "vụ", "vụ cháy mỗi năm", value_max=600,
      period=P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")),
    F("hơn 4.600", "4.600", 4600, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC", approx="over"),
    F("gần 2.000", "2.000", 2000, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng", approx="nearly"),
    F("trên 9.800 bình", "9.800", 9800, "count", "bình chữa cháy", "bình chữa cháy được trang bị", approx="over"),
]

write("p307-6", ART, figs, [
    "National online press (VnExpress style): cháy nhà ở quận Gò Vấp, TP HCM, with city fire statistics. Dateline 'Thứ ba, 12/11/2024, 14:20 (GMT+7)'.",
    "Incident figures: location Gò Vấp (district named); 'rạng sáng nay' = the published day (inherited where not in the sentence; the lead sentence's",
    "own 'rạng sáng nay' is a time of day, so the lead's figures get the day as an inherited period too). Headline '3 người tử vong' is a figure.",
    "'3 nạn nhân (2 phụ nữ và một bé trai 6 tuổi)' restates the 3 deaths (optional) and breaks them down: parts get total 3. Age and 'nhà 4 tầng' optional;",
    "'Hai người bị thương' restates the 2 injured (optional). City figures: location TP Hồ Chí Minh; 'từ đầu năm đến nay' ends at the dateline;",
    "'tháng 10' takes 2024. Distractors: '3h20', 'số 128', 'tầng 3', 'tầng trệt', 114, phone, 'Đội CC và CNCH quận', byline.",
], published="2024-11-12", location="Hồ Chí Minh")
