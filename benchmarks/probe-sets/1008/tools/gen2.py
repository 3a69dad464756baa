from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN HẢI HẬU - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động | Thứ năm, 20/07/2023 - 16:05

Thị trấn Thịnh Long chủ động phòng, chống đuối nước mùa tắm biển

Năm 2023, khu du lịch biển Thịnh Long dự kiến đón khoảng 350 nghìn lượt khách, tăng gần 20% so với năm 2022. Để bảo đảm an toàn cho du khách, UBND thị trấn Thịnh Long đã kiện toàn Tổ cứu hộ bãi biển.

Hiện tổ có 24 thành viên, chia thành 6 chốt trực dọc 3 km bờ biển từ khu nghỉ mát Thịnh Long đến cửa Lạch Giang; mỗi chốt được trang bị 10 phao tròn và 5 áo phao. Các thành viên đều đã qua lớp tập huấn sơ cấp cứu do Hội Chữ thập đỏ huyện tổ chức.

Từ đầu tháng 5 đến nay, tổ đã cứu vớt 17 người gặp nạn, trong đó có 9 học sinh, sinh viên; nhắc nhở hơn 1.200 lượt người tắm biển ra quá vùng an toàn hoặc tắm khi treo cờ đỏ. Không có trường hợp nào tử vong.

Kinh phí chi trả cho tổ cứu hộ khoảng 480 triệu đồng/mùa, trong đó ngân sách huyện hỗ trợ 60%, phần còn lại trích từ nguồn thu phí vệ sinh môi trường và đóng góp của 42 nhà hàng, khách sạn ven biển. Mỗi thành viên được hưởng thù lao 5,5 triệu đồng/tháng trong 4 tháng cao điểm, từ tháng 5 đến tháng 8.

Chiều 18/7, tại bãi tắm số 2, UBND thị trấn phối hợp với Đồn Biên phòng Hải Lý tổ chức diễn tập cứu người đuối nước lần thứ 3 trong năm với sự tham gia của hơn 80 người. Ông Trần Văn Sáu, Chủ tịch UBND thị trấn cho biết, năm nay thị trấn phấn đấu không để xảy ra đuối nước tại bãi tắm và mở thêm 2 lớp dạy bơi miễn phí cho khoảng 60 trẻ em.

Du khách cần hỗ trợ có thể liên hệ số điện thoại trực cứu hộ 0228.3878.114 hoặc đến trụ sở tổ cứu hộ tại tổ dân phố 7, gần nút giao Quốc lộ 21 với đường Lạch Giang.

Văn Hưng - Trung tâm VH-TT&TT huyện
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu tháng 5 đến nay", "2023-05-01", "2023-07-20")
MAY_AUG = P("từ tháng 5 đến tháng 8", "2023-05-01", "2023-08-31")
NAMNAY = P("năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 350 nghìn lượt khách", "350", 350000, "count", "lượt khách",
      "lượt khách đến khu du lịch biển Thịnh Long", Y23, approx="about", status="forecast",
      change=C("increase", 20, "%", "năm 2022", "nearly")),
    F("có 24 thành viên", "24", 24, "count", "thành viên", "thành viên tổ cứu hộ bãi biển"),
    F("thành 6 chốt trực", "6", 6, "count", "chốt trực", "chốt trực cứu hộ"),
    F("dọc 3 km bờ biển", "3", 3, "measure", "km", "chiều dài bờ biển có chốt trực cứu hộ"),
    F("trang bị 10 phao tròn", "10", 10, "count", "phao tròn", "phao tròn trang bị mỗi chốt"),
    F("và 5 áo phao", "5", 5, "count", "áo phao", "áo phao trang bị mỗi chốt"),
    F("cứu vớt 17 người", "17", 17, "count", "người", "người gặp nạn được tổ cứu hộ cứu vớt", YTD),
    F("có 9 học sinh", "9", 9, "count", "học sinh, sinh viên", "học sinh, sinh viên được cứu vớt", YTD,
      total=17),
    F("hơn 1.200 lượt người", "1.200", 1200, "count", "lượt người",
      "lượt người tắm biển bị nhắc nhở do ra quá vùng an toàn hoặc tắm khi treo cờ đỏ", YTD, approx="over"),
    F("khoảng 480 triệu đồng/mùa", "480", 480e6, "money", "đồng/mùa", "kinh phí chi trả cho tổ cứu hộ",
      approx="about"),
    F("hỗ trợ 60%", "60", 60, "percent", "%", "ngân sách huyện hỗ trợ trong kinh phí tổ cứu hộ"),
    F("của 42 nhà hàng", "42", 42, "count", "nhà hàng, khách sạn",
      "nhà hàng, khách sạn ven biển đóng góp kinh phí cứu hộ"),
    F("thù lao 5,5 triệu", "5,5", 5.5e6, "money", "đồng/tháng", "thù lao mỗi thành viên tổ cứu hộ", MAY_AUG),
    F("hơn 80 người", "80", 80, "count", "người", "người tham gia diễn tập cứu người đuối nước",
      P("Chiều 18/7", "2023-07-18", "2023-07-18"), approx="over"),
    F("thêm 2 lớp dạy bơi", "2", 2, "count", "lớp dạy bơi", "lớp dạy bơi miễn phí mở thêm", NAMNAY,
      status="target"),
    F("khoảng 60 trẻ em", "60", 60, "count", "trẻ em", "trẻ em học bơi miễn phí", NAMNAY,
      approx="about", status="target"),
]

NOTES = [
    "Hải Hậu district portal (Nam Định): Thịnh Long beach lifeguard team, summer 2023. Figures take the district as location (the thị trấn lies in it).",
    "'Hiện tổ có ...' sentence: no period. 'Từ đầu tháng 5 đến nay' runs from 2023-05-01 to the dateline. 'trong 4 tháng cao điểm' only locates the pay in time (not a figure).",
    "'dự kiến đón khoảng 350 nghìn lượt khách' is a forecast; its 'tăng gần 20%' is the change. 'ngân sách huyện hỗ trợ 60%' after 'trong đó' is the share of a part: a percent figure of its own.",
    "'phấn đấu ... mở thêm 2 lớp ... cho khoảng 60 trẻ em' are targets for 'năm nay' (2023). 'Chiều 18/7' gives a one-day period to the 80 participants.",
    "Distractors: dateline, ordinal 'lần thứ 3', bãi tắm số 2, Ông Trần Văn Sáu, phone 0228.3878.114, tổ dân phố 7, Quốc lộ 21, 'Không có trường hợp nào tử vong'.",
]

write(2, TEXT, FIGS, NOTES, published="2023-07-20", location="Hải Hậu")
