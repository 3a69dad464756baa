"""p1085-4: Bộ TN&MT site, national results of first-time certification to end-2023."""
from lib import F, P, I, C, build

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ » Tin tức » Đất đai

Cả nước đã cấp giấy chứng nhận lần đầu đạt 97,6% diện tích cần cấp

Ngày đăng: 06/03/2024 | Lượt xem: 3.417

Theo Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến hết năm 2023, cả nước đã cấp khoảng 98,1 triệu giấy chứng nhận quyền sử dụng đất lần đầu với tổng diện tích 23,1 triệu ha, đạt 97,6% tổng diện tích cần cấp. Trong đó, đất sản xuất nông nghiệp đạt 96,8%, đất lâm nghiệp đạt 98,4%, đất ở đô thị đạt 97,3% và đất chuyên dùng đạt 89,5%.

Riêng năm 2023, các địa phương cấp mới gần 1,2 triệu giấy chứng nhận lần đầu, giảm 6,5% so với năm 2022. Có 47/63 tỉnh, thành phố đạt tỷ lệ cấp giấy trên 98%; các địa phương có tỷ lệ thấp nhất là Hà Nội, Đồng Nai và Kiên Giang, lần lượt đạt 91,2%, 92,5% và 93,7%.

Về xây dựng cơ sở dữ liệu đất đai, đến nay đã có 471/705 đơn vị hành chính cấp huyện hoàn thành và đưa vào vận hành, tăng 39 đơn vị so với cuối năm 2022; 23 tỉnh, thành phố đã kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06.

Cục cho biết, cả nước còn khoảng 1,4 triệu thửa đất chưa được cấp giấy, chủ yếu do tranh chấp, lấn chiếm hoặc người sử dụng đất chưa có nhu cầu. Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua ngày 18/01/2024 sẽ tháo gỡ nhiều vướng mắc về nguồn gốc đất. Mục tiêu đến năm 2025, hoàn thành cấp giấy chứng nhận lần đầu cho 100% diện tích đủ điều kiện; dự kiến năm 2024 cấp thêm khoảng 900 nghìn giấy.

Địa chỉ: Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

END23 = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Riêng năm 2023", "2023-01-01", "2023-12-31")
NOW = P("đến nay", None, "2024-03-06")

FIGS = [
    F("lần đầu đạt 97,6%", "97,6", 97.6, "percent", "%", "tỷ lệ diện tích đã cấp giấy chứng nhận lần đầu"),
    F("khoảng 98,1 triệu giấy", "98,1", 98.1e6, "count", "giấy chứng nhận",
      "giấy chứng nhận quyền sử dụng đất lần đầu đã cấp", END23, approx="about"),
    F("diện tích 23,1 triệu ha", "23,1", 23.1e6, "measure", "ha", "tổng diện tích đã cấp giấy chứng nhận lần đầu",
      END23, percent=97.6),
    F("nông nghiệp đạt 96,8%", "96,8", 96.8, "percent", "%",
      "tỷ lệ diện tích đất sản xuất nông nghiệp đã cấp giấy chứng nhận lần đầu", I(END23)),
    F("lâm nghiệp đạt 98,4%", "98,4", 98.4, "percent", "%",
      "tỷ lệ diện tích đất lâm nghiệp đã cấp giấy chứng nhận lần đầu", I(END23)),
    F("đô thị đạt 97,3%", "97,3", 97.3, "percent", "%",
      "tỷ lệ diện tích đất ở đô thị đã cấp giấy chứng nhận lần đầu", I(END23)),
    F("chuyên dùng đạt 89,5%", "89,5", 89.5, "percent", "%",
      "tỷ lệ diện tích đất chuyên dùng đã cấp giấy chứng nhận lần đầu", I(END23)),
    F("gần 1,2 triệu giấy", "1,2", 1.2e6, "count", "giấy chứng nhận", "giấy chứng nhận lần đầu cấp mới", Y23,
      approx="nearly", change=C("decrease", 6.5, "%", "năm 2022")),
    F("Có 47/63 tỉnh", "47", 47, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ cấp giấy trên 98%",
      total=63),
    F("cấp giấy trên 98%", "98", 98, "percent", "%", "tỷ lệ cấp giấy", approx="over", optional=True),
    F("lần lượt đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ cấp giấy", location="Hà Nội"),
    F("91,2%, 92,5%", "92,5", 92.5, "percent", "%", "tỷ lệ cấp giấy", location="Đồng Nai"),
    F("và 93,7%", "93,7", 93.7, "percent", "%", "tỷ lệ cấp giấy", location="Kiên Giang"),
    F("có 471/705 đơn vị", "471", 471, "count", "đơn vị hành chính cấp huyện",
      "đơn vị hành chính cấp huyện hoàn thành cơ sở dữ liệu đất đai và đưa vào vận hành", NOW,
      total=705, change=C("increase", 39, "đơn vị", "cuối năm 2022")),
    F("23 tỉnh, thành phố", "23", 23, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", NOW),
    F("khoảng 1,4 triệu thửa đất", "1,4", 1.4e6, "count", "thửa đất", "thửa đất chưa được cấp giấy",
      approx="about"),
    F("cho 100% diện tích", "100", 100, "percent", "%",
      "diện tích đủ điều kiện hoàn thành cấp giấy chứng nhận lần đầu", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("khoảng 900 nghìn giấy", "900", 900e3, "count", "giấy", "giấy chứng nhận cấp thêm",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ TN&MT site: Cục Đăng ký và Dữ liệu thông tin đất đai - national first-time certification to end-2023, CSDL đất đai, targets.",
    "'Ngày đăng: 06/03/2024' gives published; 'Lượt xem: 3.417', 'Đề án 06', 'Luật Đất đai số 31/2024/QH15', 'ngày 18/01/2024',",
    "the address and phone are not figures. The headline 97,6% is a figure (no period in it); in the body '23,1 triệu ha, đạt 97,6%'",
    "the share is the area's percent attribute. Land-type shares after 'Trong đó' are percent figures (no total). 'trên 98%' is a",
    "category threshold (optional). The 'lần lượt' list: each item located at its province. '47/63' and '471/705' take totals;",
    "the 47/63 sentence has no period phrase of its own. 'đến nay' = as-of the dateline. 'Mục tiêu' -> target; 'dự kiến' -> forecast.",
]

build("p1085-4", TEXT, COMMENTS, FIGS, published="2024-03-06", location="Việt Nam")
