"""p934-1: Nghệ An province portal, 9 months 2024, chip-based ID cards, e-ID accounts, residence registration."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự
Nghệ An: Hơn 2,46 triệu thẻ căn cước đã được cấp cho công dân
Cập nhật: 14/10/2024 09:25 | Lượt xem: 2.317

Theo báo cáo của Công an tỉnh, 9 tháng đầu năm 2024, lực lượng Cảnh sát quản lý hành chính về trật tự xã hội toàn tỉnh đã tiếp nhận 186.420 hồ sơ đề nghị cấp thẻ căn cước, tăng 12,6% so với cùng kỳ năm 2023. Lũy kế đến 30/9/2024, Nghệ An đã cấp hơn 2,46 triệu thẻ căn cước công dân gắn chíp và thẻ căn cước, đạt 98,7% số công dân thuộc diện phải cấp.

Cũng trong 9 tháng, Công an tỉnh thu nhận 1.352.804 hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2, trong đó đã kích hoạt 1.127.650 tài khoản, chiếm 83,4%. Riêng từ ngày 1/7/2024 đến nay, khi Luật Căn cước số 26/2023/QH15 có hiệu lực, toàn tỉnh tiếp nhận 41.286 hồ sơ cấp thẻ căn cước, trong đó có 9.734 hồ sơ của trẻ em dưới 14 tuổi. Số thẻ căn cước cấp mới cả năm 2024 ước đạt 240.000 thẻ.

Về đăng ký cư trú, từ đầu năm đến nay, toàn tỉnh giải quyết 58.917 hồ sơ đăng ký thường trú và 24.605 hồ sơ đăng ký tạm trú; tỷ lệ hồ sơ nộp trực tuyến đạt 76,2%, cao hơn 18,5 điểm phần trăm so với năm 2023. Các địa phương có nhiều hồ sơ đăng ký thường trú nhất là TP Vinh (9.412 hồ sơ), thị xã Hoàng Mai (4.276 hồ sơ) và huyện Diễn Châu (3.958 hồ sơ).

Đến ngày 31/12/2024, Nghệ An phấn đấu cấp tài khoản định danh điện tử cho ít nhất 90% công dân từ đủ 14 tuổi trở lên và số hóa 100% hồ sơ đăng ký cư trú. Người dân cần hỗ trợ có thể gọi đường dây nóng 069.2878.222 hoặc đến trụ sở Phòng PC06 tại số 3 đường Trường Thi, TP Vinh.
"""

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
FROM7 = P("từ ngày 1/7/2024 đến nay", "2024-07-01", "2024-10-14")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
END = P("Đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("Hơn 2,46 triệu thẻ căn cước đã", "2,46", 2460000, "count", "thẻ căn cước", approx="over",
      subject="thẻ căn cước đã được cấp cho công dân"),
    F("tiếp nhận 186.420 hồ sơ", "186.420", 186420, "count", "hồ sơ",
      change=C("increase", 12.6, baseline="cùng kỳ năm 2023"),
      subject="hồ sơ đề nghị cấp thẻ căn cước tiếp nhận", period=Y9),
    F("cấp hơn 2,46 triệu thẻ", "2,46", 2460000, "count", "thẻ căn cước", approx="over", percent=98.7,
      subject="thẻ căn cước công dân gắn chíp và thẻ căn cước đã cấp",
      period=P("đến 30/9/2024", None, "2024-09-30")),
    F("thu nhận 1.352.804 hồ sơ", "1.352.804", 1352804, "count", "hồ sơ",
      subject="hồ sơ đề nghị cấp tài khoản định danh điện tử mức độ 2 thu nhận", period=M9),
    # accounts are not dossiers: no total (cf. shared gold h03)
    F("kích hoạt 1.127.650 tài khoản", "1.127.650", 1127650, "count", "tài khoản", percent=83.4,
      subject="tài khoản định danh điện tử đã kích hoạt", period=M9),
    F("tiếp nhận 41.286 hồ sơ", "41.286", 41286, "count", "hồ sơ",
      subject="hồ sơ cấp thẻ căn cước tiếp nhận", period=FROM7),
    F("có 9.734 hồ sơ", "9.734", 9734, "count", "hồ sơ", total=41286,
      subject="hồ sơ cấp thẻ căn cước của trẻ em dưới 14 tuổi", period=FROM7),
    F("trẻ em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("ước đạt 240.000 thẻ", "240.000", 240000, "count", "thẻ", status="estimate",
      subject="thẻ căn cước cấp mới", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("giải quyết 58.917 hồ sơ", "58.917", 58917, "count", "hồ sơ",
      subject="hồ sơ đăng ký thường trú giải quyết", period=YTD),
    F("và 24.605 hồ sơ", "24.605", 24605, "count", "hồ sơ",
      subject="hồ sơ đăng ký tạm trú giải quyết", period=YTD),
    F("trực tuyến đạt 76,2%", "76,2", 76.2, "percent", "%",
      change=C("increase", 18.5, "điểm phần trăm", "năm 2023"),
      subject="tỷ lệ hồ sơ đăng ký cư trú nộp trực tuyến", period=YTD),
    F("TP Vinh (9.412 hồ sơ)", "9.412", 9412, "count", "hồ sơ",
      subject="hồ sơ đăng ký thường trú", period=I(YTD), location="Vinh"),
    F("Hoàng Mai (4.276 hồ sơ)", "4.276", 4276, "count", "hồ sơ",
      subject="hồ sơ đăng ký thường trú", period=I(YTD), location="Hoàng Mai"),
    F("Diễn Châu (3.958 hồ sơ)", "3.958", 3958, "count", "hồ sơ",
      subject="hồ sơ đăng ký thường trú", period=I(YTD), location="Diễn Châu"),
    F("ít nhất 90% công dân", "90", 90, "percent", "%", approx="at_least", status="target",
      subject="công dân từ đủ 14 tuổi trở lên được cấp tài khoản định danh điện tử", period=END),
    F("từ đủ 14 tuổi", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
    F("số hóa 100% hồ sơ", "100", 100, "percent", "%", status="target",
      subject="hồ sơ đăng ký cư trú được số hóa", period=END),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: CCCD/thẻ căn cước, tài khoản ĐDĐT, đăng ký cư trú, 9 tháng 2024. Dateline 'Cập nhật: 14/10/2024 09:25'.",
    "Not figures: 'Lượt xem: 2.317', 'mức độ 2', 'Luật Căn cước số 26/2023/QH15', dates, phone 069.2878.222, 'số 3 đường Trường Thi'.",
    "1.127.650 tài khoản follows 'trong đó' after 1.352.804 hồ sơ but counts accounts, not dossiers: no total.",
    "'từ ngày 1/7/2024 đến nay' and 'từ đầu năm đến nay' end at the dateline; the district list inherits 'từ đầu năm đến nay'.",
]

build("p934-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Nghệ An")
