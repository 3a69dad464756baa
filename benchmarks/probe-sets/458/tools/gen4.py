from lib import F, P, CH, TG, build

TEXT = """BAN QUẢN LÝ AN TOÀN THỰC PHẨM THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Tin hoạt động » Giám sát mối nguy

TP Hồ Chí Minh: Giám sát hơn 9.000 mẫu thực phẩm trong 6 tháng đầu năm 2024
Ngày đăng: 12/07/2024 | Lượt xem: 845

Thực hiện Quyết định số 2013/QĐ-UBND của UBND Thành phố về kế hoạch giám sát mối nguy an toàn thực phẩm năm 2024, trong 6 tháng đầu năm 2024, Ban Quản lý An toàn thực phẩm TP Hồ Chí Minh đã lấy 9.214 mẫu thực phẩm để giám sát, tăng 8,7% so với cùng kỳ năm 2023. Trong đó, 7.860 mẫu được kiểm tra bằng test nhanh tại chỗ và 1.354 mẫu được gửi kiểm nghiệm tại phòng thí nghiệm.

Kết quả, phát hiện 221 mẫu không đạt; tỷ lệ mẫu không đạt là 2,4%, giảm 0,7 điểm phần trăm so với cùng kỳ. Tỷ lệ không đạt ở từng nhóm thực phẩm dao động từ 0,8% đến 6,5%, cao nhất là nhóm thủy sản và sản phẩm thủy sản (6,5%), tiếp đến là rau, củ, quả (3,9%), thịt và sản phẩm từ thịt (2,7%); thấp nhất là nước uống đóng chai (0,8%). Các chỉ tiêu vi phạm chủ yếu là vi sinh vật vượt ngưỡng, dư lượng thuốc bảo vệ thực vật và hàn the.

Cũng trong thời gian này, Ban đã thanh tra, kiểm tra 4.128 cơ sở, xử phạt 512 cơ sở với tổng số tiền gần 7,3 tỷ đồng, đạt 61% kế hoạch thu phạt cả năm. Quận 1, Quận 5 và TP Thủ Đức là các địa bàn có số tiền phạt cao nhất, lần lượt 865 triệu đồng, 742 triệu đồng và 690 triệu đồng.

Theo kế hoạch năm 2024, Ban sẽ lấy khoảng 18.000 mẫu giám sát, trong đó tối thiểu 2.500 mẫu kiểm nghiệm tại phòng thí nghiệm; phấn đấu tỷ lệ mẫu không đạt dưới 3%.

Trụ sở: số 18 Cách Mạng Tháng Tám, phường Bến Thành, Quận 1. Điện thoại: 028.3827.1234.
"""

H1 = P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_I = dict(H1, inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 9.000 mẫu", "9.000", 9000, "count", "mẫu", "mẫu thực phẩm được giám sát", approx="over",
      period=P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("lấy 9.214 mẫu", "9.214", 9214, "count", "mẫu", "mẫu thực phẩm lấy để giám sát",
      change=CH("+", 8.7, "%", "cùng kỳ năm 2023"), period=H1),
    F("7.860 mẫu", "7.860", 7860, "count", "mẫu", "mẫu kiểm tra bằng test nhanh tại chỗ", total=9214, period=H1_I),
    F("1.354 mẫu", "1.354", 1354, "count", "mẫu", "mẫu gửi kiểm nghiệm tại phòng thí nghiệm", total=9214, period=H1_I),
    F("phát hiện 221 mẫu", "221", 221, "count", "mẫu", "mẫu không đạt", period=H1_I),
    F("là 2,4%", "2,4", 2.4, "percent", "%", "tỷ lệ mẫu không đạt", change=CH("-", 0.7, "điểm phần trăm", "cùng kỳ"),
      period=H1_I),
    F("từ 0,8% đến 6,5%", "0,8", 0.8, "percent", "%", "tỷ lệ không đạt ở từng nhóm thực phẩm", value_max=6.5, period=H1_I),
    F("thủy sản (6,5%)", "6,5", 6.5, "percent", "%", "tỷ lệ không đạt nhóm thủy sản và sản phẩm thủy sản", period=H1_I),
    F("quả (3,9%)", "3,9", 3.9, "percent", "%", "tỷ lệ không đạt rau, củ, quả", period=H1_I),
    F("thịt (2,7%)", "2,7", 2.7, "percent", "%", "tỷ lệ không đạt thịt và sản phẩm từ thịt", period=H1_I),
    F("chai (0,8%)", "0,8", 0.8, "percent", "%", "tỷ lệ không đạt nước uống đóng chai", period=H1_I),
    F("kiểm tra 4.128 cơ sở", "4.128", 4128, "count", "cơ sở", "cơ sở được thanh tra, kiểm tra", period=H1_I),
    F("xử phạt 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở bị xử phạt", period=H1_I),
    F("gần 7,3 tỷ đồng", "7,3", 7300000000, "money", "đồng", "tổng số tiền xử phạt", approx="nearly", percent=61,
      period=H1_I),
    F("lần lượt 865 triệu đồng", "865", 865000000, "money", "đồng", "số tiền phạt", period=H1_I, loc="Quận 1"),
    F("742 triệu đồng", "742", 742000000, "money", "đồng", "số tiền phạt", period=H1_I, loc="Quận 5"),
    F("690 triệu đồng", "690", 690000000, "money", "đồng", "số tiền phạt", period=H1_I, loc="Thủ Đức"),
    F("khoảng 18.000 mẫu", "18.000", 18000, "count", "mẫu", "mẫu giám sát", approx="about", status="target", period=Y24),
    F("tối thiểu 2.500 mẫu", "2.500", 2500, "count", "mẫu", "mẫu kiểm nghiệm tại phòng thí nghiệm", approx="at_least",
      total=18000, status="target", period=Y24),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ mẫu không đạt", approx="under", status="target", period=Y24),
]

COMMENTS = [
    "Department site (Ban Quản lý An toàn thực phẩm TP Hồ Chí Minh): food samples monitored, first half of 2024. Dateline 'Ngày đăng: 12/07/2024 | Lượt xem: 845'.",
    "Distractors: 'Quyết định số 2013/QĐ-UBND', counter 845, address 'số 18 Cách Mạng Tháng Tám … Quận 1', phone 028.3827.1234, breadcrumb.",
    "7.860 + 1.354 = 9.214 after 'Trong đó' (sentence break): total 9.214. '2,4%' is the rate itself with change -0,7 điểm phần trăm.",
    "Range 'từ 0,8% đến 6,5%' (value_max). Food-group list: groups are not places, so they stay in the subject (as investors in h26).",
    "'đạt 61% kế hoạch thu phạt cả năm' is the share of 7,3 tỷ. 'lần lượt' list of districts: Quận 1, Quận 5, TP Thủ Đức to location.",
    "Plan 'Theo kế hoạch năm 2024 … sẽ lấy': status target; 'tối thiểu 2.500' at_least, part of 18.000; 'dưới 3%' under.",
    "Location default TP Hồ Chí Minh (headline and agency name).",
]

build(4, TEXT, FIGS, COMMENTS, published="2024-07-12", location="TP Hồ Chí Minh")
