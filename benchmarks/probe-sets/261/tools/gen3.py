from lib import F, P, C, T, build

text = """
BỘ CÔNG AN - CỤC QUẢN LÝ XUẤT NHẬP CẢNH
Tin hoạt động

Quý III/2024: cấp hơn 1,1 triệu hộ chiếu phổ thông, 60,8% qua dịch vụ công trực tuyến
Ngày đăng: 18/10/2024

Trong quý III/2024, lực lượng Quản lý xuất nhập cảnh toàn quốc đã cấp 1.126.480 hộ chiếu phổ thông, tăng 7,3% so với quý II/2024; trong đó cấp qua dịch vụ công trực tuyến 684.920 hộ chiếu, chiếm 60,8%. Cục Quản lý xuất nhập cảnh trực tiếp cấp 142.305 hộ chiếu; các địa phương cấp nhiều nhất là Hà Nội (136.770), TP Hồ Chí Minh (128.415), Nghệ An (54.210) và Hà Tĩnh (31.060).

Tổng số lượt xuất nhập cảnh qua các cửa khẩu trong quý đạt 12,67 triệu lượt, tăng 12,4% so với cùng kỳ năm 2023, gồm 6,35 triệu lượt người Việt Nam và 6,32 triệu lượt người nước ngoài. Cũng trong quý, Cục đã cấp 2.845 thẻ thường trú và 41.760 thẻ tạm trú cho người nước ngoài.

Tính đến 30/9/2024, số người nước ngoài đang tạm trú tại Việt Nam khoảng 236.000 người, trong đó khoảng 162.000 người tạm trú tại 5 địa phương TP Hồ Chí Minh, Hà Nội, Bình Dương, Bắc Ninh và Hải Phòng.

Theo quy định của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14, thời hạn cấp hộ chiếu không quá 8 ngày làm việc; thực tế hiện nay thời gian giải quyết tại các địa phương từ 5 đến 7 ngày làm việc. Cục đang phối hợp triển khai cấp hộ chiếu gắn chíp điện tử; đến nay đã có 46/63 tỉnh, thành phố tiếp nhận hồ sơ loại hộ chiếu này.

Mọi thông tin cần giải đáp, công dân liên hệ Cục Quản lý xuất nhập cảnh, số 44-46 Trần Phú, Ba Đình, Hà Nội; đường dây nóng 069.2342.600.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
TQ = P("trong quý", "2024-07-01", "2024-09-30")
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
LIST = "hộ chiếu phổ thông cấp"

figs = [
    F("hơn 1,1 triệu hộ chiếu", "1,1", 1100000, "count", "hộ chiếu phổ thông", "hộ chiếu phổ thông được cấp",
      approx="over", period=P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("thông, 60,8% qua", "60,8", 60.8, "percent", "%", "hộ chiếu cấp qua dịch vụ công trực tuyến",
      period=P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("cấp 1.126.480 hộ chiếu", "1.126.480", 1126480, "count", "hộ chiếu phổ thông",
      "hộ chiếu phổ thông đã cấp",
      change=C("increase", 7.3, "%", "quý II/2024"), period=Q3),
    F("tuyến 684.920 hộ chiếu", "684.920", 684920, "count", "hộ chiếu", "hộ chiếu cấp qua dịch vụ công trực tuyến",
      total=1126480, percent=60.8, period=Q3),
    F("cấp 142.305 hộ chiếu", "142.305", 142305, "count", "hộ chiếu", "hộ chiếu Cục Quản lý xuất nhập cảnh trực tiếp cấp",
      period=Q3i),
    F("Hà Nội (136.770)", "136.770", 136770, "count", "hộ chiếu", LIST, location="Hà Nội", period=Q3i),
    F("TP Hồ Chí Minh (128.415)", "128.415", 128415, "count", "hộ chiếu", LIST, location="Hồ Chí Minh", period=Q3i),
    F("Nghệ An (54.210)", "54.210", 54210, "count", "hộ chiếu", LIST, location="Nghệ An", period=Q3i),
    F("Hà Tĩnh (31.060)", "31.060", 31060, "count", "hộ chiếu", LIST, location="Hà Tĩnh", period=Q3i),
    F("đạt 12,67 triệu lượt", "12,67", 12670000, "count", "lượt", "lượt xuất nhập cảnh qua các cửa khẩu",
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), period=TQ),
    F("gồm 6,35 triệu lượt", "6,35", 6350000, "count", "lượt người Việt Nam", "lượt xuất nhập cảnh của người Việt Nam",
      total=12670000, period=TQ),
    F("và 6,32 triệu lượt", "6,32", 6320000, "count", "lượt người nước ngoài", "lượt xuất nhập cảnh của người nước ngoài",
      total=12670000, period=TQ),
    F("cấp 2.845 thẻ", "2.845", 2845, "count", "thẻ thường trú", "thẻ thường trú cấp cho người nước ngoài", period=TQ),
    F("và 41.760 thẻ", "41.760", 41760, "count", "thẻ tạm trú", "thẻ tạm trú cấp cho người nước ngoài", period=TQ),
    F("khoảng 236.000 người", "236.000", 236000, "count", "người", "người nước ngoài đang tạm trú tại Việt Nam",
      approx="about", period=AS),
    F("khoảng 162.000 người", "162.000", 162000, "count", "người", "người nước ngoài tạm trú tại 5 địa phương",
      approx="about", total=236000, period=AS),
    F("tại 5 địa phương", "5", 5, "count", "địa phương", "địa phương có nhiều người nước ngoài tạm trú", optional=True),
    F("không quá 8 ngày", "8", 8, "measure", "ngày làm việc", "thời hạn cấp hộ chiếu theo quy định", approx="at_most",
      optional=True),
    F("từ 5 đến 7 ngày", "5", 5, "measure", "ngày làm việc", "thời gian giải quyết cấp hộ chiếu tại các địa phương",
      value_max=7),
    F("46/63 tỉnh", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố tiếp nhận hồ sơ hộ chiếu gắn chíp điện tử",
      total=63, period=P("đến nay", None, "2024-10-18")),
]

comments = [
    "Cổng TTĐT Bộ Công an / Cục Quản lý xuất nhập cảnh (ministry site): national quarterly results, quý III/2024.",
    "Dateline 'Ngày đăng: 18/10/2024'. Distractors: 'Luật ... số 49/2019/QH14', address 'số 44-46 Trần Phú, Ba Đình, Hà Nội' (a place in an address,",
    "not the figures' place), hotline 069.2342.600, 'quý II/2024' as a baseline. National figures: location Việt Nam; list items Hà Nội, TP HCM, ... are locations.",
    "Headline '60,8% qua dịch vụ công' is a share standing alone (percent figure). In the body, 684.920 after 'trong đó' has total 1.126.480 and percent 60,8.",
    "'gồm 6,35 ... và 6,32 triệu lượt' are parts of 12,67 triệu lượt. 162.000 after 'trong đó' is part of 236.000 (as of 30/9/2024).",
    "'5 địa phương' (group label) optional; 'không quá 8 ngày làm việc' is a legal time limit, not a statistic: optional. 'từ 5 đến 7 ngày' range.",
    "revised after the first run: subject of 1.126.480 was 'hộ chiếu phổ thông lực lượng Quản lý xuất nhập cảnh toàn quốc đã cấp' (actor is not the indicator).",
    "'trong quý' / 'Cũng trong quý' in a quarterly report is that quarter (as FIGURES.md's 'trong tháng'): stated, scored. 'đến nay' ends at the dateline.",
]
build(3, text, comments, "2024-10-18", "Việt Nam", figs)
