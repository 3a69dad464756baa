"""p996-6: national newspaper (VnExpress style) — unpaid phạt nguội in TP HCM, 2024; ITS plan 2025-2027."""
from lib import build, F, P, I, C, T

TEXT = """Thời sự > Giao thông
Thứ năm, 16/1/2025, 14:30 (GMT+7)

Hơn 70% trường hợp bị phạt nguội ở TP HCM chưa nộp phạt

Năm 2024, Phòng Cảnh sát giao thông Công an TP HCM gửi hơn 131.000 thông báo phạt nguội, song chỉ khoảng 38.500 trường hợp đến giải quyết, số còn lại chưa chấp hành.

Theo Phòng Cảnh sát giao thông, thành phố hiện có khoảng 1.000 camera giám sát giao thông do Sở Giao thông vận tải quản lý, nhưng chỉ 52 camera được dùng để xử phạt vi phạm. Dữ liệu từ các camera này giúp phát hiện trung bình 350-400 trường hợp mỗi ngày, chủ yếu lỗi vượt đèn đỏ, đi vào làn xe buýt và chạy quá tốc độ trên đại lộ Võ Văn Kiệt, xa lộ Hà Nội.

Thượng tá Nguyễn Văn Tám, Phó trưởng Phòng Cảnh sát giao thông, cho biết khi Nghị định 168/2024/NĐ-CP có hiệu lực, người vi phạm không nộp phạt còn bị trừ điểm giấy phép lái xe (mỗi giấy phép có 12 điểm). Từ đầu năm đến nay, số người đến nộp phạt đã tăng gấp 3 lần so với cùng kỳ. Riêng ngày 6/1, trụ sở Đội Cảnh sát giao thông Rạch Chiếc ở số 2 Xa lộ Hà Nội tiếp nhận hơn 600 lượt người đến giải quyết.

Theo Sở Giao thông vận tải, giai đoạn 2025-2027, thành phố dự kiến đầu tư khoảng 1.200 tỷ đồng để nâng cấp hệ thống giao thông thông minh (ITS), lắp mới khoảng 2.500 camera, trong đó 500 camera có chức năng xử phạt. Theo chuyên gia giao thông, tỷ lệ chấp hành phạt nguội ở các nước phát triển thường trên 90%.

Đình Văn
"""

P24 = P("Năm 2024", "2024-01-01", "2024-12-31")
PYTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-01-16")
PITS = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
FIGS = [
    F("Hơn 70%", "70", 70, "percent", "%", "trường hợp bị phạt nguội chưa nộp phạt", approx="over"),
    F("hơn 131.000 thông báo", "131.000", 131000, "count", "thông báo", "thông báo phạt nguội được gửi",
      approx="over", period=P24),
    F("khoảng 38.500 trường hợp", "38.500", 38500, "count", "trường hợp", "trường hợp đến giải quyết",
      approx="about", period=P24),
    F("khoảng 1.000 camera", "1.000", 1000, "count", "camera", "camera giám sát giao thông do Sở Giao thông vận tải quản lý",
      approx="about"),
    F("chỉ 52 camera", "52", 52, "count", "camera", "camera được dùng để xử phạt vi phạm"),
    F("350-400 trường hợp", "350", 350, "measure", "trường hợp/ngày", "trường hợp vi phạm phát hiện mỗi ngày",
      value_max=400),
    F("có 12 điểm", "12", 12, "measure", "điểm", "điểm của mỗi giấy phép lái xe", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số người đến nộp phạt", period=PYTD),
    F("hơn 600 lượt", "600", 600, "count", "lượt người", "lượt người đến giải quyết tại Đội Cảnh sát giao thông Rạch Chiếc",
      approx="over", period=P("ngày 6/1", "2025-01-06", "2025-01-06")),
    F("khoảng 1.200 tỷ đồng", "1.200", 1_200_000_000_000, "money", "đồng",
      "vốn đầu tư nâng cấp hệ thống giao thông thông minh (ITS)", approx="about", status="forecast", period=PITS),
    F("khoảng 2.500 camera", "2.500", 2500, "count", "camera", "camera lắp mới", approx="about",
      status="forecast", period=PITS),
    F("trong đó 500 camera", "500", 500, "count", "camera", "camera có chức năng xử phạt", total=2500,
      status="forecast", period=PITS),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ chấp hành phạt nguội ở các nước phát triển", approx="over",
      location=""),
]
NOTES = [
    "National newspaper (VnExpress style), dateline 'Thứ năm, 16/1/2025, 14:30 (GMT+7)': unpaid phạt nguội in TP HCM (2024), cameras, ITS plan 2025-2027.",
    "Headline 'Hơn 70%' is a share with no period in its sentence. 38.500 is not given total 131.000 (no part-of cue, 'song chỉ').",
    "'350-400 trường hợp mỗi ngày' is a rate range → measure, unit trường hợp/ngày. 'gấp 3 lần so với cùng kỳ' with no base amount → multiple figure.",
    "'Từ đầu năm đến nay' ends at the dateline 2025-01-16. 'ngày 6/1' takes 2025 from the dateline. 'mỗi giấy phép có 12 điểm' (a legal rule) optional.",
    "'tỷ lệ ... ở các nước phát triển thường trên 90%' describes no Vietnamese place → location "" (null; overrides the document default).",
    "Distractors: Nghị định 168/2024/NĐ-CP, Thượng tá Nguyễn Văn Tám, số 2 Xa lộ Hà Nội, 14:30 (GMT+7), Thứ năm.",
]
build("p996-6", TEXT, FIGS, NOTES, published="2025-01-16", location="Hồ Chí Minh")
