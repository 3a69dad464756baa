from lib import *

TEXT = """Thanh Hóa: Hạ tầng viễn thông 9 tháng năm 2024 tiếp tục phát triển
Cập nhật: 14:25 08/10/2024 | Lượt xem: 2.317

(Cổng TTĐT Thanh Hóa) - Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng năm 2024, tổng số thuê bao điện thoại di động trên địa bàn tỉnh ước đạt 3,86 triệu thuê bao, tăng 2,4% so với cùng kỳ năm 2023; trong đó thuê bao sử dụng điện thoại thông minh đạt 3,12 triệu, chiếm 80,8%. Số thuê bao Internet băng rộng cố định đạt 712.450 thuê bao, tăng 9,6% so với cùng kỳ.

Toàn tỉnh hiện có 9.845 trạm thu phát sóng di động (BTS), trong đó có 6.920 trạm 4G và 215 trạm 5G; 100% xã, phường, thị trấn đã được phủ sóng 4G. Doanh thu dịch vụ viễn thông ước đạt 2.148 tỷ đồng, bằng 76,5% kế hoạch năm, tăng 3,1% so với cùng kỳ.

Tính đến ngày 30/9/2024, tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng đạt 82,3%, vượt 2,3% so với chỉ tiêu kế hoạch (80%). Các địa phương có tỷ lệ cao là thành phố Thanh Hóa (96,2%), thị xã Nghi Sơn (91,4%), thành phố Sầm Sơn (89,7%); thấp nhất là huyện Mường Lát với 41,5%.

Thực hiện Quyết định số 1568/QĐ-UBND của UBND tỉnh, Sở đã phối hợp với các doanh nghiệp xóa 27 thôn, bản "lõm sóng" tại các huyện miền núi. Năm 2024, tỉnh phấn đấu phát triển thêm 500 trạm BTS 4G, 5G; nâng tỷ lệ người dân trưởng thành sử dụng điện thoại thông minh lên trên 85%.

Mọi ý kiến phản ánh về chất lượng dịch vụ xin gửi về Sở Thông tin và Truyền thông, số 43 đại lộ Lê Lợi, phường Điện Biên, điện thoại 0237.3852.104.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
D309 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D309i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 3,86 triệu thuê bao", "3,86", 3860000, "count", "thuê bao",
      "tổng số thuê bao điện thoại di động", status="estimate",
      change=C("increase", 2.4, "%", "cùng kỳ năm 2023"), period=M9),
    F("đạt 3,12 triệu", "3,12", 3120000, "count", "thuê bao",
      "thuê bao sử dụng điện thoại thông minh", total=3860000, percent=80.8, status="estimate", period=M9),
    F("đạt 712.450 thuê bao", "712.450", 712450, "count", "thuê bao",
      "thuê bao Internet băng rộng cố định", change=C("increase", 9.6, "%", "cùng kỳ"), period=M9i),
    F("có 9.845 trạm", "9.845", 9845, "count", "trạm", "trạm thu phát sóng di động (BTS)"),
    F("có 6.920 trạm 4G", "6.920", 6920, "count", "trạm", "trạm 4G", total=9845),
    F("và 215 trạm 5G", "215", 215, "count", "trạm", "trạm 5G", total=9845),
    F("; 100% xã, phường", "100", 100, "percent", "%", "xã, phường, thị trấn được phủ sóng 4G"),
    F("ước đạt 2.148 tỷ đồng", "2.148", 2148000000000, "money", "đồng", "doanh thu dịch vụ viễn thông",
      status="estimate", percent=76.5, change=C("increase", 3.1, "%", "cùng kỳ"), period=M9i),
    F("đạt 82,3%", "82,3", 82.3, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng",
      change=C("increase", 2.3, "%", "chỉ tiêu kế hoạch"), target=T(80, "%", True), period=D309),
    F("Thanh Hóa (96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang",
      location="Thanh Hóa", period=D309i),
    F("Nghi Sơn (91,4%)", "91,4", 91.4, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang",
      location="Nghi Sơn", period=D309i),
    F("Sầm Sơn (89,7%)", "89,7", 89.7, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang",
      location="Sầm Sơn", period=D309i),
    F("Mường Lát với 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ hộ gia đình có kết nối Internet cáp quang",
      location="Mường Lát", period=D309i),
    F("xóa 27 thôn", "27", 27, "count", "thôn, bản", "thôn, bản lõm sóng được xóa"),
    F("thêm 500 trạm", "500", 500, "count", "trạm", "trạm BTS 4G, 5G phát triển thêm", status="target", period=Y24),
    F("lên trên 85%", "85", 85, "percent", "%", "tỷ lệ người dân trưởng thành sử dụng điện thoại thông minh",
      approx="over", status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): telecom infrastructure, 9 months 2024. Dateline 'Cập nhật: 14:25 08/10/2024' + view counter.",
    "Distractors: time 14:25, 'Lượt xem: 2.317', 'Quyết định số 1568/QĐ-UBND', address 'số 43 đại lộ Lê Lợi', phone 0237.3852.104, '4G'/'5G'.",
    "'trong đó … 3,12 triệu, chiếm 80,8%' → total 3,86 triệu and share 80,8; the breakdown shares the lead's 'ước đạt' (as h28).",
    "'trong đó có 6.920 trạm 4G và 215 trạm 5G' → both parts of 9.845 trạm. 'hiện có' gives no datable period.",
    "'vượt 2,3% so với chỉ tiêu kế hoạch (80%)' → change (gap to plan) + target 80. District list takes the as-of 30/9/2024 (inherited).",
    "Second sentence of paragraph 1 and the revenue sentence inherit '9 tháng năm 2024'. 'Năm 2024, tỉnh phấn đấu' → status target.",
]

build("p404-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thanh Hóa")
