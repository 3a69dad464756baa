"""p546-2: huyện Thọ Xuân (Thanh Hóa) district portal — residence registration, căn cước, e-ID, 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Tin tức - Sự kiện

Thọ Xuân: Hơn 92% hồ sơ đăng ký cư trú được nộp trực tuyến
Thứ Năm, 22/08/2024 - 10:15

Từ đầu năm đến nay, Công an huyện Thọ Xuân đã tiếp nhận, giải quyết 6.842 hồ sơ đăng ký cư trú, tăng 1.215 hồ sơ so với cùng kỳ năm 2023. Trong đó, đăng ký thường trú 2.317 hồ sơ, đăng ký tạm trú 3.904 hồ sơ, xóa đăng ký thường trú 621 hồ sơ.

Tỷ lệ hồ sơ nộp trực tuyến đạt 92,6%, vượt 7,6% so với chỉ tiêu huyện giao (85%). Thời gian giải quyết một hồ sơ đăng ký thường trú được rút ngắn còn khoảng 3 ngày làm việc.

Về cấp căn cước, 7 tháng năm 2024, huyện đã thu nhận 9.476 hồ sơ, trong đó có 3.128 hồ sơ của trẻ em dưới 14 tuổi. Các địa phương có số hồ sơ thu nhận cao là xã Xuân Lập (812 hồ sơ), xã Thọ Lập (645 hồ sơ) và xã Xuân Hòa (590 hồ sơ). Công an huyện cũng tổ chức 26 buổi thu nhận lưu động tại nhà văn hóa thôn, phục vụ người cao tuổi và người khuyết tật.

Đến nay, toàn huyện đã kích hoạt 142.560 tài khoản định danh điện tử mức độ 2, đạt 89,3% số công dân từ 14 tuổi trở lên; 100% trụ sở Công an xã được lắp đặt thiết bị thu nhận. Kinh phí từ ngân sách huyện hỗ trợ các đợt cao điểm khoảng 450 triệu đồng.

Trụ sở Công an huyện: khu 5, thị trấn Thọ Xuân (cạnh Quốc lộ 47). Điện thoại: 0237.3832.113.

Lê Hương
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
M7 = P("7 tháng năm 2024", "2024-01-01", "2024-07-31")
NOW = P("Đến nay", None, "2024-08-22")
COMMUNE = "hồ sơ căn cước thu nhận"

FIGS = [
    F("Hơn 92% hồ sơ", "92", 92, "percent", "%", "hồ sơ đăng ký cư trú được nộp trực tuyến", I(YTD),
      approx="over"),
    F("giải quyết 6.842 hồ sơ", "6.842", 6842, "count", "hồ sơ", "hồ sơ đăng ký cư trú tiếp nhận, giải quyết",
      YTD, change=CH("increase", 1215, unit="hồ sơ", baseline="cùng kỳ năm 2023")),
    F("thường trú 2.317 hồ sơ", "2.317", 2317, "count", "hồ sơ", "hồ sơ đăng ký thường trú", I(YTD), total=6842),
    F("tạm trú 3.904 hồ sơ", "3.904", 3904, "count", "hồ sơ", "hồ sơ đăng ký tạm trú", I(YTD), total=6842),
    F("xóa đăng ký thường trú 621 hồ sơ", "621", 621, "count", "hồ sơ", "hồ sơ xóa đăng ký thường trú",
      I(YTD), total=6842),
    F("trực tuyến đạt 92,6%", "92,6", 92.6, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", I(YTD),
      change=CH("increase", 7.6, baseline="chỉ tiêu huyện giao"), target=TG(85, met=True)),
    F("khoảng 3 ngày làm việc", "3", 3, "measure", "ngày làm việc",
      "thời gian giải quyết một hồ sơ đăng ký thường trú", approx="about"),
    F("thu nhận 9.476 hồ sơ", "9.476", 9476, "count", "hồ sơ", "hồ sơ cấp căn cước thu nhận", M7),
    F("có 3.128 hồ sơ", "3.128", 3128, "count", "hồ sơ", "hồ sơ cấp căn cước của trẻ em dưới 14 tuổi", M7,
      total=9476),
    F("trẻ em dưới 14 tuổi", "14", 14, "measure", "tuổi", approx="under", optional=True),
    F("xã Xuân Lập (812 hồ sơ)", "812", 812, "count", "hồ sơ", COMMUNE, I(M7), location="Xuân Lập"),
    F("xã Thọ Lập (645 hồ sơ)", "645", 645, "count", "hồ sơ", COMMUNE, I(M7), location="Thọ Lập"),
    F("xã Xuân Hòa (590 hồ sơ)", "590", 590, "count", "hồ sơ", COMMUNE, I(M7), location="Xuân Hòa"),
    F("tổ chức 26 buổi", "26", 26, "count", "buổi", "buổi thu nhận lưu động tại nhà văn hóa thôn"),
    F("kích hoạt 142.560 tài khoản", "142.560", 142560, "count", "tài khoản định danh điện tử",
      "tài khoản định danh điện tử mức độ 2 được kích hoạt", NOW, percent=89.3),
    F("từ 14 tuổi trở lên", "14", 14, "measure", "tuổi", approx="at_least", optional=True),
    F("100% trụ sở Công an xã", "100", 100, "percent", "%",
      "trụ sở Công an xã được lắp đặt thiết bị thu nhận", NOW),
    F("khoảng 450 triệu đồng", "450", 450000000, "money", "đồng",
      "kinh phí từ ngân sách huyện hỗ trợ các đợt cao điểm", approx="about"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (district portal, Thanh Hóa): đăng ký cư trú, cấp căn cước, tài khoản định danh điện tử, 2024.",
    "Dateline 'Thứ Năm, 22/08/2024 - 10:15'; byline at the end. 'Từ đầu năm đến nay'/'Đến nay' end at the dateline.",
    "Not figures: 'mức độ 2', 'khu 5', 'Quốc lộ 47', phone '0237.3832.113'. Age thresholds 'dưới 14 tuổi'/'từ 14 tuổi trở lên' optional.",
    "Parts after 'Trong đó' (next sentence) take 6.842 as total. 92,6% carries the plan gap ('vượt 7,6% so với chỉ tiêu') as change, 85% as target.",
    "Choice: commune items (xã Xuân Lập …) take the commune as location (the place the figure describes); the rest is the district Thọ Xuân.",
]

if __name__ == "__main__":
    emit("p546-2", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Thọ Xuân")
