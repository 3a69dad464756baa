from lib import *
NAME = 'p445-6'
TEXT = """Thời sự › Môi trường
Thứ năm, 18/4/2024, 19:30 (GMT+7)

Cháy rừng tràm U Minh Hạ, hơn 1.200 người xuyên đêm dập lửa

Cà Mau - Đám cháy bùng phát tại tiểu khu 52, Vườn quốc gia U Minh Hạ khoảng 13h ngày 16/4, thiêu rụi gần 15 ha rừng tràm trước khi được khống chế sau 26 giờ.

Theo Ban chỉ huy phòng cháy, chữa cháy rừng tỉnh, lực lượng tham gia chữa cháy gồm hơn 1.200 người của kiểm lâm, quân đội, công an và người dân địa phương, cùng 3 xe chữa cháy chuyên dụng, 45 máy bơm nước và 2 thiết bị bay không người lái. Ước tính thiệt hại khoảng 2,3 tỷ đồng.

Ông Trần Văn Hiền, Giám đốc Vườn quốc gia U Minh Hạ, cho biết do nắng hạn kéo dài, mực nước trong rừng chỉ còn cách mặt đất khoảng 40 cm, lớp than bùn khô nên lửa cháy ngầm rất khó dập. Để ngăn lửa lan, lực lượng chức năng đã bơm nước vào hệ thống kênh, đào mới 3,5 km kênh ngăn lửa và phát dọn 12 ha thực bì quanh khu vực cháy.

Từ đầu năm 2024 đến nay, tỉnh xảy ra 6 vụ cháy rừng với tổng diện tích thiệt hại 21,8 ha, gấp 3 lần cả năm 2023; riêng vụ cháy lần này chiếm gần 70%. Toàn tỉnh hiện có hơn 94.000 ha rừng, trong đó rừng tràm khoảng 35.000 ha, phần lớn trên đất than bùn.

Năm 2002, vụ cháy lịch sử tại U Minh Hạ đã thiêu rụi hơn 3.200 ha rừng. Sau sự cố đó, tỉnh đầu tư hàng trăm km kênh mương và hệ thống chòi canh lửa, camera giám sát.

Chiều 18/4, Phó Chủ tịch UBND tỉnh Lâm Văn Bi chỉ đạo các đơn vị trực 100% quân số, tuyệt đối không để xảy ra cháy lại; đồng thời yêu cầu các huyện Trần Văn Thời, U Minh rà soát toàn bộ 27 tổ đội xung kích, bảo đảm mỗi tổ có từ 8 đến 10 người.

Nhật Minh
"""
DN = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-18")
FIGS = [
    F("hơn 1.200 người xuyên", "1.200", 1200, "count", "người", "người tham gia dập lửa", approx="over"),
    F("gần 15 ha", "15", 15, "measure", "ha", "diện tích rừng tràm bị thiêu rụi", approx="nearly"),
    F("sau 26 giờ", "26", 26, "measure", "giờ", "thời gian khống chế đám cháy", optional=True),
    F("gồm hơn 1.200 người", "1.200", 1200, "count", "người", "lực lượng tham gia chữa cháy", approx="over"),
    F("cùng 3 xe", "3", 3, "count", "xe chữa cháy chuyên dụng", "xe chữa cháy chuyên dụng tham gia chữa cháy"),
    F("45 máy bơm", "45", 45, "count", "máy bơm nước", "máy bơm nước tham gia chữa cháy"),
    F("và 2 thiết bị bay", "2", 2, "count", "thiết bị bay không người lái", "thiết bị bay không người lái tham gia chữa cháy"),
    F("khoảng 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "thiệt hại", approx="about", status="estimate"),
    F("khoảng 40 cm", "40", 40, "measure", "cm", "khoảng cách mực nước trong rừng đến mặt đất", approx="about"),
    F("đào mới 3,5 km", "3,5", 3.5, "measure", "km", "kênh ngăn lửa đào mới"),
    F("phát dọn 12 ha", "12", 12, "measure", "ha", "diện tích thực bì phát dọn quanh khu vực cháy"),
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "vụ cháy rừng", period=DN),
    F("thiệt hại 21,8 ha", "21,8", 21.8, "measure", "ha", "tổng diện tích thiệt hại",
      change=C("increase", 3, "lần", "cả năm 2023"), period=DN),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ trọng diện tích vụ cháy lần này", approx="nearly", period=DN),
    F("hơn 94.000 ha", "94.000", 94000, "measure", "ha", "diện tích rừng", approx="over"),
    F("rừng tràm khoảng 35.000 ha", "35.000", 35000, "measure", "ha", "diện tích rừng tràm", approx="about", total=94000),
    F("hơn 3.200 ha", "3.200", 3200, "measure", "ha", "diện tích rừng bị thiêu rụi trong vụ cháy lịch sử", approx="over",
      period=P("Năm 2002", "2002-01-01", "2002-12-31")),
    F("hàng trăm km", "hàng trăm", 100, "measure", "km", "kênh mương được đầu tư", approx="about", optional=True),
    F("trực 100% quân số", "100", 100, "percent", "%", "quân số trực", status="target", optional=True),
    F("toàn bộ 27 tổ đội", "27", 27, "count", "tổ đội xung kích", "tổ đội xung kích"),
    F("từ 8 đến 10 người", "8", 8, "count", "người", "số người mỗi tổ", value_max=10, status="target", optional=True),
]
HEADER = """
National press (VnExpress style): cháy rừng tràm U Minh Hạ (Cà Mau). Dateline 'Thứ năm, 18/4/2024, 19:30 (GMT+7)'; byline at the end.
Distractors: 'tiểu khu 52' (forest plot id), '13h ngày 16/4' (time and date), 'Chiều 18/4', 'Năm 2002' (a year), 'Vườn quốc gia U Minh Hạ'.
The event figures carry no period (a single day; FIGURES.md has no day period). 'Từ đầu năm 2024 đến nay' runs to the dateline.
'lực lượng … gồm hơn 1.200 người …' has no whole figure before 'gồm': no total. 'Ước tính thiệt hại khoảng 2,3 tỷ đồng': estimate, about.
'21,8 ha, gấp 3 lần cả năm 2023' → change 3 lần (increase). 'chiếm gần 70%' has no amount in its clause: percent figure (nearly).
Optional: 'sau 26 giờ' (duration), 'hàng trăm km' (vague), 'trực 100% quân số' (an order, set phrase), 'từ 8 đến 10 người' (a criterion).
"""
write(NAME, TEXT, FIGS, HEADER, published="2024-04-18", location="Cà Mau")
