from lib import F, P, ch, emit

TEXT = """Thời sự › Môi trường

Hồ Dầu Tiếng xả gần 500 triệu m3 nước đẩy mặn cho hạ du

Thứ hai, 22/4/2024, 07:15 (GMT+7)

Từ đầu năm đến nay, hồ Dầu Tiếng đã xả gần 500 triệu m3 nước xuống sông Sài Gòn để đẩy mặn, bảo đảm nguồn nước thô cho các nhà máy nước vùng hạ du, trong đó khoảng 310 triệu m3 qua kênh Đông và 145 triệu m3 qua kênh Tây.

Theo Công ty TNHH MTV Khai thác thủy lợi Dầu Tiếng - Phước Hòa, đến 6h sáng 21/4, mực nước hồ ở cao trình 20,48 m, dung tích hữu ích còn 612,4 triệu m3, đạt 41,4% dung tích hữu ích thiết kế. Trong quý I/2024, hồ đã cấp khoảng 1,02 tỷ m3 nước cho sản xuất nông nghiệp, sinh hoạt và công nghiệp, tăng 8,5% so với cùng kỳ năm 2023.

Cũng trong quý I/2024, hệ thống thủy lợi Dầu Tiếng tưới cho 92.400 ha cây trồng, gồm Tây Ninh 61.250 ha, Bình Dương 9.880 ha, TP HCM 13.470 ha và Long An 7.800 ha. Độ mặn lớn nhất đo được tại trạm Phú Cường là 0,8‰, thấp hơn nhiều so với ngưỡng 4‰ gây hại cho lúa.

Ông Nguyễn Văn Sáu, Phó giám đốc công ty, cho biết lượng nước còn lại đủ cấp đến hết mùa khô. Trong quý II/2024, công ty phấn đấu tiết kiệm ít nhất 10% lượng nước so với kế hoạch vận hành. Dự báo đến cuối tháng 5, mực nước hồ có thể xuống còn 18,9 m, cao hơn mực nước chết 1,9 m.

Hồ Dầu Tiếng được khởi công năm 1981, là công trình thủy lợi lớn nhất cả nước, có nhiệm vụ cấp nước tưới cho hơn 100.000 ha đất canh tác thuộc 4 tỉnh, thành phố.

Hoàng Nam
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-22")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-22", inh=True)
AS = P("đến 6h sáng 21/4", None, "2024-04-21")
Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("trong quý I/2024", "2024-01-01", "2024-03-31")
Q1bi = P("trong quý I/2024", "2024-01-01", "2024-03-31", inh=True)
SUBJ_I = "diện tích cây trồng được hệ thống thủy lợi Dầu Tiếng tưới"

FIGS = [
    F("xả gần 500 triệu m3 nước đẩy mặn", "500", 500000000, "measure", "m3", "nước hồ Dầu Tiếng xả đẩy mặn", YTDi,
      approx="nearly"),
    F("đã xả gần 500 triệu m3", "500", 500000000, "measure", "m3", "nước hồ Dầu Tiếng xả xuống sông Sài Gòn", YTD,
      approx="nearly"),
    F("khoảng 310 triệu m3", "310", 310000000, "measure", "m3", "nước xả qua kênh Đông", YTD, approx="about",
      total=500000000),
    F("và 145 triệu m3", "145", 145000000, "measure", "m3", "nước xả qua kênh Tây", YTD, total=500000000),
    F("cao trình 20,48 m", "20,48", 20.48, "measure", "m", "mực nước hồ", AS),
    F("còn 612,4 triệu m3", "612,4", 612400000, "measure", "m3", "dung tích hữu ích", AS, percent=41.4),
    F("khoảng 1,02 tỷ m3", "1,02", 1020000000, "measure", "m3", "nước hồ cấp cho sản xuất nông nghiệp, sinh hoạt và công nghiệp",
      Q1, approx="about", change=ch("increase", 8.5, "%", "cùng kỳ năm 2023")),
    F("cho 92.400 ha", "92.400", 92400, "measure", "ha", SUBJ_I, Q1b),
    F("Tây Ninh 61.250 ha", "61.250", 61250, "measure", "ha", SUBJ_I, Q1bi, total=92400, location="Tây Ninh"),
    F("Bình Dương 9.880 ha", "9.880", 9880, "measure", "ha", SUBJ_I, Q1bi, total=92400, location="Bình Dương"),
    F("TP HCM 13.470 ha", "13.470", 13470, "measure", "ha", SUBJ_I, Q1bi, total=92400, location="TP Hồ Chí Minh"),
    F("Long An 7.800 ha", "7.800", 7800, "measure", "ha", SUBJ_I, Q1bi, total=92400, location="Long An"),
    F("là 0,8‰", "0,8", 0.8, "measure", "‰", "độ mặn lớn nhất tại trạm Phú Cường", Q1bi),
    F("ngưỡng 4‰", "4", 4, "measure", "‰", "ngưỡng độ mặn gây hại cho lúa", optional=True),
    F("ít nhất 10%", "10", 10, "percent", "%", "lượng nước tiết kiệm so với kế hoạch vận hành",
      P("Trong quý II/2024", "2024-04-01", "2024-06-30"), approx="at_least", status="target"),
    F("còn 18,9 m", "18,9", 18.9, "measure", "m", "mực nước hồ", P("đến cuối tháng 5", None, "2024-05-31"),
      status="forecast", change=ch("increase", 1.9, "m", "mực nước chết")),
    F("hơn 100.000 ha", "100.000", 100000, "measure", "ha", "đất canh tác được cấp nước tưới", approx="over"),
    F("thuộc 4 tỉnh", "4", 4, "count", "tỉnh, thành phố", "tỉnh, thành phố được cấp nước tưới", optional=True),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 22/4/2024, 07:15 (GMT+7)'): Dầu Tiếng reservoir releases for salinity, level, supply",
    "in quý I/2024, irrigated area by province, plan for quý II. The reservoir figures name no province (Dầu Tiếng is the reservoir's",
    "name, also a district's name: not a place of the figures), so the default location is null; list provinces are locations.",
    "Distractors: 'khởi công năm 1981', '6h sáng', '(GMT+7)', person's name 'Nguyễn Văn Sáu', 'trạm Phú Cường', 'kênh Đông/Tây'.",
    "The headline restates the lead's 500 triệu m3: both are figures (headline period inherited from the lead).",
    "'trong đó khoảng 310 ... và 145 triệu m3' : parts of the 500 triệu (total). 'gồm Tây Ninh 61.250 ha, ...' : parts of 92.400 ha.",
    "'xuống còn 18,9 m' states the new level (no change); 'cao hơn mực nước chết 1,9 m' is its change against the dead level.",
    "'ngưỡng 4‰' is a harm threshold and '4 tỉnh, thành phố' restates the list: optional. 'đến cuối tháng 5' takes 2024 (dateline).",
    "'hơn 100.000 ha' is the design duty of the system: no period.",
    "revised: location of the TP HCM item written as the city's name 'TP Hồ Chí Minh' (as the shared gold writes it).",
]

emit("p286-7", TEXT, COMMENTS, FIGS, published="2024-04-22", location=None)
