from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Tin kinh tế

Đức Trọng: Giá rau, củ giảm mạnh sau Tết

Sau kỳ nghỉ Tết Nguyên đán Giáp Thìn, giá nhiều loại rau, củ tại các chợ đầu mối và vùng sản xuất trên địa bàn huyện Đức Trọng giảm từ 20% đến 40% so với những ngày trước Tết.

Tại chợ đầu mối nông sản xã Hiệp Thạnh (Quốc lộ 20), bắp cải được thương lái thu mua với giá 3.000-4.000 đồng/kg, giảm khoảng 50% so với trước Tết; cà chua 8.000 đồng/kg; súp lơ 9.000 đồng/kg; cà rốt khoảng 6.500 đồng/kg.

Theo Phòng Kinh tế - Hạ tầng huyện, trong tháng 1/2024, toàn huyện tiêu thụ khoảng 62.000 tấn rau các loại, tăng 15% so với cùng kỳ; trong đó xuất đi TP Hồ Chí Minh và các tỉnh miền Tây khoảng 41.500 tấn, chiếm 67%.

Từ đầu năm đến nay, giá heo hơi tại các trang trại trong huyện dao động 55.000-58.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với tháng 12/2023.

Trên địa bàn huyện hiện có 12 chợ, trong đó 3 chợ hạng II. Đoàn kiểm tra liên ngành số 2 đã kiểm tra 35 lượt cơ sở kinh doanh, phát hiện 6 cơ sở vi phạm (chiếm 17,1%), xử phạt hành chính 24 triệu đồng.

Dự kiến trong quý I/2024, tổng mức bán lẻ hàng hóa trên địa bàn huyện đạt khoảng 3.150 tỷ đồng, tăng 10,5% so với cùng kỳ. Năm 2024, huyện phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 13.600 tỷ đồng.

Người dân phản ánh về giá cả, hàng giả, hàng kém chất lượng xin liên hệ Phòng Kinh tế - Hạ tầng, điện thoại 0263.3843.516.

Ngọc Lan - Trung tâm VH-TT&TT huyện
19/02/2024
"""

T1 = P("trong tháng 1/2024", "2024-01-01", "2024-01-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-02-19")

figs = [
    F("giảm từ 20% đến 40%", "20", 20, "percent", "%", "giá nhiều loại rau, củ", value_max=40),
    F("giá 3.000-4.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá bắp cải thương lái thu mua",
      value_max=4000, change=CH("decrease", 50, "%", "trước Tết", "about")),
    F("cà chua 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá cà chua"),
    F("súp lơ 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", "giá súp lơ"),
    F("khoảng 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", "giá cà rốt", approx="about"),
    F("khoảng 62.000 tấn", "62.000", 62000, "measure", "tấn", "rau các loại tiêu thụ", T1, approx="about",
      change=CH("increase", 15, "%", "cùng kỳ")),
    F("khoảng 41.500 tấn", "41.500", 41500, "measure", "tấn", "rau xuất đi TP Hồ Chí Minh và các tỉnh miền Tây", T1,
      approx="about", total=62000, percent=67),
    F("dao động 55.000-58.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá heo hơi tại các trang trại", YTD,
      value_max=58000, change=CH("increase", 2000, "đồng/kg", "tháng 12/2023", "about")),
    F("có 12 chợ", "12", 12, "count", "chợ", "chợ"),
    F("3 chợ hạng II", "3", 3, "count", "chợ", "chợ hạng II", total=12),
    F("kiểm tra 35 lượt", "35", 35, "count", "lượt cơ sở kinh doanh", "lượt cơ sở kinh doanh được kiểm tra"),
    F("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở vi phạm", percent=17.1),
    F("xử phạt hành chính 24 triệu đồng", "24", 24e6, "money", "đồng", "xử phạt hành chính"),
    F("khoảng 3.150 tỷ đồng", "3.150", 3150e9, "money", "đồng", "tổng mức bán lẻ hàng hóa",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about", status="forecast",
      change=CH("increase", 10.5, "%", "cùng kỳ")),
    F("đạt 13.600 tỷ đồng", "13.600", 13600e9, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

write("p357-6", A, figs, [
    "District portal (Cổng TTĐT huyện Đức Trọng, Lâm Đồng): vegetable and pig prices after Tết 2024. Bare date '19/02/2024' at the very end (published).",
    "Location is the district Đức Trọng throughout; 'xuất đi TP Hồ Chí Minh và các tỉnh miền Tây' are destinations, not the place of the figure.",
    "'giảm từ 20% đến 40% so với những ngày trước Tết' has no base amount: percent range as the claim. 'giảm khoảng 50% so với trước Tết' is the change of the bắp cải price range.",
    "'62.000 tấn …; trong đó … 41.500 tấn, chiếm 67%': part with total and share. '6 cơ sở vi phạm (chiếm 17,1%)' of 35 lượt: no part cue, so percent only, no total.",
    "'Từ đầu năm đến nay' runs to the dateline (2024-02-19). 'Dự kiến trong quý I/2024' -> forecast; 'phấn đấu' -> target.",
    "Subjects leave out place phrases ('trên địa bàn huyện'), as shared h14 does; '12 chợ' has subject 'chợ' (revised after the first run).",
    "Distractors: 'Quốc lộ 20', 'chợ hạng II' (class label), 'Đoàn kiểm tra liên ngành số 2' (name), phone 0263.3843.516, 'tháng 12/2023' baseline.",
], published="2024-02-19", location="Đức Trọng")
