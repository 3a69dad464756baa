from lib import F, P, C, T, write

TEXT = """GIÁM SÁT CÔNG TÁC GIẢI QUYẾT TRANH CHẤP, KHIẾU NẠI VỀ ĐẤT ĐAI

Đoàn giám sát của Thường trực HĐND tỉnh Đắk Lắk vừa làm việc với UBND tỉnh về công tác giải quyết tranh chấp, khiếu nại về đất đai giai đoạn 2021-2023, chuẩn bị cho Kỳ họp thứ 8 HĐND tỉnh khóa X.

Theo báo cáo, giai đoạn 2021-2023, các cơ quan trên địa bàn tỉnh đã tiếp 12.740 lượt công dân, tiếp nhận 9.615 đơn; trong đó đơn liên quan đến đất đai là 6.827 đơn, chiếm 71%. Riêng năm 2023, số đơn về đất đai là 2.058 đơn, giảm 11,2% so với năm 2022.

UBND cấp xã đã hòa giải 3.412 vụ tranh chấp đất đai, trong đó hòa giải thành 2.215 vụ, đạt 64,9%. Số đơn thư về đất đai của tỉnh đứng thứ 2 trong 5 tỉnh Tây Nguyên, chỉ sau Lâm Đồng.

Đáng chú ý, tỉnh đã có 2.184 ha đất của các công ty nông, lâm nghiệp được thu hồi, bàn giao về địa phương quản lý, nhưng mới giao cho hộ dân sử dụng khoảng 540 ha. Tranh chấp giữa người dân với các công ty nông, lâm nghiệp hiện còn 37 vụ, với diện tích từ 0,5 đến 120 ha mỗi vụ, tập trung ở các huyện Krông Bông (9 vụ), Ea Kar (7 vụ) và M'Drắk (6 vụ).

Tại buổi làm việc, nhiều ý kiến cho rằng việc đo đạc, cấp giấy chứng nhận quyền sử dụng đất cho khoảng 1,2 vạn hộ đồng bào dân tộc thiểu số còn chậm, là nguyên nhân phát sinh tranh chấp.

Đoàn giám sát đề nghị UBND tỉnh phấn đấu năm 2024 giải quyết dứt điểm ít nhất 30 vụ tồn đọng và nâng tỷ lệ hòa giải thành lên trên 70%; thực hiện nghiêm Nghị quyết số 23/NQ-HĐND của HĐND tỉnh.

Hoài Thu
15/01/2024
"""

G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Gi = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp 12.740 lượt", "12.740", 12740, "count", "lượt công dân", "lượt công dân được tiếp", period=G),
    F("tiếp nhận 9.615 đơn", "9.615", 9615, "count", "đơn", "đơn tiếp nhận", period=G),
    F("là 6.827 đơn", "6.827", 6827, "count", "đơn", "đơn liên quan đến đất đai", total=9615, percent=71, period=G),
    F("là 2.058 đơn", "2.058", 2058, "count", "đơn", "số đơn về đất đai",
      change=C("decrease", 11.2, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("hòa giải 3.412 vụ", "3.412", 3412, "count", "vụ", "vụ tranh chấp đất đai UBND cấp xã hòa giải", period=Gi),
    F("thành 2.215 vụ", "2.215", 2215, "count", "vụ", "vụ hòa giải thành", total=3412, percent=64.9, period=Gi),
    F("đứng thứ 2 trong", "2", 2, "rank", "hạng", "Số đơn thư về đất đai", total=5, period=Gi),
    F("trong 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh Tây Nguyên", optional=True),
    F("có 2.184 ha", "2.184", 2184, "measure", "ha", "đất của các công ty nông, lâm nghiệp được thu hồi, bàn giao về địa phương"),
    F("khoảng 540 ha", "540", 540, "measure", "ha", "đất giao cho hộ dân sử dụng", approx="about"),
    F("còn 37 vụ", "37", 37, "count", "vụ", "tranh chấp giữa người dân với các công ty nông, lâm nghiệp"),
    F("từ 0,5 đến 120 ha", "0,5", 0.5, "measure", "ha", "diện tích mỗi vụ tranh chấp", value_max=120),
    F("Krông Bông (9 vụ)", "9", 9, "count", "vụ", "tranh chấp giữa người dân với các công ty nông, lâm nghiệp",
      location="Krông Bông"),
    F("Ea Kar (7 vụ)", "7", 7, "count", "vụ", "tranh chấp giữa người dân với các công ty nông, lâm nghiệp",
      location="Ea Kar"),
    F("M'Drắk (6 vụ)", "6", 6, "count", "vụ", "tranh chấp giữa người dân với các công ty nông, lâm nghiệp",
      location="M'Drắk"),
    F("khoảng 1,2 vạn hộ", "1,2", 12000, "count", "hộ", "hộ đồng bào dân tộc thiểu số chưa được cấp giấy chứng nhận",
      approx="about"),
    F("ít nhất 30 vụ", "30", 30, "count", "vụ", "vụ tồn đọng giải quyết dứt điểm", approx="at_least",
      status="target", period=Y24),
    F("lên trên 70%", "70", 70, "percent", "%", "tỷ lệ hòa giải thành", approx="over", status="target", period=Y24),
]

COMMENTS = [
    "Party newspaper (Báo Đắk Lắk style), supervision by the provincial HĐND. No dateline at the top: byline and bare date '15/01/2024' at the end.",
    "'giai đoạn 2021-2023' stated in the sentence of the first figures; the hòa giải and rank sentences inherit it.",
    "'6.827 đơn, chiếm 71%' after 'trong đó' → total 9615 and percent 71. '2.058 đơn, giảm 11,2% so với năm 2022' change.",
    "'hòa giải thành 2.215 vụ, đạt 64,9%' total 3412, percent. 'đứng thứ 2 trong 5 tỉnh Tây Nguyên' rank 2, total 5 (5 itself optional).",
    "'còn 37 vụ … tập trung ở các huyện …': no part-of cue, no totals for the district items (location per item).",
    "'khoảng 1,2 vạn hộ' = 12 000 (vạn ×10⁴). 'từ 0,5 đến 120 ha mỗi vụ' range. Targets 'phấn đấu năm 2024': at_least 30 vụ, over 70%.",
    "Distractors: 'Kỳ họp thứ 8 HĐND tỉnh khóa X', 'Nghị quyết số 23/NQ-HĐND', the bare date. Location Đắk Lắk by default.",
]

write("p435-8", TEXT, FIGS, COMMENTS, published="2024-01-15", location="Đắk Lắk")
