from lib import F, P, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Quan hệ lao động - Tiền lương

Ngừng việc tập thể năm 2023 giảm mạnh, tập trung ở khu vực FDI
Ngày cập nhật: 18/01/2024

Theo báo cáo của Cục Quan hệ lao động và Tiền lương gửi Hội nghị triển khai Chỉ thị số 37-CT/TW, năm 2023, cả nước xảy ra 104 cuộc ngừng việc tập thể, giảm 23% so với năm 2022 (năm 2022 là 135 cuộc). Trong đó, doanh nghiệp FDI có 78 cuộc (chiếm 75%), doanh nghiệp ngoài nhà nước 26 cuộc.

Bốn địa phương xảy ra nhiều nhất là Bình Dương (22 cuộc), Đồng Nai (17 cuộc), TP Hồ Chí Minh (11 cuộc) và Long An (9 cuộc). Nguyên nhân liên quan đến tiền lương, tiền thưởng chiếm khoảng 60%.

Về tiền lương, theo báo cáo của 55/63 địa phương, tiền lương bình quân của người lao động trong doanh nghiệp năm 2023 đạt 8,3 triệu đồng/tháng, tăng 5,1% so với năm 2022; trong đó khu vực doanh nghiệp FDI cao nhất với 8,9 triệu đồng/tháng.

Tính đến ngày 15/1/2024, cả nước còn khoảng 1.150 doanh nghiệp nợ lương với số tiền gần 410 tỷ đồng, ảnh hưởng tới trên 45 nghìn người lao động.

Về thưởng Tết Nguyên đán Giáp Thìn, mức thưởng bình quân dự kiến khoảng 6,5 triệu đồng/người, giảm 3,4% so với Tết Quý Mão. Mức thưởng cao nhất được ghi nhận tại một doanh nghiệp FDI ở TP Hồ Chí Minh với 1,8 tỷ đồng/người.

Bộ đề nghị các địa phương theo dõi sát tình hình, bảo đảm 100% người lao động được thanh toán đủ tiền lương trước Tết; đường dây nóng của Cục: 024.3826.9534.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
AS = P("Tính đến ngày 15/1/2024", None, "2024-01-15")
LIST = "cuộc ngừng việc tập thể"

FIGS = [
    F("xảy ra 104 cuộc", "104", 104, "count", "cuộc", "cuộc ngừng việc tập thể", Y23,
      change=CH("decrease", 23, "%", "năm 2022")),
    F("là 135 cuộc", "135", 135, "count", "cuộc", "cuộc ngừng việc tập thể", Y22),
    F("FDI có 78 cuộc", "78", 78, "count", "cuộc", "cuộc ngừng việc tập thể tại doanh nghiệp FDI", Y23i,
      total=104, percent=75),
    F("nhà nước 26 cuộc", "26", 26, "count", "cuộc", "cuộc ngừng việc tập thể tại doanh nghiệp ngoài nhà nước", Y23i,
      total=104),
    F("Bốn địa phương", "Bốn", 4, "count", "địa phương", "địa phương xảy ra nhiều ngừng việc tập thể nhất", Y23i,
      optional=True),
    F("Bình Dương (22 cuộc)", "22", 22, "count", "cuộc", LIST, Y23i, location="Bình Dương"),
    F("Đồng Nai (17 cuộc)", "17", 17, "count", "cuộc", LIST, Y23i, location="Đồng Nai"),
    F("Hồ Chí Minh (11 cuộc)", "11", 11, "count", "cuộc", LIST, Y23i, location="TP Hồ Chí Minh"),
    F("Long An (9 cuộc)", "9", 9, "count", "cuộc", LIST, Y23i, location="Long An"),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", "nguyên nhân liên quan đến tiền lương, tiền thưởng", Y23i,
      approx="about"),
    F("55/63 địa phương", "55", 55, "count", "địa phương", "địa phương báo cáo", Y23, total=63),
    F("đạt 8,3 triệu đồng/tháng", "8,3", 8300000, "money", "đồng/tháng",
      "tiền lương bình quân của người lao động trong doanh nghiệp", Y23,
      change=CH("increase", 5.1, "%", "năm 2022")),
    F("với 8,9 triệu đồng/tháng", "8,9", 8900000, "money", "đồng/tháng",
      "tiền lương bình quân khu vực doanh nghiệp FDI", Y23),
    F("khoảng 1.150 doanh nghiệp", "1.150", 1150, "count", "doanh nghiệp", "doanh nghiệp nợ lương", AS, approx="about"),
    F("gần 410 tỷ đồng", "410", 410000000000, "money", "đồng", "số tiền nợ lương", AS, approx="nearly"),
    F("trên 45 nghìn người", "45", 45000, "count", "người lao động", "người lao động bị ảnh hưởng do nợ lương", AS,
      approx="over"),
    F("khoảng 6,5 triệu đồng/người", "6,5", 6500000, "money", "đồng/người", "mức thưởng Tết bình quân",
      approx="about", status="forecast", change=CH("decrease", 3.4, "%", "Tết Quý Mão")),
    F("với 1,8 tỷ đồng/người", "1,8", 1800000000, "money", "đồng/người", "mức thưởng Tết cao nhất",
      location="TP Hồ Chí Minh"),
    F("bảo đảm 100% người lao động", "100", 100, "percent", "%",
      "người lao động được thanh toán đủ tiền lương trước Tết", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): ngừng việc tập thể năm 2023, tiền lương bình quân, nợ lương tính đến 15/1/2024, thưởng Tết. 'Ngày cập nhật: 18/01/2024'.",
    "'giảm 23% so với năm 2022' belongs to 104 cuộc; the bracketed '(năm 2022 là 135 cuộc)' is a figure of its own with period năm 2022.",
    "'Trong đó, … 78 cuộc (chiếm 75%), … 26 cuộc' are parts of 104. The province list gives locations; 'Bốn địa phương' is a list head (optional).",
    "'8,9 triệu' after 'trong đó' is an average of a sub-group, not a part of an average: no total. '55/63 địa phương' has total 63.",
    "Tết Giáp Thìn / Quý Mão are names, not periods: the bonus figures have no period. 'dự kiến' = forecast.",
    "'đề nghị … bảo đảm 100%' is a required level: status target.",
    "Not figures: Chỉ thị số 37-CT/TW, 15/1/2024 as a date, phone 024.3826.9534.",
]

emit("p305-7", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
