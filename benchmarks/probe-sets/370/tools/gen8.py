from lib import *

TEXT = """
THỪA THIÊN HUẾ: PHỐ ĐI BỘ TẠO ĐÀ CHO KINH TẾ ĐÊM

Sau hơn 5 năm đưa vào hoạt động, các tuyến phố đi bộ ở trung tâm thành phố đã góp phần kéo dài thời gian lưu trú của du khách. Kết quả hoạt động 6 tháng đầu năm 2024 của 3 tuyến phố đi bộ (Nguyễn Đình Chiểu; Phạm Ngũ Lão - Chu Văn An - Võ Thị Sáu; Trịnh Công Sơn) như sau:

Chỉ tiêu
Quý I/2024
Quý II/2024
Tăng so với cùng kỳ (%)
Lượt khách (nghìn lượt)
286,5
342,8
17,6
Doanh thu dịch vụ (tỷ đồng)
48,2
61,7
22,3
Số sự kiện, chương trình nghệ thuật
34
41
13,6

Chi tiêu bình quân của du khách tại phố đi bộ đạt khoảng 420.000 đồng/lượt, cao hơn 15% so với năm 2023. Tính đến 30/6, có 312 hộ kinh doanh tham gia, trong đó 74 hộ kinh doanh đặc sản Huế, 105 hộ kinh doanh ẩm thực đường phố.

Công an thành phố bố trí 28 cán bộ, chiến sĩ trực mỗi tối tại các tuyến phố. Trong 6 tháng, xảy ra 5 vụ trộm cắp tài sản và 2 vụ gây rối trật tự công cộng, đều được xử lý kịp thời; không có vụ ngộ độc thực phẩm.

UBND tỉnh đặt mục tiêu cả năm 2024 các tuyến phố đi bộ đón 1,4 triệu lượt khách, doanh thu đạt 250 tỷ đồng; đến năm 2025 mở thêm 2 tuyến phố đi bộ tại khu vực Đập Đá và Vỹ Dạ, nâng tổng số lên 5 tuyến.

Địa chỉ: số 16 Lê Lợi, thành phố Huế | ĐT: 0234.3822.527 | Lượt xem: 865
25/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
ASOF = P("Tính đến 30/6", None, "2024-06-30")
TO25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Sau hơn 5 năm", "5", 5, "measure", "năm", approx="over", optional=True),
    F("của 3 tuyến phố", "3", 3, "count", "tuyến phố đi bộ", subject="tuyến phố đi bộ", period=H1),
    F("nghìn lượt)\n286,5", "286,5", 286500, "count", "lượt", subject="Lượt khách Quý I/2024", period=Q1),
    F("286,5\n342,8", "342,8", 342800, "count", "lượt", subject="Lượt khách Quý II/2024", period=Q2),
    F("342,8\n17,6", "17,6", 17.6, "percent", "%", subject="Lượt khách tăng so với cùng kỳ", period=H1i),
    F("tỷ đồng)\n48,2", "48,2", 48.2e9, "money", "đồng", subject="Doanh thu dịch vụ Quý I/2024", period=Q1),
    F("48,2\n61,7", "61,7", 61.7e9, "money", "đồng", subject="Doanh thu dịch vụ Quý II/2024", period=Q2),
    F("61,7\n22,3", "22,3", 22.3, "percent", "%", subject="Doanh thu dịch vụ tăng so với cùng kỳ", period=H1i),
    F("nghệ thuật\n34", "34", 34, "count", "sự kiện", subject="Số sự kiện, chương trình nghệ thuật Quý I/2024", period=Q1),
    F("34\n41", "41", 41, "count", "sự kiện", subject="Số sự kiện, chương trình nghệ thuật Quý II/2024", period=Q2),
    F("41\n13,6", "13,6", 13.6, "percent", "%", subject="Số sự kiện, chương trình nghệ thuật tăng so với cùng kỳ", period=H1i),
    F("khoảng 420.000 đồng", "420.000", 420000, "money", "đồng/lượt", approx="about",
      change=C("increase", 15, baseline="năm 2023"), subject="Chi tiêu bình quân của du khách tại phố đi bộ", period=H1i),
    F("có 312 hộ", "312", 312, "count", "hộ kinh doanh", subject="hộ kinh doanh tham gia", period=ASOF),
    F("74 hộ", "74", 74, "count", "hộ kinh doanh", total=312, subject="hộ kinh doanh đặc sản Huế", period=ASOF),
    F("105 hộ", "105", 105, "count", "hộ kinh doanh", total=312, subject="hộ kinh doanh ẩm thực đường phố", period=ASOF),
    F("bố trí 28 cán bộ", "28", 28, "count", "cán bộ, chiến sĩ", subject="cán bộ, chiến sĩ trực mỗi tối"),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", subject="vụ trộm cắp tài sản", period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("và 2 vụ gây rối", "2", 2, "count", "vụ", subject="vụ gây rối trật tự công cộng",
      period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("đón 1,4 triệu", "1,4", 1400000, "count", "lượt khách", status="target", subject="lượt khách các tuyến phố đi bộ", period=Y24),
    F("đạt 250 tỷ đồng", "250", 250e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    F("thêm 2 tuyến", "2", 2, "count", "tuyến phố đi bộ", status="target", subject="tuyến phố đi bộ mở thêm", period=TO25),
    F("lên 5 tuyến", "5", 5, "count", "tuyến", status="target", subject="tổng số tuyến phố đi bộ", period=TO25),
]

write("p370-8", [
    "Cổng TTĐT tỉnh Thừa Thiên Huế style: phố đi bộ 6 tháng đầu năm 2024; no dateline on top, bare date '25/07/2024' at the end = published.",
    "One-cell-per-line table (as h23): row units and multipliers from the row labels ('(nghìn lượt)', '(tỷ đồng)'), a '(%)' growth column;",
    "periods from the column headers Quý I/2024, Quý II/2024 (stated, as in h23); the growth column compares the half year (inherited).",
    "Street names (Võ Thị Sáu, Trịnh Công Sơn) and 'thành phố' are not places of the figures: location Thừa Thiên Huế (named in the title).",
    "'cao hơn 15% so với năm 2023' -> change of the 420.000 đồng spending. 'Tính đến 30/6' takes 2024 from the nearest earlier period.",
    "'nâng tổng số lên 5 tuyến' is a target stock. 'Sau hơn 5 năm' optional. Distractors: address số 16 Lê Lợi, phone, view counter, date.",
], TEXT, FIGS, published="2024-07-25", location="Thừa Thiên Huế")
