"""p913-5: Party/provincial newspaper (Báo Hải Phòng), tour xích lô phố cảng, byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Xích lô du lịch – "đặc sản" mới của phố cảng

Sau hơn một năm vận hành, tour xích lô khám phá trung tâm thành phố Hải Phòng đã trở thành sản phẩm được nhiều du khách lựa chọn.

Tour do Hợp tác xã Dịch vụ du lịch Hoa Phượng Đỏ khai thác từ tháng 9/2023, xuất phát tại Nhà hát Thành phố, đi qua 14 tuyến phố như Điện Biên Phủ, Hoàng Văn Thụ, Tam Bạc, Minh Khai với tổng chiều dài khoảng 5,5 km. Hiện hợp tác xã có 60 xe, 64 tài xế được cấp thẻ; tài xế nhiều tuổi nhất 68 tuổi, trẻ nhất 35 tuổi.

Theo Sở Du lịch thành phố, 10 tháng năm 2024, tour xích lô đón 28.500 lượt khách, gấp 2,3 lần cả năm 2023; doanh thu đạt khoảng 3,2 tỷ đồng. Khảo sát của Sở trong tháng 10/2024 với 600 du khách cho thấy 92% hài lòng với chất lượng dịch vụ. Giá vé 80.000 đồng/người cho chặng 45 phút, trẻ em dưới 10 tuổi được giảm 50%. Thu nhập của tài xế dao động 7-9 triệu đồng/tháng, riêng dịp cao điểm hè đạt trên 12 triệu đồng.

Ông Phạm Văn Hai, tài xế xe số 17, cho biết: "Ngày thường tôi chở 4-5 chuyến, cuối tuần có hôm chở tới 9 chuyến".

Thành phố đặt mục tiêu năm 2025 nâng số xe lên 100 xe, mở thêm tuyến thứ 2 dọc đường Bạch Đằng – bến Bính, hướng tới đón 50.000 lượt khách. Dự kiến kinh phí đầu tư mua xe mới khoảng 2,4 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 40%.

Du khách có thể đặt tour qua số điện thoại 0225.3745.888 hoặc tại số 18 Hoàng Diệu, quận Hồng Bàng.

MINH THU
26/11/2024
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
T10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn một năm vận hành", "một", 1, "measure", "năm", "thời gian vận hành tour xích lô", approx="over",
      optional=True),
    F("qua 14 tuyến phố", "14", 14, "count", "tuyến phố", "tuyến phố tour xích lô đi qua"),
    F("khoảng 5,5 km", "5,5", 5.5, "measure", "km", "tổng chiều dài tuyến tour xích lô", approx="about"),
    F("có 60 xe", "60", 60, "count", "xe", "xe xích lô của hợp tác xã"),
    F("64 tài xế", "64", 64, "count", "tài xế", "tài xế được cấp thẻ"),
    F("nhất 68 tuổi", "68", 68, "measure", "tuổi", "tuổi của tài xế nhiều tuổi nhất", optional=True),
    F("nhất 35 tuổi", "35", 35, "measure", "tuổi", "tuổi của tài xế trẻ nhất", optional=True),
    F("đón 28.500 lượt khách", "28.500", 28500, "count", "lượt khách", "lượt khách tour xích lô", M10,
      change=C("increase", 2.3, "lần", "cả năm 2023")),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "doanh thu tour xích lô", M10, approx="about"),
    F("với 600 du khách", "600", 600, "count", "du khách", "du khách được khảo sát", T10),
    F("92% hài lòng", "92", 92, "percent", "%", "tỷ lệ du khách hài lòng với chất lượng dịch vụ", T10),
    F("80.000 đồng/người", "80.000", 80000, "money", "đồng/người", "giá vé tour xích lô"),
    F("chặng 45 phút", "45", 45, "measure", "phút", "thời gian chặng tour", optional=True),
    F("dưới 10 tuổi", "10", 10, "measure", "tuổi", "tuổi trẻ em được giảm giá vé", approx="under", optional=True),
    F("giảm 50%", "50", 50, "percent", "%", "mức giảm giá vé cho trẻ em"),
    F("dao động 7-9 triệu", "7", 7e6, "money", "đồng/tháng", "thu nhập của tài xế", value_max=9e6),
    F("trên 12 triệu đồng", "12", 12e6, "money", "đồng", "thu nhập của tài xế dịp cao điểm hè", approx="over"),
    F("chở 4-5 chuyến", "4", 4, "count", "chuyến", "chuyến tài xế chở ngày thường", value_max=5, optional=True),
    F("tới 9 chuyến", "9", 9, "count", "chuyến", "chuyến tài xế chở cuối tuần", optional=True),
    F("lên 100 xe", "100", 100, "count", "xe", "số xe xích lô du lịch", Y25, status="target"),
    F("đón 50.000 lượt khách", "50.000", 50000, "count", "lượt khách", "lượt khách tour xích lô", Y25,
      status="target"),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", "kinh phí đầu tư mua xe mới", I(Y25), approx="about",
      status="forecast"),
    F("hỗ trợ 40%", "40", 40, "percent", "%", "tỷ lệ ngân sách thành phố hỗ trợ kinh phí mua xe", I(Y25),
      status="forecast"),
]

HEADER = [
    "Báo Hải Phòng (Party/provincial paper): tour xích lô khám phá trung tâm TP Hải Phòng; byline MINH THU and bare date 26/11/2024 at the end.",
    "Not figures: 'từ tháng 9/2023' (start date), 'Phạm Văn Hai' (name), 'xe số 17' (identifier), 'tuyến thứ 2' (ordinal),",
    "phone 0225.3745.888, 'số 18 Hoàng Diệu'. Optional: 'hơn một năm vận hành' (duration of the service), the oldest/youngest",
    "driver's age, trip length '45 phút', age threshold 'dưới 10 tuổi', the driver's quoted trips per day.",
    "'gấp 2,3 lần cả năm 2023' after 28.500 is its change. 'ngân sách thành phố hỗ trợ 40%' is a share with no amount: a percent figure.",
    "'Dự kiến' → forecast, continuing into '; trong đó ... 40%'. 'Hiện' gives no period. Location: Hải Phòng.",
]

write("p913-5", TEXT, HEADER, FIGS, published="2024-11-26", location="Hải Phòng")
