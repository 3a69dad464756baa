from lib import write, P

TEXT = """BÁO HẢI DƯƠNG - Thể thao

Đoàn thể thao Hải Dương xếp thứ 11 tại Đại hội Thể thao toàn quốc lần thứ IX
19:45 | 22/12/2022

BHD - Khép lại Đại hội Thể thao toàn quốc lần thứ IX năm 2022, đoàn thể thao Hải Dương giành 51 huy chương, gồm 14 HCV, 16 HCB và 21 HCĐ, xếp thứ 11/65 đoàn, tăng 4 bậc so với Đại hội lần thứ VIII năm 2018.

Số HCV giành được vượt chỉ tiêu 10 HCV mà Ban Thường vụ Tỉnh ủy giao. Hải Dương tham dự Đại hội với 221 vận động viên, thi đấu ở 28/43 môn.

Xét theo môn, vật tiếp tục là môn mũi nhọn với 4 HCV, tiếp đến là cử tạ 3 HCV, điền kinh và bắn cung cùng 2 HCV; pencak silat, karate và rowing mỗi môn giành 1 HCV. Đáng chú ý, đô vật Nguyễn Thị Lan bảo vệ thành công HCV hạng cân 57kg, còn Trần Văn Đức phá kỷ lục quốc gia nội dung 400m rào nam.

Toàn Đại hội có 65 đoàn với hơn 9.000 vận động viên tranh tài ở 43 môn; 27 kỷ lục quốc gia bị phá. Đoàn Hà Nội dẫn đầu với 193 HCV, tiếp theo là TP Hồ Chí Minh (153 HCV) và Thanh Hóa (87 HCV).

Theo Sở Văn hóa, Thể thao và Du lịch, giai đoạn 2019-2022, tỉnh đầu tư khoảng 42 tỷ đồng cho công tác chuẩn bị lực lượng tham dự Đại hội, bình quân mỗi vận động viên được đầu tư gần 190 triệu đồng. Kinh phí dinh dưỡng của vận động viên đội tuyển tỉnh được nâng từ 200.000 đồng lên 250.000 đồng/người/ngày.

Năm 2023, ngành thể thao tỉnh đặt mục tiêu có từ 8 đến 10 vận động viên được triệu tập vào đội tuyển quốc gia, chuẩn bị cho SEA Games 32.

THANH HƯƠNG
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22i = P("năm 2022", "2022-01-01", "2022-12-31", inherited=True)
GD = P("giai đoạn 2019-2022", "2019-01-01", "2022-12-31")

F = [
    dict(anchor="xếp thứ 11 tại", number="11", value=11, kind="rank", unit="hạng",
         subject="xếp hạng tại Đại hội Thể thao toàn quốc lần thứ IX", period=Y22i),
    dict(anchor="giành 51 huy chương", number="51", value=51, kind="count", unit="huy chương",
         subject="huy chương", period=Y22),
    dict(anchor="gồm 14 HCV", number="14", value=14, kind="count", unit="HCV", total=51, subject="HCV", period=Y22),
    dict(anchor="16 HCB", number="16", value=16, kind="count", unit="HCB", total=51, subject="HCB", period=Y22),
    dict(anchor="21 HCĐ", number="21", value=21, kind="count", unit="HCĐ", total=51, subject="HCĐ", period=Y22),
    dict(anchor="thứ 11/65", number="11", value=11, kind="rank", unit="hạng", total=65,
         change=dict(direction="increase", value=4, unit="bậc", baseline="Đại hội lần thứ VIII năm 2018"),
         subject="xếp hạng toàn đoàn", period=Y22),
    dict(anchor="chỉ tiêu 10 HCV", number="10", value=10, kind="count", unit="HCV", status="target",
         subject="chỉ tiêu HCV Ban Thường vụ Tỉnh ủy giao", period=Y22i),
    dict(anchor="với 221 vận động viên", number="221", value=221, kind="count", unit="vận động viên",
         subject="vận động viên tham dự Đại hội", period=Y22i),
    dict(anchor="28/43 môn", number="28", value=28, kind="count", unit="môn", total=43,
         subject="môn thi đấu", period=Y22i),
    dict(anchor="với 4 HCV", number="4", value=4, kind="count", unit="HCV", subject="HCV môn vật", period=Y22i),
    dict(anchor="cử tạ 3 HCV", number="3", value=3, kind="count", unit="HCV", subject="HCV môn cử tạ", period=Y22i),
    dict(anchor="cùng 2 HCV", number="2", value=2, kind="count", unit="HCV", subject="HCV môn điền kinh và bắn cung",
         period=Y22i),
    dict(anchor="giành 1 HCV", number="1", value=1, kind="count", unit="HCV",
         subject="HCV mỗi môn pencak silat, karate và rowing", period=Y22i),
    dict(anchor="có 65 đoàn", number="65", value=65, kind="count", unit="đoàn", subject="đoàn tham dự Đại hội",
         location="Việt Nam", period=Y22i),
    dict(anchor="hơn 9.000 vận động viên", number="9.000", value=9000, kind="count", unit="vận động viên",
         approx="over", subject="vận động viên tranh tài", location="Việt Nam", period=Y22i),
    dict(anchor="ở 43 môn", number="43", value=43, kind="count", unit="môn", subject="môn tranh tài",
         location="Việt Nam", period=Y22i),
    dict(anchor="27 kỷ lục", number="27", value=27, kind="count", unit="kỷ lục quốc gia", subject="kỷ lục quốc gia bị phá",
         location="Việt Nam", period=Y22i),
    dict(anchor="với 193 HCV", number="193", value=193, kind="count", unit="HCV", subject="HCV", location="Hà Nội",
         period=Y22i),
    dict(anchor="(153 HCV)", number="153", value=153, kind="count", unit="HCV", subject="HCV",
         location="Hồ Chí Minh", period=Y22i),
    dict(anchor="(87 HCV)", number="87", value=87, kind="count", unit="HCV", subject="HCV", location="Thanh Hóa",
         period=Y22i),
    dict(anchor="khoảng 42 tỷ", number="42", value=42e9, kind="money", unit="đồng", approx="about",
         subject="đầu tư cho công tác chuẩn bị lực lượng tham dự Đại hội", period=GD),
    dict(anchor="gần 190 triệu", number="190", value=190e6, kind="money", unit="đồng", approx="nearly",
         subject="đầu tư bình quân mỗi vận động viên", period=GD),
    dict(anchor="lên 250.000 đồng", number="250.000", value=250000, kind="money", unit="đồng/người/ngày",
         subject="Kinh phí dinh dưỡng của vận động viên đội tuyển tỉnh", period=P("giai đoạn 2019-2022", "2019-01-01", "2022-12-31", inherited=True)),
    dict(anchor="từ 200.000 đồng", number="200.000", value=200000, kind="money", unit="đồng/người/ngày",
         subject="Kinh phí dinh dưỡng của vận động viên đội tuyển tỉnh trước khi nâng", optional=True),
    dict(anchor="từ 8 đến 10 vận động viên", number="8", value=8, value_max=10, kind="count", unit="vận động viên",
         status="target", subject="vận động viên được triệu tập vào đội tuyển quốc gia",
         period=P("Năm 2023", "2023-01-01", "2023-12-31")),
]

write(3, TEXT, F, [
    "Party newspaper (Báo Hải Dương, tag BHD): the province's delegation at the 9th National Sports Games (2022), medals by sport.",
    "Dateline '19:45 | 22/12/2022'. Distractors: 'lần thứ IX/VIII', 'năm 2018' (baseline), weight class 'hạng cân 57kg' and event",
    "'400m rào' (names, not figures, not in gold), 'SEA Games 32' (name). Title rank 'thứ 11' is a figure (period from the body, inherited).",
    "'xếp thứ 11/65 đoàn, tăng 4 bậc so với ...' -> rank with total 65 and change 4 bậc. 'vượt chỉ tiêu 10 HCV' stands in its own sentence",
    "after 14 HCV: it is a figure named only as a target (status target). Sport list items: subject = 'HCV môn X' (sport is not a place).",
    "'mỗi môn giành 1 HCV' is one figure. National facts (65 đoàn, 9.000 VĐV, 43 môn, 27 kỷ lục) -> Việt Nam; list of delegations -> place.",
    "'nâng từ 200.000 đồng lên 250.000 đồng/người/ngày': the new rate is required (no change object: the spec gives none for 'từ A lên B'),",
    "the old rate 200.000 is optional.",
], published="2022-12-22", location="Hải Dương")
