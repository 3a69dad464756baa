from lib import *

A = """Cổng Thông tin điện tử tỉnh Bình Dương
Trang chủ | Tin tức | Giao thông - Vận tải

Xe buýt Bình Dương phục vụ hơn 3,2 triệu lượt khách trong 9 tháng
Cập nhật: 15:40 | 14/10/2024

Theo báo cáo của Sở Giao thông vận tải, 9 tháng năm 2024, mạng lưới xe buýt trên địa bàn tỉnh đã vận chuyển hơn 3,2 triệu lượt hành khách, tăng 12,4% so với cùng kỳ năm 2023, đạt 78% kế hoạch năm. Tính đến ngày 30/9/2024, toàn tỉnh có 21 tuyến xe buýt đang hoạt động, trong đó 9 tuyến nội tỉnh và 12 tuyến liên tỉnh kết nối TP Hồ Chí Minh, Đồng Nai, Bình Phước, Tây Ninh, với 286 phương tiện do 4 doanh nghiệp, hợp tác xã khai thác.

Các tuyến liên tỉnh chiếm 64,5% tổng sản lượng. Dẫn đầu là tuyến số 39 Thủ Dầu Một - Bến xe Miền Đông với khoảng 612.000 lượt khách, tiếp đến là tuyến số 07 Thủ Dầu Một - Dầu Tiếng (405.300 lượt) và tuyến số 52 Bến Cát - Bến Thành (398.150 lượt). Tuyến buýt thông minh số 68 dọc Quốc lộ 13 có tần suất từ 15 đến 20 phút/chuyến.

Từ đầu năm đến nay, ngân sách tỉnh đã chi gần 46,5 tỷ đồng trợ giá cho các tuyến nội tỉnh, bình quân khoảng 5,2 tỷ đồng/tuyến. Giá vé phổ thông từ 8.000 đến 20.000 đồng/lượt tùy cự ly; học sinh, sinh viên được giảm 50% giá vé; người từ 70 tuổi trở lên và người khuyết tật được miễn vé theo Nghị quyết số 12/2023/NQ-HĐND.

Theo kế hoạch, năm 2025 tỉnh sẽ mở mới 5 tuyến xe buýt và đưa vào khai thác 120 xe buýt điện. Tỉnh phấn đấu đến năm 2030 vận tải hành khách công cộng đáp ứng từ 8 đến 10% nhu cầu đi lại, hiện mới đạt khoảng 2,3%.

Mọi phản ánh về chất lượng dịch vụ xin liên hệ đường dây nóng 0274.3822.615.

Lượt xem: 3.106
"""

pub = "2024-10-14"
m9h = P("trong 9 tháng", "2024-01-01", "2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
m9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
asof = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ytd = P("Từ đầu năm đến nay", "2024-01-01", pub)
y25 = P("năm 2025", "2025-01-01", "2025-12-31")
to30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("Dương phục vụ hơn 3,2 triệu", "3,2", 3.2e6, "count", "lượt khách", "lượt khách xe buýt phục vụ", m9h,
      approx="over"),
    F("vận chuyển hơn 3,2 triệu", "3,2", 3.2e6, "count", "lượt hành khách",
      "lượt hành khách mạng lưới xe buýt vận chuyển", m9, approx="over", percent=78,
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("có 21 tuyến xe buýt", "21", 21, "count", "tuyến", "tuyến xe buýt đang hoạt động", asof),
    F("trong đó 9 tuyến nội tỉnh", "9", 9, "count", "tuyến", "tuyến nội tỉnh", asof, total=21),
    F("và 12 tuyến liên tỉnh", "12", 12, "count", "tuyến", "tuyến liên tỉnh", asof, total=21),
    F("với 286 phương tiện", "286", 286, "count", "phương tiện", "phương tiện xe buýt", asof),
    F("do 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã khai thác xe buýt",
      asof),
    F("chiếm 64,5% tổng", "64,5", 64.5, "percent", "%", "tỷ trọng sản lượng các tuyến liên tỉnh", m9i),
    F("khoảng 612.000 lượt", "612.000", 612000, "count", "lượt khách", "sản lượng lượt khách theo tuyến", m9i,
      approx="about"),
    F("(405.300 lượt)", "405.300", 405300, "count", "lượt", "sản lượng lượt khách theo tuyến", m9i),
    F("(398.150 lượt)", "398.150", 398150, "count", "lượt", "sản lượng lượt khách theo tuyến", m9i),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút/chuyến", "tần suất tuyến buýt thông minh số 68",
      value_max=20),
    F("gần 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", "kinh phí trợ giá các tuyến nội tỉnh", ytd,
      approx="nearly"),
    F("khoảng 5,2 tỷ đồng/tuyến", "5,2", 5.2e9, "money", "đồng/tuyến", "kinh phí trợ giá bình quân mỗi tuyến", ytd,
      approx="about"),
    F("từ 8.000 đến 20.000", "8.000", 8000, "money", "đồng/lượt", "giá vé phổ thông", value_max=20000),
    F("giảm 50% giá vé", "50", 50, "percent", "%", "mức giảm giá vé cho học sinh, sinh viên"),
    F("từ 70 tuổi", "70", 70, "measure", "tuổi", "tuổi người được miễn vé", approx="at_least", optional=True),
    F("mở mới 5 tuyến", "5", 5, "count", "tuyến", "tuyến xe buýt mở mới", y25, status="target"),
    F("khai thác 120 xe buýt", "120", 120, "count", "xe buýt điện", "xe buýt điện đưa vào khai thác", y25,
      status="target"),
    F("từ 8 đến 10%", "8", 8, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng", to30,
      value_max=10, status="target"),
    F("khoảng 2,3%", "2,3", 2.3, "percent", "%", "tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng",
      approx="about"),
]

C = [
    "Cổng TTĐT tỉnh Bình Dương (province portal): bus ridership 9 months 2024, routes, subsidies, fares, 2025 plan, 2030 target.",
    "Dateline 'Cập nhật: 15:40 | 14/10/2024'. Distractors: route numbers (tuyến số 39/07/52/68), Quốc lộ 13, Nghị quyết số 12/2023/NQ-HĐND,",
    "hotline 0274.3822.615, 'Lượt xem: 3.106'. Headline '9 tháng' takes its year from the dateline (2024).",
    "Route list: routes are not places, so location stays Bình Dương; subject is the list's indicator. 'đạt 78% kế hoạch năm' is the percent of 3,2 triệu.",
    "'Theo kế hoạch … sẽ' = plan (status target). 'hiện mới đạt khoảng 2,3%' has its own verb: actual, no period stated.",
]

build("p236-1", A, figs, C, published=pub, location="Bình Dương")
