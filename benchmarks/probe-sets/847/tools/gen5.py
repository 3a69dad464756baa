from lib import F, P, I, C, T, write

TEXT = """Hải Hậu: Giấm gạo truyền thống vươn ra thị trường

Từ một nghề phụ của các gia đình nấu rượu, nghề làm giấm gạo ở xã Hải Minh (huyện Hải Hậu) nay đã trở thành hướng làm giàu của nhiều hộ. Năm 2023, HTX Giấm gạo Hải Minh sản xuất 186.000 lít giấm, tăng 24% so với năm 2022; doanh thu đạt 4,6 tỷ đồng, lợi nhuận khoảng 720 triệu đồng.

Ông Trần Văn Bảy, Giám đốc HTX cho biết, để làm ra một lít giấm cần khoảng 0,3 kg gạo nếp cái hoa vàng và thời gian lên men từ 45 đến 60 ngày. HTX hiện có 27 thành viên, liên kết với 64 hộ trong xã; mỗi năm thu mua hơn 55 tấn gạo nếp của nông dân địa phương với giá cao hơn thị trường 1.000 đồng/kg. Giá giấm bán lẻ là 28.000 đồng/chai 500 ml.

Sản phẩm giấm gạo Hải Minh được công nhận OCOP 4 sao từ năm 2022, hiện có mặt tại hơn 60 cửa hàng, siêu thị. Riêng 5 tháng đầu năm 2024, HTX đã xuất bán 92.000 lít, bằng 45% kế hoạch năm. Tháng 4 vừa qua, HTX lần thứ 3 tham gia hội chợ OCOP khu vực phía Bắc và lần đầu xuất khẩu 3 container giấm sang Hàn Quốc với kim ngạch khoảng 48.000 USD.

Theo UBND huyện Hải Hậu, toàn huyện hiện có 9 cơ sở sản xuất giấm gạo, nước tương với tổng công suất trên 400.000 lít/năm. Huyện đặt mục tiêu đến năm 2025 có thêm 2 sản phẩm giấm, tương đạt OCOP 3 sao trở lên và nâng giá trị sản xuất nhóm ngành này lên 15 tỷ đồng.

Bài, ảnh: Ngọc Lan
15/06/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("sản xuất 186.000 lít", "186.000", 186000, "measure", "lít", "sản lượng giấm của HTX Giấm gạo Hải Minh", Y23,
      change=C("increase", 24, "%", "năm 2022")),
    F("đạt 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "doanh thu của HTX", Y23),
    F("khoảng 720 triệu đồng", "720", 720e6, "money", "đồng", "lợi nhuận của HTX", Y23, approx="about"),
    F("khoảng 0,3 kg", "0,3", 0.3, "measure", "kg", "gạo nếp cái hoa vàng cần cho một lít giấm", approx="about"),
    F("từ 45 đến 60 ngày", "45", 45, "measure", "ngày", "thời gian lên men giấm", value_max=60),
    F("có 27 thành viên", "27", 27, "count", "thành viên", "thành viên HTX"),
    F("với 64 hộ", "64", 64, "count", "hộ", "hộ liên kết với HTX"),
    F("hơn 55 tấn", "55", 55, "measure", "tấn", "gạo nếp HTX thu mua mỗi năm", approx="over"),
    F("thị trường 1.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá thu mua gạo nếp cao hơn thị trường"),
    F("là 28.000 đồng/chai", "28.000", 28000, "money", "đồng/chai", "giá giấm bán lẻ"),
    F("chai 500 ml", "500", 500, "measure", "ml", "dung tích chai giấm", optional=True),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("hơn 60 cửa hàng", "60", 60, "count", "cửa hàng", "cửa hàng, siêu thị có bán giấm gạo Hải Minh",
      approx="over"),
    F("xuất bán 92.000 lít", "92.000", 92000, "measure", "lít", "giấm HTX xuất bán", M5, percent=45),
    F("xuất khẩu 3 container", "3", 3, "count", "container", "container giấm xuất khẩu sang Hàn Quốc",
      P("Tháng 4 vừa qua", "2024-04-01", "2024-04-30")),
    F("khoảng 48.000 USD", "48.000", 48000, "money", "USD", "kim ngạch xuất khẩu giấm",
      P("Tháng 4 vừa qua", "2024-04-01", "2024-04-30"), approx="about"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất giấm gạo, nước tương"),
    F("trên 400.000 lít/năm", "400.000", 400000, "measure", "lít/năm", "tổng công suất các cơ sở", approx="over"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm giấm, tương đạt OCOP 3 sao trở lên", T25,
      status="target"),
    F("OCOP 3 sao trở lên", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("lên 15 tỷ đồng", "15", 15e9, "money", "đồng", "giá trị sản xuất nhóm ngành giấm gạo, nước tương", T25,
      status="target"),
]

write("p847-5", TEXT, [
    "Báo Nam Định: HTX Giấm gạo Hải Minh (xã Hải Minh, huyện Hải Hậu); byline and bare date '15/06/2024' at the end.",
    "Location Hải Hậu throughout (Hàn Quốc is a trade partner, not a place of the figure). 'ông Trần Văn Bảy', 'một lít'",
    "(the denominator of 0,3 kg), 'lần thứ 3' (ordinal), 'năm 2022' of the OCOP award are not figures.",
    "OCOP star ratings and the bottle size '500 ml' are optional. 'Tháng 4 vừa qua' = April 2024 (published June 2024).",
], FIGS, published="2024-06-15", location="Hải Hậu")
