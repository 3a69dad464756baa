from lib import *

A = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Trật tự an toàn giao thông

Tai nạn giao thông giảm cả 3 tiêu chí trong 5 ngày nghỉ lễ 30/4 - 1/5
Ngày đăng: 02/05/2024

Theo báo cáo của Cục Cảnh sát giao thông, trong 5 ngày nghỉ lễ (từ ngày 27/4 đến hết ngày 1/5/2024), toàn quốc xảy ra 146 vụ tai nạn giao thông, làm chết 103 người, bị thương 96 người; so với cùng kỳ năm 2023 giảm 15 vụ (9,32%), giảm 8 người chết và giảm 21 người bị thương. Trong đó, đường bộ xảy ra 144 vụ, làm chết 101 người; đường sắt 2 vụ, làm chết 2 người; đường thủy không xảy ra tai nạn.

Ngày 27/4, ngày đầu tiên của kỳ nghỉ, xảy ra nhiều vụ nhất với 38 vụ, làm chết 26 người. Tại Hà Nội xảy ra 7 vụ, làm chết 5 người; TP Hồ Chí Minh 6 vụ, làm chết 4 người. Vụ tai nạn nghiêm trọng nhất xảy ra tại Km 1582+300 Quốc lộ 1A đoạn qua tỉnh Bình Thuận làm 3 người tử vong.

Lực lượng Cảnh sát giao thông toàn quốc đã phát hiện, xử lý 29.870 trường hợp vi phạm, phạt tiền hơn 68,5 tỷ đồng; tạm giữ 312 xe ô tô, 5.426 xe mô tô, tước 6.815 giấy phép lái xe. Trong đó, vi phạm nồng độ cồn 16.304 trường hợp, chiếm 54,58%; chạy quá tốc độ 2.917 trường hợp. Trên các tuyến cao tốc phát hiện 1.120 trường hợp vi phạm, tăng 2,1 lần so với cùng kỳ.

Tính chung 4 tháng đầu năm 2024, toàn quốc xảy ra 8.715 vụ tai nạn giao thông, làm chết 3.669 người. Thực hiện Công điện số 38/CĐ-BCA-C08, năm 2024 Bộ Công an phấn đấu kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông so với năm 2023.

