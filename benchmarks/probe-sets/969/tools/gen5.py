from lib import F, P, I, C, T, write

TEXT = """Đắk Lắk ra quân Tháng hành động tiêu độc, khử trùng môi trường chăn nuôi

Hưởng ứng Tháng hành động tiêu độc, khử trùng môi trường chăn nuôi đợt 1 năm 2024 (từ ngày 1/4 đến 30/4), Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk đã phân bổ 10.500 lít hóa chất Han-Iodine và 4.800 lít hóa chất Benkocid cho 15 huyện, thị xã, thành phố. Đây là lần thứ 3 tỉnh tổ chức tháng hành động theo chỉ đạo của Bộ Nông nghiệp và Phát triển nông thôn.

Theo ông Nguyễn Văn Tám, Chi cục trưởng Chi cục Chăn nuôi và Thú y tỉnh, trong đợt này toàn tỉnh phun khử trùng cho khoảng 42.000 hộ chăn nuôi với tổng diện tích gần 3,8 triệu m2, tăng 15% so với đợt 1 năm 2023. Riêng huyện Krông Pắc và Ea Kar sử dụng lần lượt 1.150 lít và 980 lít hóa chất.

Toàn tỉnh hiện có khoảng 260.000 con trâu, bò; đàn lợn đạt 870.000 con. Năm 2023, Đắk Lắk tiêm phòng LMLM cho 198.400 con gia súc, đạt 76,3% tổng đàn trong diện tiêm; trong đó trâu, bò 175.200 con, lợn 23.200 con.

Năm 2024, tỉnh phấn đấu tỷ lệ tiêm phòng LMLM đạt 80% tổng đàn trâu, bò, lợn trong diện tiêm; dự kiến kinh phí mua vắc xin khoảng 9,6 tỷ đồng. Giá vắc xin LMLM hiện bình quân 21.500 đồng/liều, người chăn nuôi tự chi trả 50%.

Cũng trong tháng 4, lực lượng thú y đã kiểm dịch 1.350 chuyến xe vận chuyển gia súc qua trạm kiểm dịch trên Quốc lộ 14, phát hiện và xử lý 12 trường hợp vi phạm, phạt tiền 86 triệu đồng.

HOÀNG LINH
28/04/2024
"""

NOTES = [
    "Báo Đắk Lắk (provincial Party paper): Tháng hành động tiêu độc, khử trùng đợt 1 năm 2024; herd, 2023 vaccination, 2024 targets, quarantine.",
    "Byline 'HOÀNG LINH' and the bare date '28/04/2024' at the end give published. Distractors: 'đợt 1 năm 2024', 'lần thứ 3' (ordinal),",
    "'Nguyễn Văn Tám' (a name), 'Quốc lộ 14', 'đợt 1 năm 2023' (baseline).",
    "'(từ ngày 1/4 đến 30/4)' takes 2024 from 'đợt 1 năm 2024' before it; 'trong đợt này' inherits it. 'Cũng trong tháng 4' = April 2024.",
    "Krông Pắc / Ea Kar with 'lần lượt' share the indicator 'hóa chất sử dụng'; districts are their location. Trâu, bò + lợn add up to 198.400.",
    "'dự kiến kinh phí' is a forecast; the price sentence after it has no cue (actual). '50%' paid by farmers is a percent figure of its own.",
]

apr = P("từ ngày 1/4 đến 30/4", "2024-04-01", "2024-04-30")
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("10.500 lít", "10.500", 10500, "measure", "lít", "hóa chất Han-Iodine phân bổ", apr),
    F("4.800 lít", "4.800", 4800, "measure", "lít", "hóa chất Benkocid phân bổ", apr),
    F("cho 15 huyện", "15", 15, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được phân bổ hóa chất", apr),
    F("khoảng 42.000 hộ", "42.000", 42000, "count", "hộ", "hộ chăn nuôi được phun khử trùng", I(apr), approx="about"),
    F("gần 3,8 triệu m2", "3,8", 3800000, "measure", "m2", "tổng diện tích phun khử trùng", I(apr), approx="nearly",
      change=C("increase", 15, "%", "đợt 1 năm 2023")),
    F("1.150 lít", "1.150", 1150, "measure", "lít", "hóa chất sử dụng", I(apr), location="Krông Pắc"),
    F("980 lít", "980", 980, "measure", "lít", "hóa chất sử dụng", I(apr), location="Ea Kar"),
    F("khoảng 260.000 con", "260.000", 260000, "count", "con", "đàn trâu, bò", approx="about"),
    F("870.000 con", "870.000", 870000, "count", "con", "đàn lợn"),
    F("cho 198.400 con", "198.400", 198400, "count", "con", "gia súc được tiêm phòng LMLM", y23, percent=76.3),
    F("trâu, bò 175.200 con", "175.200", 175200, "count", "con", "trâu, bò được tiêm phòng LMLM", y23, total=198400),
    F("lợn 23.200 con", "23.200", 23200, "count", "con", "lợn được tiêm phòng LMLM", y23, total=198400),
    F("đạt 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng LMLM", y24, status="target"),
    F("khoảng 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "kinh phí mua vắc xin", y24, approx="about", status="forecast"),
    F("21.500 đồng/liều", "21.500", 21500, "money", "đồng/liều", "giá vắc xin LMLM bình quân"),
    F("chi trả 50%", "50", 50, "percent", "%", "phần giá vắc xin người chăn nuôi tự chi trả"),
    F("1.350 chuyến xe", "1.350", 1350, "count", "chuyến xe", "chuyến xe vận chuyển gia súc được kiểm dịch",
      P("trong tháng 4", "2024-04-01", "2024-04-30")),
    F("12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp vi phạm được phát hiện và xử lý",
      P("trong tháng 4", "2024-04-01", "2024-04-30")),
    F("86 triệu đồng", "86", 86000000, "money", "đồng", "tiền phạt vi phạm", P("trong tháng 4", "2024-04-01", "2024-04-30")),
]

write("p969-5", TEXT, NOTES, FIGS, published="2024-04-28", location="Đắk Lắk")
