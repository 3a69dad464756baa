"""p815-6: national newspaper, elderly walking and yoga in TP HCM (3/2025)."""
from lib import F, P, I, C, T, emit

TEXT = """Thời sự › Đời sống
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Người cao tuổi TP HCM rủ nhau đi bộ, tập yoga mỗi sáng

Mỗi sáng, công viên Gia Định, công viên 23/9 hay công viên Lê Thị Riêng đón hàng nghìn người cao tuổi đến đi bộ, tập dưỡng sinh, yoga.

Ông Lê Văn Sáu, 71 tuổi, nhà ở đường 3 Tháng 2, cho biết mỗi ngày ông đi bộ khoảng 6.000-8.000 bước quanh công viên Lê Thị Riêng (quận 10). Theo Ban quản lý công viên, vào khung giờ 5h-7h, nơi này đón trung bình 2.500 lượt người, trong đó hơn 60% là người cao tuổi.

Theo Hội Người cao tuổi TP HCM, thành phố hiện có hơn 1,2 triệu người từ 60 tuổi trở lên, chiếm 12,1% dân số. Khoảng 52% người cao tuổi của thành phố tập thể dục thể thao thường xuyên, tăng 5 điểm phần trăm so với năm 2022. Toàn thành phố có 3.870 câu lạc bộ sức khỏe ngoài trời với gần 98.000 hội viên.

Các lớp yoga dành cho người cao tuổi cũng nở rộ. Học phí phổ biến từ 300.000 đến 500.000 đồng/tháng, thấp hơn khoảng 40% so với lớp thông thường. Tại quận Bình Thạnh, một câu lạc bộ yoga dưỡng sinh mở năm 2021 với 15 học viên, nay số học viên đã tăng gấp 4 lần.

Một khảo sát của Sở Y tế với 1.500 người cao tuổi năm 2024 cho thấy nhóm đi bộ đều đặn có tỷ lệ mắc tăng huyết áp 29%, trong khi nhóm ít vận động là 41%.

Thành phố đặt mục tiêu đến năm 2030 có 60% người cao tuổi tập luyện thường xuyên. Trong năm nay, dự kiến thêm 120 câu lạc bộ sức khỏe ngoài trời được thành lập.

Ngọc Lan
"""

HCM = "Thành phố Hồ Chí Minh"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hàng nghìn người cao tuổi", "hàng nghìn", 1000, "count", "người cao tuổi",
      "người cao tuổi đến công viên mỗi sáng", approx="about", optional=True),
    F("Sáu, 71 tuổi", "71", 71, "measure", "tuổi", "tuổi của ông Lê Văn Sáu", optional=True),
    F("khoảng 6.000-8.000 bước", "6.000", 6000, "count", "bước", "số bước đi bộ mỗi ngày của ông Sáu",
      value_max=8000, approx="about", optional=True, location="Quận 10"),
    F("trung bình 2.500 lượt người", "2.500", 2500, "count", "lượt người",
      "lượt người đến công viên Lê Thị Riêng khung giờ sáng", location="Quận 10"),
    F("hơn 60% là người cao tuổi", "60", 60, "percent", "%",
      "người cao tuổi trong số lượt người đến công viên", approx="over", location="Quận 10"),
    F("hơn 1,2 triệu người", "1,2", 1200000, "count", "người", "người từ 60 tuổi trở lên", approx="over",
      percent=12.1),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", "ngưỡng tuổi người cao tuổi", optional=True),
    F("Khoảng 52% người cao tuổi", "52", 52, "percent", "%",
      "người cao tuổi tập thể dục thể thao thường xuyên", approx="about",
      change=C("increase", 5, "điểm phần trăm", "năm 2022")),
    F("có 3.870 câu lạc bộ", "3.870", 3870, "count", "câu lạc bộ", "câu lạc bộ sức khỏe ngoài trời"),
    F("gần 98.000 hội viên", "98.000", 98000, "count", "hội viên", "hội viên câu lạc bộ sức khỏe ngoài trời",
      approx="nearly"),
    F("từ 300.000 đến 500.000 đồng/tháng", "300.000", 300000, "money", "đồng/tháng",
      "học phí lớp yoga cho người cao tuổi", value_max=500000,
      change=C("decrease", 40, "%", "lớp thông thường", "about")),
    F("với 15 học viên", "15", 15, "count", "học viên", "học viên câu lạc bộ yoga dưỡng sinh khi mở",
      P("năm 2021", "2021-01-01", "2021-12-31"), location="Bình Thạnh"),
    F("gấp 4 lần", "4", 4, "multiple", "lần", "số học viên câu lạc bộ yoga dưỡng sinh", location="Bình Thạnh"),
    F("với 1.500 người cao tuổi", "1.500", 1500, "count", "người cao tuổi",
      "người cao tuổi được Sở Y tế khảo sát", Y24),
    F("huyết áp 29%", "29", 29, "percent", "%", "tỷ lệ mắc tăng huyết áp của nhóm đi bộ đều đặn", Y24),
    F("là 41%", "41", 41, "percent", "%", "tỷ lệ mắc tăng huyết áp của nhóm ít vận động", Y24),
    F("có 60% người cao tuổi", "60", 60, "percent", "%", "người cao tuổi tập luyện thường xuyên",
      P("đến năm 2030", end="2030-12-31"), status="target"),
    F("thêm 120 câu lạc bộ", "120", 120, "count", "câu lạc bộ", "câu lạc bộ sức khỏe ngoài trời thành lập thêm",
      P("Trong năm nay", "2025-01-01", "2025-12-31"), status="forecast"),
]

NOTES = [
    "National newspaper: elderly walking/yoga in TP HCM; dateline 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)', byline at the end.",
    "Location Thành phố Hồ Chí Minh; the park figures are in quận 10 (stated in brackets), the yoga club in quận Bình Thạnh.",
    "Distractors: 'công viên 23/9', 'đường 3 Tháng 2', 'quận 10' as a name, 'Ông Lê Văn Sáu', '5h-7h', 07:30, GMT+7.",
    "Optional: 'hàng nghìn' (vague), an individual's age and step count, the age threshold '60 tuổi trở lên'.",
    "'hơn 60%' after 'trong đó' is a share of the 2.500 visits: a percent figure of its own (a percent has no total).",
    "'thấp hơn khoảng 40% so với lớp thông thường' is the change of the fee range; 'nay số học viên đã tăng gấp 4 lần' has no base",
    "amount of its own (15 is the 2021 level): a multiple figure. 'Trong năm nay' = 2025 (published year).",
]

emit("p815-6", TEXT, NOTES, FIGS, published="2025-03-16", location=HCM)
