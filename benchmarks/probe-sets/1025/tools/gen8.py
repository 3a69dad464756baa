"""p1025-8: Báo Long An online ((BLA) - tag, headline figure) — new gates before the 2023-2024 dry season."""
from lib import F, build, change, period

TEXT = """Báo Long An Online
Long An đầu tư 152 tỷ đồng xây 12 cống ngăn mặn, chủ động ứng phó mùa khô
Cập nhật lúc 08:20, Thứ sáu, 22/12/2023

(BLA) - Theo Sở Nông nghiệp và Phát triển nông thôn, mùa khô 2023-2024 dự báo mặn xâm nhập sớm, độ mặn 4 g/l có thể vào sâu 60-65 km trên sông Vàm Cỏ Đông và Vàm Cỏ Tây.

Năm 2023, tỉnh đã đầu tư 152 tỷ đồng xây dựng mới 12 cống ngăn mặn tại các huyện Cần Đước, Cần Giuộc, Tân Trụ, nâng tổng số cống ngăn mặn toàn tỉnh lên 286 cống. Các huyện có nhiều cống nhất lần lượt là Cần Đước (74 cống), Cần Giuộc (61 cống) và Châu Thành (48 cống). Số cống ngăn mặn hiện nay gấp 2,5 lần năm 2016.

Tính đến ngày 30/11/2023, các địa phương đã nạo vét 156 tuyến kênh, đạt 86% kế hoạch năm; kinh phí vận hành, bảo trì bình quân khoảng 25 triệu đồng/cống/năm. Nhiều cống mới như cống Rạch Chanh, cống Phước Vân 2 dọc Quốc lộ 50 đã sẵn sàng vận hành.

Vụ lúa Đông Xuân 2023-2024, toàn tỉnh dự kiến xuống giống khoảng 228.000 ha, giảm 3,5% so với vụ trước; trong đó diện tích có nguy cơ bị ảnh hưởng mặn khoảng 12.600 ha. Các cống sẽ được đóng khi độ mặn ngoài sông đạt 2 g/l.

Ông Nguyễn Văn Tư, Phó Giám đốc Sở, nhắc lại mùa khô 2019-2020, mặn làm thiệt hại 8.546 ha lúa với giá trị hơn 1.200 tỷ đồng. Tỉnh phấn đấu không để lúa bị thiệt hại do mặn, bảo đảm nước sinh hoạt cho hơn 21.000 hộ dân vùng hạn, mặn.

MINH TÂM
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
N30 = period("Tính đến ngày 30/11/2023", None, "2023-11-30")
CNT = "cống ngăn mặn"

FIGS = [
    F("Long An đầu tư 152 tỷ đồng", "152", 152e9, "money", "đồng", "vốn đầu tư xây cống ngăn mặn"),
    F("xây 12 cống", "12", 12, "count", "cống", "cống ngăn mặn xây mới"),
    F("độ mặn 4 g/l", "4", 4, "measure", "g/l", "ngưỡng độ mặn", optional=True),
    F("sâu 60-65 km", "60", 60, "measure", "km", "độ mặn 4 g/l vào sâu trên sông Vàm Cỏ Đông và Vàm Cỏ Tây",
      value_max=65, status="forecast"),
    F("đã đầu tư 152 tỷ đồng", "152", 152e9, "money", "đồng", "vốn đầu tư xây dựng mới cống ngăn mặn", Y23),
    F("mới 12 cống", "12", 12, "count", "cống", "cống ngăn mặn xây dựng mới", Y23),
    F("lên 286 cống", "286", 286, "count", "cống", "tổng số cống ngăn mặn toàn tỉnh", Y23),
    F("Cần Đước (74 cống)", "74", 74, "count", "cống", CNT, location="Cần Đước"),
    F("Cần Giuộc (61 cống)", "61", 61, "count", "cống", CNT, location="Cần Giuộc"),
    F("Châu Thành (48 cống)", "48", 48, "count", "cống", CNT, location="Châu Thành"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số cống ngăn mặn hiện nay so với năm 2016"),
    F("nạo vét 156 tuyến kênh", "156", 156, "count", "tuyến kênh", "tuyến kênh được nạo vét", N30, percent=86),
    F("khoảng 25 triệu đồng/cống/năm", "25", 25e6, "money", "đồng/cống/năm", "kinh phí vận hành, bảo trì cống",
      approx="about"),
    F("khoảng 228.000 ha", "228.000", 228000, "measure", "ha", "diện tích lúa Đông Xuân xuống giống", approx="about",
      status="forecast", change=change("decrease", 3.5, "%", "vụ trước")),
    F("khoảng 12.600 ha", "12.600", 12600, "measure", "ha", "diện tích có nguy cơ bị ảnh hưởng mặn", approx="about",
      total=228000, status="forecast"),
    F("đạt 2 g/l", "2", 2, "measure", "g/l", "độ mặn ngoài sông khi đóng cống", optional=True),
    F("thiệt hại 8.546 ha", "8.546", 8546, "measure", "ha", "diện tích lúa bị mặn làm thiệt hại"),
    F("hơn 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "giá trị thiệt hại do mặn", approx="over"),
    F("hơn 21.000 hộ", "21.000", 21000, "count", "hộ", "hộ dân vùng hạn, mặn được bảo đảm nước sinh hoạt",
      approx="over", status="target"),
]

META = {
    "published": "2023-12-22",
    "location": "Long An",
    "comments": [
        "p1025-8: provincial newspaper online (Báo Long An), headline with figures, 'Cập nhật lúc 08:20, Thứ sáu, 22/12/2023', '(BLA) -'.",
        "Ranking list 'lần lượt là Cần Đước (74 cống), …' does not add up to 286 → no total; districts → location.",
        "'Số cống … gấp 2,5 lần năm 2016' stands as its own claim: multiple. 'đạt 86% kế hoạch năm' → percent of 156 tuyến kênh.",
        "'dự kiến xuống giống khoảng 228.000 ha' forecast; the 'trong đó' part 12.600 ha continues the clause (forecast, total 228.000).",
        "The per-unit operating cost shares the 'Tính đến ngày 30/11/2023' sentence but is an average, not dated by it: no period.",
        "Seasons (mùa khô 2023-2024, vụ Đông Xuân 2023-2024, mùa khô 2019-2020) give no period. Thresholds (4 g/l, 2 g/l) optional.",
        "Distractors: 08:20, 22/12/2023, năm 2016 (baseline), cống Phước Vân 2, Quốc lộ 50, Nguyễn Văn Tư, MINH TÂM.",
    ],
}

if __name__ == "__main__":
    build(8, TEXT, META, FIGS)
