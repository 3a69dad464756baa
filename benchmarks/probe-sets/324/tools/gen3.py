from lib import F, P, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KIÊN GIANG
Tin hoạt động ngành

Kiên Giang xử phạt hơn 5 tỷ đồng các vi phạm về khai thác thủy sản
Ngày đăng: 21/08/2024 | Lượt xem: 1.207

Theo Chi cục Thủy sản, trong 6 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, xử lý 214 vụ vi phạm trong lĩnh vực thủy sản, tăng 12,6% so với cùng kỳ năm 2023, tổng số tiền phạt 5,08 tỷ đồng. Trong đó, Chi cục Thủy sản xử phạt 87 vụ, 2,14 tỷ đồng; Bộ đội Biên phòng tỉnh 71 vụ, 1,63 tỷ đồng; Bộ Tư lệnh Vùng Cảnh sát biển 4 và các lực lượng khác 56 vụ, 1,31 tỷ đồng.

Về hành vi, vi phạm quy định về thiết bị giám sát hành trình có 63 vụ (chiếm 29,4%), khai thác sai vùng, tuyến 48 vụ, không ghi hoặc ghi không đầy đủ nhật ký khai thác 39 vụ, sử dụng tàu cá không đăng ký, đăng kiểm 22 vụ. Theo địa bàn, số vụ vi phạm tập trung tại Phú Quốc 46 vụ, Kiên Hải 38 vụ, Rạch Giá 35 vụ và An Biên 21 vụ.

Đáng chú ý, từ đầu năm đến nay, toàn tỉnh ghi nhận 1.358 lượt tàu mất kết nối VMS quá 6 giờ; cơ quan chức năng đã xử phạt 17 trường hợp mất kết nối quá 10 ngày, số tiền 680 triệu đồng, mỗi trường hợp từ 30 đến 50 triệu đồng theo Nghị định số 38/2024/NĐ-CP.

Hiện toàn tỉnh có 9.187 tàu cá, trong đó 4.102 tàu dài từ 15 m trở lên; tỷ lệ tàu thuộc diện phải lắp đã lắp VMS đạt 99,6%. Ông Nguyễn Văn Tám, Chi cục trưởng Chi cục Thủy sản cho biết, chỉ tiêu năm 2024 là giảm ít nhất 20% số vụ vi phạm so với năm 2023, không để phát sinh tàu cá vi phạm vùng biển nước ngoài.

