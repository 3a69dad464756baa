"""p1092-5: Báo Nghệ An (Party newspaper), child abuse in Nghệ An, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Báo động tình trạng xâm hại trẻ em

Theo số liệu của Sở Lao động - Thương binh và Xã hội Nghệ An, năm 2023 toàn tỉnh phát hiện 86 vụ xâm hại trẻ em với 91 nạn nhân, tăng 9 vụ so với năm 2022. Đáng chú ý, có tới 73 vụ xâm hại tình dục, chiếm 84,9%; phần lớn đối tượng là người quen, hàng xóm của nạn nhân.

Từ đầu năm 2024 đến nay, toàn tỉnh đã xảy ra 31 vụ, trong đó huyện Quỳnh Lưu 4 vụ, Diễn Châu 5 vụ và thành phố Vinh 3 vụ. Nhiều vụ việc để lại hậu quả nặng nề, như vụ một bé gái 13 tuổi ở huyện Nghi Lộc bị người hàng xóm 52 tuổi xâm hại nhiều lần, chỉ được phát hiện khi cô giáo gọi Tổng đài 111.

Bà Nguyễn Thị Hà, Phó Giám đốc Sở LĐ-TB&XH cho biết, toàn tỉnh hiện có hơn 13.500 trẻ em có hoàn cảnh đặc biệt và khoảng 42.000 trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt, trong khi mỗi xã chỉ có 1 cán bộ kiêm nhiệm công tác trẻ em. Trong 5 tháng đầu năm 2024, đường dây nóng của Sở (số 0238.3844.512) tiếp nhận 214 cuộc gọi, trong đó 23 cuộc gọi phản ánh nghi vấn xâm hại trẻ em.

Năm 2023, Quỹ Bảo trợ trẻ em tỉnh vận động được 4,8 tỷ đồng, gấp 1,6 lần năm 2022, hỗ trợ phẫu thuật cho 126 trẻ em bị dị tật tim bẩm sinh, khe hở môi - vòm miệng. Mỗi ca phẫu thuật tim có chi phí từ 80 đến 120 triệu đồng, Quỹ hỗ trợ 30%.

Thực hiện Chỉ thị số 28-CT/TU của Ban Thường vụ Tỉnh ủy, tỉnh phấn đấu đến năm 2025 giảm 10% số trẻ em bị xâm hại so với năm 2023, 100% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời.

THANH HÀ
05/06/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-06-05")
M5 = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("phát hiện 86 vụ", "86", 86, "count", "vụ", "vụ xâm hại trẻ em", Y23, change=C("increase", 9, "vụ", "năm 2022")),
    F("với 91 nạn nhân", "91", 91, "count", "nạn nhân", "nạn nhân bị xâm hại", Y23),
    F("có tới 73 vụ", "73", 73, "count", "vụ", "vụ xâm hại tình dục trẻ em", I(Y23), percent=84.9),
    F("xảy ra 31 vụ", "31", 31, "count", "vụ", "vụ xâm hại trẻ em", YTD),
    F("Quỳnh Lưu 4 vụ", "4", 4, "count", "vụ", "vụ xâm hại trẻ em", YTD, total=31, location="Quỳnh Lưu"),
    F("Diễn Châu 5 vụ", "5", 5, "count", "vụ", "vụ xâm hại trẻ em", YTD, total=31, location="Diễn Châu"),
    F("Vinh 3 vụ", "3", 3, "count", "vụ", "vụ xâm hại trẻ em", YTD, total=31, location="Vinh"),
    F("bé gái 13 tuổi", "13", 13, "measure", "tuổi", "tuổi của bé gái bị xâm hại", location="Nghi Lộc", optional=True),
    F("hàng xóm 52 tuổi", "52", 52, "measure", "tuổi", "tuổi của đối tượng xâm hại", location="Nghi Lộc", optional=True),
    F("hơn 13.500 trẻ em", "13.500", 13500, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", approx="over"),
    F("khoảng 42.000 trẻ em", "42.000", 42000, "count", "trẻ em", "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt",
      approx="about"),
    F("chỉ có 1 cán bộ", "1", 1, "count", "cán bộ", "cán bộ kiêm nhiệm công tác trẻ em mỗi xã"),
    F("tiếp nhận 214 cuộc gọi", "214", 214, "count", "cuộc gọi", "cuộc gọi đường dây nóng của Sở tiếp nhận", M5),
    F("trong đó 23 cuộc gọi", "23", 23, "count", "cuộc gọi", "cuộc gọi phản ánh nghi vấn xâm hại trẻ em", M5, total=214),
    F("được 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động",
      P("Năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 1.6, "lần", "năm 2022")),
    F("cho 126 trẻ em", "126", 126, "count", "trẻ em", "trẻ em bị dị tật tim bẩm sinh, khe hở môi - vòm miệng được hỗ trợ phẫu thuật",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 80 đến 120 triệu đồng", "80", 80e6, "money", "đồng/ca", "chi phí mỗi ca phẫu thuật tim", I(Y23), value_max=120e6),
    F("Quỹ hỗ trợ 30%", "30", 30, "percent", "%", "tỷ lệ chi phí phẫu thuật tim Quỹ hỗ trợ", I(Y23)),
    F("giảm 10% số trẻ em", "10", 10, "percent", "%", "giảm số trẻ em bị xâm hại so với năm 2023", TGT, status="target"),
    F("2023, 100% trẻ em", "100", 100, "percent", "%", "trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", TGT,
      status="target"),
]

NOTES = [
    "Báo Nghệ An (Party newspaper): xâm hại trẻ em ở Nghệ An; byline 'THANH HÀ' and bare date '05/06/2024' at the end give published.",
    "Distractors: Tổng đài 111, phone 0238.3844.512, Chỉ thị số 28-CT/TU, the year-only baselines.",
    "'tăng 9 vụ' is the change of 86 vụ (not of 91 nạn nhân). '73 vụ ..., chiếm 84,9%' carries the share but no total: no part-of cue.",
    "District list after 'trong đó' shares the indicator 'vụ xâm hại trẻ em' and the whole 31; districts are locations.",
    "Ages of the victim and offender in the example (13 tuổi, 52 tuổi) are optional.",
    "'gấp 1,6 lần năm 2022' after an amount is its change (unit lần), not a multiple figure.",
    "'hiện có' gives no period; the surgery cost sentence inherits năm 2023.",
]

write("p1092-5", TEXT, NOTES, FIGS, published="2024-06-05", location="Nghệ An")
