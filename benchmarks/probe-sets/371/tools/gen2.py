from lib import F, P, emit

TEXT = """SỞ Y TẾ NGHỆ AN
Tin hoạt động ngành
Nghệ An: Đẩy mạnh sàng lọc sơ sinh, phát hiện sớm bệnh lý bẩm sinh
Ngày đăng: 08/10/2024 | Lượt xem: 1.204

Theo Trung tâm Kiểm soát bệnh tật tỉnh, 9 tháng năm 2024 toàn tỉnh có 31.560 trẻ sơ sinh được lấy máu gót chân để sàng lọc, đạt 84,7% tổng số trẻ sinh ra, tăng 12,3% so với cùng kỳ năm 2023. Qua sàng lọc đã phát hiện 412 trường hợp nguy cơ cao, trong đó 287 trường hợp thiếu men G6PD, 96 trường hợp suy giáp trạng bẩm sinh và 29 trường hợp tăng sản thượng thận bẩm sinh; 100% trường hợp nguy cơ cao được gọi lại để chẩn đoán xác định.

Sàng lọc thính lực sơ sinh được triển khai tại 14/21 bệnh viện có phòng sinh, với 18.240 trẻ được đo âm ốc tai, phát hiện 57 trẻ nghi ngờ giảm thính lực. Sàng lọc tim bẩm sinh bằng đo độ bão hòa oxy máu (SpO2) được thực hiện cho khoảng 22.000 trẻ.

Ở tuyến huyện, tỷ lệ trẻ sơ sinh được sàng lọc cao nhất tại thị xã Cửa Lò (97,2%), thành phố Vinh (95,8%), huyện Diễn Châu (91,4%); thấp nhất là các huyện miền núi Kỳ Sơn (42,6%) và Tương Dương (48,9%).

Tổng kinh phí thực hiện sàng lọc từ đầu năm đến nay ước đạt 5,6 tỷ đồng, trong đó ngân sách Chương trình mục tiêu Y tế - Dân số chi 1,9 tỷ đồng, phần còn lại do người dân chi trả. Mức phí mỗi gói sàng lọc từ 150.000 đến 450.000 đồng/gói.

Năm 2024, tỉnh phấn đấu trên 90% trẻ sơ sinh được sàng lọc ít nhất 2 bệnh bẩm sinh phổ biến nhất; đến năm 2030 đạt 100%. Trường hợp cần tư vấn, người dân liên hệ đường dây nóng 1900 9095 hoặc Khoa Sức khỏe sinh sản, số 18 đường Trường Thi, TP Vinh.

Nguyễn Hà - CDC Nghệ An
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
LIST = "tỷ lệ trẻ sơ sinh được sàng lọc"

FIGS = [
    F("có 31.560 trẻ sơ sinh", "31.560", 31560, "count", "trẻ sơ sinh",
      "trẻ sơ sinh được lấy máu gót chân để sàng lọc", N9, percent=84.7,
      change=dict(direction="increase", value=12.3, unit="%", baseline="cùng kỳ năm 2023")),
    F("phát hiện 412 trường hợp", "412", 412, "count", "trường hợp", "trường hợp nguy cơ cao", N9i),
    F("287 trường hợp thiếu men", "287", 287, "count", "trường hợp", "trường hợp thiếu men G6PD", N9i, total=412),
    F("96 trường hợp suy giáp", "96", 96, "count", "trường hợp", "trường hợp suy giáp trạng bẩm sinh", N9i, total=412),
    F("29 trường hợp tăng sản", "29", 29, "count", "trường hợp", "trường hợp tăng sản thượng thận bẩm sinh", N9i, total=412),
    F("100% trường hợp nguy cơ cao", "100", 100, "percent", "%",
      "trường hợp nguy cơ cao được gọi lại để chẩn đoán xác định", N9i),
    F("tại 14/21 bệnh viện", "14", 14, "count", "bệnh viện", "bệnh viện có phòng sinh triển khai sàng lọc thính lực sơ sinh",
      N9i, total=21),
    F("với 18.240 trẻ", "18.240", 18240, "count", "trẻ", "trẻ được đo âm ốc tai", N9i),
    F("phát hiện 57 trẻ", "57", 57, "count", "trẻ", "trẻ nghi ngờ giảm thính lực", N9i),
    F("khoảng 22.000 trẻ", "22.000", 22000, "count", "trẻ", "trẻ được sàng lọc tim bẩm sinh", N9i, approx="about"),
    F("Cửa Lò (97,2%)", "97,2", 97.2, "percent", "%", LIST, N9i, location="Cửa Lò"),
    F("Vinh (95,8%)", "95,8", 95.8, "percent", "%", LIST, N9i, location="Vinh"),
    F("Diễn Châu (91,4%)", "91,4", 91.4, "percent", "%", LIST, N9i, location="Diễn Châu"),
    F("Kỳ Sơn (42,6%)", "42,6", 42.6, "percent", "%", LIST, N9i, location="Kỳ Sơn"),
    F("Tương Dương (48,9%)", "48,9", 48.9, "percent", "%", LIST, N9i, location="Tương Dương"),
    F("ước đạt 5,6 tỷ đồng", "5,6", 5600000000, "money", "đồng", "Tổng kinh phí thực hiện sàng lọc", YTD,
      status="estimate"),
    F("chi 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng",
      "ngân sách Chương trình mục tiêu Y tế - Dân số", YTD, total=5600000000, status="estimate"),
    F("từ 150.000 đến 450.000", "150.000", 150000, "money", "đồng/gói", "Mức phí mỗi gói sàng lọc",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-08", inh=True), value_max=450000),
    F("trên 90% trẻ sơ sinh", "90", 90, "percent", "%",
      "trẻ sơ sinh được sàng lọc ít nhất 2 bệnh bẩm sinh phổ biến nhất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("ít nhất 2 bệnh", "2", 2, "count", "bệnh", approx="at_least", status="target", optional=True),
    F("đạt 100%. Trường", "100", 100, "percent", "%",
      "trẻ sơ sinh được sàng lọc ít nhất 2 bệnh bẩm sinh phổ biến nhất",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Sở Y tế Nghệ An (department site): sàng lọc sơ sinh 9 tháng năm 2024. 'Ngày đăng: 08/10/2024 | Lượt xem: 1.204'; byline at the end.",
    "Distractors: view counter, 'G6PD', 'SpO2', hotline 1900 9095, 'số 18 đường Trường Thi'. Province named in the title: location Nghệ An.",
    "31.560 carries its share (đạt 84,7%) and growth (tăng 12,3%). 287 + 96 + 29 = 412 after 'trong đó': total 412. '14/21 bệnh viện' total 21.",
    "'từ đầu năm đến nay' runs to the date of publication. 1,9 tỷ after 'trong đó' is part of 5,6 tỷ and shares its 'ước đạt' (estimate).",
    "District list items take the district/town/city as location. 'đến năm 2030 đạt 100%' is a target of its own; 'ít nhất 2 bệnh' is a criterion (optional).",
    "The fee range stands in its own sentence without a period phrase: period inherited (not scored).",
]
emit(2, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
