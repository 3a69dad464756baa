from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Dân sinh
Thứ ba, 4/6/2024, 14:30 (GMT+7)

Mỗi năm gần 2.000 trẻ em tử vong do đuối nước

Đuối nước vẫn là nguyên nhân gây tử vong hàng đầu ở trẻ em từ 5 đến 14 tuổi, với khoảng 1.900-2.000 ca mỗi năm, theo Bộ Lao động - Thương binh và Xã hội.

Phát biểu tại lễ phát động Tháng hành động vì trẻ em sáng 4/6, Thứ trưởng Lao động - Thương binh và Xã hội cho biết năm 2023 cả nước có 1.924 trẻ em tử vong do đuối nước, giảm 9,1% so với năm 2022. Tỷ suất tử vong do đuối nước ở trẻ em là 7,8 trẻ/100.000 trẻ em. Các địa phương có nhiều trẻ tử vong là An Giang (86 em), Đồng Tháp (79 em) và Thanh Hóa (74 em).

Tính đến hết năm 2023, tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn đạt 42,5%; cả nước có hơn 23.000 bể bơi, trong đó khoảng 4.500 bể bơi di động được lắp đặt tại trường học.

Chương trình phòng, chống đuối nước trẻ em giai đoạn 2021-2030 được Thủ tướng phê duyệt tại Quyết định số 1248/QĐ-TTg. Chương trình đặt mục tiêu đến năm 2030 giảm 20% tỷ suất tử vong do đuối nước ở trẻ em so với năm 2020; 50% trẻ em từ 6 tuổi trở lên biết bơi an toàn. Tổng kinh phí thực hiện dự kiến khoảng 1,2 nghìn tỷ đồng.

Bên cạnh đó, cả nước hiện có khoảng 1,7 triệu trẻ em có hoàn cảnh đặc biệt, chiếm 6,8% tổng số trẻ em. Trong tháng 6/2024, Quỹ Bảo trợ trẻ em Việt Nam dự kiến vận động 25 tỷ đồng để hỗ trợ trẻ em nghèo, trẻ em mồ côi.

Tháng hành động vì trẻ em năm nay có chủ đề "Chung tay tạo dựng môi trường sống an toàn cho trẻ em", diễn ra từ ngày 1/6 đến 30/6.

Hồng Chiêu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AS23 = P("Tính đến hết năm 2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("gần 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm", None, approx="nearly"),
    F("từ 5 đến 14 tuổi", "5", 5, "measure", "tuổi", value_max=14, optional=True),
    F("khoảng 1.900-2.000 ca", "1.900", 1900, "count", "ca", "ca tử vong do đuối nước ở trẻ em mỗi năm", None,
      value_max=2000, approx="about"),
    F("có 1.924 trẻ em", "1.924", 1924, "count", "trẻ em", "trẻ em tử vong do đuối nước", Y23,
      change=CH("decrease", 9.1, baseline="năm 2022")),
    F("là 7,8 trẻ/100.000", "7,8", 7.8, "measure", "trẻ/100.000 trẻ em", "Tỷ suất tử vong do đuối nước ở trẻ em", I(Y23)),
    F("An Giang (86 em)", "86", 86, "count", "em", "trẻ tử vong do đuối nước", I(Y23), location="An Giang"),
    F("Đồng Tháp (79 em)", "79", 79, "count", "em", "trẻ tử vong do đuối nước", I(Y23), location="Đồng Tháp"),
    F("Thanh Hóa (74 em)", "74", 74, "count", "em", "trẻ tử vong do đuối nước", I(Y23), location="Thanh Hóa"),
    F("từ 6 đến 16 tuổi", "6", 6, "measure", "tuổi", value_max=16, optional=True),
    F("đạt 42,5%", "42,5", 42.5, "percent", "%", "tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn", AS23),
    F("hơn 23.000 bể bơi", "23.000", 23000, "count", "bể bơi", "bể bơi", AS23, approx="over"),
    F("khoảng 4.500 bể bơi", "4.500", 4500, "count", "bể bơi", "bể bơi di động được lắp đặt tại trường học", AS23,
      approx="about", total=23000),
    F("giảm 20%", "20", 20, "percent", "%", "giảm tỷ suất tử vong do đuối nước ở trẻ em so với năm 2020", T30, status="target"),
    F("50% trẻ em", "50", 50, "percent", "%", "trẻ em từ 6 tuổi trở lên biết bơi an toàn", T30, status="target"),
    F("từ 6 tuổi trở lên", "6", 6, "measure", "tuổi", optional=True),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1.2e12, "money", "đồng", "tổng kinh phí thực hiện Chương trình",
      I(P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")), approx="about", status="forecast"),
    F("khoảng 1,7 triệu trẻ em", "1,7", 1.7e6, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", None, approx="about", percent=6.8),
    F("vận động 25 tỷ đồng", "25", 25e9, "money", "đồng", "Quỹ Bảo trợ trẻ em Việt Nam vận động",
      P("Trong tháng 6/2024", "2024-06-01", "2024-06-30"), status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-style): drowning of children nationwide, Tháng hành động vì trẻ em 2024. Dateline 'Thứ ba, 4/6/2024, 14:30 (GMT+7)'.",
    "Distractors: 'sáng 4/6', Quyết định số 1248/QĐ-TTg, 'từ ngày 1/6 đến 30/6', 'giai đoạn 2021-2030' (program name), '(GMT+7)'.",
    "Age criteria ('từ 5 đến 14 tuổi', 'từ 6 đến 16 tuổi', 'từ 6 tuổi trở lên') are optional. 'mỗi năm' figures (headline, range) have no period.",
    "'khoảng 1.900-2.000 ca': range with approx about. Rate 7,8 trẻ/100.000 trẻ em: unit carries the denominator. Province list -> location.",
    "'Tính đến hết năm 2023' is as-of (end 2023-12-31) for 42,5% and the pools; 4.500 after 'trong đó' is part of 23.000.",
    "'đến năm 2030 giảm 20% … so với năm 2020': rate as the target claim (no change object). 50%: target.",
    "'Tổng kinh phí thực hiện dự kiến khoảng 1,2 nghìn tỷ đồng': forecast, 1,2·10^12; period of the program (inherited, not scored).",
    "'hiện có khoảng 1,7 triệu trẻ em …, chiếm 6,8%': no period; percent 6.8. 'dự kiến vận động 25 tỷ đồng': forecast, tháng 6/2024.",
]
emit("p460-7", TEXT, COMMENTS, FIGS, published="2024-06-04", location="Việt Nam")
