"""p1076-6: national newspaper (VnExpress-style dateline), trẻ thấp còi ở Lai Châu."""
from lib import F, P, I, C, write

TEXT = """Sức khỏe › Dinh dưỡng
Thứ tư, 15/11/2023, 06:30 (GMT+7)

Trẻ thấp còi ở Lai Châu gấp 1,7 lần trung bình cả nước

Theo số liệu giám sát dinh dưỡng năm 2022 của Viện Dinh dưỡng, tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi ở Lai Châu là 31,2%, gấp 1,7 lần mức trung bình cả nước. Tại hai huyện Mường Tè và Sìn Hồ, tỷ lệ này lần lượt là 38,5% và 36,9%.

Ông Nguyễn Văn Hùng, Giám đốc CDC Lai Châu, cho biết năm 2023 tỉnh cân đo gần 46.000 trẻ, phát hiện khoảng 14.300 trẻ thấp còi, trong đó hơn 3.100 trẻ dưới 24 tháng tuổi. Nguyên nhân chủ yếu là khẩu phần ăn thiếu đạm và vi chất, trẻ ăn dặm quá sớm; tỷ lệ bà mẹ cho con bú hoàn toàn trong 6 tháng đầu chỉ đạt 28%. Bữa ăn của nhiều gia đình người Mông, người Dao ở các bản dọc Quốc lộ 4H chỉ có cơm, rau rừng, mức chi cho ăn uống bình quân khoảng 25.000 đồng/người/ngày.

Để cải thiện tình hình, từ năm 2022 tỉnh triển khai bữa ăn bán trú có bổ sung sữa cho trẻ mầm non tại 58 trường vùng khó khăn, mức hỗ trợ 15.000 đồng/trẻ/ngày. Sau một năm, tỷ lệ thấp còi ở trẻ mầm non các trường này giảm 3,4%. Tỉnh đặt mục tiêu đến năm 2025 đưa tỷ lệ thấp còi xuống dưới 28%, tương đương mỗi năm giảm khoảng 1%.

Theo các chuyên gia, 1.000 ngày đầu đời là giai đoạn quyết định chiều cao của trẻ; can thiệp muộn sau 2 tuổi khó bù đắp được tình trạng thấp còi.

Thanh Hà
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
FROM22 = P("từ năm 2022", "2022-01-01", "2023-11-15")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gấp 1,7 lần trung bình", "1,7", 1.7, "multiple", "lần", "tỷ lệ trẻ thấp còi ở Lai Châu so với trung bình cả nước"),
    F("trẻ dưới 5 tuổi suy", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("là 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi", Y22,
      change=C("increase", 1.7, "lần", "mức trung bình cả nước")),
    F("Tại hai huyện", "hai", 2, "count", "huyện", "huyện Mường Tè và Sìn Hồ", optional=True),
    F("là 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi", I(Y22),
      location="Mường Tè"),
    F("và 36,9%", "36,9", 36.9, "percent", "%", "tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi", I(Y22),
      location="Sìn Hồ"),
    F("gần 46.000 trẻ", "46.000", 46000, "count", "trẻ", "trẻ được cân đo", Y23, approx="nearly"),
    F("khoảng 14.300 trẻ", "14.300", 14300, "count", "trẻ", "trẻ thấp còi", Y23, approx="about"),
    F("hơn 3.100 trẻ", "3.100", 3100, "count", "trẻ", "trẻ thấp còi dưới 24 tháng tuổi", Y23, approx="over",
      total=14300),
    F("dưới 24 tháng tuổi", "24", 24, "measure", "tháng tuổi", approx="under", optional=True),
    F("trong 6 tháng đầu", "6", 6, "measure", "tháng", optional=True),
    F("đạt 28%", "28", 28, "percent", "%", "tỷ lệ bà mẹ cho con bú hoàn toàn trong 6 tháng đầu", I(Y23)),
    F("khoảng 25.000 đồng/người/ngày", "25.000", 25000, "money", "đồng/người/ngày", "mức chi cho ăn uống bình quân",
      I(Y23), approx="about"),
    F("tại 58 trường", "58", 58, "count", "trường", "trường mầm non vùng khó khăn triển khai bữa ăn bán trú có bổ sung sữa",
      FROM22),
    F("15.000 đồng/trẻ/ngày", "15.000", 15000, "money", "đồng/trẻ/ngày", "mức hỗ trợ", FROM22),
    F("giảm 3,4%", "3,4", 3.4, "percent", "%", "tỷ lệ thấp còi ở trẻ mầm non các trường này giảm", I(FROM22)),
    F("xuống dưới 28%", "28", 28, "percent", "%", "tỷ lệ thấp còi", Y25, approx="under", status="target"),
    F("khoảng 1%", "1", 1, "percent", "%", "mức giảm tỷ lệ thấp còi mỗi năm", Y25, approx="about", status="target"),
    F("1.000 ngày đầu đời", "1.000", 1000, "measure", "ngày", optional=True),
    F("sau 2 tuổi", "2", 2, "measure", "tuổi", optional=True),
]

NOTES = [
    "National newspaper (dateline 'Thứ tư, 15/11/2023, 06:30 (GMT+7)'): trẻ thấp còi ở Lai Châu (2022 surveillance, 2023 weighing),",
    "causes, school-meal milk programme, 2025 target. Headline 'gấp 1,7 lần' stands alone → multiple; in the body the same 'gấp 1,7 lần",
    "mức trung bình cả nước' follows 31,2% → a change of it (increase, 1.7 lần). 'Sau một năm' is a duration (not a figure).",
    "'1.000 ngày đầu đời', 'sau 2 tuổi', 'trong 6 tháng đầu' and age bands are optional. Distractors: Quốc lộ 4H, (GMT+7), 06:30.",
]

if __name__ == "__main__":
    write("p1076-6", TEXT, NOTES, FIGS, published="2023-11-15", location="Lai Châu")
