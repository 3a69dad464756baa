from lib import F, P, write

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ
Tin hoạt động > Văn hóa - Thông tin

Mường Nhé: Loa thông minh đưa tin đến từng bản

Sáu tháng đầu năm 2024, Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình huyện Mường Nhé đã phối hợp với UBND các xã duy trì tốt hoạt động của hệ thống truyền thanh cơ sở, góp phần đưa chủ trương, chính sách đến đồng bào vùng biên.

Hiện toàn huyện có 11 đài truyền thanh xã với 64 cụm loa, trong đó có 38 cụm loa thông minh được điều khiển qua mạng 4G. Hệ thống loa đã phủ tới 98/118 bản, tăng 9 bản so với cuối năm 2023.

Trong 6 tháng, Trung tâm biên tập, phát sóng 1.024 tin, bài, đạt 53,9% kế hoạch năm; tiếp âm gần 2.200 giờ chương trình của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình tỉnh Điện Biên. Tổng thời lượng phát thanh bằng tiếng dân tộc đạt 4.560 phút, tăng 8,2% so với 6 tháng đầu năm 2023, trong đó tiếng Mông 2.730 phút, tiếng Thái 1.140 phút, tiếng Hà Nhì 690 phút.

Nội dung tuyên truyền tập trung vào phòng, chống mua bán người, xuất cảnh trái phép, tảo hôn và hôn nhân cận huyết thống; có 126 tin, bài về bảo vệ chủ quyền, an ninh biên giới.

Năm 2024, huyện được phân bổ 2,35 tỷ đồng từ Chương trình mục tiêu quốc gia 1719 (Dự án 10) để lắp đặt thêm 26 cụm loa thông minh. Theo đơn vị cung cấp, mỗi cụm loa có giá từ 35 đến 42 triệu đồng/cụm, tùy khoảng cách tới trạm phát sóng.

Mọi thông tin xin liên hệ Trung tâm, địa chỉ tổ dân phố 3, thị trấn Mường Nhé; điện thoại 0215.3711.205.

Thu Hà - Trung tâm VH-TT&TT-TH huyện
08/07/2024
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
H1s = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("có 11 đài", "11", "count", "đài truyền thanh xã", "đài truyền thanh xã", period=H1),
    F("với 64 cụm loa", "64", "count", "cụm loa", "cụm loa", period=H1),
    F("có 38 cụm loa", "38", "count", "cụm loa thông minh", "cụm loa thông minh được điều khiển qua mạng 4G",
      total=64, period=H1),
    F("phủ tới 98/118 bản", "98", "count", "bản", "bản được hệ thống loa phủ tới", total=118,
      change={"direction": "increase", "value": 9, "unit": "bản", "baseline": "cuối năm 2023"}, period=H1),
    F("phát sóng 1.024 tin, bài", "1.024", "count", "tin, bài", "tin, bài biên tập, phát sóng", percent=53.9, period=H1s),
    F("gần 2.200 giờ", "2.200", "measure", "giờ", "chương trình tiếp âm của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình tỉnh",
      approx="nearly", period=H1s),
    F("đạt 4.560 phút", "4.560", "measure", "phút", "tổng thời lượng phát thanh bằng tiếng dân tộc",
      change={"direction": "increase", "value": 8.2, "unit": "%", "baseline": "6 tháng đầu năm 2023"}, period=H1),
    F("tiếng Mông 2.730 phút", "2.730", "measure", "phút", "thời lượng phát thanh tiếng Mông", total=4560, period=H1),
    F("tiếng Thái 1.140 phút", "1.140", "measure", "phút", "thời lượng phát thanh tiếng Thái", total=4560, period=H1),
    F("tiếng Hà Nhì 690 phút", "690", "measure", "phút", "thời lượng phát thanh tiếng Hà Nhì", total=4560, period=H1),
    F("có 126 tin, bài", "126", "count", "tin, bài", "tin, bài về bảo vệ chủ quyền, an ninh biên giới", period=H1),
    F("phân bổ 2,35 tỷ đồng", "2,35", "money", "đồng", "kinh phí phân bổ từ Chương trình mục tiêu quốc gia 1719", period=Y24),
    F("thêm 26 cụm loa", "26", "count", "cụm loa thông minh", "cụm loa thông minh lắp đặt thêm", period=Y24),
    F("từ 35 đến 42 triệu đồng", "35", "money", "đồng/cụm", "giá mỗi cụm loa", value=35e6, value_max=42e6),
]

write("p358-2", [
    "District portal (Trang TTĐT huyện Mường Nhé, Điện Biên): truyền thanh cơ sở 6 tháng đầu năm 2024. Bare date '08/07/2024' at the end after the byline.",
    "Distractors: 'Chương trình mục tiêu quốc gia 1719', 'Dự án 10', '4G', 'tổ dân phố 3', phone 0215.3711.205, 'cuối năm 2023' (a baseline).",
    "'98/118 bản, tăng 9 bản so với cuối năm 2023': count with total and change in unit bản. 'đạt 53,9% kế hoạch năm': the count's percent.",
    "Language minutes after 'trong đó' add up to 4.560: total. The 'Tổng thời lượng' sentence has no period of its own (inherited from the lead).",
    "The price range of a cụm loa has no period (a price, not a period quantity); unit 'đồng/cụm'. Location: the district Mường Nhé.",
], TEXT, figs, published="2024-07-08", location="Mường Nhé")
