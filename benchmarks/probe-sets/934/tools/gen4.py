"""p934-4: Bộ Công an portal, national, July 2024: first month of Luật Căn cước, CSDL dân cư, residence registration."""
from lib import F, P, I, C, T, build

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động của lực lượng Công an
Ngày đăng: 05/08/2024 | Lượt xem: 4.108

Sau một tháng thi hành Luật Căn cước, cả nước cấp hơn 1,6 triệu thẻ căn cước

Theo Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06), trong tháng 7/2024, tháng đầu tiên Luật Căn cước và Nghị định số 70/2024/NĐ-CP có hiệu lực, Công an các địa phương đã thu nhận 1.642.380 hồ sơ đề nghị cấp thẻ căn cước, trong đó có 215.703 hồ sơ của trẻ em dưới 6 tuổi và 312.466 hồ sơ cấp đổi từ thẻ căn cước công dân. Có 63/63 tỉnh, thành phố đã triển khai cấp thẻ căn cước theo quy định mới.

Tính đến ngày 31/7/2024, Cơ sở dữ liệu quốc gia về dân cư đã cập nhật thông tin của 105,2 triệu nhân khẩu; toàn quốc đã cấp 87,36 triệu thẻ căn cước công dân gắn chíp và tạo lập 81,5 triệu tài khoản định danh điện tử, trong đó 58,4 triệu tài khoản đã kích hoạt, chiếm 71,7%.

Về cư trú, tháng 7/2024 cả nước giải quyết 712.540 hồ sơ đăng ký thường trú và 1,18 triệu hồ sơ đăng ký tạm trú, tăng lần lượt 8,3% và 11,6% so với tháng 6/2024. Tỷ lệ hồ sơ cư trú giải quyết trực tuyến toàn trình đạt 64,9%.

Các địa phương cấp nhiều thẻ căn cước nhất trong tháng là Hà Nội (148.260 thẻ), TP Hồ Chí Minh (136.905 thẻ), Thanh Hóa (62.418 thẻ) và Nghệ An (58.377 thẻ). Hà Nội tiếp tục xếp thứ 1 toàn quốc về số tài khoản định danh điện tử được kích hoạt.

Bộ Công an đặt mục tiêu đến hết năm 2024 cấp thẻ căn cước cho khoảng 3 triệu trẻ em dưới 14 tuổi có nhu cầu. Dự kiến trong quý IV/2024, lượng hồ sơ đề nghị cấp thẻ sẽ tăng từ 15 đến 20% do nhu cầu làm thủ tục cho học sinh.

