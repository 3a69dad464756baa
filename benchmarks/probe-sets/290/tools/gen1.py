from lib import *

text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Ngành điều Bình Phước: năng suất tăng, giá thu mua khởi sắc
Cập nhật: 14/11/2024 09:25 | Lượt xem: 2.316

Năm 2024, toàn tỉnh Bình Phước có 145.820 ha điều, chiếm khoảng 47% diện tích điều cả nước. Trong đó, diện tích cho thu hoạch đạt 138.600 ha; diện tích trồng mới và tái canh là 7.220 ha.

Năng suất bình quân ước đạt 13,2 tạ/ha, tăng 1,5 tạ/ha so với năm 2023; sản lượng hạt điều thô ước đạt 182.950 tấn, tăng 14,8% so với năm trước. Một số địa phương có diện tích lớn như huyện Bù Gia Mập (28.450 ha), Phú Riềng (21.300 ha), Bù Đốp (17.860 ha) và thị xã Phước Long (9.140 ha).

Giá hạt điều tươi tại vườn hiện dao động từ 30.000 đến 33.500 đồng/kg, cao hơn khoảng 4.000 đồng/kg so với cùng kỳ năm 2023. Riêng điều hữu cơ được doanh nghiệp thu mua với giá trên 38.000 đồng/kg.

Thực hiện Quyết định số 1203/QĐ-UBND ngày 20/6/2022 của UBND tỉnh, từ năm 2021 đến nay, toàn tỉnh đã cải tạo, tái canh được 15.640 ha điều bằng giống mới, đạt 78,2% kế hoạch giai đoạn 2021-2025. Phấn đấu đến năm 2030, năng suất điều bình quân của tỉnh đạt 16 tạ/ha, sản lượng đạt 250.000 tấn.

Về chế biến, toàn tỉnh hiện có 386 cơ sở chế biến hạt điều, trong đó 52 cơ sở có dây chuyền chế biến sâu. Kim ngạch xuất khẩu hạt điều 10 tháng năm 2024 ước đạt 1,12 tỷ USD, tăng 21,6% so với cùng kỳ.

Sở Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 727 Quốc lộ 14, phường Tân Phú, TP Đồng Xoài. Điện thoại: 0271.3879.222
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
figs = [
    F("có 145.820 ha điều", "145.820", 145820, "measure", "ha", "diện tích điều", Y24, percent=47),
    F("khoảng 47% diện tích", "47", 47, "percent", "%", "tỷ lệ diện tích điều so với cả nước", Y24, approx="about", optional=True),
    F("thu hoạch đạt 138.600 ha", "138.600", 138600, "measure", "ha", "diện tích điều cho thu hoạch", Y24i, total=145820),
    F("tái canh là 7.220 ha", "7.220", 7220, "measure", "ha", "diện tích điều trồng mới và tái canh", Y24i, total=145820),
    F("ước đạt 13,2 tạ/ha", "13,2", 13.2, "measure", "tạ/ha", "năng suất điều bình quân", Y24i, status="estimate",
      change=ch("increase", 1.5, "tạ/ha", "năm 2023")),
    F("ước đạt 182.950 tấn", "182.950", 182950, "measure", "tấn", "sản lượng hạt điều thô", Y24i, status="estimate",
      change=ch("increase", 14.8, "%", "năm trước")),
    F("Bù Gia Mập (28.450 ha)", "28.450", 28450, "measure", "ha", "diện tích điều", Y24i, location="Bù Gia Mập"),
    F("Phú Riềng (21.300 ha)", "21.300", 21300, "measure", "ha", "diện tích điều", Y24i, location="Phú Riềng"),
    F("Bù Đốp (17.860 ha)", "17.860", 17860, "measure", "ha", "diện tích điều", Y24i, location="Bù Đốp"),
    F("Phước Long (9.140 ha)", "9.140", 9140, "measure", "ha", "diện tích điều", Y24i, location="Phước Long"),
    F("từ 30.000 đến 33.500 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá hạt điều tươi tại vườn",
      value_max=33500, change=ch("increase", 4000, "đồng/kg", "cùng kỳ năm 2023", "about")),
    F("giá trên 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá thu mua điều hữu cơ", approx="over"),
    F("được 15.640 ha điều", "15.640", 15640, "measure", "ha", "diện tích điều cải tạo, tái canh bằng giống mới",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-11-14"), percent=78.2),
    F("đạt 16 tạ/ha", "16", 16, "measure", "tạ/ha", "năng suất điều bình quân", P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("đạt 250.000 tấn", "250.000", 250000, "measure", "tấn", "sản lượng điều", P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("có 386 cơ sở", "386", 386, "count", "cơ sở", "cơ sở chế biến hạt điều"),
    F("đó 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở có dây chuyền chế biến sâu", total=386),
    F("ước đạt 1,12 tỷ USD", "1,12", 1120000000, "money", "USD", "kim ngạch xuất khẩu hạt điều",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), status="estimate", change=ch("increase", 21.6, "%", "cùng kỳ")),
]
comments = [
    "Cổng TTĐT tỉnh Bình Phước: ngành điều năm 2024 (diện tích, năng suất, sản lượng, giá, tái canh, chế biến, xuất khẩu).",
    "'Cập nhật: 14/11/2024 09:25 | Lượt xem: 2.316' gives published; the counter, QĐ number, its date, address (Số 727, Quốc lộ 14) and phone are distractors.",
    "'chiếm khoảng 47% diện tích điều cả nước' is the share of 145.820 ha (percent attribute); the 47% itself optional (the share may also be read as a figure).",
    "'Trong đó' parts 138.600 + 7.220 = 145.820 (total). District list: places to location, indicator 'diện tích điều', period inherited from 'Năm 2024'.",
    "'cao hơn khoảng 4.000 đồng/kg so với cùng kỳ năm 2023' is the change of the price range. 'từ năm 2021 đến nay' ends at the dateline.",
    "'đạt 78,2% kế hoạch giai đoạn 2021-2025' is the percent of 15.640 ha. 'Phấn đấu đến năm 2030' targets. '52 cơ sở' part of 386 cơ sở ('trong đó').",
]
build(1, text, comments, figs, published="2024-11-14", location="Bình Phước")
