from lib import *
NAME = 'p445-4'
TEXT = """Cả nước xảy ra 118 vụ cháy rừng trong 9 tháng năm 2024

Theo báo cáo của Cục Kiểm lâm (Bộ Nông nghiệp và Phát triển nông thôn), 9 tháng đầu năm 2024, cả nước xảy ra 118 vụ cháy rừng, làm thiệt hại khoảng 563 ha rừng, giảm 27 vụ và giảm 39,8% diện tích thiệt hại so với cùng kỳ năm 2023. Các địa phương có diện tích rừng bị cháy lớn là Lào Cai (112,5 ha), Điện Biên (86,3 ha), Sơn La (64 ha) và Cà Mau (48,7 ha). Riêng quý III/2024, do mưa nhiều nên chỉ xảy ra 9 vụ cháy, diện tích thiệt hại 14,2 ha.

Thời điểm cao điểm nắng nóng trong tháng 4, có tới 19 tỉnh có cấp dự báo cháy rừng ở cấp IV, cấp V. Thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư, các địa phương đã huy động lực lượng theo phương châm "4 tại chỗ", kịp thời dập tắt các đám cháy.

Cùng thời gian, lực lượng kiểm lâm cả nước đã phát hiện 8.760 vụ vi phạm pháp luật về lâm nghiệp, giảm 6,3% so với cùng kỳ; đã xử lý 7.925 vụ, trong đó xử lý hành chính 7.612 vụ, xử lý hình sự 313 vụ. Số vụ vi phạm quy định về PCCCR bị xử lý tăng gấp 1,4 lần. Diện tích rừng bị phá là 415,6 ha. Lâm sản tịch thu gồm 4.386 m3 gỗ và 12,5 tấn động vật hoang dã; tổng thu nộp ngân sách nhà nước gần 92 tỷ đồng.

Tính đến 30/9, cả nước đã giao khoán bảo vệ trên 6,2 triệu ha rừng; tổng diện tích rừng là 14,86 triệu ha, tỷ lệ che phủ rừng đạt 42,02%. Hiện 63/63 tỉnh, thành phố đã kiện toàn Ban chỉ đạo các cấp về lâm nghiệp.

Bộ Nông nghiệp và Phát triển nông thôn đặt mục tiêu năm 2025 duy trì tỷ lệ che phủ rừng ổn định ở mức 42%, giảm từ 5 đến 10% số vụ vi phạm so với năm 2024. Bộ đề nghị các địa phương thực hiện nghiêm Luật Lâm nghiệp năm 2017 và Nghị định số 07/2022/NĐ-CP; mọi thông tin phản ánh gửi về Cục Kiểm lâm, số 2 Ngọc Hà, Ba Đình, Hà Nội hoặc đường dây nóng 024.3733.5676.

Nguồn: Cục Kiểm lâm
"""
N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inherited=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
AS = P("Tính đến 30/9", None, "2024-09-30")
AS_i = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("xảy ra 118 vụ cháy rừng trong", "118", 118, "count", "vụ", "vụ cháy rừng",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("xảy ra 118 vụ cháy rừng,", "118", 118, "count", "vụ", "vụ cháy rừng",
      change=C("decrease", 27, "vụ", "cùng kỳ năm 2023"), period=N9),
    F("khoảng 563 ha", "563", 563, "measure", "ha", "diện tích rừng bị thiệt hại", approx="about",
      change=C("decrease", 39.8, "%", "cùng kỳ năm 2023"), period=N9),
    F("Lào Cai (112,5 ha)", "112,5", 112.5, "measure", "ha", "diện tích rừng bị cháy", period=N9i, location="Lào Cai"),
    F("Điện Biên (86,3 ha)", "86,3", 86.3, "measure", "ha", "diện tích rừng bị cháy", period=N9i, location="Điện Biên"),
    F("Sơn La (64 ha)", "64", 64, "measure", "ha", "diện tích rừng bị cháy", period=N9i, location="Sơn La"),
    F("Cà Mau (48,7 ha)", "48,7", 48.7, "measure", "ha", "diện tích rừng bị cháy", period=N9i, location="Cà Mau"),
    F("xảy ra 9 vụ cháy", "9", 9, "count", "vụ", "vụ cháy rừng", period=Q3),
    F("thiệt hại 14,2 ha", "14,2", 14.2, "measure", "ha", "diện tích rừng bị thiệt hại", period=Q3),
    F("có tới 19 tỉnh", "19", 19, "count", "tỉnh", "tỉnh có cấp dự báo cháy rừng ở cấp IV, cấp V",
      period=P("tháng 4", "2024-04-01", "2024-04-30")),
    F("phát hiện 8.760 vụ", "8.760", 8760, "count", "vụ", "vụ vi phạm pháp luật về lâm nghiệp",
      change=C("decrease", 6.3, "%", "cùng kỳ"), period=N9i),
    F("xử lý 7.925 vụ", "7.925", 7925, "count", "vụ", "vụ vi phạm được xử lý", period=N9i),
    F("hành chính 7.612 vụ", "7.612", 7612, "count", "vụ", "vụ xử lý hành chính", total=7925, period=N9i),
    F("hình sự 313 vụ", "313", 313, "count", "vụ", "vụ xử lý hình sự", total=7925, period=N9i),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số vụ vi phạm quy định về PCCCR bị xử lý", period=N9i),
    F("bị phá là 415,6 ha", "415,6", 415.6, "measure", "ha", "diện tích rừng bị phá", period=N9i),
    F("gồm 4.386 m3", "4.386", 4386, "measure", "m3", "gỗ tịch thu", period=N9i),
    F("và 12,5 tấn", "12,5", 12.5, "measure", "tấn", "động vật hoang dã tịch thu", period=N9i),
    F("gần 92 tỷ đồng", "92", 92000000000, "money", "đồng", "tổng thu nộp ngân sách nhà nước", approx="nearly",
      period=N9i),
    F("trên 6,2 triệu ha", "6,2", 6200000, "measure", "ha", "diện tích rừng giao khoán bảo vệ", approx="over", period=AS),
    F("là 14,86 triệu ha", "14,86", 14860000, "measure", "ha", "tổng diện tích rừng", period=AS),
    F("đạt 42,02%", "42,02", 42.02, "percent", "%", "tỷ lệ che phủ rừng", period=AS),
    F("Hiện 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố đã kiện toàn Ban chỉ đạo các cấp về lâm nghiệp",
      total=63),
    F("ở mức 42%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng", status="target", period=Y25),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "mức giảm số vụ vi phạm so với năm 2024", value_max=10, status="target",
      period=Y25),
]
HEADER = """
Ministry site (Cục Kiểm lâm, Bộ NN&PTNT): national forest fires and forest-law violations, 9 months 2024. No dateline, no date of its own.
Distractors: 'Chỉ thị số 13-CT/TW', phương châm '4 tại chỗ' (a name), fire-danger levels 'cấp IV, cấp V', 'Luật Lâm nghiệp năm 2017',
'Nghị định số 07/2022/NĐ-CP', address 'số 2 Ngọc Hà, Ba Đình, Hà Nội' (also a trap: Hà Nội is not the figures' place), hotline.
'118 vụ …, làm thiệt hại khoảng 563 ha rừng, giảm 27 vụ và giảm 39,8% diện tích thiệt hại': each change is named for its own figure
(27 vụ for the fires, 39,8% for the area). Province list: subject is the list's indicator, provinces in location.
'đã xử lý 7.925 vụ, trong đó … 7.612 …, 313' → total 7925 (adds up). 'tăng gấp 1,4 lần' with no base amount: a multiple figure.
Year-less 'tháng 4' and 'Tính đến 30/9' take 2024 from '9 tháng đầu năm 2024'. '63/63 tỉnh, thành phố' count with total 63 ('Hiện': no period).
2025 targets: status target; range 'từ 5 đến 10%' → value 5, value_max 10.
"""
write(NAME, TEXT, FIGS, HEADER, location="Việt Nam")
