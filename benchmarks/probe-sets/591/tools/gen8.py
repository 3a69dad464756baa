from lib import *

TEXT = """Báo Quảng Nam
Kinh tế › Nông nghiệp

Sâm Ngọc Linh: diện tích vượt 2.000 ha, giá trị gần 7.000 tỷ đồng

HOÀNG LIÊN 07:15, 27/12/2023

(QNO) - Đến cuối năm 2023, tổng diện tích trồng sâm Ngọc Linh trên địa bàn tỉnh Quảng Nam đạt 2.043 ha, tăng 212 ha so với cuối năm 2022, với khoảng 9,3 triệu cây sâm các loại. Trong đó, huyện Nam Trà My có 1.560 ha, huyện Phước Sơn 312 ha, huyện Tây Giang 171 ha.

Theo Ban Quản lý Dự án phát triển sâm Ngọc Linh, 9 tháng năm 2023, người dân và doanh nghiệp đã thu hoạch khoảng 18 tấn sâm củ tươi. Giá sâm củ loại 1 và loại 2 hiện lần lượt là 110 triệu đồng/kg và 75 triệu đồng/kg; loại dưới 10 củ/kg có giá trên 150 triệu đồng/kg. Tổng giá trị sâm Ngọc Linh toàn tỉnh ước đạt gần 7.000 tỷ đồng.

Riêng quý IV/2023, huyện Nam Trà My tổ chức hai phiên chợ sâm tại thị trấn Tắk Pổ, giao dịch trên 600 kg sâm, doanh thu hơn 52 tỷ đồng, tăng gần 30% so với quý III.

Theo Đề án phát triển sâm Ngọc Linh, tỉnh phấn đấu đến năm 2030 đạt 4.000 ha, đến năm 2045 đạt 10.000 ha, đưa sâm Ngọc Linh thành sản phẩm quốc gia. Hiện có 36 doanh nghiệp, 7 hợp tác xã tham gia trồng, chế biến, với 42 sản phẩm OCOP từ sâm.

Tuyến Quốc lộ 40B từ Tam Kỳ lên Nam Trà My đang được nâng cấp, thuận lợi cho vận chuyển dược liệu. Hội chợ sâm Ngọc Linh lần thứ 6 dự kiến diễn ra vào tháng 8/2024 tại huyện Nam Trà My.
"""

ASOF = P("Đến cuối năm 2023", end="2023-12-31")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
T45 = P("đến năm 2045", end="2045-12-31")

FIGS = [
    F("vượt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích sâm Ngọc Linh", I(ASOF), approx="over"),
    F("giá trị gần 7.000 tỷ đồng", "7.000", 7000e9, "money", "đồng", "giá trị sâm Ngọc Linh", approx="nearly"),
    F("đạt 2.043 ha", "2.043", 2043, "measure", "ha", "tổng diện tích trồng sâm Ngọc Linh", ASOF,
      change=CH("increase", 212, unit="ha", baseline="cuối năm 2022")),
    F("khoảng 9,3 triệu cây", "9,3", 9.3e6, "count", "cây", "cây sâm các loại", ASOF, approx="about"),
    F("có 1.560 ha", "1.560", 1560, "measure", "ha", "diện tích trồng sâm Ngọc Linh", I(ASOF), total=2043,
      location="Nam Trà My"),
    F("Phước Sơn 312 ha", "312", 312, "measure", "ha", "diện tích trồng sâm Ngọc Linh", I(ASOF), total=2043,
      location="Phước Sơn"),
    F("Tây Giang 171 ha", "171", 171, "measure", "ha", "diện tích trồng sâm Ngọc Linh", I(ASOF), total=2043,
      location="Tây Giang"),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", "sâm củ tươi thu hoạch", N9, approx="about"),
    F("là 110 triệu", "110", 110e6, "money", "đồng/kg", "giá sâm củ loại 1"),
    F("và 75 triệu", "75", 75e6, "money", "đồng/kg", "giá sâm củ loại 2"),
    F("dưới 10 củ/kg", "10", 10, "measure", "củ/kg", "loại sâm", approx="under", optional=True),
    F("trên 150 triệu", "150", 150e6, "money", "đồng/kg", "giá sâm loại dưới 10 củ/kg", approx="over"),
    F("ước đạt gần 7.000 tỷ đồng", "7.000", 7000e9, "money", "đồng", "tổng giá trị sâm Ngọc Linh", approx="nearly",
      status="estimate"),
    F("tổ chức hai phiên chợ", "hai", 2, "count", "phiên chợ", "phiên chợ sâm", Q4, location="Nam Trà My"),
    F("trên 600 kg", "600", 600, "measure", "kg", "sâm giao dịch", Q4, approx="over", location="Nam Trà My"),
    F("hơn 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh thu phiên chợ sâm", Q4, approx="over", location="Nam Trà My",
      change=CH("increase", 30, approx="nearly", baseline="quý III")),
    F("đạt 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích sâm Ngọc Linh", T30, status="target"),
    F("đạt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích sâm Ngọc Linh", T45, status="target"),
    F("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp tham gia trồng, chế biến sâm Ngọc Linh"),
    F("7 hợp tác xã", "7", 7, "count", "hợp tác xã", "hợp tác xã tham gia trồng, chế biến sâm Ngọc Linh"),
    F("với 42 sản phẩm", "42", 42, "count", "sản phẩm", "sản phẩm OCOP từ sâm"),
]

COMMENTS = [
    "Báo Quảng Nam (provincial paper, byline then time and date 'HOÀNG LIÊN 07:15, 27/12/2023', '(QNO)' tag): Ngọc Linh ginseng area,",
    "plants, harvest, prices, quarterly market sales, 2030/2045 targets. Districts after 'Trong đó' add up to 2.043: total, location = district.",
    "'vượt 2.000 ha' in the headline is read as 'over' (vượt = exceeds). 'lần lượt là 110 … và 75 …' gives two figures, one per grade.",
    "'dưới 10 củ/kg' is a grade threshold: optional. Quý IV sentence is about Nam Trà My. 'hai phiên chợ' is a number word.",
    "Distractors: 'loại 1', 'loại 2', Quốc lộ 40B, 'lần thứ 6', 'tháng 8/2024', '(QNO)', the dateline.",
]

emit("p591-8", TEXT, COMMENTS, FIGS, published="2023-12-27", location="Quảng Nam")
