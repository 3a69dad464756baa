"""p1113-1: An Giang province portal - halal-certified firms, halal exports, Muslim visitors."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

An Giang: 27 doanh nghiệp được cấp chứng nhận Halal

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.318

Theo Sở Công Thương, tính đến ngày 30/6/2024, toàn tỉnh An Giang có 27 doanh nghiệp được cấp giấy chứng nhận Halal còn hiệu lực, tăng 6 doanh nghiệp so với cuối năm 2023. Trong đó, 15 doanh nghiệp chế biến thủy sản, 8 doanh nghiệp chế biến lương thực, thực phẩm và 4 doanh nghiệp sản xuất gia vị, nước chấm. Tổng số sản phẩm được chứng nhận là 312 sản phẩm, chiếm khoảng 18% số sản phẩm xuất khẩu chủ lực của tỉnh.

6 tháng đầu năm, kim ngạch xuất khẩu các mặt hàng có chứng nhận Halal đạt 86,4 triệu USD, tăng 12,5% so với cùng kỳ năm 2023, chiếm 14,2% tổng kim ngạch xuất khẩu toàn tỉnh. Trong đó, xuất sang Malaysia 31,2 triệu USD, Indonesia 18,6 triệu USD, Các Tiểu vương quốc Ả Rập Thống nhất 9,7 triệu USD.

Về du lịch, từ đầu năm đến nay, tỉnh đón khoảng 41.500 lượt khách quốc tế đến từ các quốc gia Hồi giáo, gấp 1,6 lần cùng kỳ, chủ yếu tham quan các làng Chăm dọc Quốc lộ 91C. Riêng huyện An Phú hiện có 8 thánh đường và 11 tiểu thánh đường, nơi sinh sống của gần 9.000 người Chăm theo đạo Hồi.

Để thu hút du khách, tỉnh đã hỗ trợ 5 nhà hàng tại TP. Châu Đốc bố trí phòng cầu nguyện và thực đơn Halal. Mức hỗ trợ của tỉnh tối đa 50 triệu đồng/cơ sở theo Nghị quyết số 14/2023/NQ-HĐND.

Phấn đấu đến năm 2025, toàn tỉnh có ít nhất 35 doanh nghiệp được chứng nhận Halal, kim ngạch xuất khẩu hàng Halal đạt 200 triệu USD/năm.
"""

ASOF = upto("tính đến ngày 30/6/2024", "2024-06-30")
H1 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-08-14")
T25 = upto("đến năm 2025", "2025-12-31")

FIGS = [
    F("An Giang: 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp được cấp chứng nhận Halal"),
    F("có 27 doanh nghiệp được cấp", "27", 27, "count", "doanh nghiệp",
      "doanh nghiệp được cấp giấy chứng nhận Halal còn hiệu lực",
      change=change("increase", 6, "doanh nghiệp", "cuối năm 2023"), period=ASOF),
    F("Trong đó, 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp",
      "doanh nghiệp chế biến thủy sản", total=27, period=inherit(ASOF)),
    F("8 doanh nghiệp chế biến lương thực", "8", 8, "count", "doanh nghiệp",
      "doanh nghiệp chế biến lương thực, thực phẩm", total=27, period=inherit(ASOF)),
    F("4 doanh nghiệp sản xuất gia vị", "4", 4, "count", "doanh nghiệp",
      "doanh nghiệp sản xuất gia vị, nước chấm", total=27, period=inherit(ASOF)),
    F("là 312 sản phẩm", "312", 312, "count", "sản phẩm",
      "sản phẩm được chứng nhận", percent=18, period=inherit(ASOF)),
    F("đạt 86,4 triệu USD", "86,4", 86_400_000, "money", "USD",
      "kim ngạch xuất khẩu các mặt hàng có chứng nhận Halal", percent=14.2,
      change=change("increase", 12.5, "%", "cùng kỳ năm 2023"), period=H1),
    F("Malaysia 31,2 triệu USD", "31,2", 31_200_000, "money", "USD",
      "kim ngạch xuất khẩu mặt hàng có chứng nhận Halal sang Malaysia", total=86_400_000,
      period=inherit(H1)),
    F("Indonesia 18,6 triệu USD", "18,6", 18_600_000, "money", "USD",
      "kim ngạch xuất khẩu mặt hàng có chứng nhận Halal sang Indonesia", total=86_400_000,
      period=inherit(H1)),
    F("Thống nhất 9,7 triệu USD", "9,7", 9_700_000, "money", "USD",
      "kim ngạch xuất khẩu mặt hàng có chứng nhận Halal sang Các Tiểu vương quốc Ả Rập Thống nhất",
      total=86_400_000, period=inherit(H1)),
    F("khoảng 41.500 lượt khách", "41.500", 41500, "count", "lượt khách",
      "lượt khách quốc tế đến từ các quốc gia Hồi giáo", approx="about",
      change=change("increase", 1.6, "lần", "cùng kỳ"), period=YTD),
    F("có 8 thánh đường", "8", 8, "count", "thánh đường", "thánh đường", location="An Phú"),
    F("11 tiểu thánh đường", "11", 11, "count", "tiểu thánh đường", "tiểu thánh đường",
      location="An Phú"),
    F("gần 9.000 người Chăm", "9.000", 9000, "count", "người", "người Chăm theo đạo Hồi",
      approx="nearly", location="An Phú"),
    F("hỗ trợ 5 nhà hàng", "5", 5, "count", "nhà hàng",
      "nhà hàng được hỗ trợ bố trí phòng cầu nguyện và thực đơn Halal", location="Châu Đốc"),
    F("tối đa 50 triệu đồng/cơ sở", "50", 50_000_000, "money", "đồng/cơ sở",
      "mức hỗ trợ của tỉnh", approx="at_most"),
    F("ít nhất 35 doanh nghiệp", "35", 35, "count", "doanh nghiệp",
      "doanh nghiệp được chứng nhận Halal", approx="at_least", status="target", period=T25),
    F("đạt 200 triệu USD/năm", "200", 200_000_000, "money", "USD/năm",
      "kim ngạch xuất khẩu hàng Halal", status="target", period=T25),
]

write_set("p1113-1", TEXT, FIGS, published="2024-08-14", location="An Giang", notes=[
    "An Giang province portal (breadcrumb, Cập nhật 14/08/2024 09:45 | Lượt xem): halal-certified firms, halal exports by market,",
    "Muslim visitors, mosques of An Phú, support to Châu Đốc restaurants, 2025 targets.",
    "Export partners are not places (location stays An Giang, partner in the subject). 'gấp 1,6 lần cùng kỳ' after a count = change in lần.",
    "Distractors: Lượt xem 2.318, 09:45, Quốc lộ 91C, Nghị quyết số 14/2023/NQ-HĐND, dates 30/6/2024, cuối năm 2023.",
])
