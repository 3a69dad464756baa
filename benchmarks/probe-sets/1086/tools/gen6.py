"""p1086-6: national newspaper (VnExpress style), TP Hồ Chí Minh noise complaints 2024, sensors plan."""
from lib import F, P, I, C, T, write_set

TEXT = """Thời sự > Dân sinh
Thứ tư, 12/3/2025, 14:30 (GMT+7)
Hơn 4.800 phản ánh về tiếng ồn, TP HCM tính lắp cảm biến đo độ ồn

Karaoke tại nhà, loa kẹo kéo và công trình thi công ban đêm là nguồn gây ồn bị người dân phản ánh nhiều nhất.

Năm 2024, Sở Tài nguyên và Môi trường TP HCM tiếp nhận 4.862 phản ánh về tiếng ồn qua Tổng đài 1022, tăng 9,3% so với năm 2023, chiếm 31,6% tổng số phản ánh về môi trường. Trong đó, karaoke tại nhà và loa kẹo kéo là 2.135 phản ánh, công trình xây dựng 1.418 phản ánh, quán bar, nhà hàng 764 phản ánh. Các địa phương có nhiều phản ánh là quận Bình Thạnh, quận Gò Vấp và TP Thủ Đức, lần lượt 512, 476 và 461 phản ánh.

Ông Lê Minh Tuấn, Phó giám đốc Sở, cho biết 100% phản ánh đã được chuyển đến UBND quận, huyện xử lý, nhưng chỉ khoảng 62% được giải quyết dứt điểm. Theo Nghị định 144/2021, người hát karaoke gây ồn sau 22 giờ chỉ bị phạt từ 500.000 đồng đến 1 triệu đồng, còn muốn xử phạt theo Nghị định 45/2022 thì phải đo được độ ồn vượt quy chuẩn.

Năm ngoái, các quận, huyện đã xử phạt 318 trường hợp gây ồn với tổng số tiền hơn 2,7 tỷ đồng. Trung bình mỗi vụ bị phạt khoảng 8,5 triệu đồng.

Kết quả đo thử tại 12 điểm trên đường Cộng Hòa và Quốc lộ 13 cho thấy độ ồn ban ngày trung bình 76,8 dBA, ban đêm 68,4 dBA. Theo đề án của Sở, giai đoạn 2025-2027 thành phố dự kiến lắp 150 cảm biến đo tiếng ồn tại các tuyến đường, khu dân cư, tổng kinh phí khoảng 45 tỷ đồng. Sở đặt mục tiêu đến năm 2030 giảm 50% số phản ánh về tiếng ồn so với năm 2024.

Gia Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LAST = P("Năm ngoái", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")

SUBJ = "phản ánh về tiếng ồn"
FIGS = [
    F("Hơn 4.800 phản ánh", "4.800", 4800, "count", "phản ánh", SUBJ, approx="over",
      location="TP Hồ Chí Minh"),
    F("tiếp nhận 4.862 phản ánh", "4.862", 4862, "count", "phản ánh", SUBJ, Y24,
      change=C("increase", 9.3, "%", "năm 2023"), percent=31.6),
    F("là 2.135 phản ánh", "2.135", 2135, "count", "phản ánh",
      "phản ánh về karaoke tại nhà và loa kẹo kéo", I(Y24), total=4862),
    F("dựng 1.418 phản ánh", "1.418", 1418, "count", "phản ánh",
      "phản ánh về công trình xây dựng", I(Y24), total=4862),
    F("hàng 764 phản ánh", "764", 764, "count", "phản ánh",
      "phản ánh về quán bar, nhà hàng", I(Y24), total=4862),
    F("lần lượt 512", "512", 512, "count", "phản ánh", SUBJ, I(Y24), location="Bình Thạnh"),
    F("512, 476", "476", 476, "count", "phản ánh", SUBJ, I(Y24), location="Gò Vấp"),
    F("và 461 phản ánh", "461", 461, "count", "phản ánh", SUBJ, I(Y24), location="TP Thủ Đức"),
    F("100% phản ánh", "100", 100, "percent", "%", "phản ánh đã được chuyển đến UBND quận, huyện xử lý"),
    F("khoảng 62%", "62", 62, "percent", "%", "phản ánh được giải quyết dứt điểm", approx="about"),
    F("từ 500.000 đồng", "500.000", 500000, "money", "đồng",
      "mức phạt người hát karaoke gây ồn sau 22 giờ", value_max=1e6, optional=True),
    F("xử phạt 318 trường hợp", "318", 318, "count", "trường hợp", "trường hợp gây ồn bị xử phạt", LAST),
    F("hơn 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng số tiền xử phạt", LAST, approx="over"),
    F("khoảng 8,5 triệu đồng", "8,5", 8.5e6, "money", "đồng/vụ", "mức phạt trung bình mỗi vụ",
      I(LAST), approx="about"),
    F("tại 12 điểm", "12", 12, "count", "điểm", "điểm đo thử độ ồn"),
    F("trung bình 76,8 dBA", "76,8", 76.8, "measure", "dBA", "độ ồn ban ngày trung bình"),
    F("đêm 68,4 dBA", "68,4", 68.4, "measure", "dBA", "độ ồn ban đêm trung bình"),
    F("lắp 150 cảm biến", "150", 150, "count", "cảm biến", "cảm biến đo tiếng ồn lắp đặt", G,
      status="forecast"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng kinh phí lắp cảm biến đo tiếng ồn", G,
      approx="about", status="forecast"),
    F("giảm 50% số", "50", 50, "percent", "%", "mức giảm số phản ánh về tiếng ồn so với năm 2024",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, invented): TP HCM phản ánh tiếng ồn năm 2024, xử phạt, đo thử, đề án cảm biến.",
    "Location TP Hồ Chí Minh; 'quận Bình Thạnh, quận Gò Vấp và TP Thủ Đức, lần lượt 512, 476 và 461' take their district.",
    "Headline 'Hơn 4.800' has no period phrase (none given). 'Năm ngoái' in a 2025 article = 2024.",
    "'Trung bình mỗi vụ bị phạt khoảng 8,5 triệu đồng' -> unit đồng/vụ. Legal fine range (Nghị định 144/2021) optional.",
    "Distractors: 14:30 (GMT+7), Tổng đài 1022, Nghị định 144/2021, Nghị định 45/2022, 22 giờ, Quốc lộ 13, giai đoạn 2025-2027.",
]

write_set("p1086-6", TEXT, FIGS, NOTES, published="2025-03-12", location="TP Hồ Chí Minh")