Cổng Thông tin điện tử Bộ Công an - Số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội
"""

JUL = P("trong tháng 7/2024", "2024-07-01", "2024-07-31")
ASOF = P("Tính đến ngày 31/7/2024", None, "2024-07-31")
JUL2 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
INM = P("trong tháng", "2024-07-01", "2024-07-31")

FIGS = [
    F("cấp hơn 1,6 triệu thẻ căn cước", "1,6", 1600000, "count", "thẻ căn cước", approx="over",
      subject="thẻ căn cước được cấp"),
    # revised after the first run: 'sau một tháng thi hành Luật Căn cước' is a time frame (period), not part of the indicator
    F("thu nhận 1.642.380 hồ sơ", "1.642.380", 1642380, "count", "hồ sơ",
      subject="hồ sơ đề nghị cấp thẻ căn cước thu nhận", period=JUL),
    F("có 215.703 hồ sơ", "215.703", 215703, "count", "hồ sơ", total=1642380,
      subject="hồ sơ của trẻ em dưới 6 tuổi", period=JUL),
    F("trẻ em dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("và 312.466 hồ sơ", "312.466", 312466, "count", "hồ sơ", total=1642380,
      subject="hồ sơ cấp đổi từ thẻ căn cước công dân", period=JUL),
    F("Có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố triển khai cấp thẻ căn cước theo quy định mới"),
    F("của 105,2 triệu nhân khẩu", "105,2", 105200000, "count", "nhân khẩu",
      subject="nhân khẩu được cập nhật thông tin trong Cơ sở dữ liệu quốc gia về dân cư", period=ASOF),
    F("cấp 87,36 triệu thẻ", "87,36", 87360000, "count", "thẻ căn cước công dân gắn chíp",
      subject="thẻ căn cước công dân gắn chíp đã cấp", period=ASOF),
    F("tạo lập 81,5 triệu tài khoản", "81,5", 81500000, "count", "tài khoản",
      subject="tài khoản định danh điện tử tạo lập", period=ASOF),
    F("trong đó 58,4 triệu tài khoản", "58,4", 58400000, "count", "tài khoản", total=81500000, percent=71.7,
      subject="tài khoản định danh điện tử đã kích hoạt", period=ASOF),
    F("giải quyết 712.540 hồ sơ", "712.540", 712540, "count", "hồ sơ",
      change=C("increase", 8.3, baseline="tháng 6/2024"),
      subject="hồ sơ đăng ký thường trú giải quyết", period=JUL2),
    F("và 1,18 triệu hồ sơ", "1,18", 1180000, "count", "hồ sơ",
      change=C("increase", 11.6, baseline="tháng 6/2024"),
      subject="hồ sơ đăng ký tạm trú giải quyết", period=JUL2),
    F("toàn trình đạt 64,9%", "64,9", 64.9, "percent", "%",
      subject="tỷ lệ hồ sơ cư trú giải quyết trực tuyến toàn trình", period=I(JUL2)),
    F("Hà Nội (148.260 thẻ)", "148.260", 148260, "count", "thẻ", location="Hà Nội",
      subject="thẻ căn cước cấp", period=INM),
    F("Hồ Chí Minh (136.905 thẻ)", "136.905", 136905, "count", "thẻ", location="TP Hồ Chí Minh",
      subject="thẻ căn cước cấp", period=INM),
    F("Thanh Hóa (62.418 thẻ)", "62.418", 62418, "count", "thẻ", location="Thanh Hóa",
      subject="thẻ căn cước cấp", period=INM),
    F("Nghệ An (58.377 thẻ)", "58.377", 58377, "count", "thẻ", location="Nghệ An",
      subject="thẻ căn cước cấp", period=INM),
    F("xếp thứ 1 toàn quốc", "1", 1, "rank", "hạng", location="Hà Nội",
      subject="số tài khoản định danh điện tử được kích hoạt"),
    F("khoảng 3 triệu trẻ em", "3", 3000000, "count", "trẻ em", approx="about", status="target",
      subject="trẻ em dưới 14 tuổi được cấp thẻ căn cước",
      period=P("đến hết năm 2024", None, "2024-12-31")),
    F("trẻ em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("từ 15 đến 20%", "15", 15, "percent", "%", value_max=20, status="forecast",
      subject="mức tăng lượng hồ sơ đề nghị cấp thẻ căn cước",
      period=P("trong quý IV/2024", "2024-10-01", "2024-12-31")),
]

COMMENTS = [
    "Bộ Công an portal, national (Việt Nam). Dateline 'Ngày đăng: 05/08/2024'. 'Lượt xem: 4.108', 'Nghị định số 70/2024/NĐ-CP',",
    "'Số 44 Yết Kiêu, Hoàn Kiếm, Hà Nội' (the ministry's address) and 'tháng đầu tiên' are not figures; the address localises nothing.",
    "'tăng lần lượt 8,3% và 11,6%' distributes one change to each of the two counts before it.",
    "The province list gives each item its place as location; 'trong tháng' = tháng 7/2024 (monthly report). 'tháng 6/2024' is a baseline only.",
    "revised: headline subject was 'thẻ căn cước cấp sau một tháng thi hành Luật Căn cước'; the time frame is not the indicator.",
    "'tăng từ 15 đến 20%' with no base amount is a percent figure (forecast) without a change object.",
]

build("p934-4", TEXT, FIGS, COMMENTS, published="2024-08-05", location="Việt Nam")
