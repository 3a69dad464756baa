"""p1101-4: Bộ Giao thông vận tải portal, national e-bus fleet and public charging network (Việt Nam)."""
from lib import build, fig, period, inherit, change, target

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ

Thúc đẩy chuyển đổi xe buýt sang sử dụng điện, năng lượng xanh

Ngày đăng: 18/11/2024 | Lượt xem: 1.207

Tại Hội nghị chuyển đổi xanh ngành giao thông vận tải lần thứ 2 tổ chức ngày 15/11, Cục Đường bộ Việt Nam cho biết tính đến hết tháng 10/2024, cả nước có 1.128 xe buýt điện đang hoạt động tại 11 tỉnh, thành phố, chiếm khoảng 7,5% tổng số xe buýt. Các địa phương có nhiều xe buýt điện nhất lần lượt là Hà Nội (487 xe), TP Hồ Chí Minh (198 xe), Quảng Ninh (86 xe) và Hải Phòng (74 xe).

Từ đầu năm đến nay, xe buýt điện trên cả nước đã vận chuyển gần 96 triệu lượt hành khách, tăng 31% so với cùng kỳ năm 2023.

Về hạ tầng, cả nước hiện có hơn 2.300 trạm sạc công cộng với khoảng 86.000 cổng sạc, phủ 63/63 tỉnh, thành phố. Số trạm sạc công cộng hiện nay gấp 3 lần so với cuối năm 2022.

Ông Nguyễn Văn Ba, Phó Cục trưởng Cục Đường bộ Việt Nam cho biết, theo Quyết định số 876/QĐ-TTg ngày 22/7/2022 của Thủ tướng Chính phủ, mục tiêu giai đoạn 2025-2030 là tối thiểu 50% xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh; đến năm 2030, tỷ lệ này là 100%. Tổng kinh phí hỗ trợ lãi suất cho doanh nghiệp đầu tư xe buýt điện dự kiến khoảng 1.200 tỷ đồng trong cả giai đoạn.

Bộ đề nghị các địa phương bố trí quỹ đất cho depot, trạm sạc tại các bến xe, điểm đầu cuối tuyến; khuyến khích doanh nghiệp đầu tư trạm sạc dọc các tuyến quốc lộ, cao tốc như Quốc lộ 1A, cao tốc Bắc - Nam phía Đông.

Cơ quan chủ quản: Bộ Giao thông vận tải
Địa chỉ: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.4015
"""

OCT = period("tính đến hết tháng 10/2024", None, "2024-10-31")
P2530 = period("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
FIGS = [
    fig("có 1.128 xe buýt điện", "1.128", 1128, "count", "xe buýt điện", "xe buýt điện đang hoạt động",
        percent=7.5, period=OCT),
    fig("tại 11 tỉnh, thành phố", "11", 11, "count", "tỉnh, thành phố", "tỉnh, thành phố có xe buýt điện hoạt động",
        period=OCT),
    fig("Hà Nội (487 xe)", "487", 487, "count", "xe", "xe buýt điện", location="Hà Nội", period=inherit(OCT)),
    fig("TP Hồ Chí Minh (198 xe)", "198", 198, "count", "xe", "xe buýt điện", location="TP Hồ Chí Minh",
        period=inherit(OCT)),
    fig("Quảng Ninh (86 xe)", "86", 86, "count", "xe", "xe buýt điện", location="Quảng Ninh", period=inherit(OCT)),
    fig("Hải Phòng (74 xe)", "74", 74, "count", "xe", "xe buýt điện", location="Hải Phòng", period=inherit(OCT)),
    fig("gần 96 triệu lượt hành khách", "96", 96e6, "count", "lượt hành khách",
        "lượt hành khách xe buýt điện vận chuyển", approx="nearly",
        change=change("increase", 31, "%", "cùng kỳ năm 2023"),
        period=period("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")),
    fig("hơn 2.300 trạm sạc", "2.300", 2300, "count", "trạm sạc", "trạm sạc công cộng", approx="over"),
    fig("khoảng 86.000 cổng sạc", "86.000", 86000, "count", "cổng sạc", "cổng sạc", approx="about"),
    fig("phủ 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có trạm sạc công cộng", total=63),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "số trạm sạc công cộng so với cuối năm 2022"),
    fig("tối thiểu 50% xe buýt", "50", 50, "percent", "%",
        "xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh", approx="at_least", status="target",
        period=P2530),
    fig("tỷ lệ này là 100%", "100", 100, "percent", "%",
        "xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh", status="target",
        period=period("đến năm 2030", None, "2030-12-31")),
    fig("khoảng 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng",
        "tổng kinh phí hỗ trợ lãi suất cho doanh nghiệp đầu tư xe buýt điện", approx="about", status="forecast",
        period=inherit(P2530)),
]

NOTES = [
    "Cổng TTĐT Bộ GTVT: xe buýt điện cả nước (tính đến hết tháng 10/2024), trạm sạc công cộng, mục tiêu Quyết định 876/QĐ-TTg.",
    "'chiếm khoảng 7,5% tổng số xe buýt' is the percent of 1.128 xe across the clause '11 tỉnh, thành phố' in between.",
    "The 'lần lượt' list shares the indicator 'xe buýt điện'; each province is a location. 'gấp 3 lần' stands alone in its",
    "sentence: a multiple figure. 'Từ đầu năm đến nay' ends at published (2024-11-18). 'trong cả giai đoạn' refers back to",
    "giai đoạn 2025-2030 (inherited). Distractors: 'lần thứ 2', 'ngày 15/11', Quyết định số 876/QĐ-TTg, Quốc lộ 1A,",
    "address '80 Trần Hưng Đạo', phone, Lượt xem, the name 'Nguyễn Văn Ba'.",
]

build("p1101-4", TEXT, FIGS, NOTES, published="2024-11-18", location="Việt Nam")
