"""p995-5: Báo Nam Định (Party/provincial newspaper, byline and bare date at the end) — làng hoa cây cảnh Vị Khê."""
from lib import F, P, I, C, T, write

TEXT = """Làng hoa cây cảnh Vị Khê tất bật vào vụ Tết

Những ngày cuối năm, về làng hoa cây cảnh Vị Khê (xã Điền Xá, huyện Nam Trực) không khí mua bán đã nhộn nhịp. Toàn xã hiện có 1.100 hộ trồng hoa, cây cảnh trên diện tích 210 ha, chiếm 68% diện tích đất canh tác. Vụ Tết Giáp Thìn, các hộ dân đưa ra thị trường khoảng 250.000 cây quất, gần 40.000 gốc đào và hơn 120.000 chậu hoa các loại.

Anh Trần Văn Sáu ở thôn Vị Khê cho biết, năm nay gia đình trồng 1.200 chậu quất, dự kiến thu về khoảng 450 triệu đồng. Giá quất thế loại đẹp từ 3 đến 5 triệu đồng/chậu, tăng khoảng 10% so với năm trước do chi phí phân bón, nhân công tăng.

Theo UBND xã Điền Xá, năm 2023 giá trị sản xuất hoa, cây cảnh của xã ước đạt 295 tỷ đồng, chiếm trên 70% tổng giá trị sản xuất nông nghiệp. Thu nhập bình quân đầu người của xã năm 2023 đạt 72 triệu đồng/người/năm, gấp 1,3 lần bình quân chung của huyện. Hiện xã có 3 hợp tác xã và 12 tổ hợp tác sản xuất, kinh doanh hoa, cây cảnh; 6 sản phẩm đạt OCOP 3 sao.

Xã phấn đấu đến năm 2025 nâng diện tích hoa, cây cảnh lên 250 ha và có thêm 2 sản phẩm OCOP 4 sao. Để giữ thương hiệu, nhiều hộ đã đầu tư nhà lưới, hệ thống tưới tự động, trồng quất trong chậu để bán cả cây lẫn chậu.

Chợ hoa Vị Khê bên Quốc lộ 21A họp từ ngày 15 tháng Chạp đến chiều 30 Tết, phục vụ khách từ Hà Nội, Ninh Bình, Thái Bình về mua sắm.

NGỌC ANH
20/12/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.100 hộ", "1.100", 1100, "count", "hộ", "hộ trồng hoa, cây cảnh"),
    F("diện tích 210 ha", "210", 210, "measure", "ha", "diện tích trồng hoa, cây cảnh", percent=68),
    F("khoảng 250.000 cây quất", "250.000", 250000, "count", "cây", "cây quất đưa ra thị trường", approx="about"),
    F("gần 40.000 gốc đào", "40.000", 40000, "count", "gốc", "gốc đào đưa ra thị trường", approx="nearly"),
    F("hơn 120.000 chậu hoa", "120.000", 120000, "count", "chậu", "chậu hoa các loại đưa ra thị trường",
      approx="over"),
    F("trồng 1.200 chậu quất", "1.200", 1200, "count", "chậu", "chậu quất gia đình trồng"),
    F("khoảng 450 triệu đồng", "450", 450e6, "money", "đồng", "thu từ bán quất", approx="about", status="forecast"),
    F("từ 3 đến 5 triệu đồng/chậu", "3", 3e6, "money", "đồng/chậu", "giá quất thế loại đẹp", value_max=5e6,
      change=C("increase", 10, baseline="năm trước", approx="about")),
    F("ước đạt 295 tỷ đồng", "295", 295e9, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", Y23,
      status="estimate", percent=70),
    F("đạt 72 triệu đồng/người/năm", "72", 72e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y23b,
      change=C("increase", 1.3, "lần", baseline="bình quân chung của huyện")),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh hoa, cây cảnh"),
    F("12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác sản xuất, kinh doanh hoa, cây cảnh"),
    F("6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "rank", "sao", "hạng OCOP", optional=True),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích hoa, cây cảnh", T25, status="target"),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP 4 sao", T25, status="target"),
    F("OCOP 4 sao", "4", 4, "rank", "sao", "hạng OCOP", optional=True),
]

COMMENTS = [
    "p995-5 — Báo Nam Định (byline 'NGỌC ANH' and bare date '20/12/2023' at the end): làng hoa cây cảnh Vị Khê, xã Điền Xá.",
    "Location: the district Nam Trực (the commune lies in it) for every figure; buyers from Hà Nội, Ninh Bình, Thái Bình are not places of figures.",
    "'chiếm 68%' and 'chiếm trên 70%' are percent attributes of the figure before them. 'gấp 1,3 lần bình quân chung của huyện' right after",
    "72 triệu is its change (increase, 1,3 lần), not a multiple of its own. 'tăng khoảng 10%' after the price range is the price's change.",
    "'OCOP 3 sao', 'OCOP 4 sao' are star classes (like service levels): optional. Distractors: Trần Văn Sáu, Quốc lộ 21A,",
    "'15 tháng Chạp', '30 Tết', 'Giáp Thìn', bare date.",
]

write("p995-5", TEXT, FIGS, COMMENTS, published="2023-12-20", location="Nam Trực")
