"""p690-2: Gia Lâm district portal — Bát Tràng pottery village, 9 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Gia Lâm
Trang chủ / Kinh tế / Làng nghề
Thứ Năm, 10/10/2024 - 09:15

Bát Tràng: 9 tháng đón gần 1,2 triệu lượt khách

Theo UBND xã Bát Tràng, 9 tháng năm 2024, làng gốm Bát Tràng đón gần 1,2 triệu lượt khách tham quan, mua sắm, tăng 15,4% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 145.000 lượt, chiếm 12,1%. Doanh thu từ sản xuất, kinh doanh gốm sứ ước đạt 1.320 tỷ đồng, bằng 78,6% kế hoạch năm.

Hiện toàn xã có 1.450 hộ sản xuất, kinh doanh gốm sứ và 112 doanh nghiệp, hợp tác xã; 100% lò nung than đã được thay bằng lò gas, lò điện. Làng nghề thu hút hơn 8.000 lao động, trong đó khoảng 3.500 lao động đến từ các địa phương lân cận như Văn Giang, Văn Lâm (Hưng Yên) và quận Long Biên. Hai thôn Bát Tràng và Giang Cao lần lượt có 46 và 29 cơ sở mở gian hàng trên sàn thương mại điện tử.

Trong 9 tháng, xã có thêm 12 sản phẩm gốm được công nhận OCOP. Hiện xã có 38 sản phẩm OCOP, trong đó 31 sản phẩm đạt 4 sao và 7 sản phẩm đạt 5 sao.

Về hạ tầng, tuyến đường trục xã nối đê tả sông Hồng với đường 179 dài 2,6 km, tổng mức đầu tư 215 tỷ đồng, đang được thi công. Đến nay, dự án đã hoàn thành 85% khối lượng. Mục tiêu đến năm 2025, Bát Tràng đón 1,8 triệu lượt khách, doanh thu làng nghề đạt 2.000 tỷ đồng.

Thu Hà - Đài Truyền thanh huyện Gia Lâm
Địa chỉ: số 1 Nguyễn Đức Thuận, thị trấn Trâu Quỳ, huyện Gia Lâm, Hà Nội. Điện thoại: 024.3827.6046
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T2025 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đón gần 1,2 triệu lượt khách\n", "1,2", 1200000, "count", "lượt khách", "lượt khách đến Bát Tràng",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("gần 1,2 triệu lượt khách tham quan", "1,2", 1200000, "count", "lượt khách",
      "khách tham quan, mua sắm tại làng gốm Bát Tràng", M9, approx="nearly",
      change=CH("increase", 15.4, "%", "cùng kỳ năm 2023")),
    F("khoảng 145.000 lượt", "145.000", 145000, "count", "lượt", "khách quốc tế", M9, approx="about",
      total=1200000, percent=12.1),
    F("đạt 1.320 tỷ", "1.320", 1320000000000, "money", "đồng", "doanh thu từ sản xuất, kinh doanh gốm sứ", I(M9),
      percent=78.6, status="estimate"),
    F("có 1.450 hộ", "1.450", 1450, "count", "hộ", "hộ sản xuất, kinh doanh gốm sứ"),
    F("và 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã"),
    F("; 100% lò nung", "100", 100, "percent", "%", "lò nung than được thay bằng lò gas, lò điện"),
    F("hơn 8.000 lao động", "8.000", 8000, "count", "lao động", "lao động làng nghề thu hút", approx="over"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động đến từ các địa phương lân cận",
      approx="about", total=8000),
    F("Hai thôn", "Hai", 2, "count", "thôn", "thôn", optional=True),
    F("có 46 và", "46", 46, "count", "cơ sở", "cơ sở mở gian hàng trên sàn thương mại điện tử"),
    F("và 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở mở gian hàng trên sàn thương mại điện tử"),
    F("thêm 12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm gốm được công nhận OCOP",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 38 sản phẩm", "38", 38, "count", "sản phẩm", "sản phẩm OCOP"),
    F("trong đó 31 sản phẩm", "31", 31, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=38),
    F("và 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm OCOP đạt 5 sao", total=38),
    F("dài 2,6 km", "2,6", 2.6, "measure", "km", "chiều dài tuyến đường trục xã nối đê tả sông Hồng"),
    F("tư 215 tỷ", "215", 215000000000, "money", "đồng", "tổng mức đầu tư tuyến đường trục xã"),
    F("hoàn thành 85%", "85", 85, "percent", "%", "khối lượng dự án hoàn thành", P("Đến nay", end="2024-10-10")),
    F("đón 1,8 triệu", "1,8", 1800000, "count", "lượt khách", "khách đến Bát Tràng", T2025, status="target"),
    F("đạt 2.000 tỷ", "2.000", 2000000000000, "money", "đồng", "doanh thu làng nghề", T2025, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Gia Lâm (invented): Bát Tràng pottery village, 9 months 2024; dateline 'Thứ Năm, 10/10/2024 - 09:15'.",
    "Location: xã Bát Tràng is a commune, not a level the spec names; its district Gia Lâm (the portal's own district) is used.",
    "Văn Giang, Văn Lâm (Hưng Yên), Long Biên are where workers come from, not the place of the figure.",
    "'4 sao', '5 sao' are OCOP ratings, 'đường 179' a road; 'Hai thôn' is the two villages of the list, not a figure.",
    "'12 sản phẩm' added in 9 months and '38 sản phẩm' now are separate counts (no change cue, no total).",
]

emit("p690-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Gia Lâm")
