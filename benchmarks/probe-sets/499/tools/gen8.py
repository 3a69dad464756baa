from lib import F, P, I, CH, emit

TEXT = """CÔNG AN TỈNH QUẢNG NINH
Trang chủ / Tin tức / Trật tự an toàn giao thông

Năm 2023: Xử phạt vi phạm giao thông hơn 118 tỷ đồng

MẠNH HÙNG 15:30, 02/01/2024

Năm 2023, lực lượng Cảnh sát giao thông Công an tỉnh Quảng Ninh đã xử lý 68.452 trường hợp vi phạm, nộp ngân sách nhà nước 118,6 tỷ đồng, đạt 105,3% kế hoạch, tăng 9,7% so với năm 2022. Trong số tiền này, phạt vi phạm qua hệ thống camera giám sát 21.480,5 triệu đồng.

Tai nạn giao thông năm 2023 xảy ra 142 vụ, làm chết 96 người, bị thương 71 người; so với năm 2022 giảm 11 vụ, giảm 8 người chết, tăng 3 người bị thương. Trong 96 người chết có 58 người đi mô tô, chiếm 60,4%.

Tính đến ngày 31/12/2023, Phòng Cảnh sát giao thông đang quản lý 72.315 ô tô và 612.840 mô tô, xe máy; bình quân 52 ô tô/1.000 dân. Trong năm, đăng ký mới 8.264 ô tô, 27.930 mô tô; cấp 1.436 biển số định danh cho tổ chức.

Đợt cao điểm từ ngày 15/11 đến 31/12/2023, lực lượng chức năng đã kiểm tra 5.120 phương tiện kinh doanh vận tải, phát hiện 318 xe vi phạm thời gian lái xe liên tục quá 4 giờ.

Năm 2024, Công an tỉnh phấn đấu kéo giảm tai nạn giao thông từ 5 đến 10% về số vụ, số người chết và số người bị thương; dự kiến đưa vào vận hành thêm khoảng 60 camera trên Quốc lộ 18, Quốc lộ 279 và cao tốc Hạ Long - Vân Đồn.

Phòng CSGT Công an tỉnh, số 658 đường Lê Thánh Tông, TP. Hạ Long. Đường dây nóng: 069.2688.166.
Bài viết có 1.204 lượt đọc
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
TY = P("Trong năm", "2023-01-01", "2023-12-31")
D31 = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
CD = P("từ ngày 15/11 đến 31/12/2023", "2023-11-15", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 118 tỷ", "118", 118000000000, "money", "đồng", "xử phạt vi phạm giao thông", Y23, approx="over"),
    F("xử lý 68.452 trường hợp", "68.452", 68452, "count", "trường hợp", "trường hợp vi phạm được xử lý", Y23),
    F("nước 118,6 tỷ", "118,6", 118600000000, "money", "đồng", "tiền phạt nộp ngân sách nhà nước", Y23,
      percent=105.3, change=CH("increase", 9.7, "%", "năm 2022")),
    F("giám sát 21.480,5 triệu", "21.480,5", 21480500000, "money", "đồng", "phạt vi phạm qua hệ thống camera giám sát", I(Y23),
      total=118600000000),
    F("xảy ra 142 vụ", "142", 142, "count", "vụ", "tai nạn giao thông", Y23b, change=CH("decrease", 11, "vụ", "năm 2022")),
    F("làm chết 96 người", "96", 96, "count", "người", "người chết do tai nạn giao thông", Y23b,
      change=CH("decrease", 8, "người", "năm 2022")),
    F("bị thương 71 người", "71", 71, "count", "người", "người bị thương do tai nạn giao thông", Y23b,
      change=CH("increase", 3, "người", "năm 2022")),
    F("Trong 96 người", "96", 96, "count", "người", "người chết do tai nạn giao thông", I(Y23b), optional=True),
    F("có 58 người", "58", 58, "count", "người", "người chết đi mô tô", I(Y23b), total=96, percent=60.4),
    F("quản lý 72.315 ô tô", "72.315", 72315, "count", "ô tô", "ô tô đang quản lý", D31),
    F("và 612.840 mô tô", "612.840", 612840, "count", "mô tô, xe máy", "mô tô, xe máy đang quản lý", D31),
    F("bình quân 52 ô tô", "52", 52, "measure", "ô tô/1.000 dân", "ô tô bình quân trên 1.000 dân", D31),
    F("mới 8.264 ô tô", "8.264", 8264, "count", "ô tô", "ô tô đăng ký mới", TY),
    F("27.930 mô tô", "27.930", 27930, "count", "mô tô", "mô tô đăng ký mới", TY),
    F("cấp 1.436 biển số", "1.436", 1436, "count", "biển số", "biển số định danh cấp cho tổ chức", TY),
    F("kiểm tra 5.120 phương tiện", "5.120", 5120, "count", "phương tiện", "phương tiện kinh doanh vận tải được kiểm tra", CD),
    F("phát hiện 318 xe", "318", 318, "count", "xe", "xe vi phạm thời gian lái xe liên tục", CD),
    F("quá 4 giờ", "4", 4, "measure", "giờ", "thời gian lái xe liên tục", approx="over", optional=True),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "kéo giảm tai nạn giao thông về số vụ, số người chết và số người bị thương",
      Y24, value_max=10, status="target"),
    F("khoảng 60 camera", "60", 60, "count", "camera", "camera đưa vào vận hành thêm", Y24, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Công an tỉnh Quảng Ninh site (provincial police portal): 2023 enforcement, fines, accidents, vehicles under management, 2024 targets.",
    "Byline with time 'MẠNH HÙNG 15:30, 02/01/2024' -> published. Distractors: 'Quốc lộ 18/279', 'số 658 đường Lê Thánh Tông',",
    "hotline '069.2688.166', '1.204 lượt đọc' (page counter), 'từ ngày 15/11' (date), 'Hạ Long - Vân Đồn'.",
    "'118,6 tỷ đồng, đạt 105,3% kế hoạch, tăng 9,7% so với năm 2022': percent and change of the amount. 'Trong số tiền này, … 21.480,5 triệu",
    "đồng' = 21.480.500.000 đồng, part of 118,6 tỷ. Trailing 'so với năm 2022 giảm 11 vụ, giảm 8 người chết, tăng 3 người bị thương':",
    "each absolute change attaches to its count (same sentence). 'Trong 96 người chết có 58 người …, chiếm 60,4%' -> total 96, percent 60,4.",
    "'52 ô tô/1.000 dân' is a rate (measure, unit with denominator). 'Trong năm' = 2023 (from the previous sentence's as-of year).",
    "Peak campaign 'từ ngày 15/11 đến 31/12/2023' is the period of 5.120/318. 'quá 4 giờ' is a legal threshold: optional.",
    "revised after the first scoring: 'Trong 96 người chết' added as an optional figure. Shared gold counts 'Trong 25 chỉ tiêu' (h13) and",
    "'Trong số 28 quốc gia' (h26) as figures; here it restates the 96 of the previous sentence, so optional (like h14's repeated clause).",
    "'phấn đấu … từ 5 đến 10%' target; '; dự kiến … khoảng 60 camera' forecast, period năm 2024 (same sentence).",
]

emit("p499-8", TEXT, COMMENTS, FIGS, published="2024-01-02", location="Quảng Ninh")
