"""p1025-5: Báo Bạc Liêu (Party newspaper) — gates along Quốc lộ 1A keep the fresh-water rice zone, March 2023."""
from lib import F, build, change, period

TEXT = """Vận hành cống linh hoạt, giữ ngọt cho vùng lúa phía Bắc Quốc lộ 1A

Mùa khô năm nay, độ mặn ngoài các cống dọc tuyến Quốc lộ 1A có lúc lên 28‰, nhưng nhờ vận hành hệ thống cống linh hoạt, vùng ngọt phía Bắc Quốc lộ 1A của tỉnh vẫn được giữ an toàn.

Theo Chi cục Thủy lợi tỉnh, toàn tuyến hiện có 19 cống ngăn mặn, trong đó 7 cống lớn như Láng Trâm, Cầu Sập, Chủ Chí được đóng hoàn toàn từ giữa tháng 12/2022. Độ mặn phía trong cống luôn duy trì dưới 1‰. Nhờ đó, khoảng 76.000 ha lúa Đông Xuân ở các huyện Phước Long, Hồng Dân và Vĩnh Lợi được bảo vệ, trong đó Hồng Dân chiếm hơn 40%.

Đối với vùng lúa - tôm, các cống được mở lấy nước mặn theo lịch 2 đợt/tháng, mỗi đợt từ 3 đến 5 ngày. Năm 2022, diện tích lúa - tôm toàn tỉnh đạt 42.350 ha, tăng 1.120 ha so với năm 2021; lợi nhuận bình quân 60-80 triệu đồng/ha, gấp 1,5 lần trồng lúa độc canh.

Vụ lúa Đông Xuân 2022-2023, năng suất bình quân ước đạt 6,9 tấn/ha; giá lúa tại ruộng từ 6.800 đến 7.200 đồng/kg. Ông Trần Văn Út, ngụ ấp 3, xã Vĩnh Phú Tây, huyện Phước Long, cho biết gia đình ông thu lãi gần 25 triệu đồng/ha, nhờ nước trong kênh luôn ngọt suốt vụ.

Hiện tỉnh đang đầu tư nâng cấp cống Cầu Sập với tổng vốn 156 tỷ đồng, dự kiến hoàn thành trong quý IV/2023. Mục tiêu đến năm 2025, tỉnh nâng diện tích lúa - tôm lên 45.000 ha, gắn với xây dựng thương hiệu gạo sạch vùng ven biển.

HOÀNG LAN

07/03/2023
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có lúc lên 28‰", "28", 28, "measure", "‰", "độ mặn ngoài các cống dọc tuyến Quốc lộ 1A"),
    F("hiện có 19 cống", "19", 19, "count", "cống", "cống ngăn mặn trên tuyến"),
    F("7 cống lớn", "7", 7, "count", "cống", "cống lớn được đóng hoàn toàn", total=19),
    F("duy trì dưới 1‰", "1", 1, "measure", "‰", "độ mặn phía trong cống", approx="under"),
    F("khoảng 76.000 ha", "76.000", 76000, "measure", "ha", "diện tích lúa Đông Xuân được bảo vệ", approx="about"),
    F("chiếm hơn 40%", "40", 40, "percent", "%", "tỷ trọng diện tích lúa Đông Xuân được bảo vệ", approx="over",
      location="Hồng Dân"),
    F("lịch 2 đợt/tháng", "2", 2, "measure", "đợt/tháng", "lịch mở cống lấy nước mặn", optional=True),
    F("từ 3 đến 5 ngày", "3", 3, "measure", "ngày", "thời gian mỗi đợt mở cống", value_max=5, optional=True),
    F("đạt 42.350 ha", "42.350", 42350, "measure", "ha", "diện tích lúa - tôm toàn tỉnh", Y22,
      change=change("increase", 1120, "ha", "năm 2021")),
    F("60-80 triệu đồng/ha", "60", 60e6, "money", "đồng/ha", "lợi nhuận bình quân lúa - tôm", Y22, value_max=80e6,
      change=change("increase", 1.5, "lần", "trồng lúa độc canh")),
    F("ước đạt 6,9 tấn/ha", "6,9", 6.9, "measure", "tấn/ha", "năng suất lúa Đông Xuân bình quân", status="estimate"),
    F("từ 6.800 đến 7.200 đồng/kg", "6.800", 6800, "money", "đồng/kg", "giá lúa tại ruộng", value_max=7200),
    F("gần 25 triệu đồng/ha", "25", 25e6, "money", "đồng/ha", "lãi của gia đình ông Trần Văn Út", approx="nearly",
      location="Vĩnh Phú Tây"),
    F("tổng vốn 156 tỷ đồng", "156", 156e9, "money", "đồng", "tổng vốn nâng cấp cống Cầu Sập"),
    F("lên 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích lúa - tôm", T25, status="target"),
]

META = {
    "published": "2023-03-07",
    "location": "Bạc Liêu",
    "comments": [
        "p1025-5: Party newspaper (Báo Bạc Liêu) style, byline 'HOÀNG LAN' and bare date '07/03/2023' at the end.",
        "The text says only 'tỉnh', but the districts Phước Long, Hồng Dân, Vĩnh Lợi and gate names imply Bạc Liêu.",
        "'trong đó Hồng Dân chiếm hơn 40%' is a share with no base amount → percent figure, location Hồng Dân.",
        "'gấp 1,5 lần trồng lúa độc canh' right after the profit range compares it: change 1.5 lần (not a standing multiple).",
        "'dưới 1‰' inside the gates is a fact here (required), unlike an operating threshold; the opening schedule (2 đợt/tháng, 3-5 ngày) optional.",
        "The household figure (ấp 3, xã Vĩnh Phú Tây, huyện Phước Long) takes the commune as location (most specific place).",
        "'Mùa khô năm nay', 'Vụ lúa Đông Xuân 2022-2023' give no period; 'Hiện' gives none.",
        "Distractors: Quốc lộ 1A (x3), tháng 12/2022, ấp 3, Trần Văn Út, quý IV/2023 (a schedule), 07/03/2023.",
    ],
}

if __name__ == "__main__":
    build(5, TEXT, META, FIGS)
