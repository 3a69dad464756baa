from lib import F, P, I, CH, emit

TEXT = """Nuôi vịt chạy đồng mùa thu hoạch lúa: Lãi 15-20 triệu đồng/1.000 con

Vụ lúa Đông Xuân 2023-2024, toàn tỉnh An Giang có khoảng 620 đàn vịt chạy đồng với tổng số hơn 1,1 triệu con, tăng 15% so với vụ Đông Xuân năm trước. Đàn vịt tập trung nhiều ở các huyện Châu Phú (145 đàn), Thoại Sơn (128 đàn), Tri Tôn (96 đàn) và Phú Tân (81 đàn).

Ông Lê Văn Sáu, ngụ ấp Hòa Bình 2, xã Bình Thủy (huyện Châu Phú), có đàn vịt 2.000 con đang thả trên cánh đồng gần 50 ha vừa thu hoạch. "Mỗi ngày đàn vịt đẻ khoảng 1.700 trứng, bán tại ruộng 2.400 đồng/quả, trừ chi phí còn lời hơn 2 triệu đồng", ông Sáu nói.

Theo Chi cục Chăn nuôi và Thú y tỉnh, giá vịt thịt hiện ở mức 45.000-48.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cuối năm 2023. Với chi phí con giống 12.000 đồng/con và thức ăn bổ sung, nuôi vịt chạy đồng lãi từ 15 đến 20 triệu đồng cho mỗi 1.000 con sau 60-65 ngày nuôi.

Tuy vậy, việc di chuyển đàn vịt qua nhiều địa phương làm tăng nguy cơ lây lan dịch bệnh. Năm 2023, toàn tỉnh mới có 58% đàn vịt chạy đồng được tiêm vắc xin cúm gia cầm. Ngành nông nghiệp khuyến cáo người nuôi khai báo khi vận chuyển đàn vịt qua Quốc lộ 91 và tiêm phòng đầy đủ; tỉnh đặt mục tiêu năm 2024 tiêm vắc xin cúm gia cầm cho trên 80% đàn vịt chạy đồng.

NGỌC HÂN
08/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Lãi 15-20 triệu đồng/1.000 con", "15", 15000000, "money", "đồng/1.000 con", "lãi nuôi vịt chạy đồng",
      value_max=20000000),
    F("khoảng 620 đàn", "620", 620, "count", "đàn", "đàn vịt chạy đồng", approx="about"),
    F("hơn 1,1 triệu con", "1,1", 1100000, "count", "con", "tổng số vịt chạy đồng", approx="over",
      change=CH("increase", 15, baseline="vụ Đông Xuân năm trước")),
    F("(145 đàn)", "145", 145, "count", "đàn", "đàn vịt chạy đồng", location="Châu Phú"),
    F("(128 đàn)", "128", 128, "count", "đàn", "đàn vịt chạy đồng", location="Thoại Sơn"),
    F("(96 đàn)", "96", 96, "count", "đàn", "đàn vịt chạy đồng", location="Tri Tôn"),
    F("(81 đàn)", "81", 81, "count", "đàn", "đàn vịt chạy đồng", location="Phú Tân"),
    F("đàn vịt 2.000 con", "2.000", 2000, "count", "con", "đàn vịt của ông Lê Văn Sáu", location="Châu Phú"),
    F("gần 50 ha", "50", 50, "measure", "ha", "cánh đồng thả vịt vừa thu hoạch", approx="nearly", location="Châu Phú"),
    F("khoảng 1.700 trứng", "1.700", 1700, "count", "trứng", "trứng đàn vịt đẻ mỗi ngày", approx="about",
      location="Châu Phú"),
    F("2.400 đồng/quả", "2.400", 2400, "money", "đồng/quả", "giá trứng vịt bán tại ruộng", location="Châu Phú"),
    F("hơn 2 triệu đồng", "2", 2000000, "money", "đồng", "tiền lời mỗi ngày", approx="over", location="Châu Phú"),
    F("45.000-48.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá vịt thịt", value_max=48000,
      change=CH("increase", 5000, "đồng/kg", baseline="cuối năm 2023", approx="about")),
    F("12.000 đồng/con", "12.000", 12000, "money", "đồng/con", "chi phí con giống"),
    F("từ 15 đến 20 triệu đồng", "15", 15000000, "money", "đồng/1.000 con", "lãi nuôi vịt chạy đồng",
      value_max=20000000),
    F("sau 60-65 ngày", "60", 60, "measure", "ngày", "thời gian nuôi vịt chạy đồng", value_max=65, optional=True),
    F("có 58% đàn", "58", 58, "percent", "%", "đàn vịt chạy đồng được tiêm vắc xin cúm gia cầm", Y23),
    F("trên 80% đàn", "80", 80, "percent", "%", "đàn vịt chạy đồng được tiêm vắc xin cúm gia cầm", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Báo An Giang (Party newspaper): vịt chạy đồng vụ Đông Xuân 2023-2024 — đàn theo huyện, một hộ ở Châu Phú, giá, lãi, tiêm phòng.",
    "Byline and bare date at the end ('NGỌC HÂN', '08/03/2024'). Crop season 'vụ Đông Xuân 2023-2024' has no calendar dates in the spec: no period.",
    "'cho mỗi 1.000 con' is the rate's denominator: unit 'đồng/1.000 con' (also in the headline). '60-65 ngày nuôi' (a duration) is optional.",
    "The household figures are in 'xã Bình Thủy (huyện Châu Phú)': location Châu Phú. Name 'Lê Văn Sáu', 'ấp Hòa Bình 2', 'Quốc lộ 91' are distractors.",
]

if __name__ == "__main__":
    emit("p745-5", TEXT, COMMENTS, FIGS, published="2024-03-08", location="An Giang")
