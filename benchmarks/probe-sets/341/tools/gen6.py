from lib import *

text = """TP HCM muốn nâng diện tích cây xanh lên 0,65 m2 mỗi người
Thứ ba, 2/7/2024, 10:05 (GMT+7)

Sau 5 năm, diện tích cây xanh công cộng bình quân của TP HCM chỉ tăng từ 0,55 m2 lên 0,57 m2/người, thấp nhất trong các đô thị đặc biệt.

Theo Sở Xây dựng TP Hồ Chí Minh, tính đến cuối tháng 5/2024, thành phố có 2.051 ha cây xanh công cộng, trong đó 1.120 công viên, vườn hoa với tổng diện tích khoảng 544 ha. Hệ thống cây xanh đường phố gồm 145.300 cây, được trồng trên hơn 1.900 tuyến đường; riêng cây cổ thụ có đường kính trên 50 cm chiếm gần 30%.

Các quận có nhiều cây xanh đường phố là Quận 1 (gần 9.800 cây), Quận 7 (12.450 cây) và TP Thủ Đức (31.200 cây); trong khi Quận 4 chỉ có khoảng 2.100 cây. Năm 2023, thành phố trồng mới 3.460 cây, đốn hạ, thay thế 1.082 cây nguy hiểm. Chi phí duy trì cây xanh hiện khoảng 160 tỷ đồng mỗi năm.

Theo đề án vừa được UBND thành phố phê duyệt, giai đoạn 2024-2030, TP HCM phấn đấu trồng mới ít nhất 20.000 cây xanh đường phố và tăng diện tích cây xanh công cộng thêm 300 ha, nâng chỉ tiêu bình quân lên 0,65 m2/người vào năm 2030. Đến năm 2030, tỷ lệ cây xanh đường phố được số hóa, quản lý trên bản đồ GIS phải đạt 100%.

Ông Nguyễn Văn Tuấn, Phó giám đốc Công ty TNHH MTV Công viên cây xanh, cho biết đường dây nóng 1900 5454 56 tiếp nhận phản ánh về cây nguy hiểm 24/7, nhất là trong mùa mưa từ tháng 5 đến tháng 11.

Gia Minh"""

AS = P("tính đến cuối tháng 5/2024", None, "2024-05-31")
ASi = P("tính đến cuối tháng 5/2024", None, "2024-05-31", True)
G = P("giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
S = "cây xanh đường phố"

figs = [
    F("lên 0,65 m2 mỗi người", "0,65", 0.65, "measure", "m2/người", "diện tích cây xanh công cộng bình quân", status="target"),
    F("từ 0,55 m2", "0,55", 0.55, "measure", "m2/người", "diện tích cây xanh công cộng bình quân trước đây"),
    F("lên 0,57 m2/người", "0,57", 0.57, "measure", "m2/người", "diện tích cây xanh công cộng bình quân"),
    F("có 2.051 ha", "2.051", 2051, "measure", "ha", "diện tích cây xanh công cộng", period=AS),
    F("đó 1.120 công viên", "1.120", 1120, "count", "công viên, vườn hoa", "công viên, vườn hoa", period=AS),
    F("khoảng 544 ha", "544", 544, "measure", "ha", "diện tích công viên, vườn hoa", approx="about", total=2051, period=AS),
    F("gồm 145.300 cây", "145.300", 145300, "count", "cây", S, period=ASi),
    F("hơn 1.900 tuyến đường", "1.900", 1900, "count", "tuyến đường", "tuyến đường được trồng cây xanh", approx="over", period=ASi),
    F("trên 50 cm", "50", 50, "measure", "cm", "đường kính cây cổ thụ", approx="over", optional=True),
    F("gần 30%", "30", 30, "percent", "%", "tỷ lệ cây cổ thụ có đường kính trên 50 cm", approx="nearly", period=ASi),
    F("Quận 1 (gần 9.800 cây)", "9.800", 9800, "count", "cây", S, approx="nearly", period=ASi, location="Quận 1"),
    F("Quận 7 (12.450 cây)", "12.450", 12450, "count", "cây", S, period=ASi, location="Quận 7"),
    F("Thủ Đức (31.200 cây)", "31.200", 31200, "count", "cây", S, period=ASi, location="Thủ Đức"),
    F("khoảng 2.100 cây", "2.100", 2100, "count", "cây", S, approx="about", period=ASi, location="Quận 4"),
    F("trồng mới 3.460 cây", "3.460", 3460, "count", "cây", "cây xanh trồng mới", period=Y23),
    F("thay thế 1.082 cây", "1.082", 1082, "count", "cây", "cây nguy hiểm đốn hạ, thay thế", period=Y23),
    F("khoảng 160 tỷ đồng", "160", 160000000000, "money", "đồng", "chi phí duy trì cây xanh mỗi năm", approx="about"),
    F("ít nhất 20.000 cây", "20.000", 20000, "count", "cây", "cây xanh đường phố trồng mới", approx="at_least",
      status="target", period=G),
    F("thêm 300 ha", "300", 300, "measure", "ha", "diện tích cây xanh công cộng tăng thêm", status="target", period=G),
    F("lên 0,65 m2/người", "0,65", 0.65, "measure", "m2/người", "chỉ tiêu diện tích cây xanh công cộng bình quân",
      status="target", period=P("vào năm 2030", "2030-01-01", "2030-12-31")),
    F("phải đạt 100%", "100", 100, "percent", "%", "tỷ lệ cây xanh đường phố được số hóa, quản lý trên bản đồ GIS",
      status="target", period=P("Đến năm 2030", None, "2030-12-31")),
]

emit(6, text, [
    "National online press (VnExpress style): TP HCM green area per inhabitant, street trees by district, 2024-2030 plan. Dateline 'Thứ ba, 2/7/2024, 10:05 (GMT+7)'; byline at the end.",
    "Distractors: 'Sau 5 năm' (duration), district names with numbers (Quận 1, Quận 7, Quận 4), hotline '1900 5454 56', '24/7', 'từ tháng 5 đến tháng 11', '(GMT+7)'.",
    "'tăng từ 0,55 m2 lên 0,57 m2/người': two levels, both figures, no stated change amount; unit 'm2/người' (the rate denominator written once).",
    "Headline 'muốn nâng … lên 0,65 m2 mỗi người' is the plan: status target. Location TP Hồ Chí Minh throughout; district list items take the district.",
    "'2.051 ha …, trong đó 1.120 công viên, vườn hoa với tổng diện tích khoảng 544 ha': 544 ha is part of 2.051 ha; 1.120 (a count of parks) is not the same thing, so no total.",
    "'trên hơn 1.900 tuyến đường': 'trên' is 'on', 'hơn' gives approx over. 'đường kính trên 50 cm' is a criterion: optional.",
    "'tăng … thêm 300 ha' is itself the claim (no base amount): a measure figure with status target. 'vào năm 2030' = that year; 'Đến năm 2030' = as-of end 2030.",
    "'Chi phí … hiện khoảng 160 tỷ đồng mỗi năm': no period.",
    "revised after the first run: subjects of 1.900 tuyến đường and gần 30% reworded to the sentence's own naming (were paraphrases).",
], figs, published="2024-07-02", location="TP Hồ Chí Minh")
