"""p1107-8: Báo Bắc Kạn online, hát then and đàn tính clubs; headline figure and (BBK) tag."""
from lib import F, P, I, C, T, write

TEXT = """BÁO BẮC KẠN ĐIỆN TỬ
Văn hóa - Thể thao
64 câu lạc bộ hát then, đàn tính duy trì sinh hoạt đều đặn
Cập nhật lúc 10:05, Thứ tư, 20/9/2023
(BBK) - Tính đến tháng 8/2023, toàn tỉnh có 64 CLB hát then, đàn tính với trên 1.100 hội viên, tăng 9 CLB so với cuối năm 2021. Các huyện có nhiều CLB là Ba Bể (14 CLB), Chợ Đồn (11 CLB) và Na Rì (10 CLB).
8 tháng đầu năm, các CLB tham gia 215 buổi giao lưu, biểu diễn phục vụ lễ hội và du khách, đạt 71,7% kế hoạch năm.
Tỉnh hiện có 27 nghệ nhân hát then, đàn tính, trong đó 3 người được phong tặng danh hiệu Nghệ nhân Ưu tú. Từ năm 2021 đến nay, tỉnh đã mở 19 lớp truyền dạy hát then, đàn tính cho 570 học viên, chủ yếu là thanh thiếu niên người Tày, Nùng; trong đó có 12 lớp mở tại các trường học.
Nghệ nhân Hoàng Văn Sáu ở xã Nam Mẫu (huyện Ba Bể) cho biết, mỗi cây đàn tính làm thủ công có giá từ 1,5 đến 3 triệu đồng, mỗi tháng ông làm được khoảng 10 cây.
Năm 2023, kinh phí dành cho bảo tồn hát then, đàn tính ước đạt 1,35 tỷ đồng, cao hơn 15% so với năm 2022. Tỉnh dự kiến cử 25 diễn viên tham gia Liên hoan hát then, đàn tính toàn quốc lần thứ VII vào tháng 11/2023.
Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, tỉnh phấn đấu đến năm 2025, mỗi huyện, thành phố có ít nhất 8 CLB hát then, đàn tính; 100% CLB có lớp truyền dạy cho thế hệ trẻ.
Hoàng Lan
"""

A8 = P("Tính đến tháng 8/2023", None, "2023-08-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-09-20")
TG = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("64 câu lạc bộ", "64", 64, "count", "câu lạc bộ", "câu lạc bộ hát then, đàn tính duy trì sinh hoạt"),
    F("có 64 CLB", "64", 64, "count", "CLB", "CLB hát then, đàn tính", A8, change=C("increase", 9, "CLB", "cuối năm 2021")),
    F("trên 1.100 hội viên", "1.100", 1100, "count", "hội viên", "hội viên CLB hát then, đàn tính", A8, approx="over"),
    F("Ba Bể (14 CLB)", "14", 14, "count", "CLB", "CLB hát then, đàn tính", location="Ba Bể"),
    F("Chợ Đồn (11 CLB)", "11", 11, "count", "CLB", "CLB hát then, đàn tính", location="Chợ Đồn"),
    F("Na Rì (10 CLB)", "10", 10, "count", "CLB", "CLB hát then, đàn tính", location="Na Rì"),
    F("tham gia 215 buổi", "215", 215, "count", "buổi", "buổi giao lưu, biểu diễn của các CLB",
      P("8 tháng đầu năm", "2023-01-01", "2023-08-31"), percent=71.7),
    F("có 27 nghệ nhân", "27", 27, "count", "nghệ nhân", "nghệ nhân hát then, đàn tính"),
    F("trong đó 3 người", "3", 3, "count", "người", "nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú", total=27),
    F("mở 19 lớp", "19", 19, "count", "lớp", "lớp truyền dạy hát then, đàn tính", SINCE),
    F("cho 570 học viên", "570", 570, "count", "học viên", "học viên lớp truyền dạy hát then, đàn tính", SINCE),
    F("có 12 lớp", "12", 12, "count", "lớp", "lớp truyền dạy mở tại các trường học", SINCE, total=19),
    F("từ 1,5 đến 3 triệu đồng", "1,5", 1_500_000, "money", "đồng", "giá mỗi cây đàn tính làm thủ công", value_max=3_000_000,
      location="Ba Bể"),
    F("khoảng 10 cây", "10", 10, "measure", "cây/tháng", "số đàn tính nghệ nhân làm được mỗi tháng", approx="about",
      location="Ba Bể"),
    F("ước đạt 1,35 tỷ đồng", "1,35", 1_350_000_000, "money", "đồng", "kinh phí bảo tồn hát then, đàn tính",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="estimate", change=C("increase", 15, "%", "năm 2022")),
    F("cử 25 diễn viên", "25", 25, "count", "diễn viên", "diễn viên tham gia Liên hoan hát then, đàn tính toàn quốc",
      P("tháng 11/2023", "2023-11-01", "2023-11-30"), status="forecast"),
    F("ít nhất 8 CLB", "8", 8, "count", "CLB", "CLB hát then, đàn tính mỗi huyện, thành phố", TG, approx="at_least",
      status="target"),
    F("100% CLB", "100", 100, "percent", "%", "CLB có lớp truyền dạy cho thế hệ trẻ", TG, status="target"),
]

NOTES = [
    "Báo Bắc Kạn online, 'Cập nhật lúc 10:05, Thứ tư, 20/9/2023', '(BBK) -' tag: hát then, đàn tính clubs. The tag and the districts imply Bắc Kạn.",
    "Not figures: 'lần thứ VII', Nghị quyết số 12-NQ/TU, the name 'Hoàng Văn Sáu', 'cuối năm 2021'/'năm 2022' (baselines), 'tháng 11/2023', times.",
    "The headline '64 câu lạc bộ' is a figure of its own (no period: the headline has no period phrase).",
    "District list (14, 11, 10) does not add up to 64: no total. '12 lớp' follows 'trong đó' after 570 học viên but counts lớp: whole 19 lớp.",
    "'8 tháng đầu năm' takes 2023 from 'tháng 8/2023' before it. The artisan's price range and output are located in Ba Bể.",
    "'ít nhất 8 CLB' is the target itself (not a category threshold): required, at_least, target.",
]

write("p1107-8", TEXT, NOTES, FIGS, published="2023-09-20", location="Bắc Kạn")
