from lib import *

A = """BÁO THỪA THIÊN HUẾ
Kinh tế » Đô thị

Duy trì trợ giá để "giữ chân" hành khách đi xe buýt

BÀI, ẢNH: HỮU PHÚC
Ngày cập nhật: 27/09/2024

Giai đoạn 2021-2025, tỉnh dự kiến bố trí khoảng 185 tỷ đồng để trợ giá cho các tuyến xe buýt, bình quân 37 tỷ đồng/năm. Nhờ đó, giá vé được giữ ổn định từ 7.000 đến 12.000 đồng/lượt, thấp hơn khoảng 40% so với chi phí thực tế.

Theo Trung tâm Quản lý giao thông tỉnh, tính đến 31/8/2024, toàn tỉnh có 13 tuyến xe buýt, trong đó 9 tuyến được trợ giá. Mạng lưới đã phủ tới 8/9 địa phương cấp huyện; riêng huyện Phong Điền có 3 tuyến, thị xã Hương Thủy và huyện Phú Vang mỗi nơi 2 tuyến. 8 tháng đầu năm, xe buýt vận chuyển 1,45 triệu lượt khách, đạt 61,7% kế hoạch năm, tăng 6,4% so với cùng kỳ. Riêng quý II/2024, sản lượng đạt 562.000 lượt, cao hơn 48.000 lượt so với quý I.

Mức trợ giá bình quân khoảng 4.100 đồng/lượt khách; tuyến số 7 Phong Điền - Bến xe phía Nam có mức trợ giá cao nhất, lên tới 9.500 đồng/lượt. Ông Trần Văn Hải, Giám đốc Trung tâm cho biết, hơn 60% hành khách là học sinh, sinh viên và người cao tuổi.

Năm 2025, tỉnh phấn đấu mở thêm 3 tuyến buýt kết nối Cảng hàng không quốc tế Phú Bài, nâng sản lượng lên 2,6 triệu lượt khách; trong tổng số 42 xe đầu tư mới có 30 xe buýt điện. Hành khách có thể phản ánh qua số điện thoại 0234.3899.555 hoặc Zalo "Xe buýt Huế".
"""

pub = "2024-09-27"
gd = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
asof = P("tính đến 31/8/2024", None, "2024-08-31")
asofi = P("tính đến 31/8/2024", None, "2024-08-31", True)
m8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("khoảng 185 tỷ", "185", 185e9, "money", "đồng", "kinh phí trợ giá cho các tuyến xe buýt", gd, approx="about",
      status="forecast"),
    F("bình quân 37 tỷ", "37", 37e9, "money", "đồng/năm", "kinh phí trợ giá bình quân", gd, status="forecast"),
    F("từ 7.000 đến 12.000", "7.000", 7000, "money", "đồng/lượt", "giá vé", value_max=12000,
      change=CH("decrease", 40, "%", "chi phí thực tế", approx="about")),
    F("có 13 tuyến", "13", 13, "count", "tuyến xe buýt", "tuyến xe buýt", asof),
    F("trong đó 9 tuyến", "9", 9, "count", "tuyến", "tuyến được trợ giá", asof, total=13),
    F("tới 8/9 địa phương", "8", 8, "count", "địa phương cấp huyện", "địa phương cấp huyện có mạng lưới xe buýt phủ tới",
      asofi, total=9),
    F("Phong Điền có 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt", asofi, location="Phong Điền"),
    F("mỗi nơi 2 tuyến", "2", 2, "count", "tuyến", "tuyến xe buýt", asofi, location="Hương Thủy", optional=True),
    F("1,45 triệu", "1,45", 1.45e6, "count", "lượt khách", "lượt khách xe buýt vận chuyển", m8, percent=61.7,
      change=CH("increase", 6.4, "%", "cùng kỳ")),
    F("đạt 562.000 lượt", "562.000", 562000, "count", "lượt", "sản lượng", q2,
      change=CH("increase", 48000, "lượt", "quý I")),
    F("khoảng 4.100 đồng", "4.100", 4100, "money", "đồng/lượt khách", "mức trợ giá bình quân", approx="about"),
    F("lên tới 9.500 đồng", "9.500", 9500, "money", "đồng/lượt", "mức trợ giá cao nhất"),
    F("hơn 60% hành khách", "60", 60, "percent", "%", "hành khách là học sinh, sinh viên và người cao tuổi",
      approx="over"),
    F("thêm 3 tuyến", "3", 3, "count", "tuyến buýt", "tuyến buýt kết nối Cảng hàng không quốc tế Phú Bài", y25,
      status="target"),
    F("lên 2,6 triệu", "2,6", 2.6e6, "count", "lượt khách", "sản lượng", y25, status="target"),
    F("tổng số 42 xe", "42", 42, "count", "xe", "xe đầu tư mới", y25, status="target"),
    F("có 30 xe buýt điện", "30", 30, "count", "xe buýt điện", "xe buýt điện", y25, total=42, status="target"),
]

C = [
    "Báo Thừa Thiên Huế (Party newspaper): bus subsidies 2021-2025, fares, routes at 31/8/2024, 8-month and Q2 ridership, 2025 targets.",
    "Byline before 'Ngày cập nhật: 27/09/2024'. The paper's name implies the province (text only says 'tỉnh').",
    "Distractors: 'tuyến số 7', phone 0234.3899.555, person's name, 'Cảng hàng không quốc tế Phú Bài'.",
    "'dự kiến bố trí' = forecast and the 'bình quân' clause continues it. 'thấp hơn khoảng 40% so với chi phí thực tế' = change of the fare range.",
    "'8/9 địa phương cấp huyện' total 9. 'thị xã Hương Thủy và huyện Phú Vang mỗi nơi 2 tuyến': one number for two places — optional.",
    "'cao hơn 48.000 lượt so với quý I' = change in unit lượt. 'trong tổng số 42 xe … có 30' = total 42. 'lên tới' exact.",
]

build("p236-8", A, figs, C, published=pub, location="Thừa Thiên Huế")
