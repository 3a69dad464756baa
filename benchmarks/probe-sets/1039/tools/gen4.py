"""p1039-4: Cục Chăn nuôi (Bộ NN&PTNT) ministry site, national swiftlet houses, output and exports, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ » Tin tức - Sự kiện » Chăn nuôi đặc sản

Phát triển nuôi chim yến bền vững, hướng tới xuất khẩu chính ngạch

Ngày đăng: 26/09/2023 | Lượt xem: 1.127

Theo số liệu của Cục Chăn nuôi, nghề nuôi chim yến hiện đã có mặt tại 46/63 tỉnh, thành phố. Tính đến tháng 8/2023, cả nước có khoảng 23.500 nhà yến, tăng gần 2.000 nhà so với năm 2022; các nhà yến tập trung ở vùng Đồng bằng sông Cửu Long và Nam Trung Bộ, chiếm hơn 80% tổng số. Các tỉnh có nhiều nhà yến là Kiên Giang (2.430 nhà), Bạc Liêu (2.250 nhà), Long An (1.980 nhà) và Bình Thuận (1.560 nhà).

Năm 2022, sản lượng tổ yến cả nước đạt khoảng 180 tấn; với giá bình quân khoảng 20 triệu đồng/kg, giá trị ước đạt 3.600 tỷ đồng. Việt Nam hiện đứng thứ 4 thế giới về sản lượng tổ yến, sau Indonesia, Malaysia và Thái Lan.

Nghị định thư về yêu cầu kiểm dịch, vệ sinh thú y đối với tổ yến xuất khẩu sang Trung Quốc được ký ngày 11/11/2022 đã mở ra thị trường lớn. Tính đến ngày 15/9/2023, đã có 19 doanh nghiệp được Tổng cục Hải quan Trung Quốc (GACC) cấp mã số, với 68 cơ sở nuôi và 21 cơ sở sơ chế được phê duyệt. 8 tháng đầu năm 2023, xuất khẩu tổ yến đạt 27,6 tấn, trị giá khoảng 28,5 triệu USD, tăng 35% về giá trị so với cùng kỳ; trong đó xuất khẩu chính ngạch sang Trung Quốc chiếm 41%.

Mục tiêu đến năm 2030, sản lượng tổ yến cả nước đạt 300 tấn/năm, kim ngạch xuất khẩu trên 500 triệu USD; 100% cơ sở nuôi chim yến được kê khai và quản lý theo Luật Chăn nuôi 2018, Nghị định số 13/2020/NĐ-CP và Thông tư số 23/2019/TT-BNNPTNT.

Cục Chăn nuôi - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3845.8824
"""

ASOF = P("Tính đến tháng 8/2023", None, "2023-08-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
ASOF9 = P("Tính đến ngày 15/9/2023", None, "2023-09-15")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("46/63 tỉnh", "46", 46, "count", "tỉnh, thành phố", "tỉnh, thành phố có nghề nuôi chim yến", total=63),
    F("khoảng 23.500 nhà yến", "23.500", 23500, "count", "nhà yến", "nhà yến", ASOF, approx="about",
      change=C("increase", 2000, "nhà", "năm 2022", approx="nearly")),
    F("hơn 80%", "80", 80, "percent", "%",
      "nhà yến vùng Đồng bằng sông Cửu Long và Nam Trung Bộ trong tổng số", ASOF, approx="over"),
    F("Kiên Giang (2.430 nhà)", "2.430", 2430, "count", "nhà", "nhà yến", I(ASOF), location="Kiên Giang"),
    F("Bạc Liêu (2.250 nhà)", "2.250", 2250, "count", "nhà", "nhà yến", I(ASOF), location="Bạc Liêu"),
    F("Long An (1.980 nhà)", "1.980", 1980, "count", "nhà", "nhà yến", I(ASOF), location="Long An"),
    F("Bình Thuận (1.560 nhà)", "1.560", 1560, "count", "nhà", "nhà yến", I(ASOF), location="Bình Thuận"),
    F("khoảng 180 tấn", "180", 180, "measure", "tấn", "sản lượng tổ yến", Y22, approx="about"),
    F("khoảng 20 triệu", "20", 20e6, "money", "đồng/kg", "giá tổ yến bình quân", Y22, approx="about"),
    F("ước đạt 3.600 tỷ đồng", "3.600", 3600e9, "money", "đồng", "giá trị sản lượng tổ yến", Y22,
      status="estimate"),
    F("đứng thứ 4 thế giới", "4", 4, "rank", "hạng", "sản lượng tổ yến thế giới"),
    F("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", "doanh nghiệp được GACC cấp mã số", ASOF9),
    F("với 68 cơ sở", "68", 68, "count", "cơ sở", "cơ sở nuôi được phê duyệt", ASOF9),
    F("và 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở sơ chế được phê duyệt", ASOF9),
    F("đạt 27,6 tấn", "27,6", 27.6, "measure", "tấn", "xuất khẩu tổ yến", M8),
    F("khoảng 28,5 triệu USD", "28,5", 28.5e6, "money", "USD", "trị giá xuất khẩu tổ yến", M8,
      approx="about", change=C("increase", 35, "%", "cùng kỳ")),
    F("chiếm 41%", "41", 41, "percent", "%", "xuất khẩu chính ngạch sang Trung Quốc", M8),
    F("đạt 300 tấn/năm", "300", 300, "measure", "tấn/năm", "sản lượng tổ yến", T30, status="target"),
    F("trên 500 triệu USD", "500", 500e6, "money", "USD", "kim ngạch xuất khẩu", T30, approx="over",
      status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi chim yến được kê khai và quản lý", T30,
      status="target"),
]

NOTES = [
    "Ministry site (Cục Chăn nuôi, Bộ NN&PTNT): 'Ngày đăng: 26/09/2023 | Lượt xem: 1.127'; national article, location Việt Nam.",
    "Distractors: Lượt xem, 'ngày 11/11/2022' (protocol date), Luật Chăn nuôi 2018, Nghị định số 13/2020/NĐ-CP,",
    "Thông tư số 23/2019/TT-BNNPTNT, address 'Số 2 Ngọc Hà', phone 024.3845.8824.",
    "'chiếm hơn 80% tổng số' is the share of the two regions (no count given): a percent figure of its own, not 23.500's percent.",
    "'46/63 tỉnh, thành phố' is a count of provinces: location Việt Nam; province list items take their province as location.",
    "'tăng 35% về giá trị' follows the value 28,5 triệu USD: its change. '41%' after 'trong đó ... chiếm' is a share of another",
    "  quantity (chính ngạch part of exports, no amount given): percent figure of its own.",
    "'Trung Quốc' is a trade partner, not a place of the figures.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-09-26", location="Việt Nam")
