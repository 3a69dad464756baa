"""p807-5: Party newspaper of Bà Rịa - Vũng Tàu, lifeguards of Vũng Tàu city over the 30/4-1/5 holiday 2025."""
from lib import F, P, I, C, T, write

TEXT = """Cứu hộ bãi biển Vũng Tàu căng mình trong kỳ nghỉ lễ

Trong 5 ngày nghỉ lễ (từ 30/4 đến 4/5), các bãi tắm ở TP. Vũng Tàu đón khoảng 340.000 lượt khách tắm biển, riêng ngày 1/5 có hơn 95.000 lượt. Lực lượng cứu hộ của Ban Quản lý bãi tắm đã cứu vớt 23 người gặp nạn, gấp 2,3 lần cùng kỳ năm 2024, trong đó có 7 trẻ em.

Bãi Sau hiện có 14 chòi cứu hộ với 62 nhân viên chia làm 3 ca trực, mỗi ca từ 4 đến 5 tiếng. Ban Quản lý đã căng hơn 2,5 km dây phao phân luồng, cắm 40 biển cấm tắm tại các khu vực có dòng chảy xa bờ và bố trí 2 ca nô túc trực.

Ông Nguyễn Văn Bảy, Đội trưởng Đội cứu hộ số 2, cho biết thu nhập bình quân của nhân viên cứu hộ từ 8 đến 9,5 triệu đồng/tháng, trong khi cường độ làm việc dịp cao điểm rất lớn. Năm 2025, TP. Vũng Tàu bố trí 11,8 tỷ đồng cho hoạt động cứu hộ, tăng 1,3 tỷ đồng so với năm 2024; tiền lương, phụ cấp chiếm khoảng 65% tổng kinh phí.

Tuy nhiên, ngày 2/5 vẫn xảy ra 1 trường hợp nam thanh niên 17 tuổi tử vong do tắm ngoài khu vực cho phép tại bãi biển Long Hải, đoạn gần Quốc lộ 55 thuộc huyện Long Đất. Theo kế hoạch, trong tháng 6, thành phố sẽ bổ sung 4 chòi cứu hộ tại Bãi Dâu, Bãi Dứa và tuyển thêm 20 nhân viên, nâng tổng số nhân viên cứu hộ toàn thành phố lên khoảng 120 người.

MINH THẢO
05/05/2025
"""

HOL = P("từ 30/4 đến 4/5", "2025-04-30", "2025-05-04")
D1 = P("ngày 1/5", "2025-05-01", "2025-05-01")
D2 = P("ngày 2/5", "2025-05-02", "2025-05-02")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T6 = P("trong tháng 6", "2025-06-01", "2025-06-30")

FIGS = [
    F("khoảng 340.000 lượt khách", "340.000", 340000, "count", "lượt khách", "lượt khách tắm biển", HOL, approx="about"),
    F("hơn 95.000 lượt", "95.000", 95000, "count", "lượt", "lượt khách tắm biển", D1, approx="over"),
    F("cứu vớt 23 người", "23", 23, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu vớt", I(HOL),
      change=C("increase", 2.3, "lần", "cùng kỳ năm 2024")),
    F("có 7 trẻ em", "7", 7, "count", "trẻ em", "trẻ em được cứu vớt", I(HOL), total=23),
    F("có 14 chòi", "14", 14, "count", "chòi cứu hộ", "chòi cứu hộ tại Bãi Sau"),
    F("với 62 nhân viên", "62", 62, "count", "nhân viên", "nhân viên cứu hộ tại Bãi Sau"),
    F("3 ca trực", "3", 3, "count", "ca trực", "ca trực"),
    F("từ 4 đến 5 tiếng", "4", 4, "measure", "tiếng", "thời gian mỗi ca trực", value_max=5),
    F("hơn 2,5 km", "2,5", 2.5, "measure", "km", "dây phao phân luồng", approx="over"),
    F("cắm 40 biển", "40", 40, "count", "biển cấm tắm", "biển cấm tắm"),
    F("bố trí 2 ca nô", "2", 2, "count", "ca nô", "ca nô túc trực"),
    F("từ 8 đến 9,5 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "thu nhập bình quân của nhân viên cứu hộ",
      value_max=9.5e6),
    F("bố trí 11,8 tỷ đồng", "11,8", 11.8e9, "money", "đồng", "kinh phí cho hoạt động cứu hộ", Y25,
      change=C("increase", 1.3e9, "đồng", "năm 2024")),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng tiền lương, phụ cấp trong tổng kinh phí cứu hộ", Y25,
      approx="about"),
    F("ra 1 trường hợp", "1", 1, "count", "trường hợp", "trường hợp tử vong do tắm ngoài khu vực cho phép", D2,
      location="Long Đất"),
    F("17 tuổi", "17", 17, "measure", "tuổi", "tuổi của nạn nhân", location="Long Đất", optional=True),
    F("bổ sung 4 chòi", "4", 4, "count", "chòi cứu hộ", "chòi cứu hộ bổ sung", T6, status="target"),
    F("thêm 20 nhân viên", "20", 20, "count", "nhân viên", "nhân viên cứu hộ tuyển thêm", T6, status="target"),
    F("khoảng 120 người", "120", 120, "count", "người", "tổng số nhân viên cứu hộ toàn thành phố", T6,
      approx="about", status="target"),
]

write("p807-5", TEXT, [
    "Báo Bà Rịa - Vũng Tàu (Party paper): Vũng Tàu city lifeguards over the 5-day 30/4 holiday 2025; byline and bare date at the end.",
    "Location is the city Vũng Tàu; the drowning at Long Hải is in huyện Long Đất. '5 ngày nghỉ lễ' only locates the period (not a figure).",
    "'gấp 2,3 lần cùng kỳ năm 2024' follows 23 người: its change (unit lần), not a multiple of its own. 'tăng 1,3 tỷ đồng so với năm 2024' is",
    "the change of 11,8 tỷ. 'chiếm khoảng 65%' is a share of another whole (lương, phụ cấp), so a percent figure. 'Theo kế hoạch ... sẽ' -> target.",
    "The victim's age is optional. Distractors: 'ngày 1/5', 'ngày 2/5' as dates, 'Đội cứu hộ số 2', 'Nguyễn Văn Bảy', 'Quốc lộ 55', '05/05/2025'.",
], FIGS, published="2025-05-05", location="Vũng Tàu")
