from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Hoạt động của Bộ
Ngày đăng: 27/02/2025 | Lượt xem: 3.062

Năm 2024, cả nước thực hiện 1.552 ca ghép tạng, cao nhất từ trước đến nay

Theo Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, năm 2024 cả nước thực hiện 1.552 ca ghép tạng, tăng 14,6% so với năm 2023, trong đó có 1.217 ca ghép thận, 263 ca ghép gan, 58 ca ghép tim và 14 ca ghép phổi.

Số người hiến chết não năm 2024 là 52 người, gấp 2 lần năm 2023. Tuy vậy, tỷ lệ người hiến chết não mới đạt khoảng 0,5 người/1 triệu dân; có tới 93% tạng ghép vẫn từ người hiến sống.

Tính đến hết năm 2024, cả nước có 95.318 người đăng ký hiến mô, tạng sau khi chết; riêng năm 2024 có thêm 26.540 người đăng ký. Các địa phương có số người đăng ký nhiều nhất là TP. Hồ Chí Minh (21.406 người), Hà Nội (14.870 người) và Nam Định (6.215 người).

Hiện cả nước có 32 bệnh viện thực hiện ghép tạng. Bệnh viện Chợ Rẫy dẫn đầu với 231 ca ghép thận; Bệnh viện Hữu nghị Việt Đức đứng thứ 2 về tổng số ca ghép; Bệnh viện Trung ương Quân đội 108 xếp thứ 3.

Theo Trung tâm, hiện có khoảng 6.000 người bệnh chờ ghép thận và gần 1.000 người chờ ghép gan. Bộ Y tế đặt mục tiêu đến năm 2030 số người đăng ký hiến đạt 300.000 người, số người hiến chết não đạt 5 người/1 triệu dân.

Cổng TTĐT Bộ Y tế - 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến hết năm 2024", None, "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
REG = "người đăng ký hiến mô, tạng sau khi chết"

FIGS = [
    F("thực hiện 1.552 ca ghép tạng, cao", "1.552", 1552, "count", "ca", "ca ghép tạng cả nước thực hiện",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("thực hiện 1.552 ca ghép tạng, tăng", "1.552", 1552, "count", "ca", "ca ghép tạng cả nước thực hiện", Y24,
      change=CH("increase", 14.6, "%", "năm 2023")),
    F("1.217 ca", "1.217", 1217, "count", "ca", "ca ghép thận", Y24, total=1552),
    F("263 ca", "263", 263, "count", "ca", "ca ghép gan", Y24, total=1552),
    F("58 ca", "58", 58, "count", "ca", "ca ghép tim", Y24, total=1552),
    F("14 ca", "14", 14, "count", "ca", "ca ghép phổi", Y24, total=1552),
    F("là 52 người", "52", 52, "count", "người", "người hiến chết não", P("năm 2024", "2024-01-01", "2024-12-31"),
      change=CH("increase", 2, "lần", "năm 2023")),
    F("khoảng 0,5 người", "0,5", 0.5, "measure", "người/1 triệu dân", "tỷ lệ người hiến chết não", I(Y24),
      approx="about"),
    F("tới 93%", "93", 93, "percent", "%", "tạng ghép từ người hiến sống", I(Y24)),
    F("có 95.318 người", "95.318", 95318, "count", "người", REG, ASOF),
    F("thêm 26.540 người", "26.540", 26540, "count", "người", "người đăng ký hiến mô, tạng tăng thêm",
      P("riêng năm 2024", "2024-01-01", "2024-12-31")),
    F("(21.406 người)", "21.406", 21406, "count", "người", REG, I(ASOF), location="TP. Hồ Chí Minh"),
    F("(14.870 người)", "14.870", 14870, "count", "người", REG, I(ASOF), location="Hà Nội"),
    F("(6.215 người)", "6.215", 6215, "count", "người", REG, I(ASOF), location="Nam Định"),
    F("có 32 bệnh viện", "32", 32, "count", "bệnh viện", "bệnh viện thực hiện ghép tạng"),
    F("với 231 ca", "231", 231, "count", "ca", "ca ghép thận của Bệnh viện Chợ Rẫy"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tổng số ca ghép của Bệnh viện Hữu nghị Việt Đức"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "tổng số ca ghép của Bệnh viện Trung ương Quân đội 108"),
    F("khoảng 6.000 người bệnh", "6.000", 6000, "count", "người bệnh", "người bệnh chờ ghép thận", approx="about"),
    F("gần 1.000 người", "1.000", 1000, "count", "người", "người chờ ghép gan", approx="nearly"),
    F("đạt 300.000 người", "300.000", 300000, "count", "người", "số người đăng ký hiến", T30, status="target"),
    F("đạt 5 người/1 triệu dân", "5", 5, "measure", "người/1 triệu dân", "số người hiến chết não", T30,
      status="target"),
]

COMMENTS = [
    "Ministry site (Bộ Y tế): national organ transplants 2024, brain-dead donors, registrations by province, hospitals, waiting lists, 2030 targets.",
    "'Ngày đăng: 27/02/2025' is the dateline; 'Lượt xem: 3.062' a counter. Location Việt Nam; province items in brackets take their province.",
    "Parts after 'trong đó' (same sentence) add up to 1.552: total. 'gấp 2 lần năm 2023' after the 52 is its change (lần).",
    "Rates per million keep the denominator in the unit ('người/1 triệu dân'); '1 triệu dân' is no figure.",
    "'riêng năm 2024 có thêm 26.540' shares a sentence with the as-of 'Tính đến hết năm 2024' but has its own full-year period; no part-of cue, no total.",
    "'dẫn đầu' has no number (no figure); 'đứng thứ 2', 'xếp thứ 3' are ranks. 'Quân đội 108', '138A Giảng Võ' are names/addresses.",
    "'Hiện' sentences have no period. 'đặt mục tiêu đến năm 2030' makes both following figures targets.",
]

emit("p666-4", TEXT, COMMENTS, FIGS, published="2025-02-27", location="Việt Nam")
