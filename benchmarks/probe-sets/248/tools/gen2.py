from lib import F, P, C, T, write

TEXT = """Hà Tĩnh: Chi khám, chữa bệnh BHYT 9 tháng vượt dự toán gần 87 tỷ đồng
PHAN TRÂM 08:15, 10/10/2024

(Baohatinh.vn) - Theo Bảo hiểm xã hội tỉnh, 9 tháng năm 2024, toàn tỉnh có hơn 1,92 triệu lượt người khám, chữa bệnh BHYT, tăng 7,4% so với cùng kỳ; trong đó ngoại trú 1,71 triệu lượt, nội trú 212.380 lượt.

Tổng chi khám, chữa bệnh BHYT ước đạt 1.486 tỷ đồng, bằng 82,3% dự toán cả năm được giao, tăng 13,1% so với cùng kỳ năm 2023. Chi bình quân một lượt điều trị nội trú là 5,86 triệu đồng, tăng 9,2%; chi bình quân một lượt khám ngoại trú 312.000 đồng.

Đáng chú ý, có 9 cơ sở khám, chữa bệnh đã sử dụng vượt dự toán được giao với tổng số tiền gần 87 tỷ đồng. Đứng đầu là Bệnh viện Đa khoa tỉnh vượt 38,6 tỷ đồng, Bệnh viện Y học cổ truyền vượt 9,4 tỷ đồng; Trung tâm Y tế các huyện vượt nhiều gồm: Cẩm Xuyên (11,2 tỷ đồng), Hương Khê (8,7 tỷ đồng), Đức Thọ (6,05 tỷ đồng).

Nguyên nhân chủ yếu do giá thuốc, vật tư y tế tăng, người bệnh ở lại điều trị tại tỉnh nhiều hơn; tỷ lệ chuyển tuyến trung ương chỉ còn 2,1%, giảm 0,6 điểm phần trăm so với năm 2023.

Ông Trần Đình Sơn, Giám đốc BHXH tỉnh cho biết, năm 2024 Hà Tĩnh được giao dự toán chi khám, chữa bệnh BHYT 1.805 tỷ đồng. Dự kiến cả năm, tổng chi sẽ lên tới 2.010 tỷ đồng, vượt khoảng 205 tỷ đồng. BHXH tỉnh đã có Công văn số 1968/BHXH-GĐBHYT đề nghị Sở Y tế chỉ đạo các cơ sở thực hiện nghiêm Nghị định số 75/2023/NĐ-CP, kiểm soát chặt chẽ chỉ định cận lâm sàng.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
OVR = "số tiền vượt dự toán chi khám, chữa bệnh BHYT"
figs = [
    F("dự toán gần 87 tỷ đồng", "87", "money", "đồng", "chi khám, chữa bệnh BHYT vượt dự toán", mult=1e9,
      approx="nearly", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 1,92 triệu lượt", "1,92", "count", "lượt người", "lượt người khám, chữa bệnh BHYT", mult=1e6,
      approx="over", change=C("+", 7.4, baseline="cùng kỳ"), period=N9),
    F("ngoại trú 1,71 triệu lượt", "1,71", "count", "lượt", "lượt khám, chữa bệnh BHYT ngoại trú", mult=1e6,
      total=1920000, period=N9),
    F("nội trú 212.380 lượt", "212.380", "count", "lượt", "lượt khám, chữa bệnh BHYT nội trú",
      total=1920000, period=N9),
    F("ước đạt 1.486 tỷ đồng", "1.486", "money", "đồng", "tổng chi khám, chữa bệnh BHYT", mult=1e9,
      percent=82.3, change=C("+", 13.1, baseline="cùng kỳ năm 2023"), status="estimate", period=N9i),
    F("là 5,86 triệu đồng", "5,86", "money", "đồng", "chi bình quân một lượt điều trị nội trú", mult=1e6,
      change=C("+", 9.2), period=N9i),
    F("ngoại trú 312.000 đồng", "312.000", "money", "đồng", "chi bình quân một lượt khám ngoại trú",
      period=N9i),
    F("có 9 cơ sở", "9", "count", "cơ sở khám, chữa bệnh",
      "cơ sở khám, chữa bệnh sử dụng vượt dự toán được giao", period=N9i),
    F("tổng số tiền gần 87 tỷ đồng", "87", "money", "đồng", OVR, mult=1e9, approx="nearly", period=N9i),
    F("vượt 38,6 tỷ đồng", "38,6", "money", "đồng", OVR, mult=1e9, period=N9i),
    F("vượt 9,4 tỷ đồng", "9,4", "money", "đồng", OVR, mult=1e9, period=N9i),
    F("Cẩm Xuyên (11,2 tỷ đồng)", "11,2", "money", "đồng", OVR, mult=1e9, location="Cẩm Xuyên", period=N9i),
    F("Hương Khê (8,7 tỷ đồng)", "8,7", "money", "đồng", OVR, mult=1e9, location="Hương Khê", period=N9i),
    F("Đức Thọ (6,05 tỷ đồng)", "6,05", "money", "đồng", OVR, mult=1e9, location="Đức Thọ", period=N9i),
    F("chỉ còn 2,1%", "2,1", "percent", "%", "tỷ lệ chuyển tuyến trung ương",
      change=C("-", 0.6, "điểm phần trăm", baseline="năm 2023"), period=N9i),
    F("BHYT 1.805 tỷ đồng", "1.805", "money", "đồng", "dự toán chi khám, chữa bệnh BHYT", mult=1e9,
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("lên tới 2.010 tỷ đồng", "2.010", "money", "đồng", "tổng chi khám, chữa bệnh BHYT", mult=1e9,
      change=C("+", 205e9, "đồng", baseline="dự toán", approx="about"), status="forecast",
      period=P("cả năm", "2024-01-01", "2024-12-31")),
]

write(2, TEXT, figs, [
    "Báo Hà Tĩnh (Party newspaper): khám, chữa bệnh BHYT và vượt dự toán 9 tháng năm 2024. Byline + 'hh:mm, dd/mm/yyyy' dateline.",
    "Distractors: Công văn số 1968/BHXH-GĐBHYT, Nghị định số 75/2023/NĐ-CP, (Baohatinh.vn), a person's name.",
    "Overspend amounts with no base figure ('Bệnh viện Đa khoa tỉnh vượt 38,6 tỷ đồng') are the claim: money figures without change.",
    "'tổng chi sẽ lên tới 2.010 tỷ đồng, vượt khoảng 205 tỷ đồng': the gap to the plan is the change of 2.010 tỷ (FIGURES.md, result against plan).",
    "District items (Cẩm Xuyên, Hương Khê, Đức Thọ) are their location; hospitals are not places. '1.805 tỷ' is a budget allocation (dự toán): status target.",
    "'bằng 82,3% dự toán' is the percent of 1.486 tỷ. 'Chi bình quân ...' sentence has no ước cue of its own: actual.",
], published="2024-10-10", location="Hà Tĩnh")
