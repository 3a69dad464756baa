"""p503-8: commune portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng), fibre, VNeID, digital teams, dossiers, QR at the market."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA TIẾN
Huyện Hòa Vang - Thành phố Đà Nẵng

Hòa Tiến: 97% hộ gia đình có kết nối cáp quang

Ngày đăng: 22/05/2025 | Người đăng: Văn phòng - Thống kê | Lượt xem: 312

Sau hơn hai năm xây dựng mô hình "xã chuyển đổi số", đến cuối tháng 4/2025, xã Hòa Tiến có 3.512/3.620 hộ gia đình có kết nối Internet cáp quang, đạt 97%; 9.846 người dân đã kích hoạt tài khoản định danh điện tử mức độ 2, tăng 1.204 người so với cuối năm 2024.

Xã thành lập 11 tổ công nghệ số cộng đồng ở 11 thôn với 58 thành viên; từ đầu năm đến nay, các tổ đã hỗ trợ 2.316 lượt người dân nộp hồ sơ trực tuyến. Xã hỗ trợ 200.000 đồng/thành viên/tháng để các tổ duy trì hoạt động.

4 tháng đầu năm 2025, Bộ phận Một cửa xã tiếp nhận 1.487 hồ sơ, trong đó 1.263 hồ sơ trực tuyến toàn trình, chiếm 84,9%; tỷ lệ giải quyết đúng hạn đạt 100%.

Tại chợ Hòa Tiến, 146/152 hộ kinh doanh đã dùng mã QR để nhận tiền; 100% người có công và đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản ngân hàng. Ông Lê Văn Thành, Chủ tịch UBND xã, cho biết năm 2025 xã phấn đấu 90% người trưởng thành có tài khoản thanh toán và 100% hồ sơ thủ tục hành chính được số hóa.

Trụ sở: thôn Lệ Sơn 1, xã Hòa Tiến, huyện Hòa Vang (cạnh Quốc lộ 14B). Điện thoại: 0236.3846.221
"""

ASOF = P("đến cuối tháng 4/2025", end="2025-04-30")
YTD = P("từ đầu năm đến nay", "2025-01-01", "2025-05-22")
M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hòa Tiến: 97%", "97", 97, "percent", "%", "hộ gia đình có kết nối cáp quang"),
    F("có 3.512/3.620 hộ", "3.512", 3512, "count", "hộ gia đình", "hộ gia đình có kết nối Internet cáp quang", ASOF,
      total=3620, percent=97),
    F("9.846 người dân", "9.846", 9846, "count", "người dân", "người dân đã kích hoạt tài khoản định danh điện tử mức độ 2",
      ASOF, change=CH("increase", 1204, "người", "cuối năm 2024")),
    F("lập 11 tổ", "11", 11, "count", "tổ", "tổ công nghệ số cộng đồng"),
    F("ở 11 thôn", "11", 11, "count", "thôn", "thôn có tổ công nghệ số cộng đồng"),
    F("với 58 thành viên", "58", 58, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng"),
    F("hỗ trợ 2.316 lượt", "2.316", 2316, "count", "lượt người dân", "lượt người dân được hỗ trợ nộp hồ sơ trực tuyến", YTD),
    F("200.000 đồng/thành viên", "200.000", 200000, "money", "đồng/thành viên/tháng",
      "kinh phí xã hỗ trợ tổ công nghệ số cộng đồng"),
    F("tiếp nhận 1.487 hồ sơ", "1.487", 1487, "count", "hồ sơ", "hồ sơ Bộ phận Một cửa xã tiếp nhận", M4),
    F("trong đó 1.263 hồ sơ", "1.263", 1263, "count", "hồ sơ", "hồ sơ trực tuyến toàn trình", M4, total=1487, percent=84.9),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ giải quyết đúng hạn", M4),
    F("146/152 hộ", "146", 146, "count", "hộ kinh doanh", "hộ kinh doanh tại chợ Hòa Tiến dùng mã QR để nhận tiền",
      total=152),
    F("100% người có công", "100", 100, "percent", "%",
      "người có công và đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản ngân hàng"),
    F("phấn đấu 90%", "90", 90, "percent", "%", "người trưởng thành có tài khoản thanh toán", Y25, status="target"),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ thủ tục hành chính được số hóa", Y25, status="target"),
]

COMMENTS = [
    "Commune portal (xã Hòa Tiến, huyện Hòa Vang, Đà Nẵng; invented): 'Ngày đăng: 22/05/2025 | ... | Lượt xem: 312'.",
    "Location: a commune is below the spec's province/city/district level, so every figure is located in the district, Hòa Vang.",
    "'từ đầu năm đến nay' ends at the dateline. Headline has no period phrase. '200.000 đồng/thành viên/tháng' is a money rate.",
    "Distractors: Lượt xem: 312, 'hơn hai năm' (duration), 'mức độ 2', 'thôn Lệ Sơn 1', 'Quốc lộ 14B', 0236.3846.221, 'tháng 4/2025'.",
]

if __name__ == "__main__":
    emit("p503-8", TEXT, COMMENTS, FIGS, published="2025-05-22", location="Hòa Vang")
