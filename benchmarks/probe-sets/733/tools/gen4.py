import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Tin hoạt động
05/06/2024 10:15 | Lượt xem: 1.209

Xe đạp công cộng đã có mặt tại 8 tỉnh, thành phố

(MT) - Theo tổng hợp của Vụ Môi trường, Bộ Giao thông vận tải, tính đến hết tháng 5/2024, cả nước có 8 tỉnh, thành phố triển khai dịch vụ xe đạp công cộng với tổng số 312 trạm và khoảng 3.600 xe, tăng 1,8 lần so với cuối năm 2022. Trong đó, TP Hồ Chí Minh có 118 trạm, Hà Nội 79 trạm, Thừa Thiên Huế 40 trạm, Đà Nẵng 36 trạm; 4 địa phương còn lại là Hải Phòng, Quảng Ninh, Bình Dương và Cần Thơ có từ 6 đến 12 trạm mỗi địa phương.

Năm 2023, tổng số lượt thuê trên cả nước đạt khoảng 5,1 triệu lượt, gấp 2,3 lần năm 2022; số tài khoản đăng ký trên các ứng dụng đạt hơn 420.000 tài khoản. TP Hồ Chí Minh và Hà Nội lần lượt chiếm 46% và 31% tổng lượt thuê, xếp thứ nhất và thứ hai cả nước.

Giá thuê phổ biến từ 5.000 đến 10.000 đồng/30 phút; giá thẻ tháng từ 99.000 đến 199.000 đồng. Khảo sát của Bộ tại 4 thành phố lớn cho thấy 63,5% người dùng đi xe đạp công cộng để kết nối với xe buýt, đường sắt đô thị; quãng đường mỗi chuyến phổ biến từ 2 đến 5 km.

Theo Kế hoạch hành động ứng phó với biến đổi khí hậu của ngành (Quyết định số 876/QĐ-BGTVT), phấn đấu đến năm 2025 có ít nhất 15 đô thị triển khai xe đạp công cộng; đến năm 2030, xe đạp công cộng đảm nhận từ 1 đến 2% nhu cầu đi lại tại các đô thị loại đặc biệt.

Cổng Thông tin điện tử Bộ Giao thông vận tải - Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội.
"""

ASOF = P("tính đến hết tháng 5/2024", None, "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
ST = "trạm xe đạp công cộng"

FIGS = [
    F("có mặt tại 8 tỉnh", "8", 8, "count", "tỉnh, thành phố", "tỉnh, thành phố có xe đạp công cộng", I(ASOF)),
    F("cả nước có 8 tỉnh", "8", 8, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai dịch vụ xe đạp công cộng", ASOF),
    F("tổng số 312 trạm", "312", 312, "count", "trạm", ST, ASOF),
    F("khoảng 3.600 xe", "3.600", 3600, "count", "xe", "xe đạp công cộng", ASOF, approx="about",
      change=CH("increase", 1.8, "lần", "cuối năm 2022")),
    F("có 118 trạm", "118", 118, "count", "trạm", ST, I(ASOF), total=312, location="TP Hồ Chí Minh"),
    F("Hà Nội 79 trạm", "79", 79, "count", "trạm", ST, I(ASOF), total=312, location="Hà Nội"),
    F("Thừa Thiên Huế 40 trạm", "40", 40, "count", "trạm", ST, I(ASOF), total=312, location="Thừa Thiên Huế"),
    F("Đà Nẵng 36 trạm", "36", 36, "count", "trạm", ST, I(ASOF), total=312, location="Đà Nẵng"),
    F("; 4 địa phương", "4", 4, "count", "địa phương", "địa phương còn lại triển khai xe đạp công cộng", I(ASOF), total=8),
    F("từ 6 đến 12 trạm", "6", 6, "count", "trạm", "trạm mỗi địa phương còn lại", I(ASOF), value_max=12),
    F("khoảng 5,1 triệu lượt", "5,1", 5100000, "count", "lượt", "tổng số lượt thuê xe đạp công cộng", Y23, approx="about",
      change=CH("increase", 2.3, "lần", "năm 2022")),
    F("hơn 420.000 tài khoản", "420.000", 420000, "count", "tài khoản", "tài khoản đăng ký trên các ứng dụng", Y23, approx="over"),
    F("chiếm 46%", "46", 46, "percent", "%", "tỷ trọng trong tổng lượt thuê", I(Y23), location="TP Hồ Chí Minh"),
    F("và 31%", "31", 31, "percent", "%", "tỷ trọng trong tổng lượt thuê", I(Y23), location="Hà Nội"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "tổng lượt thuê xe đạp công cộng", I(Y23), location="TP Hồ Chí Minh"),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng", "tổng lượt thuê xe đạp công cộng", I(Y23), location="Hà Nội"),
    F("từ 5.000 đến 10.000 đồng/30 phút", "5.000", 5000, "money", "đồng/30 phút", "giá thuê phổ biến", value_max=10000),
    F("từ 99.000 đến 199.000 đồng", "99.000", 99000, "money", "đồng", "giá thẻ tháng", value_max=199000),
    F("tại 4 thành phố lớn", "4", 4, "count", "thành phố", "thành phố lớn được khảo sát"),
    F("63,5% người dùng", "63,5", 63.5, "percent", "%",
      "người dùng đi xe đạp công cộng để kết nối với xe buýt, đường sắt đô thị"),
    F("từ 2 đến 5 km", "2", 2, "measure", "km", "quãng đường mỗi chuyến", value_max=5),
    F("ít nhất 15 đô thị", "15", 15, "count", "đô thị", "đô thị triển khai xe đạp công cộng", T25,
      approx="at_least", status="target"),
    F("từ 1 đến 2%", "1", 1, "percent", "%", "tỷ lệ đảm nhận nhu cầu đi lại của xe đạp công cộng tại các đô thị loại đặc biệt",
      T30, value_max=2, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ GTVT portal, '05/06/2024 10:15 | Lượt xem: 1.209'): national overview of public bicycle sharing, 8 provinces.",
    "Location Việt Nam; list items that are provinces take the province (TP HCM, Hà Nội, Thừa Thiên Huế, Đà Nẵng); the four provinces named",
    "after '4 địa phương còn lại' follow a national count and do not make '6 đến 12 trạm' provincial.",
    "'Trong đó' items take the whole 312 trạm; '4 địa phương còn lại' takes the 8 tỉnh, thành phố (same thing counted).",
    "'tăng 1,8 lần so với cuối năm 2022' after 3.600 xe and 'gấp 2,3 lần năm 2022' after 5,1 triệu lượt are their changes (unit lần),",
    "not multiple figures (they do not stand alone). 'thứ nhất và thứ hai' are ranks. Not figures: Quyết định số 876/QĐ-BGTVT,",
    "'Số 80 Trần Hưng Đạo', 'đô thị loại đặc biệt', '/30 phút' denominator, dates, the view counter.",
]

if __name__ == "__main__":
    emit("p733-4", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Việt Nam")
