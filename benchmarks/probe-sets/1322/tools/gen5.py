"""p1322-5: provincial Party newspaper (Báo Lào Cai): lodging in thị xã Sa Pa, occupancy low, homestay in Tả Van."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO LÀO CAI
Thời sự | Kinh tế | Du lịch | Văn hóa - Xã hội

Sa Pa: Cơ sở lưu trú tăng nhanh, công suất phòng còn thấp

Thứ Năm, 14/11/2024 - 08:15

Sau 5 năm, số cơ sở lưu trú tại thị xã Sa Pa tăng gần gấp đôi, nhưng công suất phòng bình quân mới đạt khoảng 45%, đặt ra yêu cầu nâng chất lượng thay vì chạy theo số lượng.

(BLC) - Theo Phòng Văn hóa - Thông tin thị xã, đến tháng 10/2024, toàn thị xã có 1.046 cơ sở lưu trú với hơn 9.800 phòng, trong đó có 7 khách sạn 5 sao và 12 khách sạn 4 sao. 10 tháng năm 2024, các cơ sở lưu trú đón 2,35 triệu lượt khách, tăng 15,6% so với cùng kỳ, nhưng công suất phòng bình quân chỉ khoảng 45%; vào ngày thường, nhiều nhà nghỉ chỉ có từ 20 đến 30% số phòng có khách.

Bà Lý Thị Sử, chủ homestay Mây Núi ở xã Tả Van, cho biết cơ sở có 8 phòng, giá 450.000 đồng/đêm, giảm khoảng 100.000 đồng so với năm 2023 để cạnh tranh. "Ngày thường chỉ kín ba, bốn phòng, cuối tuần mới đông", bà Sử nói.

Theo ông Đỗ Minh Quang, Phó Chủ tịch UBND thị xã, nhiều cơ sở được xây dựng tự phát, thiếu liên kết với lữ hành. Năm 2025, thị xã phấn đấu nâng số khách sạn đạt chuẩn 4-5 sao lên 25 cơ sở; mục tiêu đến năm 2030 Sa Pa đón 5 triệu lượt khách, công suất phòng bình quân đạt 60% trở lên.

HOÀNG THU
"""

ASOF = per("đến tháng 10/2024", None, "2024-10-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("tăng gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly", subject="số cơ sở lưu trú"),
    fig("mới đạt khoảng 45%", "45", 45, "percent", "%", approx="about", subject="công suất phòng bình quân"),
    fig("có 1.046 cơ sở", "1.046", 1046, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", period=ASOF),
    fig("hơn 9.800 phòng", "9.800", 9800, "count", "phòng", approx="over",
        subject="phòng của các cơ sở lưu trú", period=ASOF),
    fig("có 7 khách sạn", "7", 7, "count", "khách sạn", total=1046, subject="khách sạn 5 sao", period=ASOF),
    fig("và 12 khách sạn", "12", 12, "count", "khách sạn", total=1046, subject="khách sạn 4 sao", period=ASOF),
    fig("đón 2,35 triệu", "2,35", 2.35e6, "count", "lượt khách",
        change=chg("increase", 15.6, "%", "cùng kỳ"), subject="lượt khách các cơ sở lưu trú đón", period=M10),
    fig("chỉ khoảng 45%", "45", 45, "percent", "%", approx="about", subject="công suất phòng bình quân", period=M10),
    fig("từ 20 đến 30%", "20", 20, "percent", "%", value_max=30,
        subject="số phòng có khách của nhiều nhà nghỉ vào ngày thường", period=M10),
    fig("có 8 phòng", "8", 8, "count", "phòng", subject="phòng của homestay Mây Núi"),
    fig("giá 450.000", "450.000", 450000, "money", "đồng/đêm",
        change=chg("decrease", 100000, "đồng", "năm 2023", approx="about"), subject="giá phòng homestay Mây Núi"),
    fig("kín ba, bốn phòng", "ba", 3, "count", "phòng", value_max=4, subject="phòng có khách ngày thường",
        optional=True),
    fig("lên 25 cơ sở", "25", 25, "count", "cơ sở", status="target",
        subject="khách sạn đạt chuẩn 4-5 sao", period=Y25),
    fig("đón 5 triệu", "5", 5e6, "count", "lượt khách", status="target", subject="lượt khách Sa Pa đón",
        period=T30),
    fig("đạt 60% trở lên", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="công suất phòng bình quân", period=T30),
]

NOTES = [
    "Party newspaper (Báo Lào Cai): menu, headline, 'Thứ Năm, 14/11/2024 - 08:15', sapo, tag '(BLC) -', byline at the end.",
    "Distractors: 08:15, 'Sau 5 năm' (a duration that locates the change), '5 sao', '4 sao', '4-5 sao', 'tháng 10/2024', 'năm 2023' (baseline).",
    "Sapo: 'tăng gần gấp đôi' is the claim → multiple 2 (đôi), nearly; 'mới đạt khoảng 45%' → its own figure, no period in the sapo.",
    "'đến tháng 10/2024' is an as-of date (start null, end 2024-10-31); 7 and 12 hotels after 'trong đó' → total 1.046.",
    "'từ 20 đến 30% số phòng có khách' → percent range in the 10-month sentence (period stated there).",
    "'giảm khoảng 100.000 đồng so với năm 2023' → change of the price (decrease, đồng, about). Standing price: no period.",
    "Optional: 'kín ba, bốn phòng' (a quote's loose 'three or four': a range 3-4 a careful annotator may or may not count).",
    "'60% trở lên' = at least 60% (at_least). 'phấn đấu' (năm 2025) and 'mục tiêu đến năm 2030' → target. Location Sa Pa throughout (Tả Van is a commune).",
]

if __name__ == "__main__":
    write("p1322-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Sa Pa")
