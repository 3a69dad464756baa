"""p693-5: Báo Đà Nẵng (Party newspaper) — support for swapping old motorbikes for e-bikes, 2024."""
from lib import F, P, I, CH, emit

TEXT = """Đà Nẵng: Gần 2.900 hồ sơ đăng ký đổi xe máy cũ sang xe máy điện

Năm 2024, thành phố dành 15 tỷ đồng hỗ trợ người dân đổi xe máy cũ, không đạt tiêu chuẩn khí thải sang xe máy điện theo Nghị quyết số 15/2024/NQ-HĐND. Mỗi trường hợp được hỗ trợ 3 triệu đồng/xe; riêng hộ nghèo, hộ cận nghèo được hỗ trợ 5 triệu đồng/xe. Các cửa hàng xe máy điện tham gia chương trình cam kết giảm thêm từ 500.000 đến 1 triệu đồng/xe.

Tính đến ngày 15/9/2024, các quận, huyện đã tiếp nhận 2.846 hồ sơ đăng ký, đã giải ngân 2,31 tỷ đồng cho 742 trường hợp, trong đó có 42 trường hợp thuộc hộ nghèo, hộ cận nghèo, chiếm 5,7%. Quận có số hồ sơ nhiều nhất là Thanh Khê (612 hồ sơ), tiếp đến là Hải Châu (547 hồ sơ) và Liên Chiểu (481 hồ sơ).

Theo Sở Tài nguyên và Môi trường, toàn thành phố hiện có khoảng 1,1 triệu xe máy, trong đó hơn 260.000 xe đã sử dụng trên 15 năm. Kết quả đo khí thải ngẫu nhiên 5.120 xe trong quý II/2024 cho thấy 14,6% số xe không đạt mức 1.

Ông Lê Văn Hùng, trú đường 2 Tháng 9, quận Hải Châu, vừa đổi chiếc Cub 50 sang xe máy điện, chia sẻ: "Xe cũ đi đã hơn 30 năm, hao xăng, khói nhiều. Có tiền hỗ trợ, gia đình tôi bù thêm để mua xe mới".

Thành phố phấn đấu đến hết năm 2025 hỗ trợ chuyển đổi khoảng 5.000 xe máy cũ, giảm 15-20% lượng khí CO từ xe máy trong khu vực nội đô.

MAI QUẾ
20/09/2024
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 15/9/2024", None, "2024-09-15")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("Gần 2.900 hồ sơ", "2.900", 2900, "count", "hồ sơ", "hồ sơ đăng ký đổi xe máy cũ sang xe máy điện", I(ASOF),
      approx="nearly"),
    F("dành 15 tỷ", "15", 15000000000, "money", "đồng", "kinh phí hỗ trợ người dân đổi xe máy cũ sang xe máy điện", Y24),
    F("hỗ trợ 3 triệu", "3", 3000000, "money", "đồng/xe", "mức hỗ trợ mỗi trường hợp", I(Y24)),
    F("hỗ trợ 5 triệu", "5", 5000000, "money", "đồng/xe", "mức hỗ trợ hộ nghèo, hộ cận nghèo", I(Y24)),
    F("từ 500.000 đến 1 triệu", "500.000", 500000, "money", "đồng/xe",
      "mức giảm giá xe máy điện của các cửa hàng tham gia chương trình", I(Y24), value_max=1000000),
    F("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "count", "hồ sơ", "hồ sơ đăng ký đổi xe máy cũ", ASOF),
    F("giải ngân 2,31 tỷ", "2,31", 2310000000, "money", "đồng", "kinh phí hỗ trợ đã giải ngân", ASOF),
    F("cho 742 trường hợp", "742", 742, "count", "trường hợp", "trường hợp được giải ngân hỗ trợ", ASOF),
    F("có 42 trường hợp", "42", 42, "count", "trường hợp", "trường hợp thuộc hộ nghèo, hộ cận nghèo được giải ngân", ASOF,
      total=742, percent=5.7),
    F("(612 hồ sơ)", "612", 612, "count", "hồ sơ", "hồ sơ đăng ký đổi xe máy cũ", I(ASOF), location="Thanh Khê"),
    F("(547 hồ sơ)", "547", 547, "count", "hồ sơ", "hồ sơ đăng ký đổi xe máy cũ", I(ASOF), location="Hải Châu"),
    F("(481 hồ sơ)", "481", 481, "count", "hồ sơ", "hồ sơ đăng ký đổi xe máy cũ", I(ASOF), location="Liên Chiểu"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "count", "xe máy", "xe máy toàn thành phố", approx="about"),
    F("hơn 260.000 xe", "260.000", 260000, "count", "xe", "xe máy đã sử dụng trên 15 năm", approx="over", total=1100000),
    F("trên 15 năm", "15", 15, "measure", "năm", approx="over", optional=True),
    F("ngẫu nhiên 5.120 xe", "5.120", 5120, "count", "xe", "xe được đo khí thải ngẫu nhiên", Q2),
    F("14,6%", "14,6", 14.6, "percent", "%", "tỷ lệ xe không đạt mức 1", Q2),
    F("hơn 30 năm", "30", 30, "measure", "năm", approx="over", optional=True),
    F("khoảng 5.000 xe", "5.000", 5000, "count", "xe máy cũ", "xe máy cũ được hỗ trợ chuyển đổi", T25,
      approx="about", status="target"),
    F("giảm 15-20%", "15", 15, "percent", "%", "mức giảm lượng khí CO từ xe máy trong khu vực nội đô", T25,
      value_max=20, status="target"),
]

COMMENTS = [
    "Báo Đà Nẵng (invented): hỗ trợ đổi xe máy cũ sang xe máy điện năm 2024. Byline 'MAI QUẾ' and the date '20/09/2024' at the end (published).",
    "Not figures: Nghị quyết số 15/2024/NQ-HĐND, 'đường 2 Tháng 9', 'Cub 50' (a model name), 'mức 1', 'quý II/2024'.",
    "District list (Thanh Khê …) has no part-of cue: no total. 'hiện có' gives no period. 'trên 15 năm' optional; a quoted resident's",
    "'đã hơn 30 năm' (the age of his bike) is optional. '15-20%' reduction is a target percent (the claim itself, no change).",
]

if __name__ == "__main__":
    emit("p693-5", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Đà Nẵng")
