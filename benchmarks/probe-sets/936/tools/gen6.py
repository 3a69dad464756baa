"""p936-6: national newspaper, TP Hồ Chí Minh illegal posters and blocked phone numbers, 2024."""
from lib import C, F, P, write

TEXT = """Thời sự
Thứ tư, 6/11/2024, 14:30 (GMT+7)

TP HCM khóa hơn 1.500 số điện thoại in trên quảng cáo rao vặt

Từ đầu năm đến nay, lực lượng chức năng các quận, huyện và TP Thủ Đức đã bóc, xóa hơn 1,2 triệu tờ quảng cáo rao vặt, gấp 1,5 lần cùng kỳ năm ngoái; Sở Thông tin và Truyền thông đã yêu cầu các nhà mạng khóa 1.536 số thuê bao.

Ông Nguyễn Văn Tám, Phó chánh Thanh tra Sở Văn hóa và Thể thao, cho biết trong 10 tháng, thanh tra sở đã xử phạt 164 tổ chức, cá nhân vi phạm về quảng cáo với tổng số tiền 2,35 tỷ đồng; tháo dỡ 87 bảng quảng cáo tấm lớn không phép, trong đó 52 bảng nằm ở TP Thủ Đức.

Theo ông Tám, người đi dán quảng cáo thường hoạt động ban đêm, được trả 150.000-200.000 đồng/buổi, mỗi buổi dán khoảng 500 tờ. Đường 3/2 (quận 10), Cách Mạng Tháng Tám (quận 3) và Nguyễn Trãi (quận 1) là những tuyến bị dán nhiều nhất.

Trong khi đó, giá thuê một vị trí bảng quảng cáo tấm lớn hợp pháp ở khu trung tâm dao động từ 40 đến 120 triệu đồng/tháng, khiến nhiều cơ sở nhỏ chọn cách rao vặt trái phép cho rẻ.

Theo Bộ Thông tin và Truyền thông, năm 2023 cả nước đã khóa khoảng 9.200 số thuê bao liên quan đến quảng cáo rao vặt trái phép, riêng TP HCM chiếm gần 17%.

Thành phố dự kiến đến cuối năm 2024 sẽ dùng hệ thống gọi tự động để chặn liên lạc tới 100% số thuê bao vi phạm. Sở Văn hóa và Thể thao cũng đặt mục tiêu giảm 30% lượng quảng cáo rao vặt tại khu trung tâm trong năm 2025.

Hà An
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-06")
M10 = P("trong 10 tháng", "2024-01-01", "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khóa hơn 1.500 số", "1.500", 1500, "count", "số điện thoại",
      "số điện thoại in trên quảng cáo rao vặt bị khóa", approx="over"),
    F("hơn 1,2 triệu tờ", "1,2", 1200000, "count", "tờ quảng cáo rao vặt",
      "tờ quảng cáo rao vặt bóc, xóa", approx="over",
      change=C("increase", 1.5, "lần", "cùng kỳ năm ngoái"), period=YTD),
    F("khóa 1.536 số thuê bao", "1.536", 1536, "count", "số thuê bao",
      "số thuê bao bị khóa", period=YTD),
    F("xử phạt 164 tổ chức", "164", 164, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân vi phạm về quảng cáo bị xử phạt", period=M10),
    F("tổng số tiền 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng",
      "tổng số tiền xử phạt", period=M10),
    F("tháo dỡ 87 bảng", "87", 87, "count", "bảng quảng cáo",
      "bảng quảng cáo tấm lớn không phép tháo dỡ", period=M10),
    F("trong đó 52 bảng", "52", 52, "count", "bảng",
      "bảng quảng cáo tấm lớn không phép tháo dỡ", total=87, location="Thủ Đức", period=M10),
    F("trả 150.000-200.000 đồng/buổi", "150.000", 150000, "money", "đồng/buổi",
      "tiền công dán quảng cáo", value_max=200000),
    F("khoảng 500 tờ", "500", 500, "count", "tờ",
      "tờ quảng cáo dán mỗi buổi", approx="about"),
    F("từ 40 đến 120 triệu đồng/tháng", "40", 40000000, "money", "đồng/tháng",
      "giá thuê một vị trí bảng quảng cáo tấm lớn hợp pháp ở khu trung tâm", value_max=120000000),
    F("khoảng 9.200 số thuê bao", "9.200", 9200, "count", "số thuê bao",
      "số thuê bao liên quan đến quảng cáo rao vặt trái phép bị khóa", approx="about",
      location="Việt Nam", period=Y23),
    F("chiếm gần 17%", "17", 17, "percent", "%",
      "tỷ lệ số thuê bao bị khóa", approx="nearly", period=Y23),
    F("tới 100% số thuê bao", "100", 100, "percent", "%",
      "số thuê bao vi phạm bị chặn liên lạc", status="forecast",
      period=P("đến cuối năm 2024", None, "2024-12-31")),
    F("giảm 30%", "30", 30, "percent", "%",
      "lượng quảng cáo rao vặt tại khu trung tâm giảm", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

write(6, TEXT, FIGS, location="TP Hồ Chí Minh", published="2024-11-06", notes=(
    "National newspaper, dateline 'Thứ tư, 6/11/2024, 14:30 (GMT+7)', byline at the end: TP HCM illegal posters and blocked numbers.",
    "'gấp 1,5 lần cùng kỳ năm ngoái' after a count is its change (1,5 lần). 'Từ đầu năm đến nay' ends at the dateline.",
    "'trong đó 52 bảng nằm ở TP Thủ Đức' -> total 87, location Thủ Đức. National 9.200 -> Việt Nam; 'riêng TP HCM chiếm gần 17%' is a percent figure of its own.",
    "Headline 'hơn 1.500 số điện thoại' is a figure with no period (a rounded restatement of 1.536).",
    "Distractors: đường 3/2, quận 10, quận 3, quận 1, Cách Mạng Tháng Tám, name 'Nguyễn Văn Tám', GMT+7.",
))
