"""p825-5: provincial Party newspaper (Báo Quảng Ngãi), broom-grass (đót) season in Ba Tơ, byline + bare date at the end."""
from lib import F, P, I, CH, TG, build

TEXT = """
Ba Tơ vào mùa đót

Những ngày này, trên các triền đồi dọc Quốc lộ 24 qua huyện miền núi Ba Tơ, người dân tất bật thu hoạch bông đót. Theo Phòng NN&PTNT huyện, toàn huyện có khoảng 2.100 hộ tham gia trồng, khai thác đót với diện tích đót trồng và đót tự nhiên gần 1.350 ha.

Năm nay đót được mùa, năng suất bông đót khô bình quân 1,2-1,5 tấn/ha. Giá đót khô được thương lái thu mua tại vườn 14.000-16.000 đồng/kg, cao hơn 3.000 đồng/kg so với năm ngoái. Mỗi ngày một lao động có thể cắt 40-50 kg đót tươi, thu nhập 300.000-350.000 đồng.

Toàn huyện hiện có 27 cơ sở thu mua, sơ chế và bó chổi đót, tập trung ở thị trấn Ba Tơ và các xã Ba Động, Ba Cung. Năm 2024, các cơ sở đã thu mua khoảng 1.600 tấn đót, sản xuất trên 1,2 triệu cây chổi, doanh thu đạt 42 tỷ đồng, tăng 17% so với năm 2023. Từ đầu năm đến nay, các cơ sở đã thu mua thêm gần 350 tấn đót khô. Chổi đót Ba Tơ chủ yếu tiêu thụ tại TP Hồ Chí Minh, Hà Nội và xuất sang Lào, Campuchia với giá bán buôn 25.000-35.000 đồng/cây.

Ông Đinh Văn Mười, ở thôn Làng Trui, xã Ba Động, cho biết gia đình ông có 3 ha đót, mùa này thu khoảng 4 tấn bông khô, trừ chi phí còn lãi hơn 50 triệu đồng. “Trồng đót nhẹ công, 1 lần trồng cho thu hoạch nhiều năm”, ông Mười nói.

Theo kế hoạch, đến năm 2026 huyện phát triển thêm 300 ha đót trồng tập trung gắn với chế biến, nâng doanh thu từ cây đót lên 60 tỷ đồng/năm.

THANH PHƯƠNG
18/02/2025
"""

N25 = P("Năm nay", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")
FIGS = [
    F("khoảng 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ tham gia trồng, khai thác đót", approx="about"),
    F("gần 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích đót trồng và đót tự nhiên", approx="nearly"),
    F("bình quân 1,2-1,5 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", "năng suất bông đót khô", N25, value_max=1.5),
    F("vườn 14.000-16.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "giá đót khô thương lái thu mua tại vườn",
      I(N25), value_max=16000, change=CH("increase", 3000, "đồng/kg", "năm ngoái")),
    F("cắt 40-50 kg", "40", 40, "measure", "kg", "đót tươi một lao động cắt mỗi ngày", value_max=50),
    F("thu nhập 300.000-350.000 đồng", "300.000", 300000, "money", "đồng", "thu nhập một lao động mỗi ngày",
      value_max=350000),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở thu mua, sơ chế và bó chổi đót"),
    F("khoảng 1.600 tấn đót", "1.600", 1600, "measure", "tấn", "đót các cơ sở thu mua", Y24, approx="about"),
    F("trên 1,2 triệu cây chổi", "1,2", 1.2e6, "count", "cây chổi", "chổi sản xuất", Y24, approx="over"),
    F("đạt 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu của các cơ sở", Y24,
      change=CH("increase", 17, baseline="năm 2023")),
    F("gần 350 tấn", "350", 350, "measure", "tấn", "đót khô các cơ sở thu mua thêm",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-02-18"), approx="nearly"),
    F("25.000-35.000 đồng/cây", "25.000", 25000, "money", "đồng/cây", "giá bán buôn chổi đót", value_max=35000),
    F("có 3 ha đót", "3", 3, "measure", "ha", "diện tích đót của gia đình ông Đinh Văn Mười"),
    F("khoảng 4 tấn bông khô", "4", 4, "measure", "tấn", "bông đót khô thu hoạch mùa này", approx="about"),
    F("lãi hơn 50 triệu đồng", "50", 50e6, "money", "đồng", "lãi sau khi trừ chi phí", approx="over"),
    F("1 lần trồng", "1", 1, "count", "lần", "lần trồng", optional=True),
    F("thêm 300 ha", "300", 300, "measure", "ha", "đót trồng tập trung phát triển thêm", T26, status="target"),
    F("lên 60 tỷ đồng/năm", "60", 60e9, "money", "đồng/năm", "doanh thu từ cây đót", T26, status="target"),
]

build("p825-5", TEXT, FIGS, published="2025-02-18", location="Ba Tơ", comments=[
    "Báo Quảng Ngãi (provincial Party paper): broom-grass (đót) harvest and broom workshops in huyện Ba Tơ; byline THANH PHƯƠNG and bare date 18/02/2025 at the end.",
    "Location: the district Ba Tơ throughout (TP Hồ Chí Minh, Hà Nội, Lào, Campuchia are markets, not places of figures).",
    "'Năm nay' = 2025 (published); 'Từ đầu năm đến nay' = 2025-01-01..published. 'cao hơn 3.000 đồng/kg so với năm ngoái' = change of the price range.",
    "The farmer's own figures (3 ha, 4 tấn, hơn 50 triệu đồng) are facts and recorded. '1 lần trồng' in a quote optional.",
    "'Theo kế hoạch, đến năm 2026 ... thêm 300 ha ..., nâng doanh thu ... lên 60 tỷ đồng/năm' -> target (one clause chain).",
    "Distractors: Quốc lộ 24, name 'Đinh Văn Mười', thôn Làng Trui, the bare date.",
])
