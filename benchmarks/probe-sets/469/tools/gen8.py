from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Kinh tế > Nông nghiệp

Khu Nông nghiệp Công nghệ cao TP.HCM: Doanh thu 9 tháng đạt hơn 1.100 tỷ đồng
Ngày cập nhật 05/10/2023

(Cổng TTĐT TP) - Theo Ban Quản lý Khu Nông nghiệp Công nghệ cao Thành phố Hồ Chí Minh, 9 tháng năm 2023, tổng doanh thu của các doanh nghiệp trong Khu ước đạt 1.126 tỷ đồng, tăng 11,2% so với cùng kỳ năm 2022 và đạt 78,5% kế hoạch năm.

Khu có tổng diện tích 88,17 ha, trong đó diện tích dành cho sản xuất, nghiên cứu thử nghiệm là 56,4 ha. Tính đến 30/9/2023, Khu đã thu hút 41 dự án đầu tư với tổng vốn đăng ký 2.468 tỷ đồng (tương đương khoảng 103 triệu USD), trong đó có 3 dự án có vốn nước ngoài đến từ Israel, Hàn Quốc.

Từ đầu năm đến nay, Khu đã chuyển giao 68 quy trình công nghệ và cung ứng hơn 2,4 triệu cây giống rau, dưa lưới, hoa lan cho nông dân các huyện Củ Chi, Hóc Môn, Bình Chánh. Sản lượng rau, dưa lưới trồng trong nhà màng của các doanh nghiệp đạt khoảng 3.450 tấn; năng suất dưa lưới bình quân 45-50 tấn/ha/năm.

Trong quý IV/2023, Ban Quản lý dự kiến khởi công 02 dự án nhà màng với quy mô 6,5 ha, đồng thời tổ chức 15 lớp tập huấn cho khoảng 600 lượt nông dân. Phó Trưởng ban Nguyễn Văn Thịnh cho biết, với lợi thế vị trí trên Tỉnh lộ 15, ấp 1A, xã Phạm Văn Cội, Khu tiếp tục kêu gọi đầu tư theo Nghị định số 57/2018/NĐ-CP về cơ chế, chính sách khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn.

Mọi chi tiết liên hệ: (028) 3795.1234 - Email: bqlnncnc@tphcm.gov.vn
"""

N9h = P("9 tháng", "2023-01-01", "2023-09-30")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
D30 = P("Tính đến 30/9/2023", None, "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-05")
Q4 = P("Trong quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    F("đạt hơn 1.100 tỷ", "1.100", 1100000000000, "money", "đồng", "doanh thu Khu Nông nghiệp Công nghệ cao",
      N9h, approx="over"),
    F("ước đạt 1.126 tỷ", "1.126", 1126000000000, "money", "đồng",
      "tổng doanh thu của các doanh nghiệp trong Khu", N9, status="estimate", percent=78.5,
      change=CH("increase", 11.2, baseline="cùng kỳ năm 2022")),
    F("diện tích 88,17 ha", "88,17", 88.17, "measure", "ha", "tổng diện tích Khu"),
    F("là 56,4 ha", "56,4", 56.4, "measure", "ha", "diện tích dành cho sản xuất, nghiên cứu thử nghiệm",
      total=88.17),
    F("hút 41 dự án", "41", 41, "count", "dự án", "dự án đầu tư thu hút", D30),
    F("ký 2.468 tỷ", "2.468", 2468000000000, "money", "đồng", "tổng vốn đăng ký", D30),
    F("khoảng 103 triệu USD", "103", 103000000, "money", "USD", "tổng vốn đăng ký", D30, approx="about"),
    F("có 3 dự án", "3", 3, "count", "dự án", "dự án có vốn nước ngoài", D30, total=41),
    F("giao 68 quy trình", "68", 68, "count", "quy trình công nghệ", "quy trình công nghệ chuyển giao", YTD),
    F("hơn 2,4 triệu", "2,4", 2400000, "count", "cây giống", "cây giống rau, dưa lưới, hoa lan cung ứng", YTD,
      approx="over"),
    F("khoảng 3.450 tấn", "3.450", 3450, "measure", "tấn",
      "sản lượng rau, dưa lưới trồng trong nhà màng", I(YTD), approx="about"),
    F("bình quân 45-50 tấn", "45", 45, "measure", "tấn/ha/năm", "năng suất dưa lưới bình quân",
      I(YTD), value_max=50),
    F("công 02 dự án", "02", 2, "count", "dự án", "dự án nhà màng khởi công", Q4, status="forecast"),
    F("quy mô 6,5 ha", "6,5", 6.5, "measure", "ha", "quy mô dự án nhà màng", Q4, status="forecast"),
    F("tổ chức 15 lớp", "15", 15, "count", "lớp tập huấn", "lớp tập huấn", Q4, status="forecast"),
    F("khoảng 600 lượt", "600", 600, "count", "lượt nông dân", "lượt nông dân tập huấn", Q4,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT TP.HCM (city portal): Khu Nông nghiệp Công nghệ cao TP.HCM, 9 months 2023. Dateline 'Ngày cập nhật 05/10/2023' (no time).",
    "Headline '9 tháng' without a year takes 2023 from the lead/dateline. '1.126 tỷ …, tăng 11,2% … và đạt 78,5% kế hoạch năm': change + percent.",
    "'88,17 ha, trong đó … 56,4 ha': total. 'tương đương khoảng 103 triệu USD' is an equivalent amount in another currency, not a share:",
    "a money figure of its own (cf. shared h01 'tương đương 1,488 triệu hồ sơ'). '3 dự án' after 'trong đó' is part of 41 dự án.",
    "'Từ đầu năm đến nay' runs from 2023-01-01 to the dateline. Q4 plans after 'dự kiến' are forecasts; the cue continues into 'đồng thời …'.",
    "The Khu is the city's (location Hồ Chí Minh); districts Củ Chi, Hóc Môn, Bình Chánh name the farmers supplied, three places: city stays.",
    "Distractors: 'Tỉnh lộ 15', 'ấp 1A', 'Nghị định số 57/2018/NĐ-CP', phone '(028) 3795.1234', e-mail.",
]

emit("p469-8", TEXT, COMMENTS, FIGS, published="2023-10-05", location="Thành phố Hồ Chí Minh")
