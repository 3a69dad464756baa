"""p979-1: Quảng Trị province portal, annual results 2023 of UXO clearance (Chương trình 504)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh
Quảng Trị: Năm 2023 làm sạch hơn 5.200 ha đất ô nhiễm bom mìn
Cập nhật: 18/01/2024 14:35 | Lượt xem: 3.127

Sáng 17/01, Ban Chỉ đạo Chương trình 504 tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác khắc phục hậu quả bom mìn, vật liệu nổ sau chiến tranh năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, trong năm 2023, các tổ chức trong nước và quốc tế đã khảo sát kỹ thuật 9.860 ha đất; rà phá, làm sạch 5.236 ha, đạt 104,7% kế hoạch năm, tăng 12,3% so với năm 2022. Các đội rà phá đã phát hiện, xử lý 18.540 quả bom, mìn, vật nổ các loại, trong đó có 1.126 quả bom chùm và 37 quả bom lớn từ 225 kg trở lên. Lực lượng xử lý lưu động đã thực hiện 2.147 lượt xử lý theo tin báo của người dân, tăng 186 lượt so với năm trước.

Năm 2023, toàn tỉnh xảy ra 3 vụ tai nạn do bom mìn, làm 2 người chết và 4 người bị thương, giảm 2 vụ so với năm 2022. Công tác giáo dục nguy cơ bom mìn được đẩy mạnh với 1.860 buổi truyền thông cho khoảng 57.000 lượt người, chủ yếu tại các huyện Hướng Hóa, Đakrông, Vĩnh Linh và Gio Linh.

Tổng kinh phí huy động cho công tác khắc phục hậu quả bom mìn năm 2023 ước đạt 14,8 triệu USD, trong đó nguồn viện trợ quốc tế chiếm gần 82%. Hiện có 9 tổ chức quốc tế và 4 đơn vị trong nước với khoảng 1.350 cán bộ, nhân viên tham gia rà phá trên địa bàn; mỗi đội rà phá có từ 10 đến 12 người. Theo số liệu điều tra, tỉnh còn khoảng 215.000 ha đất bị ô nhiễm bom mìn, chiếm 45,4% diện tích tự nhiên; nhiều khu vực dọc Quốc lộ 9 và đường Hồ Chí Minh nhánh Tây vẫn ô nhiễm nặng.

Năm 2024, tỉnh phấn đấu rà phá, làm sạch 5.500 ha đất, giáo dục nguy cơ bom mìn cho 60.000 lượt người và hỗ trợ sinh kế cho 150 nạn nhân bom mìn. Tổng nhu cầu kinh phí dự kiến khoảng 16 triệu USD.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("làm sạch hơn 5.200 ha", "5.200", 5200, "measure", "ha", approx="over",
      subject="diện tích đất ô nhiễm bom mìn được làm sạch",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khảo sát kỹ thuật 9.860 ha", "9.860", 9860, "measure", "ha",
      subject="diện tích đất được khảo sát kỹ thuật", period=Y23),
    F("làm sạch 5.236 ha", "5.236", 5236, "measure", "ha", percent=104.7,
      change=C("increase", 12.3, "%", "năm 2022"),
      subject="diện tích đất được rà phá, làm sạch", period=Y23),
    F("xử lý 18.540 quả", "18.540", 18540, "count", "quả",
      subject="bom, mìn, vật nổ được phát hiện, xử lý", period=I(Y23)),
    F("1.126 quả bom chùm", "1.126", 1126, "count", "quả", total=18540,
      subject="bom chùm", period=I(Y23)),
    F("37 quả bom lớn", "37", 37, "count", "quả", total=18540,
      subject="bom lớn từ 225 kg trở lên", period=I(Y23)),
    F("từ 225 kg trở lên", "225", 225, "measure", "kg", approx="at_least",
      subject="trọng lượng bom lớn", optional=True),
    F("thực hiện 2.147 lượt", "2.147", 2147, "count", "lượt",
      change=C("increase", 186, "lượt", "năm trước"),
      subject="lượt xử lý lưu động theo tin báo của người dân", period=I(Y23)),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", change=C("decrease", 2, "vụ", "năm 2022"),
      subject="vụ tai nạn do bom mìn", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("làm 2 người chết", "2", 2, "count", "người",
      subject="người chết do tai nạn bom mìn", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("4 người bị thương", "4", 4, "count", "người",
      subject="người bị thương do tai nạn bom mìn", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("1.860 buổi", "1.860", 1860, "count", "buổi",
      subject="buổi truyền thông giáo dục nguy cơ bom mìn", period=I(Y23)),
    F("khoảng 57.000 lượt người", "57.000", 57000, "count", "lượt người", approx="about",
      subject="lượt người được truyền thông giáo dục nguy cơ bom mìn", period=I(Y23)),
    F("ước đạt 14,8 triệu USD", "14,8", 14800000, "money", "USD", status="estimate",
      subject="tổng kinh phí huy động cho công tác khắc phục hậu quả bom mìn", period=Y23),
    F("chiếm gần 82%", "82", 82, "percent", "%", approx="nearly", status="estimate",
      subject="tỷ trọng nguồn viện trợ quốc tế trong tổng kinh phí", period=Y23),
    F("có 9 tổ chức quốc tế", "9", 9, "count", "tổ chức",
      subject="tổ chức quốc tế tham gia rà phá"),
    F("và 4 đơn vị trong nước", "4", 4, "count", "đơn vị",
      subject="đơn vị trong nước tham gia rà phá"),
    F("khoảng 1.350 cán bộ", "1.350", 1350, "count", "cán bộ, nhân viên", approx="about",
      subject="cán bộ, nhân viên tham gia rà phá"),
    F("từ 10 đến 12 người", "10", 10, "count", "người", value_max=12,
      subject="người mỗi đội rà phá"),
    F("khoảng 215.000 ha", "215.000", 215000, "measure", "ha", approx="about", percent=45.4,
      subject="diện tích đất bị ô nhiễm bom mìn"),
    F("làm sạch 5.500 ha", "5.500", 5500, "measure", "ha", status="target",
      subject="diện tích đất rà phá, làm sạch", period=Y24),
    F("cho 60.000 lượt người", "60.000", 60000, "count", "lượt người", status="target",
      subject="lượt người được giáo dục nguy cơ bom mìn", period=Y24),
    F("cho 150 nạn nhân", "150", 150, "count", "nạn nhân", status="target",
      subject="nạn nhân bom mìn được hỗ trợ sinh kế", period=Y24),
    F("khoảng 16 triệu USD", "16", 16000000, "money", "USD", approx="about", status="forecast",
      subject="tổng nhu cầu kinh phí", period=I(Y24)),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Trị: tổng kết khắc phục hậu quả bom mìn năm 2023, nhiệm vụ năm 2024. Dateline 'Cập nhật: 18/01/2024 14:35'.",
    "Not figures: 'Lượt xem: 3.127', 'Chương trình 504', 'Sáng 17/01', 'Quốc lộ 9'. '225 kg trở lên' is a category threshold (optional).",
    "'giảm 2 vụ so với năm 2022' follows the casualties but counts vụ: the change of 3 vụ. 'Hiện'/'Theo số liệu điều tra ... còn' give no period.",
    "revised after the first run: subject of 37 quả bom lớn now 'bom lớn từ 225 kg trở lên' (the sentence's naming includes the threshold).",
    "82% after 'trong đó nguồn viện trợ quốc tế chiếm' is a share of a part with no amount: a percent figure, estimate like its clause.",
]

write("p979-1", TEXT, FIGS, NOTES, published="2024-01-18", location="Quảng Trị")
