from lib import F, P, C, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 15/7/2024, 10:20 (GMT+7)

Giá heo hơi lên cao nhất 2 năm

Giá heo hơi tại miền Bắc và miền Nam đã lên trên 65.000 đồng một kg, mức cao nhất kể từ tháng 8/2022, do nguồn cung thiếu hụt sau dịch tả heo châu Phi.

Theo khảo sát ngày 14/7, giá heo hơi tại Hưng Yên dao động 64.000-66.000 đồng/kg, tăng 3.000 đồng so với đầu tháng; Thái Bình 65.000 đồng/kg, Hà Nam 64.500 đồng/kg. Ở phía Nam, thương lái tại Đồng Nai thu mua 65.500 đồng/kg, trong khi Cà Mau thấp nhất khu vực với khoảng 61.000 đồng/kg.

Theo Cục Chăn nuôi, tính đến cuối tháng 6/2024, tổng đàn lợn cả nước đạt khoảng 30,1 triệu con, tăng 2,8% so với cùng kỳ. Tuy nhiên, 6 tháng đầu năm, cả nước xảy ra 329 ổ dịch tả lợn châu Phi tại 31 tỉnh, thành phố, buộc tiêu hủy hơn 16.500 con lợn, tăng gấp 3 lần so với cùng kỳ năm 2023.

Ông Nguyễn Văn Trọng, Phó cục trưởng Cục Chăn nuôi, cho biết giá heo tăng do nhiều hộ chăn nuôi nhỏ chưa dám tái đàn. Hiện các doanh nghiệp FDI và trang trại quy mô lớn nắm khoảng 65% tổng đàn, nông hộ chỉ còn 35%.

Giá thịt lợn tăng khiến chỉ số giá nhóm thực phẩm tháng 6 tăng 0,85% so với tháng trước, góp phần làm CPI chung tăng 0,17%. Theo Tổng cục Thống kê, 6 tháng đầu năm, Việt Nam nhập khẩu 99.600 tấn thịt lợn, trị giá 237 triệu USD, tăng 26,7% về lượng so với cùng kỳ.

Các chuyên gia dự báo giá heo hơi trong quý III/2024 có thể duy trì ở mức 63.000-67.000 đồng/kg.

Thi Hà
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T6 = P("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    F("cao nhất 2 năm", "2", 2, "count", "năm", optional=True),
    F("trên 65.000 đồng một kg", "65.000", 65000, "money", "đồng/kg", "giá heo hơi", approx="over"),
    F("dao động 64.000-66.000", "64.000", 64000, "money", "đồng/kg", "giá heo hơi", value_max=66000,
      change=C("increase", 3000, "đồng", "đầu tháng"), location="Hưng Yên"),
    F("Thái Bình 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá heo hơi", location="Thái Bình"),
    F("Hà Nam 64.500 đồng/kg", "64.500", 64500, "money", "đồng/kg", "giá heo hơi", location="Hà Nam"),
    F("thu mua 65.500 đồng/kg", "65.500", 65500, "money", "đồng/kg", "giá heo hơi thương lái thu mua", location="Đồng Nai"),
    F("khoảng 61.000 đồng/kg", "61.000", 61000, "money", "đồng/kg", "giá heo hơi thấp nhất khu vực", approx="about",
      location="Cà Mau"),
    F("khoảng 30,1 triệu con", "30,1", 30100000, "count", "con", "tổng đàn lợn cả nước",
      P("tính đến cuối tháng 6/2024", None, "2024-06-30"), approx="about", change=C("increase", 2.8, "%", "cùng kỳ")),
    F("xảy ra 329 ổ dịch", "329", 329, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", H1),
    F("tại 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố có dịch tả lợn châu Phi", H1),
    F("hơn 16.500 con", "16.500", 16500, "count", "con", "lợn tiêu hủy", H1, approx="over",
      change=C("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("khoảng 65% tổng đàn", "65", 65, "percent", "%", "tổng đàn do doanh nghiệp FDI và trang trại quy mô lớn nắm",
      approx="about"),
    F("chỉ còn 35%", "35", 35, "percent", "%", "tổng đàn của nông hộ"),
    F("tăng 0,85%", "0,85", 0.85, "percent", "%", "chỉ số giá nhóm thực phẩm", T6),
    F("tăng 0,17%", "0,17", 0.17, "percent", "%", "CPI chung", T6),
    F("khẩu 99.600 tấn", "99.600", 99600, "measure", "tấn", "thịt lợn nhập khẩu", H1,
      change=C("increase", 26.7, "%", "cùng kỳ")),
    F("trị giá 237 triệu USD", "237", 237000000, "money", "USD", "trị giá thịt lợn nhập khẩu", H1),
    F("mức 63.000-67.000", "63.000", 63000, "money", "đồng/kg", "giá heo hơi", P("quý III/2024", "2024-07-01", "2024-09-30"),
      value_max=67000, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like): live-hog prices by province, national pig herd, ASF outbreaks, market shares, CPI effect, pork imports, forecast.",
    "Dateline 'Thứ hai, 15/7/2024, 10:20 (GMT+7)'. Distractors: '(GMT+7)', 'tháng 8/2022', 'ngày 14/7', a person's name. 'cao nhất 2 năm' is a duration (optional).",
    "Price list: each province is the location of its price, subject 'giá heo hơi'; 'đồng một kg' is the unit đồng/kg. The survey day is left without a period.",
    "'6 tháng đầu năm' has no year: it takes 2024 from 'tháng 6/2024' before it. 'tháng 6' in the CPI sentence likewise 2024.",
    "'tăng gấp 3 lần so với cùng kỳ năm 2023' is the change (3 lần) of 'hơn 16.500 con'. '65%'/'35%' are shares that stand as figures.",
    "'tăng 0,85% so với tháng trước' and 'CPI chung tăng 0,17%' are growth rates that are the claim: percent figures with no change.",
    "'tăng 26,7% về lượng' belongs to the volume 99.600 tấn, not to the value 237 triệu USD. 'dự báo' → forecast.",
]

emit("p409-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
