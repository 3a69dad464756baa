from lib import F, P, C, T, emit

TEXT = """Thời sự › Giao thông
Thứ Hai, 7/10/2024, 14:30 (GMT+7)

9 tháng, gần 8.700 người tử vong vì tai nạn giao thông

Theo Cục Cảnh sát giao thông (Bộ Công an), 9 tháng năm 2024, toàn quốc xảy ra 18.836 vụ tai nạn giao thông, làm chết 8.691 người, bị thương 14.083 người. So với cùng kỳ năm 2023, số vụ tăng 9,35%, số người chết giảm 4,1%, số người bị thương tăng 17,56%.

Riêng quý III/2024, cả nước ghi nhận 6.318 vụ, làm chết 2.905 người, bị thương 4.977 người; so với quý II/2024, giảm 212 vụ (3,25%), giảm 87 người chết (2,91%).

Các địa phương có số người chết vì tai nạn giao thông cao nhất là TP Hồ Chí Minh (541 người), Đồng Nai (412 người), Bình Dương (398 người), Gia Lai (305 người) và Thanh Hóa (287 người). Có 23 địa phương kéo giảm cả 3 tiêu chí về số vụ, số người chết và số người bị thương; 9 địa phương có số người chết tăng trên 20%, trong đó Hà Giang tăng 41,2%, Lai Châu tăng 36,8%.

Cũng trong 9 tháng qua, lực lượng CSGT toàn quốc đã xử lý hơn 4,8 triệu trường hợp vi phạm, phạt tiền trên 5.230 tỷ đồng, tước hơn 392.000 giấy phép lái xe; trong đó riêng vi phạm nồng độ cồn là khoảng 1,02 triệu trường hợp.

Tính đến 30/9, trên hệ thống quốc lộ còn 31 điểm đen chưa được xử lý. Cục CSGT đã đề nghị Bộ Giao thông vận tải sớm cắm biển cảnh báo, bổ sung gờ giảm tốc tại các điểm này.

Trao đổi với phóng viên, Thiếu tướng Nguyễn Văn Minh, Phó Cục trưởng Cục CSGT cho biết, tai nạn giao thông có thể gia tăng vào các tháng cuối năm. Bộ Công an đặt mục tiêu năm 2024 giảm ít nhất 5% số người chết do tai nạn giao thông so với năm 2023.

Quang Huy
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

figs = [
    F("gần 8.700 người", "8.700", 8700, "count", "người", "người tử vong vì tai nạn giao thông",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("xảy ra 18.836 vụ", "18.836", 18836, "count", "vụ", "vụ tai nạn giao thông", N9),
    F("làm chết 8.691 người", "8.691", 8691, "count", "người", "người chết do tai nạn giao thông", N9),
    F("bị thương 14.083 người", "14.083", 14083, "count", "người", "người bị thương do tai nạn giao thông", N9),
    F("số vụ tăng 9,35%", "9,35", 9.35, "percent", "%", "số vụ", N9i),
    F("số người chết giảm 4,1%", "4,1", 4.1, "percent", "%", "số người chết", N9i),
    F("thương tăng 17,56%", "17,56", 17.56, "percent", "%", "số người bị thương", N9i),
    F("ghi nhận 6.318 vụ", "6.318", 6318, "count", "vụ", "vụ tai nạn giao thông", Q3,
      change=C("decrease", 212, "vụ", "quý II/2024")),
    F("làm chết 2.905 người", "2.905", 2905, "count", "người", "người chết do tai nạn giao thông", Q3,
      change=C("decrease", 87, "người", "quý II/2024")),
    F("bị thương 4.977 người", "4.977", 4977, "count", "người", "người bị thương do tai nạn giao thông", Q3),
    F("(3,25%)", "3,25", 3.25, "percent", "%", "mức giảm số vụ so với quý II/2024", Q3, optional=True),
    F("(2,91%)", "2,91", 2.91, "percent", "%", "mức giảm số người chết so với quý II/2024", Q3, optional=True),
    F("TP Hồ Chí Minh (541 người)", "541", 541, "count", "người", "số người chết vì tai nạn giao thông", N9i, location="Hồ Chí Minh"),
    F("Đồng Nai (412 người)", "412", 412, "count", "người", "số người chết vì tai nạn giao thông", N9i, location="Đồng Nai"),
    F("Bình Dương (398 người)", "398", 398, "count", "người", "số người chết vì tai nạn giao thông", N9i, location="Bình Dương"),
    F("Gia Lai (305 người)", "305", 305, "count", "người", "số người chết vì tai nạn giao thông", N9i, location="Gia Lai"),
    F("Thanh Hóa (287 người)", "287", 287, "count", "người", "số người chết vì tai nạn giao thông", N9i, location="Thanh Hóa"),
    F("Có 23 địa phương", "23", 23, "count", "địa phương", "địa phương kéo giảm cả 3 tiêu chí", N9i),
    F("cả 3 tiêu chí về", "3", 3, "count", "tiêu chí", optional=True),
    F("9 địa phương có", "9", 9, "count", "địa phương", "địa phương có số người chết tăng trên 20%", N9i),
    F("tăng trên 20%", "20", 20, "percent", "%", "mức tăng số người chết", N9i, approx="over", optional=True),
    F("Hà Giang tăng 41,2%", "41,2", 41.2, "percent", "%", "mức tăng số người chết", N9i, location="Hà Giang"),
    F("Lai Châu tăng 36,8%", "36,8", 36.8, "percent", "%", "mức tăng số người chết", N9i, location="Lai Châu"),
    F("hơn 4,8 triệu trường hợp", "4,8", 4.8e6, "count", "trường hợp", "trường hợp vi phạm xử lý",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="over"),
    F("trên 5.230 tỷ đồng", "5.230", 5.23e12, "money", "đồng", "tiền phạt",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="over"),
    F("hơn 392.000 giấy phép", "392.000", 392000, "count", "giấy phép lái xe", "giấy phép lái xe bị tước",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="over"),
    F("khoảng 1,02 triệu", "1,02", 1.02e6, "count", "trường hợp", "vi phạm nồng độ cồn",
      P("9 tháng qua", "2024-01-01", "2024-09-30"), approx="about", total=4.8e6),
    F("còn 31 điểm đen", "31", 31, "count", "điểm đen", "điểm đen trên hệ thống quốc lộ chưa được xử lý",
      P("Tính đến 30/9", None, "2024-09-30")),
    F("ít nhất 5%", "5", 5, "percent", "%", "mức giảm số người chết do tai nạn giao thông",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

HEADER = """National press (VnExpress-style section header, 'Thứ Hai, 7/10/2024, 14:30 (GMT+7)'): Cục CSGT, 9 tháng năm 2024, national. Location Việt Nam.
Headline '9 tháng' takes 2024 from the dateline. Growth rates 'số vụ tăng 9,35%' etc. are percent figures (no base amount in their sentence).
Quý III: 'giảm 212 vụ (3,25%)' - the first change is the attribute; the bracketed percent is a further change, optional percent figure.
Province list of deaths: items are locations, subject = list indicator. '3 tiêu chí' and the threshold 'trên 20%' optional.
'trong đó riêng vi phạm nồng độ cồn ...' follows the licences count, but the whole is the figure counting the same thing (4,8 triệu trường hợp vi phạm).
Distractors: (GMT+7), dates, 'Thiếu tướng Nguyễn Văn Minh', 'Phó Cục trưởng'."""

emit("p301-2", TEXT, figs, HEADER, published="2024-10-07", location="Việt Nam")
