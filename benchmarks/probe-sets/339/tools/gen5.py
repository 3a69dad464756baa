from lib import F, P, emit

TEXT = """
Qua giải quyết khiếu nại, tố cáo, kiến nghị thu hồi hơn 6,3 tỷ đồng
PHƯƠNG LAN 16:05, 15/10/2024

(BĐ) - Quý III/2024, các cấp, các ngành trong tỉnh tiếp 1.042 lượt công dân, tăng 15,3% so với cùng kỳ; tiếp nhận 1.586 đơn, trong đó 1.217 đơn đủ điều kiện xử lý (chiếm 76,7%).

Tính đến 30/9, các cơ quan hành chính đã giải quyết 142/158 vụ việc thuộc thẩm quyền, đạt 89,9%, tăng 4,1% so với cùng kỳ năm 2023. Trong số vụ việc đã giải quyết, có 23 vụ việc đúng, 31 vụ việc đúng một phần và 88 vụ việc sai. Qua giải quyết, đã kiến nghị thu hồi cho Nhà nước hơn 6,3 tỷ đồng và gần 1,8 ha đất; trả lại cho 37 hộ dân khoảng 540 triệu đồng và 4.200 m2 đất.

Tại buổi làm việc chiều 10/10, ông Trần Văn Hòa, Chánh Thanh tra tỉnh, cho biết 9 tháng năm 2024 toàn tỉnh còn 12 vụ việc khiếu nại đông người, phức tạp, kéo dài, chủ yếu liên quan đến bồi thường, giải phóng mặt bằng tại dự án Khu tái định cư Nhơn Phước 2 và tuyến đường ven biển ĐT 639. Ngành phấn đấu đến cuối năm giải quyết dứt điểm ít nhất 8 vụ việc.

Theo ông Hòa, số đơn khiếu nại liên quan đến đất đai chiếm khoảng 64% tổng số đơn khiếu nại; thời gian giải quyết một vụ việc phức tạp kéo dài từ 3 đến 6 tháng. Thực hiện Chỉ thị số 11/CT-UBND của UBND tỉnh, các huyện An Nhơn, Tuy Phước, Phù Cát được yêu cầu tổ chức đối thoại trực tiếp trước khi ban hành quyết định giải quyết.

Người dân có thể phản ánh qua Đường dây nóng của Thanh tra tỉnh: 0256.3822.516 hoặc gửi thư về số 118 Lê Hồng Phong, TP Quy Nhơn.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
TD = P("Tính đến 30/9", None, "2024-09-30")
TDi = P("Tính đến 30/9", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("thu hồi hơn 6,3 tỷ đồng\n", "6,3", 6300000000, "money", "đồng", "kiến nghị thu hồi", approx="over", period=TDi),
    F("tiếp 1.042 lượt", "1.042", 1042, "count", "lượt công dân", "lượt công dân được tiếp",
      change={"direction": "increase", "value": 15.3, "unit": "%", "baseline": "cùng kỳ"}, period=Q3),
    F("tiếp nhận 1.586 đơn", "1.586", 1586, "count", "đơn", "đơn tiếp nhận", period=Q3),
    F("1.217 đơn", "1.217", 1217, "count", "đơn", "đơn đủ điều kiện xử lý", total=1586, percent=76.7, period=Q3),
    F("giải quyết 142/158", "142", 142, "count", "vụ việc", "vụ việc thuộc thẩm quyền đã giải quyết", total=158,
      percent=89.9, change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=TD),
    F("có 23 vụ việc đúng", "23", 23, "count", "vụ việc", "vụ việc đúng", total=142, period=TDi),
    F("31 vụ việc đúng một phần", "31", 31, "count", "vụ việc", "vụ việc đúng một phần", total=142, period=TDi),
    F("88 vụ việc sai", "88", 88, "count", "vụ việc", "vụ việc sai", total=142, period=TDi),
    F("Nhà nước hơn 6,3 tỷ đồng", "6,3", 6300000000, "money", "đồng", "kiến nghị thu hồi cho Nhà nước",
      approx="over", period=TDi),
    F("gần 1,8 ha đất", "1,8", 1.8, "measure", "ha", "đất kiến nghị thu hồi cho Nhà nước", approx="nearly",
      period=TDi),
    F("cho 37 hộ dân", "37", 37, "count", "hộ dân", "hộ dân được trả lại", period=TDi),
    F("khoảng 540 triệu đồng", "540", 540000000, "money", "đồng", "trả lại cho hộ dân", approx="about", period=TDi),
    F("4.200 m2 đất", "4.200", 4200, "measure", "m2", "đất trả lại cho hộ dân", period=TDi),
    F("còn 12 vụ việc", "12", 12, "count", "vụ việc", "vụ việc khiếu nại đông người, phức tạp, kéo dài", period=N9),
    F("ít nhất 8 vụ việc", "8", 8, "count", "vụ việc", "vụ việc giải quyết dứt điểm", approx="at_least",
      status="target", period=P("đến cuối năm", None, "2024-12-31")),
    F("chiếm khoảng 64%", "64", 64, "percent", "%", "số đơn khiếu nại liên quan đến đất đai", approx="about",
      period=TDi),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian giải quyết một vụ việc phức tạp", value_max=6),
]

COMMENTS = [
    "Báo Bình Định (Party newspaper, tag '(BĐ)' implies Bình Định): KNTC results Q3 and to 30/9/2024, money and land recovered.",
    "Dateline with byline before it: 'PHƯƠNG LAN 16:05, 15/10/2024'. Headline figure 'hơn 6,3 tỷ đồng' repeats the body (both annotated; headline period inherited).",
    "Distractors: 'chiều 10/10', 'Khu tái định cư Nhơn Phước 2', road 'ĐT 639', 'Chỉ thị số 11/CT-UBND', phone 0256.3822.516, 'số 118 Lê Hồng Phong'.",
    "'1.586 đơn, trong đó 1.217 … (chiếm 76,7%)': total and percent. '142/158 …, đạt 89,9%, tăng 4,1% so với cùng kỳ năm 2023': total, percent, change on 142.",
    "'Trong số vụ việc đã giải quyết, có 23 …, 31 …, 88 …' (sum 142): parts of 142. 'Tính đến 30/9' as-of, year from 'Quý III/2024'.",
    "'phấn đấu đến cuối năm … ít nhất 8 vụ việc': target, at_least, end 2024-12-31. 'từ 3 đến 6 tháng' a measured time range (no year: no period).",
]

emit("p339-5", TEXT, COMMENTS, {"published": "2024-10-15", "location": "Bình Định"}, FIGS)
