"""p680-4: Ministry (Bộ NN&PTNT) site — national mulberry area, provinces, silk exports, reeling capacity, 2030 targets."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Trồng trọt - BVTV
Ngày đăng: 25/11/2024 | Lượt xem: 873

Cả nước có hơn 54.000 ha dâu, ngành tơ lụa hướng tới xuất khẩu 300 triệu USD

Theo Cục Trồng trọt, tính đến tháng 10/2024, diện tích trồng dâu cả nước đạt 54.280 ha, tăng gần 3.700 ha so với năm 2023, phân bố tại 36 tỉnh, thành phố. Sản lượng kén 10 tháng ước đạt 27.500 tấn. Năng suất kén bình quân hiện đạt 42 kg/hộp.

Lâm Đồng tiếp tục dẫn đầu với 10.450 ha, chiếm 19,3% diện tích dâu cả nước; tiếp đến là Cao Bằng (3.120 ha), Yên Bái (2.980 ha), Sơn La (2.870 ha) và Điện Biên (2.410 ha).

Năm 2023, kim ngạch xuất khẩu tơ tằm và sản phẩm tơ lụa đạt 246,8 triệu USD, tăng 8,5% so với năm 2022; trong đó tơ tằm các loại đạt 182,4 triệu USD, chiếm 73,9%. Ba thị trường chính là Ấn Độ, Trung Quốc và Nhật Bản, lần lượt chiếm 41%, 19% và 11% tổng kim ngạch.

Cả nước hiện có 52 cơ sở ươm tơ tự động với tổng công suất khoảng 6.000 tấn tơ/năm, song mới khai thác 65-70% công suất do thiếu kén nguyên liệu.

Theo Đề án phát triển ngành dâu tằm tơ đến năm 2030 (Quyết định số 3327/QĐ-BNN-TT), mục tiêu đến năm 2030 diện tích dâu đạt 60.000 ha, sản lượng kén 40.000 tấn, kim ngạch xuất khẩu đạt 300 triệu USD.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3734.4967
"""

ASOF = P("tính đến tháng 10/2024", None, "2024-10-31")
M10 = P("10 tháng", "2024-01-01", "2024-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có hơn 54.000 ha", "54.000", 54000, "measure", "ha", "diện tích dâu", approx="over"),
    F("xuất khẩu 300 triệu USD\n", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu ngành tơ lụa",
      INH(T30), status="target"),
    F("đạt 54.280 ha", "54.280", 54280, "measure", "ha", "diện tích trồng dâu", ASOF,
      change=CH("increase", 3700, "ha", "năm 2023", approx="nearly")),
    F("tại 36 tỉnh", "36", 36, "count", "tỉnh, thành phố", "tỉnh, thành phố có trồng dâu", ASOF),
    F("ước đạt 27.500 tấn", "27.500", 27500, "measure", "tấn", "sản lượng kén", M10, status="estimate"),
    F("đạt 42 kg/hộp", "42", 42, "measure", "kg/hộp", "năng suất kén bình quân"),
    F("với 10.450 ha", "10.450", 10450, "measure", "ha", "diện tích dâu", INH(ASOF), percent=19.3,
      location="Lâm Đồng"),
    F("Cao Bằng (3.120 ha)", "3.120", 3120, "measure", "ha", "diện tích dâu", INH(ASOF), location="Cao Bằng"),
    F("Yên Bái (2.980 ha)", "2.980", 2980, "measure", "ha", "diện tích dâu", INH(ASOF), location="Yên Bái"),
    F("Sơn La (2.870 ha)", "2.870", 2870, "measure", "ha", "diện tích dâu", INH(ASOF), location="Sơn La"),
    F("Điện Biên (2.410 ha)", "2.410", 2410, "measure", "ha", "diện tích dâu", INH(ASOF), location="Điện Biên"),
    F("đạt 246,8 triệu USD", "246,8", 246800000, "money", "USD",
      "kim ngạch xuất khẩu tơ tằm và sản phẩm tơ lụa", Y23, change=CH("increase", 8.5, "%", "năm 2022")),
    F("đạt 182,4 triệu USD", "182,4", 182400000, "money", "USD", "kim ngạch xuất khẩu tơ tằm các loại", Y23,
      total=246800000, percent=73.9),
    F("Ba thị trường", "Ba", 3, "count", "thị trường", "thị trường xuất khẩu chính", INH(Y23), optional=True),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng thị trường Ấn Độ trong tổng kim ngạch xuất khẩu", INH(Y23)),
    F("41%, 19%", "19", 19, "percent", "%", "tỷ trọng thị trường Trung Quốc trong tổng kim ngạch xuất khẩu", INH(Y23)),
    F("và 11% tổng", "11", 11, "percent", "%", "tỷ trọng thị trường Nhật Bản trong tổng kim ngạch xuất khẩu", INH(Y23)),
    F("có 52 cơ sở", "52", 52, "count", "cơ sở ươm tơ", "cơ sở ươm tơ tự động"),
    F("khoảng 6.000 tấn", "6.000", 6000, "measure", "tấn/năm", "tổng công suất cơ sở ươm tơ tự động",
      approx="about"),
    F("khai thác 65-70%", "65", 65, "percent", "%", "công suất cơ sở ươm tơ được khai thác", value_max=70),
    F("đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích dâu", T30, status="target"),
    F("kén 40.000 tấn", "40.000", 40000, "measure", "tấn", "sản lượng kén", T30, status="target"),
    F("đạt 300 triệu USD.", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu", T30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (invented), 'Ngày đăng: 25/11/2024 | Lượt xem: 873': national sericulture — area, provinces, exports, reeling, 2030.",
    "National figures -> Việt Nam; province items -> the province (list indicator 'diện tích dâu'). Export markets are trade partners,",
    "not places: location Việt Nam, the market in the subject. 'tính đến tháng 10/2024' as-of; '10 tháng' takes 2024 from it.",
    "Headline target '300 triệu USD' (hướng tới) -> status target. 'trong đó tơ tằm ... 182,4 triệu USD, chiếm 73,9%' -> total + percent.",
    "Not figures: Lượt xem 873, QĐ 3327/QĐ-BNN-TT, Số 2 Ngọc Hà, phone, 'đến năm 2030' in the scheme's name.",
    "revised after first scoring: unit of 'khoảng 6.000 tấn tơ/năm' -> 'tấn/năm'; 'Ba thị trường chính' added as an optional count (like shared h04 'Ở 3 trụ cột chính').",
]

if __name__ == "__main__":
    emit("p680-4", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Việt Nam")
