from lib import *

TEXT = """BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH LÀO CAI
Kinh tế > Nông nghiệp

Thảo quả được mùa, được giá: người dân vùng cao thu hơn 500 tỷ đồng

Vụ thu hoạch năm 2023, toàn tỉnh Lào Cai có 8.160 ha thảo quả, trong đó diện tích cho thu hoạch khoảng 6.400 ha. Sản lượng quả khô ước đạt 2.950 tấn, năng suất bình quân 4,6 tạ/ha, tăng 0,3 tạ/ha so với vụ trước. Huyện Bát Xát tiếp tục dẫn đầu với 3.720 ha, tiếp đến là Sa Pa 2.150 ha, Văn Bàn 1.340 ha và Bắc Hà 540 ha.

Những ngày này, trên Tỉnh lộ 158 lên Y Tý, xe thu mua thảo quả nối đuôi nhau. Giá thảo quả khô năm nay dao động 180.000 - 210.000 đồng/kg, cao gấp 2,5 lần năm 2022; thảo quả tươi từ 45.000 đến 50.000 đồng/kg. Với mức giá này, tổng giá trị thu từ thảo quả ước đạt hơn 500 tỷ đồng. Nhiều hộ đồng bào Dao, Mông thu trên 300 triệu đồng mỗi vụ.

Ông Phàn Văn Sơn, thôn Phìn Hồ, xã Y Tý, cho biết gia đình có 4 ha thảo quả, năm nay thu được 2,2 tấn quả khô. "Chưa năm nào giá cao như năm nay", ông Sơn nói.

Đến nay, tỉnh đã cấp 12 mã số vùng trồng thảo quả với diện tích 1.860 ha phục vụ xuất khẩu. Do thảo quả trồng dưới tán rừng nên việc mở rộng diện tích bị hạn chế; tỉnh phấn đấu đến năm 2025 ổn định diện tích khoảng 8.500 ha, trong đó 3.000 ha được chứng nhận hữu cơ.

Minh Đức
26/9/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", end="2023-09-26")
T25 = P("đến năm 2025", end="2025-12-31")
NAY = P("năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    F("thu hơn 500 tỷ đồng", "500", 500e9, "money", "đồng", "người dân vùng cao thu từ thảo quả", I(Y23), approx="over"),
    F("có 8.160 ha", "8.160", 8160, "measure", "ha", "diện tích thảo quả", Y23),
    F("khoảng 6.400 ha", "6.400", 6400, "measure", "ha", "diện tích thảo quả cho thu hoạch", Y23, approx="about",
      total=8160),
    F("ước đạt 2.950 tấn", "2.950", 2950, "measure", "tấn", "sản lượng thảo quả khô", I(Y23), status="estimate"),
    F("bình quân 4,6 tạ/ha", "4,6", 4.6, "measure", "tạ/ha", "năng suất thảo quả bình quân", I(Y23),
      change=CH("increase", 0.3, unit="tạ/ha", baseline="vụ trước"), status="estimate"),
    F("với 3.720 ha", "3.720", 3720, "measure", "ha", "diện tích thảo quả", I(Y23), location="Bát Xát"),
    F("Sa Pa 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích thảo quả", I(Y23), location="Sa Pa"),
    F("Văn Bàn 1.340 ha", "1.340", 1340, "measure", "ha", "diện tích thảo quả", I(Y23), location="Văn Bàn"),
    F("Bắc Hà 540 ha", "540", 540, "measure", "ha", "diện tích thảo quả", I(Y23), location="Bắc Hà"),
    F("180.000 - 210.000", "180.000", 180000, "money", "đồng/kg", "giá thảo quả khô", NAY, value_max=210000,
      change=CH("increase", 2.5, unit="lần", baseline="năm 2022")),
    F("từ 45.000 đến", "45.000", 45000, "money", "đồng/kg", "giá thảo quả tươi", NAY, value_max=50000),
    F("ước đạt hơn 500 tỷ đồng", "500", 500e9, "money", "đồng", "tổng giá trị thu từ thảo quả", I(Y23),
      approx="over", status="estimate"),
    F("trên 300 triệu đồng", "300", 300e6, "money", "đồng", "thu nhập từ thảo quả của nhiều hộ đồng bào Dao, Mông",
      approx="over"),
    F("có 4 ha thảo quả", "4", 4, "measure", "ha", "diện tích thảo quả của gia đình ông Phàn Văn Sơn"),
    F("được 2,2 tấn", "2,2", 2.2, "measure", "tấn", "thảo quả khô gia đình ông Phàn Văn Sơn thu được", NAY),
    F("cấp 12 mã số", "12", 12, "count", "mã số vùng trồng", "mã số vùng trồng thảo quả được cấp", NOW),
    F("diện tích 1.860 ha", "1.860", 1860, "measure", "ha", "diện tích vùng trồng thảo quả được cấp mã số phục vụ xuất khẩu",
      NOW),
    F("khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích thảo quả ổn định", T25, approx="about",
      status="target"),
    F("đó 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích thảo quả được chứng nhận hữu cơ", T25, total=8500,
      status="target"),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper, byline and bare date at the end): cardamom area, output, yield, prices 2023, growing-area codes, 2025 target.",
    "'ước đạt 2.950 tấn, năng suất … 4,6 tạ/ha' is one clause chain: both estimate. 'cao gấp 2,5 lần năm 2022' after the price is its change",
    "(lần). 'Huyện Bát Xát … tiếp đến là …' list: district -> location, subject the list's indicator, no total (no cue; sum 7.750 ≠ 8.160).",
    "The farmer's figures (4 ha, 2,2 tấn) have no place narrower than the province (a commune is not a location level). 'năm nay' = 2023",
    "(year of the article date). 'Đến nay' ends at the article date. Distractors: Tỉnh lộ 158, byline date, 'vụ trước'.",
    "revised: headline subject 'giá trị thu từ thảo quả' (words of the body sentence) -> 'người dân vùng cao thu từ thảo quả' (as the headline names it).",
]

emit("p591-5", TEXT, COMMENTS, FIGS, published="2023-09-26", location="Lào Cai")
