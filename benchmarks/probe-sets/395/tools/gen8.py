from lib import F, P, build

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Tin tức - Sự kiện

Quý III/2024: Tai nạn giao thông giảm trên cả 3 tiêu chí

Theo Văn phòng Ủy ban An toàn giao thông Quốc gia, trong quý III/2024, toàn quốc xảy ra 5.712 vụ tai nạn giao thông, làm chết 2.589 người, bị thương 4.316 người, giảm 9,6% số vụ, giảm 7,2% số người chết và giảm 11,4% số người bị thương so với cùng kỳ năm 2023.

Trong đó, tai nạn đường bộ xảy ra 5.628 vụ, làm chết 2.514 người, bị thương 4.290 người; đường sắt 61 vụ, làm chết 58 người, bị thương 19 người; đường thủy nội địa 23 vụ, làm chết 17 người, bị thương 7 người.

Lũy kế 9 tháng năm 2024, cả nước xảy ra 18.254 vụ, làm chết 8.037 người, bị thương 13.962 người. Tai nạn liên quan đến mô tô, xe máy chiếm 65,8%, ô tô chiếm 24,5% tổng số vụ.

Các địa phương có số người chết giảm mạnh nhất là Đồng Tháp (giảm 35,1%), Bình Phước (giảm 31,9%) và Lâm Đồng (giảm 28,4%).

Trong quý, lực lượng Cảnh sát giao thông đã xử lý hơn 1,2 triệu trường hợp vi phạm, phạt tiền gần 1.850 tỷ đồng, tước gần 98 nghìn giấy phép lái xe, tạm giữ hơn 240 nghìn phương tiện; riêng vi phạm nồng độ cồn khoảng 326.000 trường hợp.

Tính đến 30/9, cả nước đã xác định 2.314 điểm đen tai nạn giao thông, trong đó 1.865 điểm đã được xử lý.

