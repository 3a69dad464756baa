from lib import F, P, build

TEXT = """Thời sự › Giao thông
Thứ năm, 2/5/2024, 10:45 (GMT+7)

142 người chết vì tai nạn giao thông trong 5 ngày nghỉ lễ

Trong 5 ngày nghỉ lễ 30/4 và 1/5 (từ 27/4 đến 1/5/2024), cả nước xảy ra 214 vụ tai nạn giao thông, làm chết 142 người, bị thương 156 người; so với dịp lễ năm 2023, tăng 19 vụ (9,74%), giảm 4 người chết (2,74%) và tăng 27 người bị thương (20,93%). Tai nạn liên quan đến mô tô, xe máy chiếm khoảng 70% tổng số vụ.

Riêng ngày 1/5, cả nước xảy ra 41 vụ, làm chết 28 người. Các địa phương có số người chết nhiều nhất trong kỳ nghỉ là TP HCM (11 người), Đồng Nai (9 người) và Gia Lai (7 người).

Cục Cảnh sát giao thông (Bộ Công an) cho biết, trong dịp lễ, lực lượng CSGT toàn quốc đã phát hiện, lập biên bản 57.812 trường hợp vi phạm, phạt tiền gần 86,3 tỷ đồng, tước hơn 4,2 nghìn giấy phép lái xe, tạm giữ 15.604 phương tiện. Số trường hợp vi phạm nồng độ cồn là 20.419, tăng gấp 1,8 lần so với dịp lễ năm ngoái.

Trên các tuyến cao tốc, lực lượng chức năng xử lý 2.367 trường hợp chạy quá tốc độ quy định, trong đó 112 trường hợp vượt quá 35 km/h.

Theo Nghị định 100/2019/NĐ-CP (sửa đổi bởi Nghị định 123/2021/NĐ-CP), người điều khiển ô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở bị phạt từ 30 đến 40 triệu đồng và tước giấy phép lái xe từ 22 đến 24 tháng.

Đại tá Nguyễn Quang Nhật, Phó Cục trưởng Cục CSGT, cho biết thời gian tới lực lượng CSGT sẽ tiếp tục xử lý nghiêm vi phạm nồng độ cồn "không có vùng cấm, không có ngoại lệ"; người dân có thể phản ánh qua số điện thoại 069.2342.593.

Gia Chính
"""

HOL = P("từ 27/4 đến 1/5/2024", "2024-04-27", "2024-05-01")
HOLI = dict(HOL, inherited=True)
DL = P("trong dịp lễ", "2024-04-27", "2024-05-01")
KN = P("trong kỳ nghỉ", "2024-04-27", "2024-05-01")

FIGS = [
    F("142 người chết vì", "142", 142, "count", "người", "người chết vì tai nạn giao thông", period=HOLI),
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ tai nạn giao thông", period=HOL,
      change={"direction": "increase", "value": 19, "unit": "vụ", "baseline": "dịp lễ năm 2023"}),
    F("làm chết 142 người", "142", 142, "count", "người", "người chết do tai nạn giao thông", period=HOL,
      change={"direction": "decrease", "value": 4, "unit": "người", "baseline": "dịp lễ năm 2023"}),
    F("bị thương 156 người", "156", 156, "count", "người", "người bị thương do tai nạn giao thông", period=HOL,
      change={"direction": "increase", "value": 27, "unit": "người", "baseline": "dịp lễ năm 2023"}),
    F("(9,74%)", "9,74", 9.74, "percent", "%", "tăng số vụ tai nạn giao thông", period=HOLI, optional=True),
    F("(2,74%)", "2,74", 2.74, "percent", "%", "giảm số người chết", period=HOLI, optional=True),
    F("(20,93%)", "20,93", 20.93, "percent", "%", "tăng số người bị thương", period=HOLI, optional=True),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "tai nạn liên quan đến mô tô, xe máy", approx="about", period=HOLI),
    F("xảy ra 41 vụ", "41", 41, "count", "vụ", "vụ", period=P("ngày 1/5", "2024-05-01", "2024-05-01")),
    F("làm chết 28 người", "28", 28, "count", "người", "người chết", period=P("ngày 1/5", "2024-05-01", "2024-05-01")),
    F("TP HCM (11 người)", "11", 11, "count", "người", "số người chết", location="TP Hồ Chí Minh", period=KN),
    F("Đồng Nai (9 người)", "9", 9, "count", "người", "số người chết", location="Đồng Nai", period=KN),
    F("Gia Lai (7 người)", "7", 7, "count", "người", "số người chết", location="Gia Lai", period=KN),
    F("lập biên bản 57.812 trường hợp", "57.812", 57812, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", period=DL),
    F("gần 86,3 tỷ đồng", "86,3", 86.3e9, "money", "đồng", "phạt tiền", approx="nearly", period=DL),
    F("hơn 4,2 nghìn giấy phép", "4,2", 4200, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", approx="over", period=DL),
    F("tạm giữ 15.604 phương tiện", "15.604", 15604, "count", "phương tiện", "phương tiện bị tạm giữ", period=DL),
    F("nồng độ cồn là 20.419", "20.419", 20419, "count", "trường hợp", "trường hợp vi phạm nồng độ cồn", period=HOLI,
      change={"direction": "increase", "value": 1.8, "unit": "lần", "baseline": "dịp lễ năm ngoái"}),
    F("xử lý 2.367 trường hợp", "2.367", 2367, "count", "trường hợp", "trường hợp chạy quá tốc độ quy định trên các tuyến cao tốc", period=HOLI),
    F("112 trường hợp", "112", 112, "count", "trường hợp", "trường hợp vượt quá tốc độ 35 km/h", total=2367, period=HOLI),
    F("vượt quá 35 km/h", "35", 35, "measure", "km/h", "tốc độ vượt quá", approx="over", optional=True),
    F("vượt quá 0,4 miligam", "0,4", 0.4, "measure", "miligam/1 lít khí thở", "ngưỡng nồng độ cồn", approx="over", optional=True),
    F("từ 30 đến 40 triệu đồng", "30", 30e6, "money", "đồng", "mức phạt vi phạm nồng độ cồn", value_max=40e6, optional=True),
    F("từ 22 đến 24 tháng", "22", 22, "measure", "tháng", "thời hạn tước giấy phép lái xe", value_max=24, optional=True),
]

HEADER = [
    "National press (VnExpress style): TNGT nationwide over the 30/4-1/5/2024 holiday (27/4-1/5/2024) and CSGT enforcement.",
    "Dateline 'Thứ năm, 2/5/2024, 10:45 (GMT+7)'; byline at the end. Headline figure 142 restates the body (a figure; period inherited).",
    "Changes in the same sentence ('tăng 19 vụ (9,74%), giảm 4 người chết …') are the counts' changes; each bracketed percent is a second change,",
    "so it is an optional percent figure of its own (FIGURES.md 'one of each attribute'). 'gấp 1,8 lần so với …' after the count is its change.",
    "Provinces in the list go to location. 'Nghị định 100/2019/NĐ-CP', '123/2021/NĐ-CP', '(GMT+7)', phone 069.2342.593, '5 ngày', '30/4 và 1/5' are not figures.",
    "Legal thresholds and fine bands (0,4 mg, 30-40 triệu, 22-24 tháng, 35 km/h) are rules, not observations: optional.",
]

build("p395-2", TEXT, HEADER, FIGS, published="2024-05-02", location="Việt Nam")
