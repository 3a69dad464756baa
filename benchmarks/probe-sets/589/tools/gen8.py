from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ VINH
Trang chủ > Tin tức > Xây dựng - Đô thị

9 tháng, thành phố giải ngân 42,6 tỷ đồng duy trì cây xanh, chiếu sáng

Ngày cập nhật: 08/10/2024 | Số lượt xem: 964

Theo UBND thành phố Vinh, 9 tháng năm 2024, kinh phí duy trì hệ thống cây xanh, công viên và chiếu sáng công cộng đã giải ngân 42,6 tỷ đồng, đạt 71% kế hoạch năm, tăng 5,3% so với cùng kỳ. Riêng quý III giải ngân 15,8 tỷ đồng.

Thành phố hiện quản lý 32.450 cây xanh đường phố, 14 công viên và 58 vườn hoa, tiểu cảnh với tổng diện tích thảm cỏ khoảng 46,3 ha. Đơn giá duy trì thảm cỏ bình quân 13.500 đồng/m²/năm; cắt tỉa cây bóng mát từ 350.000 đến 1,2 triệu đồng/cây tùy loại.

Trong 9 tháng, Công ty CP Môi trường và Công trình đô thị Vinh đã cắt tỉa 6.820 lượt cây, trồng thay thế 1.135 cây bị chết, gãy đổ sau cơn bão số 4; xử lý 412 cây nguy hiểm trên Quốc lộ 46 và các tuyến phố Lê Duẩn, Trường Thi.

Về chiếu sáng, tính đến ngày 30/9/2024, thành phố có 19.760 bộ đèn, trong đó 16.210 bộ đèn LED, chiếm 82%. Trong quý III, thành phố thay mới 1.480 bộ đèn LED trên 27 tuyến đường, điện năng tiêu thụ giảm khoảng 9% so với cùng kỳ.

Công viên Trung tâm đang được cải tạo với tổng mức đầu tư 96 tỷ đồng, dự kiến hoàn thành trong tháng 12/2024. Quý IV, thành phố phấn đấu trồng mới 800 cây xanh.

Đường dây nóng xử lý sự cố cây xanh, chiếu sáng: 0238.3844.666
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("giải ngân 42,6 tỷ đồng duy trì", "42,6", 42.6e9, "money", "đồng",
      "kinh phí duy trì cây xanh, chiếu sáng giải ngân", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đã giải ngân 42,6 tỷ đồng", "42,6", 42.6e9, "money", "đồng",
      "kinh phí duy trì hệ thống cây xanh, công viên và chiếu sáng công cộng đã giải ngân", M9,
      percent=71, change=CH("increase", 5.3, "%", "cùng kỳ")),
    F("giải ngân 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "kinh phí giải ngân", Q3),
    F("quản lý 32.450 cây", "32.450", 32450, "count", "cây", "cây xanh đường phố thành phố quản lý"),
    F("14 công viên", "14", 14, "count", "công viên", "công viên thành phố quản lý"),
    F("58 vườn hoa", "58", 58, "count", "vườn hoa, tiểu cảnh", "vườn hoa, tiểu cảnh thành phố quản lý"),
    F("khoảng 46,3 ha", "46,3", 46.3, "measure", "ha", "tổng diện tích thảm cỏ", approx="about"),
    F("13.500 đồng/m²/năm", "13.500", 13500, "money", "đồng/m²/năm", "đơn giá duy trì thảm cỏ bình quân"),
    F("từ 350.000 đến", "350.000", 350000, "money", "đồng/cây", "đơn giá cắt tỉa cây bóng mát",
      value_max=1.2e6),
    F("cắt tỉa 6.820 lượt", "6.820", 6820, "count", "lượt cây", "lượt cây được cắt tỉa",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("thay thế 1.135 cây", "1.135", 1135, "count", "cây", "cây bị chết, gãy đổ được trồng thay thế",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("xử lý 412 cây", "412", 412, "count", "cây", "cây nguy hiểm được xử lý",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 19.760 bộ đèn", "19.760", 19760, "count", "bộ đèn", "bộ đèn chiếu sáng",
      P("tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("16.210 bộ đèn LED", "16.210", 16210, "count", "bộ đèn", "bộ đèn LED",
      P("tính đến ngày 30/9/2024", None, "2024-09-30"), total=19760, percent=82),
    F("mới 1.480 bộ", "1.480", 1480, "count", "bộ đèn", "bộ đèn LED thay mới", Q3),
    F("trên 27 tuyến", "27", 27, "count", "tuyến đường", "tuyến đường thay mới đèn LED", Q3),
    F("khoảng 9%", "9", 9, "percent", "%", "điện năng tiêu thụ giảm so với cùng kỳ", Q3, approx="about"),
    F("tư 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng mức đầu tư cải tạo Công viên Trung tâm"),
    F("mới 800 cây", "800", 800, "count", "cây", "cây xanh trồng mới",
      P("Quý IV", "2024-10-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "City portal (TP Vinh, Nghệ An): 9-month maintenance spending on trees, parks and lighting; 'Ngày cập nhật: 08/10/2024'.",
    "Distractors: 'Số lượt xem: 964', 'bão số 4', Quốc lộ 46, 'tháng 12/2024' (date), hotline 0238.3844.666.",
    "Headline '9 tháng' takes 2024 from the dateline; 'quý III', 'Trong 9 tháng', 'Quý IV' take 2024 from '9 tháng năm 2024'.",
    "'Riêng quý III giải ngân 15,8 tỷ đồng' is a different period, and 'Riêng' is no part-of cue: no total.",
    "'hiện quản lý' stocks get no period. Unit prices keep their rate in the unit (đồng/m²/năm, đồng/cây);",
    "'từ 350.000 đến 1,2 triệu đồng/cây' is one range (value_max 1.200.000).",
    "'điện năng tiêu thụ giảm khoảng 9% so với cùng kỳ' is a rate that is the claim: percent figure, no change.",
    "'tổng mức đầu tư 96 tỷ đồng' is actual ('dự kiến' governs only the completion clause).",
]

if __name__ == "__main__":
    emit("p589-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Vinh")
