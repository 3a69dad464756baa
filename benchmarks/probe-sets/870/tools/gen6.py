"""p870-6: national newspaper, TP HCM red-light violations after Nghị định 168, January 2025."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông
Thứ năm, 16/1/2025, 06:00 (GMT+7)

TP HCM phát hiện hơn 5.300 xe vượt đèn đỏ sau hai tuần áp dụng mức phạt mới

Từ ngày 1/1 đến 14/1, hệ thống camera của Công an TP HCM ghi nhận 5.342 trường hợp vượt đèn đỏ, giảm khoảng 45% so với trung bình hai tuần cuối năm 2024. Trong đó, 3.118 trường hợp là xe máy, 2.224 trường hợp là ô tô.

Theo Phòng Cảnh sát giao thông, thành phố hiện có 1.870 camera giám sát giao thông, trong đó khoảng 600 camera có chức năng nhận diện biển số. Trung bình mỗi ngày, hệ thống gửi khoảng 400 thông báo phạt nguội đến chủ phương tiện.

Theo Nghị định 168/2024, ô tô vượt đèn đỏ bị phạt từ 18 đến 20 triệu đồng, trừ 4 điểm giấy phép lái xe; xe máy bị phạt từ 4 đến 6 triệu đồng. Trước đây, mức phạt với xe máy chỉ 800.000 đồng đến một triệu đồng.

Trung tá Trần Văn Bảy, Đội trưởng Đội Chỉ huy điều khiển giao thông, cho biết tại 145 nút giao có đèn tín hiệu trên các tuyến Điện Biên Phủ, Cách Mạng Tháng Tám, tình trạng xe dừng quá vạch giảm rõ. Trong hai tuần, đội đã lập biên bản 1.276 trường hợp vi phạm, tạm giữ 314 phương tiện, tổng tiền phạt gần 9,8 tỷ đồng. Có trường hợp ô tô bị camera ghi hình vượt đèn đỏ lần thứ 3 trong ngày tại ngã tư Hàng Xanh.

Theo kế hoạch, trong năm 2025 thành phố sẽ lắp thêm 1.000 camera AI tại các nút giao, tổng kinh phí dự kiến khoảng 850 tỷ đồng.

Gia Minh
"""

WIN = P("Từ ngày 1/1 đến 14/1", "2025-01-01", "2025-01-14")
TWO = P("Trong hai tuần", "2025-01-01", "2025-01-14", inherited=True)
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 5.300 xe", "5.300", 5300, "count", "xe", "xe vượt đèn đỏ", I(WIN), approx="over"),
    F("ghi nhận 5.342 trường hợp", "5.342", 5342, "count", "trường hợp",
      "trường hợp vượt đèn đỏ camera ghi nhận", WIN,
      change=C("decrease", 45, "%", "trung bình hai tuần cuối năm 2024", approx="about")),
    F("3.118 trường hợp là xe máy", "3.118", 3118, "count", "trường hợp",
      "trường hợp vượt đèn đỏ là xe máy", I(WIN), total=5342),
    F("2.224 trường hợp là ô tô", "2.224", 2224, "count", "trường hợp",
      "trường hợp vượt đèn đỏ là ô tô", I(WIN), total=5342),
    F("có 1.870 camera", "1.870", 1870, "count", "camera", "camera giám sát giao thông"),
    F("khoảng 600 camera", "600", 600, "count", "camera",
      "camera có chức năng nhận diện biển số", approx="about", total=1870),
    F("khoảng 400 thông báo", "400", 400, "count", "thông báo/ngày",
      "thông báo phạt nguội gửi đến chủ phương tiện mỗi ngày", approx="about"),
    F("từ 18 đến 20 triệu đồng", "18", 18e6, "money", "đồng",
      "mức phạt ô tô vượt đèn đỏ", value_max=20e6),
    F("trừ 4 điểm", "4", 4, "measure", "điểm", "điểm giấy phép lái xe bị trừ"),
    F("từ 4 đến 6 triệu đồng", "4", 4e6, "money", "đồng",
      "mức phạt xe máy vượt đèn đỏ", value_max=6e6),
    F("chỉ 800.000 đồng", "800.000", 800000, "money", "đồng",
      "mức phạt trước đây với xe máy vượt đèn đỏ", value_max=1e6),
    F("tại 145 nút giao", "145", 145, "count", "nút giao", "nút giao có đèn tín hiệu"),
    F("biên bản 1.276 trường hợp", "1.276", 1276, "count", "trường hợp",
      "trường hợp vi phạm bị lập biên bản", TWO),
    F("tạm giữ 314 phương tiện", "314", 314, "count", "phương tiện", "phương tiện bị tạm giữ",
      TWO),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng tiền phạt", TWO,
      approx="nearly"),
    F("thêm 1.000 camera", "1.000", 1000, "count", "camera", "camera AI lắp thêm tại các nút giao", Y25,
      status="target"),
    F("khoảng 850 tỷ đồng", "850", 850e9, "money", "đồng", "tổng kinh phí lắp camera AI", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 16/1/2025, 06:00 (GMT+7)': TP HCM vượt đèn đỏ after Nghị định 168/2024, first two weeks.",
    "'Từ ngày 1/1 đến 14/1' takes 2025 from the dateline. 'giảm khoảng 45% so với …' is the change of 5.342. Parts 3.118 + 2.224 = 5.342.",
    "'Trong hai tuần' names no dates of its own: it is the window 1/1-14/1 of the first paragraph (period marked inherited).",
    "Fine levels of the decree are figures (money ranges); '800.000 đồng đến một triệu đồng' is a range 800000-1000000 (number word 'một triệu').",
    "'khoảng 400 thông báo' per day: unit thông báo/ngày. Distractors: Nghị định 168/2024, 'lần thứ 3' (ordinal), Cách Mạng Tháng Tám, 06:00, GMT+7.",
]

write(6, TEXT, FIGS, NOTES, published="2025-01-16", location="TP Hồ Chí Minh")