Đường dây nóng tiếp nhận phản ánh: 0297.3811.625 (Chi cục Thủy sản, số 19 Nguyễn Trung Trực, TP Rạch Giá).
"""

H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y = P("từ đầu năm đến nay", "2024-01-01", "2024-08-21")
B = 10**9
M = 10**6

FIGS = [
    F("hơn 5 tỷ đồng", "5", "money", "đồng", "tiền xử phạt các vi phạm về khai thác thủy sản", HI, B, approx="over"),
    F("xử lý 214 vụ", "214", "count", "vụ", "vụ vi phạm trong lĩnh vực thủy sản", H,
      change=CH("increase", 12.6, baseline="cùng kỳ năm 2023")),
    F("phạt 5,08 tỷ đồng", "5,08", "money", "đồng", "tổng số tiền phạt", H, B),
    F("xử phạt 87 vụ", "87", "count", "vụ", "vụ vi phạm Chi cục Thủy sản xử phạt", HI, total=214),
    F("vụ, 2,14 tỷ đồng", "2,14", "money", "đồng", "tiền phạt Chi cục Thủy sản", HI, B, total=5080000000),
    F("tỉnh 71 vụ", "71", "count", "vụ", "vụ vi phạm Bộ đội Biên phòng tỉnh xử phạt", HI, total=214),
    F("vụ, 1,63 tỷ đồng", "1,63", "money", "đồng", "tiền phạt Bộ đội Biên phòng tỉnh", HI, B, total=5080000000),
    F("khác 56 vụ", "56", "count", "vụ", "vụ vi phạm Cảnh sát biển và các lực lượng khác xử phạt", HI, total=214),
    F("vụ, 1,31 tỷ đồng", "1,31", "money", "đồng", "tiền phạt Cảnh sát biển và các lực lượng khác", HI, B,
      total=5080000000),
    F("có 63 vụ", "63", "count", "vụ", "vi phạm quy định về thiết bị giám sát hành trình", HI, percent=29.4),
    F("tuyến 48 vụ", "48", "count", "vụ", "vi phạm khai thác sai vùng, tuyến", HI),
    F("khai thác 39 vụ", "39", "count", "vụ", "vi phạm không ghi hoặc ghi không đầy đủ nhật ký khai thác", HI),
    F("đăng kiểm 22 vụ", "22", "count", "vụ", "vi phạm sử dụng tàu cá không đăng ký, đăng kiểm", HI),
    F("Phú Quốc 46 vụ", "46", "count", "vụ", "số vụ vi phạm", HI, location="Phú Quốc"),
    F("Kiên Hải 38 vụ", "38", "count", "vụ", "số vụ vi phạm", HI, location="Kiên Hải"),
    F("Rạch Giá 35 vụ", "35", "count", "vụ", "số vụ vi phạm", HI, location="Rạch Giá"),
    F("An Biên 21 vụ", "21", "count", "vụ", "số vụ vi phạm", HI, location="An Biên"),
    F("nhận 1.358 lượt tàu", "1.358", "count", "lượt tàu", "lượt tàu mất kết nối VMS quá 6 giờ", Y),
    F("quá 6 giờ", "6", "measure", "giờ", optional=True),
    F("phạt 17 trường hợp", "17", "count", "trường hợp", "trường hợp mất kết nối quá 10 ngày bị xử phạt", Y),
    F("quá 10 ngày", "10", "measure", "ngày", optional=True),
    F("tiền 680 triệu đồng", "680", "money", "đồng", "số tiền xử phạt mất kết nối quá 10 ngày", Y, M),
    F("từ 30 đến 50 triệu đồng", "30", "money", "đồng", "mức phạt mỗi trường hợp", Y, M, value_max=50 * M),
    F("có 9.187 tàu cá", "9.187", "count", "tàu cá", "tàu cá"),
    F("trong đó 4.102 tàu", "4.102", "count", "tàu", "tàu dài từ 15 m trở lên", total=9187),
    F("dài từ 15 m trở lên", "15", "measure", "m", optional=True),
    F("đạt 99,6%", "99,6", "percent", "%", "tỷ lệ tàu thuộc diện phải lắp đã lắp VMS"),
    F("ít nhất 20% số vụ", "20", "percent", "%", "giảm số vụ vi phạm so với năm 2023",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Kiên Giang), headline then 'Ngày đăng: dd/mm/yyyy | Lượt xem: N' (no time). Province-wide, H1/2024.",
    "'Trong đó' after '214 vụ …, tổng số tiền phạt 5,08 tỷ đồng': each agency's count takes total 214 and its money total 5,08 tỷ (parts add up).",
    "Agencies are not places: location stays Kiên Giang. The behaviour breakdown ('Về hành vi, …') has no part cue -> no total; '(chiếm 29,4%)' is 63's share.",
    "'tập trung tại Phú Quốc 46 vụ, …': list items, the place is the location, subject the list's indicator. 'từ 30 đến 50 triệu đồng' is a range",
    "(money per case, a fact in the report's sentence). 'từ đầu năm đến nay' ends at the published date. 'Hiện' figures have no period.",
    "'chỉ tiêu năm 2024 là giảm ít nhất 20%' is a target figure (at_least). Distractors: 'Lượt xem: 1.207', 'Vùng Cảnh sát biển 4' (a name),",
    "Nghị định số 38/2024/NĐ-CP, 'Ông Nguyễn Văn Tám' (a name that is a number word), hotline 0297.3811.625, 'số 19 Nguyễn Trung Trực'.",
]

emit("p324-3", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Kiên Giang")
