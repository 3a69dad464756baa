from lib import F, P, I, C, T, build

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hậu Lộc: Sản lượng mắm tôm 9 tháng đạt hơn 1.200 tấn
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của UBND huyện Hậu Lộc, 9 tháng đầu năm 2024, các hộ chế biến mắm tôm trên địa bàn huyện sản xuất được 1.248 tấn, đạt 78% kế hoạch năm, tăng 6,4% so với cùng kỳ năm 2023. Doanh thu từ nghề làm mắm ước đạt 86,5 tỷ đồng.

Toàn huyện hiện có 412 hộ chế biến mắm tôm, tập trung ở các xã ven biển: Hòa Lộc (186 hộ), Hải Lộc (124 hộ) và Minh Lộc (102 hộ). Nghề làm mắm tạo việc làm thường xuyên cho khoảng 1.100 lao động, thu nhập bình quân 6,5-7 triệu đồng/người/tháng. Cơ sở của ông Lê Văn Ba ở thôn 5, xã Hòa Lộc năm 2023 xuất bán khoảng 40 tấn mắm tôm đi các tỉnh phía Bắc.

Giá mắm tôm loại 1 tại cơ sở hiện dao động từ 80.000 đến 95.000 đồng/kg, cao hơn khoảng 10% so với đầu năm; mắm tôm loại 2 khoảng 55.000 đồng/kg.

Từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 96 lượt cơ sở, phát hiện 7 cơ sở vi phạm, xử phạt 42,5 triệu đồng; lấy 30 mẫu mắm tôm xét nghiệm nhanh, 100% mẫu đạt yêu cầu.

Thực hiện Quyết định số 2156/QĐ-UBND của UBND tỉnh về Chương trình OCOP, huyện hiện có 5 sản phẩm mắm tôm được công nhận OCOP, trong đó 1 sản phẩm đạt 4 sao và 4 sản phẩm đạt 3 sao.

Phấn đấu đến năm 2025, sản lượng mắm tôm toàn huyện đạt 1.800 tấn, có thêm 2 sản phẩm đạt chuẩn OCOP và 100% cơ sở chế biến được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm.
"""

Y9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 1.200 tấn", "1.200", 1200, "measure", "tấn", "sản lượng mắm tôm", approx="over",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("sản xuất được 1.248 tấn", "1.248", 1248, "measure", "tấn", "mắm tôm các hộ chế biến sản xuất",
      percent=78, change=C("increase", 6.4, "%", "cùng kỳ năm 2023"), period=Y9),
    F("ước đạt 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", "doanh thu từ nghề làm mắm",
      status="estimate", period=I(Y9)),
    F("có 412 hộ", "412", 412, "count", "hộ", "hộ chế biến mắm tôm"),
    F("Hòa Lộc (186 hộ)", "186", 186, "count", "hộ", "hộ chế biến mắm tôm", total=412),
    F("Hải Lộc (124 hộ)", "124", 124, "count", "hộ", "hộ chế biến mắm tôm", total=412),
    F("Minh Lộc (102 hộ)", "102", 102, "count", "hộ", "hộ chế biến mắm tôm", total=412),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động có việc làm thường xuyên từ nghề làm mắm",
      approx="about"),
    F("6,5-7 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động nghề làm mắm",
      value_max=7e6),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", "mắm tôm xuất bán của cơ sở ông Lê Văn Ba", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 80.000 đến", "80.000", 80000, "money", "đồng/kg", "giá mắm tôm loại 1 tại cơ sở", value_max=95000,
      change=C("increase", 10, "%", "đầu năm")),
    F("khoảng 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá mắm tôm loại 2", approx="about"),
    F("kiểm tra 96 lượt cơ sở", "96", 96, "count", "lượt cơ sở", "lượt cơ sở được Đoàn kiểm tra liên ngành kiểm tra",
      period=NOW),
    F("phát hiện 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở vi phạm", period=NOW),
    F("xử phạt 42,5 triệu đồng", "42,5", 42.5e6, "money", "đồng", "tiền xử phạt cơ sở vi phạm", period=NOW),
    F("lấy 30 mẫu", "30", 30, "count", "mẫu", "mẫu mắm tôm xét nghiệm nhanh", period=NOW),
    F("100% mẫu đạt", "100", 100, "percent", "%", "mẫu mắm tôm xét nghiệm nhanh đạt yêu cầu", period=NOW),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm mắm tôm được công nhận OCOP"),
    F("1 sản phẩm đạt 4 sao", "1", 1, "count", "sản phẩm", "sản phẩm mắm tôm OCOP đạt 4 sao", total=5),
    F("đạt 4 sao", "4", 4, "measure", "sao", optional=True),
    F("4 sản phẩm đạt 3 sao", "4", 4, "count", "sản phẩm", "sản phẩm mắm tôm OCOP đạt 3 sao", total=5),
    F("đạt 3 sao", "3", 3, "measure", "sao", optional=True),
    F("đạt 1.800 tấn", "1.800", 1800, "measure", "tấn", "sản lượng mắm tôm toàn huyện", status="target", period=TGT),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP có thêm", status="target", period=TGT),
    F("100% cơ sở chế biến", "100", 100, "percent", "%",
      "cơ sở chế biến được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", status="target", period=TGT),
]

COMMENTS = [
    "Thanh Hóa province portal: mắm tôm households of huyện Hậu Lộc, 9 tháng 2024 (invented, probe set 811).",
    "Distractors: 'Cập nhật: 14/10/2024 09:45', 'Lượt xem: 2.316', 'thôn 5', 'ông Lê Văn Ba', 'Quyết định số 2156/QĐ-UBND'.",
    "Headline '9 tháng' has no year: it takes published 2024. Commune list in brackets adds up to 412 (total).",
    "Location is the district Hậu Lộc throughout (communes lie in it). OCOP star ratings '4 sao'/'3 sao' are category labels: optional.",
]

build("p811-1", TEXT, FIGS, comments=COMMENTS, published="2024-10-14", location="Hậu Lộc")
