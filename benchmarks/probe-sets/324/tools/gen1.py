from lib import F, P, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 15/10/2024 08:30

Bình Định: 99,8% tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình

Chiều 14/10, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị đánh giá công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) 9 tháng năm 2024.

Tính đến ngày 30/9/2024, toàn tỉnh có 5.912 tàu cá đã đăng ký trên Cơ sở dữ liệu nghề cá quốc gia (VNFishbase), giảm 118 chiếc so với cuối năm 2023. Trong đó, tàu có chiều dài từ 15 m trở lên là 3.104 chiếc (chiếm 52,5%), tàu từ 12 m đến dưới 15 m là 1.146 chiếc, tàu từ 6 m đến dưới 12 m là 1.662 chiếc. Số tàu cá từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình (VMS) là 3.098/3.104 chiếc, đạt 99,8%; 6 tàu chưa lắp do nằm bờ dài ngày, hư hỏng.

Từ đầu năm đến nay, Trạm bờ của tỉnh ghi nhận 2.436 lượt tàu mất kết nối VMS trên 6 giờ khi hoạt động trên biển, giảm 31,4% so với cùng kỳ năm 2023; 27 tàu mất kết nối trên 10 ngày không đưa tàu về bờ theo quy định. Lực lượng chức năng đã xử phạt vi phạm hành chính 64 vụ với tổng số tiền 3,27 tỷ đồng; trong đó 19 vụ vi phạm quy định về duy trì thiết bị VMS, bị phạt 1,14 tỷ đồng.

Toàn tỉnh đã kiểm soát 48.920 lượt tàu xuất, nhập bến tại 4 cảng cá chỉ định; sản lượng thủy sản bốc dỡ qua cảng khoảng 42.600 tấn, trong đó cá ngừ đại dương 7.815 tấn (chiếm 18,3%). Chi cục Thủy sản đã cấp mới, cấp lại 1.287 giấy phép khai thác thủy sản, đạt 95,6% số tàu thuộc diện phải cấp phép.

Năm 2025, tỉnh phấn đấu 100% tàu cá từ 15 m trở lên duy trì hoạt động VMS 24/24 giờ, thực hiện nghiêm Nghị định số 37/2024/NĐ-CP và Chỉ thị số 32/CT-TTg; không để tàu cá vi phạm vùng biển nước ngoài.

