"""p1168-1: Thanh Hóa province portal, stone craft villages (đá Nhồi), 6 months 2024."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Thanh Hóa: Làng nghề đá mỹ nghệ thu hơn 300 tỷ đồng trong nửa đầu năm

Cập nhật: 24/07/2024 08:30 | Lượt xem: 2.417

(thanhhoa.gov.vn) - 6 tháng đầu năm 2024, giá trị sản xuất của các làng nghề chế tác đá mỹ nghệ trên địa bàn TP Thanh Hóa và huyện Đông Sơn ước đạt 312 tỷ đồng, tăng 8,5% so với cùng kỳ năm 2023, đạt 54,7% kế hoạch năm.

Hiện toàn tỉnh có 7 làng nghề đá được công nhận, trong đó 4 làng thuộc phường An Hưng (TP Thanh Hóa) và 3 làng thuộc huyện Đông Sơn. Các làng nghề có khoảng 1.150 cơ sở sản xuất, thu hút hơn 4.600 lao động, trong đó gần 900 người là thợ chạm khắc có tay nghề cao.

Tại xã Đông Hưng (huyện Đông Sơn), cơ sở đá mỹ nghệ Tuấn Thủy của ông Lê Văn Tuấn giải quyết việc làm cho 35 lao động, thu nhập từ 8 đến 12 triệu đồng/người/tháng. Mỗi năm cơ sở xuất xưởng khoảng 2.000 sản phẩm lăng mộ, tượng, lan can đá, doanh thu trên 15 tỷ đồng. Theo ông Tuấn, giá mỗi bộ cổng tam quan đá xanh nguyên khối lên tới gần 1,2 tỷ đồng.

Năm 2024, các làng nghề phấn đấu đạt giá trị sản xuất 570 tỷ đồng, tỷ lệ lao động qua đào tạo đạt trên 65%. Tỉnh đang đầu tư cụm công nghiệp làng nghề đá An Hoạch quy mô 25 ha tại km 5 Quốc lộ 47. Dự kiến trong quý IV, cụm sẽ bố trí mặt bằng cho khoảng 120 cơ sở di dời khỏi khu dân cư.

Dịp này, Lễ hội làng nghề đá Nhồi lần thứ 3 sẽ diễn ra từ ngày 2 đến 4/9 tại phường An Hưng.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HALF = per("nửa đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
DS = "Đông Sơn"
SHOP = "cơ sở đá mỹ nghệ Tuấn Thủy"

FIGS = [
    fig("thu hơn 300 tỷ", "300", 300e9, "money", "đồng", approx="over",
        subject="làng nghề đá mỹ nghệ thu", period=HALF),
    fig("ước đạt 312 tỷ", "312", 312e9, "money", "đồng", percent=54.7,
        change=chg("increase", 8.5, "%", "cùng kỳ năm 2023"), status="estimate",
        subject="giá trị sản xuất của các làng nghề chế tác đá mỹ nghệ", period=H1),
    fig("có 7 làng nghề", "7", 7, "count", "làng nghề", subject="làng nghề đá được công nhận"),
    fig("4 làng thuộc", "4", 4, "count", "làng", total=7,
        subject="làng nghề đá được công nhận thuộc phường An Hưng"),
    fig("3 làng thuộc", "3", 3, "count", "làng", total=7,
        subject="làng nghề đá được công nhận", location=DS),
    fig("khoảng 1.150 cơ sở", "1.150", 1150, "count", "cơ sở sản xuất", approx="about",
        subject="cơ sở sản xuất của các làng nghề đá"),
    fig("hơn 4.600 lao động", "4.600", 4600, "count", "lao động", approx="over",
        subject="lao động các làng nghề đá thu hút"),
    fig("gần 900 người", "900", 900, "count", "người", approx="nearly", total=4600,
        subject="thợ chạm khắc có tay nghề cao"),
    fig("cho 35 lao động", "35", 35, "count", "lao động", location=DS,
        subject=f"lao động {SHOP} giải quyết việc làm"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6, location=DS,
        subject=f"thu nhập lao động {SHOP}"),
    fig("khoảng 2.000 sản phẩm", "2.000", 2000, "count", "sản phẩm", approx="about", location=DS,
        subject="sản phẩm lăng mộ, tượng, lan can đá cơ sở xuất xưởng mỗi năm"),
    fig("trên 15 tỷ", "15", 15e9, "money", "đồng", approx="over", location=DS,
        subject=f"doanh thu {SHOP} mỗi năm"),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/bộ", approx="nearly", location=DS,
        subject="giá mỗi bộ cổng tam quan đá xanh nguyên khối"),
    fig("sản xuất 570 tỷ", "570", 570e9, "money", "đồng", status="target",
        subject="giá trị sản xuất các làng nghề", period=Y24),
    fig("trên 65%", "65", 65, "percent", "%", approx="over", status="target",
        subject="tỷ lệ lao động qua đào tạo", period=Y24),
    fig("quy mô 25 ha", "25", 25, "measure", "ha",
        subject="quy mô cụm công nghiệp làng nghề đá An Hoạch"),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở di dời khỏi khu dân cư được bố trí mặt bằng", period=Q4),
]

NOTES = [
    "Province portal (Thanh Hóa): stone craft villages of An Hưng (TP Thanh Hóa) and Đông Sơn, 6 months 2024.",
    "Distractors: 'Lượt xem: 2.417', 08:30, 'km 5 Quốc lộ 47', 'lần thứ 3', 'từ ngày 2 đến 4/9' (a date range).",
    "Headline: 'trong nửa đầu năm' is year-less, takes 2024 from published; no cue there, so actual.",
    "TP Thanh Hóa reduces to Thanh Hóa; ward An Hưng stays in the subject. The Tuấn Thủy passage is in Đông Sơn.",
    "'Dự kiến trong quý IV' makes 120 cơ sở a forecast with period Q4 2024 (year of the nearest earlier 'Năm 2024').",
]

if __name__ == "__main__":
    build("p1168-1", TEXT, FIGS, NOTES, published="2024-07-24", location="Thanh Hóa")
