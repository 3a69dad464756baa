import sys
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 14/11/2024, 06:30 (GMT+7)

Giá tôm hùm bông lên 1,6 triệu đồng một kg

Giá tôm hùm bông loại 1 (trên 1 kg/con) tại Khánh Hòa hiện ở mức 1,5-1,6 triệu đồng/kg, tăng khoảng 300.000 đồng so với tháng trước. Tôm hùm xanh cũng lên 800.000-850.000 đồng/kg.

Ông Nguyễn Văn Tâm, chủ cơ sở thu mua ở phường Cam Phúc Bắc, TP Cam Ranh, cho biết mỗi ngày cơ sở xuất khoảng 1,5 tấn tôm hùm sang Trung Quốc qua cửa khẩu Móng Cái.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 10 tháng năm 2024, xuất khẩu tôm hùm đạt 765 triệu USD, gấp 3,2 lần cùng kỳ năm ngoái; riêng tháng 10 đạt 112 triệu USD. Trung Quốc chiếm hơn 98% giá trị xuất khẩu tôm hùm của Việt Nam. VASEP dự báo cả năm 2024, kim ngạch xuất khẩu tôm hùm có thể đạt 900 triệu USD.

Tuy nhiên, tại Phú Yên, bệnh sữa và đỏ thân khiến khoảng 20-30% tôm hùm nuôi bị chết trong tháng 10. Ông Trần Hữu Phước, Chủ tịch UBND thị xã Sông Cầu, cho biết thị xã có hơn 1.200 hộ nuôi với khoảng 40.000 lồng; thiệt hại do dịch bệnh từ đầu năm ước hơn 80 tỷ đồng.

Giá tôm hùm giống tại Sông Cầu cũng tăng lên 250.000-300.000 đồng/con, cao gấp đôi so với đầu năm. Theo ông Phước, nhiều hộ tạm ngừng thả nuôi vì lo ngại rủi ro, số lồng thả mới của thị xã trong quý III chỉ bằng 70% cùng kỳ.

Bùi Toàn
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    F("lên 1,6 triệu", "1,6", 1600000, "money", "đồng/kg", "giá tôm hùm bông", location="Khánh Hòa"),
    F("(trên 1 kg/con)", "1", 1, "measure", "kg/con", "trọng lượng tôm hùm bông loại 1", approx="over",
      location="Khánh Hòa", optional=True),
    F("mức 1,5-1,6 triệu", "1,5", 1500000, "money", "đồng/kg", "giá tôm hùm bông loại 1", value_max=1600000,
      change=CH("increase", 300000, unit="đồng", baseline="tháng trước", approx="about"), location="Khánh Hòa"),
    F("800.000-850.000", "800.000", 800000, "money", "đồng/kg", "giá tôm hùm xanh", value_max=850000,
      location="Khánh Hòa"),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", "tôm hùm cơ sở xuất sang Trung Quốc mỗi ngày", approx="about",
      location="Cam Ranh"),
    F("đạt 765 triệu USD", "765", 765000000, "money", "USD", "xuất khẩu tôm hùm", M10,
      change=CH("increase", 3.2, unit="lần", baseline="cùng kỳ năm ngoái")),
    F("đạt 112 triệu USD", "112", 112000000, "money", "USD", "xuất khẩu tôm hùm tháng 10",
      P("tháng 10", "2024-10-01", "2024-10-31")),
    F("hơn 98%", "98", 98, "percent", "%", "tỷ trọng của Trung Quốc trong giá trị xuất khẩu tôm hùm", I(M10),
      approx="over"),
    F("đạt 900 triệu USD", "900", 900000000, "money", "USD", "kim ngạch xuất khẩu tôm hùm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("khoảng 20-30%", "20", 20, "percent", "%", "tôm hùm nuôi bị chết do bệnh sữa và đỏ thân",
      P("trong tháng 10", "2024-10-01", "2024-10-31"), value_max=30, approx="about", location="Phú Yên"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ nuôi", approx="over", location="Sông Cầu"),
    F("khoảng 40.000 lồng", "40.000", 40000, "count", "lồng", "lồng nuôi", approx="about", location="Sông Cầu"),
    F("ước hơn 80 tỷ", "80", 80000000000, "money", "đồng", "thiệt hại do dịch bệnh",
      P("từ đầu năm", "2024-01-01", "2024-11-14"), approx="over", status="estimate", location="Sông Cầu"),
    F("250.000-300.000", "250.000", 250000, "money", "đồng/con", "giá tôm hùm giống", value_max=300000,
      change=CH("increase", 2, unit="lần", baseline="đầu năm"), location="Sông Cầu"),
    F("bằng 70% cùng kỳ", "70", 70, "percent", "%", "số lồng thả mới so với cùng kỳ",
      P("quý III", "2024-07-01", "2024-09-30"), location="Sông Cầu"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/11/2024, 06:30 (GMT+7)', byline at end): lobster prices, exports, disease losses.",
    "Per-figure locations: prices in Khánh Hòa (the headline price is the lead's Khánh Hòa price), one trader in Cam Ranh,",
    "exports national (Trung Quốc is a trade partner, not a place), disease in Phú Yên, the Sông Cầu chairman's figures Sông Cầu.",
    "'1,6 triệu đồng một kg' -> unit đồng/kg. 'gấp 3,2 lần cùng kỳ' and 'cao gấp đôi so với đầu năm' after a figure are its change (lần).",
    "'từ đầu năm' ends at the dateline. 'tháng 10', 'quý III' take 2024 from '10 tháng năm 2024'. 'trên 1 kg/con' is a grade threshold (optional).",
    "revised after the first scoring (no verdict changed): the Sông Cầu 1.200 hộ / 40.000 lồng subjects lost 'tôm hùm', which their sentence does not say.",
    "Distractors: (GMT+7), 'loại 1', cửa khẩu Móng Cái, the dateline.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Việt Nam") else 0)
