from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
KHÁNH HÒA CÓ HƠN 3.200 HA TRẦM HƯƠNG TRỒNG TẬP TRUNG
Cập nhật: 18/03/2024 10:25
Lượt xem: 3.481

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023, toàn tỉnh Khánh Hòa có 3.215 ha cây dó bầu (cây trầm hương) trồng tập trung, tăng 185 ha so với năm 2022; trong đó diện tích đã cấy tạo trầm là 1.140 ha. Cây trầm được trồng nhiều tại các huyện Vạn Ninh (1.120 ha), Khánh Sơn (760 ha), Cam Lâm (545 ha) và thị xã Ninh Hòa (430 ha). Ngoài ra, người dân còn trồng phân tán khoảng 1,2 triệu cây trong vườn nhà.

Năm 2023, sản lượng trầm cấy thu hoạch ước đạt 42 tấn, tinh dầu trầm khoảng 1.850 lít; giá trị sản xuất ước đạt 780 tỷ đồng, tăng 12,4% so với năm 2022. Toàn tỉnh có 126 cơ sở chế biến, kinh doanh trầm hương, trong đó 18 cơ sở có sản phẩm xuất khẩu. Đến nay đã có 23 sản phẩm trầm hương đạt chứng nhận OCOP, gồm 9 sản phẩm 4 sao và 14 sản phẩm 3 sao.

Giá trầm cấy thành phẩm dao động từ 3 đến 15 triệu đồng/kg tùy chất lượng, trong khi trầm tự nhiên loại tốt có giá trên 500 triệu đồng/kg. Thu nhập bình quân của hộ trồng trầm đạt khoảng 180 triệu đồng/ha/năm. Mức thu nhập này gấp 2,5 lần so với trồng keo.

Theo Đề án phát triển cây trầm hương ban hành kèm Quyết định số 1250/QĐ-UBND ngày 12/5/2022, tỉnh phấn đấu đến năm 2025 nâng diện tích trầm hương lên 4.000 ha, giá trị sản xuất đạt 1.200 tỷ đồng; đến năm 2030 có ít nhất 30 sản phẩm OCOP từ trầm hương.

Cổng Thông tin điện tử tỉnh Khánh Hòa - Số 01 Trần Phú, TP. Nha Trang - ĐT: 0258.3822.661
"""

ASOF = P("tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", end="2024-03-18")
T25 = P("đến năm 2025", end="2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("HƠN 3.200 HA", "3.200", 3200, "measure", "ha", "diện tích trầm hương trồng tập trung", I(ASOF), approx="over"),
    F("có 3.215 ha", "3.215", 3215, "measure", "ha", "diện tích cây dó bầu (cây trầm hương) trồng tập trung", ASOF,
      change=CH("increase", 185, "ha", "năm 2022")),
    F("là 1.140 ha", "1.140", 1140, "measure", "ha", "diện tích đã cấy tạo trầm", ASOF, total=3215),
    F("Vạn Ninh (1.120 ha)", "1.120", 1120, "measure", "ha", "diện tích cây trầm trồng", I(ASOF), location="Vạn Ninh"),
    F("Khánh Sơn (760 ha)", "760", 760, "measure", "ha", "diện tích cây trầm trồng", I(ASOF), location="Khánh Sơn"),
    F("Cam Lâm (545 ha)", "545", 545, "measure", "ha", "diện tích cây trầm trồng", I(ASOF), location="Cam Lâm"),
    F("Ninh Hòa (430 ha)", "430", 430, "measure", "ha", "diện tích cây trầm trồng", I(ASOF), location="Ninh Hòa"),
    F("khoảng 1,2 triệu cây", "1,2", 1200000, "count", "cây", "cây trầm trồng phân tán trong vườn nhà", I(ASOF), approx="about"),
    F("ước đạt 42 tấn", "42", 42, "measure", "tấn", "sản lượng trầm cấy thu hoạch", Y23, status="estimate"),
    F("khoảng 1.850 lít", "1.850", 1850, "measure", "lít", "tinh dầu trầm", Y23, approx="about", status="estimate"),
    F("ước đạt 780 tỷ đồng", "780", 780e9, "money", "đồng", "giá trị sản xuất trầm hương", Y23,
      change=CH("increase", 12.4, "%", "năm 2022"), status="estimate"),
    F("có 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở chế biến, kinh doanh trầm hương"),
    F("18 cơ sở có sản phẩm", "18", 18, "count", "cơ sở", "cơ sở có sản phẩm xuất khẩu", total=126),
    F("có 23 sản phẩm", "23", 23, "count", "sản phẩm", "sản phẩm trầm hương đạt chứng nhận OCOP", NOW),
    F("gồm 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm trầm hương OCOP 4 sao", I(NOW), total=23),
    F("và 14 sản phẩm", "14", 14, "count", "sản phẩm", "sản phẩm trầm hương OCOP 3 sao", I(NOW), total=23),
    F("từ 3 đến 15 triệu đồng/kg", "3", 3e6, "money", "đồng/kg", "giá trầm cấy thành phẩm", value_max=15e6),
    F("trên 500 triệu đồng/kg", "500", 500e6, "money", "đồng/kg", "giá trầm tự nhiên loại tốt", approx="over"),
    F("khoảng 180 triệu đồng/ha/năm", "180", 180e6, "money", "đồng/ha/năm", "thu nhập bình quân của hộ trồng trầm", approx="about"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập của hộ trồng trầm so với trồng keo"),
    F("lên 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích trầm hương", T25, status="target"),
    F("đạt 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "giá trị sản xuất trầm hương", T25, status="target"),
    F("ít nhất 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm OCOP từ trầm hương", T30, approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Khánh Hòa (province portal: breadcrumb, Cập nhật, Lượt xem): trầm hương area, output, value, OCOP, prices, 2025/2030 targets.",
    "Not figures: 'Lượt xem: 3.481', Quyết định số 1250/QĐ-UBND ngày 12/5/2022, 'Số 01 Trần Phú', phone 0258.3822.661; OCOP star classes '4 sao', '3 sao' are",
    "class labels (like service levels 'mức độ 3, 4'). District items in brackets do not add up to 3.215 ha and follow no part cue: no total.",
    "'gấp 2,5 lần' stands in its own sentence as the claim: a multiple. 18 cơ sở is a 'trong đó' part of 126 cơ sở (same unit).",
]

if __name__ == "__main__":
    emit("p761-1", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Khánh Hòa")
