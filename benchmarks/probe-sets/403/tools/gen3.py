from lib import F, P, CH, TG, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẾN TRE
Tin tức > Trồng trọt - Bảo vệ thực vật

Bưởi da xanh vượt khó sau mùa hạn mặn
Ngày đăng: 18/04/2024 | Lượt xem: 1.127

Toàn tỉnh hiện có 10.875 ha bưởi da xanh, trong đó diện tích đang cho trái 8.930 ha. Quý I/2024, sản lượng bưởi thu hoạch ước đạt 41.200 tấn, giảm 3,6% so với cùng kỳ do ảnh hưởng của xâm nhập mặn. Năng suất bình quân đạt khoảng 19,5 tấn/ha.

Diện tích bưởi bị thiệt hại do hạn mặn là 1.246 ha, tập trung ở các huyện: Mỏ Cày Nam 412 ha, Giồng Trôm 385 ha, Châu Thành 260 ha và Ba Tri 189 ha. Trong đó, khoảng 320 ha bị thiệt hại trên 70%.

Đến nay, tỉnh đã được cấp 42 mã số vùng trồng bưởi da xanh phục vụ xuất khẩu sang Hoa Kỳ, Hà Lan, Nhật Bản và Úc, tổng diện tích hơn 1.580 ha. Từ đầu năm đến nay, các doanh nghiệp trên địa bàn đã xuất khẩu gần 2.300 tấn bưởi, trị giá khoảng 4,6 triệu USD.

Giá bưởi da xanh tại vườn hiện dao động từ 38.000 đến 45.000 đồng/kg đối với hàng loại 1, tăng khoảng 10.000 đồng/kg so với đầu năm; bưởi loại 2 giá 25.000 đồng/kg. Tại huyện Chợ Lách, giá cây bưởi giống từ 30.000-35.000 đồng/cây.

Theo Kế hoạch số 1550/KH-UBND, giai đoạn 2021-2025 tỉnh phấn đấu mở rộng diện tích bưởi da xanh lên 12.000 ha, sản lượng đạt 180.000 tấn/năm. Nhà vườn cần hỗ trợ kỹ thuật có thể liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 70 đường 30 Tháng 4, phường An Hội, TP Bến Tre; điện thoại 0275.3822.146.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1I = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
NOW = P("Đến nay", end="2024-04-18")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-18")
PLAN = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("hiện có 10.875 ha", "10.875", 10875, "measure", "ha", "diện tích bưởi da xanh"),
    F("cho trái 8.930 ha", "8.930", 8930, "measure", "ha", "diện tích bưởi da xanh đang cho trái",
      total=10875),
    F("ước đạt 41.200 tấn", "41.200", 41200, "measure", "tấn", "sản lượng bưởi thu hoạch",
      change=CH("decrease", 3.6, "%", "cùng kỳ"), status="estimate", period=Q1),
    F("khoảng 19,5 tấn/ha", "19,5", 19.5, "measure", "tấn/ha", "năng suất bưởi bình quân",
      approx="about", period=Q1I),
    F("là 1.246 ha", "1.246", 1246, "measure", "ha", "diện tích bưởi bị thiệt hại do hạn mặn",
      period=Q1I),
    F("Mỏ Cày Nam 412 ha", "412", 412, "measure", "ha", "diện tích bưởi bị thiệt hại do hạn mặn",
      total=1246, location="Mỏ Cày Nam", period=Q1I),
    F("Giồng Trôm 385 ha", "385", 385, "measure", "ha", "diện tích bưởi bị thiệt hại do hạn mặn",
      total=1246, location="Giồng Trôm", period=Q1I),
    F("Châu Thành 260 ha", "260", 260, "measure", "ha", "diện tích bưởi bị thiệt hại do hạn mặn",
      total=1246, location="Châu Thành", period=Q1I),
    F("Ba Tri 189 ha", "189", 189, "measure", "ha", "diện tích bưởi bị thiệt hại do hạn mặn",
      total=1246, location="Ba Tri", period=Q1I),
    F("khoảng 320 ha", "320", 320, "measure", "ha", "diện tích bưởi bị thiệt hại trên 70%",
      approx="about", total=1246, period=Q1I),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("cấp 42 mã số vùng trồng", "42", 42, "count", "mã số vùng trồng",
      "mã số vùng trồng bưởi da xanh phục vụ xuất khẩu", period=NOW),
    F("hơn 1.580 ha", "1.580", 1580, "measure", "ha", "tổng diện tích vùng trồng có mã số",
      approx="over", period=NOW),
    F("gần 2.300 tấn", "2.300", 2300, "measure", "tấn", "bưởi xuất khẩu", approx="nearly", period=YTD),
    F("khoảng 4,6 triệu USD", "4,6", 4.6e6, "money", "USD", "trị giá bưởi xuất khẩu", approx="about",
      period=YTD),
    F("từ 38.000 đến 45.000 đồng/kg", "38.000", 38000, "money", "đồng/kg",
      "giá bưởi da xanh loại 1 tại vườn", value_max=45000,
      change=CH("increase", 10000, "đồng/kg", "đầu năm", approx="about")),
    F("giá 25.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bưởi loại 2"),
    F("30.000-35.000 đồng/cây", "30.000", 30000, "money", "đồng/cây", "giá cây bưởi giống",
      value_max=35000, location="Chợ Lách"),
    F("lên 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích bưởi da xanh", status="target",
      period=PLAN),
    F("đạt 180.000 tấn/năm", "180.000", 180000, "measure", "tấn/năm", "sản lượng bưởi da xanh",
      status="target", period=PLAN),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Bến Tre): pomelo area, Q1/2024 harvest, salinity damage by district, export codes, garden prices, 2021-2025 plan.",
    "Dateline 'Ngày đăng: 18/04/2024 | Lượt xem: 1.127' (counter is page furniture). Distractors: Kế hoạch số 1550/KH-UBND, address 'số 70 đường 30 Tháng 4', phone, 'loại 1/2', 'TP Bến Tre' in the address.",
    "District list after ':' that follows the damaged area 1.246 ha: each item total 1246, location = district. 'Trong đó, khoảng 320 ha' after a sentence break: total 1246 (the figure the cue follows).",
    "'bị thiệt hại trên 70%' is a threshold in the defining clause: optional. 'Đến nay' = as-of the dateline (end 2024-04-18); 'Từ đầu năm đến nay' = 2024-01-01..2024-04-18.",
    "The opening stock figures ('hiện có 10.875 ha') have no period: the quarter is named only in the next sentence.",
    "'tăng khoảng 10.000 đồng/kg so với đầu năm' is the change of the loại 1 price range (approx about).",
]

write(3, TEXT, COMMENTS, FIGS, published="2024-04-18", location="Bến Tre")
