"""p1097-6: national newspaper (VnExpress style), a Koi farm in Cẩm Giàng, Hải Dương."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 14/9/2024, 08:15 (GMT+7)

Kỹ sư bỏ phố về quê nuôi cá Koi, thu tiền tỷ mỗi năm

Trang trại cá Koi rộng 2,5 ha của anh Phạm Đức Mạnh ở xã Cẩm Vũ, huyện Cẩm Giàng (Hải Dương) mỗi năm xuất bán khoảng 60.000 con cá, doanh thu hơn 4 tỷ đồng.

Anh Mạnh, 38 tuổi, từng làm kỹ sư xây dựng ở Hà Nội. Năm 2017, anh đầu tư 1,2 tỷ đồng đào 6 ao và nhập 40 cặp cá bố mẹ từ Nhật Bản, giá mỗi con 15-30 triệu đồng. Hai năm đầu cá chết nhiều vì anh chưa nắm được kỹ thuật xử lý nước.

Hiện trang trại có 18 ao đất và 45 bể xi măng, thuê 7 lao động thường xuyên với lương 8-10 triệu đồng/người/tháng. Cá Koi nuôi 6 tháng, dài khoảng 20 cm, được bán với giá 80.000-150.000 đồng/con; cá đẹp, đạt chuẩn có giá 5-20 triệu đồng/con. Năm 2023, trang trại lãi khoảng 1,6 tỷ đồng, tăng 25% so với năm trước.

Theo Sở Nông nghiệp và Phát triển nông thôn Hải Dương, toàn tỉnh hiện có khoảng 120 hộ nuôi cá Koi, diện tích hơn 60 ha, chủ yếu tại Cẩm Giàng, Gia Lộc và TP. Chí Linh. Năm 2023, sản lượng cá Koi của tỉnh đạt 1,9 triệu con, chiếm gần 40% sản lượng cá Koi các tỉnh phía Bắc.

Ông Vũ Văn Thành, Phó chủ tịch UBND xã Cẩm Vũ cho biết, xã dự kiến quy hoạch thêm 15 ha đất ven Quốc lộ 5 để phát triển vùng nuôi cá cảnh tập trung, ưu tiên các hộ trẻ khởi nghiệp.

Tuấn Minh
"""

Y17 = P("Năm 2017", "2017-01-01", "2017-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CG = "Cẩm Giàng"

FIGS = [
    F("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích trang trại cá Koi", location=CG),
    F("khoảng 60.000 con", "60.000", 60000, "count", "con", "cá xuất bán mỗi năm", approx="about", location=CG),
    F("hơn 4 tỷ đồng", "4", 4000000000, "money", "đồng", "doanh thu mỗi năm của trang trại", approx="over",
      location=CG),
    F("38 tuổi", "38", 38, "measure", "tuổi", "tuổi của anh Mạnh", optional=True),
    F("đầu tư 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "vốn đầu tư ban đầu", Y17, location=CG),
    F("đào 6 ao", "6", 6, "count", "ao", "ao đào", Y17, location=CG),
    F("nhập 40 cặp", "40", 40, "count", "cặp", "cá bố mẹ nhập từ Nhật Bản", Y17, location=CG),
    F("giá mỗi con 15-30 triệu", "15", 15000000, "money", "đồng", "giá mỗi con cá bố mẹ", Y17, value_max=30000000,
      location=CG),
    F("có 18 ao đất", "18", 18, "count", "ao đất", "ao đất của trang trại", location=CG),
    F("45 bể xi măng", "45", 45, "count", "bể xi măng", "bể xi măng của trang trại", location=CG),
    F("thuê 7 lao động", "7", 7, "count", "lao động", "lao động thường xuyên", location=CG),
    F("lương 8-10 triệu", "8", 8000000, "money", "đồng/người/tháng", "lương lao động", value_max=10000000,
      location=CG),
    F("nuôi 6 tháng", "6", 6, "measure", "tháng", "thời gian nuôi cá Koi", location=CG, optional=True),
    F("dài khoảng 20 cm", "20", 20, "measure", "cm", "chiều dài cá Koi nuôi 6 tháng", approx="about", location=CG,
      optional=True),
    F("giá 80.000-150.000 đồng/con", "80.000", 80000, "money", "đồng/con", "giá bán cá Koi nuôi 6 tháng",
      value_max=150000, location=CG),
    F("giá 5-20 triệu", "5", 5000000, "money", "đồng/con", "giá cá Koi đẹp, đạt chuẩn", value_max=20000000,
      location=CG),
    F("lãi khoảng 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", "lãi của trang trại", Y23, approx="about",
      change=C("increase", 25, baseline="năm trước"), location=CG),
    F("khoảng 120 hộ", "120", 120, "count", "hộ", "hộ nuôi cá Koi", approx="about"),
    F("hơn 60 ha", "60", 60, "measure", "ha", "diện tích nuôi cá Koi", approx="over"),
    F("đạt 1,9 triệu con", "1,9", 1900000, "count", "con", "sản lượng cá Koi", Y23, percent=40),
    F("thêm 15 ha", "15", 15, "measure", "ha", "đất quy hoạch phát triển vùng nuôi cá cảnh tập trung",
      status="forecast", location=CG),
]

NOTES = [
    "National newspaper style: 'Thứ bảy, 14/9/2024, 08:15 (GMT+7)', byline 'Tuấn Minh' at the end. Article about Hải Dương.",
    "The farm (xã Cẩm Vũ) and the commune's plan lie in huyện Cẩm Giàng: location Cẩm Giàng; province figures Hải Dương.",
    "'thu tiền tỷ' in the headline, 'Hai năm đầu', 'Quốc lộ 5', 'Phó chủ tịch' are not figures. Age '38 tuổi' and the example fish's 6 tháng / 20 cm are optional.",
    "'chiếm gần 40% sản lượng cá Koi các tỉnh phía Bắc' is the share of 1,9 triệu con (approx 'gần' belongs to the share, not to the figure).",
    "'xã dự kiến quy hoạch thêm 15 ha' is forecast (dự kiến).",
]

write("p1097-6", TEXT, NOTES, FIGS, published="2024-09-14", location="Hải Dương")
