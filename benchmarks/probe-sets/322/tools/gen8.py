from lib import F, P, write

A = """Sở Tư pháp thành phố Cần Thơ sơ kết công tác trợ giúp pháp lý, hòa giải ở cơ sở quý III/2024

Trong quý III/2024, Trung tâm Trợ giúp pháp lý nhà nước thành phố thụ lý 163 vụ việc, tăng 18 vụ việc so với quý II/2024; đã kết thúc 139 vụ việc (đạt 85,3%). Các địa bàn có nhiều vụ việc là quận Ninh Kiều (41 vụ việc), quận Bình Thủy (27 vụ việc) và huyện Phong Điền (19 vụ việc).

Lũy kế 9 tháng năm 2024, Trung tâm thụ lý 452 vụ việc, trong đó 301 vụ việc tham gia tố tụng, 151 vụ việc tư vấn pháp luật. Ước cả năm 2024 thực hiện 610 vụ việc, vượt 1,7% kế hoạch (600 vụ việc).

Tính đến 30/9/2024, toàn thành phố có 628 tổ hòa giải với 4.176 hòa giải viên; 85/85 xã, phường, thị trấn có tủ sách pháp luật hoặc ngăn sách pháp luật điện tử. Trong 9 tháng, các tổ hòa giải đã tiếp nhận 714 vụ việc, hòa giải thành 589 vụ việc (tỷ lệ 82,49%), hòa giải không thành 76 vụ việc, số còn lại đang tiếp tục hòa giải.

Từ đầu năm đến nay, công tác phổ biến, giáo dục pháp luật được đẩy mạnh với 2.146 cuộc tuyên truyền cho trên 128,6 nghìn lượt người. Cần Thơ xếp thứ 2 trong 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long về số thành viên câu lạc bộ pháp luật (khoảng 9.500 người).

Quý IV/2024, Sở Tư pháp phấn đấu nâng tỷ lệ hòa giải thành lên 84%, tổ chức từ 15 đến 20 đợt trợ giúp pháp lý lưu động tại huyện Vĩnh Thạnh và huyện Cờ Đỏ. Người dân cần hỗ trợ liên hệ Trung tâm, số 27 đường Ngô Gia Tự, quận Ninh Kiều (ĐT: 0292.3820.157).
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y = P("cả năm 2024", "2024-01-01", "2024-12-31")
AS = P("Tính đến 30/9/2024", None, "2024-09-30")
YTD = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
YN = P("Từ đầu năm đến nay", "2024-01-01", None)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
LIST = "vụ việc trợ giúp pháp lý thụ lý"

figs = [
    F("thụ lý 163 vụ việc", "163", 163, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý", Q3,
      change={"direction": "increase", "value": 18, "unit": "vụ việc", "baseline": "quý II/2024"}),
    F("kết thúc 139 vụ việc", "139", 139, "count", "vụ việc", "vụ việc đã kết thúc", Q3, percent=85.3),
    F("Ninh Kiều (41 vụ việc)", "41", 41, "count", "vụ việc", LIST, Q3i, location="Ninh Kiều"),
    F("Bình Thủy (27 vụ việc)", "27", 27, "count", "vụ việc", LIST, Q3i, location="Bình Thủy"),
    F("Phong Điền (19 vụ việc)", "19", 19, "count", "vụ việc", LIST, Q3i, location="Phong Điền"),
    F("thụ lý 452 vụ việc", "452", 452, "count", "vụ việc", "vụ việc trợ giúp pháp lý thụ lý lũy kế", M9),
    F("trong đó 301 vụ việc", "301", 301, "count", "vụ việc", "vụ việc tham gia tố tụng", M9, total=452),
    F("151 vụ việc", "151", 151, "count", "vụ việc", "vụ việc tư vấn pháp luật", M9, total=452),
    F("thực hiện 610 vụ việc", "610", 610, "count", "vụ việc", "vụ việc trợ giúp pháp lý thực hiện", Y, status="estimate",
      change={"direction": "increase", "value": 1.7, "unit": "%", "baseline": "kế hoạch"}, target={"value": 600, "unit": "vụ việc", "met": True}),
    F("có 628 tổ", "628", 628, "count", "tổ hòa giải", "tổ hòa giải", AS),
    F("với 4.176 hòa giải viên", "4.176", 4176, "count", "hòa giải viên", "hòa giải viên", AS),
    F("85/85 xã", "85", 85, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có tủ sách pháp luật hoặc ngăn sách pháp luật điện tử", AS, total=85),
    F("tiếp nhận 714 vụ việc", "714", 714, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", YTD),
    F("thành 589 vụ việc", "589", 589, "count", "vụ việc", "vụ việc hòa giải thành", YTD, percent=82.49),
    F("không thành 76 vụ việc", "76", 76, "count", "vụ việc", "vụ việc hòa giải không thành", YTD),
    F("với 2.146 cuộc", "2.146", 2146, "count", "cuộc", "cuộc tuyên truyền phổ biến, giáo dục pháp luật", YN),
    F("trên 128,6 nghìn lượt", "128,6", 128600, "count", "lượt người", "lượt người được tuyên truyền", YN, approx="over"),
    F("xếp thứ 2 trong 13", "2", 2, "rank", "hạng", "số thành viên câu lạc bộ pháp luật", total=13),
    F("khoảng 9.500 người", "9.500", 9500, "count", "người", "thành viên câu lạc bộ pháp luật", approx="about"),
    F("lên 84%", "84", 84, "percent", "%", "tỷ lệ hòa giải thành", Q4, status="target"),
    F("từ 15 đến 20 đợt", "15", 15, "count", "đợt", "đợt trợ giúp pháp lý lưu động", Q4, value_max=20, status="target"),
]

write("p322-8", A, figs, [
    "City department news (Sở Tư pháp Cần Thơ), no dateline and no date anywhere except in the text: quý III/2024, 9 tháng, tính đến 30/9/2024.",
    "'tăng 18 vụ việc so với quý II/2024' change on 163; '(đạt 85,3%)' percent of 139. District list → location (quận/huyện of Cần Thơ).",
    "'452 …, trong đó 301 …, 151 …' parts. 'Ước cả năm 2024 … 610 vụ việc, vượt 1,7% kế hoạch (600 vụ việc)': estimate, change vs plan (baseline kế hoạch), target 600.",
    "'Trong 9 tháng' takes 2024 from the earlier periods. '589 … (tỷ lệ 82,49%)' percent of 589; no cue for a total 714.",
    "'Từ đầu năm đến nay' with no dateline: start 2024-01-01, end null (FIGURES.md: 'đến nay' ends at published, else null). 'trên 128,6 nghìn' = 128600 over.",
    "The rank sentence and its bracketed 'khoảng 9.500 người' state no period.",
    "'xếp thứ 2 trong 13 tỉnh, thành phố vùng …' rank with total 13. Q4 targets: 'phấn đấu nâng … lên 84%' target; 'từ 15 đến 20 đợt' range target.",
    "Distractors: address 'số 27 đường Ngô Gia Tự, quận Ninh Kiều', phone; Vĩnh Thạnh, Cờ Đỏ named with no figure.",
], location="Cần Thơ")
