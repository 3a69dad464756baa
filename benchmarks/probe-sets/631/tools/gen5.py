"""p631-5: Báo Bắc Giang (Party newspaper) — Vietnamese-goods fairs in rural areas 2023, share of Vietnamese goods."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Kinh tế | Thương mại

Đưa hàng Việt về nông thôn: 12 phiên chợ thu hút hơn 45 nghìn lượt khách

(BGĐT) - Sau 15 năm thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", hàng Việt ngày càng chiếm lĩnh thị trường nông thôn.

Năm 2023, Sở Công Thương phối hợp với các doanh nghiệp tổ chức 12 phiên chợ đưa hàng Việt về nông thôn tại các huyện Lục Ngạn, Sơn Động, Lục Nam và Yên Thế, với 186 gian hàng của 94 doanh nghiệp, hợp tác xã. Các phiên chợ thu hút hơn 45.000 lượt khách; doanh thu bán hàng đạt khoảng 8,6 tỷ đồng, tăng 1,4 lần so với năm 2022.

Khảo sát của Sở Công Thương cho thấy, hàng Việt hiện chiếm từ 85 đến 90% số mặt hàng bày bán tại 14 siêu thị trên địa bàn tỉnh; tại 212 cửa hàng tiện lợi, tỷ lệ này đạt trên 92%. Toàn tỉnh có 131 sản phẩm OCOP đạt 3 sao trở lên được bày bán tại các siêu thị, trong đó 27 sản phẩm đạt 4 sao.

Theo lãnh đạo Sở Công Thương, giai đoạn 2024-2025, tỉnh phấn đấu mỗi năm tổ chức ít nhất 10 phiên chợ hàng Việt, nâng tỷ lệ hàng Việt tại siêu thị lên trên 90%. Năm 2024, kinh phí khuyến công, xúc tiến thương mại dành cho hoạt động này dự kiến 3,2 tỷ đồng, bình quân 250 triệu đồng/phiên chợ.

Chương trình được triển khai theo Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 45/KH-UBND của UBND tỉnh.

Thu Hà
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G2425 = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("nông thôn: 12 phiên", "12", 12, "count", "phiên chợ", "phiên chợ đưa hàng Việt về nông thôn"),
    F("hơn 45 nghìn", "45", 45000, "count", "lượt khách", "lượt khách phiên chợ hàng Việt", approx="over"),
    F("tổ chức 12 phiên", "12", 12, "count", "phiên chợ", "phiên chợ đưa hàng Việt về nông thôn", Y23),
    F("186 gian hàng", "186", 186, "count", "gian hàng", "gian hàng tham gia phiên chợ", Y23),
    F("94 doanh nghiệp", "94", 94, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã tham gia phiên chợ", Y23),
    F("hơn 45.000", "45.000", 45000, "count", "lượt khách", "lượt khách các phiên chợ", I(Y23), approx="over"),
    F("khoảng 8,6 tỷ", "8,6", 8600000000, "money", "đồng", "doanh thu bán hàng các phiên chợ", I(Y23),
      approx="about", change=CH("increase", 1.4, "lần", "năm 2022")),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ hàng Việt trong số mặt hàng bày bán tại siêu thị",
      value_max=90),
    F("tại 14 siêu thị", "14", 14, "count", "siêu thị", "siêu thị trên địa bàn tỉnh"),
    F("212 cửa hàng", "212", 212, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi"),
    F("trên 92%", "92", 92, "percent", "%", "tỷ lệ hàng Việt tại cửa hàng tiện lợi", approx="over"),
    F("131 sản phẩm", "131", 131, "count", "sản phẩm OCOP", "sản phẩm OCOP được bày bán tại các siêu thị"),
    F("27 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=131),
    F("ít nhất 10 phiên", "10", 10, "count", "phiên chợ", "phiên chợ hàng Việt tổ chức mỗi năm", G2425,
      approx="at_least", status="target"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hàng Việt tại siêu thị", G2425, approx="over", status="target"),
    F("dự kiến 3,2 tỷ", "3,2", 3200000000, "money", "đồng", "kinh phí khuyến công, xúc tiến thương mại", Y24,
      status="forecast"),
    F("250 triệu", "250", 250000000, "money", "đồng/phiên chợ", "kinh phí bình quân mỗi phiên chợ", Y24,
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag '(BGĐT)'): Vietnamese-goods fairs in rural districts 2023, share of Vietnamese goods in",
    "supermarkets and convenience stores, OCOP products, 2024-2025 targets and 2024 budget. Byline 'Thu Hà' and bare date",
    "'15/01/2024' at the end (published). Location Bắc Giang throughout (four districts named together; tag implies the province).",
    "Not figures: 'Sau 15 năm thực hiện Cuộc vận động' (duration locating the text in time, as 'Sau hơn một năm triển khai' in",
    "shared seed 003), OCOP star levels '3 sao trở lên', '4 sao' (classification levels, like 'mức độ 3, 4'), Chỉ thị số 03-CT/TU,",
    "Kế hoạch số 45/KH-UBND. 'tăng 1,4 lần so với năm 2022' is the change (unit lần) of 8,6 tỷ. 'hiện' gives no period.",
    "'phấn đấu' governs both clauses of its sentence (target); 'dự kiến' governs 'bình quân 250 triệu đồng/phiên chợ' too.",
]

if __name__ == "__main__":
    emit("p631-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Bắc Giang")
