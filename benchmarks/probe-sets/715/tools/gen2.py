from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAM LÂM
Trang chủ » Tin tức - Sự kiện » Kinh tế
Thứ Năm, 18/04/2024 - 14:20

Du lịch golf quý I/2024 tăng trưởng 21%

Quý I/2024, hai sân golf trên địa bàn huyện là KN Golf Links và sân golf Bãi Dài đã phục vụ khoảng 26.800 lượt khách, tăng 21% so với cùng kỳ năm 2023. Trong đó, khách quốc tế chiếm từ 60 đến 65%, chủ yếu đến từ Hàn Quốc, Nhật Bản và Trung Quốc. Doanh thu từ hoạt động golf ước đạt 148 tỷ đồng, bằng 27,4% kế hoạch năm.

Các sân golf hiện sử dụng 742 lao động, trong đó 518 lao động là người địa phương, gồm: xã Cam Hải Đông 236 người, xã Cam Hải Tây 147 người, xã Cam Thành Bắc 135 người. Thu nhập bình quân của nhân viên phục vụ sân (caddie) từ 9 đến 12 triệu đồng/người/tháng.

Trong quý, KN Golf Links đăng cai 3 giải golf, nổi bật là Giải Golf Doanh nhân Khánh Hòa lần thứ IV với 288 golfer tham dự, tổng giá trị giải thưởng hơn 2,5 tỷ đồng.

Theo UBND huyện, đến năm 2025 Cam Lâm phấn đấu thu hút 120.000 lượt khách chơi golf mỗi năm. Theo kế hoạch, huyện sẽ bổ sung vào quy hoạch 01 sân golf 18 hố tại xã Cam An Bắc, diện tích khoảng 110 ha, nằm phía tây Quốc lộ 1A.

Để phát triển bền vững, huyện đề nghị các chủ đầu tư ưu tiên tuyển dụng lao động địa phương, phối hợp tổ chức đào tạo nghề caddie và tham gia các chương trình xúc tiến du lịch golf của tỉnh.

Ban biên tập: số 01 đường Lê Duẩn, thị trấn Cam Đức. ĐT: 0258.3983.114
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
INQ = P("Trong quý", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tăng trưởng 21%", "21", 21, "percent", "%", "tăng trưởng du lịch golf",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("hai sân golf", "hai", 2, "count", "sân golf", "sân golf trên địa bàn huyện", Q1),
    F("khoảng 26.800 lượt khách", "26.800", 26800, "count", "lượt khách",
      "lượt khách các sân golf phục vụ", Q1, approx="about", change=CH("increase", 21, "%", "cùng kỳ năm 2023")),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ khách quốc tế", I(Q1), value_max=65),
    F("ước đạt 148 tỷ đồng", "148", 148000000000, "money", "đồng", "doanh thu từ hoạt động golf", I(Q1),
      percent=27.4, status="estimate"),
    F("sử dụng 742 lao động", "742", 742, "count", "lao động", "lao động các sân golf sử dụng"),
    F("518 lao động", "518", 518, "count", "lao động", "lao động là người địa phương", total=742),
    F("Cam Hải Đông 236 người", "236", 236, "count", "người", "lao động địa phương xã Cam Hải Đông", total=518),
    F("Cam Hải Tây 147 người", "147", 147, "count", "người", "lao động địa phương xã Cam Hải Tây", total=518),
    F("Cam Thành Bắc 135 người", "135", 135, "count", "người", "lao động địa phương xã Cam Thành Bắc", total=518),
    F("từ 9 đến 12 triệu", "9", 9000000, "money", "đồng/người/tháng",
      "thu nhập bình quân của nhân viên phục vụ sân (caddie)", value_max=12000000),
    F("đăng cai 3 giải golf", "3", 3, "count", "giải golf", "giải golf KN Golf Links đăng cai", INQ),
    F("288 golfer", "288", 288, "count", "golfer", "golfer tham dự Giải Golf Doanh nhân Khánh Hòa", INQ),
    F("hơn 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "tổng giá trị giải thưởng", INQ, approx="over"),
    F("thu hút 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", "lượt khách chơi golf mỗi năm",
      T25, status="target"),
    F("quy hoạch 01 sân golf", "01", 1, "count", "sân golf", "sân golf bổ sung vào quy hoạch", status="target"),
    F("sân golf 18 hố", "18", 18, "count", "hố", "quy mô sân golf bổ sung vào quy hoạch", status="target"),
    F("khoảng 110 ha", "110", 110, "measure", "ha", "diện tích sân golf bổ sung vào quy hoạch",
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cam Lâm (district portal, Khánh Hòa): golf tourism Q1/2024; dateline 'Thứ Năm, 18/04/2024 - 14:20'.",
    "Location: the district (Cam Lâm) throughout. The commune breakdown 'gồm: xã Cam Hải Đông 236 người, ...' adds up to 518 (total 518);",
    "communes are below the province/city/district level that FIGURES.md names for location, so the commune goes into the subject (choice).",
    "'hai sân golf' is a number word (count 2). 'bằng 27,4% kế hoạch năm' is the share of 148 tỷ. 'Trong quý' = Q1/2024 (scored).",
    "'Theo kế hoạch, huyện sẽ bổ sung vào quy hoạch 01 sân golf 18 hố ... khoảng 110 ha' -> target. 'đến năm 2025 ... phấn đấu' -> target.",
    "Distractors: 'lần thứ IV', 'Quốc lộ 1A', 'số 01 đường Lê Duẩn', phone 0258.3983.114, dateline time 14:20.",
]

emit("p715-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Cam Lâm")
