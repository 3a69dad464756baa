from lib import F, P, write

A = """Hơn 1.000 hài cốt liệt sĩ được xác định danh tính nhờ giám định ADN
Thứ bảy, 27/7/2024, 07:30 (GMT+7)

Sau hơn ba năm triển khai Đề án 1237, công tác giám định ADN đã giúp hàng nghìn gia đình liệt sĩ tìm lại thông tin về người thân.

Theo Cục Người có công (Bộ LĐ-TB&XH), tính đến ngày 30/6/2024 các cơ quan giám định đã tiếp nhận 12.853 mẫu sinh phẩm của thân nhân và 24.617 mẫu hài cốt liệt sĩ. Trong đó, 17.932 mẫu hài cốt đã được phân tích ADN, đạt 72,8%.

Đến nay, 1.046 hài cốt liệt sĩ đã được xác định danh tính và thông báo cho gia đình, tăng gần 2,5 lần so với cùng kỳ năm 2023. Tỷ lệ so sánh, đối chiếu thành công đối với các mẫu đủ điều kiện đạt khoảng 35-40%; chi phí giám định bình quân khoảng 7-8 triệu đồng/mẫu.

Các địa phương có số hài cốt được xác định danh tính nhiều nhất là Quảng Trị (186 hài cốt), Quảng Nam (142), Bình Phước (97) và Tây Ninh (85).

Năm 2024, ngân sách nhà nước bố trí 250 tỷ đồng cho công tác giám định ADN, gấp 1,5 lần năm 2023. Mục tiêu đến năm 2030, xác định danh tính thêm khoảng 10.000 hài cốt liệt sĩ.

Hiện cả nước còn khoảng 175.000 liệt sĩ chưa tìm thấy hài cốt và khoảng 300.000 hài cốt liệt sĩ đã quy tập nhưng chưa xác định được danh tính. Người dân có thông tin về mộ liệt sĩ có thể liên hệ đường dây nóng 024.3824.6131 hoặc Trung tâm Dữ liệu liệt sĩ và người có công, số 35 Trần Phú, Hà Nội.

Minh Anh
"""

T30 = P("tính đến ngày 30/6/2024", None, "2024-06-30")
DN = P("Đến nay", None, "2024-07-27")
DNi = dict(DN, inherited=True)
S = "hài cốt liệt sĩ được xác định danh tính"
figs = [
    F("Hơn 1.000 hài cốt", "1.000", 1000, "count", "hài cốt liệt sĩ", S, approx="over"),
    F("hơn ba năm", "ba", 3, "measure", "năm", approx="over", optional=True),
    F("hàng nghìn gia đình", "nghìn", 1000, "count", "gia đình", "gia đình liệt sĩ tìm lại thông tin",
      approx="about", optional=True),
    F("12.853 mẫu", "12.853", 12853, "count", "mẫu sinh phẩm", "mẫu sinh phẩm của thân nhân được tiếp nhận",
      period=T30),
    F("24.617 mẫu", "24.617", 24617, "count", "mẫu hài cốt", "mẫu hài cốt liệt sĩ được tiếp nhận", period=T30),
    F("17.932 mẫu", "17.932", 17932, "count", "mẫu hài cốt", "mẫu hài cốt đã được phân tích ADN",
      total=24617, percent=72.8, period=dict(T30, inherited=True)),
    F("1.046 hài cốt", "1.046", 1046, "count", "hài cốt liệt sĩ", S,
      change={"direction": "increase", "value": 2.5, "unit": "lần", "approx": "nearly",
              "baseline": "cùng kỳ năm 2023"}, period=DN),
    F("khoảng 35-40%", "35", 35, "percent", "%", "tỷ lệ so sánh, đối chiếu thành công", value_max=40,
      approx="about"),
    F("khoảng 7-8 triệu", "7", 7e6, "money", "đồng/mẫu", "chi phí giám định bình quân", value_max=8e6,
      approx="about"),
    F("(186 hài cốt)", "186", 186, "count", "hài cốt", S, period=DNi, location="Quảng Trị"),
    F("Quảng Nam (142)", "142", 142, "count", "hài cốt", S, period=DNi, location="Quảng Nam"),
    F("(97)", "97", 97, "count", "hài cốt", S, period=DNi, location="Bình Phước"),
    F("(85)", "85", 85, "count", "hài cốt", S, period=DNi, location="Tây Ninh"),
    F("bố trí 250 tỷ", "250", 250e9, "money", "đồng", "ngân sách nhà nước cho công tác giám định ADN",
      change={"direction": "increase", "value": 1.5, "unit": "lần", "baseline": "năm 2023"},
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 10.000", "10.000", 10000, "count", "hài cốt liệt sĩ", "hài cốt liệt sĩ xác định danh tính thêm",
      approx="about", status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 175.000", "175.000", 175000, "count", "liệt sĩ", "liệt sĩ chưa tìm thấy hài cốt", approx="about"),
    F("khoảng 300.000", "300.000", 300000, "count", "hài cốt liệt sĩ",
      "hài cốt liệt sĩ đã quy tập nhưng chưa xác định được danh tính", approx="about"),
]
write(6, [
    "National press (VnExpress style): DNA identification of martyrs' remains. Dateline 'Thứ bảy, 27/7/2024, 07:30 (GMT+7)'.",
    "Distractors: 'Đề án 1237' (name), '(GMT+7)', hotline 024.3824.6131, address 'số 35 Trần Phú', 'tính đến ngày 30/6/2024'.",
    "'hơn ba năm' (duration) and 'hàng nghìn gia đình' (vague) optional. 'Trong đó' after a sentence break: whole is 24.617 mẫu hài cốt",
    "(same thing), not 12.853 mẫu sinh phẩm. 'tăng gần 2,5 lần so với cùng kỳ' change in lần, approx nearly; 'gấp 1,5 lần năm 2023'",
    "after a money figure is its change (not a multiple of its own). Ranges with one multiplier '7-8 triệu'. List items take their",
    "province as location, period inherited from 'Đến nay' (ends at the dateline). National figures: Việt Nam.",
], A, figs, published="2024-07-27", location="Việt Nam")
