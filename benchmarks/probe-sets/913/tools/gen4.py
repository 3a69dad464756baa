"""p913-4: ministry/central agency site (Cục Du lịch Quốc gia Việt Nam), national overview of xích lô du lịch 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Tin trong nước
Ngày đăng: 20/03/2024 | Lượt xem: 2.417

Xích lô du lịch: sản phẩm đặc trưng cần được chuẩn hóa

Theo tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến cuối năm 2023, cả nước có khoảng 1.350 xe xích lô hoạt động phục vụ khách du lịch tại 9 tỉnh, thành phố. Các địa phương có nhiều xe nhất lần lượt là Thừa Thiên Huế (412 xe), Hà Nội (345 xe), Quảng Nam (236 xe) và TP. Hồ Chí Minh (112 xe). So với năm 2019, số xe cả nước giảm khoảng 18% do ảnh hưởng của dịch Covid-19 và sự cạnh tranh của xe điện du lịch.

Năm 2023, xích lô du lịch cả nước ước phục vụ khoảng 1,2 triệu lượt khách, gấp 1,6 lần năm 2022; trong đó khách quốc tế chiếm khoảng 71%. Hà Nội và Thừa Thiên Huế là hai địa phương đón nhiều khách nhất, lần lượt đạt 168.000 và 152.000 lượt. Bình quân mỗi xe phục vụ khoảng 890 lượt khách/năm. Tổng doanh thu từ dịch vụ này ước đạt gần 140 tỷ đồng.

Số tài xế được cấp thẻ hành nghề trên toàn quốc là 1.286 người, chiếm 95,3% tổng số người điều khiển xe; 6/9 địa phương đã ban hành quy định giá cước tối đa. Mức giá phổ biến dao động từ 100.000 đến 300.000 đồng/lượt tùy tuyến phố và thời gian.

Tại Hội nghị lần thứ 2 về phát triển sản phẩm du lịch đô thị, Cục đề nghị các địa phương thực hiện Quyết định số 147/QĐ-TTg ngày 22/01/2020 phê duyệt Chiến lược phát triển du lịch Việt Nam đến năm 2030, trong đó mục tiêu đến năm 2025 có 100% tài xế xích lô du lịch được cấp thẻ và tập huấn kỹ năng phục vụ khách.

Cục Du lịch Quốc gia Việt Nam - Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.3760
"""

AS = P("tính đến cuối năm 2023", None, "2023-12-31")
Y = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ_XE = "xe xích lô phục vụ khách du lịch"
SUBJ_KH = "lượt khách đi xích lô du lịch"

FIGS = [
    F("khoảng 1.350 xe", "1.350", 1350, "count", "xe xích lô", "xe xích lô hoạt động phục vụ khách du lịch", AS,
      approx="about"),
    F("tại 9 tỉnh, thành phố", "9", 9, "count", "tỉnh, thành phố", "tỉnh, thành phố có xích lô phục vụ khách du lịch", AS),
    F("(412 xe)", "412", 412, "count", "xe", SUBJ_XE, I(AS), location="Thừa Thiên Huế"),
    F("(345 xe)", "345", 345, "count", "xe", SUBJ_XE, I(AS), location="Hà Nội"),
    F("(236 xe)", "236", 236, "count", "xe", SUBJ_XE, I(AS), location="Quảng Nam"),
    F("(112 xe)", "112", 112, "count", "xe", SUBJ_XE, I(AS), location="TP Hồ Chí Minh"),
    F("giảm khoảng 18%", "18", 18, "percent", "%", "mức giảm số xe xích lô du lịch cả nước so với năm 2019", I(AS),
      approx="about"),
    F("khoảng 1,2 triệu lượt khách", "1,2", 1.2e6, "count", "lượt khách", "lượt khách xích lô du lịch cả nước phục vụ",
      Y, approx="about", status="estimate", change=C("increase", 1.6, "lần", "năm 2022")),
    F("chiếm khoảng 71%", "71", 71, "percent", "%", "tỷ lệ khách quốc tế trong lượt khách xích lô du lịch", Y,
      approx="about", status="estimate"),
    F("hai địa phương", "hai", 2, "count", "địa phương", "địa phương đón nhiều khách nhất", I(Y), optional=True),
    F("đạt 168.000", "168.000", 168000, "count", "lượt", SUBJ_KH, I(Y), location="Hà Nội"),
    F("và 152.000 lượt", "152.000", 152000, "count", "lượt", SUBJ_KH, I(Y), location="Thừa Thiên Huế"),
    F("khoảng 890 lượt khách/năm", "890", 890, "measure", "lượt khách/năm", "lượt khách bình quân mỗi xe phục vụ",
      I(Y), approx="about"),
    F("gần 140 tỷ đồng", "140", 140e9, "money", "đồng", "tổng doanh thu từ dịch vụ xích lô du lịch", I(Y),
      approx="nearly", status="estimate"),
    F("là 1.286 người", "1.286", 1286, "count", "người", "tài xế được cấp thẻ hành nghề trên toàn quốc", percent=95.3),
    F("6/9 địa phương", "6", 6, "count", "địa phương", "địa phương đã ban hành quy định giá cước tối đa", total=9),
    F("từ 100.000 đến 300.000 đồng/lượt", "100.000", 100000, "money", "đồng/lượt", "mức giá phổ biến xích lô du lịch",
      value_max=300000),
    F("có 100% tài xế", "100", 100, "percent", "%",
      "tài xế xích lô du lịch được cấp thẻ và tập huấn kỹ năng phục vụ khách",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

HEADER = [
    "Cục Du lịch Quốc gia Việt Nam (ministry-level agency site), 'Ngày đăng: 20/03/2024 | Lượt xem: 2.417': national overview 2023.",
    "National figures are Việt Nam; items of the ranking lists take their province as location and the list's indicator as subject",
    "(no total: the four largest do not add up to 1.350). '6/9 địa phương' is a count of provinces (Việt Nam), total 9.",
    "'gấp 1,6 lần năm 2022' after the 1,2 triệu is its change (increase 1.6 lần). 'ước phục vụ' governs the continuing",
    "'; trong đó ... chiếm khoảng 71%' clause (estimate); the next sentence ('lần lượt đạt') is actual.",
    "Not figures: 'Hội nghị lần thứ 2', Quyết định số 147/QĐ-TTg ngày 22/01/2020, 'đến năm 2030' inside the strategy's name,",
    "'giảm khoảng 18%' has no base amount: a percent figure, no change object; 'So với năm 2019' is a baseline, not its period.",
    "'Covid-19' is a name. '890 lượt khách/năm' per vehicle is a rate (measure).",
    "'hai địa phương' restates the two provinces just named (cf. '4 vị trí tiếp theo' in shared gold h05): optional.",
    "revised after the first run: 'hai địa phương' added as optional (missed convention); no other change.",
    "Số 80 Quán Sứ, phone 024.3942.3760, view counter.",
]

write("p913-4", TEXT, HEADER, FIGS, published="2024-03-20", location="Việt Nam")
