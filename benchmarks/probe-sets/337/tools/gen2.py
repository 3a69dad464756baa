from lib import F, P, C, T, write

TEXT = """Hải Hậu nâng cao chất lượng quản lý bệnh không lây nhiễm tại tuyến xã
Thứ Ba, 09/07/2024 - 15:20

6 tháng đầu năm, Trung tâm Y tế huyện Hải Hậu phối hợp với 35/35 trạm y tế xã, thị trấn khám sàng lọc bệnh không lây nhiễm cho 24.615 người, trong đó 17.208 người được đo huyết áp và 7.407 người được xét nghiệm đường huyết mao mạch. Qua khám, đã phát hiện 1.152 trường hợp nghi mắc tăng huyết áp và 386 trường hợp nghi mắc đái tháo đường, chuyển tuyến trên để chẩn đoán xác định.

Tính đến ngày 30/6/2024, toàn huyện đang quản lý 11.860 người bệnh tăng huyết áp, tăng 1.024 người so với cuối năm 2023, và 3.215 người bệnh đái tháo đường, tăng 8,2%. Tỷ lệ người bệnh tăng huyết áp được quản lý, điều trị tại trạm y tế đạt 87,3%, vượt chỉ tiêu huyện giao là 80%.

Từ tháng 3/2024 đến nay, thuốc điều trị tăng huyết áp, đái tháo đường thuộc danh mục BHYT được cấp tại 35 trạm y tế với tổng kinh phí khoảng 1,8 tỷ đồng. Người bệnh được nhận thuốc ngay tại xã, mỗi lần tối đa 30 ngày, nhờ đó lượt chuyển tuyến lên Trung tâm Y tế huyện giảm gần 40%.

Theo bác sĩ Trần Văn Nam, Giám đốc Trung tâm Y tế huyện, năm 2024 huyện phấn đấu khám sàng lọc cho ít nhất 45.000 người dân từ 40 tuổi trở lên; đồng thời thực hiện Quyết định số 2347/QĐ-BYT của Bộ Y tế về hướng dẫn quản lý bệnh không lây nhiễm tại trạm y tế xã.

Người dân có nhu cầu khám, tư vấn liên hệ đường dây nóng: 0228.3877.115.

Thu Hương (Trung tâm VHTT&TT huyện Hải Hậu)
"""

HEADER = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định), district portal: khám sàng lọc BKLN 6 tháng đầu năm 2024, người bệnh quản lý tại 35 trạm y tế xã.",
    "Dateline 'Thứ Ba, 09/07/2024 - 15:20'; byline at the end. Year-less '6 tháng đầu năm' takes 2024 from the dateline.",
    "Distractors: 'Quyết định số 2347/QĐ-BYT', hotline 0228.3877.115, a person's name. 'mỗi lần tối đa 30 ngày' is a rule (optional);",
    "'40 tuổi trở lên' optional. 17.208 + 7.407 = 24.615 (trong đó). 'giảm gần 40%' is a rate that is the claim: percent, no change.",
    "'Từ tháng 3/2024 đến nay' runs to the dateline. 'vượt chỉ tiêu … là 80%' is the 87,3%'s target (met).",
]

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", True)
A30 = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
A30i = P("Tính đến ngày 30/6/2024", None, "2024-06-30", True)
T3 = P("Từ tháng 3/2024 đến nay", "2024-03-01", "2024-07-09")
T3i = P("Từ tháng 3/2024 đến nay", "2024-03-01", "2024-07-09", True)

FIGS = [
    F("với 35/35 trạm", "35", 35, "count", "trạm y tế xã, thị trấn", "trạm y tế xã, thị trấn phối hợp khám sàng lọc",
      total=35, period=H6),
    F("cho 24.615 người", "24.615", 24615, "count", "người", "người được khám sàng lọc bệnh không lây nhiễm", period=H6),
    F("trong đó 17.208 người", "17.208", 17208, "count", "người", "người được đo huyết áp", total=24615, period=H6),
    F("và 7.407 người", "7.407", 7407, "count", "người", "người được xét nghiệm đường huyết mao mạch", total=24615, period=H6),
    F("phát hiện 1.152 trường hợp", "1.152", 1152, "count", "trường hợp", "trường hợp nghi mắc tăng huyết áp", period=H6i),
    F("và 386 trường hợp", "386", 386, "count", "trường hợp", "trường hợp nghi mắc đái tháo đường", period=H6i),
    F("quản lý 11.860 người bệnh", "11.860", 11860, "count", "người bệnh", "người bệnh tăng huyết áp đang quản lý",
      change=C("increase", 1024, "người", "cuối năm 2023"), period=A30),
    F("và 3.215 người bệnh", "3.215", 3215, "count", "người bệnh", "người bệnh đái tháo đường đang quản lý",
      change=C("increase", 8.2, "%"), period=A30),
    F("đạt 87,3%", "87,3", 87.3, "percent", "%", "Tỷ lệ người bệnh tăng huyết áp được quản lý, điều trị tại trạm y tế",
      target=T(80, "%", True), period=A30i),
    F("tại 35 trạm y tế", "35", 35, "count", "trạm y tế", "trạm y tế cấp thuốc điều trị tăng huyết áp, đái tháo đường thuộc danh mục BHYT",
      period=T3),
    F("khoảng 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "tổng kinh phí thuốc điều trị tăng huyết áp, đái tháo đường",
      approx="about", period=T3),
    F("tối đa 30 ngày", "30", 30, "measure", "ngày", approx="at_most", optional=True),
    F("giảm gần 40%", "40", 40, "percent", "%", "lượt chuyển tuyến lên Trung tâm Y tế huyện giảm", approx="nearly", period=T3i),
    F("ít nhất 45.000 người", "45.000", 45000, "count", "người", "người dân từ 40 tuổi trở lên được khám sàng lọc",
      approx="at_least", status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("dân từ 40 tuổi trở lên", "40", 40, "measure", "tuổi", approx="at_least", optional=True),
]

write(2, TEXT, HEADER, FIGS, published="2024-07-09", location="Hải Hậu")
