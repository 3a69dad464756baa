"""p769-2: huyện Củ Chi district portal — crocodile herd shrinking, 9 months of 2023."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ / Kinh tế / Nông nghiệp

Củ Chi: Đàn cá sấu giảm còn 38.500 con

Thứ Sáu, 13/10/2023 - 09:45

Theo Phòng Kinh tế huyện, tính đến cuối tháng 9/2023, trên địa bàn huyện còn 27 hộ và 4 doanh nghiệp nuôi cá sấu, tổng đàn khoảng 38.500 con, giảm 22,6% so với cùng kỳ năm 2022. Đàn cá sấu tập trung ở các xã Phước Vĩnh An (12.400 con), Tân Thạnh Đông (9.700 con), Tân Phú Trung (7.100 con) và Phạm Văn Cội (4.800 con).

Trong 9 tháng năm 2023, các cơ sở xuất bán 6.240 con cá sấu thịt, sản lượng đạt hơn 230 tấn; giá bán tại trại chỉ còn 55.000-58.000 đồng/kg, thấp hơn giá thành sản xuất khoảng 10.000 đồng/kg. Da cá sấu chủ yếu bán cho Công ty TNHH MTV Cá sấu Sài Gòn 3 (số 26 Tỉnh lộ 15, ấp Bàu Tre 2, xã Tân An Hội); 9 tháng qua công ty thu mua khoảng 2.100 tấm da.

Để chuyển đổi sinh kế, từ năm 2021 đến nay, huyện đã hỗ trợ 19 hộ chuyển sang nuôi bò sữa và trồng rau an toàn với tổng kinh phí 1,86 tỷ đồng; dự kiến trong quý IV/2023 hỗ trợ thêm 5 hộ.

Ông Lê Minh Tâm, Trưởng phòng Kinh tế huyện cho biết, phấn đấu đến năm 2025 giảm tổng đàn cá sấu xuống dưới 25.000 con, chỉ duy trì khoảng 10 cơ sở đủ điều kiện an toàn dịch bệnh.

Phòng Kinh tế huyện Củ Chi - Số 77 Tỉnh lộ 8, khu phố 1, thị trấn Củ Chi. ĐT: (028) 3790.1057
"""

ASOF = P("tính đến cuối tháng 9/2023", end="2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T25 = P("đến năm 2025", end="2025-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2023-10-13")

FIGS = [
    F("giảm còn 38.500 con", "38.500", 38500, "count", "con", "đàn cá sấu", I(ASOF)),
    F("còn 27 hộ", "27", 27, "count", "hộ", "hộ nuôi cá sấu", ASOF),
    F("4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp nuôi cá sấu", ASOF),
    F("khoảng 38.500 con", "38.500", 38500, "count", "con", "tổng đàn cá sấu", ASOF, approx="about",
      change=CH("decrease", 22.6, baseline="cùng kỳ năm 2022")),
    F("(12.400 con)", "12.400", 12400, "count", "con", "đàn cá sấu xã Phước Vĩnh An", I(ASOF)),
    F("(9.700 con)", "9.700", 9700, "count", "con", "đàn cá sấu xã Tân Thạnh Đông", I(ASOF)),
    F("(7.100 con)", "7.100", 7100, "count", "con", "đàn cá sấu xã Tân Phú Trung", I(ASOF)),
    F("(4.800 con)", "4.800", 4800, "count", "con", "đàn cá sấu xã Phạm Văn Cội", I(ASOF)),
    F("xuất bán 6.240 con", "6.240", 6240, "count", "con", "cá sấu thịt xuất bán", M9),
    F("hơn 230 tấn", "230", 230, "measure", "tấn", "sản lượng cá sấu thịt xuất bán", M9, approx="over"),
    F("55.000-58.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá bán cá sấu tại trại", M9, value_max=58000,
      change=CH("decrease", 10000, "đồng/kg", baseline="giá thành sản xuất", approx="about")),
    F("khoảng 2.100 tấm da", "2.100", 2100, "count", "tấm da", "da cá sấu công ty thu mua",
      P("9 tháng qua", "2023-01-01", "2023-09-30"), approx="about"),
    F("hỗ trợ 19 hộ", "19", 19, "count", "hộ", "hộ được hỗ trợ chuyển sang nuôi bò sữa và trồng rau an toàn", SINCE),
    F("kinh phí 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "tổng kinh phí hỗ trợ chuyển đổi sinh kế", SINCE),
    F("thêm 5 hộ", "5", 5, "count", "hộ", "hộ được hỗ trợ chuyển đổi thêm", P("quý IV/2023", "2023-10-01", "2023-12-31"),
      status="forecast"),
    F("dưới 25.000 con", "25.000", 25000, "count", "con", "tổng đàn cá sấu", T25, approx="under", status="target"),
    F("khoảng 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở nuôi cá sấu đủ điều kiện an toàn dịch bệnh", T25,
      approx="about", status="target"),
]

COMMENTS = [
    "Củ Chi district portal (TP. Hồ Chí Minh), dateline 'Thứ Sáu, 13/10/2023 - 09:45': crocodile herd and farms, 9 months of 2023.",
    "Distractors: Công ty TNHH MTV Cá sấu Sài Gòn 3, số 26 Tỉnh lộ 15, ấp Bàu Tre 2, Số 77 Tỉnh lộ 8, khu phố 1, (028) 3790.1057, quý IV/2023.",
    "Location: the district, Củ Chi. Communes (Phước Vĩnh An …) are not a province, city or district, so they stay in the subject and",
    "the location is the district they belong to (choice). Their counts (34.000 of 38.500) do not add up and have no cue: no total.",
    "'thấp hơn giá thành sản xuất khoảng 10.000 đồng/kg' is the change of the price range (baseline: production cost).",
    "'từ năm 2021 đến nay' ends at the dateline; '9 tháng qua' = Jan-Sep 2023; 'dự kiến' → forecast; 'phấn đấu' → target (both clauses).",
]

if __name__ == "__main__":
    emit("p769-2", TEXT, COMMENTS, FIGS, published="2023-10-13", location="Củ Chi")
