from lib import *

text = """BỘ XÂY DỰNG - Tin tức - Hạ tầng kỹ thuật

Chiếu sáng đô thị tiết kiệm năng lượng: Tỷ lệ đèn LED cả nước đạt khoảng 45%

Theo báo cáo của Cục Hạ tầng kỹ thuật (Bộ Xây dựng), tính đến hết năm 2023, cả nước có khoảng 3,1 triệu bộ đèn chiếu sáng công cộng tại 902 đô thị, trong đó đèn LED chiếm khoảng 45,2%, tăng gần 2 lần so với năm 2018. Tỷ lệ chiều dài đường phố chính được chiếu sáng ở các đô thị loại đặc biệt và loại I đạt 100%, đô thị loại II đến loại IV đạt từ 85% đến 95%, đô thị loại V chỉ đạt khoảng 60%.

Giai đoạn 2019-2023, thông qua Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (VNEEP3), các địa phương đã thay thế hơn 620 nghìn bộ đèn, tiết kiệm khoảng 410 triệu kWh, giảm phát thải gần 290.000 tấn CO2. Tổng vốn đầu tư cho chiếu sáng công cộng giai đoạn này khoảng 1,2 nghìn tỷ đồng, trong đó vốn xã hội hóa, ESCO chiếm 38%.

Mục tiêu đến năm 2025, tỷ lệ đèn LED trong chiếu sáng công cộng đạt tối thiểu 60% và đến năm 2030 đạt 80%; 100% đô thị từ loại III trở lên có hệ thống điều khiển chiếu sáng tập trung. Một số địa phương đi đầu về tỷ lệ đèn LED như Đà Nẵng (95%), Bình Dương (80,5%), Hà Nội (72%).

Bộ Xây dựng đang lấy ý kiến dự thảo Nghị định thay thế Nghị định số 79/2009/NĐ-CP về quản lý chiếu sáng đô thị, trong đó quy định đèn đường mới lắp đặt phải có hiệu suất phát quang không dưới 120 lm/W.

Ý kiến góp ý gửi về Cục Hạ tầng kỹ thuật, số 37 Lê Đại Hành, Hà Nội; điện thoại 024.3976.0271.

15/05/2024"""

AS = P("tính đến hết năm 2023", None, "2023-12-31")
ASi = P("tính đến hết năm 2023", None, "2023-12-31", True)
G = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Gi = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31", True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
R = "tỷ lệ chiều dài đường phố chính được chiếu sáng"
L = "tỷ lệ đèn LED trong chiếu sáng công cộng"

figs = [
    F("cả nước đạt khoảng 45%", "45", 45, "percent", "%", "tỷ lệ đèn LED", approx="about"),
    F("khoảng 3,1 triệu bộ đèn", "3,1", 3100000, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng", approx="about", period=AS),
    F("tại 902 đô thị", "902", 902, "count", "đô thị", "đô thị", period=AS),
    F("chiếm khoảng 45,2%", "45,2", 45.2, "percent", "%", "tỷ lệ đèn LED", approx="about",
      change=C("increase", 2, "lần", "năm 2018", approx="nearly"), period=AS),
    F("loại I đạt 100%", "100", 100, "percent", "%", R + " ở đô thị loại đặc biệt và loại I", period=ASi),
    F("từ 85% đến 95%", "85", 85, "percent", "%", R + " ở đô thị loại II đến loại IV", value_max=95, period=ASi),
    F("chỉ đạt khoảng 60%", "60", 60, "percent", "%", R + " ở đô thị loại V", approx="about", period=ASi),
    F("hơn 620 nghìn bộ đèn", "620", 620000, "count", "bộ đèn", "bộ đèn được thay thế", approx="over", period=G),
    F("khoảng 410 triệu kWh", "410", 410000000, "measure", "kWh", "điện năng tiết kiệm", approx="about", period=G),
    F("gần 290.000 tấn", "290.000", 290000, "measure", "tấn CO2", "phát thải CO2 giảm", approx="nearly", period=G),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "tổng vốn đầu tư cho chiếu sáng công cộng",
      approx="about", period=Gi),
    F("ESCO chiếm 38%", "38", 38, "percent", "%", "tỷ trọng vốn xã hội hóa, ESCO", period=Gi),
    F("tối thiểu 60%", "60", 60, "percent", "%", L, approx="at_least", status="target", period=T25),
    F("năm 2030 đạt 80%", "80", 80, "percent", "%", L, status="target", period=T30),
    F("80%; 100% đô thị", "100", 100, "percent", "%", "đô thị từ loại III trở lên có hệ thống điều khiển chiếu sáng tập trung",
      status="target", period=T30),
    F("Đà Nẵng (95%)", "95", 95, "percent", "%", L, location="Đà Nẵng"),
    F("Bình Dương (80,5%)", "80,5", 80.5, "percent", "%", L, location="Bình Dương"),
    F("Hà Nội (72%)", "72", 72, "percent", "%", L, location="Hà Nội"),
    F("không dưới 120 lm/W", "120", 120, "measure", "lm/W", "hiệu suất phát quang đèn đường mới lắp đặt", approx="at_least",
      optional=True),
]

emit(8, text, [
    "Bộ Xây dựng (ministry site): national street lighting, LED share, VNEEP3 results 2019-2023, targets 2025/2030, provincial leaders.",
    "No dateline at the top; the bare date '15/05/2024' at the end is the article's date.",
    "Distractors: 'loại I … loại V' (urban classes), 'VNEEP3', 'CO2', 'Nghị định số 79/2009/NĐ-CP', 'số 37 Lê Đại Hành, Hà Nội' (address), phone 024.3976.0271, baseline 'năm 2018'.",
    "Headline 'khoảng 45%' and body 'khoảng 45,2%' are both figures. 45,2% carries 'tăng gần 2 lần so với năm 2018' as its change (lần, nearly).",
    "Location Việt Nam throughout; the provinces in the closing list take their own location, subject the list's indicator (no period stated for them).",
    "'giai đoạn này' points back to 'Giai đoạn 2019-2023' (inherited). 38% is the share of a part with no amount of its own: a percent figure.",
    "'Mục tiêu đến năm 2025 … tối thiểu 60% và đến năm 2030 đạt 80%; 100% …' are targets (as-of end of 2025 / 2030).",
    "'không dưới 120 lm/W' is a technical requirement in a draft decree: optional.",
    "revised after the first run: subjects of 45,2% and 38% cut to the sentence's own naming ('tỷ lệ đèn LED', 'tỷ trọng vốn xã hội hóa, ESCO').",
], figs, published="2024-05-15", location="Việt Nam")
