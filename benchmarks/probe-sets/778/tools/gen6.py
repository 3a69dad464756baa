"""p778-6: national online newspaper — Lạng Sơn border markets, 7 months of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Thời sự > Kinh tế
Thứ bảy, 17/8/2024, 06:30 (GMT+7)

Hơn 3.000 cư dân qua lại chợ biên giới Lạng Sơn mỗi ngày

Bảy tháng đầu năm 2024, giá trị hàng hóa trao đổi của cư dân biên giới qua các chợ, lối mở tại Lạng Sơn đạt 312 triệu USD, tăng 2,4 lần so với cùng kỳ, theo Sở Công Thương tỉnh. Riêng quý II/2024 đạt 148 triệu USD. Hàng nông sản chiếm hơn 60%, chủ yếu là hoa quả, hạt dưa và thảo quả.

Mỗi ngày có khoảng 3.200 lượt cư dân hai bên qua lại các cặp chợ Tân Thanh - Pò Chài, Chi Ma - Ái Điểm gần cột mốc 1119. Theo Quyết định số 52/2015/QĐ-TTg, mỗi cư dân biên giới được miễn thuế nhập khẩu với hàng hóa trị giá không quá 8 triệu đồng/người/ngày.

Chợ cửa khẩu Tân Thanh hiện có 1.096 gian hàng, khoảng 70% số gian hàng do thương nhân ngoài tỉnh thuê. Giá thuê ki-ốt dao động 3-5 triệu đồng/tháng, tùy vị trí.

Ông Hoàng Văn Tuấn, tiểu thương ở chợ Đông Kinh (phố Lương Văn Tri, TP Lạng Sơn), cho biết mỗi ngày ông nhập khoảng 2 tấn hoa quả từ chợ biên giới về bán lẻ, lãi 1,5-2 triệu đồng. "Hàng về nhanh, khách quen cũng nhiều hơn", ông nói.

Ông Lương Văn Đức, Phó giám đốc Sở Công Thương Lạng Sơn, cho biết tỉnh có 12 chợ biên giới, chợ cửa khẩu, trong đó mới có 5 chợ được đầu tư kiên cố. Tỉnh dự kiến dành khoảng 45 tỷ đồng nâng cấp chợ Chi Ma và chợ Bảo Lâm trong năm 2025.

Minh Thu
"""

M7 = P("Bảy tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    F("Hơn 3.000 cư dân", "3.000", 3000, "count", "cư dân",
      "cư dân qua lại chợ biên giới Lạng Sơn mỗi ngày", approx="over"),
    F("đạt 312 triệu USD", "312", 312000000, "money", "USD",
      "giá trị hàng hóa trao đổi của cư dân biên giới qua các chợ, lối mở", M7,
      change=CH("increase", 2.4, "lần", "cùng kỳ")),
    F("đạt 148 triệu USD", "148", 148000000, "money", "USD",
      "giá trị hàng hóa trao đổi của cư dân biên giới qua các chợ, lối mở",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("chiếm hơn 60%", "60", 60, "percent", "%", "hàng nông sản trong giá trị hàng hóa trao đổi",
      INH(M7), approx="over"),
    F("khoảng 3.200 lượt", "3.200", 3200, "count", "lượt cư dân",
      "lượt cư dân hai bên qua lại các cặp chợ mỗi ngày", approx="about"),
    F("không quá 8 triệu đồng", "8", 8000000, "money", "đồng/người/ngày",
      "hàng hóa được miễn thuế nhập khẩu của mỗi cư dân biên giới", approx="at_most"),
    F("hiện có 1.096 gian hàng", "1.096", 1096, "count", "gian hàng", "gian hàng tại chợ cửa khẩu Tân Thanh"),
    F("khoảng 70% số", "70", 70, "percent", "%", "gian hàng do thương nhân ngoài tỉnh thuê",
      approx="about"),
    F("dao động 3-5 triệu", "3", 3000000, "money", "đồng/tháng", "giá thuê ki-ốt", value_max=5000000),
    F("khoảng 2 tấn", "2", 2, "measure", "tấn", "hoa quả nhập từ chợ biên giới mỗi ngày", approx="about"),
    F("lãi 1,5-2 triệu", "1,5", 1500000, "money", "đồng", "lãi mỗi ngày của tiểu thương", value_max=2000000),
    F("có 12 chợ biên giới", "12", 12, "count", "chợ", "chợ biên giới, chợ cửa khẩu"),
    F("mới có 5 chợ", "5", 5, "count", "chợ", "chợ được đầu tư kiên cố", total=12),
    F("khoảng 45 tỷ đồng", "45", 45000000000, "money", "đồng",
      "kinh phí nâng cấp chợ Chi Ma và chợ Bảo Lâm", P("năm 2025", "2025-01-01", "2025-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "National online newspaper ('Thứ bảy, 17/8/2024, 06:30 (GMT+7)', byline at the end): Lạng Sơn border-resident trade, 7 months of 2024.",
    "'tăng 2,4 lần so với cùng kỳ' after 312 triệu USD is its change (unit lần). 'Riêng quý II/2024 đạt 148 triệu USD' is a figure with its quarter.",
    "'Hàng nông sản chiếm hơn 60%' and 'khoảng 70% số gian hàng' are percent figures of their own (no amount before them in the clause).",
    "The duty-free allowance 'không quá 8 triệu đồng/người/ngày' is a stated amount: money, rate in the unit, approx at_most.",
    "Ranges with one multiplier: '3-5 triệu đồng/tháng', '1,5-2 triệu đồng'. 'trong đó mới có 5 chợ' → total 12.",
    "Distractors: '(GMT+7)', time, 'cột mốc 1119', 'Quyết định số 52/2015/QĐ-TTg', 'phố Lương Văn Tri', pairs 'Tân Thanh - Pò Chài', 'Bảy tháng' (period).",
]

if __name__ == "__main__":
    emit("p778-6", TEXT, COMMENTS, FIGS, published="2024-08-17", location="Lạng Sơn")
