"""p477-5: Party newspaper (Báo Phú Thọ) — Đền Hùng festival 2024: visitors, services revenue, restoration investment."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO PHÚ THỌ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH PHÚ THỌ
Văn hóa - Du lịch

Khu di tích lịch sử Đền Hùng đón khoảng 7,2 triệu lượt khách dịp Giỗ Tổ

Theo Ban Tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn 2024, từ ngày 9/4 đến hết ngày 18/4/2024 (mùng 1 đến mùng 10 tháng Ba âm lịch), Khu di tích lịch sử Đền Hùng đã đón khoảng 7,2 triệu lượt khách về dâng hương, tăng 5,9% so với cùng kỳ năm 2023. Riêng ngày chính hội mùng 10 tháng Ba đón gần 1,3 triệu lượt khách; có 34 đoàn đại biểu của các tỉnh, thành phố về dâng hương và dự khai mạc Tuần Văn hóa - Du lịch Đất Tổ lần thứ 15.

Để phục vụ lễ hội, tỉnh Phú Thọ huy động hơn 2.500 cán bộ, chiến sĩ bảo đảm an ninh trật tự; bố trí 86 điểm trông giữ xe với sức chứa khoảng 40.000 xe máy và hơn 5.000 ô tô dọc Quốc lộ 32C và đường Hùng Vương. Thu từ dịch vụ trông giữ xe, xe điện và cáp treo trong mùa lễ hội ước đạt 9,6 tỷ đồng.

Cùng với đó, từ năm 2020 đến nay, tỉnh đã đầu tư 356 tỷ đồng tu bổ, tôn tạo các hạng mục tại Khu di tích với 6 dự án, trong đó dự án tu bổ đền Thượng, lăng Hùng Vương có tổng mức đầu tư 48,5 tỷ đồng. Quý I/2024, Khu di tích đón 2,1 triệu lượt khách, bằng 96% cùng kỳ; doanh thu từ phí dịch vụ đạt 4,3 tỷ đồng.

Năm 2024, Khu di tích phấn đấu đón 10 triệu lượt khách; dự kiến khởi công thêm 2 dự án tu bổ với tổng vốn khoảng 120 tỷ đồng, hoàn thành số hóa 100% hiện vật tại Bảo tàng Hùng Vương.

Thanh Nga

22/04/2024
"""

FEST = P("từ ngày 9/4 đến hết ngày 18/4/2024", "2024-04-09", "2024-04-18")
SINCE = P("từ năm 2020 đến nay", "2020-01-01", "2024-04-22")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hùng đón khoảng 7,2 triệu", "7,2", 7200000, "count", "lượt khách", "lượt khách Khu di tích lịch sử Đền Hùng dịp Giỗ Tổ",
      I(FEST), approx="about"),
    F("đã đón khoảng 7,2 triệu", "7,2", 7200000, "count", "lượt khách", "lượt khách về dâng hương tại Khu di tích lịch sử Đền Hùng",
      FEST, approx="about", change=CH("increase", 5.9, baseline="cùng kỳ năm 2023")),
    F("gần 1,3 triệu", "1,3", 1300000, "count", "lượt khách", "lượt khách ngày chính hội", I(FEST), approx="nearly"),
    F("có 34 đoàn", "34", 34, "count", "đoàn đại biểu", "đoàn đại biểu của các tỉnh, thành phố về dâng hương", I(FEST)),
    F("hơn 2.500 cán bộ", "2.500", 2500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ bảo đảm an ninh trật tự",
      approx="over"),
    F("bố trí 86 điểm", "86", 86, "count", "điểm trông giữ xe", "điểm trông giữ xe"),
    F("khoảng 40.000 xe máy", "40.000", 40000, "count", "xe máy", "sức chứa xe máy của các điểm trông giữ xe", approx="about"),
    F("hơn 5.000 ô tô", "5.000", 5000, "count", "ô tô", "sức chứa ô tô của các điểm trông giữ xe", approx="over"),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "thu từ dịch vụ trông giữ xe, xe điện và cáp treo",
      I(FEST), status="estimate"),
    F("đầu tư 356 tỷ đồng", "356", 356000000000, "money", "đồng", "vốn đầu tư tu bổ, tôn tạo các hạng mục tại Khu di tích", SINCE),
    F("với 6 dự án", "6", 6, "count", "dự án", "dự án tu bổ, tôn tạo tại Khu di tích", SINCE),
    F("đầu tư 48,5 tỷ đồng", "48,5", 48500000000, "money", "đồng", "tổng mức đầu tư dự án tu bổ đền Thượng, lăng Hùng Vương",
      SINCE, total=356000000000),
    F("đón 2,1 triệu lượt khách", "2,1", 2100000, "count", "lượt khách", "lượt khách Khu di tích", Q1, percent=96),
    F("đạt 4,3 tỷ đồng", "4,3", 4300000000, "money", "đồng", "doanh thu từ phí dịch vụ", Q1),
    F("đón 10 triệu lượt khách", "10", 10000000, "count", "lượt khách", "lượt khách Khu di tích", Y24, status="target"),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án tu bổ khởi công thêm", Y24, status="forecast"),
    F("khoảng 120 tỷ đồng", "120", 120000000000, "money", "đồng", "tổng vốn dự án tu bổ khởi công thêm", Y24,
      approx="about", status="forecast"),
    F("số hóa 100%", "100", 100, "percent", "%", "hiện vật tại Bảo tàng Hùng Vương được số hóa", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Phú Thọ (Party newspaper): Giỗ Tổ Hùng Vương 2024 at Đền Hùng — visitors, security, parking, services revenue, restoration since 2020.",
    "Published from the bare date after the byline at the end (22/04/2024). Festival period 'từ ngày 9/4 đến hết ngày 18/4/2024' is a",
    "date range (start 9/4 takes 2024 from its end). Lunar dates 'mùng 1 … mùng 10 tháng Ba', 'năm Giáp Thìn 2024', 'Quốc lộ 32C', 'lần thứ 15' (ordinal) are not figures.",
    "'với 6 dự án, trong đó dự án … 48,5 tỷ đồng': the whole of the money part is the money figure 356 tỷ (same thing, same period), not",
    "the count 6 — total 356e9 (choice). 'bằng 96% cùng kỳ' is the percent of 2,1 triệu. 'từ năm 2020 đến nay' ends at the date line.",
    "'dự kiến' governs 'khởi công … 2 dự án … 120 tỷ' and continues into 'hoàn thành số hóa 100%' (forecast); 'phấn đấu … 10 triệu' is a target.",
    "Parking and security sentences have no period phrase of their own (festival implied, left unset).",
]

if __name__ == "__main__":
    import sys
    emit("p477-5", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Phú Thọ", show_free="-v" in sys.argv)
