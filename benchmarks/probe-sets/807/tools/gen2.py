"""p807-2: district portal of Hải Hậu (Nam Định), Thịnh Long beach lifeguard force for the 2023 season."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Thị trấn Thịnh Long sẵn sàng lực lượng cứu hộ cho mùa du lịch biển

Thứ Hai, 05/06/2023 - 10:20

Sáng 03/6, UBND thị trấn Thịnh Long tổ chức ra quân lực lượng cứu hộ, cứu nạn bãi biển năm 2023. Năm nay, thị trấn bố trí 8 chòi cứu hộ dọc theo khoảng 3,2 km bờ biển, tăng 2 chòi so với năm 2022. Đội cứu hộ gồm 26 thành viên, trong đó 18 người có chứng chỉ cứu hộ bơi lội, chiếm 69,2%.

Thị trấn đã mua sắm bổ sung 120 phao cứu sinh, 40 phao tròn, 2 xuồng máy và 6 bộ đàm với tổng kinh phí gần 350 triệu đồng, trong đó ngân sách huyện hỗ trợ 200 triệu đồng, còn lại từ nguồn xã hội hóa. Mức phụ cấp cho mỗi thành viên đội cứu hộ là 180.000 đồng/ngày trực trong thời gian từ 15/5 đến 31/8.

Mùa du lịch năm 2022, bãi biển Thịnh Long đón hơn 450 nghìn lượt khách; lực lượng cứu hộ đã kịp thời ứng cứu 14 trường hợp gặp nguy hiểm khi tắm biển, không để xảy ra trường hợp tử vong nào. Năm 2023, thị trấn phấn đấu đón khoảng 500 nghìn lượt khách, bảo đảm 100% thời gian mở cửa bãi tắm đều có người trực cứu hộ.

Theo ông Trần Văn Hải, Chủ tịch UBND thị trấn, khu vực bãi tắm được chia thành 4 phân khu; thị trấn đã cắm biển cảnh báo tại 12 điểm có dòng chảy xa bờ và cấm tắm sau 18 giờ. Du khách cần hỗ trợ khẩn cấp xin gọi số 0228.3877.115 hoặc đến Chòi số 5, đường Trần Hưng Đạo.

Hải Hà (Đài Truyền thanh thị trấn Thịnh Long)
"""

NOW = P("Năm nay", "2023-01-01", "2023-12-31")
Y22 = P("Mùa du lịch năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
DUTY = P("từ 15/5 đến 31/8", "2023-05-15", "2023-08-31")

FIGS = [
    F("bố trí 8 chòi cứu hộ", "8", 8, "count", "chòi cứu hộ", "chòi cứu hộ", NOW,
      change=C("increase", 2, "chòi", "năm 2022")),
    F("khoảng 3,2 km", "3,2", 3.2, "measure", "km", "bờ biển bố trí chòi cứu hộ", NOW, approx="about"),
    F("gồm 26 thành viên", "26", 26, "count", "thành viên", "thành viên đội cứu hộ", I(NOW)),
    F("18 người có chứng chỉ", "18", 18, "count", "người", "thành viên có chứng chỉ cứu hộ bơi lội", I(NOW),
      total=26, percent=69.2),
    F("bổ sung 120 phao cứu sinh", "120", 120, "count", "phao cứu sinh", "phao cứu sinh mua sắm bổ sung"),
    F("40 phao tròn", "40", 40, "count", "phao tròn", "phao tròn mua sắm bổ sung"),
    F("2 xuồng máy", "2", 2, "count", "xuồng máy", "xuồng máy mua sắm bổ sung"),
    F("6 bộ đàm", "6", 6, "count", "bộ đàm", "bộ đàm mua sắm bổ sung"),
    F("gần 350 triệu đồng", "350", 350e6, "money", "đồng", "tổng kinh phí mua sắm trang thiết bị cứu hộ", approx="nearly"),
    F("hỗ trợ 200 triệu đồng", "200", 200e6, "money", "đồng", "ngân sách huyện hỗ trợ", total=350e6),
    F("là 180.000 đồng/ngày", "180.000", 180000, "money", "đồng/ngày", "mức phụ cấp cho mỗi thành viên đội cứu hộ", DUTY),
    F("hơn 450 nghìn lượt khách", "450", 450000, "count", "lượt khách", "lượt khách đến bãi biển Thịnh Long", Y22,
      approx="over"),
    F("ứng cứu 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp gặp nguy hiểm khi tắm biển được ứng cứu", Y22),
    F("khoảng 500 nghìn lượt khách", "500", 500000, "count", "lượt khách", "lượt khách đến bãi biển Thịnh Long", Y23,
      approx="about", status="target"),
    F("100% thời gian", "100", 100, "percent", "%", "thời gian mở cửa bãi tắm có người trực cứu hộ", Y23, status="target"),
    F("thành 4 phân khu", "4", 4, "count", "phân khu", "phân khu của khu vực bãi tắm"),
    F("tại 12 điểm", "12", 12, "count", "điểm", "điểm có dòng chảy xa bờ được cắm biển cảnh báo"),
]

write("p807-2", TEXT, [
    "District portal of Hải Hậu (Nam Định): Thịnh Long town's lifeguard force for the 2023 season, equipment, allowance, 2022 results, 2023 targets.",
    "Location is the district Hải Hậu (the thị trấn lies in it). 'Năm nay' = 2023 (dateline). 'từ 15/5 đến 31/8' is the period of the daily allowance.",
    "'Đội cứu hộ gồm 26 thành viên': 'gồm' introduces the whole, not a part. Equipment paragraph has no period phrase: no period.",
    "Distractors: 'Sáng 03/6', 'sau 18 giờ', phone 0228.3877.115, 'Chòi số 5', 'đường Trần Hưng Đạo', dateline time.",
], FIGS, published="2023-06-05", location="Hải Hậu")
