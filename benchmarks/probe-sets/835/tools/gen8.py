from lib import F, per, chg, tgt, build

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ
Kinh tế
Sức mua bia, nước giải khát dịp Tết tăng khoảng 15%
Thứ Hai, 29/01/2024, 16:30

(BĐL) - Còn khoảng hai tuần nữa là đến Tết Nguyên đán Giáp Thìn, thị trường bia, nước giải khát trên địa bàn tỉnh đã sôi động, sức mua ước tăng khoảng 15% so với cùng kỳ năm trước.

Theo Sở Công Thương, các doanh nghiệp phân phối đã dự trữ khoảng 1,2 triệu thùng bia, tăng 10% so với Tết năm trước, cùng gần 850.000 thùng nước giải khát. Tại TP Buôn Ma Thuột, doanh số bia, nước ngọt ở các siêu thị tăng 18-20% so với ngày thường.

Giá bia, nước giải khát nhìn chung tăng nhẹ. Bia Sài Gòn loại thùng 24 lon được các đại lý bán 340.000 đồng/thùng, tăng 5.000 đồng/thùng so với tháng trước; bia Tiger 395.000-410.000 đồng/thùng; nước ngọt có ga phổ biến 160.000-185.000 đồng/thùng.

Từ đầu tháng 12/2023 đến nay, lực lượng quản lý thị trường tỉnh đã kiểm tra 48 cơ sở kinh doanh đồ uống, phát hiện 9 cơ sở vi phạm, tịch thu 1.350 lon bia nhập lậu, phạt hành chính 126,5 triệu đồng. Hàng vi phạm chủ yếu là bia lon không nhãn phụ tiếng Việt, vận chuyển theo Quốc lộ 14 từ các tỉnh Tây Nguyên.

Ông Y Khu Niê, Phó Giám đốc Sở Công Thương cho biết, Sở đã yêu cầu các doanh nghiệp niêm yết giá, bảo đảm nguồn hàng; người dân có thể phản ánh qua đường dây nóng 0262.3852.761. Dự kiến tổng mức bán lẻ hàng hóa dịp Tết đạt khoảng 6.200 tỷ đồng, trong đó đồ uống chiếm 9%.

Hoàng Lan
"""

QLTT = per("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-29")
BMT = "Buôn Ma Thuột"

FIGS = [
    F("Tết tăng khoảng 15%", "15", 15, "percent", "%", "sức mua bia, nước giải khát dịp Tết", approx="about"),
    F("ước tăng khoảng 15%", "15", 15, "percent", "%", "sức mua bia, nước giải khát", approx="about",
      status="estimate"),
    F("khoảng 1,2 triệu thùng", "1,2", 1.2e6, "count", "thùng", "bia dự trữ phục vụ Tết", approx="about",
      change=chg("increase", 10, baseline="Tết năm trước")),
    F("gần 850.000 thùng", "850.000", 850000, "count", "thùng", "nước giải khát dự trữ", approx="nearly"),
    F("tăng 18-20%", "18", 18, "percent", "%", "doanh số bia, nước ngọt ở các siêu thị", value_max=20, location=BMT),
    F("thùng 24 lon", "24", 24, "count", "lon", "số lon mỗi thùng", optional=True),
    F("bán 340.000 đồng/thùng", "340.000", 340000, "money", "đồng/thùng", "giá bia Sài Gòn",
      change=chg("increase", 5000, unit="đồng/thùng", baseline="tháng trước")),
    F("395.000-410.000 đồng/thùng", "395.000", 395000, "money", "đồng/thùng", "giá bia Tiger", value_max=410000),
    F("160.000-185.000 đồng/thùng", "160.000", 160000, "money", "đồng/thùng", "giá nước ngọt có ga",
      value_max=185000),
    F("kiểm tra 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở kinh doanh đồ uống được kiểm tra", QLTT),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm", QLTT),
    F("tịch thu 1.350 lon", "1.350", 1350, "count", "lon", "bia nhập lậu bị tịch thu", QLTT),
    F("126,5 triệu đồng", "126,5", 126.5e6, "money", "đồng", "phạt hành chính", QLTT),
    F("khoảng 6.200 tỷ đồng", "6.200", 6.2e12, "money", "đồng", "tổng mức bán lẻ hàng hóa dịp Tết",
      approx="about", status="forecast"),
    F("chiếm 9%", "9", 9, "percent", "%", "đồ uống trong tổng mức bán lẻ hàng hóa dịp Tết", status="forecast"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Đắk Lắk style), headline figure, tag '(BĐL) -', dated 'Thứ Hai, 29/01/2024, 16:30': Tết beer/soft-drink market (invented).",
    "Distractors: 'khoảng hai tuần nữa' (duration locating the event), Quốc lộ 14, hotline 0262.3852.761, person 'Y Khu Niê', time 16:30, '12/2023' inside a period.",
    "Headline and lead both state the 15% rise: two figures (headline actual, lead 'ước tăng' estimate). 'dịp Tết', 'ngày thường', 'tháng trước' give no period.",
    "'tăng 10% so với Tết năm trước' follows 1,2 triệu thùng (change); 'gần 850.000 thùng' after 'cùng' has none.",
    "'kiểm tra 48 …, phát hiện 9 cơ sở vi phạm' has no part-of cue: no total. Period 'Từ đầu tháng 12/2023 đến nay' ends at the dateline.",
    "'thùng 24 lon' is a packaging specification: optional. 'Dự kiến … khoảng 6.200 tỷ đồng, trong đó đồ uống chiếm 9%' → both forecast; 9% is a part's share (own figure).",
]

build("p835-8", TEXT, COMMENTS, FIGS, published="2024-01-29", location="Đắk Lắk")
