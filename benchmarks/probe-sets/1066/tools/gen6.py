"""p1066-6: national newspaper (VnExpress style), TP Hồ Chí Minh households' rooftop solar."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Năng lượng
Thứ hai, 17/3/2025, 06:30 (GMT+7)

Nhà phố TP HCM đua lắp điện mặt trời mái nhà

Giá tấm pin giảm sâu cùng cơ chế mới cho phép bán điện dư khiến nhiều hộ gia đình ở TP Hồ Chí Minh quyết định lắp điện mặt trời trên mái nhà.

Anh Trần Quốc Bảo, nhà ở quận Gò Vấp, vừa lắp hệ thống 8 kWp trên sân thượng với giá 95 triệu đồng, gồm 14 tấm pin và một bộ inverter hybrid. Trước đây hóa đơn điện mùa nắng của gia đình anh lên tới 4,5 triệu đồng mỗi tháng, nay chỉ còn khoảng 1,2 triệu đồng.

Theo các đơn vị lắp đặt, giá trọn gói hiện chỉ 9-12 triệu đồng mỗi kWp, thấp hơn khoảng 40% so với năm 2020. Một hệ thống 5 kWp cho sản lượng bình quân 550-650 kWh/tháng, đủ cho một gia đình bốn người dùng điều hòa ban ngày.

Số liệu của Tổng công ty Điện lực TP HCM (EVNHCMC) cho thấy, từ ngày 22/10/2024 đến hết tháng 2/2025, đơn vị nhận 2.318 hồ sơ thông báo lắp đặt điện mặt trời mái nhà tự sản tự tiêu với tổng công suất 41,5 MWp, trong đó hộ gia đình chiếm 89% số hồ sơ. Riêng tháng 2 có 587 hồ sơ, cao gấp 3 lần tháng 11/2024.

Tính đến cuối tháng 2, toàn thành phố có khoảng 19.600 hệ thống điện mặt trời mái nhà với tổng công suất gần 620 MWp. Theo EVNHCMC, tiềm năng điện mặt trời mái nhà của thành phố khoảng 6.000 MWp nhưng mới khai thác chưa đến 11%.

Thu Hằng
"""

PER = P("từ ngày 22/10/2024 đến hết tháng 2/2025", "2024-10-22", "2025-02-28")
ASOF = P("Tính đến cuối tháng 2", None, "2025-02-28")
FIG = [
    F("hệ thống 8 kWp", "8", 8, "measure", "kWp", "công suất hệ thống nhà anh Trần Quốc Bảo", optional=True, location="Gò Vấp"),
    F("giá 95 triệu đồng", "95", 95000000, "money", "đồng", "giá lắp hệ thống nhà anh Trần Quốc Bảo", location="Gò Vấp"),
    F("gồm 14 tấm pin", "14", 14, "count", "tấm pin", "tấm pin của hệ thống", optional=True, location="Gò Vấp"),
    F("tới 4,5 triệu đồng", "4,5", 4500000, "money", "đồng/tháng", "hóa đơn điện mùa nắng của gia đình trước đây",
      location="Gò Vấp"),
    F("khoảng 1,2 triệu đồng", "1,2", 1200000, "money", "đồng/tháng", "hóa đơn điện mùa nắng của gia đình hiện nay",
      approx="about", location="Gò Vấp"),
    F("chỉ 9-12 triệu", "9", 9000000, "money", "đồng/kWp", "giá trọn gói lắp điện mặt trời mái nhà", value_max=12000000,
      change=C("decrease", 40, baseline="năm 2020", approx="about")),
    F("hệ thống 5 kWp", "5", 5, "measure", "kWp", "công suất hệ thống", optional=True),
    F("bình quân 550-650", "550", 550, "measure", "kWh/tháng", "sản lượng bình quân của hệ thống 5 kWp", value_max=650),
    F("gia đình bốn người", "bốn", 4, "count", "người", "thành viên gia đình", optional=True),
    F("nhận 2.318 hồ sơ", "2.318", 2318, "count", "hồ sơ",
      "hồ sơ thông báo lắp đặt điện mặt trời mái nhà tự sản tự tiêu", PER),
    F("tổng công suất 41,5 MWp", "41,5", 41.5, "measure", "MWp", "tổng công suất đăng ký", PER),
    F("chiếm 89% số hồ sơ", "89", 89, "percent", "%", "tỷ lệ hộ gia đình trong số hồ sơ", PER),
    F("có 587 hồ sơ", "587", 587, "count", "hồ sơ", "hồ sơ thông báo lắp đặt", P("tháng 2", "2025-02-01", "2025-02-28"),
      change=C("increase", 3, "lần", "tháng 11/2024")),
    F("khoảng 19.600 hệ thống", "19.600", 19600, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", ASOF, approx="about"),
    F("gần 620 MWp", "620", 620, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF, approx="nearly"),
    F("khoảng 6.000 MWp", "6.000", 6000, "measure", "MWp", "tiềm năng điện mặt trời mái nhà của thành phố", approx="about"),
    F("chưa đến 11%", "11", 11, "percent", "%", "tỷ lệ tiềm năng điện mặt trời mái nhà đã khai thác", approx="under"),
]

NOTES = [
    "National newspaper (VnExpress style), 17/3/2025: TP Hồ Chí Minh households' rooftop solar — an example household in quận Gò Vấp,",
    "installer prices, EVNHCMC notifications since Nghị định 135 took effect, city totals as of end-February, potential.",
    "Location 'Hồ Chí Minh' (written 'TP HCM' and 'TP Hồ Chí Minh'); the Gò Vấp household's figures take the district 'Gò Vấp'.",
    "Example specifications (8 kWp, 14 tấm pin, the reference 5 kWp system, 'bốn người') are optional; prices and bills are required.",
    "'cao gấp 3 lần tháng 11/2024' after 587 hồ sơ is its change (3 lần); 'thấp hơn khoảng 40% so với năm 2020' is the change of the price range.",
    "'tháng 2' takes 2025 from 'tháng 2/2025' just before. 'chiếm 89% số hồ sơ' is the households' share: a percent figure of its own.",
    "Distractors: Thứ hai, 06:30 (GMT+7), ngày 22/10/2024 (period start), tháng 11/2024 (baseline), quận Gò Vấp.",
]
write(6, TEXT, FIG, NOTES, published="2025-03-17", location="Hồ Chí Minh")
