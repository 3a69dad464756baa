from lib import F, P, C, T, inh, emit

TEXT = """Bình Định: Hơn 61 tỷ đồng tặng quà Tết Ất Tỵ cho người có công, người cao tuổi

Chiều 20/1, Sở Lao động - Thương binh và Xã hội tỉnh Bình Định cho biết, toàn tỉnh đã hoàn thành chi trả quà của Chủ tịch nước tặng người có công với cách mạng nhân dịp Tết Nguyên đán Ất Tỵ 2025 cho 29.736 người, với tổng kinh phí 9,39 tỷ đồng. Trong đó, mức quà 600.000 đồng dành cho 1.572 người (thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên, thân nhân của hai liệt sĩ trở lên), mức 300.000 đồng dành cho 28.164 người.

Cùng với quà của Chủ tịch nước, UBND tỉnh trích ngân sách hơn 38,5 tỷ đồng tặng quà các đối tượng chính sách, hộ nghèo, người cao tuổi; mỗi suất quà trị giá từ 500.000 đến 1.000.000 đồng. Các huyện, thị xã, thành phố cũng vận động xã hội hóa được khoảng 13,6 tỷ đồng, trong đó thị xã Hoài Nhơn 2,8 tỷ đồng, thị xã An Nhơn 2,35 tỷ đồng, huyện Phù Cát 1,9 tỷ đồng.

Dịp này, tỉnh tổ chức chúc thọ, mừng thọ cho 5.214 người cao tuổi tròn 90 tuổi và 100 tuổi; trong đó 186 cụ tròn 100 tuổi được nhận quà gồm 5 mét vải lụa và 700.000 đồng tiền mặt. Hiện toàn tỉnh có 176.420 người cao tuổi, chiếm 11,9% dân số; trong đó hơn 24.000 người từ đủ 80 tuổi trở lên đang hưởng trợ cấp xã hội hằng tháng.

Giai đoạn 2021-2025, tỉnh phấn đấu 100% người cao tuổi có thẻ bảo hiểm y tế; năm 2024, tỷ lệ này đã đạt 98,7%. Đường dây nóng tiếp nhận phản ánh về chi trả quà Tết: 0256.3822.741.
"""

G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("Hơn 61 tỷ đồng", "61", 61e9, "money", "đồng", "kinh phí tặng quà Tết Ất Tỵ", approx="over"),
    F("cho 29.736 người", "29.736", 29736, "count", "người",
      "người có công với cách mạng được chi trả quà của Chủ tịch nước"),
    F("phí 9,39 tỷ đồng", "9,39", 9.39e9, "money", "đồng", "tổng kinh phí quà của Chủ tịch nước"),
    F("quà 600.000 đồng", "600.000", 600000, "money", "đồng", "mức quà"),
    F("cho 1.572 người", "1.572", 1572, "count", "người", "người nhận mức quà 600.000 đồng", total=29736),
    F("từ 81% trở lên", "81", 81, "percent", "%", approx="at_least", optional=True),
    F("hai liệt sĩ", "hai", 2, "count", "liệt sĩ", approx="at_least", optional=True),
    F("mức 300.000 đồng", "300.000", 300000, "money", "đồng", "mức quà"),
    F("cho 28.164 người", "28.164", 28164, "count", "người", "người nhận mức quà 300.000 đồng", total=29736),
    F("hơn 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "ngân sách tỉnh tặng quà", approx="over"),
    F("từ 500.000 đến 1.000.000 đồng", "500.000", 500000, "money", "đồng", "giá trị mỗi suất quà",
      value_max=1000000),
    F("khoảng 13,6 tỷ đồng", "13,6", 13.6e9, "money", "đồng", "kinh phí vận động xã hội hóa", approx="about"),
    F("Hoài Nhơn 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "kinh phí vận động xã hội hóa", total=13.6e9,
      location="Hoài Nhơn"),
    F("An Nhơn 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí vận động xã hội hóa", total=13.6e9,
      location="An Nhơn"),
    F("Phù Cát 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí vận động xã hội hóa", total=13.6e9,
      location="Phù Cát"),
    F("cho 5.214 người", "5.214", 5214, "count", "người", "người cao tuổi được chúc thọ, mừng thọ"),
    F("tròn 90 tuổi", "90", 90, "measure", "tuổi", optional=True),
    F("và 100 tuổi;", "100", 100, "measure", "tuổi", optional=True),
    F("186 cụ", "186", 186, "count", "cụ", "cụ tròn 100 tuổi được nhận quà", total=5214),
    F("cụ tròn 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    F("gồm 5 mét", "5", 5, "measure", "mét", "vải lụa trong quà mừng thọ"),
    F("và 700.000 đồng", "700.000", 700000, "money", "đồng", "tiền mặt trong quà mừng thọ"),
    F("có 176.420 người", "176.420", 176420, "count", "người", "người cao tuổi", percent=11.9),
    F("hơn 24.000 người", "24.000", 24000, "count", "người",
      "người từ đủ 80 tuổi trở lên đang hưởng trợ cấp xã hội hằng tháng", approx="over", total=176420),
    F("đủ 80 tuổi", "80", 80, "measure", "tuổi", approx="at_least", optional=True),
    F("phấn đấu 100% người", "100", 100, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế", G,
      status="target"),
    F("đạt 98,7%", "98,7", 98.7, "percent", "%", "tỷ lệ người cao tuổi có thẻ bảo hiểm y tế",
      P("năm 2024", "2024-01-01", "2024-12-31")),
]

emit("p410-8", TEXT, [
    "Provincial news page (Bình Định): quà Tết Ất Tỵ 2025 for người có công and người cao tuổi. No dateline at all ('Chiều 20/1' has",
    "no year), so no published. 'Tết Nguyên đán Ất Tỵ 2025' is an occasion, not a period: figures without a period phrase have none.",
    "Distractors: 'Chiều 20/1', 'Ất Tỵ 2025', hotline '0256.3822.741', 'Giai đoạn 2021-2025'.",
    "Gift levels 600.000 / 300.000 đồng are money figures; the people counts after 'Trong đó' are parts of 29.736 (1.572 + 28.164).",
    "Criteria in brackets and ages ('từ 81% trở lên', 'hai liệt sĩ trở lên', 'tròn 90/100 tuổi', 'từ đủ 80 tuổi') are optional.",
    "Districts after 'trong đó' are parts of 13,6 tỷ, location = the district. '186 cụ' after 'trong đó' is part of 5.214;",
    "'hơn 24.000 người' after 'trong đó' is part of 176.420 người cao tuổi. 'Hơn 61 tỷ' (headline) = 9,39 + 38,5 + 13,6.",
], FIGS, published=None, location="Bình Định")
