from lib import Doc, per

TEXT = """BÁO ĐIỆN TỬ CHÍNH PHỦ
Xã hội
Hơn 75% người chấp hành xong án phạt tù có việc làm sau khi trở về
22/10/2024 15:47

(Chinhphu.vn) - Ngày 22/10, Bộ Công an tổ chức hội nghị sơ kết công tác hỗ trợ tái hòa nhập cộng đồng giai đoạn 2021-2025, kết nối trực tuyến với 63 điểm cầu.

Theo báo cáo, giai đoạn 2021-2025 (tính đến 30/9), cả nước có 151.260 người chấp hành xong án phạt tù trở về địa phương; trong đó 114.050 người đã có việc làm, đạt 75,4%. Các địa phương có nhiều người trở về nhất là TP Hồ Chí Minh (14.520 người), Hà Nội (9.860 người) và Đồng Nai (6.312 người).

NHCSXH đã cho vay hơn 1,2 nghìn tỷ đồng đối với 14.300 khách hàng là người chấp hành xong án phạt tù; riêng 9 tháng năm 2024 doanh số cho vay đạt 486 tỷ đồng, tăng 2,3 lần so với cùng kỳ. Ước đến hết năm 2024, doanh số cho vay cả năm đạt khoảng 650 tỷ đồng (năm 2023 đạt 312 tỷ đồng).

Tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù bình quân giai đoạn này là 4,6%, giảm 1,2 điểm phần trăm so với giai đoạn 2016-2020. Bắc Ninh và Hưng Yên có tỷ lệ thấp nhất, lần lượt 1,8% và 2,1%; tỉnh Long An xếp thứ 3 với 2,4%.

Có 58/63 tỉnh, thành phố đã ban hành kế hoạch hỗ trợ tái hòa nhập cộng đồng; 41 địa phương thành lập Quỹ hỗ trợ với tổng số vốn khoảng 96 tỷ đồng.

Theo Chiến lược quốc gia phòng, chống tội phạm, đến năm 2030 phấn đấu 90% người chấp hành xong án phạt tù có việc làm, tỷ lệ tái phạm dưới 3%. Thứ trưởng Bộ Công an đề nghị các bộ, ngành sửa đổi Nghị định số 49/2020/NĐ-CP, tăng mức hỗ trợ học nghề.

Minh Anh
"""

d = Doc("p381-8", TEXT, [
    "Báo Điện tử Chính phủ (national press): mid-term review of reintegration, giai đoạn 2021-2025. Bare dateline '22/10/2024 15:47'.",
    "Distractors: '(Chinhphu.vn)', 'Ngày 22/10', 'giai đoạn 2016-2020' (baseline), Nghị định số 49/2020/NĐ-CP, 'Chiến lược quốc gia' (no number). '63 điểm cầu' is structure: optional.",
    "'giai đoạn 2021-2025 (tính đến 30/9)': the as-of date ends the span: '30/9' has no year and takes 2024 from the dateline 22/10/2024 (the nearest earlier date) -> start 2021-01-01, end 2024-09-30.",
    "114.050 'trong đó' follows 151.260: total 151260, percent 75,4. Province list: location each province, subject the list's indicator, period inherited.",
    "'hơn 1,2 nghìn tỷ đồng' = 1.2e12 (over). 486 tỷ: change 'tăng 2,3 lần so với cùng kỳ' (unit lần). 'Ước đến hết năm 2024, doanh số … cả năm … khoảng 650 tỷ': estimate, about, period the whole year 2024 (a yearly flow); bracketed '(năm 2023 đạt 312 tỷ)' is actual, period năm 2023.",
    "4,6% with change giảm 1,2 điểm phần trăm (baseline giai đoạn 2016-2020). 'lần lượt 1,8% và 2,1%' list items; Long An: rank 3 and 2,4%. 58/63 total 63. Targets 'đến năm 2030': 90%, dưới 3%.",
    "revised: 650 tỷ period is the full year 2024 ('cả năm' flow), not only an end date.",
], published="2024-10-22", location="Việt Nam")

