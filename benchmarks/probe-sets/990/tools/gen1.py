from lib import F, build, change, period

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch
Du lịch miệt vườn đón hơn 1,2 triệu lượt khách trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Tiền Giang, 6 tháng đầu năm 2024, các điểm du lịch miệt vườn trên địa bàn tỉnh ước đón 1,26 triệu lượt khách, tăng 14,5% so với cùng kỳ, đạt 52,5% kế hoạch năm; trong đó khách quốc tế khoảng 310.000 lượt, chủ yếu đến từ châu Âu và Hàn Quốc. Tổng doanh thu từ du lịch ước đạt 845 tỷ đồng, tăng 18,2% so với cùng kỳ năm 2023.

Hiện toàn tỉnh có 78 điểm vườn trái cây đón khách tham quan, tập trung ở Cái Bè (32 điểm), Cai Lậy (21 điểm), Châu Thành (15 điểm) và Tân Phước (10 điểm). Nhiều nhà vườn dọc Quốc lộ 1A và đường tỉnh 864 đã đầu tư lối đi, nhà vệ sinh, khu ẩm thực; có 14 điểm được công nhận sản phẩm OCOP dịch vụ du lịch.

Giá vé vào vườn phổ biến từ 30.000 đến 50.000 đồng/người, khách được ăn trái cây tại chỗ không giới hạn. Vào mùa, sầu riêng Ri6 mua tại vườn có giá khoảng 85.000 đồng/kg, thấp hơn giá ở chợ khoảng 15%. Mỗi điểm vườn giải quyết việc làm cho 5-7 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Theo Kế hoạch số 112/KH-UBND, tỉnh phấn đấu năm 2025 đón 2,8 triệu lượt khách, doanh thu du lịch đạt 2.000 tỷ đồng; đến năm 2030 có ít nhất 120 điểm du lịch nông nghiệp đạt chuẩn.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hơn 1,2 triệu lượt khách trong 6 tháng", "1,2", 1_200_000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch miệt vườn", approx="over",
      period=period("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đón 1,26 triệu lượt khách", "1,26", 1_260_000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch miệt vườn", percent=52.5,
      change=change("increase", 14.5, baseline="cùng kỳ"), status="estimate", period=H1),
    F("khoảng 310.000 lượt", "310.000", 310_000, "count", "lượt", "khách quốc tế",
      approx="about", total=1_260_000, status="estimate", period=H1),
    F("ước đạt 845 tỷ đồng", "845", 845e9, "money", "đồng", "tổng doanh thu từ du lịch",
      change=change("increase", 18.2, baseline="cùng kỳ năm 2023"), status="estimate",
      period={**H1, "inherited": True}),
    F("có 78 điểm vườn", "78", 78, "count", "điểm vườn trái cây", "điểm vườn trái cây đón khách tham quan"),
    F("Cái Bè (32 điểm)", "32", 32, "count", "điểm", "điểm vườn trái cây đón khách tham quan",
      total=78, location="Cái Bè"),
    F("Cai Lậy (21 điểm)", "21", 21, "count", "điểm", "điểm vườn trái cây đón khách tham quan",
      total=78, location="Cai Lậy"),
    F("Châu Thành (15 điểm)", "15", 15, "count", "điểm", "điểm vườn trái cây đón khách tham quan",
      total=78, location="Châu Thành"),
    F("Tân Phước (10 điểm)", "10", 10, "count", "điểm", "điểm vườn trái cây đón khách tham quan",
      total=78, location="Tân Phước"),
    F("có 14 điểm được", "14", 14, "count", "điểm",
      "điểm được công nhận sản phẩm OCOP dịch vụ du lịch"),
    F("từ 30.000 đến 50.000", "30.000", 30_000, "money", "đồng/người", "giá vé vào vườn",
      value_max=50_000),
    F("khoảng 85.000 đồng/kg", "85.000", 85_000, "money", "đồng/kg", "giá sầu riêng Ri6 mua tại vườn",
      approx="about", change=change("decrease", 15, baseline="giá ở chợ", approx="about")),
    F("cho 5-7 lao động", "5", 5, "count", "lao động", "lao động mỗi điểm vườn giải quyết việc làm",
      value_max=7),
    F("7,5 triệu đồng/người/tháng", "7,5", 7_500_000, "money", "đồng/người/tháng",
      "thu nhập bình quân lao động"),
    F("đón 2,8 triệu lượt khách", "2,8", 2_800_000, "count", "lượt khách", "lượt khách",
      status="target", period=Y25),
    F("đạt 2.000 tỷ đồng", "2.000", 2e12, "money", "đồng", "doanh thu du lịch",
      status="target", period=Y25),
    F("ít nhất 120 điểm", "120", 120, "count", "điểm", "điểm du lịch nông nghiệp đạt chuẩn",
      approx="at_least", status="target", period=period("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Tiền Giang province portal: du lịch miệt vườn, 6 tháng đầu năm 2024. Headline '6 tháng' has no year: 2024 (published).",
    "Distractors: 'Lượt xem: 2.317', 'Quốc lộ 1A', 'đường tỉnh 864', 'Ri6' (durian variety), 'Kế hoạch số 112/KH-UBND', times.",
    "310.000 lượt follows 'trong đó' in the clause continuing 'ước đón 1,26 triệu': total 1260000, status estimate.",
    "District list in brackets adds up to 78 (32+21+15+10): each item gets total 78 and its district as location.",
]

if __name__ == "__main__":
    build("p990-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Tiền Giang")
