"""p1028-6: national newspaper (VnExpress style): Tràng An boat tours through caves, Ninh Bình, 5 months 2024."""
from lib import F, P, I, C, write

TEXT = """
Du lịch
Chủ nhật, 16/6/2024, 07:30 (GMT+7)

Tràng An đón gần 1,5 triệu khách đi thuyền xuyên hang

Ninh Bình - Vào những ngày cao điểm, hơn 2.500 chiếc đò nối đuôi nhau chở khách len qua các hang tối ở Tràng An.

Theo Ban quản lý Quần thể danh thắng Tràng An, 5 tháng đầu năm nay, khu du lịch đón khoảng 1,48 triệu lượt khách, tăng 11% so với cùng kỳ năm ngoái; khách quốc tế chiếm gần 30%. Doanh thu bán vé ước đạt 370 tỷ đồng. Giá vé hiện là 250.000 đồng/người lớn, đã gồm tiền đò.

Hiện có 2.712 người chèo đò được cấp thẻ hành nghề, phần lớn là nông dân các xã Trường Yên, Ninh Xuân, Ninh Hải (huyện Hoa Lư). Mỗi chuyến đò đi tuyến 1 qua 9 hang, kéo dài khoảng 3 giờ và chở tối đa 4 khách. Người chèo đò được trả 180.000 đồng mỗi chuyến, thu nhập bình quân khoảng 7-9 triệu đồng/tháng.

Ông Phạm Văn Hai, Phó trưởng ban quản lý, cho biết 100% khách xuống đò phải mặc áo phao. Tại những hang thấp như hang Nấu Rượu, hang Ba Giọt, trần hang chỉ cao khoảng 1,5 m, người lái đò nhắc khách cúi người. Năm 2023, khu du lịch ghi nhận 3 vụ lật đò do mưa lớn, không có thiệt hại về người. Ban quản lý đã đầu tư 12 xuồng máy cứu hộ túc trực tại các bến.

Năm nay, Ninh Bình đặt mục tiêu đón 8,7 triệu lượt khách, trong đó Tràng An khoảng 3,2 triệu lượt.

Tuấn Anh
"""

M5 = P("5 tháng đầu năm nay", "2024-01-01", "2024-05-31")
Y24 = P("Năm nay", "2024-01-01", "2024-12-31")
NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/6/2024, 07:30 (GMT+7)'): Tràng An boat tours through caves, Ninh Bình, 5 months 2024.",
    "'năm nay' is 2024 (published). Headline 'gần 1,5 triệu' is its own figure (no period). 'khách quốc tế chiếm gần 30%' is a share of a",
    "sub-group: a percent figure of its own, not the percent of 1,48 triệu. Boatmen from communes of huyện Hoa Lư: the figure stays Ninh Bình.",
    "'tuyến 1' is a route name; 'tối đa 4 khách' (rule) and 'trần hang … khoảng 1,5 m' (example caves 'như …') are optional;",
    "so is the rule '100% khách xuống đò phải mặc áo phao' (a requirement, not a count of what happened).",
    "'trong đó Tràng An khoảng 3,2 triệu lượt' is a part of the 8,7 triệu target (total), status target; Tràng An is a site, not a district.",
]
FIGS = [
    F("gần 1,5 triệu khách", "1,5", 1500000, "count", "khách", "khách đi thuyền xuyên hang ở Tràng An", approx="nearly"),
    F("hơn 2.500 chiếc đò", "2.500", 2500, "count", "chiếc đò", "đò chở khách vào những ngày cao điểm", approx="over"),
    F("khoảng 1,48 triệu lượt khách", "1,48", 1480000, "count", "lượt khách", "khách đến khu du lịch Tràng An", M5,
      approx="about", change=C("increase", 11, baseline="cùng kỳ năm ngoái")),
    F("gần 30%", "30", 30, "percent", "%", "khách quốc tế", M5, approx="nearly"),
    F("ước đạt 370 tỷ đồng", "370", 370000000000, "money", "đồng", "doanh thu bán vé", I(M5), status="estimate"),
    F("là 250.000 đồng/người lớn", "250.000", 250000, "money", "đồng/người lớn", "giá vé đối với người lớn"),
    F("có 2.712 người", "2.712", 2712, "count", "người", "người chèo đò được cấp thẻ hành nghề"),
    F("qua 9 hang", "9", 9, "count", "hang", "hang trên tuyến 1"),
    F("khoảng 3 giờ", "3", 3, "measure", "giờ", "thời gian mỗi chuyến đò tuyến 1", approx="about"),
    F("tối đa 4 khách", "4", 4, "count", "khách", "số khách tối đa mỗi chuyến đò", approx="at_most", optional=True),
    F("trả 180.000 đồng", "180.000", 180000, "money", "đồng/chuyến", "tiền trả cho người chèo đò mỗi chuyến"),
    F("khoảng 7-9 triệu đồng/tháng", "7", 7000000, "money", "đồng/tháng", "thu nhập bình quân của người chèo đò",
      approx="about", value_max=9000000),
    F("100% khách", "100", 100, "percent", "%", "khách xuống đò phải mặc áo phao", optional=True),
    F("khoảng 1,5 m", "1,5", 1.5, "measure", "m", "chiều cao trần hang thấp", approx="about", optional=True),
    F("ghi nhận 3 vụ", "3", 3, "count", "vụ", "vụ lật đò do mưa lớn", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đầu tư 12 xuồng máy", "12", 12, "count", "xuồng máy", "xuồng máy cứu hộ túc trực tại các bến"),
    F("đón 8,7 triệu lượt khách", "8,7", 8700000, "count", "lượt khách", "khách du lịch đến Ninh Bình", Y24, status="target"),
    F("khoảng 3,2 triệu lượt", "3,2", 3200000, "count", "lượt", "khách đến Tràng An", Y24, approx="about",
      total=8700000, status="target"),
]
write("p1028-6", TEXT, FIGS, NOTES, published="2024-06-16", location="Ninh Bình")
