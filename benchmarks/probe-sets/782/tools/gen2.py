"""p782-2: Phong Điền district portal, reviving chợ nổi Phong Điền."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN PHONG ĐIỀN - THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Kinh tế - Du lịch
Thứ Năm, 20/06/2024 - 14:05

Chợ nổi Phong Điền hồi sinh, số ghe buôn bán tăng gấp 3 lần

Sau gần 2 năm thực hiện Kế hoạch số 86/KH-UBND của UBND huyện về khôi phục chợ nổi Phong Điền gắn với du lịch sinh thái miệt vườn, đến nay số ghe, xuồng buôn bán tại chợ đã tăng lên khoảng 120 chiếc, gấp 3 lần so với năm 2021.

Hiện có 104 hộ tham gia buôn bán thường xuyên, gồm các xã Nhơn Ái (42 hộ), Tân Thới (27 hộ), Giai Xuân (19 hộ) và thị trấn Phong Điền (16 hộ). Chợ họp từ 5 giờ đến 8 giờ sáng hằng ngày tại ngã ba sông, cách trung tâm huyện khoảng 500 m. Giá trái cây tại chợ thấp hơn từ 10 đến 15% so với chợ trên bờ; thu nhập của mỗi hộ đạt từ 300.000 đến 500.000 đồng/ngày.

Từ đầu năm đến nay, huyện đón 285.600 lượt khách, tăng 12,4% so với cùng kỳ, doanh thu du lịch đạt 92,7 tỷ đồng. Khoảng 35% du khách có kết hợp tham quan chợ nổi vào buổi sáng.

Huyện đã đầu tư 4,8 tỷ đồng nạo vét luồng lạch và xây dựng hai bến tàu du lịch; dự kiến năm 2024 tiếp tục bố trí 3,5 tỷ đồng lắp đặt phao tiêu, đèn chiếu sáng dọc tuyến Tỉnh lộ 923. Huyện phấn đấu đến năm 2025 chợ nổi có 200 ghe, xuồng tham gia và toàn huyện đón trên 400.000 lượt khách.

Minh Thư (Trung tâm Văn hóa - Thể thao huyện)
Điện thoại: 0292.3850.112
"""

NOW = P("đến nay", None, "2024-06-20")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_HO = "hộ tham gia buôn bán thường xuyên"

FIGS = [
    F("tăng gấp 3 lần\n", "3", 3, "multiple", "lần", subject="số ghe buôn bán tại chợ nổi Phong Điền"),
    F("khoảng 120 chiếc", "120", 120, "count", "chiếc", approx="about",
      change=CH("increase", 3, unit="lần", baseline="năm 2021"),
      subject="ghe, xuồng buôn bán tại chợ nổi Phong Điền", period=NOW),
    F("Hiện có 104 hộ", "104", 104, "count", "hộ", subject=SUBJ_HO),
    F("Nhơn Ái (42 hộ)", "42", 42, "count", "hộ", total=104, subject=SUBJ_HO),
    F("Tân Thới (27 hộ)", "27", 27, "count", "hộ", total=104, subject=SUBJ_HO),
    F("Giai Xuân (19 hộ)", "19", 19, "count", "hộ", total=104, subject=SUBJ_HO),
    F("Phong Điền (16 hộ)", "16", 16, "count", "hộ", total=104, subject=SUBJ_HO),
    F("khoảng 500 m", "500", 500, "measure", "m", approx="about", subject="khoảng cách từ chợ đến trung tâm huyện"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
      subject="giá trái cây tại chợ thấp hơn so với chợ trên bờ"),
    F("từ 300.000 đến 500.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", value_max=500000,
      subject="thu nhập của mỗi hộ"),
    F("đón 285.600 lượt khách", "285.600", 285600, "count", "lượt khách",
      change=CH("increase", 12.4, baseline="cùng kỳ"), subject="lượt khách huyện đón", period=YTD),
    F("đạt 92,7 tỷ đồng", "92,7", 92.7e9, "money", "đồng", subject="doanh thu du lịch", period=YTD),
    F("Khoảng 35% du khách", "35", 35, "percent", "%", approx="about",
      subject="du khách có kết hợp tham quan chợ nổi", period=I(YTD)),
    F("đầu tư 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng",
      subject="vốn đầu tư nạo vét luồng lạch và xây dựng bến tàu du lịch"),
    F("xây dựng hai bến tàu", "hai", 2, "count", "bến tàu", subject="bến tàu du lịch xây dựng"),
    F("bố trí 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", status="forecast",
      subject="kinh phí lắp đặt phao tiêu, đèn chiếu sáng", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 200 ghe", "200", 200, "count", "ghe", status="target",
      subject="ghe, xuồng tham gia chợ nổi", period=T25),
    F("trên 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", approx="over", status="target",
      subject="lượt khách toàn huyện đón", period=T25),
]

COMMENTS = [
    "Phong Điền district portal (Cần Thơ): reviving chợ nổi Phong Điền; dateline 'Thứ Năm, 20/06/2024 - 14:05', byline at the end.",
    "Location defaults to the district. Commune items in brackets stay at the district (the spec's location is a province,",
    "city or district). revised: commune items had the commune as location; corrected to Phong Điền after re-reading the spec.",
    "The commune items add up to the 104 households after 'gồm' -> total 104.",
    "Headline 'tăng gấp 3 lần' stands alone -> multiple; in the body 'gấp 3 lần so với năm 2021' follows 120 chiếc -> its change.",
    "'đến nay' / 'Từ đầu năm đến nay' end at the dateline. 'hai bến tàu' is a number word (2).",
    "Distractors: Kế hoạch số 86/KH-UBND, 'gần 2 năm' (duration locating time), '5 giờ đến 8 giờ' (times), Tỉnh lộ 923, phone.",
]

emit("p782-2", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Phong Điền")
