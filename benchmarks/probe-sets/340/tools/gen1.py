from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Trang chủ > Tin tức > Kinh tế

Đắk Lắk: Nghề nuôi ong giữ vững quy mô dù xuất khẩu khó khăn
Cập nhật: 14/11/2024 09:15 | Lượt xem: 2.317

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/10/2024, toàn tỉnh có 2.145 hộ nuôi ong với tổng đàn khoảng 412.000 đàn, tăng 6,8% so với cùng kỳ năm 2023; trong đó ong ngoại (Apis mellifera) 385.600 đàn, chiếm 93,6%, ong nội 26.400 đàn. Các địa phương có tổng đàn lớn là huyện Cư M'gar (86.500 đàn), Krông Búk (54.200 đàn), Ea Kar (47.800 đàn) và thị xã Buôn Hồ (39.100 đàn).

Sản lượng mật ong 10 tháng năm 2024 ước đạt 15.820 tấn, bằng 87,9% kế hoạch năm; cả năm dự kiến đạt khoảng 18.200 tấn, vượt kế hoạch 1,1%. Giá mật ong thu mua tại vườn hiện dao động từ 32.000 đến 38.000 đồng/kg, giảm khoảng 15% so với đầu năm.

Năm 2023, các doanh nghiệp trên địa bàn xuất khẩu 9.650 tấn mật ong, kim ngạch đạt 19,8 triệu USD; 9 tháng năm 2024 lượng xuất khẩu chỉ đạt 5.430 tấn, giảm 28,4% so với cùng kỳ. Nguyên nhân chủ yếu là thị trường Hoa Kỳ, nơi tiêu thụ trên 90% lượng mật xuất khẩu của tỉnh, vẫn duy trì thuế chống bán phá giá ở mức cao.

Thực hiện Quyết định số 2736/QĐ-UBND ngày 15/12/2021 của UBND tỉnh, giai đoạn 2021-2025 tỉnh phấn đấu duy trì tổng đàn ổn định từ 400.000 đến 450.000 đàn, 100% cơ sở nuôi ong quy mô trang trại được cấp mã số vùng nuôi.

Mọi chi tiết xin liên hệ: Chi cục Chăn nuôi và Thú y, số 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột; điện thoại: 0262.3852.179.
"""

ASOF = P("tính đến ngày 31/10/2024", None, "2024-10-31")
ASOF_I = P("tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
P10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 2.145 hộ", "2.145", 2145, "count", "hộ", "hộ nuôi ong", period=ASOF),
    F("khoảng 412.000 đàn", "412.000", 412000, "count", "đàn", "tổng đàn ong", approx="about",
      change=C("increase", 6.8, "%", "cùng kỳ năm 2023"), period=ASOF),
    F("(Apis mellifera) 385.600 đàn", "385.600", 385600, "count", "đàn", "đàn ong ngoại (Apis mellifera)",
      total=412000, percent=93.6, period=ASOF),
    F("ong nội 26.400 đàn", "26.400", 26400, "count", "đàn", "đàn ong nội", total=412000, period=ASOF),
    F("Cư M'gar (86.500 đàn)", "86.500", 86500, "count", "đàn", "tổng đàn", period=ASOF_I, location="Cư M'gar"),
    F("Krông Búk (54.200 đàn)", "54.200", 54200, "count", "đàn", "tổng đàn", period=ASOF_I, location="Krông Búk"),
    F("Ea Kar (47.800 đàn)", "47.800", 47800, "count", "đàn", "tổng đàn", period=ASOF_I, location="Ea Kar"),
    F("Buôn Hồ (39.100 đàn)", "39.100", 39100, "count", "đàn", "tổng đàn", period=ASOF_I, location="Buôn Hồ"),
    F("ước đạt 15.820 tấn", "15.820", 15820, "measure", "tấn", "sản lượng mật ong", percent=87.9,
      status="estimate", period=P10),
    F("khoảng 18.200 tấn", "18.200", 18200, "measure", "tấn", "sản lượng mật ong cả năm", approx="about",
      change=C("increase", 1.1, "%", "kế hoạch"), status="forecast", period=Y24),
    F("từ 32.000 đến 38.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá mật ong thu mua tại vườn",
      value_max=38000, change=C("decrease", 15, "%", "đầu năm", approx="about")),
    F("xuất khẩu 9.650 tấn", "9.650", 9650, "measure", "tấn", "mật ong xuất khẩu", period=Y23),
    F("đạt 19,8 triệu USD", "19,8", 19800000, "money", "USD", "kim ngạch xuất khẩu mật ong", period=Y23),
    F("chỉ đạt 5.430 tấn", "5.430", 5430, "measure", "tấn", "lượng xuất khẩu mật ong",
      change=C("decrease", 28.4, "%", "cùng kỳ"), period=M9),
    F("trên 90% lượng mật", "90", 90, "percent", "%", "tỷ trọng lượng mật xuất khẩu của tỉnh tiêu thụ tại thị trường Hoa Kỳ",
      approx="over"),
    F("từ 400.000 đến 450.000 đàn", "400.000", 400000, "count", "đàn", "tổng đàn ong", value_max=450000,
      status="target", period=GD),
    F("100% cơ sở nuôi ong", "100", 100, "percent", "%", "cơ sở nuôi ong quy mô trang trại được cấp mã số vùng nuôi",
      status="target", period=GD),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): hives, households, honey output, garden price, exports, 2021-2025 targets. 'Cập nhật: dd/mm/yyyy hh:mm | Lượt xem: N'.",
    "'tính đến ngày 31/10/2024' is an as-of period (start null). 'trong đó ong ngoại 385.600 đàn, chiếm 93,6%, ong nội 26.400 đàn': parts of 412.000 đàn (total), the share is 385.600's percent.",
    "District list items take the district/town as location, subject = the list's indicator (tổng đàn); their as-of period stands in the previous sentence (inherited).",
    "'bằng 87,9% kế hoạch năm' is the percent of 15.820 tấn (as 'đạt 87,66% chỉ tiêu'); 'vượt kế hoạch 1,1%' is a change with baseline 'kế hoạch'; 'cả năm dự kiến' = forecast for 2024.",
    "'trên 90% lượng mật xuất khẩu' is a share standing alone (percent figure); the price range 'hiện' has no stated period (left null, unscored).",
    "Distractors: dateline and time, 'Lượt xem: 2.317', 'Quyết định số 2736/QĐ-UBND ngày 15/12/2021', 'Apis mellifera', address 'số 47 Nguyễn Tất Thành', phone.",
]

emit("p340-1", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Đắk Lắk")