Người dân phản ánh vi phạm qua đường dây nóng 069.2342.608 hoặc ứng dụng VNeTraffic.
"""

PH = P("từ ngày 27/4 đến hết ngày 1/5/2024", "2024-04-27", "2024-05-01")
PHi = inh(PH)
D = lambda n: {"direction": "decrease", "value": n[0], "unit": n[1], "baseline": "cùng kỳ năm 2023"}
P4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
D27 = P("Ngày 27/4", "2024-04-27", "2024-04-27")

figs = [
    F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", None, optional=True),
    F("xảy ra 146 vụ", "146", 146, "count", "vụ", "vụ tai nạn giao thông", PH, change=D((15, "vụ"))),
    F("làm chết 103 người", "103", 103, "count", "người", "người chết do tai nạn giao thông", PH, change=D((8, "người"))),
    F("bị thương 96 người", "96", 96, "count", "người", "người bị thương do tai nạn giao thông", PH, change=D((21, "người"))),
    F("(9,32%)", "9,32", 9.32, "percent", "%", "mức giảm số vụ tai nạn giao thông so với cùng kỳ", PH, optional=True),
    F("đường bộ xảy ra 144 vụ", "144", 144, "count", "vụ", "vụ tai nạn giao thông đường bộ", PHi, total=146),
    F("làm chết 101 người", "101", 101, "count", "người", "người chết do tai nạn giao thông đường bộ", PHi, total=103),
    F("đường sắt 2 vụ", "2", 2, "count", "vụ", "vụ tai nạn giao thông đường sắt", PHi, total=146),
    F("làm chết 2 người", "2", 2, "count", "người", "người chết do tai nạn đường sắt", PHi, total=103),
    F("nhiều vụ nhất với 38 vụ", "38", 38, "count", "vụ", "vụ tai nạn giao thông", D27),
    F("làm chết 26 người", "26", 26, "count", "người", "người chết do tai nạn giao thông", D27),
    F("xảy ra 7 vụ", "7", 7, "count", "vụ", "vụ tai nạn giao thông", PHi, location="Hà Nội"),
    F("làm chết 5 người", "5", 5, "count", "người", "người chết do tai nạn giao thông", PHi, location="Hà Nội"),
    F("Minh 6 vụ", "6", 6, "count", "vụ", "vụ tai nạn giao thông", PHi, location="TP Hồ Chí Minh"),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do tai nạn giao thông", PHi, location="TP Hồ Chí Minh"),
    F("làm 3 người tử vong", "3", 3, "count", "người", "người tử vong trong vụ tai nạn nghiêm trọng nhất", PHi,
      location="Bình Thuận"),
    F("xử lý 29.870 trường hợp", "29.870", 29870, "count", "trường hợp", "trường hợp vi phạm được phát hiện, xử lý", PHi),
    F("hơn 68,5 tỷ đồng", "68,5", 68.5e9, "money", "đồng", "tiền phạt vi phạm giao thông", PHi, approx="over"),
    F("tạm giữ 312 xe", "312", 312, "count", "xe ô tô", "xe ô tô bị tạm giữ", PHi),
    F("5.426 xe mô tô", "5.426", 5426, "count", "xe mô tô", "xe mô tô bị tạm giữ", PHi),
    F("tước 6.815 giấy", "6.815", 6815, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", PHi),
    F("cồn 16.304 trường hợp", "16.304", 16304, "count", "trường hợp", "vi phạm nồng độ cồn", PHi,
      total=29870, percent=54.58),
    F("tốc độ 2.917 trường hợp", "2.917", 2917, "count", "trường hợp", "vi phạm chạy quá tốc độ", PHi, total=29870),
    F("phát hiện 1.120 trường hợp", "1.120", 1120, "count", "trường hợp", "trường hợp vi phạm trên các tuyến cao tốc", PHi,
      change={"direction": "increase", "value": 2.1, "unit": "lần", "baseline": "cùng kỳ"}),
    F("xảy ra 8.715 vụ", "8.715", 8715, "count", "vụ", "vụ tai nạn giao thông", P4),
    F("làm chết 3.669 người", "3.669", 3669, "count", "người", "người chết do tai nạn giao thông", P4),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "kéo giảm số người chết do tai nạn giao thông",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=10, status="target"),
]

write("p251-2", A, figs, [
    "Ministry site (Bộ Công an): traffic accidents in the 5-day 30/4–1/5 holiday (27/4–1/5/2024). 'Ngày đăng: 02/05/2024', breadcrumb menu.",
    "The changes 'giảm 15 vụ (9,32%), giảm 8 người chết và giảm 21 người bị thương' follow the three counts in the same sentence and pair by unit:",
    "each is its count's change. '(9,32%)' is a second change of 146 vụ, so a percent figure of its own (optional).",
    "'Trong đó' by mode: 144 and 2 vụ are parts of 146 (sum); 101 and 2 người chết are parts of 103 (sum). Day 27/4 figures: period that day, no total (no cue).",
    "Hà Nội / TP Hồ Chí Minh figures take the city; Bình Thuận named for the worst crash ('Km 1582+300 Quốc lộ 1A' is an address, not a figure).",
    "'tăng 2,1 lần so với cùng kỳ' is the change (unit lần) of 1.120. 'từ 5% đến 10%' kéo giảm is a target percent (growth as the claim, no change).",
    "'cả 3 tiêu chí' in the title is structure (optional). Distractors: Công điện số 38/CĐ-BCA-C08, hotline 069.2342.608, 'ngày đầu tiên', dates.",
], published="2024-05-02", location="Việt Nam")
