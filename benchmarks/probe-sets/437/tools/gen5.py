from lib import F, P, build

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 11/1/2024, 14:20 (GMT+7)

Xuất khẩu gạo năm 2023 lập kỷ lục

Lần đầu tiên, gạo Việt mang về hơn 4,6 tỷ USD trong một năm nhờ giá bán tăng mạnh và nhu cầu dự trữ lương thực của nhiều nước.

Số liệu của Tổng cục Thống kê công bố hôm 6/1 cho thấy, năm 2023 Việt Nam xuất khẩu 8,13 triệu tấn gạo, thu về 4,67 tỷ USD, cao nhất từ trước đến nay. So với năm 2022, lượng tăng 14,4%, còn kim ngạch tăng 35,3%. Giá xuất khẩu bình quân đạt 575 USD/tấn, tăng khoảng 90 USD/tấn so với năm trước.

Philippines vẫn là khách hàng lớn nhất với khoảng 3 triệu tấn, chiếm 36,9% thị phần. Indonesia đứng thứ hai với 1,16 triệu tấn, gấp 2,6 lần năm 2022; Trung Quốc đứng thứ ba với 0,92 triệu tấn.

Theo Hiệp hội Lương thực Việt Nam (VFA), năm 2023 có 178 doanh nghiệp đủ điều kiện kinh doanh xuất khẩu gạo, trong đó 10 doanh nghiệp lớn nhất chiếm hơn 40% lượng xuất khẩu. Ông Đỗ Hà Nam, Phó chủ tịch VFA, nhận định lợi thế của gạo Việt là chất lượng ổn định, giá cạnh tranh, thời gian giao hàng chỉ 7-10 ngày tới các nước Đông Nam Á.

Bộ Nông nghiệp và Phát triển nông thôn dự báo năm 2024 xuất khẩu gạo đạt khoảng 7,5-8 triệu tấn do nguồn cung trong nước giảm. Ngành lúa gạo phấn đấu giai đoạn 2021-2025 giữ kim ngạch bình quân trên 3,5 tỷ USD/năm. Theo Chiến lược phát triển thị trường xuất khẩu gạo, đến năm 2030 lượng gạo xuất khẩu giảm còn khoảng 4 triệu tấn, ưu tiên gạo thơm, gạo đặc sản và gạo từ Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp.

Anh Minh
"""

VN = "Việt Nam"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)

FIGS = [
    F("mang về hơn 4,6 tỷ USD", "4,6", 4600000000, "money", "USD", "gạo Việt mang về", approx="over", location=VN),
    F("xuất khẩu 8,13 triệu tấn gạo", "8,13", 8130000, "measure", "tấn", "gạo xuất khẩu", period=Y23, location=VN),
    F("thu về 4,67 tỷ USD", "4,67", 4670000000, "money", "USD", "kim ngạch xuất khẩu gạo", period=Y23, location=VN),
    F("lượng tăng 14,4%", "14,4", 14.4, "percent", "%", "lượng gạo xuất khẩu so với năm 2022", period=Y23i, location=VN),
    F("kim ngạch tăng 35,3%", "35,3", 35.3, "percent", "%", "kim ngạch xuất khẩu gạo so với năm 2022", period=Y23i, location=VN),
    F("đạt 575 USD/tấn", "575", 575, "money", "USD/tấn", "giá xuất khẩu bình quân",
      change={"direction": "increase", "value": 90, "unit": "USD/tấn", "approx": "about", "baseline": "năm trước"},
      period=Y23i, location=VN),
    F("khoảng 3 triệu tấn", "3", 3000000, "measure", "tấn", "gạo xuất khẩu sang Philippines", approx="about",
      percent=36.9, period=Y23i, location=VN),
    F("Indonesia đứng thứ hai", "hai", 2, "rank", "hạng", "khách hàng nhập khẩu gạo", period=Y23i, location=VN),
    F("với 1,16 triệu tấn", "1,16", 1160000, "measure", "tấn", "gạo xuất khẩu sang Indonesia",
      change={"direction": "increase", "value": 2.6, "unit": "lần", "baseline": "năm 2022"}, period=Y23i, location=VN),
    F("Trung Quốc đứng thứ ba", "ba", 3, "rank", "hạng", "khách hàng nhập khẩu gạo", period=Y23i, location=VN),
    F("với 0,92 triệu tấn", "0,92", 920000, "measure", "tấn", "gạo xuất khẩu sang Trung Quốc", period=Y23i, location=VN),
    F("có 178 doanh nghiệp", "178", 178, "count", "doanh nghiệp", "doanh nghiệp đủ điều kiện kinh doanh xuất khẩu gạo",
      period=Y23, location=VN),
    F("trong đó 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", "doanh nghiệp lớn nhất", total=178,
      period=Y23, location=VN, optional=True),
    F("chiếm hơn 40% lượng", "40", 40, "percent", "%", "tỷ trọng lượng xuất khẩu của 10 doanh nghiệp lớn nhất",
      approx="over", period=Y23, location=VN),
    F("chỉ 7-10 ngày", "7", 7, "measure", "ngày", "thời gian giao hàng", value_max=10, location=VN),
    F("khoảng 7,5-8 triệu tấn", "7,5", 7500000, "measure", "tấn", "xuất khẩu gạo", value_max=8000000,
      approx="about", status="forecast", period=P("năm 2024", "2024-01-01", "2024-12-31"), location=VN),
    F("trên 3,5 tỷ USD/năm", "3,5", 3500000000, "money", "USD/năm", "kim ngạch bình quân", approx="over",
      status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), location=VN),
    F("khoảng 4 triệu tấn", "4", 4000000, "measure", "tấn", "lượng gạo xuất khẩu", approx="about",
      status="target", period=P("đến năm 2030", None, "2030-12-31"), location=VN),
    F("Đề án 1 triệu ha", "1", 1000000, "measure", "ha", "lúa chất lượng cao, phát thải thấp",
      status="target", location=VN, optional=True),
]

COMMENTS = [
    "National press (business section), dateline 'Thứ năm, 11/1/2024, 14:20 (GMT+7)': record rice exports 2023, markets, VFA, outlook.",
    "'So với năm 2022, lượng tăng 14,4%, còn kim ngạch tăng 35,3%.' is its own sentence with its own subjects: two growth-rate percent",
    "figures (no change attribute on 8,13 triệu tấn / 4,67 tỷ USD). 'gấp 2,6 lần năm 2022' after 1,16 triệu tấn is its change (lần).",
    "'đứng thứ hai/thứ ba' are ranks of markets. '10 doanh nghiệp lớn nhất' is a 'top 10' label: optional. '7-10 ngày' is a measured delivery time (measure/ngày), not a period.",
    "'đến năm 2030 ... giảm còn khoảng 4 triệu tấn' states the new level (target, no change). 'Đề án 1 triệu ha ...' is a scheme name: optional.",
    "Subtitle 'hơn 4,6 tỷ USD trong một năm' is a figure without a stated period. Distractors: 'hôm 6/1', '(GMT+7)', 'Lần đầu tiên'.",
]

build("p437-5", TEXT, FIGS, COMMENTS, published="2024-01-11")