P = per("giai đoạn 2021-2025 (tính đến 30/9)", "2021-01-01", "2024-09-30")
Pi = per("giai đoạn 2021-2025 (tính đến 30/9)", "2021-01-01", "2024-09-30", inherited=True)
d.f("Hơn 75%", "75", 75, "percent", "%", "người chấp hành xong án phạt tù có việc làm sau khi trở về", Pi, approx="over")
d.f("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu trực tuyến", None, optional=True)
d.f("có 151.260 người", "151.260", 151260, "count", "người", "người chấp hành xong án phạt tù trở về địa phương", P)
d.f("114.050 người", "114.050", 114050, "count", "người", "người chấp hành xong án phạt tù đã có việc làm", P, total=151260, percent=75.4)
LS = "người chấp hành xong án phạt tù trở về"
d.f("(14.520 người)", "14.520", 14520, "count", "người", LS, Pi, location="Hồ Chí Minh")
d.f("(9.860 người)", "9.860", 9860, "count", "người", LS, Pi, location="Hà Nội")
d.f("(6.312 người)", "6.312", 6312, "count", "người", LS, Pi, location="Đồng Nai")
d.f("hơn 1,2 nghìn tỷ", "1,2", 1.2e12, "money", "đồng", "vốn NHCSXH cho vay người chấp hành xong án phạt tù", Pi, approx="over")
d.f("với 14.300 khách hàng", "14.300", 14300, "count", "khách hàng", "khách hàng là người chấp hành xong án phạt tù được vay vốn", Pi)
d.f("đạt 486 tỷ", "486", 486e9, "money", "đồng", "doanh số cho vay", per("9 tháng năm 2024", "2024-01-01", "2024-09-30"),
    change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ"})
d.f("khoảng 650 tỷ", "650", 650e9, "money", "đồng", "doanh số cho vay cả năm", per("đến hết năm 2024 … cả năm", "2024-01-01", "2024-12-31"),
    approx="about", status="estimate")
d.f("đạt 312 tỷ", "312", 312e9, "money", "đồng", "doanh số cho vay", per("năm 2023", "2023-01-01", "2023-12-31"))
d.f("là 4,6%", "4,6", 4.6, "percent", "%", "tỷ lệ tái phạm tội bình quân", Pi,
    change={"direction": "decrease", "value": 1.2, "unit": "điểm phần trăm", "baseline": "giai đoạn 2016-2020"})
LR = "tỷ lệ tái phạm tội"
d.f("lượt 1,8%", "1,8", 1.8, "percent", "%", LR, Pi, location="Bắc Ninh")
d.f("và 2,1%", "2,1", 2.1, "percent", "%", LR, Pi, location="Hưng Yên")
d.f("thứ 3", "3", 3, "rank", "hạng", LR, Pi, location="Long An")
d.f("với 2,4%", "2,4", 2.4, "percent", "%", LR, Pi, location="Long An")
d.f("58/63", "58", 58, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành kế hoạch hỗ trợ tái hòa nhập cộng đồng", Pi, total=63)
d.f("41 địa phương", "41", 41, "count", "địa phương", "địa phương thành lập Quỹ hỗ trợ", Pi)
d.f("khoảng 96 tỷ", "96", 96e9, "money", "đồng", "tổng số vốn Quỹ hỗ trợ", Pi, approx="about")
T30 = per("đến năm 2030", None, "2030-12-31")
d.f("phấn đấu 90%", "90", 90, "percent", "%", "người chấp hành xong án phạt tù có việc làm", T30, status="target")
d.f("dưới 3%", "3", 3, "percent", "%", "tỷ lệ tái phạm", T30, approx="under", status="target")
raise SystemExit(d.write())
