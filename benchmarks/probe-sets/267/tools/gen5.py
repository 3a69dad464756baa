from lib import F, P, C, T, build

text = """Thời sự › Lao động

Hơn 1.800 "Mái ấm Công đoàn" đến với đoàn viên khó khăn sau 5 năm

Thứ tư, 27/11/2024, 16:20 (GMT+7)

Từ năm 2020 đến nay, công đoàn các cấp trong cả nước đã hỗ trợ xây mới, sửa chữa 1.870 "Mái ấm Công đoàn" cho đoàn viên có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí gần 90 tỷ đồng. Trong đó, 1.452 căn xây mới và 418 căn sửa chữa. Chương trình đã được triển khai tại 63/63 LĐLĐ tỉnh, thành phố.

Theo Ban Quan hệ lao động Tổng Liên đoàn Lao động Việt Nam, mức hỗ trợ mỗi căn xây mới từ 50 đến 70 triệu đồng, sửa chữa từ 20 đến 30 triệu đồng; nhiều địa phương vận động thêm doanh nghiệp, nhà hảo tâm nên giá trị mỗi căn có nơi lên tới 120 triệu đồng.

Địa phương trao nhiều Mái ấm Công đoàn nhất là Nghệ An (124 căn), tiếp đến là Thanh Hóa 98 căn, Hà Tĩnh 76 căn. Riêng năm 2024, cả nước khởi công 512 căn, tăng 15,3% so với năm 2023, trong đó 80% dành cho nữ đoàn viên nuôi con nhỏ.

Bên cạnh đó, Tổng Liên đoàn đang triển khai xây dựng thiết chế công đoàn tại các khu công nghiệp. Đến tháng 10/2024, dự án thiết chế công đoàn tại Hải Phòng đã hoàn thành giai đoạn 1 với 1.200 căn hộ, giá thuê khoảng 2,1 triệu đồng/căn/tháng, thấp hơn 30-40% so với nhà trọ cùng khu vực. Theo kế hoạch, giai đoạn 2021-2025 sẽ có ít nhất 10 thiết chế công đoàn được đưa vào sử dụng trên cả nước.

Ngọc Anh
"""

comments = [
    "National press (Lao động section), 'Thứ tư, 27/11/2024, 16:20 (GMT+7)': union shelters ('Mái ấm Công đoàn') and union housing (thiết chế công đoàn).",
    "'Từ năm 2020 đến nay' = 2020-01-01 .. published 2024-11-27. 'Trong đó, 1.452 căn ... 418 căn' are parts of 1.870 (total 1870, next sentence).",
    "Province list (Nghệ An, Thanh Hóa, Hà Tĩnh): locations, subject = the list's indicator, period inherited from the first sentence.",
    "'512 căn, tăng 15,3% so với năm 2023, trong đó 80% ...': 80% is a percent figure of its own (a percent after trong đó has no whole).",
    "Hải Phòng housing: location Hải Phòng; 'thấp hơn 30-40% so với nhà trọ' is the rent's change (decrease, value 30, lower end of the range).",
    "'Theo kế hoạch, giai đoạn 2021-2025 sẽ có ít nhất 10 thiết chế' -> status target, at_least. '63/63 LĐLĐ' count with total 63.",
    "Optional: 'sau 5 năm' (duration of the programme in the headline). Distractors: '(GMT+7)', 'giai đoạn 1' (phase name), 'tháng 10/2024' as a date.",
]

PSINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2024-11-27")
PSI = P("Từ năm 2020 đến nay", "2020-01-01", "2024-11-27", inherited=True)
P24 = P("năm 2024", "2024-01-01", "2024-12-31")
P10 = P("Đến tháng 10/2024", None, "2024-10-31")
S_MA = "Mái ấm Công đoàn trao cho đoàn viên"
figs = [
    F('Hơn 1.800 "Mái ấm', "1.800", 1800, "count", "Mái ấm Công đoàn", "Mái ấm Công đoàn đến với đoàn viên khó khăn",
      approx="over"),
    F("sau 5 năm", "5", 5, "measure", "năm", "thời gian thực hiện chương trình Mái ấm Công đoàn", optional=True),
    F('sửa chữa 1.870 "Mái ấm', "1.870", 1870, "count", "Mái ấm Công đoàn",
      "Mái ấm Công đoàn hỗ trợ xây mới, sửa chữa", period=PSINCE),
    F("gần 90 tỷ đồng", "90", 90e9, "money", "đồng", "tổng kinh phí Mái ấm Công đoàn", approx="nearly", period=PSINCE),
    F("1.452 căn xây mới", "1.452", 1452, "count", "căn", "Mái ấm Công đoàn xây mới", total=1870, period=PSI),
    F("418 căn sửa chữa", "418", 418, "count", "căn", "Mái ấm Công đoàn sửa chữa", total=1870, period=PSI),
    F("tại 63/63 LĐLĐ", "63", 63, "count", "LĐLĐ tỉnh, thành phố", "LĐLĐ tỉnh, thành phố triển khai chương trình",
      total=63),
    F("từ 50 đến 70 triệu đồng", "50", 50e6, "money", "đồng", "mức hỗ trợ mỗi căn xây mới", value_max=70e6),
    F("từ 20 đến 30 triệu đồng", "20", 20e6, "money", "đồng", "mức hỗ trợ mỗi căn sửa chữa", value_max=30e6),
    F("lên tới 120 triệu đồng", "120", 120e6, "money", "đồng", "giá trị mỗi căn Mái ấm Công đoàn cao nhất",
      ),
    F("Nghệ An (124 căn)", "124", 124, "count", "căn", S_MA, location="Nghệ An", period=PSI),
    F("Thanh Hóa 98 căn", "98", 98, "count", "căn", S_MA, location="Thanh Hóa", period=PSI),
    F("Hà Tĩnh 76 căn", "76", 76, "count", "căn", S_MA, location="Hà Tĩnh", period=PSI),
    F("khởi công 512 căn", "512", 512, "count", "căn", "Mái ấm Công đoàn khởi công",
      change=C("increase", 15.3, "%", "năm 2023"), period=P24),
    F("trong đó 80%", "80", 80, "percent", "%", "Mái ấm Công đoàn dành cho nữ đoàn viên nuôi con nhỏ", period=P24),
    F("với 1.200 căn hộ", "1.200", 1200, "count", "căn hộ", "căn hộ thiết chế công đoàn hoàn thành giai đoạn 1",
      location="Hải Phòng", period=P10),
    F("khoảng 2,1 triệu đồng/căn/tháng", "2,1", 2.1e6, "money", "đồng/căn/tháng", "giá thuê căn hộ thiết chế công đoàn",
      approx="about", change=C("decrease", 30, "%", "nhà trọ cùng khu vực"), location="Hải Phòng", period=P10),
    F("ít nhất 10 thiết chế", "10", 10, "count", "thiết chế công đoàn", "thiết chế công đoàn được đưa vào sử dụng",
      approx="at_least", status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

build(5, text, comments, figs, published="2024-11-27", location="Việt Nam")
