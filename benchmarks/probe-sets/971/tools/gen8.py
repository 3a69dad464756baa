"""p971-8: provincial newspaper online (Báo Bạc Liêu), headline figure, tag (BBL) -; mass sports 2024."""
from lib import F, P, I, C, T, write

text = """BÁO BẠC LIÊU ĐIỆN TỬ
Thể thao
Hơn 1.900 gia đình được công nhận gia đình thể thao
Cập nhật: 08:40, 25/12/2024

(BBL) - Năm 2024, phong trào "Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại" tiếp tục lan tỏa; toàn tỉnh công nhận mới 1.936 gia đình thể thao, nâng tổng số gia đình thể thao lên 56.320 gia đình, chiếm 27,8% số hộ.

Tỷ lệ người tập luyện thể dục thể thao thường xuyên ước đạt 30,2%, vượt chỉ tiêu Nghị quyết đề ra (30%). Toàn tỉnh có 386 câu lạc bộ thể thao, tăng 24 câu lạc bộ so với năm 2023; các môn thu hút đông người tập là bóng đá mini, cầu lông, quần vợt, pickleball và võ cổ truyền.

Về cơ sở vật chất, toàn tỉnh hiện có 97 sân bóng đá mini, 64 sân quần vợt và 2 nhà thi đấu đa năng cấp huyện; 7/7 huyện, thị xã, thành phố có trung tâm văn hóa - thể thao, song chỉ có 38/64 xã, phường, thị trấn có sân thể thao đạt chuẩn, đạt 59,4%.

Các huyện có phong trào sôi nổi là Hòa Bình, Phước Long và thị xã Giá Rai với tỷ lệ người tập thường xuyên lần lượt 33,5%, 32,1% và 31,7%.

Trong năm, tỉnh tổ chức 14 giải thể thao cấp tỉnh; tại Đại hội Thể dục thể thao vùng Đồng bằng sông Cửu Long lần thứ VIII, đoàn Bạc Liêu đoạt 11 huy chương (3 huy chương vàng, 4 huy chương bạc, 4 huy chương đồng), xếp thứ 9/13 toàn đoàn.

Năm 2025, ngành phấn đấu tỷ lệ người tập luyện thường xuyên đạt 31%, xây dựng thêm 5 sân bóng đá mini tại các xã vùng sâu; tổng kinh phí dự kiến khoảng 4,5 tỷ đồng.

TRÚC LINH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
INY = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ người tập luyện thể dục thể thao thường xuyên"
figs = [
    F("Hơn 1.900 gia đình", "1.900", 1900, "count", "gia đình", "gia đình được công nhận gia đình thể thao",
      approx="over"),
    F("mới 1.936 gia đình", "1.936", 1936, "count", "gia đình", "gia đình thể thao được công nhận mới", Y24),
    F("lên 56.320 gia đình", "56.320", 56320, "count", "gia đình", "tổng số gia đình thể thao", Y24, percent=27.8),
    F("ước đạt 30,2%", "30,2", 30.2, "percent", "%", RATE, I(Y24), target=T(30, "%", met=True), status="estimate"),
    F("có 386 câu lạc bộ", "386", 386, "count", "câu lạc bộ", "câu lạc bộ thể thao", I(Y24),
      change=C("increase", 24, "câu lạc bộ", "năm 2023")),
    F("có 97 sân", "97", 97, "count", "sân", "sân bóng đá mini"),
    F("64 sân quần vợt", "64", 64, "count", "sân", "sân quần vợt"),
    F("2 nhà thi đấu", "2", 2, "count", "nhà thi đấu", "nhà thi đấu đa năng cấp huyện"),
    F("7/7 huyện", "7", 7, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có trung tâm văn hóa - thể thao",
      total=7),
    F("38/64 xã", "38", 38, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có sân thể thao đạt chuẩn",
      total=64, percent=59.4),
    F("lần lượt 33,5%", "33,5", 33.5, "percent", "%", "tỷ lệ người tập thường xuyên", I(Y24), location="Hòa Bình"),
    F("32,1%", "32,1", 32.1, "percent", "%", "tỷ lệ người tập thường xuyên", I(Y24), location="Phước Long"),
    F("31,7%", "31,7", 31.7, "percent", "%", "tỷ lệ người tập thường xuyên", I(Y24), location="Giá Rai"),
    F("tổ chức 14 giải", "14", 14, "count", "giải", "giải thể thao cấp tỉnh được tổ chức", INY),
    F("đoạt 11 huy chương", "11", 11, "count", "huy chương", "huy chương đoàn Bạc Liêu đoạt tại Đại hội TDTT vùng ĐBSCL", INY),
    F("(3 huy chương vàng", "3", 3, "count", "huy chương vàng", "huy chương vàng", INY, total=11),
    F("4 huy chương bạc", "4", 4, "count", "huy chương bạc", "huy chương bạc", INY, total=11),
    F("4 huy chương đồng", "4", 4, "count", "huy chương đồng", "huy chương đồng", INY, total=11),
    F("xếp thứ 9/13", "9", 9, "rank", "hạng", "xếp hạng toàn đoàn tại Đại hội TDTT vùng ĐBSCL", INY, total=13),
    F("đạt 31%", "31", 31, "percent", "%", "tỷ lệ người tập luyện thường xuyên", Y25, status="target"),
    F("thêm 5 sân", "5", 5, "count", "sân", "sân bóng đá mini xây dựng thêm tại các xã vùng sâu", Y25, status="target"),
    F("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "tổng kinh phí xây dựng sân bóng đá mini", Y25,
      approx="about", status="forecast"),
]

write(8, text, figs, published="2024-12-25", location="Bạc Liêu", notes=[
    "Báo Bạc Liêu online: year-end 2024 mass sports; year-less headline figure, 'Cập nhật: 08:40, 25/12/2024', tag '(BBL) -'.",
    "30,2% carries the bracketed target 30% (met). '7/7', '38/64' give totals; the medal breakdown in brackets adds up to 11.",
    "'xếp thứ 9/13 toàn đoàn' is a rank with total 13. 'lần thứ VIII' and the movement's name are not figures.",
    "'Trong năm' = 2024 (the nearest earlier year). Second-paragraph figures inherit 'Năm 2024'; 'hiện có' stock figures get none.",
    "In 'phấn đấu ... đạt 31%, xây dựng thêm 5 sân' the cue governs the continuing clause (target); 'kinh phí dự kiến' is a forecast.",
])
