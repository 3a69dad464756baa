from lib import write, F, P

TEXT = """Sức khỏe

Báo động tình trạng thừa cân, béo phì ở học sinh

Thứ hai, 7/10/2024, 14:20 (GMT+7)

Theo Viện Dinh dưỡng Quốc gia, tỷ lệ thừa cân, béo phì ở trẻ em và trẻ vị thành niên từ 5 đến 19 tuổi đã tăng từ 8,5% năm 2010 lên 19% năm 2020. Tỷ lệ này chênh lệch lớn giữa các vùng: khu vực thành thị là 26,8%, nông thôn 18,3% và miền núi 6,9%.

Riêng tại TP Hồ Chí Minh, một khảo sát năm 2023 trên 4.200 học sinh tiểu học cho thấy khoảng 41% em thừa cân hoặc béo phì; tại Hà Nội, con số này là 32,5%.

Ngược lại, suy dinh dưỡng vẫn là gánh nặng ở vùng khó khăn. Năm 2023, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi trên toàn quốc là 18,2%, giảm 0,5 điểm phần trăm so với năm 2022, trong khi ở tỉnh Kon Tum vẫn ở mức trên 26%. Cả nước hiện còn 12 tỉnh có tỷ lệ thấp còi trên 30%, tập trung ở miền núi phía Bắc như Lai Châu, Hà Giang, Điện Biên.

Theo PGS.TS Nguyễn Thị Lan Hương, Viện Dinh dưỡng, mỗi ngày trẻ chỉ nên dùng dưới 25 gam đường tự do, song khảo sát cho thấy gần 60% học sinh uống nước ngọt có ga từ 3 lần mỗi tuần trở lên. Chỉ khoảng 30% học sinh đạt khuyến nghị vận động 60 phút mỗi ngày.

Chương trình Sức khỏe học đường giai đoạn 2021-2025 (Quyết định số 1660/QĐ-TTg ngày 2/10/2021 của Thủ tướng Chính phủ) đặt mục tiêu đến năm 2025 có 80% trường học tổ chức bữa ăn học đường bảo đảm dinh dưỡng hợp lý, 100% trường có hoạt động thể lực cho học sinh. Năm 2024, Bộ Y tế dự kiến bố trí khoảng 35 tỷ đồng cho hoạt động truyền thông về dinh dưỡng học đường.

Hồng Nhung
"""

Y2010 = P("năm 2010", "2010-01-01", "2010-12-31")
Y2020 = P("năm 2020", "2020-01-01", "2020-12-31")
Y2020_I = P("năm 2020", "2020-01-01", "2020-12-31", inherited=True)
Y2023 = P("năm 2023", "2023-01-01", "2023-12-31")
Y2023_I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
N2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
Y2024 = P("Năm 2024", "2024-01-01", "2024-12-31")
OB = "tỷ lệ thừa cân, béo phì ở trẻ em và trẻ vị thành niên"

FIGS = [
    F("từ 5 đến 19 tuổi", "5", 5, "measure", "tuổi", "độ tuổi trẻ em và trẻ vị thành niên", value_max=19, optional=True),
    F("từ 8,5% năm 2010", "8,5", 8.5, "percent", "%", OB, period=Y2010),
    F("lên 19% năm 2020", "19", 19, "percent", "%", OB, period=Y2020),
    F("thành thị là 26,8%", "26,8", 26.8, "percent", "%", OB + " khu vực thành thị", period=Y2020_I),
    F("nông thôn 18,3%", "18,3", 18.3, "percent", "%", OB + " nông thôn", period=Y2020_I),
    F("miền núi 6,9%", "6,9", 6.9, "percent", "%", OB + " miền núi", period=Y2020_I),
    F("trên 4.200 học sinh", "4.200", 4200, "count", "học sinh", "học sinh tiểu học được khảo sát",
      location="TP Hồ Chí Minh", period=Y2023),
    F("khoảng 41% em", "41", 41, "percent", "%", "tỷ lệ học sinh tiểu học thừa cân hoặc béo phì",
      approx="about", location="TP Hồ Chí Minh", period=Y2023),
    F("là 32,5%", "32,5", 32.5, "percent", "%", "tỷ lệ học sinh tiểu học thừa cân hoặc béo phì",
      location="Hà Nội", period=Y2023_I),
    F("trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", "độ tuổi trẻ", approx="under", optional=True),
    F("quốc là 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi",
      change={"direction": "decrease", "value": 0.5, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=N2023),
    F("mức trên 26%", "26", 26, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi",
      approx="over", location="Kon Tum", period=N2023),
    F("còn 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có tỷ lệ thấp còi trên 30%"),
    F("thấp còi trên 30%", "30", 30, "percent", "%", "ngưỡng tỷ lệ thấp còi", approx="over", optional=True),
    F("dưới 25 gam", "25", 25, "measure", "gam", "lượng đường tự do khuyến nghị mỗi ngày", approx="under", optional=True),
    F("gần 60% học sinh", "60", 60, "percent", "%", "học sinh uống nước ngọt có ga từ 3 lần mỗi tuần trở lên",
      approx="nearly"),
    F("từ 3 lần mỗi tuần", "3", 3, "count", "lần", "số lần uống nước ngọt mỗi tuần", approx="at_least", optional=True),
    F("khoảng 30% học sinh", "30", 30, "percent", "%", "học sinh đạt khuyến nghị vận động", approx="about"),
    F("vận động 60 phút", "60", 60, "measure", "phút", "thời gian vận động khuyến nghị mỗi ngày", optional=True),
    F("có 80% trường học", "80", 80, "percent", "%", "trường học tổ chức bữa ăn học đường bảo đảm dinh dưỡng hợp lý",
      status="target", period=T2025),
    F("100% trường có hoạt động", "100", 100, "percent", "%", "trường có hoạt động thể lực cho học sinh",
      status="target", period=T2025),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "kinh phí truyền thông về dinh dưỡng học đường",
      approx="about", status="forecast", period=Y2024),
]

write("p377-2", TEXT, FIGS, [
    "National press (health section): thừa cân, béo phì and thấp còi among pupils; Viện Dinh dưỡng; Chương trình Sức khỏe học đường. Location Việt Nam.",
    "Dateline 'Thứ hai, 7/10/2024, 14:20 (GMT+7)'. Distractors: 'Quyết định số 1660/QĐ-TTg ngày 2/10/2021', 'giai đoạn 2021-2025', '(GMT+7)', byline.",
    "'tăng từ 8,5% năm 2010 lên 19% năm 2020': two level figures, each with its own year; the regional split inherits năm 2020.",
    "Age bands ('từ 5 đến 19 tuổi', 'dưới 5 tuổi'), thresholds and recommendations ('trên 30%', 'dưới 25 gam', 'từ 3 lần', '60 phút') are optional.",
    "'giảm 0,5 điểm phần trăm so với năm 2022' is the change of 18,2%. '12 tỉnh' is a national count (list of provinces does not localise it).",
    "'đặt mục tiêu đến năm 2025 có 80% …, 100% …' targets; 'dự kiến bố trí khoảng 35 tỷ đồng' forecast.",
], location="Việt Nam", published="2024-10-07")
