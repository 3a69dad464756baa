from lib import F, per, chg, tgt, write

text = """Đoàn ĐBQH tỉnh: Năm 2023 tổ chức 68 cuộc tiếp xúc cử tri
Cập nhật ngày 26/12/2023

(BĐ) - Năm 2023, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Bình Định đã tổ chức 68 cuộc tiếp xúc cử tri, tăng 9 cuộc so với năm 2022, với khoảng 9.800 lượt cử tri tham dự. Tại các hội nghị, cử tri đã nêu 534 ý kiến, kiến nghị, giảm 7,3% so với năm trước; trong đó có 212 kiến nghị thuộc thẩm quyền giải quyết của Trung ương, chiếm 39,7%.

Đến ngày 15/12/2023, các bộ, ngành Trung ương đã trả lời 198/212 kiến nghị, đạt 93,4%; số kiến nghị còn lại đang được xem xét, giải quyết.

Trong quý III/2023, Đoàn tổ chức 2 cuộc giám sát chuyên đề tại 3 huyện và 4 doanh nghiệp về việc thực hiện chính sách, pháp luật về bảo hiểm xã hội. Tại Kỳ họp thứ 5 và Kỳ họp thứ 6, Quốc hội khóa XV, các ĐBQH của Đoàn tham gia phát biểu 27 lượt, chất vấn 6 lượt; Đoàn đứng thứ 5 trong 63 đoàn về số lượt tham gia chất vấn.

Công tác tiếp công dân được duy trì thường xuyên. Trong giai đoạn 2021-2023, Đoàn đã tiếp gần 1,2 nghìn lượt công dân, tiếp nhận 1.436 đơn thư; riêng năm 2023 tiếp nhận 512 đơn, tăng 14,8% so với năm 2022.

Năm 2024, Đoàn phấn đấu tổ chức không dưới 60 cuộc tiếp xúc cử tri, 100% kiến nghị của cử tri được tổng hợp, chuyển đến cơ quan có thẩm quyền và tỷ lệ kiến nghị được trả lời đạt từ 95% trở lên.

Trụ sở Văn phòng Đoàn ĐBQH và HĐND tỉnh đặt tại số 02 Hai Bà Trưng, TP Quy Nhơn; đường dây nóng tiếp nhận ý kiến cử tri: 0256.3822.135.

NGỌC NHUẬN
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = dict(Y23, inherited=True)
Q3 = per("quý III/2023", "2023-07-01", "2023-09-30")
G = per("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
    F("tổ chức 68 cuộc tiếp xúc cử tri\n", "68", 68, "count", "cuộc", "cuộc tiếp xúc cử tri", period=Y23),
    F("tổ chức 68 cuộc tiếp xúc cử tri,", "68", 68, "count", "cuộc", "cuộc tiếp xúc cử tri",
      change=chg("increase", 9, "cuộc", "năm 2022"), period=Y23),
    F("khoảng 9.800 lượt", "9.800", 9800, "count", "lượt cử tri", "lượt cử tri tham dự", approx="about", period=Y23),
    F("nêu 534 ý kiến", "534", 534, "count", "ý kiến, kiến nghị", "ý kiến, kiến nghị",
      change=chg("decrease", 7.3, "%", "năm trước"), period=Y23i),
    F("có 212 kiến nghị", "212", 212, "count", "kiến nghị", "kiến nghị thuộc thẩm quyền giải quyết của Trung ương",
      total=534, percent=39.7, period=Y23i),
    F("198/212", "198", 198, "count", "kiến nghị", "kiến nghị được các bộ, ngành Trung ương trả lời",
      total=212, percent=93.4, period=per("Đến ngày 15/12/2023", None, "2023-12-15")),
    F("tổ chức 2 cuộc", "2", 2, "count", "cuộc", "cuộc giám sát chuyên đề", period=Q3),
    F("tại 3 huyện", "3", 3, "count", "huyện", "huyện được giám sát", period=Q3),
    F("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp được giám sát", period=Q3),
    F("phát biểu 27 lượt", "27", 27, "count", "lượt", "lượt phát biểu", period=Y23i),
    F("chất vấn 6 lượt", "6", 6, "count", "lượt", "lượt chất vấn", period=Y23i),
    F("đứng thứ 5", "5", 5, "rank", "hạng", "số lượt tham gia chất vấn", total=63, period=Y23i),
    F("gần 1,2 nghìn", "1,2", 1200, "count", "lượt công dân", "lượt công dân được tiếp", approx="nearly", period=G),
    F("1.436 đơn thư", "1.436", 1436, "count", "đơn thư", "đơn thư tiếp nhận", period=G),
    F("512 đơn", "512", 512, "count", "đơn", "đơn tiếp nhận",
      change=chg("increase", 14.8, "%", "năm 2022"), period=per("năm 2023", "2023-01-01", "2023-12-31")),
    F("không dưới 60 cuộc", "60", 60, "count", "cuộc", "cuộc tiếp xúc cử tri", approx="at_least",
      status="target", period=Y24),
    F("100% kiến nghị", "100", 100, "percent", "%", "kiến nghị của cử tri được tổng hợp, chuyển đến cơ quan có thẩm quyền",
      status="target", period=Y24),
    F("từ 95% trở lên", "95", 95, "percent", "%", "tỷ lệ kiến nghị được trả lời", approx="at_least",
      status="target", period=Y24),
]

write(7, [
    "Báo Bình Định (provincial Party newspaper): the provincial NA delegation's voter contacts, petitions and supervision in 2023.",
    "Dateline 'Cập nhật ngày 26/12/2023' (no time), tag '(BĐ)', byline at the end. Distractors: Kỳ họp thứ 5 / thứ 6, khóa XV,",
    "'số 02 Hai Bà Trưng' (address), hotline 0256.3822.135.",
    "The title repeats '68 cuộc' with its own 'Năm 2023': two figures. 'tăng 9 cuộc so với năm 2022' is the change of the body 68.",
    "534 takes 'giảm 7,3% so với năm trước'; 212 after 'trong đó' takes total 534 and 'chiếm 39,7%'.",
    "'198/212 kiến nghị, đạt 93,4%': total 212, percent 93.4, as-of 15/12/2023. 'đứng thứ 5 trong 63 đoàn': rank with total 63.",
    "Mixed periods in one sentence: 'giai đoạn 2021-2023' for 1,2 nghìn and 1.436; 'riêng năm 2023' for 512 (no part-of cue).",
    "'Năm 2024, Đoàn phấn đấu …': status target for the three figures; 'không dưới' and 'từ … trở lên' at_least.",
], text, figs, published="2023-12-26", location="Bình Định")
