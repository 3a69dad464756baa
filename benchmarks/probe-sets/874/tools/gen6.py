"""p874-6: national newspaper, a Huế foundry casts a 12-tonne bronze bell (Phường Đúc)."""
from lib import F, period, inherit, change, write

TEXT = """Thời sự > Đời sống
Thứ bảy, 23/11/2024, 07:30 (GMT+7)

Lò đúc Huế hoàn thành quả chuông nặng 12 tấn

Một lò đúc ở Phường Đúc, TP Huế, vừa rót thành công quả chuông đồng nặng hơn 12 tấn, cao 3,6 m, đường kính miệng 2,1 m, đặt cho một ngôi chùa ở Quảng Ninh.

Ông Nguyễn Văn Tám, 58 tuổi, thế hệ thứ 14 của dòng họ đúc đồng, cho biết gia đình mất gần 4 tháng làm khuôn, 60 thợ thay nhau nấu, rót đồng liên tục trong 3 ngày. "Chỉ cần nhiệt độ lệch vài chục độ là chuông rạn, coi như mất trắng", ông nói.

Theo ông Tám, chuông đồng hiện có giá từ 1,2 đến 1,5 triệu đồng/kg tùy hoa văn; quả chuông 12 tấn có giá khoảng 16 tỷ đồng. Mỗi năm, lò nhà ông nhận 40-50 đơn hàng, trong đó khoảng 70% đến từ các tỉnh phía Bắc và phía Nam.

Theo Sở Văn hóa và Thể thao Thừa Thiên Huế, khu vực Phường Đúc hiện còn 28 lò đúc hoạt động, giảm gần 40% so với đầu những năm 2000. Năm 2023, các lò đúc ở Huế tiêu thụ khoảng 850 tấn đồng, doanh thu ước đạt 320 tỷ đồng, riêng chuông và đỉnh đồng chiếm 45%.

Nhiều lò đã chuyển sang nấu bằng lò điện trung tần, giúp giảm khoảng 30% lượng than củi và khói bụi. Thành phố đặt mục tiêu đến năm 2025 đưa Phường Đúc thành điểm du lịch làng nghề, đón 50.000 lượt khách mỗi năm.

Võ Thạnh
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("chuông nặng 12 tấn", "12", 12, "measure", "tấn", "quả chuông đồng"),
    F("nặng hơn 12 tấn", "12", 12, "measure", "tấn", "trọng lượng quả chuông đồng", approx="over"),
    F("cao 3,6 m", "3,6", 3.6, "measure", "m", "chiều cao quả chuông"),
    F("miệng 2,1 m", "2,1", 2.1, "measure", "m", "đường kính miệng chuông"),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Nguyễn Văn Tám", optional=True),
    F("gần 4 tháng", "4", 4, "measure", "tháng", "thời gian làm khuôn", approx="nearly"),
    F("60 thợ", "60", 60, "count", "thợ", "thợ nấu, rót đồng"),
    F("trong 3 ngày", "3", 3, "measure", "ngày", "thời gian rót đồng", optional=True),
    F("từ 1,2 đến 1,5 triệu", "1,2", 1.2e6, "money", "đồng/kg", "giá chuông đồng", value_max=1.5e6),
    F("chuông 12 tấn có giá", "12", 12, "measure", "tấn", "quả chuông", optional=True),
    F("khoảng 16 tỷ đồng", "16", 16e9, "money", "đồng", "giá quả chuông 12 tấn", approx="about"),
    F("nhận 40-50 đơn hàng", "40", 40, "count", "đơn hàng", "đơn hàng lò nhận mỗi năm", value_max=50),
    F("khoảng 70% đến", "70", 70, "percent", "%", "đơn hàng từ các tỉnh phía Bắc và phía Nam", approx="about"),
    F("còn 28 lò đúc", "28", 28, "count", "lò đúc", "lò đúc hoạt động ở Phường Đúc",
      change=change("decrease", 40, "%", "đầu những năm 2000", approx="nearly")),
    F("khoảng 850 tấn", "850", 850, "measure", "tấn", "đồng tiêu thụ của các lò đúc", Y23, approx="about"),
    F("ước đạt 320 tỷ đồng", "320", 320e9, "money", "đồng", "doanh thu các lò đúc", Y23, status="estimate"),
    F("đồng chiếm 45%", "45", 45, "percent", "%", "chuông và đỉnh đồng trong doanh thu", Y23,
      status="estimate"),
    F("khoảng 30% lượng", "30", 30, "percent", "%", "mức giảm lượng than củi và khói bụi", approx="about"),
    F("đón 50.000 lượt khách", "50.000", 50000, "count", "lượt khách", "lượt khách du lịch làng nghề mỗi năm",
      T25, status="target"),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ bảy, 23/11/2024, 07:30 (GMT+7)': a Phường Đúc foundry casts a 12-tonne bell; Huế's foundries.",
    "Location is the city Huế (Phường Đúc lies in TP Huế); the bell's buyer in Quảng Ninh is not a place of the figures.",
    "The headline 12 tấn is a figure (required); the restatement 'quả chuông 12 tấn có giá' is optional. The bell's size is the news, so required.",
    "'58 tuổi' (a person's age) and 'liên tục trong 3 ngày' (duration that may only locate the work in time) are optional; 'gần 4 tháng' (time taken) is a measure.",
    "'giảm gần 40% so với …' after 28 lò is its change; 'riêng chuông và đỉnh đồng chiếm 45%' is a part's share (own figure); 'giảm khoảng 30%' with no base amount is a percent figure.",
    "revised after the first run: 45% gets status estimate (it continues the clause of 'doanh thu ước đạt 320 tỷ đồng'; a cue governs the clauses that continue it).",
    "Distractors: 'thế hệ thứ 14' (ordinal), 'Nguyễn Văn Tám', 'vài chục độ' (vague), 'đầu những năm 2000', GMT+7, time 07:30.",
]

if __name__ == "__main__":
    write(6, TEXT, COMMENTS, FIGS, published="2024-11-23", location="Huế")
