"""p864-6: national newspaper, Thiên Trường stadium (Nam Định) attendance and V.League stadiums, 11/2024."""
from lib import F, write, period, year, asof, change, target

TEXT = """Thể thao › Bóng đá
Thứ bảy, 16/11/2024, 08:15 (GMT+7)

Sân Thiên Trường đón gần 100.000 khán giả sau 6 trận

Sân Thiên Trường (Nam Định) tiếp tục là điểm đến đông khán giả nhất V.League 2024-2025 với 98.400 lượt người đến sân sau 6 trận sân nhà, trung bình 16.400 người/trận.

Theo Ban tổ chức giải, tổng số khán giả đến sân sau 8 vòng đấu đầu tiên đạt khoảng 412.000 lượt, tăng 11% so với cùng kỳ mùa trước; riêng sân Thiên Trường chiếm gần 24%. Nhiều trận đấu của Thép Xanh Nam Định diễn ra trong cảnh "cháy vé" dù giá vé không rẻ.

Sân Thiên Trường có sức chứa khoảng 20.000 chỗ ngồi, được tỉnh Nam Định đầu tư cải tạo năm 2022 với kinh phí 56 tỷ đồng, thay mới 19.500 ghế ngồi, lắp hệ thống đèn có độ rọi 2.000 lux và mở rộng bãi đỗ xe rộng 1,2 ha. Giá vé các trận sân nhà dao động từ 50.000 đến 100.000 đồng/vé; doanh thu bán vé mỗi trận ước đạt 1,1-1,3 tỷ đồng, gấp khoảng 2 lần mùa 2022.

Trong khi đó, nhiều sân vận động khác đang xuống cấp. Theo thống kê của Liên đoàn Bóng đá Việt Nam (VFF), trong 14 sân đang tổ chức V.League, có 9 sân được xây dựng trước năm 2000 và chỉ 3 sân đáp ứng tiêu chuẩn của AFC về hệ thống chiếu sáng. Bộ Văn hóa, Thể thao và Du lịch dự kiến đề xuất gói hỗ trợ khoảng 1.500 tỷ đồng để cải tạo các sân vận động cấp tỉnh giai đoạn 2026-2030.

Hải Đăng
"""

Y22 = year("năm 2022", 2022)
VN = "Việt Nam"

FIGS = [
    F("gần 100.000 khán giả", "100.000", 100000, "count", "khán giả", "khán giả sân Thiên Trường", approx="nearly"),
    F("với 98.400 lượt người", "98.400", 98400, "count", "lượt người", "lượt người đến sân Thiên Trường"),
    F("trung bình 16.400 người/trận", "16.400", 16400, "measure", "người/trận", "khán giả trung bình mỗi trận sân nhà"),
    F("khoảng 412.000 lượt", "412.000", 412000, "count", "lượt", "tổng số khán giả đến sân V.League", approx="about",
      change=change("increase", 11, "%", "cùng kỳ mùa trước"), location=VN),
    F("chiếm gần 24%", "24", 24, "percent", "%", "khán giả sân Thiên Trường trong tổng số khán giả V.League", approx="nearly"),
    F("khoảng 20.000 chỗ ngồi", "20.000", 20000, "count", "chỗ ngồi", "sức chứa sân Thiên Trường", approx="about"),
    F("kinh phí 56 tỷ đồng", "56", 56e9, "money", "đồng", "kinh phí cải tạo sân Thiên Trường", period=Y22),
    F("thay mới 19.500 ghế", "19.500", 19500, "count", "ghế ngồi", "ghế ngồi thay mới", period=Y22),
    F("độ rọi 2.000 lux", "2.000", 2000, "measure", "lux", "độ rọi hệ thống đèn", period=Y22),
    F("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích bãi đỗ xe mở rộng", period=Y22),
    F("từ 50.000 đến 100.000", "50.000", 50000, "money", "đồng/vé", "giá vé các trận sân nhà", value_max=100000),
    F("ước đạt 1,1-1,3 tỷ", "1,1", 1.1e9, "money", "đồng/trận", "doanh thu bán vé mỗi trận", value_max=1.3e9,
      change=change("increase", 2, "lần", "mùa 2022", approx="about"), status="estimate"),
    F("trong 14 sân", "14", 14, "count", "sân", "sân đang tổ chức V.League", location=VN),
    F("có 9 sân", "9", 9, "count", "sân", "sân được xây dựng trước năm 2000", total=14, location=VN),
    F("chỉ 3 sân", "3", 3, "count", "sân", "sân đáp ứng tiêu chuẩn của AFC về hệ thống chiếu sáng", total=14, location=VN),
    F("khoảng 1.500 tỷ đồng", "1.500", 1500e9, "money", "đồng", "gói hỗ trợ cải tạo các sân vận động cấp tỉnh", approx="about",
      status="forecast", period=period("giai đoạn 2026-2030", "2026-01-01", "2030-12-31"), location=VN),
]

COMMENTS = [
    "National newspaper (dateline 'Thứ bảy, 16/11/2024, 08:15 (GMT+7)'): Thiên Trường stadium attendance in V.League 2024-2025,",
    "its 2022 renovation, ticket prices and revenue; national figures on V.League stadiums (location Việt Nam).",
    "Not figures: 'V.League 2024-2025' (a season's name), 'sau 6 trận sân nhà', 'sau 8 vòng đấu đầu tiên' (they locate the counts",
    "in time), 'trước năm 2000', '08:15', '(GMT+7)'. The season has no calendar period: attendance figures get none.",
    "24% after 'riêng sân Thiên Trường chiếm' is Nam Định's share of the national 412.000: a percent figure of its own (location Nam Định).",
    "'trong 14 sân ..., có 9 sân' and 'chỉ 3 sân' take total 14. 'gấp khoảng 2 lần mùa 2022' is the change of the ticket revenue range.",
]

write("p864-6", TEXT, FIGS, COMMENTS, published="2024-11-16", location="Nam Định")
