from lib import F, per, chg, tgt, write

text = """Tổ đại biểu HĐND tỉnh tiếp xúc cử tri huyện Yên Thành trước Kỳ họp thứ 21
Thứ Hai, 17/06/2024 - 10:20

Trong 2 ngày 13 và 14/6, Tổ đại biểu HĐND tỉnh ứng cử tại đơn vị bầu cử số 9 (huyện Yên Thành) đã tổ chức tiếp xúc cử tri trước Kỳ họp thứ 21, HĐND tỉnh khóa XVIII tại 6 điểm, thu hút hơn 1.200 lượt cử tri của 39 xã, thị trấn tham dự.

Tại các hội nghị, đã có 84 lượt cử tri phát biểu, nêu 127 ý kiến, kiến nghị; trong đó 56 kiến nghị thuộc thẩm quyền của tỉnh, 41 kiến nghị thuộc thẩm quyền của huyện và 30 kiến nghị thuộc thẩm quyền của cấp xã. Cử tri tập trung phản ánh việc chậm bồi thường, giải phóng mặt bằng dự án nâng cấp Quốc lộ 7A, tình trạng xuống cấp của tuyến đường tỉnh 538 và chế độ cho cán bộ không chuyên trách. Lãnh đạo UBND huyện và các phòng, ban chuyên môn đã trực tiếp giải trình, làm rõ 38 ý kiến ngay tại hội nghị.

Báo cáo tại hội nghị cho biết, trong số 112 kiến nghị của cử tri huyện gửi đến Kỳ họp thứ 19, đến nay đã có 104 kiến nghị được giải quyết dứt điểm, đạt 92,86%; 8 kiến nghị đang được các sở, ngành xem xét, giải quyết.

Từ đầu năm đến nay, Ban Tiếp công dân huyện đã tiếp 73 lượt công dân, tiếp nhận 27 đơn thư, giảm 6 đơn so với cùng kỳ năm 2023. Đến nay, 100% đơn thư thuộc thẩm quyền của huyện đã được xem xét, giải quyết đúng thời hạn.

Ý kiến, kiến nghị của cử tri xin gửi về Văn phòng HĐND và UBND huyện, khối 3, thị trấn Yên Thành, điện thoại 0238.3863.224.

Nguyễn Thảo - Trung tâm VH-TT&TT huyện
"""

D = per("Trong 2 ngày 13 và 14/6", "2024-06-13", "2024-06-14")
Di = dict(D, inherited=True)
N = per("đến nay", None, "2024-06-17")
figs = [
    F("tại 6 điểm", "6", 6, "count", "điểm", "điểm tiếp xúc cử tri", period=D),
    F("hơn 1.200 lượt cử tri", "1.200", 1200, "count", "lượt cử tri", "lượt cử tri tham dự", approx="over", period=D),
    F("39 xã, thị trấn", "39", 39, "count", "xã, thị trấn", "xã, thị trấn có cử tri tham dự", optional=True),
    F("84 lượt cử tri", "84", 84, "count", "lượt cử tri", "lượt cử tri phát biểu", period=Di),
    F("nêu 127 ý kiến", "127", 127, "count", "ý kiến, kiến nghị", "ý kiến, kiến nghị", period=Di),
    F("56 kiến nghị", "56", 56, "count", "kiến nghị", "kiến nghị thuộc thẩm quyền của tỉnh", total=127, period=Di),
    F("41 kiến nghị", "41", 41, "count", "kiến nghị", "kiến nghị thuộc thẩm quyền của huyện", total=127, period=Di),
    F("30 kiến nghị", "30", 30, "count", "kiến nghị", "kiến nghị thuộc thẩm quyền của cấp xã", total=127, period=Di),
    F("làm rõ 38 ý kiến", "38", 38, "count", "ý kiến", "ý kiến được giải trình, làm rõ tại hội nghị", period=Di),
    F("112 kiến nghị", "112", 112, "count", "kiến nghị", "kiến nghị của cử tri huyện gửi đến Kỳ họp thứ 19"),
    F("có 104 kiến nghị", "104", 104, "count", "kiến nghị", "kiến nghị được giải quyết dứt điểm",
      total=112, percent=92.86, period=N),
    F("; 8 kiến nghị", "8", 8, "count", "kiến nghị", "kiến nghị đang được các sở, ngành xem xét, giải quyết",
      total=112, period=N),
    F("tiếp 73 lượt", "73", 73, "count", "lượt công dân", "lượt công dân được tiếp",
      period=per("Từ đầu năm đến nay", "2024-01-01", "2024-06-17")),
    F("nhận 27 đơn thư", "27", 27, "count", "đơn thư", "đơn thư tiếp nhận",
      change=chg("decrease", 6, "đơn", "cùng kỳ năm 2023"),
      period=per("Từ đầu năm đến nay", "2024-01-01", "2024-06-17")),
    F("100% đơn thư", "100", 100, "percent", "%", "đơn thư thuộc thẩm quyền của huyện được giải quyết đúng thời hạn",
      period=per("Đến nay", None, "2024-06-17")),
]

write(2, [
    "Cổng TTĐT huyện Yên Thành, Nghệ An (district portal): provincial deputies meet voters before session 21; petitions answered.",
    "Dateline 'Thứ Hai, 17/06/2024 - 10:20'; byline at the end. Location: the district (Yên Thành) for every figure.",
    "Distractors: 'Trong 2 ngày 13 và 14/6' (period, not a count), đơn vị bầu cử số 9, Kỳ họp thứ 21/19, khóa XVIII,",
    "Quốc lộ 7A, đường tỉnh 538 (names), khối 3 (address), phone 0238.3863.224.",
    "The meeting figures take the two-day period in the same sentence; the next paragraph inherits it.",
    "127 ý kiến, kiến nghị: the three 'thuộc thẩm quyền' parts after 'trong đó' take total 127.",
    "'trong số 112 kiến nghị ..., đến nay đã có 104 ...' gives 104 and 8 total 112; 'đến nay' ends at the dateline (as-of);",
    "112 is the count sent to session 19 (no period of its own). '39 xã, thị trấn' is the scope of the voters (optional).",
    "'giảm 6 đơn so với cùng kỳ năm 2023' is the change of 27 đơn thư.",
], text, figs, published="2024-06-17", location="Yên Thành")
