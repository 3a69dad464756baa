from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Hà Tĩnh: Tỷ lệ hút thuốc lá ở nam giới giảm còn 38,6%
Cập nhật: 12/06/2024 09:20 | Lượt xem: 1.247

Sáng 11/6, Sở Y tế tổ chức hội nghị công bố kết quả điều tra sử dụng thuốc lá ở người trưởng thành (từ 15 tuổi trở lên) trên địa bàn tỉnh năm 2023. Cuộc điều tra được thực hiện tại 13 huyện, thị xã, thành phố với 4.860 hộ gia đình được chọn mẫu; tỷ lệ trả lời đạt 96,2%.

Kết quả cho thấy, năm 2023 tỷ lệ hút thuốc lá chung của người trưởng thành là 20,4%, giảm 2,7 điểm phần trăm so với năm 2019; trong đó nam giới 38,6%, nữ giới 1,3%. Ước tính toàn tỉnh có khoảng 195 nghìn người hiện đang hút thuốc. Tỷ lệ sử dụng thuốc lá điện tử là 2,1%, tăng gấp 3 lần so với năm 2019, tập trung ở nhóm 15-24 tuổi.

Tỷ lệ hút thuốc lá theo giới tính và nhóm tuổi (%):
Nhóm đối tượng | Năm 2019 | Năm 2023
Nam giới | 42,8 | 38,6
Nữ giới | 1,5 | 1,3
Từ 15 đến 24 tuổi | 11,2 | 9,7
Từ 25 đến 44 tuổi | 27,4 | 24,9
Từ 45 tuổi trở lên | 26,1 | 23,5

Tỷ lệ người không hút thuốc bị phơi nhiễm với khói thuốc tại nhà là 48,7%, tại nơi làm việc 22,5%, tại nhà hàng, quán ăn 71,3%. Có 63,5% người hút thuốc cho biết đã từng có ý định bỏ thuốc trong 12 tháng qua.

Phát biểu tại hội nghị, Phó Giám đốc Sở Y tế đề nghị các địa phương tiếp tục triển khai Kế hoạch số 215/KH-UBND; phấn đấu đến năm 2025 giảm tỷ lệ hút thuốc ở nam giới xuống dưới 36%, 100% cơ sở y tế, trường học không khói thuốc. Mọi phản ánh vi phạm xin gọi đường dây nóng 0239.3855.123.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
R = "tỷ lệ hút thuốc lá"

