from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ONLINE
Xã hội

Quảng Nam bố trí 95 nhân viên cứu hộ cho mùa du lịch biển 2025

Cập nhật lúc 09:10, Thứ hai, 28/04/2025

(QNO) - Chiều 27/4, tại bãi biển An Bàng (TP Hội An), Sở Văn hóa, Thể thao và Du lịch tổ chức lễ ra quân bảo đảm an toàn cho du khách mùa du lịch biển năm 2025.

Theo đó, trong mùa du lịch biển năm 2025, toàn tỉnh bố trí 95 nhân viên cứu hộ tại 23 chòi, tăng 11 người so với năm 2024; trong đó TP Hội An 32 người, thị xã Điện Bàn 21 người, TP Tam Kỳ 18 người, còn lại là các huyện Thăng Bình, Duy Xuyên, Núi Thành.

Năm 2024, lực lượng cứu hộ trên địa bàn tỉnh đã cứu 88 người, nhắc nhở trên 9.000 lượt du khách; tuy nhiên vẫn có 7 người tử vong do đuối nước, chủ yếu tại các bãi biển chưa có cứu hộ. Quý I/2025, tỉnh đã chi 1,15 tỷ đồng mua sắm 300 phao cứu sinh, 150 áo phao và 4 mô tô nước.

Mức hỗ trợ cho nhân viên cứu hộ được nâng từ 5 triệu đồng lên 6 triệu đồng/người/tháng theo Nghị quyết số 24/2024/NQ-HĐND của HĐND tỉnh. Tổng kinh phí cứu hộ năm 2025 dự kiến khoảng 3,4 tỷ đồng, gấp 1,3 lần năm 2024.

Ông Nguyễn Thanh Hồng, Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, năm nay tỉnh phấn đấu 100% bãi biển đang khai thác có lực lượng cứu hộ trực từ 6 giờ đến 18 giờ, đồng thời mở 20 lớp dạy bơi cho khoảng 1.000 học sinh các xã ven biển.

Du khách tắm biển được khuyến cáo chỉ tắm trong khu vực có phao giới hạn, cách bờ không quá 50 m, và tuyệt đối không tắm khi có cờ đỏ.

NGUYỄN QUANG
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
NN = P("năm nay", "2025-01-01", "2025-12-31")

FIGS = [
    F("bố trí 95 nhân viên cứu hộ cho", "95", 95, "count", "nhân viên cứu hộ",
      "nhân viên cứu hộ cho mùa du lịch biển", P("2025", "2025-01-01", "2025-12-31")),
    F("toàn tỉnh bố trí 95 nhân viên", "95", 95, "count", "nhân viên cứu hộ", "nhân viên cứu hộ bố trí", Y25,
      change=C("increase", 11, "người", "năm 2024")),
    F("tại 23 chòi", "23", 23, "count", "chòi", "chòi cứu hộ", Y25),
    F("Hội An 32 người", "32", 32, "count", "người", "nhân viên cứu hộ", Y25, total=95, location="Hội An"),
    F("Điện Bàn 21 người", "21", 21, "count", "người", "nhân viên cứu hộ", Y25, total=95, location="Điện Bàn"),
    F("Tam Kỳ 18 người", "18", 18, "count", "người", "nhân viên cứu hộ", Y25, total=95, location="Tam Kỳ"),
    F("cứu 88 người", "88", 88, "count", "người", "người được lực lượng cứu hộ cứu", Y24),
    F("trên 9.000 lượt", "9.000", 9000, "count", "lượt du khách", "lượt du khách được nhắc nhở", Y24,
      approx="over"),
    F("có 7 người", "7", 7, "count", "người", "người tử vong do đuối nước", Y24),
    F("chi 1,15 tỷ", "1,15", 1.15e9, "money", "đồng", "kinh phí mua sắm trang thiết bị cứu hộ", Q1),
    F("sắm 300 phao", "300", 300, "count", "phao cứu sinh", "phao cứu sinh mua sắm", Q1),
    F("150 áo phao", "150", 150, "count", "áo phao", "áo phao mua sắm", Q1),
    F("4 mô tô nước", "4", 4, "count", "mô tô nước", "mô tô nước mua sắm", Q1),
    F("từ 5 triệu", "5", 5e6, "money", "đồng", "mức hỗ trợ cho nhân viên cứu hộ trước đây", optional=True),
    F("lên 6 triệu", "6", 6e6, "money", "đồng/người/tháng", "mức hỗ trợ cho nhân viên cứu hộ"),
    F("khoảng 3,4 tỷ", "3,4", 3.4e9, "money", "đồng", "tổng kinh phí cứu hộ",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast",
      change=C("increase", 1.3, "lần", "năm 2024")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "bãi biển đang khai thác có lực lượng cứu hộ trực", NN,
      status="target"),
    F("mở 20 lớp", "20", 20, "count", "lớp dạy bơi", "lớp dạy bơi mở cho học sinh", NN, status="target"),
    F("khoảng 1.000 học sinh", "1.000", 1000, "count", "học sinh", "học sinh các xã ven biển được dạy bơi", NN,
      approx="about", status="target"),
    F("không quá 50 m", "50", 50, "measure", "m", "khoảng cách tắm biển tối đa tính từ bờ", approx="at_most",
      optional=True),
]

NOTES = [
    "Báo Quảng Nam online: headline figure, 'Cập nhật lúc 09:10, Thứ hai, 28/04/2025', '(QNO) -' tag, byline at the end. Lifeguards for the 2025 beach season.",
    "Headline '95 nhân viên ... mùa du lịch biển 2025': its own period (the bare year 2025). Body 95 carries 'tăng 11 người so với năm 2024'; the district parts after 'trong đó' get total 95 and their location.",
    "'nâng từ 5 triệu đồng lên 6 triệu đồng/người/tháng': 6 triệu is the figure (current level); the old level 5 triệu is optional; no change value is stated, so none is annotated.",
    "'dự kiến khoảng 3,4 tỷ đồng, gấp 1,3 lần năm 2024' → forecast, change 1,3 lần (gấp after a figure compares it with a baseline).",
    "'năm nay tỉnh phấn đấu ...' → targets for 2025. 'cách bờ không quá 50 m' is a safety rule (optional). 'từ 6 giờ đến 18 giờ' are times of day.",
    "Distractors: Chiều 27/4, Nghị quyết số 24/2024/NQ-HĐND, Ông Nguyễn Thanh Hồng, dateline with time.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-28", location="Quảng Nam")