Lượt xem: 3.412
Địa chỉ: số 02 Trần Phú, TP Quy Nhơn. Điện thoại: 0256.3822.517
"""

A = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
AI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
YI = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15", inh=True)
B = 10**9

FIGS = [
    F("Bình Định: 99,8% tàu", "99,8", "percent", "%", "tàu cá từ 15 m trở lên đã lắp thiết bị giám sát hành trình", AI),
    F("tàu cá từ 15 m trở lên đã lắp thiết bị", "15", "measure", "m", optional=True),
    F("có 5.912 tàu cá", "5.912", "count", "tàu cá", "tàu cá đã đăng ký trên Cơ sở dữ liệu nghề cá quốc gia", A,
      change=CH("decrease", 118, unit="chiếc", baseline="cuối năm 2023")),
    F("dài từ 15 m trở lên là", "15", "measure", "m", optional=True),
    F("là 3.104 chiếc", "3.104", "count", "chiếc", "tàu có chiều dài từ 15 m trở lên", AI, total=5912, percent=52.5),
    F("tàu từ 12 m đến dưới 15 m", "12", "measure", "m", value_max=15, optional=True),
    F("đến dưới 15 m là 1.146", "15", "measure", "m", optional=True),
    F("là 1.146 chiếc", "1.146", "count", "chiếc", "tàu từ 12 m đến dưới 15 m", AI, total=5912),
    F("tàu từ 6 m đến dưới 12 m", "6", "measure", "m", value_max=12, optional=True),
    F("đến dưới 12 m là", "12", "measure", "m", optional=True),
    F("là 1.662 chiếc", "1.662", "count", "chiếc", "tàu từ 6 m đến dưới 12 m", AI, total=5912),
    F("Số tàu cá từ 15 m trở lên đã lắp", "15", "measure", "m", optional=True),
    F("là 3.098/3.104 chiếc", "3.098", "count", "chiếc",
      "tàu cá từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình (VMS)", AI, total=3104, percent=99.8),
    F("6 tàu chưa lắp", "6", "count", "tàu", "tàu chưa lắp thiết bị VMS", AI),
    F("ghi nhận 2.436 lượt tàu", "2.436", "count", "lượt tàu", "lượt tàu mất kết nối VMS trên 6 giờ", Y,
      change=CH("decrease", 31.4, baseline="cùng kỳ năm 2023")),
    F("trên 6 giờ khi hoạt động", "6", "measure", "giờ", optional=True),
    F("; 27 tàu mất kết nối", "27", "count", "tàu", "tàu mất kết nối trên 10 ngày không đưa tàu về bờ", Y),
    F("trên 10 ngày không đưa", "10", "measure", "ngày", optional=True),
    F("hành chính 64 vụ", "64", "count", "vụ", "vụ vi phạm hành chính bị xử phạt", YI),
    F("tiền 3,27 tỷ đồng", "3,27", "money", "đồng", "tổng số tiền xử phạt", YI, B),
    F("trong đó 19 vụ", "19", "count", "vụ", "vụ vi phạm quy định về duy trì thiết bị VMS", YI, total=64),
    F("phạt 1,14 tỷ đồng", "1,14", "money", "đồng", "tiền phạt vi phạm quy định về duy trì thiết bị VMS", YI, B,
      total=3270000000),
    F("kiểm soát 48.920 lượt tàu", "48.920", "count", "lượt tàu", "lượt tàu xuất, nhập bến được kiểm soát", YI),
    F("tại 4 cảng cá chỉ định", "4", "count", "cảng cá", "cảng cá chỉ định", None),
    F("khoảng 42.600 tấn", "42.600", "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", YI, approx="about"),
    F("đại dương 7.815 tấn", "7.815", "measure", "tấn", "sản lượng cá ngừ đại dương bốc dỡ qua cảng", YI,
      total=42600, percent=18.3),
    F("lại 1.287 giấy phép", "1.287", "count", "giấy phép", "giấy phép khai thác thủy sản cấp mới, cấp lại", YI,
      percent=95.6),
    F("phấn đấu 100% tàu cá", "100", "percent", "%", "tàu cá từ 15 m trở lên duy trì hoạt động VMS",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("từ 15 m trở lên duy trì", "15", "measure", "m", optional=True),
    F("24/24 giờ", "24", "measure", "giờ", total=24, optional=True),
]

COMMENTS = [
    "Provincial portal (Cổng TTĐT tỉnh Bình Định), breadcrumb, 'Cập nhật: dd/mm/yyyy hh:mm'; view counter, address and phone at the foot.",
    "Fleet by length as of 30/9/2024: 'Trong đó' parts take the whole 5.912 (sum 3.104+1.146+1.662); '3.098/3.104' gives total 3104.",
    "Length-class limits ('từ 15 m trở lên', 'từ 12 m đến dưới 15 m'), the thresholds 'trên 6 giờ', 'trên 10 ngày' and '24/24 giờ' are",
    "labels of a class or a rule, not facts: optional. 'giảm 118 chiếc so với cuối năm 2023' is the change of 5.912 in unit chiếc.",
    "'Từ đầu năm đến nay' = 2024-01-01..published. 'khoảng' with no 'ước' is approx about, status actual (as h07).",
    "'4 cảng cá chỉ định' is a count with no period. The headline 99,8% inherits the as-of date. Distractors: 'Chiều 14/10', '9 tháng năm 2024' (the",
    "conference's period), Nghị định số 37/2024/NĐ-CP, Chỉ thị số 32/CT-TTg, 'Lượt xem: 3.412', 'số 02 Trần Phú', phone 0256.3822.517.",
]

emit("p324-1", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Bình Định")
