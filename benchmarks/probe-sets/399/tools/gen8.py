from lib import F, P, CH, TG, write

TEXT = """BÁO CẦN THƠ
Giáo dục - Y tế

Khám mắt, răng miễn phí cho hơn 45 nghìn học sinh
MINH HUYỀN 07:15, 16/10/2024

Từ đầu năm đến nay, Trung tâm Kiểm soát bệnh tật TP Cần Thơ phối hợp Bệnh viện Mắt - Răng Hàm Mặt thành phố khám mắt, răng miệng miễn phí cho 45.318 học sinh tại 112 trường tiểu học, trung học cơ sở, tăng 12,5% so với cùng kỳ năm trước.

Kết quả khám cho thấy có 13.872 học sinh mắc tật khúc xạ, chiếm 30,6%; tỷ lệ này ở bậc trung học cơ sở là 41,2%, cao hơn nhiều so với bậc tiểu học (22,8%). Tại quận Ninh Kiều, tỷ lệ học sinh mắc tật khúc xạ lên tới 38,4%; quận Cái Răng 31,7%; huyện Phong Điền thấp nhất với 19,5%.

Có 26.105 học sinh bị sâu răng, chiếm 57,6%, trong đó gần 3.100 học sinh bị sâu răng vĩnh viễn cần điều trị ngay. Bác sĩ Lê Thanh Tùng, Trưởng khoa Răng trẻ em, cho biết nhiều em 8-9 tuổi đã có từ 4 đến 6 răng sâu.

Tính đến 30/9, đã có 9.640 học sinh được cấp kính miễn phí và 11.250 học sinh được trám răng, nhổ răng sữa tại trường. Tổng kinh phí thực hiện hơn 2,3 tỷ đồng, trong đó Quỹ Khuyến học thành phố hỗ trợ 850 triệu đồng. Các trường trên đường 30 Tháng 4 và đường 3 Tháng 2 (quận Ninh Kiều) được ưu tiên khám trước.

Theo kế hoạch, đến năm 2025, thành phố phấn đấu 100% trường tiểu học có phòng nha học đường; tỷ lệ học sinh được khám mắt định kỳ đạt trên 90%. Hiện toàn thành phố mới có 86/169 trường tiểu học có phòng nha (chiếm 50,9%).
"""

PD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
PDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16", inherited=True)
P309 = P("Tính đến 30/9", None, "2024-09-30")
P309i = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
P25 = P("đến năm 2025", None, "2025-12-31")
KX = "tỷ lệ học sinh mắc tật khúc xạ"
figs = [
    F("hơn 45 nghìn", "45", 45000, "count", "học sinh", "học sinh được khám mắt, răng miễn phí", PDi, approx="over"),
    F("cho 45.318 học sinh", "45.318", 45318, "count", "học sinh", "học sinh được khám mắt, răng miệng miễn phí", PD,
      change=CH("increase", 12.5, "%", "cùng kỳ năm trước")),
    F("tại 112 trường", "112", 112, "count", "trường", "trường tiểu học, trung học cơ sở được khám", PD),
    F("có 13.872 học sinh", "13.872", 13872, "count", "học sinh", "học sinh mắc tật khúc xạ", PDi, percent=30.6),
    F("là 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ tật khúc xạ ở bậc trung học cơ sở", PDi),
    F("(22,8%)", "22,8", 22.8, "percent", "%", "tỷ lệ tật khúc xạ ở bậc tiểu học", PDi),
    F("lên tới 38,4%", "38,4", 38.4, "percent", "%", KX, PDi, location="Ninh Kiều"),
    F("Cái Răng 31,7%", "31,7", 31.7, "percent", "%", KX, PDi, location="Cái Răng"),
    F("với 19,5%", "19,5", 19.5, "percent", "%", KX, PDi, location="Phong Điền"),
    F("Có 26.105 học sinh", "26.105", 26105, "count", "học sinh", "học sinh bị sâu răng", PDi, percent=57.6),
    F("gần 3.100 học sinh", "3.100", 3100, "count", "học sinh", "học sinh bị sâu răng vĩnh viễn cần điều trị ngay", PDi,
      approx="nearly", total=26105),
    F("em 8-9 tuổi", "8", 8, "measure", "tuổi", "độ tuổi", value_max=9, optional=True),
    F("từ 4 đến 6 răng", "4", 4, "count", "răng", "răng sâu ở nhiều em 8-9 tuổi", PDi, value_max=6),
    F("có 9.640 học sinh", "9.640", 9640, "count", "học sinh", "học sinh được cấp kính miễn phí", P309),
    F("và 11.250 học sinh", "11.250", 11250, "count", "học sinh", "học sinh được trám răng, nhổ răng sữa tại trường", P309),
    F("hơn 2,3 tỷ", "2,3", 2300000000, "money", "đồng", "tổng kinh phí thực hiện", P309i, approx="over"),
    F("hỗ trợ 850 triệu", "850", 850000000, "money", "đồng", "Quỹ Khuyến học thành phố hỗ trợ", P309i, total=2300000000),
    F("phấn đấu 100%", "100", 100, "percent", "%", "trường tiểu học có phòng nha học đường", P25, status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ học sinh được khám mắt định kỳ", P25, approx="over", status="target"),
    F("có 86/169 trường", "86", 86, "count", "trường tiểu học", "trường tiểu học có phòng nha", total=169, percent=50.9),
]

write(8, TEXT, figs, [
    "Báo Cần Thơ (Party newspaper): free eye and dental check-ups for pupils. Byline dateline 'MINH HUYỀN 07:15, 16/10/2024'.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline; 'Tính đến 30/9' takes 2024. Later exam results inherit the lead's period.",
    "13.872 and 26.105 carry their shares (chiếm); 41,2% and '(22,8%)' are percent figures of their own (a bracketed rate after",
    "'so với bậc tiểu học' is no change of 41,2: it is the other level's rate). District rates: place in location, indicator as subject.",
    "3.100 is part of 26.105, 850 triệu part of 2,3 tỷ (trong đó). 86/169 has total and share; 'Hiện' gives no period.",
    "Distractors: street names 'đường 30 Tháng 4', 'đường 3 Tháng 2', the byline time. Age '8-9 tuổi' optional. Location Cần Thơ.",
], published="2024-10-16", location="Cần Thơ")