Theo Chiến lược bảo đảm trật tự, an toàn giao thông đường bộ quốc gia giai đoạn 2021-2030, tầm nhìn đến năm 2045, mục tiêu đến năm 2030 số người chết do tai nạn giao thông giảm 50% so với năm 2020.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3I = dict(Q3, inherited=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9I = dict(N9, inherited=True)
Q3b = P("Trong quý", "2024-07-01", "2024-09-30")
AS = P("Tính đến 30/9", None, "2024-09-30")

FIGS = [
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", "tiêu chí", optional=True),
    F("xảy ra 5.712 vụ", "5.712", 5712, "count", "vụ", "vụ tai nạn giao thông", period=Q3,
      change={"direction": "decrease", "value": 9.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("làm chết 2.589 người", "2.589", 2589, "count", "người", "người chết do tai nạn giao thông", period=Q3,
      change={"direction": "decrease", "value": 7.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("bị thương 4.316 người", "4.316", 4316, "count", "người", "người bị thương do tai nạn giao thông", period=Q3,
      change={"direction": "decrease", "value": 11.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("xảy ra 5.628 vụ", "5.628", 5628, "count", "vụ", "tai nạn đường bộ", total=5712, period=Q3I),
    F("làm chết 2.514 người", "2.514", 2514, "count", "người", "người chết do tai nạn đường bộ", total=2589, period=Q3I),
    F("bị thương 4.290 người", "4.290", 4290, "count", "người", "người bị thương do tai nạn đường bộ", total=4316, period=Q3I),
    F("đường sắt 61 vụ", "61", 61, "count", "vụ", "tai nạn đường sắt", total=5712, period=Q3I),
    F("làm chết 58 người", "58", 58, "count", "người", "người chết do tai nạn đường sắt", total=2589, period=Q3I),
    F("bị thương 19 người", "19", 19, "count", "người", "người bị thương do tai nạn đường sắt", total=4316, period=Q3I),
    F("nội địa 23 vụ", "23", 23, "count", "vụ", "tai nạn đường thủy nội địa", total=5712, period=Q3I),
    F("làm chết 17 người", "17", 17, "count", "người", "người chết do tai nạn đường thủy nội địa", total=2589, period=Q3I),
    F("bị thương 7 người", "7", 7, "count", "người", "người bị thương do tai nạn đường thủy nội địa", total=4316, period=Q3I),
    F("xảy ra 18.254 vụ", "18.254", 18254, "count", "vụ", "vụ", period=N9),
    F("làm chết 8.037 người", "8.037", 8037, "count", "người", "người chết", period=N9),
    F("bị thương 13.962 người", "13.962", 13962, "count", "người", "người bị thương", period=N9),
    F("chiếm 65,8%", "65,8", 65.8, "percent", "%", "tai nạn liên quan đến mô tô, xe máy", period=N9I),
    F("chiếm 24,5%", "24,5", 24.5, "percent", "%", "tai nạn liên quan đến ô tô", period=N9I),
    F("Đồng Tháp (giảm 35,1%)", "35,1", 35.1, "percent", "%", "số người chết giảm", location="Đồng Tháp"),
    F("Bình Phước (giảm 31,9%)", "31,9", 31.9, "percent", "%", "số người chết giảm", location="Bình Phước"),
    F("Lâm Đồng (giảm 28,4%)", "28,4", 28.4, "percent", "%", "số người chết giảm", location="Lâm Đồng"),
    F("hơn 1,2 triệu trường hợp", "1,2", 1.2e6, "count", "trường hợp", "trường hợp vi phạm bị xử lý", approx="over", period=Q3b),
    F("gần 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "phạt tiền", approx="nearly", period=Q3b),
    F("gần 98 nghìn giấy phép", "98", 98000, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", approx="nearly", period=Q3b),
    F("hơn 240 nghìn phương tiện", "240", 240000, "count", "phương tiện", "phương tiện bị tạm giữ", approx="over", period=Q3b),
    F("khoảng 326.000 trường hợp", "326.000", 326000, "count", "trường hợp", "vi phạm nồng độ cồn", approx="about", period=Q3b),
    F("xác định 2.314 điểm đen", "2.314", 2314, "count", "điểm đen", "điểm đen tai nạn giao thông đã xác định", period=AS),
    F("1.865 điểm", "1.865", 1865, "count", "điểm", "điểm đen đã được xử lý", total=2314, period=AS),
    F("giảm 50% so với năm 2020", "50", 50, "percent", "%", "số người chết do tai nạn giao thông giảm", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

HEADER = [
    "Ministry site (Bộ GTVT, 'Tin tức - Sự kiện'), no dateline at all: national TNGT quý III/2024, by mode, 9-month totals, enforcement, black spots, 2030 target.",
    "'giảm 9,6% số vụ, giảm 7,2% số người chết và giảm 11,4% số người bị thương so với cùng kỳ năm 2023' → the three counts' changes.",
    "'Trong đó' breakdown by mode: each part takes the whole that counts the same thing (vụ → 5.712, người chết → 2.589, bị thương → 4.316); sums check.",
    "Shares 'chiếm 65,8%, ô tô chiếm 24,5%' are percent figures (no base amount). Province list of decline rates: percent figures, no change, place in location,",
    "no period in that sentence (left null). 'Trong quý' = quý III/2024; 'Tính đến 30/9' takes 2024 from the earlier periods (as-of: end only).",
    "'hơn 1,2 triệu', 'gần 98 nghìn', 'hơn 240 nghìn' multipliers + approx. 'riêng … khoảng 326.000' no total (no cue). '1.865 điểm' part of 2.314 (trong đó).",
    "The strategy's name 'giai đoạn 2021-2030, tầm nhìn đến năm 2045' is a name; the target 'đến năm 2030 … giảm 50% so với năm 2020' is a percent figure (target).",
]

build("p395-8", TEXT, HEADER, FIGS, location="Việt Nam")
