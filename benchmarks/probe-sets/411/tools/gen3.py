from lib import F, P, emit

TEXT = """Quảng Ngãi đẩy nhanh tiến độ các dự án cấp nước đô thị
Ngày đăng: 22/03/2024 | Lượt xem: 864

Theo Sở Xây dựng tỉnh Quảng Ngãi, hiện toàn tỉnh có 14 nhà máy nước và trạm cấp nước tập trung phục vụ khu vực đô thị với tổng công suất thiết kế khoảng 128.500 m3/ngày đêm; công suất khai thác thực tế bình quân năm 2023 đạt 96.400 m3/ngày đêm, tương đương 75% công suất thiết kế. Tỷ lệ dân số đô thị được cấp nước sạch năm 2023 đạt 94,8%, phấn đấu đến năm 2025 đạt 98%.

Tỷ lệ thất thoát nước sạch năm 2023 tại thành phố Quảng Ngãi là 16,4%, thị xã Đức Phổ 21,7%, huyện Bình Sơn 19,3%, huyện Mộ Đức 24,5%.

Giai đoạn 2021-2025, tỉnh triển khai 6 dự án cấp nước đô thị với tổng mức đầu tư hơn 1.860 tỷ đồng, trong đó vốn ngân sách nhà nước 412 tỷ đồng, vốn xã hội hóa khoảng 1.448 tỷ đồng. Đáng chú ý là dự án Nhà máy nước Bình Sơn - Dung Quất (giai đoạn 2), công suất 60.000 m3/ngày đêm, cấp nước cho Khu kinh tế Dung Quất và các khu dân cư lân cận. Đến nay, dự án đã hoàn thành khoảng 85% khối lượng công việc và dự kiến đưa vào vận hành trong quý III/2024.

Tại thị xã Đức Phổ, dự án nâng công suất nhà máy nước lên 15.000 m3/ngày đêm đang được triển khai, kèm theo 32,6 km tuyến ống truyền tải và phân phối. Theo tính toán của Sở, nhu cầu dùng nước của các đô thị trong tỉnh đến năm 2030 dự báo từ 210.000 đến 240.000 m3/ngày đêm, gấp gần 1,7 lần tổng công suất thiết kế hiện nay.

Sở Xây dựng đề nghị các chủ đầu tư thực hiện đúng Kế hoạch số 58/KH-UBND ngày 14/3/2024 của UBND tỉnh, tập trung giải phóng mặt bằng tuyến ống đoạn Km 12+300 - Km 15+800 trên Quốc lộ 24B.

Phòng Quản lý hạ tầng kỹ thuật
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDI = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inherited=True)
LOSS = "Tỷ lệ thất thoát nước sạch"

FIGS = [
    F("có 14 nhà máy", "14", 14, "count", "nhà máy nước và trạm cấp nước tập trung", "nhà máy nước và trạm cấp nước tập trung phục vụ khu vực đô thị"),
    F("khoảng 128.500 m3", "128.500", 128500, "measure", "m3/ngày đêm", "tổng công suất thiết kế", approx="about"),
    F("đạt 96.400 m3", "96.400", 96400, "measure", "m3/ngày đêm", "công suất khai thác thực tế bình quân", percent=75, period=Y23),
    F("đạt 94,8%", "94,8", 94.8, "percent", "%", "Tỷ lệ dân số đô thị được cấp nước sạch", period=Y23),
    F("đạt 98%", "98", 98, "percent", "%", "Tỷ lệ dân số đô thị được cấp nước sạch", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("Quảng Ngãi là 16,4%", "16,4", 16.4, "percent", "%", LOSS, period=Y23, location="Quảng Ngãi"),
    F("Đức Phổ 21,7%", "21,7", 21.7, "percent", "%", LOSS, period=Y23, location="Đức Phổ"),
    F("Bình Sơn 19,3%", "19,3", 19.3, "percent", "%", LOSS, period=Y23, location="Bình Sơn"),
    F("Mộ Đức 24,5%", "24,5", 24.5, "percent", "%", LOSS, period=Y23, location="Mộ Đức"),
    F("triển khai 6 dự án", "6", 6, "count", "dự án", "dự án cấp nước đô thị", period=GD),
    F("hơn 1.860 tỷ đồng", "1.860", 1860000000000, "money", "đồng", "tổng mức đầu tư dự án cấp nước đô thị", approx="over", period=GD),
    F("nước 412 tỷ đồng", "412", 412000000000, "money", "đồng", "vốn ngân sách nhà nước", total=1860000000000, period=GD),
    F("khoảng 1.448 tỷ đồng", "1.448", 1448000000000, "money", "đồng", "vốn xã hội hóa", approx="about", total=1860000000000, period=GD),
    F("công suất 60.000 m3", "60.000", 60000, "measure", "m3/ngày đêm", "công suất dự án Nhà máy nước Bình Sơn - Dung Quất (giai đoạn 2)", location="Quảng Ngãi"),
    F("khoảng 85% khối lượng", "85", 85, "percent", "%", "khối lượng công việc dự án đã hoàn thành", approx="about"),
    F("lên 15.000 m3", "15.000", 15000, "measure", "m3/ngày đêm", "công suất nhà máy nước", location="Đức Phổ"),
    F("kèm theo 32,6 km", "32,6", 32.6, "measure", "km", "tuyến ống truyền tải và phân phối", location="Đức Phổ"),
    F("từ 210.000 đến", "210.000", 210000, "measure", "m3/ngày đêm", "nhu cầu dùng nước của các đô thị", value_max=240000,
      change={"direction": "increase", "value": 1.7, "unit": "lần", "approx": "nearly", "baseline": "tổng công suất thiết kế hiện nay"},
      status="forecast", period=P("đến năm 2030", None, "2030-12-31")),
]

emit(3, TEXT, [
    "Sở Xây dựng Quảng Ngãi (department site): urban water plants, capacity, loss rates by district, projects 2021-2025.",
    "Dateline 'Ngày đăng: 22/03/2024 | Lượt xem: 864'. Distractors: counter 864, 'Kế hoạch số 58/KH-UBND ngày 14/3/2024', chainage 'Km 12+300 - Km 15+800',",
    "'Quốc lộ 24B', 'giai đoạn 2' in a plant's name, 'quý III/2024' (a date of operation).",
    "Loss-rate list: each item's district/town is its location, subject the list's indicator. 'tương đương 75%' is the percent of 96.400.",
    "'hơn 1.860 tỷ đồng, trong đó' 412 + 1.448 (total). 85% completion is its own percent figure.",
    "Demand range 210.000-240.000 is a forecast (dự báo) to 2030; 'gấp gần 1,7 lần tổng công suất thiết kế hiện nay' read as its change (lần, nearly).",
    "Đức Phổ project sentence has no period (ongoing): none given.",
], FIGS, published="2024-03-22", location="Quảng Ngãi")
