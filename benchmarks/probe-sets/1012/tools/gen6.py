"""p1012-6: national newspaper, lobster farmers in Quy Nhơn (Bình Định) drop styrofoam buoys, 2025."""
from lib import fig, period, inherit, write

TEXT = """Thời sự › Nông nghiệp
Chủ nhật, 9/3/2025, 07:30 (GMT+7)

Người nuôi tôm hùm bỏ phao xốp

Bình Định - Thay phao xốp bằng phao nhựa HDPE, nhiều hộ nuôi tôm hùm ở Quy Nhơn không còn cảnh vá bè sau mỗi mùa mưa bão.

Ông Lê Văn Chín, 52 tuổi, ở xã Nhơn Hải, TP Quy Nhơn, có bè nuôi 24 lồng tôm hùm. Trước đây, mỗi năm ông phải thay 300-400 quả phao xốp bị vỡ, mục, tốn khoảng 25 triệu đồng. Năm ngoái, ông bỏ ra 180 triệu đồng mua 520 quả phao HDPE, được Nhà nước hỗ trợ 60 triệu đồng. Theo ông Chín, phao HDPE bền gấp 5 lần phao xốp, chịu được gió cấp 8-9, nhờ bè ổn định nên năng suất tôm hùm tăng khoảng 15%.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Định, năm 2024 toàn tỉnh có khoảng 4.100 lồng nuôi tôm hùm, cá biển, trong đó 2.650 lồng đã chuyển sang phao HDPE. Tỉnh hỗ trợ 40% giá phao, tối đa 60 triệu đồng/hộ; năm 2024 đã chi 3,2 tỷ đồng cho 410 hộ. Dự kiến năm 2025, tỉnh chuyển đổi thêm 800 lồng, tập trung ở vùng biển Nhơn Lý, Nhơn Hải dọc tuyến Quốc lộ 19B.

Trên cả nước, theo Hiệp hội Nghề cá Việt Nam, còn khoảng 2,1 triệu quả phao xốp đang được sử dụng trong nuôi biển, mỗi năm thải ra khoảng 300 tấn hạt xốp vụn. Hiệp hội kiến nghị sớm có quy chuẩn kỹ thuật quốc gia về vật liệu nổi và tiêu chí xác định phao đạt chuẩn.

Ngọc Oanh
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
NGOAI = period("Năm ngoái", "2024-01-01", "2024-12-31")

F = [
    fig("Chín, 52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Lê Văn Chín", optional=True, location="Quy Nhơn"),
    fig("nuôi 24 lồng", "24", 24, "count", "lồng", "lồng tôm hùm trên bè của ông Lê Văn Chín", location="Quy Nhơn"),
    fig("thay 300-400 quả", "300", 300, "count", "quả phao xốp", "phao xốp phải thay mỗi năm", value_max=400, location="Quy Nhơn"),
    fig("khoảng 25 triệu đồng", "25", 25e6, "money", "đồng", "chi phí thay phao xốp mỗi năm", approx="about", location="Quy Nhơn"),
    fig("ra 180 triệu đồng", "180", 180e6, "money", "đồng", "chi phí mua phao HDPE của ông Chín", NGOAI, location="Quy Nhơn"),
    fig("mua 520 quả", "520", 520, "count", "quả phao HDPE", "phao HDPE ông Chín mua", NGOAI, location="Quy Nhơn"),
    fig("hỗ trợ 60 triệu đồng.", "60", 60e6, "money", "đồng", "kinh phí Nhà nước hỗ trợ ông Chín", NGOAI, location="Quy Nhơn"),
    fig("gấp 5 lần", "5", 5, "multiple", "lần", "độ bền phao HDPE so với phao xốp", location="Quy Nhơn"),
    fig("cấp 8-9", "8", 8, "measure", "cấp", "sức gió phao HDPE chịu được", value_max=9, optional=True, location="Quy Nhơn"),
    fig("tăng khoảng 15%", "15", 15, "percent", "%", "năng suất tôm hùm", approx="about", location="Quy Nhơn"),
    fig("khoảng 4.100 lồng", "4.100", 4100, "count", "lồng", "lồng nuôi tôm hùm, cá biển", Y24, approx="about"),
    fig("2.650 lồng", "2.650", 2650, "count", "lồng", "lồng đã chuyển sang phao HDPE", Y24, total=4100),
    fig("hỗ trợ 40% giá phao", "40", 40, "percent", "%", "mức hỗ trợ giá phao"),
    fig("tối đa 60 triệu đồng/hộ", "60", 60e6, "money", "đồng/hộ", "mức hỗ trợ tối đa mỗi hộ", approx="at_most"),
    fig("chi 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí hỗ trợ đã chi", Y24),
    fig("cho 410 hộ", "410", 410, "count", "hộ", "hộ được hỗ trợ", Y24),
    fig("thêm 800 lồng", "800", 800, "count", "lồng", "lồng chuyển đổi thêm", period("năm 2025", "2025-01-01", "2025-12-31"),
        status="forecast"),
    fig("khoảng 2,1 triệu quả", "2,1", 2.1e6, "count", "quả phao xốp", "phao xốp đang được sử dụng trong nuôi biển", approx="about",
        location="Việt Nam"),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn", "hạt xốp vụn thải ra mỗi năm", approx="about", location="Việt Nam"),
]

NOTES = [
    "National newspaper (Thứ-style dateline 'Chủ nhật, 9/3/2025, 07:30 (GMT+7)', byline at end): Quy Nhơn lobster farmer, Bình Định policy,",
    "national count of remaining styrofoam buoys (Việt Nam). The farmer's figures are located in Quy Nhơn (xã Nhơn Hải, TP Quy Nhơn).",
    "'Năm ngoái' in an article of 9/3/2025 = năm 2024. '52 tuổi' (the farmer's age) and 'gió cấp 8-9' (a buoy specification) optional.",
    "'năng suất tôm hùm tăng khoảng 15%' is a growth rate with no base amount: percent figure, no change object.",
    "Distractors: Chủ nhật, 07:30 (GMT+7), Quốc lộ 19B, ông Lê Văn Chín (a number word in a name).",
]

write(6, TEXT, F, NOTES, published="2025-03-09", location="Bình Định")
