"""p1016-5: Party/provincial newspaper (Báo Hà Giang), late birth registration in Đồng Văn, 2023."""
from lib import F, period, inherit, change, write_set

TEXT = """Đồng Văn: Gỡ vướng đăng ký khai sinh quá hạn cho trẻ em vùng cao

Những năm trước, ở nhiều thôn bản của huyện Đồng Văn, việc cha mẹ không đăng ký khai sinh cho con đúng hạn còn khá phổ biến, nhất là ở các thôn xa dọc Quốc lộ 4C. Theo Luật Hộ tịch năm 2014, cha mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh.

Năm 2022, toàn huyện đăng ký khai sinh cho 2.315 trẻ em, trong đó có 684 trẻ đăng ký quá hạn, chiếm gần 30%. Từ đầu năm 2023 đến nay, tình hình đã chuyển biến rõ: 5 tháng đầu năm, huyện đăng ký khai sinh cho 1.042 trẻ, số trường hợp quá hạn chỉ còn 97, giảm hơn 60% so với cùng kỳ.

Theo ông Vàng Mí Sử, Trưởng phòng Tư pháp huyện, kết quả trên có được nhờ từ đầu năm đến nay huyện đã tổ chức 22 đợt đăng ký hộ tịch lưu động tại 19 xã, thị trấn, mỗi đợt từ 2 đến 3 ngày. Cán bộ tư pháp - hộ tịch đi lưu động được hỗ trợ 150.000 đồng/ngày. Ngoài đăng ký khai sinh, các tổ công tác còn đăng ký kết hôn cho 136 cặp, vận động ngăn chặn 11 trường hợp tảo hôn.

Chị Ly Thị Mai ở thôn Sính Lủng 2, xã Sính Lủng, có 3 con nhưng chưa cháu nào có giấy khai sinh. Chỉ trong một buổi sáng, tổ công tác đã hoàn tất thủ tục cho cả ba cháu. "Trước đây phải đi bộ hơn 15 km xuống xã, nay cán bộ về tận thôn nên ai cũng mừng", chị Mai nói.

Mục tiêu của huyện đến cuối năm 2023 là không còn trẻ em chưa được đăng ký khai sinh, tỷ lệ đăng ký khai sinh đúng hạn đạt trên 90%.

MINH KHÔI
18/6/2023
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
M5 = period("5 tháng đầu năm", "2023-01-01", "2023-05-31")
YTD = period("từ đầu năm đến nay", "2023-01-01", "2023-06-18")
BY_END = period("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("thời hạn 60 ngày", "60", 60, "measure", "ngày", "thời hạn đăng ký khai sinh kể từ ngày sinh", optional=True),
    F("cho 2.315 trẻ em", "2.315", 2315, "count", "trẻ em", "trẻ em được đăng ký khai sinh", Y22),
    F("có 684 trẻ", "684", 684, "count", "trẻ", "trẻ đăng ký khai sinh quá hạn", Y22, total=2315, percent=30),
    F("cho 1.042 trẻ", "1.042", 1042, "count", "trẻ", "trẻ được đăng ký khai sinh", M5),
    F("chỉ còn 97", "97", 97, "count", "trường hợp", "trường hợp đăng ký khai sinh quá hạn", M5,
      change=change("decrease", 60, "%", "cùng kỳ", approx="over")),
    F("tổ chức 22 đợt", "22", 22, "count", "đợt", "đợt đăng ký hộ tịch lưu động", YTD),
    F("tại 19 xã, thị trấn", "19", 19, "count", "xã, thị trấn", "xã, thị trấn có đăng ký lưu động", YTD, optional=True),
    F("từ 2 đến 3 ngày", "2", 2, "measure", "ngày", "thời gian mỗi đợt lưu động", YTD, value_max=3),
    F("150.000 đồng/ngày", "150.000", 150000, "money", "đồng/ngày", "mức hỗ trợ cán bộ tư pháp - hộ tịch đi lưu động"),
    F("cho 136 cặp", "136", 136, "count", "cặp", "cặp đăng ký kết hôn", inherit(YTD)),
    F("ngăn chặn 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp tảo hôn được ngăn chặn", inherit(YTD)),
    F("có 3 con", "3", 3, "count", "con", "con của chị Ly Thị Mai", optional=True),
    F("cả ba cháu", "ba", 3, "count", "cháu", "con của chị Ly Thị Mai được làm giấy khai sinh", optional=True),
    F("hơn 15 km", "15", 15, "measure", "km", "quãng đường đi bộ xuống xã", approx="over", optional=True),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ đăng ký khai sinh đúng hạn", BY_END, approx="over",
      status="target"),
]

NOTES = [
    "Báo Hà Giang style: byline 'MINH KHÔI' and bare date '18/6/2023' at the end (= published). Location Đồng Văn (district).",
    "'5 tháng đầu năm' takes 2023 from 'Từ đầu năm 2023 đến nay' before it; 'từ đầu năm đến nay' (second paragraph) ends at the date.",
    "Optional: the legal deadline '60 ngày', '19 xã, thị trấn' (all units of the district), the anecdote's '3 con', 'cả ba cháu' and '15 km'.",
    "Distractors: 'Quốc lộ 4C', 'Luật Hộ tịch năm 2014', 'thôn Sính Lủng 2', 'một buổi sáng', byline, date.",
    "97 follows 1.042 without a part-of cue: no total; its 'giảm hơn 60% so với cùng kỳ' is its change (approx over).",
]

if __name__ == "__main__":
    write_set("p1016-5", TEXT, NOTES, FIGS, published="2023-06-18", location="Đồng Văn")
