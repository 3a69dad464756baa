"""p1101-5: Báo Cần Thơ style Party/provincial paper, first e-bus routes (3-12/2024), byline and bare date at the end."""
from lib import build, fig, period, inherit, change, target

TEXT = """Xe buýt điện – lựa chọn mới của người dân Cần Thơ

Sau gần 10 tháng đưa vào khai thác, 2 tuyến xe buýt điện đầu tiên của TP Cần Thơ đã thu hút đông đảo người dân, nhất là học sinh, sinh viên.

Theo Sở Giao thông vận tải thành phố, tuyến số 07 (Bến xe Trung tâm - Ô Môn) và tuyến số 09 (Ninh Kiều - Cái Răng - Phong Điền) hiện có 28 xe buýt điện, hoạt động từ 5 giờ 30 đến 20 giờ hằng ngày. Từ tháng 3/2024 đến hết tháng 12/2024, các tuyến này đã thực hiện 41.600 chuyến, vận chuyển khoảng 612.000 lượt khách, bình quân gần 2.000 lượt khách/ngày. Tỷ lệ lấp đầy bình quân đạt 68%, cao hơn 20 điểm phần trăm so với các tuyến xe buýt chạy dầu.

Giá vé áp dụng theo cự ly, từ 7.000 đến 20.000 đồng/lượt; vé tháng cho học sinh, sinh viên chỉ 112.500 đồng.

Đoàn xe được sạc tại depot rộng 1,2 ha ở quận Cái Răng, với 16 trụ sạc nhanh công suất 120 kW. Mỗi xe sạc đầy trong khoảng 90 phút và chạy được khoảng 250 km.

Theo tính toán, so với xe buýt chạy dầu, mỗi năm đoàn xe buýt điện giúp cắt giảm khoảng 1.050 tấn CO2 và tiết kiệm gần 30% chi phí nhiên liệu.

Năm 2025, thành phố dự kiến mở thêm 3 tuyến xe buýt điện kết nối quận Thốt Nốt và các huyện Vĩnh Thạnh, Cờ Đỏ, nâng tổng số xe lên 70 xe. Mục tiêu đến năm 2030, xe điện chiếm ít nhất 30% lượt khách đi xe buýt trên địa bàn thành phố.

NGỌC TRÂM
15/01/2025
"""

RUN = period("Từ tháng 3/2024 đến hết tháng 12/2024", "2024-03-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    fig("gần 10 tháng", "10", 10, "measure", "tháng", "thời gian khai thác xe buýt điện", approx="nearly",
        optional=True),
    fig("2 tuyến xe buýt điện đầu tiên", "2", 2, "count", "tuyến", "tuyến xe buýt điện đầu tiên"),
    fig("có 28 xe buýt điện", "28", 28, "count", "xe buýt điện", "xe buýt điện"),
    fig("thực hiện 41.600 chuyến", "41.600", 41600, "count", "chuyến", "chuyến xe buýt điện thực hiện", period=RUN),
    fig("khoảng 612.000 lượt khách", "612.000", 612000, "count", "lượt khách", "lượt khách xe buýt điện vận chuyển",
        approx="about", period=RUN),
    fig("gần 2.000 lượt khách/ngày", "2.000", 2000, "measure", "lượt khách/ngày", "lượt khách bình quân mỗi ngày",
        approx="nearly", period=RUN),
    fig("đạt 68%", "68", 68, "percent", "%", "tỷ lệ lấp đầy bình quân",
        change=change("increase", 20, "điểm phần trăm", "các tuyến xe buýt chạy dầu"), period=inherit(RUN)),
    fig("từ 7.000 đến 20.000 đồng/lượt", "7.000", 7000, "money", "đồng/lượt", "giá vé xe buýt điện",
        value_max=20000),
    fig("chỉ 112.500 đồng", "112.500", 112500, "money", "đồng", "vé tháng cho học sinh, sinh viên"),
    fig("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích depot sạc xe buýt điện", location="Cái Răng"),
    fig("16 trụ sạc nhanh", "16", 16, "count", "trụ sạc nhanh", "trụ sạc nhanh tại depot", location="Cái Răng"),
    fig("công suất 120 kW", "120", 120, "measure", "kW", "công suất trụ sạc nhanh", location="Cái Răng"),
    fig("khoảng 90 phút", "90", 90, "measure", "phút", "thời gian sạc đầy mỗi xe", approx="about"),
    fig("khoảng 250 km", "250", 250, "measure", "km", "quãng đường xe chạy được sau mỗi lần sạc", approx="about"),
    fig("khoảng 1.050 tấn CO2", "1.050", 1050, "measure", "tấn CO2", "lượng CO2 cắt giảm mỗi năm", approx="about"),
    fig("gần 30% chi phí", "30", 30, "percent", "%", "chi phí nhiên liệu tiết kiệm", approx="nearly"),
    fig("thêm 3 tuyến", "3", 3, "count", "tuyến", "tuyến xe buýt điện mở thêm", status="forecast", period=Y25),
    fig("lên 70 xe", "70", 70, "count", "xe", "tổng số xe buýt điện", status="forecast", period=Y25),
    fig("ít nhất 30% lượt khách", "30", 30, "percent", "%", "xe điện trong lượt khách đi xe buýt",
        approx="at_least", status="target", period=period("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Báo Cần Thơ style: 2 tuyến xe buýt điện đầu tiên (tháng 3-12/2024), depot ở quận Cái Răng, mục tiêu 2025/2030.",
    "Byline NGỌC TRÂM and bare date 15/01/2025 at the end give published. 'gần 10 tháng' (time in service before the",
    "article) is optional: a duration that mostly locates the story in time. The depot figures (1,2 ha, 16 trụ, 120 kW)",
    "are located in quận Cái Răng; the place names inside route names (Ô Môn, Phong Điền) do not locate the 28 xe.",
    "'cao hơn 20 điểm phần trăm so với …' is the change of 68% (a level, not a growth rate). Distractors: tuyến số 07/09,",
    "5 giờ 30 / 20 giờ (times of day), dates.",
]

build("p1101-5", TEXT, FIGS, NOTES, published="2025-01-15", location="Cần Thơ")
