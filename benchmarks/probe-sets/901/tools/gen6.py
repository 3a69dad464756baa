"""p901-6: national newspaper, the last handmade lime kilns of thị xã Hoàng Mai (Nghệ An) go out (1/2025)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Xã hội
Thứ bảy, 18/1/2025, 07:30 (GMT+7)
Những lò vôi thủ công cuối cùng ở Hoàng Mai tắt lửa

Nghệ An - 7 lò vôi thủ công cuối cùng ở phường Quỳnh Thiện và xã Quỳnh Vinh, thị xã Hoàng Mai vừa đồng loạt tắt lửa, khép lại nghề nung vôi thủ công tồn tại nhiều đời.

Theo UBND thị xã Hoàng Mai, thời điểm cao nhất năm 2015, địa phương có 162 lò vôi thủ công, sản xuất khoảng 400.000 tấn vôi mỗi năm, tạo việc làm cho hơn 1.500 lao động. Từ năm 2020 đến nay, thị xã đã vận động tháo dỡ 155 lò, hỗ trợ gần 7,8 tỷ đồng cho các hộ.

Bà Hồ Thị Tám ở xóm 3, xã Quỳnh Vinh, gắn bó với nghề vôi gần 30 năm, kể mỗi mẻ vôi nung mất 5-6 ngày, ra được khoảng 20 tấn, lãi chỉ 2-3 triệu đồng. "Khói bụi lắm, cả xóm ai cũng ho", bà nói. Nay bà chuyển sang làm công nhân bốc xếp cho Công ty TNHH Vôi Hoàng Mai với lương 7,5 triệu đồng/tháng.

Công ty này đã đầu tư lò đứng công suất 200 tấn/ngày, tổng vốn 68 tỷ đồng, tiếp nhận 45 lao động từ các lò thủ công. Toàn tỉnh Nghệ An hiện có 14 lò vôi công nghiệp với tổng công suất khoảng 1,2 triệu tấn/năm.

Theo Hội Vật liệu xây dựng Việt Nam, năm 2024 cả nước xuất khẩu khoảng 2,6 triệu tấn vôi và dolomite nung, thu về 245 triệu USD, tăng 11,4% so với năm 2023. Các doanh nghiệp dự kiến năm 2025 xuất khẩu đạt 2,8-3 triệu tấn.

Hùng Lê
"""

Y15 = P("năm 2015", "2015-01-01", "2015-12-31")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2025-01-18")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Nghệ An - 7 lò", "7", 7, "count", "lò vôi", "lò vôi thủ công cuối cùng tắt lửa"),
    F("có 162 lò vôi", "162", 162, "count", "lò vôi", "lò vôi thủ công", Y15),
    F("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn/năm", "sản lượng vôi mỗi năm", Y15, approx="about"),
    F("hơn 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động làm lò vôi thủ công", Y15, approx="over"),
    F("tháo dỡ 155 lò", "155", 155, "count", "lò", "lò vôi thủ công được vận động tháo dỡ", SINCE),
    F("gần 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", "kinh phí hỗ trợ các hộ tháo dỡ lò", SINCE,
      approx="nearly"),
    F("gần 30 năm", "30", 30, "measure", "năm", "thời gian gắn bó với nghề vôi", approx="nearly", optional=True),
    F("mất 5-6 ngày", "5", 5, "measure", "ngày", "thời gian nung mỗi mẻ vôi", value_max=6),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn", "lượng vôi mỗi mẻ", approx="about"),
    F("lãi chỉ 2-3 triệu", "2", 2000000, "money", "đồng", "tiền lãi mỗi mẻ vôi", value_max=3000000),
    F("lương 7,5 triệu đồng/tháng", "7,5", 7500000, "money", "đồng/tháng", "lương công nhân bốc xếp"),
    F("công suất 200 tấn/ngày", "200", 200, "measure", "tấn/ngày", "công suất lò đứng của Công ty TNHH Vôi Hoàng Mai"),
    F("tổng vốn 68 tỷ đồng", "68", 68000000000, "money", "đồng", "tổng vốn đầu tư lò đứng"),
    F("tiếp nhận 45 lao động", "45", 45, "count", "lao động", "lao động tiếp nhận từ các lò thủ công"),
    F("có 14 lò vôi", "14", 14, "count", "lò vôi", "lò vôi công nghiệp", location="Nghệ An"),
    F("khoảng 1,2 triệu tấn/năm", "1,2", 1200000, "measure", "tấn/năm", "tổng công suất lò vôi công nghiệp",
      approx="about", location="Nghệ An"),
    F("khoảng 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "lượng vôi và dolomite nung xuất khẩu", Y24,
      approx="about", location="Việt Nam"),
    F("thu về 245 triệu USD", "245", 245000000, "money", "USD", "kim ngạch xuất khẩu vôi và dolomite nung", Y24,
      change=C("increase", 11.4, "%", "năm 2023"), location="Việt Nam"),
    F("đạt 2,8-3 triệu tấn", "2,8", 2800000, "measure", "tấn", "lượng vôi xuất khẩu", Y25, value_max=3000000,
      status="forecast", location="Việt Nam"),
]

COMMENTS = [
    "National newspaper (dateline 'Thứ bảy, 18/1/2025, 07:30 (GMT+7)'): last handmade lime kilns of thị xã Hoàng Mai, Nghệ An.",
    "Default location Hoàng Mai; the provincial kiln count is Nghệ An, the export figures ('cả nước') Việt Nam.",
    "'Từ năm 2020 đến nay' runs to the dateline. The woman's 'gần 30 năm' in the trade is optional (a personal duration).",
    "'5-6 ngày' per firing is a measure (duration as the claim), '2-3 triệu đồng' a money range.",
    "'2,8-3 triệu tấn': the multiplier stands after the upper end only and applies to both ends.",
    "Distractors: 07:30 (GMT+7), xóm 3, the name Hồ Thị Tám, 'tồn tại nhiều đời'.",
]

write("p901-6", TEXT, FIGS, COMMENTS, published="2025-01-18", location="Hoàng Mai")
