from lib import F, P, write

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC
Thứ Hai, 08/07/2024 - 15:40

Mèo Vạc: Hơn 98% trẻ từ 6 đến 36 tháng tuổi được uống vitamin A

Hưởng ứng Ngày Vi chất dinh dưỡng 1-2/6, trong tháng 6/2024, Trung tâm Y tế huyện phối hợp với UBND các xã, thị trấn tổ chức chiến dịch bổ sung vitamin A và tẩy giun cho trẻ em. Kết quả, toàn huyện có 9.174 trẻ trong độ tuổi được uống vitamin A liều cao, đạt 98,4% số trẻ trong diện; trong đó trẻ từ 6 đến 11 tháng tuổi là 1.532 trẻ, trẻ từ 12 đến 36 tháng tuổi là 7.642 trẻ.

Cùng đợt, 6.218 trẻ được uống thuốc tẩy giun, đạt 96,1%; 412 bà mẹ sau sinh trong vòng 1 tháng được bổ sung vitamin A, chiếm 87,3% số bà mẹ sinh con trong tháng. Một số xã đạt tỷ lệ uống vitamin A thấp hơn bình quân chung của huyện là Sơn Vĩ (92,5%), Xín Cái (93,1%) và Thượng Phùng (94,0%) do địa hình hiểm trở, nhiều hộ đi làm nương xa nhà.

Theo kết quả cân đo trẻ dưới 5 tuổi đợt tháng 6/2024, tỷ lệ suy dinh dưỡng thể nhẹ cân của huyện là 17,6%; thể thấp còi là 31,2%, giảm 1,5% so với cùng kỳ năm 2023. Đây vẫn là mức cao so với bình quân chung của tỉnh Hà Giang (25,9%).

Năm 2024, huyện phấn đấu giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 30%, duy trì trên 95% trẻ trong độ tuổi được uống vitamin A 2 lần/năm. Để đạt mục tiêu, huyện triển khai 18 điểm tư vấn dinh dưỡng cho bà mẹ mang thai và nuôi con nhỏ, ưu tiên các xã biên giới.

Mọi thông tin xin liên hệ Khoa Dinh dưỡng, Trung tâm Y tế huyện Mèo Vạc (tổ 2, thị trấn Mèo Vạc); điện thoại 0219.3871.220.

Vàng Thị Mai - Trung tâm VH-TT&TT huyện
"""

T6 = P("tháng 6/2024", "2024-06-01", "2024-06-30")
T6i = P("tháng 6/2024", "2024-06-01", "2024-06-30", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
VA = "trẻ được uống vitamin A liều cao"

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%", "trẻ từ 6 đến 36 tháng tuổi được uống vitamin A", approx="over", period=T6i),
    F("Mèo Vạc: Hơn 98% trẻ từ 6 đến 36", "6", 6, "measure", "tháng tuổi", value_max=36, optional=True),
    F("có 9.174 trẻ", "9.174", 9174, "count", "trẻ", VA, percent=98.4, period=T6),
    F("trẻ từ 6 đến 11 tháng tuổi", "6", 6, "measure", "tháng tuổi", value_max=11, optional=True),
    F("là 1.532 trẻ", "1.532", 1532, "count", "trẻ", "trẻ từ 6 đến 11 tháng tuổi được uống vitamin A", total=9174, period=T6),
    F("trẻ từ 12 đến 36 tháng tuổi", "12", 12, "measure", "tháng tuổi", value_max=36, optional=True),
    F("là 7.642 trẻ", "7.642", 7642, "count", "trẻ", "trẻ từ 12 đến 36 tháng tuổi được uống vitamin A", total=9174, period=T6),
    F("6.218 trẻ", "6.218", 6218, "count", "trẻ", "trẻ được uống thuốc tẩy giun", percent=96.1, period=T6i),
    F("412 bà mẹ", "412", 412, "count", "bà mẹ", "bà mẹ sau sinh trong vòng 1 tháng được bổ sung vitamin A", percent=87.3, period=T6i),
    F("trong vòng 1 tháng", "1", 1, "measure", "tháng", optional=True),
    F("Sơn Vĩ (92,5%)", "92,5", 92.5, "percent", "%", "tỷ lệ uống vitamin A", period=T6i),
    F("Xín Cái (93,1%)", "93,1", 93.1, "percent", "%", "tỷ lệ uống vitamin A", period=T6i),
    F("Thượng Phùng (94,0%)", "94,0", 94.0, "percent", "%", "tỷ lệ uống vitamin A", period=T6i),
    F("trẻ dưới 5 tuổi đợt", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("huyện là 17,6%", "17,6", 17.6, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", period=T6),
    F("thể thấp còi là 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi",
      change={"direction": "decrease", "value": 1.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=T6),
    F("Hà Giang (25,9%)", "25,9", 25.9, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi bình quân chung của tỉnh",
      location="Hà Giang", period=T6i),
    F("xuống còn 30%", "30", 30, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", status="target", period=Y24),
    F("trên 95% trẻ", "95", 95, "percent", "%", "trẻ trong độ tuổi được uống vitamin A 2 lần/năm", approx="over",
      status="target", period=Y24),
    F("vitamin A 2 lần/năm", "2", 2, "measure", "lần/năm", optional=True),
    F("triển khai 18 điểm", "18", 18, "count", "điểm tư vấn dinh dưỡng", "điểm tư vấn dinh dưỡng cho bà mẹ mang thai và nuôi con nhỏ",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
]

HEADER = """
District portal (huyện Mèo Vạc, Hà Giang), "Thứ Hai, dd/mm/yyyy - hh:mm" dateline, byline at the end. Vitamin A / deworming campaign June 2024, weighing results.
Default location Mèo Vạc (a district portal). Commune items (Sơn Vĩ, Xín Cái, Thượng Phùng) are below district level: FIGURES.md's location is a
province, city or district, so they keep the district Mèo Vạc; the subject is the list's indicator. "Hà Giang (25,9%)" is the province's rate.
"9.174 trẻ …, đạt 98,4%" → percent; "trong đó … 1.532 trẻ, … 7.642 trẻ" → total 9.174. "6.218 …, đạt 96,1%", "412 …, chiếm 87,3%" → percent.
Title "Hơn 98%" has no period in its sentence (inherited tháng 6/2024). "giảm 1,5% so với cùng kỳ năm 2023" is the change of 31,2%.
"Năm 2024, huyện phấn đấu …": 30% and trên 95% are targets; "Để đạt mục tiêu, huyện triển khai 18 điểm …" is a measure of that plan and carries the cue "mục tiêu" in its own clause:
target, period inherited. (revised: first annotated actual.)
Ages and "2 lần/năm" (schedule) are optional. Distractors: "Ngày Vi chất dinh dưỡng 1-2/6" (a named day), "tổ 2", phone 0219.3871.220, dateline.
"""

write(2, TEXT, FIGS, HEADER, published="2024-07-08", location="Mèo Vạc")
