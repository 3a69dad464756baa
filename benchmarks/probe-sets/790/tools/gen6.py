"""p790-6: national newspaper (VnExpress style), Nhà hát Múa rối Thăng Long, Hà Nội, 2024-2025."""
from lib import F, P, I, C, T, write

TEXT = """Thứ bảy, 15/3/2025, 08:15 (GMT+7)

Rối nước Thăng Long diễn 7 suất mỗi ngày vẫn kín chỗ

Nhà hát Múa rối Thăng Long ở số 57B Đinh Tiên Hoàng, quận Hoàn Kiếm, Hà Nội hiện diễn 7 suất mỗi ngày, mỗi suất khoảng 50 phút; mùa cao điểm, khán phòng 300 chỗ ngồi thường kín từ sáng đến tối.

Theo đại diện nhà hát, năm 2024 đơn vị biểu diễn 2.465 suất, đón gần 420.000 lượt khán giả, tăng 18% so với năm 2023; khách quốc tế chiếm khoảng 70%. Doanh thu bán vé đạt hơn 76 tỷ đồng, cao nhất kể từ khi nhà hát thành lập năm 1969. Riêng hai tháng đầu năm 2025, nhà hát bán được gần 61.000 vé, tăng 9% so với cùng kỳ.

Giá vé hiện là 150.000 đồng với khách trong nước và 200.000 đồng với khách nước ngoài, đều tăng 50.000 đồng so với năm 2019. Chương trình gồm 17 tiết mục như Chú Tễu, Rước kiệu, Múa rồng, do 12 nghệ sĩ điều khiển sau mành tre, đứng ngâm mình dưới nước.

Nhà hát hiện có 65 nghệ sĩ, trong đó 2 NSND và 14 NSƯT. Mỗi con rối được tạc từ gỗ sung, nặng từ 1 đến 5 kg, giá từ 3 đến 15 triệu đồng; nhà hát đang lưu giữ khoảng 1.200 con rối.

Năm 2025, nhà hát đặt mục tiêu đón 450.000 lượt khách và dự kiến mở thêm 1 suất diễn lúc 21h vào cuối tuần. Theo Sở Du lịch Hà Nội, năm 2024 thành phố đón 28,2 triệu lượt khách, trong đó khách quốc tế đạt 6,35 triệu lượt.

Phạm Linh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
M2 = P("hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y24B = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Thăng Long diễn 7 suất", "7", 7, "count", "suất", "suất diễn rối nước mỗi ngày"),
    F("hiện diễn 7 suất", "7", 7, "count", "suất", "suất diễn mỗi ngày"),
    F("khoảng 50 phút", "50", 50, "measure", "phút", "thời lượng mỗi suất diễn", approx="about"),
    F("khán phòng 300 chỗ ngồi", "300", 300, "count", "chỗ ngồi", "chỗ ngồi của khán phòng"),
    F("biểu diễn 2.465 suất", "2.465", 2465, "count", "suất", "suất biểu diễn của nhà hát", Y24),
    F("gần 420.000 lượt khán giả", "420.000", 420000, "count", "lượt khán giả", "lượt khán giả nhà hát đón", Y24,
      approx="nearly", change=C("increase", 18, "%", "năm 2023")),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ lệ khách quốc tế", Y24, approx="about"),
    F("hơn 76 tỷ đồng", "76", 76e9, "money", "đồng", "doanh thu bán vé", I(Y24), approx="over"),
    F("gần 61.000 vé", "61.000", 61000, "count", "vé", "vé nhà hát bán được", M2, approx="nearly",
      change=C("increase", 9, "%", "cùng kỳ")),
    F("là 150.000 đồng", "150.000", 150000, "money", "đồng", "giá vé với khách trong nước",
      change=C("increase", 50000, "đồng", "năm 2019")),
    F("và 200.000 đồng", "200.000", 200000, "money", "đồng", "giá vé với khách nước ngoài",
      change=C("increase", 50000, "đồng", "năm 2019")),
    F("gồm 17 tiết mục", "17", 17, "count", "tiết mục", "tiết mục của chương trình"),
    F("do 12 nghệ sĩ", "12", 12, "count", "nghệ sĩ", "nghệ sĩ điều khiển rối sau mành tre"),
    F("có 65 nghệ sĩ", "65", 65, "count", "nghệ sĩ", "nghệ sĩ của nhà hát"),
    F("2 NSND", "2", 2, "count", "NSND", "nghệ sĩ nhân dân (NSND)", total=65),
    F("14 NSƯT", "14", 14, "count", "NSƯT", "nghệ sĩ ưu tú (NSƯT)", total=65),
    F("nặng từ 1 đến 5 kg", "1", 1, "measure", "kg", "trọng lượng mỗi con rối", value_max=5),
    F("giá từ 3 đến 15 triệu đồng", "3", 3e6, "money", "đồng", "giá mỗi con rối", value_max=15e6),
    F("khoảng 1.200 con rối", "1.200", 1200, "count", "con rối", "con rối nhà hát lưu giữ", approx="about"),
    F("đón 450.000 lượt khách", "450.000", 450000, "count", "lượt khách", "lượt khách nhà hát đón", Y25,
      status="target"),
    F("thêm 1 suất diễn", "1", 1, "count", "suất diễn", "suất diễn mở thêm vào cuối tuần", Y25, status="forecast"),
    F("đón 28,2 triệu lượt khách", "28,2", 28.2e6, "count", "lượt khách", "lượt khách thành phố đón", Y24B),
    F("đạt 6,35 triệu lượt", "6,35", 6.35e6, "count", "lượt", "lượt khách quốc tế", Y24B, total=28.2e6),
]

NOTES = [
    "National newspaper (VnExpress style), Thứ bảy, 15/3/2025: Nhà hát Múa rối Thăng Long, Hà Nội (shows, audiences, revenue, prices, artists).",
    "Location Hà Nội throughout (the address 'quận Hoàn Kiếm' is where the theatre stands, not what the figures describe).",
    "'đều tăng 50.000 đồng so với năm 2019' is the change of both prices ('đều' = both). 'khách quốc tế chiếm khoảng 70%' is a percent figure.",
    "The headline '7 suất mỗi ngày' and the body's '7 suất mỗi ngày' are two mentions, each a figure.",
    "Not figures: 08:15 (GMT+7), 'số 57B Đinh Tiên Hoàng', '21h', 'năm 2019' (baseline), 'thành lập năm 1969'.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-15", location="Hà Nội")
