"""p1021-4: ministry site (Bộ GTVT), national figures on pedestrian overpasses and expressway underpasses."""
from lib import F, P, inh, chg, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > An toàn giao thông

9 tháng: xây mới 24 cầu vượt bộ hành trên hệ thống quốc lộ

Ngày đăng: 14/10/2023 | Lượt xem: 1.046

Theo Cục Đường bộ Việt Nam, 9 tháng đầu năm 2023, từ nguồn vốn bảo trì đường bộ, đã hoàn thành xây dựng 24 cầu vượt bộ hành trên các tuyến quốc lộ với tổng kinh phí 215 tỷ đồng, bình quân khoảng 9 tỷ đồng/cầu, nâng tổng số cầu vượt bộ hành trên hệ thống quốc lộ lên 486 cầu. Các cầu được thiết kế theo Quy chuẩn QCVN 41:2019/BGTVT.

Cùng với đó, trên các tuyến cao tốc đã đưa vào khai thác có 3.406 hầm chui dân sinh và 512 cầu vượt ngang. Trong 9 tháng, các ban quản lý dự án và nhà đầu tư đã xử lý ngập úng tại 137 hầm chui, chiếm 4% tổng số hầm; dự kiến đến hết quý IV/2023 xử lý thêm 85 hầm.

Về tai nạn giao thông, 9 tháng năm 2023 cả nước xảy ra 1.873 vụ liên quan đến người đi bộ, giảm 4,2% so với cùng kỳ năm 2022, làm chết 716 người, bị thương 1.402 người. Trong đó, 312 vụ xảy ra trên đoạn đường trước cổng trường học, chiếm 16,7%.

Các địa phương có nhiều cầu vượt bộ hành xuống cấp cần sửa chữa lần lượt là Hà Nội (27 cầu), TP Hồ Chí Minh (19 cầu) và Bình Dương (11 cầu). Qua khảo sát tại 60 cầu vượt trên quốc lộ, chỉ khoảng 35% số cầu có trên 500 lượt người đi bộ/ngày; số còn lại có lưu lượng thấp, nhiều cầu gần như bỏ không.