FIGS = [
    F("giảm còn 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ hút thuốc lá ở nam giới", I(Y23)),
    F("(từ 15 tuổi trở lên)", "15", 15, "measure", "tuổi", approx="at_least", optional=True),
    F("tại 13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được điều tra", I(Y23)),
    F("với 4.860 hộ gia đình", "4.860", 4860, "count", "hộ gia đình", "hộ gia đình được chọn mẫu", I(Y23)),
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ trả lời", I(Y23)),
    F("là 20,4%", "20,4", 20.4, "percent", "%", "tỷ lệ hút thuốc lá chung của người trưởng thành", Y23,
      change=CH("decrease", 2.7, "điểm phần trăm", "năm 2019")),
    F("nam giới 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ hút thuốc lá nam giới", Y23),
    F("nữ giới 1,3%", "1,3", 1.3, "percent", "%", "tỷ lệ hút thuốc lá nữ giới", Y23),
    F("khoảng 195 nghìn người", "195", 195000, "count", "người", "người hiện đang hút thuốc", I(Y23),
      approx="about", status="estimate"),
    F("là 2,1%", "2,1", 2.1, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử", I(Y23),
      change=CH("increase", 3, "lần", "năm 2019")),
    F("nhóm 15-24 tuổi", "15", 15, "measure", "tuổi", value_max=24, optional=True),
    # flattened table, (%) in the caption; period from the column headers
    F("Nam giới | 42,8 |", "42,8", 42.8, "percent", "%", f"{R} nam giới năm 2019", Y19),
    F("42,8 | 38,6\n", "38,6", 38.6, "percent", "%", f"{R} nam giới năm 2023", C23),
    F("Nữ giới | 1,5 |", "1,5", 1.5, "percent", "%", f"{R} nữ giới năm 2019", Y19),
    F("1,5 | 1,3\n", "1,3", 1.3, "percent", "%", f"{R} nữ giới năm 2023", C23),
    F("Từ 15 đến 24 tuổi |", "15", 15, "measure", "tuổi", value_max=24, optional=True),
    F("24 tuổi | 11,2 |", "11,2", 11.2, "percent", "%", f"{R} từ 15 đến 24 tuổi năm 2019", Y19),
    F("11,2 | 9,7\n", "9,7", 9.7, "percent", "%", f"{R} từ 15 đến 24 tuổi năm 2023", C23),
    F("Từ 25 đến 44 tuổi |", "25", 25, "measure", "tuổi", value_max=44, optional=True),
    F("44 tuổi | 27,4 |", "27,4", 27.4, "percent", "%", f"{R} từ 25 đến 44 tuổi năm 2019", Y19),
    F("27,4 | 24,9\n", "24,9", 24.9, "percent", "%", f"{R} từ 25 đến 44 tuổi năm 2023", C23),
    F("Từ 45 tuổi trở lên |", "45", 45, "measure", "tuổi", approx="at_least", optional=True),
    F("lên | 26,1 |", "26,1", 26.1, "percent", "%", f"{R} từ 45 tuổi trở lên năm 2019", Y19),
    F("26,1 | 23,5\n", "23,5", 23.5, "percent", "%", f"{R} từ 45 tuổi trở lên năm 2023", C23),
    F("tại nhà là 48,7%", "48,7", 48.7, "percent", "%",
      "tỷ lệ người không hút thuốc bị phơi nhiễm với khói thuốc tại nhà", I(Y23)),
    F("nơi làm việc 22,5%", "22,5", 22.5, "percent", "%",
      "tỷ lệ người không hút thuốc bị phơi nhiễm với khói thuốc tại nơi làm việc", I(Y23)),
    F("quán ăn 71,3%", "71,3", 71.3, "percent", "%",
      "tỷ lệ người không hút thuốc bị phơi nhiễm với khói thuốc tại nhà hàng, quán ăn", I(Y23)),
    F("Có 63,5% người", "63,5", 63.5, "percent", "%", "người hút thuốc từng có ý định bỏ thuốc", I(Y23)),
    F("xuống dưới 36%", "36", 36, "percent", "%", "tỷ lệ hút thuốc ở nam giới", T25,
      approx="under", status="target"),
    F("36%, 100% cơ sở", "100", 100, "percent", "%", "cơ sở y tế, trường học không khói thuốc", T25,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): adult tobacco survey 2023, rates by sex and age, flattened '|' table with '(%)' caption.",
    "Dateline 'Cập nhật: 12/06/2024 09:20 | Lượt xem: 1.247' (counter is page furniture). Distractors: 'Sáng 11/6', 'Kế hoạch số 215/KH-UBND',",
    "hotline 0239.3855.123, 'trong 12 tháng qua' (a duration locating the figure), years 2019/2023/2025.",
    "Ages that define a population ('từ 15 tuổi trở lên', 'nhóm 15-24 tuổi', age row labels of the table) are criteria: optional.",
    "Title 'giảm còn 38,6%' states only the new level: no change; its period is the survey year (inherited).",
    "'giảm 2,7 điểm phần trăm so với năm 2019' and 'tăng gấp 3 lần so với năm 2019' are changes of the rate before them.",
    "'trong đó nam giới 38,6%, nữ giới 1,3%': rates are not parts of the overall rate, so no total.",
    "Table cells: subject = indicator + row label + column year, period from the column header (scored, as in shared h23).",
    "'Ước tính ... khoảng 195 nghìn người': estimate, about. Targets after 'phấn đấu đến năm 2025' (status target, end 2025-12-31).",
]

emit("p349-1", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Hà Tĩnh")
