"""p747-4: Bộ NN&PTNT site, national seaweed figures 2023 and Đề án targets to 2030."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản
Ngày đăng: 14/03/2024 | Lượt xem: 2.045

Phát triển ngành rong biển: hướng tới 600 triệu USD kim ngạch xuất khẩu đến năm 2030

Theo Cục Thủy sản, năm 2023 cả nước có khoảng 15.500 ha nuôi trồng rong biển, sản lượng đạt 142.000 tấn tươi, tăng 6,8% so với năm 2022. Trong đó, rong câu chiếm 45% sản lượng, rong sụn chiếm 28%, rong nho chiếm 12%, còn lại là các loài rong khác. Kim ngạch xuất khẩu rong biển và sản phẩm từ rong biển năm 2023 ước đạt 48,6 triệu USD.

Diện tích nuôi trồng tập trung ở Ninh Thuận, Khánh Hòa, Quảng Ninh và Kiên Giang, chiếm gần 70% tổng diện tích cả nước. Năng suất rong câu nuôi trong đầm phá chỉ đạt bình quân 8-10 tấn tươi/ha/năm, thấp hơn nhiều so với các nước trong khu vực. Hiện cả nước có 11 cơ sở chế biến rong biển quy mô công nghiệp, trong đó 3 cơ sở sản xuất carrageenan và 2 cơ sở sản xuất agar.

Theo Đề án phát triển ngành rong biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045 ban hành kèm theo Quyết định số 1408/QĐ-TTg, mục tiêu đến năm 2030 diện tích nuôi trồng đạt 50.000 ha, sản lượng 500.000 - 600.000 tấn tươi/năm, kim ngạch xuất khẩu từ 600 đến 700 triệu USD; tạo việc làm cho khoảng 20.000 lao động.

Lãnh đạo Cục Thủy sản cho biết, năm 2024 Bộ dự kiến bố trí khoảng 30 tỷ đồng cho 6 dự án khuyến ngư về giống và công nghệ nuôi rong biển xa bờ tại 5 tỉnh ven biển.

Thông tin liên hệ: Cục Thủy sản, số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội; điện thoại 024.3724.5370.
"""

T30 = P("đến năm 2030", None, "2030-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hướng tới 600 triệu USD", "600", 600e6, "money", "USD", "kim ngạch xuất khẩu ngành rong biển", T30, status="target"),
    F("khoảng 15.500 ha", "15.500", 15500, "measure", "ha", "diện tích nuôi trồng rong biển", Y23, approx="about"),
    F("đạt 142.000 tấn tươi", "142.000", 142000, "measure", "tấn tươi", "sản lượng rong biển", Y23,
      change=CH("increase", 6.8, baseline="năm 2022")),
    F("chiếm 45% sản lượng", "45", 45, "percent", "%", "tỷ trọng rong câu trong sản lượng rong biển", I(Y23)),
    F("chiếm 28%", "28", 28, "percent", "%", "tỷ trọng rong sụn trong sản lượng rong biển", I(Y23)),
    F("chiếm 12%", "12", 12, "percent", "%", "tỷ trọng rong nho trong sản lượng rong biển", I(Y23)),
    F("ước đạt 48,6 triệu USD", "48,6", 48.6e6, "money", "USD", "kim ngạch xuất khẩu rong biển và sản phẩm từ rong biển", Y23,
      status="estimate"),
    F("chiếm gần 70%", "70", 70, "percent", "%",
      "tỷ trọng diện tích nuôi trồng của Ninh Thuận, Khánh Hòa, Quảng Ninh và Kiên Giang trong tổng diện tích cả nước",
      approx="nearly"),
    F("8-10 tấn tươi/ha/năm", "8", 8, "measure", "tấn tươi/ha/năm", "năng suất rong câu nuôi trong đầm phá", value_max=10),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở chế biến rong biển quy mô công nghiệp"),
    F("3 cơ sở sản xuất carrageenan", "3", 3, "count", "cơ sở", "cơ sở sản xuất carrageenan", total=11),
    F("2 cơ sở sản xuất agar", "2", 2, "count", "cơ sở", "cơ sở sản xuất agar", total=11),
    F("đạt 50.000 ha", "50.000", 50000, "measure", "ha", "diện tích nuôi trồng rong biển", T30, status="target"),
    F("500.000 - 600.000 tấn", "500.000", 500000, "measure", "tấn tươi/năm", "sản lượng rong biển", T30,
      value_max=600000, status="target"),
    F("từ 600 đến 700 triệu USD", "600", 600e6, "money", "USD", "kim ngạch xuất khẩu rong biển", T30,
      value_max=700e6, status="target"),
    F("khoảng 20.000 lao động", "20.000", 20000, "count", "lao động", "lao động được tạo việc làm", T30,
      approx="about", status="target"),
    F("khoảng 30 tỷ đồng", "30", 30e9, "money", "đồng", "kinh phí bố trí cho dự án khuyến ngư nuôi rong biển", Y24,
      approx="about", status="forecast"),
    F("cho 6 dự án", "6", 6, "count", "dự án", "dự án khuyến ngư về giống và công nghệ nuôi rong biển xa bờ", Y24, status="forecast"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh ven biển thực hiện dự án khuyến ngư", Y24, status="forecast"),
]

COMMENTS = [
    "Bộ NN&PTNT: ngành rong biển cả nước năm 2023 and the Đề án targets to 2030. National figures: location Việt Nam.",
    "Distractors: 'Ngày đăng: 14/03/2024 | Lượt xem: 2.045', 'Quyết định số 1408/QĐ-TTg', 'tầm nhìn đến năm 2045', address",
    "'số 10 Nguyễn Công Hoan', phone '024.3724.5370'. Headline '600 triệu USD … đến năm 2030' is a target figure.",
    "'Trong đó, rong câu chiếm 45% sản lượng …' are percent figures of their own (a share with no base amount; no total).",
    "The four provinces listed share one percent (gần 70%): a national share, so location Việt Nam. '3 cơ sở', '2 cơ sở' are parts of 11.",
    "Target list after 'mục tiêu đến năm 2030': every item has status target and the scored period 'đến năm 2030'; 'dự kiến' → forecast.",
]

if __name__ == "__main__":
    emit("p747-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
