"""p1073-8: provincial newspaper online (Báo Bắc Giang, '(BBG) -'), spring peanut harvest in Tân Yên, headline with a figure."""
from lib import F, P, I, C, T, write

TEXT = """Tân Yên thu hơn 2.600 tấn lạc vỏ từ đất lúa chuyển đổi
Thứ Bảy, 20/04/2024 - 15:40

(BBG) - Vụ xuân năm nay, huyện Tân Yên trồng 1.050 ha lạc, trong đó 420 ha trên đất lúa chuyển đổi, bằng 120% so với cùng kỳ. Đến ngày 18/4, nông dân đã thu hoạch khoảng 85% diện tích. Năng suất lạc ước đạt 25,2 tạ/ha, sản lượng ước đạt 2.646 tấn.

Tại các xã Ngọc Thiện, Liên Chung, Việt Lập, nhiều cánh đồng lạc trên đất lúa đạt 28-30 tạ/ha. Giá lạc vỏ tươi đầu vụ 17.000-18.000 đồng/kg, lạc khô 32.000 đồng/kg. Trừ chi phí, mỗi sào (360 m2) lạc cho lãi 1,8-2 triệu đồng. Thu nhập từ lạc gấp khoảng 2 lần so với cấy lúa.

Năm 2024, huyện có 5 hợp tác xã ký hợp đồng bao tiêu lạc với Công ty TNHH Nông sản Bắc Giang với diện tích 150 ha, giá thu mua cao hơn giá thị trường 1.000 đồng/kg. Huyện phấn đấu đến năm 2025 nâng diện tích lạc trên đất lúa lên 600 ha. Dự kiến trong quý II/2024, huyện xây dựng thêm 2 mô hình liên kết sản xuất lạc an toàn dọc đường tỉnh 398.

Toàn tỉnh Bắc Giang vụ xuân năm 2024 trồng khoảng 4.500 ha lạc, tăng 6,5% so với cùng kỳ, đứng thứ 2 vùng trung du và miền núi phía Bắc. Ngành nông nghiệp khuyến cáo nông dân phơi khô lạc đạt độ ẩm dưới 10% trước khi bảo quản để giữ được giá bán.

Thu Hà
"""

SEASON = P("Vụ xuân năm nay", "2024-01-01", "2024-12-31")
ASOF = P("Đến ngày 18/4", None, "2024-04-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
BG = P("vụ xuân năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu hơn 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng lạc vỏ thu từ đất lúa chuyển đổi", approx="over"),
    F("trồng 1.050 ha lạc", "1.050", 1050, "measure", "ha", "diện tích lạc", SEASON),
    F("trong đó 420 ha", "420", 420, "measure", "ha", "diện tích lạc trên đất lúa chuyển đổi", SEASON,
      total=1050, percent=120),
    F("khoảng 85% diện tích", "85", 85, "percent", "%", "diện tích lạc đã thu hoạch", ASOF, approx="about"),
    F("ước đạt 25,2 tạ/ha", "25,2", 25.2, "measure", "tạ/ha", "năng suất lạc", I(SEASON), status="estimate"),
    F("ước đạt 2.646 tấn", "2.646", 2646, "measure", "tấn", "sản lượng lạc", I(SEASON), status="estimate"),
    F("đạt 28-30 tạ/ha", "28", 28, "measure", "tạ/ha", "năng suất cánh đồng lạc trên đất lúa", I(SEASON),
      value_max=30),
    F("đầu vụ 17.000-18.000 đồng/kg", "17.000", 17000, "money", "đồng/kg", "giá lạc vỏ tươi đầu vụ", value_max=18000),
    F("khô 32.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá lạc khô"),
    F("(360 m2)", "360", 360, "measure", "m2", "diện tích một sào", optional=True),
    F("lãi 1,8-2 triệu đồng", "1,8", 1800000, "money", "đồng/sào", "lãi mỗi sào lạc", value_max=2000000),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "thu nhập từ lạc so với cấy lúa", approx="about"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã ký hợp đồng bao tiêu lạc", Y24),
    F("diện tích 150 ha", "150", 150, "measure", "ha", "diện tích lạc được bao tiêu", Y24),
    F("thị trường 1.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá thu mua lạc cao hơn giá thị trường", Y24),
    F("lên 600 ha", "600", 600, "measure", "ha", "diện tích lạc trên đất lúa", T25, status="target"),
    F("thêm 2 mô hình", "2", 2, "count", "mô hình", "mô hình liên kết sản xuất lạc an toàn", Q2, status="forecast"),
    F("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích lạc", BG, approx="about",
      change=C("increase", 6.5, "%", "cùng kỳ"), location="Bắc Giang"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "diện tích lạc vùng trung du và miền núi phía Bắc", BG,
      location="Bắc Giang"),
    F("dưới 10%", "10", 10, "percent", "%", "độ ẩm lạc phơi khô trước khi bảo quản", approx="under", optional=True),
]

NOTES = [
    "Báo Bắc Giang online: headline with a figure, dateline 'Thứ Bảy, 20/04/2024 - 15:40', '(BBG) -' tag, byline at the end.",
    "Not figures: 'Đến ngày 18/4', 'quý II/2024' (periods), 'đường tỉnh 398' (road), Công ty TNHH Nông sản Bắc Giang, 15:40.",
    "Headline 'hơn 2.600 tấn' restates the estimate (status actual: the headline says 'thu'). 'Vụ xuân năm nay' = 2024 (dateline).",
    "revised after the first run: the headline figure's subject follows the headline ('... từ đất lúa chuyển đổi'), not the body.",
    "'bằng 120% so với cùng kỳ' after 420 ha is its percent. '(360 m2)' defines the sào and 'dưới 10%' is an advice threshold: optional.",
    "'cao hơn giá thị trường 1.000 đồng/kg' has no base amount: a money figure of its own. Commune fields stay in Tân Yên.",
]

write("p1073-8", TEXT, NOTES, FIGS, published="2024-04-20", location="Tân Yên")
