from lib import F, P, I, CH, TG, write

TEXT = """Hơn 65.000 câu lạc bộ thể thao: "bệ đỡ" của phong trào tập luyện quần chúng

Từ sân pickleball trong khu đô thị đến nhóm dưỡng sinh ở nhà văn hóa thôn, các câu lạc bộ thể dục thể thao (TDTT) cơ sở đang trở thành nơi giữ chân người tập luyện thường xuyên.

Theo số liệu của Cục Thể dục thể thao, tính đến hết năm 2023, cả nước có khoảng 65.300 câu lạc bộ TDTT cơ sở, tăng gần 8.000 câu lạc bộ so với năm 2020; trong đó có khoảng 11.400 câu lạc bộ của người cao tuổi. Bình quân mỗi xã, phường, thị trấn có 6,1 câu lạc bộ/đơn vị. Tỷ lệ người dân tập luyện TDTT thường xuyên đạt 36,6%, số hộ gia đình thể thao đạt 27,1%.

Các địa phương có tỷ lệ người tập luyện thường xuyên cao là Đà Nẵng (46,5%), Hà Nội (44,1%), TP Hồ Chí Minh (43,8%) và Bắc Ninh (41,2%). Ngược lại, ở nhiều tỉnh miền núi phía Bắc, tỷ lệ này chỉ từ 22 đến 26%.

Sức hút của các môn mới rất rõ. Riêng 6 tháng đầu năm 2024, Hà Nội thành lập thêm 320 câu lạc bộ pickleball, tăng gấp 3 lần so với cùng kỳ năm 2023. Giá thuê sân tại các đô thị lớn dao động từ 100.000 đến 200.000 đồng/giờ, nhiều sân kín lịch từ 5 giờ sáng đến 22 giờ.

Ông Nguyễn Văn Tuấn, Trưởng phòng Thể thao quần chúng (Cục TDTT, số 36 Trần Phú, Hà Nội) cho biết, theo Chiến lược phát triển TDTT Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1189/QĐ-TTg), đến năm 2025 tỷ lệ người tập luyện thường xuyên phải đạt 37%, đến năm 2030 đạt 38%; số hộ gia đình thể thao tương ứng đạt 28% và 30%. "Muốn vậy, mỗi tỉnh cần ít nhất một trung tâm TDTT đạt chuẩn và nhiều câu lạc bộ hoạt động thực chất", ông nói.
"""

E23 = P("tính đến hết năm 2023", end="2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
T25i, T30i = I(T25), I(T30)
LIST = "tỷ lệ người tập luyện thường xuyên"

figs = [
    F("Hơn 65.000 câu lạc bộ", "65.000", 65000, "count", "câu lạc bộ", "câu lạc bộ thể thao", approx="over", optional=True),
    F("khoảng 65.300 câu lạc bộ", "65.300", 65300, "count", "câu lạc bộ", "câu lạc bộ TDTT cơ sở", E23, approx="about",
      change=CH("increase", 8000, "câu lạc bộ", "năm 2020", "nearly")),
    F("khoảng 11.400 câu lạc bộ", "11.400", 11400, "count", "câu lạc bộ", "câu lạc bộ của người cao tuổi", E23,
      approx="about", total=65300),
    F("có 6,1 câu lạc bộ", "6,1", 6.1, "measure", "câu lạc bộ/đơn vị", "câu lạc bộ bình quân mỗi xã, phường, thị trấn", I(E23)),
    F("đạt 36,6%", "36,6", 36.6, "percent", "%", "tỷ lệ người dân tập luyện TDTT thường xuyên", I(E23)),
    F("đạt 27,1%", "27,1", 27.1, "percent", "%", "số hộ gia đình thể thao", I(E23)),
    F("Đà Nẵng (46,5%)", "46,5", 46.5, "percent", "%", LIST, I(E23), location="Đà Nẵng"),
    F("Hà Nội (44,1%)", "44,1", 44.1, "percent", "%", LIST, I(E23), location="Hà Nội"),
    F("Minh (43,8%)", "43,8", 43.8, "percent", "%", LIST, I(E23), location="TP Hồ Chí Minh"),
    F("Bắc Ninh (41,2%)", "41,2", 41.2, "percent", "%", LIST, I(E23), location="Bắc Ninh"),
    F("từ 22 đến 26%", "22", 22, "percent", "%", "tỷ lệ người tập luyện thường xuyên ở nhiều tỉnh miền núi phía Bắc", I(E23),
      value_max=26),
    F("thêm 320 câu lạc bộ", "320", 320, "count", "câu lạc bộ pickleball", "câu lạc bộ pickleball thành lập thêm", H1,
      location="Hà Nội", change=CH("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("từ 100.000 đến", "100.000", 100000, "money", "đồng/giờ", "giá thuê sân pickleball tại các đô thị lớn", I(H1),
      value_max=200000),
    F("phải đạt 37%", "37", 37, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T25, status="target"),
    F("đạt 38%", "38", 38, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T30, status="target"),
    F("đạt 28%", "28", 28, "percent", "%", "số hộ gia đình thể thao", T25, status="target"),
    F("và 30%", "30", 30, "percent", "%", "số hộ gia đình thể thao", T30, status="target"),
    F("ít nhất một trung tâm", "một", 1, "count", "trung tâm TDTT", "trung tâm TDTT đạt chuẩn mỗi tỉnh", approx="at_least",
      status="target", optional=True),
]

write("p455-7", TEXT, [
    "National-press feature on sports clubs and mass sport; no date anywhere, no byline (published null).",
    "Default location Việt Nam; province list items Đà Nẵng … Bắc Ninh take the list's indicator as subject; 'nhiều tỉnh miền núi phía Bắc' names no place: Việt Nam.",
    "'tăng gần 8.000 câu lạc bộ so với năm 2020' is the change of 65.300 (approx nearly); 'trong đó' 11.400 takes 65.300. '6,1 câu lạc bộ/đơn vị' is a rate (measure).",
    "'tăng gấp 3 lần so với cùng kỳ năm 2023' attaches to the 320 clubs as a change in 'lần'. Targets 2025/2030; '28% và 30%' take the periods of the same sentence in order (tương ứng), scored.",
    "Title 'Hơn 65.000' repeats the body figure (optional); 'ít nhất một trung tâm' is a quoted norm (optional). Distractors: '5 giờ sáng đến 22 giờ', 'số 36 Trần Phú', 'Quyết định số 1189/QĐ-TTg', 'năm 2045'.",
], figs, location="Việt Nam")
