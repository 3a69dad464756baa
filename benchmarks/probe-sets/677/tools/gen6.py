"""p677-6: national press — anchovy shortage and raw-fish prices for Khánh Hòa fish-sauce makers (early 2025)."""
from lib import F, P, inh, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 15/3/2025, 06:00 (GMT+7)

Nhà thùng nước mắm khát cá cơm, giá nguyên liệu tăng 40%

Sản lượng cá cơm khai thác ở Khánh Hòa hai tháng đầu năm giảm mạnh, nhiều cơ sở nước mắm phải bỏ trống gần một nửa số thùng chượp.

Theo Sở Nông nghiệp và Phát triển nông thôn Khánh Hòa, sản lượng khai thác cá cơm 2 tháng đầu năm 2025 chỉ đạt 3.215 tấn, bằng 62% cùng kỳ năm 2024. Giá cá cơm than tại cảng Hòn Rớ (TP Nha Trang) lên 17.000-20.000 đồng/kg, tăng khoảng 40% so với cùng kỳ; cá cơm sọc tiêu dao động 11.000-12.500 đồng/kg.

Ông Lê Văn Tám, chủ một nhà thùng ở phường Ninh Hải, thị xã Ninh Hòa, cho biết cơ sở có 60 thùng gỗ, mỗi thùng chứa 12 tấn cá, nhưng hiện chỉ 35 thùng được ủ chượp. "Mỗi năm tôi cần khoảng 500 tấn cá, nay mới mua được chưa đến 150 tấn", ông nói. Giá bán sỉ nước mắm 30 độ đạm của cơ sở đã tăng thêm 5.000 đồng/lít, lên 70.000 đồng/lít.

Khánh Hòa hiện có 186 cơ sở chế biến nước mắm, tập trung ở Nha Trang, Ninh Hòa và Vạn Ninh. Năm 2024, sản lượng nước mắm toàn tỉnh đạt 46,2 triệu lít, trong đó thị xã Ninh Hòa chiếm 38%. Sở dự báo quý I/2025 sản lượng nước mắm có thể giảm từ 15 đến 20% so với cùng kỳ nếu nguồn cá tiếp tục khan hiếm.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), cả nước hiện có hơn 1.000 tàu lưới vây, lưới rút khai thác cá cơm, song số tàu bám biển trong tháng 2 chỉ bằng 55% bình thường.

Bùi Toàn
"""

M2 = P("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")

FIGS = [
    F("giá nguyên liệu tăng 40%", "40", 40, "percent", "%", "giá nguyên liệu cá cơm tăng",
      note="headline growth rate that is the claim: a percent figure"),
    F("gần một nửa", "một", 1, "count", "nửa", "thùng chượp bỏ trống", optional=True,
      note="'gần một nửa' is a fraction word: optional"),
    F("chỉ đạt 3.215 tấn", "3.215", 3215, "measure", "tấn", "sản lượng khai thác cá cơm", M2, percent=62),
    F("lên 17.000-20.000 đồng/kg", "17.000", 17000, "money", "đồng/kg", "giá cá cơm than tại cảng Hòn Rớ",
      value_max=20000, change=CH("increase", 40, baseline="cùng kỳ", approx="about"), location="Nha Trang"),
    F("dao động 11.000-12.500 đồng/kg", "11.000", 11000, "money", "đồng/kg", "giá cá cơm sọc tiêu",
      value_max=12500, location="Nha Trang"),
    F("có 60 thùng gỗ", "60", 60, "count", "thùng gỗ", "thùng gỗ của cơ sở", location="Ninh Hòa"),
    F("chứa 12 tấn cá", "12", 12, "measure", "tấn", "sức chứa mỗi thùng", location="Ninh Hòa"),
    F("chỉ 35 thùng", "35", 35, "count", "thùng", "thùng được ủ chượp", location="Ninh Hòa",
      note="no part-of cue ('nhưng hiện chỉ'): no total"),
    F("khoảng 500 tấn cá", "500", 500, "measure", "tấn", "cá cần mỗi năm", approx="about", location="Ninh Hòa",
      note="revised: subject as the quoted sentence names it (was 'cá cơ sở cần mỗi năm')"),
    F("chưa đến 150 tấn", "150", 150, "measure", "tấn", "cá đã mua được", approx="under", location="Ninh Hòa"),
    F("30 độ đạm của", "30", 30, "measure", "độ đạm", "độ đạm nước mắm loại", optional=True, note="grade name: optional"),
    F("lên 70.000 đồng/lít", "70.000", 70000, "money", "đồng/lít", "giá bán sỉ nước mắm 30 độ đạm của cơ sở",
      change=CH("increase", 5000, "đồng/lít"), location="Ninh Hòa",
      note="'đã tăng thêm 5.000 đồng/lít, lên 70.000 đồng/lít': the level is the figure, the rise its change"),
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở chế biến nước mắm"),
    F("đạt 46,2 triệu lít", "46,2", 46.2e6, "measure", "lít", "sản lượng nước mắm toàn tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("chiếm 38%", "38", 38, "percent", "%", "tỷ trọng sản lượng nước mắm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), location="Ninh Hòa",
      note="share with no base amount of its own: percent figure. revised: place removed from the subject (it is the location; was '… của thị xã Ninh Hòa')"),
    F("giảm từ 15 đến 20%", "15", 15, "percent", "%", "sản lượng nước mắm giảm so với cùng kỳ",
      P("quý I/2025", "2025-01-01", "2025-03-31"), value_max=20, status="forecast",
      note="'Sở dự báo … có thể giảm từ 15 đến 20%': growth rate is the claim, forecast"),
    F("hơn 1.000 tàu", "1.000", 1000, "count", "tàu", "tàu lưới vây, lưới rút khai thác cá cơm", approx="over",
      location="Việt Nam"),
    F("chỉ bằng 55%", "55", 55, "percent", "%", "số tàu bám biển so với bình thường",
      P("trong tháng 2", "2025-02-01", "2025-02-28"), location="Việt Nam"),
]

COMMENTS = [
    "p677-6 — national press (VnExpress style): 'Thứ bảy, 15/3/2025, 06:00 (GMT+7)' (published), byline at the end. Anchovy shortage in Khánh Hòa.",
    "Location Khánh Hòa; the port Hòn Rớ is named with '(TP Nha Trang)' → Nha Trang; the producer in 'phường Ninh Hải, thị xã Ninh Hòa' → Ninh Hòa;",
    "VASEP's 'cả nước' tàu figures → Việt Nam. '(GMT+7)', 'hai tháng đầu năm' are not figures. 'gần một nửa', grade '30 độ đạm' optional.",
    "'bằng 62% cùng kỳ năm 2024' is the percent of 3.215 tấn (a share of last year's catch).",
    'revised after the first scoring: 38% subject without the place (it is the location); 500 tấn subject as the quote names it.',
]

if __name__ == "__main__":
    emit("p677-6", TEXT, COMMENTS, FIGS, published="2025-03-15", location="Khánh Hòa")
