"""p959-4: ministry site (Bộ LĐ-TB&XH), national gifts for 27/7/2023 and care for people with merit."""
from lib import F, P, I, C, T, year, build

TEXT = """
Bộ Lao động - Thương binh và Xã hội
Trang chủ / Tin tức - Sự kiện / Người có công

Cả nước dành hơn 1.000 tỷ đồng tặng quà người có công dịp 27/7

Ngày đăng: 24/07/2023 | Lượt xem: 3.452

(Molisa) - Theo báo cáo của Cục Người có công, nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ, Chủ tịch nước đã tặng quà cho gần 1,4 triệu người có công và thân nhân với tổng kinh phí khoảng 445 tỷ đồng. Mức quà là 300.000 đồng/suất và 600.000 đồng/suất đối với thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên.

Cùng với quà của Chủ tịch nước, 63/63 tỉnh, thành phố đã tặng quà từ ngân sách địa phương với tổng kinh phí hơn 610 tỷ đồng. Một số địa phương có mức quà cao như Bình Dương (1,5 triệu đồng/suất), TP Hồ Chí Minh (1,3 triệu đồng/suất), Hà Nội (1 triệu đồng/suất).

Hiện cả nước đang quản lý khoảng 1,2 triệu người có công hưởng trợ cấp hằng tháng. Năm 2023, ngân sách trung ương bố trí hơn 35.000 tỷ đồng để chi trả trợ cấp, phụ cấp ưu đãi, tăng 8,6% so với năm 2022.

Cả nước có 138.764 mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng, trong đó 1.163 mẹ còn sống; 100% mẹ còn sống được các cơ quan, đơn vị nhận phụng dưỡng. 6 tháng đầu năm, phong trào “Đền ơn đáp nghĩa” đã xây mới 2.864 nhà tình nghĩa, sửa chữa 1.952 nhà; Quỹ Đền ơn đáp nghĩa các cấp vận động được 296 tỷ đồng.

Mục tiêu đến năm 2025, 100% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.

Cổng thông tin điện tử Bộ LĐ-TB&XH - Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. ĐT: 024.3826.9556
"""

H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
QUA = "mức quà tặng người có công từ ngân sách địa phương"

FIGS = [
    F("hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "kinh phí tặng quà người có công dịp 27/7", approx="over"),
    F("gần 1,4 triệu người", "1,4", 1.4e6, "count", "người có công và thân nhân", "người có công và thân nhân được Chủ tịch nước tặng quà",
      approx="nearly"),
    F("khoảng 445 tỷ đồng", "445", 445e9, "money", "đồng", "tổng kinh phí quà của Chủ tịch nước", approx="about"),
    F("là 300.000 đồng/suất", "300.000", 300000, "money", "đồng/suất", "mức quà của Chủ tịch nước"),
    F("và 600.000 đồng/suất", "600.000", 600000, "money", "đồng/suất",
      "mức quà của Chủ tịch nước đối với thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên"),
    F("từ 81% trở lên", "81", 81, "percent", "%", "tỷ lệ tổn thương cơ thể", approx="at_least", optional=True),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tặng quà từ ngân sách địa phương", total=63),
    F("hơn 610 tỷ đồng", "610", 610e9, "money", "đồng", "tổng kinh phí quà từ ngân sách địa phương", approx="over"),
    F("Bình Dương (1,5 triệu", "1,5", 1.5e6, "money", "đồng/suất", QUA, location="Bình Dương"),
    F("TP Hồ Chí Minh (1,3 triệu", "1,3", 1.3e6, "money", "đồng/suất", QUA, location="TP Hồ Chí Minh"),
    F("Hà Nội (1 triệu", "1", 1e6, "money", "đồng/suất", QUA, location="Hà Nội"),
    F("khoảng 1,2 triệu người", "1,2", 1.2e6, "count", "người có công", "người có công hưởng trợ cấp hằng tháng", approx="about"),
    F("hơn 35.000 tỷ đồng", "35.000", 35e12, "money", "đồng", "ngân sách trung ương bố trí chi trả trợ cấp, phụ cấp ưu đãi",
      year(2023, "Năm 2023"), approx="over", change=C("increase", 8.6, "%", "năm 2022")),
    F("có 138.764 mẹ", "138.764", 138764, "count", "mẹ", "mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng"),
    F("1.163 mẹ còn sống", "1.163", 1163, "count", "mẹ", "Bà mẹ Việt Nam anh hùng còn sống", total=138764),
    F("; 100% mẹ", "100", 100, "percent", "%", "mẹ còn sống được các cơ quan, đơn vị nhận phụng dưỡng"),
    F("xây mới 2.864 nhà", "2.864", 2864, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", H1),
    F("sửa chữa 1.952 nhà", "1.952", 1952, "count", "nhà", "nhà tình nghĩa sửa chữa", H1),
    F("được 296 tỷ đồng", "296", 296e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa các cấp vận động", H1),
    F("2025, 100% hộ", "100", 100, "percent", "%",
      "hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH), 'Ngày đăng: 24/07/2023 | Lượt xem: 3.452'. National figures: location Việt Nam;",
    "the listed provinces' gift levels take their province as location. '76 năm Ngày Thương binh - Liệt sĩ', '(Molisa)',",
    "'Số 12 Ngô Quyền', the phone number and the view counter are not figures. 81% is a category threshold: optional.",
    "'6 tháng đầu năm' takes 2023 from 'Năm 2023' before it and covers the clause after ';'. 'Hiện' gives no period.",
]

build("p959-4", TEXT, NOTES, FIGS, published="2023-07-24", location="Việt Nam")
