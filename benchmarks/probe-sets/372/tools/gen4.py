from lib import F, P, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 12/6/2024, 10:35 (GMT+7)

Hơn 1.000 xe nông sản xếp hàng chờ xuất qua cửa khẩu phía Bắc

Các cửa khẩu Lạng Sơn thông quan 900-1.100 xe hàng/ngày, nhưng lượng xe đổ về tăng mạnh khi vào vụ sầu riêng khiến hàng trăm xe phải nằm chờ.

Theo Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, tính đến sáng 11/6, tại các bãi xe thuộc cửa khẩu Tân Thanh và Hữu Nghị còn tồn 1.126 xe hàng chờ xuất khẩu, trong đó hơn 700 xe chở sầu riêng, mít, thanh long. Từ ngày 1/6 đến 10/6, bình quân có 1.350 xe hàng/ngày đổ về, cao hơn 25% so với năng lực thông quan.

Tại Lào Cai, cửa khẩu quốc tế đường bộ số II Kim Thành thông quan bình quân 480 xe/ngày, riêng xe chở sầu riêng khoảng 150 xe/ngày. Tỉnh Quảng Ninh cho biết lượng xe qua cầu Bắc Luân II (TP Móng Cái) ổn định ở mức 200-250 xe/ngày.

Theo Bộ Công Thương, 5 tháng đầu năm 2024, xuất khẩu rau quả qua các cửa khẩu biên giới phía Bắc đạt khoảng 1,85 tỷ USD, chiếm 46% kim ngạch xuất khẩu rau quả cả nước. Riêng sầu riêng đạt 612 triệu USD, gấp 2,3 lần cùng kỳ năm ngoái. Thời gian thông quan một xe hàng nông sản hiện mất từ 2 đến 3 ngày, có thời điểm tới 5 ngày.

Cục Hải quan Lạng Sơn đã bố trí thêm 20 công chức, kéo dài thời gian làm việc đến 22h hằng ngày. Đơn vị khuyến cáo doanh nghiệp theo dõi thông tin trên ứng dụng "Cửa khẩu số" hoặc gọi đường dây nóng 1900 1560 trước khi đưa hàng lên cửa khẩu.

Minh Phương
"""

FIGS = [
    F("Hơn 1.000 xe", "1.000", 1000, "count", "xe", "xe nông sản xếp hàng chờ xuất qua cửa khẩu phía Bắc", approx="over"),
    F("900-1.100 xe hàng/ngày", "900", 900, "measure", "xe hàng/ngày", "xe hàng các cửa khẩu Lạng Sơn thông quan",
      value_max=1100, location="Lạng Sơn"),
    F("hàng trăm xe", "trăm", 100, "count", "xe", "xe phải nằm chờ", approx="about", optional=True),
    F("tồn 1.126 xe hàng", "1.126", 1126, "count", "xe hàng", "xe hàng chờ xuất khẩu còn tồn tại các bãi xe",
      P("tính đến sáng 11/6", None, "2024-06-11"), location="Lạng Sơn"),
    F("hơn 700 xe", "700", 700, "count", "xe", "xe chở sầu riêng, mít, thanh long",
      P("tính đến sáng 11/6", None, "2024-06-11"), approx="over", total=1126, location="Lạng Sơn"),
    F("có 1.350 xe hàng/ngày", "1.350", 1350, "measure", "xe hàng/ngày", "xe hàng đổ về bình quân",
      P("Từ ngày 1/6 đến 10/6", "2024-06-01", "2024-06-10"),
      change=CH("increase", 25, baseline="năng lực thông quan"), location="Lạng Sơn"),
    F("bình quân 480 xe/ngày", "480", 480, "measure", "xe/ngày",
      "xe thông quan qua cửa khẩu quốc tế đường bộ số II Kim Thành", location="Lào Cai"),
    F("khoảng 150 xe/ngày", "150", 150, "measure", "xe/ngày", "xe chở sầu riêng", approx="about", location="Lào Cai"),
    F("mức 200-250 xe/ngày", "200", 200, "measure", "xe/ngày", "lượng xe qua cầu Bắc Luân II", value_max=250,
      location="Móng Cái"),
    F("đạt khoảng 1,85 tỷ USD", "1,85", 1.85e9, "money", "USD",
      "xuất khẩu rau quả qua các cửa khẩu biên giới phía Bắc", P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31"),
      approx="about", percent=46, location="Việt Nam"),
    F("đạt 612 triệu USD", "612", 612e6, "money", "USD", "xuất khẩu sầu riêng",
      P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", inh=True),
      change=CH("increase", 2.3, "lần", "cùng kỳ năm ngoái"), location="Việt Nam"),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", "thời gian thông quan một xe hàng nông sản", value_max=3),
    F("tới 5 ngày", "5", 5, "measure", "ngày", "thời gian thông quan một xe hàng nông sản có thời điểm"),
    F("thêm 20 công chức", "20", 20, "count", "công chức", "công chức Cục Hải quan Lạng Sơn bố trí thêm",
      location="Lạng Sơn"),
]

COMMENTS = [
    "National online newspaper (VnExpress style): ùn ứ xe nông sản tại cửa khẩu phía Bắc, June 2024 (durian season).",
    "Dateline 'Thứ tư, 12/6/2024, 10:35 (GMT+7)'. Distractors: '(GMT+7)', 'số II Kim Thành', 'Bắc Luân II', '22h', hotline '1900 1560', dates 11/6, 1/6-10/6.",
    "No single place for the article: default location null; each figure takes its province/city (Lạng Sơn, Lào Cai, Móng Cái).",
    "'xuất khẩu rau quả qua các cửa khẩu biên giới phía Bắc' is a ministry total over a region: location Việt Nam (judgment call).",
    "'cao hơn 25% so với năng lực thông quan' is the change of the 1.350 xe/ngày; 'gấp 2,3 lần cùng kỳ' the change of 612 triệu USD.",
    "'hàng trăm xe' (vague) optional. 'tính đến sáng 11/6' is an as-of date (year from the dateline). Headline count has no period phrase.",
    "'riêng xe chở sầu riêng khoảng 150 xe/ngày': 'riêng' is not a part-of cue of FIGURES.md, so no total. Clearance times are measure/ngày.",
]

emit("p372-4", TEXT, COMMENTS, FIGS, published="2024-06-12", location=None)
