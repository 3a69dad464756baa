from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Khánh Hòa: Hơn 1.300 cơ sở thức ăn đường phố được kiểm tra trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316
Theo Ban Quản lý An toàn thực phẩm tỉnh, 6 tháng đầu năm 2024, các đoàn kiểm tra liên ngành đã kiểm tra 1.346 cơ sở kinh doanh thức ăn đường phố, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, thành phố Nha Trang có 728 cơ sở, chiếm 54,1%; thành phố Cam Ranh 214 cơ sở; các huyện, thị xã còn lại 404 cơ sở.
Qua kiểm tra, phát hiện 187 cơ sở vi phạm, chiếm 13,9% số cơ sở được kiểm tra; xử phạt vi phạm hành chính 96 cơ sở với tổng số tiền hơn 214 triệu đồng, giảm 8% so với cùng kỳ. Lỗi phổ biến là người chế biến không đeo găng tay, chưa có giấy xác nhận kiến thức an toàn thực phẩm, dụng cụ chứa đựng không bảo đảm vệ sinh.
Các đoàn đã lấy 2.450 mẫu thực phẩm để xét nghiệm nhanh tại chỗ, trong đó 2.391 mẫu đạt và 59 mẫu không đạt (chiếm 2,4%), chủ yếu là dầu mỡ chiên đi chiên lại, bánh tráng và chả cá có hàn the. Lực lượng chức năng đã tiêu hủy khoảng 320 kg thực phẩm không rõ nguồn gốc.
Tính đến ngày 30/6/2024, toàn tỉnh có khoảng 4.800 cơ sở kinh doanh thức ăn đường phố, trong đó gần 1.900 hộ bán hàng rong không có địa điểm cố định. Từ đầu năm đến nay, ngành y tế đã tổ chức 42 lớp tập huấn cho hơn 2.600 lượt người kinh doanh; 3.150 cơ sở đã ký cam kết bảo đảm an toàn thực phẩm, đạt 65,6%.
Tại Nha Trang, phố ẩm thực đêm trên đường Trần Phú có 65 gian hàng, mỗi tối đón 3.000-3.500 lượt khách; giá một suất ăn phổ biến từ 30.000 đến 60.000 đồng.
Năm 2024, tỉnh phấn đấu 100% cơ sở thức ăn đường phố được hướng dẫn kiến thức an toàn thực phẩm và 80% cơ sở ký cam kết; không để xảy ra vụ ngộ độc thực phẩm trên 30 người mắc. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0258.3560.115.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AS_OF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", "cơ sở thức ăn đường phố được kiểm tra",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("kiểm tra 1.346 cơ sở", "1.346", 1346, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra", H1,
      change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("Nha Trang có 728 cơ sở", "728", 728, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra", I(H1),
      total=1346, percent=54.1, location="Nha Trang"),
    F("Cam Ranh 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra", I(H1),
      total=1346, location="Cam Ranh"),
    F("còn lại 404 cơ sở", "404", 404, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố được kiểm tra các huyện, thị xã còn lại", I(H1),
      total=1346),
    F("phát hiện 187 cơ sở", "187", 187, "count", "cơ sở", "cơ sở vi phạm", I(H1), percent=13.9),
    F("hành chính 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", I(H1)),
    F("hơn 214 triệu đồng", "214", 214e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(H1),
      approx="over", change=C("decrease", 8, baseline="cùng kỳ")),
    F("lấy 2.450 mẫu", "2.450", 2450, "count", "mẫu", "mẫu thực phẩm xét nghiệm nhanh tại chỗ", I(H1)),
    F("2.391 mẫu đạt", "2.391", 2391, "count", "mẫu", "mẫu xét nghiệm nhanh đạt", I(H1), total=2450),
    F("59 mẫu không đạt", "59", 59, "count", "mẫu", "mẫu xét nghiệm nhanh không đạt", I(H1), total=2450, percent=2.4),
    F("khoảng 320 kg", "320", 320, "measure", "kg", "thực phẩm không rõ nguồn gốc bị tiêu hủy", I(H1), approx="about"),
    F("khoảng 4.800 cơ sở", "4.800", 4800, "count", "cơ sở", "cơ sở kinh doanh thức ăn đường phố", AS_OF, approx="about"),
    F("gần 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ bán hàng rong không có địa điểm cố định", AS_OF,
      approx="nearly", total=4800),
    F("tổ chức 42 lớp", "42", 42, "count", "lớp", "lớp tập huấn cho người kinh doanh", YTD),
    F("hơn 2.600 lượt người", "2.600", 2600, "count", "lượt người", "lượt người kinh doanh được tập huấn", YTD, approx="over"),
    F("3.150 cơ sở đã ký", "3.150", 3150, "count", "cơ sở", "cơ sở đã ký cam kết bảo đảm an toàn thực phẩm", YTD, percent=65.6),
    F("có 65 gian hàng", "65", 65, "count", "gian hàng", "gian hàng phố ẩm thực đêm đường Trần Phú", location="Nha Trang"),
    F("đón 3.000-3.500 lượt khách", "3.000", 3000, "count", "lượt khách", "lượt khách mỗi tối phố ẩm thực đêm",
      value_max=3500, location="Nha Trang"),
    F("từ 30.000 đến 60.000 đồng", "30.000", 30000, "money", "đồng", "giá một suất ăn phổ biến",
      value_max=60000, location="Nha Trang"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở thức ăn đường phố được hướng dẫn kiến thức an toàn thực phẩm", Y,
      status="target"),
    F("và 80% cơ sở ký cam kết", "80", 80, "percent", "%", "cơ sở ký cam kết", Y, status="target"),
    F("trên 30 người mắc", "30", 30, "count", "người", "người mắc trong vụ ngộ độc thực phẩm", Y,
      approx="over", status="target", optional=True),
]

NOTES = [
    "Khánh Hòa provincial portal: street-food inspections in the first half of 2024.",
    "Headline '6 tháng' takes 2024 from the dateline. The 'Trong đó' district parts (728+214+404) add up to 1.346 (total).",
    "'trên 30 người mắc' is a threshold naming a category of outbreak: optional.",
    "Distractors: breadcrumb, 'Cập nhật: 12/07/2024 09:45', 'Lượt xem: 2.316', 'đường Trần Phú', hotline 0258.3560.115.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Khánh Hòa")
