from lib import F, P, I, CH, TG, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Trang chủ | Tin hoạt động | Bảo vệ, chăm sóc trẻ em

Đồng Tháp tăng cường phòng, chống đuối nước trẻ em dịp hè
Ngày đăng: 20/08/2024 | Lượt xem: 856

Theo số liệu của Sở Lao động - Thương binh và Xã hội, 7 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 14 vụ đuối nước làm 17 trẻ em tử vong, giảm 6 trẻ em so với cùng kỳ năm 2023. Trong đó, nhóm từ 5 đến 10 tuổi có 9 em, chiếm 52,9%. Phần lớn các vụ việc xảy ra vào buổi chiều, khoảng từ 15 giờ đến 18 giờ, tại ao, mương, sông, rạch gần nhà.

Để giảm thiểu tai nạn, từ đầu năm đến nay, ngành Văn hóa, Thể thao và Du lịch phối hợp với Tỉnh đoàn mở 312 lớp dạy bơi an toàn cho 9.860 trẻ em, trong đó 8.725 em biết bơi sau khóa học, đạt tỷ lệ 88,5%. Các huyện mở nhiều lớp là Tháp Mười (46 lớp), Cao Lãnh (41 lớp) và Hồng Ngự (38 lớp).

Toàn tỉnh hiện có 126 bể bơi, trong đó 58 bể bơi di động đặt tại các trường học, tăng 11 bể so với năm 2023.

Tính đến tháng 7/2024, tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi toàn tỉnh đạt 46,2%, cao hơn 4,7 điểm phần trăm so với năm 2023. Theo Kế hoạch số 85/KH-UBND của UBND tỉnh, đến năm 2025 tỷ lệ này phấn đấu đạt 55%.

Bên cạnh dạy bơi, các địa phương đã cắm gần 1.400 biển cảnh báo tại các điểm nguy hiểm và tổ chức 265 buổi truyền thông với trên 21 nghìn lượt phụ huynh, học sinh tham dự.

Phụ huynh cần hỗ trợ, tư vấn về bảo vệ trẻ em có thể liên hệ Tổng đài 111 hoặc Phòng Bảo trợ xã hội - Trẻ em, số điện thoại 0277.3851.427.

Ban Biên tập
"""

Y7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-20")
T7 = P("Tính đến tháng 7/2024", None, "2024-07-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("xảy ra 14 vụ", "14", 14, "count", "vụ", "vụ đuối nước", Y7),
    F("làm 17 trẻ em", "17", 17, "count", "trẻ em", "trẻ em tử vong do đuối nước", Y7,
      change=CH("decrease", 6, "trẻ em", "cùng kỳ năm 2023")),
    F("từ 5 đến 10 tuổi", "5", 5, "measure", "tuổi", value_max=10, optional=True),
    F("có 9 em", "9", 9, "count", "em", "trẻ em tử vong do đuối nước nhóm từ 5 đến 10 tuổi", I(Y7), total=17, percent=52.9),
    F("mở 312 lớp", "312", 312, "count", "lớp", "lớp dạy bơi an toàn", YTD),
    F("cho 9.860 trẻ em", "9.860", 9860, "count", "trẻ em", "trẻ em học bơi", YTD),
    F("8.725 em", "8.725", 8725, "count", "em", "trẻ em biết bơi sau khóa học", YTD, total=9860, percent=88.5),
    F("Tháp Mười (46 lớp)", "46", 46, "count", "lớp", "lớp dạy bơi", I(YTD), location="Tháp Mười"),
    F("Cao Lãnh (41 lớp)", "41", 41, "count", "lớp", "lớp dạy bơi", I(YTD), location="Cao Lãnh"),
    F("Hồng Ngự (38 lớp)", "38", 38, "count", "lớp", "lớp dạy bơi", I(YTD), location="Hồng Ngự"),
    F("có 126 bể bơi", "126", 126, "count", "bể bơi", "bể bơi"),
    F("58 bể bơi", "58", 58, "count", "bể bơi", "bể bơi di động đặt tại các trường học", None,
      total=126, change=CH("increase", 11, "bể", "năm 2023")),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", value_max=15, optional=True),
    F("đạt 46,2%", "46,2", 46.2, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi", T7,
      change=CH("increase", 4.7, "điểm phần trăm", "năm 2023")),
    F("đạt 55%", "55", 55, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi", T25, status="target"),
    F("gần 1.400 biển", "1.400", 1400, "count", "biển cảnh báo", "biển cảnh báo cắm tại các điểm nguy hiểm", I(YTD), approx="nearly"),
    F("265 buổi", "265", 265, "count", "buổi truyền thông", "buổi truyền thông", I(YTD)),
    F("trên 21 nghìn lượt", "21", 21000, "count", "lượt phụ huynh, học sinh", "lượt phụ huynh, học sinh tham dự truyền thông", I(YTD),
      approx="over"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Đồng Tháp (department site): phòng, chống đuối nước trẻ em, 7 tháng 2024; dạy bơi; bể bơi; tỷ lệ biết bơi; 2025 target.",
    "'Ngày đăng: 20/08/2024 | Lượt xem: 856'. Distractors: times 'từ 15 giờ đến 18 giờ', Kế hoạch số 85/KH-UBND, Tổng đài 111,",
    "phone 0277.3851.427. Age ranges 'từ 5 đến 10 tuổi', 'từ 6 đến 15 tuổi' define the group: optional.",
    "'giảm 6 trẻ em so với cùng kỳ' is the change (unit trẻ em) of 17 deaths. '9 em' after 'Trong đó' is part of the 17 (percent 52.9).",
    "'trong đó 8.725 em biết bơi' is part of 9.860 trẻ em (same children). 'hiện có 126 bể bơi' has no period (none stated for it).",
    "58 mobile pools: part of 126 ('trong đó'), change +11 bể vs năm 2023. 46,2% is a level with a change in điểm phần trăm.",
    "'đến năm 2025 … phấn đấu đạt 55%': target. 'Tính đến tháng 7/2024' is an as-of phrase (end 2024-07-31).",
    "Last paragraph (signs, communication sessions) has no period of its own: inherited from 'từ đầu năm đến nay' (not scored).",
]
emit("p460-2", TEXT, COMMENTS, FIGS, published="2024-08-20", location="Đồng Tháp")
