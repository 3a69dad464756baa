"""p1066-4: ministry site (Bộ Công Thương), national rooftop self-consumption registrations to 31/3/2025."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Năng lượng

Sau 5 tháng thực hiện Nghị định 135: điện mặt trời mái nhà tự sản tự tiêu tăng tốc

Ngày đăng: 15/04/2025 | Lượt xem: 1.174

Theo báo cáo của Tập đoàn Điện lực Việt Nam (EVN), tính đến ngày 31/3/2025, các tổng công ty điện lực đã tiếp nhận 15.836 hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản tự tiêu trên cả nước với tổng công suất 2.147 MWp, tăng 62% so với cuối năm 2024. Trong đó, các Tổng công ty Điện lực miền Bắc, miền Trung và miền Nam lần lượt tiếp nhận 4.215, 2.087 và 9.534 hồ sơ.

Đã có 61/63 tỉnh, thành phố có hồ sơ đăng ký. Các địa phương dẫn đầu về công suất đăng ký gồm Bình Dương (312 MWp), Đồng Nai (246 MWp), Long An (183 MWp) và Bắc Ninh (157 MWp). Khu vực doanh nghiệp sản xuất chiếm gần 88% tổng công suất đăng ký.

Số hệ thống đăng ký bán điện dư lên lưới là 1.962 hệ thống, công suất 318 MWp; sản lượng điện dư EVN đã mua trong quý I/2025 đạt 24,3 triệu kWh. Theo Điều 12 của Nghị định, hệ thống dưới 100 kW được miễn giấy phép hoạt động điện lực.

Theo Quy hoạch điện VIII ban hành kèm Quyết định số 500/QĐ-TTg, đến năm 2030 phấn đấu 50% tòa nhà công sở và 50% nhà dân sử dụng điện mặt trời mái nhà tự sản tự tiêu, với công suất tăng thêm khoảng 2.600 MW. Như vậy, công suất đã đăng ký bằng khoảng 83% mục tiêu này.

Bộ Công Thương đề nghị các địa phương đẩy mạnh tuyên truyền; tổ chức, cá nhân cần hỗ trợ liên hệ Cục Điện lực, số 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội, điện thoại 024.2220.2358.
"""

ASOF = P("tính đến ngày 31/3/2025", None, "2025-03-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIG = [
    F("tiếp nhận 15.836 hồ sơ", "15.836", 15836, "count", "hồ sơ",
      "hồ sơ thông báo, đăng ký phát triển điện mặt trời mái nhà tự sản tự tiêu", ASOF),
    F("tổng công suất 2.147 MWp", "2.147", 2147, "measure", "MWp", "tổng công suất đăng ký", ASOF,
      change=C("increase", 62, baseline="cuối năm 2024")),
    F("tiếp nhận 4.215", "4.215", 4215, "count", "hồ sơ", "hồ sơ Tổng công ty Điện lực miền Bắc tiếp nhận", I(ASOF), total=15836),
    F("4.215, 2.087", "2.087", 2087, "count", "hồ sơ", "hồ sơ Tổng công ty Điện lực miền Trung tiếp nhận", I(ASOF), total=15836),
    F("và 9.534 hồ sơ", "9.534", 9534, "count", "hồ sơ", "hồ sơ Tổng công ty Điện lực miền Nam tiếp nhận", I(ASOF), total=15836),
    F("61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có hồ sơ đăng ký", I(ASOF), total=63),
    F("(312 MWp)", "312", 312, "measure", "MWp", "công suất đăng ký", I(ASOF), location="Bình Dương"),
    F("(246 MWp)", "246", 246, "measure", "MWp", "công suất đăng ký", I(ASOF), location="Đồng Nai"),
    F("(183 MWp)", "183", 183, "measure", "MWp", "công suất đăng ký", I(ASOF), location="Long An"),
    F("(157 MWp)", "157", 157, "measure", "MWp", "công suất đăng ký", I(ASOF), location="Bắc Ninh"),
    F("gần 88%", "88", 88, "percent", "%", "tỷ trọng khu vực doanh nghiệp sản xuất trong tổng công suất đăng ký", I(ASOF),
      approx="nearly"),
    F("là 1.962 hệ thống", "1.962", 1962, "count", "hệ thống", "hệ thống đăng ký bán điện dư lên lưới"),
    F("công suất 318 MWp", "318", 318, "measure", "MWp", "công suất hệ thống đăng ký bán điện dư lên lưới"),
    F("đạt 24,3 triệu kWh", "24,3", 24300000, "measure", "kWh", "sản lượng điện dư EVN đã mua",
      P("quý I/2025", "2025-01-01", "2025-03-31")),
    F("dưới 100 kW", "100", 100, "measure", "kW", "công suất hệ thống được miễn giấy phép hoạt động điện lực",
      approx="under", optional=True),
    F("phấn đấu 50% tòa nhà", "50", 50, "percent", "%", "tòa nhà công sở sử dụng điện mặt trời mái nhà tự sản tự tiêu", T30,
      status="target"),
    F("và 50% nhà dân", "50", 50, "percent", "%", "nhà dân sử dụng điện mặt trời mái nhà tự sản tự tiêu", T30, status="target"),
    F("khoảng 2.600 MW", "2.600", 2600, "measure", "MW", "công suất điện mặt trời mái nhà tự sản tự tiêu tăng thêm", T30,
      approx="about", status="target"),
    F("khoảng 83%", "83", 83, "percent", "%", "công suất đã đăng ký so với mục tiêu", approx="about"),
]

NOTES = [
    "Ministry site (Bộ Công Thương), national: rooftop self-consumption notifications under Nghị định 135 to 31/3/2025, PDP8 targets.",
    "Regions (miền Bắc/Trung/Nam) are not provinces: their figures stay Việt Nam; they follow 'Trong đó' after the whole 15.836, so total 15836.",
    "The province list after 'Các địa phương dẫn đầu ... gồm' has no whole figure before the cue: no total; each item's province is its location.",
    "'dưới 100 kW' (licence exemption threshold) is optional. 'Sau 5 tháng' is a duration, not a figure.",
    "Distractors: Nghị định 135, Điều 12, Quyết định số 500/QĐ-TTg, Quy hoạch điện VIII, số 54 Hai Bà Trưng, 024.2220.2358, Lượt xem.",
]
write(4, TEXT, FIG, NOTES, published="2025-04-15", location="Việt Nam")