Mục tiêu đến năm 2025, 100% điểm trường nằm sát quốc lộ có lưu lượng trên 20.000 xe/ngày được bố trí cầu vượt, hầm chui hoặc đèn tín hiệu cho người đi bộ. Nhu cầu vốn giai đoạn 2024-2025 dự kiến khoảng 1.150 tỷ đồng.

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9b = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("xây mới 24 cầu", "24", 24, "count", "cầu vượt bộ hành",
      subject="cầu vượt bộ hành xây mới trên hệ thống quốc lộ",
      period=P("9 tháng", "2023-01-01", "2023-09-30")),
    F("xây dựng 24 cầu vượt", "24", 24, "count", "cầu vượt bộ hành",
      subject="cầu vượt bộ hành hoàn thành xây dựng trên các tuyến quốc lộ", period=M9),
    F("tổng kinh phí 215 tỷ đồng", "215", 215e9, "money", "đồng",
      subject="tổng kinh phí xây dựng cầu vượt bộ hành", period=M9),
    F("khoảng 9 tỷ đồng/cầu", "9", 9e9, "money", "đồng/cầu", approx="about",
      subject="kinh phí bình quân mỗi cầu vượt bộ hành", period=M9),
    F("lên 486 cầu", "486", 486, "count", "cầu",
      subject="tổng số cầu vượt bộ hành trên hệ thống quốc lộ"),
    F("có 3.406 hầm chui", "3.406", 3406, "count", "hầm chui dân sinh",
      subject="hầm chui dân sinh trên các tuyến cao tốc đã khai thác"),
    F("và 512 cầu vượt ngang", "512", 512, "count", "cầu vượt ngang",
      subject="cầu vượt ngang trên các tuyến cao tốc đã khai thác"),
    F("tại 137 hầm chui", "137", 137, "count", "hầm chui", percent=4,
      subject="hầm chui được xử lý ngập úng", period=P("Trong 9 tháng", "2023-01-01", "2023-09-30")),
    F("thêm 85 hầm", "85", 85, "count", "hầm", status="forecast",
      subject="hầm chui xử lý ngập úng thêm", period=P("đến hết quý IV/2023", end="2023-12-31")),
    F("xảy ra 1.873 vụ", "1.873", 1873, "count", "vụ", change=chg("decrease", 4.2, "%", "cùng kỳ năm 2022"),
      subject="vụ tai nạn giao thông liên quan đến người đi bộ", period=M9b),
    F("làm chết 716 người", "716", 716, "count", "người",
      subject="người chết do tai nạn liên quan đến người đi bộ", period=M9b),
    F("bị thương 1.402 người", "1.402", 1402, "count", "người",
      subject="người bị thương do tai nạn liên quan đến người đi bộ", period=M9b),
    F("312 vụ xảy ra", "312", 312, "count", "vụ", total=1873, percent=16.7,
      subject="vụ tai nạn trên đoạn đường trước cổng trường học", period=inh(M9b)),
    F("Hà Nội (27 cầu)", "27", 27, "count", "cầu", location="Hà Nội",
      subject="cầu vượt bộ hành xuống cấp cần sửa chữa"),
    F("TP Hồ Chí Minh (19 cầu)", "19", 19, "count", "cầu", location="Hồ Chí Minh",
      subject="cầu vượt bộ hành xuống cấp cần sửa chữa"),
    F("Bình Dương (11 cầu)", "11", 11, "count", "cầu", location="Bình Dương",
      subject="cầu vượt bộ hành xuống cấp cần sửa chữa"),
    F("tại 60 cầu vượt", "60", 60, "count", "cầu vượt", subject="cầu vượt trên quốc lộ được khảo sát"),
    F("khoảng 35% số cầu", "35", 35, "percent", "%", approx="about",
      subject="cầu vượt có trên 500 lượt người đi bộ mỗi ngày"),
    F("trên 500 lượt", "500", 500, "measure", "lượt người đi bộ/ngày", approx="over",
      subject="lưu lượng người đi bộ qua cầu", optional=True),
    F("2025, 100% điểm trường", "100", 100, "percent", "%", status="target",
      subject="điểm trường sát quốc lộ được bố trí cầu vượt, hầm chui hoặc đèn tín hiệu cho người đi bộ",
      period=P("đến năm 2025", end="2025-12-31")),
    F("trên 20.000 xe/ngày", "20.000", 20000, "measure", "xe/ngày", approx="over",
      subject="lưu lượng xe trên quốc lộ", optional=True),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", approx="about", status="forecast",
      subject="nhu cầu vốn xây dựng công trình qua đường cho người đi bộ",
      period=P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
]

NOTES = [
    "Ministry site (Bộ GTVT / Cục Đường bộ Việt Nam), 14/10/2023: national overpasses and expressway civil underpasses.",
    "Year-less headline '9 tháng' takes 2023 (published; nothing dated before it).",
    "Distractors: QCVN 41:2019/BGTVT, quý IV/2023 as a deadline, số 80 Trần Hưng Đạo, 024.3942.4015, Lượt xem 1.046.",
    "137 hầm 'chiếm 4% tổng số hầm': percent 4; the whole is named but not given with a part-of cue, so no total.",
    "486 cầu (stock after 'nâng tổng số ... lên') gets no period: '9 tháng đầu năm 2023' dates the construction, not the stock.",
    "Ranking list Hà Nội / TP Hồ Chí Minh / Bình Dương: location of each item, subject the list's indicator; no total.",
    "Thresholds 'trên 500 lượt người đi bộ/ngày' and 'trên 20.000 xe/ngày' define a category: optional.",
]

write("p1021-4", TEXT, FIGS, published="2023-10-14", location="Việt Nam", notes=NOTES)
