"""p989-1: Nghệ An province portal, BHXH tự nguyện and BHYT hộ gia đình to 30/9/2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Nghệ An: Hơn 98 nghìn người tham gia BHXH tự nguyện

Cập nhật: 14/10/2024 09:20 | Lượt xem: 1.236

Theo Bảo hiểm xã hội (BHXH) tỉnh Nghệ An, tính đến ngày 30/9/2024, toàn tỉnh có 98.452 người tham gia BHXH tự nguyện, tăng 12.316 người so với cuối năm 2023, đạt 87,4% kế hoạch năm. Số người tham gia BHXH tự nguyện chiếm 4,62% lực lượng lao động trong độ tuổi. Một số địa phương có số người tham gia đông là Quỳnh Lưu (9.870 người), Diễn Châu (8.215 người) và Yên Thành (7.630 người).

Cũng trong 9 tháng đầu năm, số người tham gia BHYT hộ gia đình đạt 1.025.640 người; tỷ lệ bao phủ BHYT toàn tỉnh ước đạt 93,8% dân số, tăng 0,9 điểm phần trăm so với cùng kỳ.

Tổng số thu BHXH, BHYT, BHTN 9 tháng ước đạt 5.862 tỷ đồng, bằng 73,5% kế hoạch BHXH Việt Nam giao. Số tiền chậm đóng còn 312,5 tỷ đồng, chiếm 5,3% số phải thu, giảm 41,2 tỷ đồng so với đầu năm.

Theo Nghị định số 134/2015/NĐ-CP, người tham gia BHXH tự nguyện trên địa bàn được Nhà nước hỗ trợ 30% mức đóng đối với người thuộc hộ nghèo, 25% đối với hộ cận nghèo và 10% đối với các đối tượng khác. Ngoài ra, theo Nghị quyết số 04/2023/NQ-HĐND, ngân sách tỉnh hỗ trợ thêm 10% mức đóng cho người thuộc hộ nghèo. Với mức chuẩn nghèo khu vực nông thôn 1.500.000 đồng/người/tháng, mức đóng thấp nhất là 330.000 đồng/tháng; sau khi được hỗ trợ, người thuộc hộ nghèo chỉ phải đóng 198.000 đồng/tháng.

Để hoàn thành nhiệm vụ, BHXH tỉnh phấn đấu đến ngày 31/12/2024 có 112.650 người tham gia BHXH tự nguyện, tỷ lệ bao phủ BHYT đạt 94,5% dân số.

Đường dây nóng BHXH tỉnh: 0238.3844.512
"""

AS_OF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
GOAL = P("đến ngày 31/12/2024", None, "2024-12-31")

FIGS = [
    F("Hơn 98 nghìn người", "98", 98000, "count", "người", "người tham gia BHXH tự nguyện", approx="over"),
    F("toàn tỉnh có 98.452 người", "98.452", 98452, "count", "người", "người tham gia BHXH tự nguyện", AS_OF,
      percent=87.4, change=C("increase", 12316, "người", "cuối năm 2023")),
    F("chiếm 4,62% lực lượng", "4,62", 4.62, "percent", "%",
      "tỷ lệ người tham gia BHXH tự nguyện trong lực lượng lao động trong độ tuổi", I(AS_OF)),
    F("Quỳnh Lưu (9.870 người)", "9.870", 9870, "count", "người", "người tham gia BHXH tự nguyện", I(AS_OF),
      location="Quỳnh Lưu"),
    F("Diễn Châu (8.215 người)", "8.215", 8215, "count", "người", "người tham gia BHXH tự nguyện", I(AS_OF),
      location="Diễn Châu"),
    F("Yên Thành (7.630 người)", "7.630", 7630, "count", "người", "người tham gia BHXH tự nguyện", I(AS_OF),
      location="Yên Thành"),
    F("đạt 1.025.640 người", "1.025.640", 1025640, "count", "người", "người tham gia BHYT hộ gia đình", NINE),
    F("ước đạt 93,8% dân số", "93,8", 93.8, "percent", "%", "tỷ lệ bao phủ BHYT toàn tỉnh", NINE,
      status="estimate", change=C("increase", 0.9, "điểm phần trăm", "cùng kỳ")),
    F("ước đạt 5.862 tỷ đồng", "5.862", 5862e9, "money", "đồng", "tổng số thu BHXH, BHYT, BHTN",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=73.5),
    F("còn 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "số tiền chậm đóng", I(AS_OF),
      percent=5.3, change=C("decrease", 41.2e9, "đồng", "đầu năm")),
    F("hỗ trợ 30% mức đóng", "30", 30, "percent", "%",
      "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho người thuộc hộ nghèo"),
    F("25% đối với hộ cận nghèo", "25", 25, "percent", "%",
      "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho người thuộc hộ cận nghèo"),
    F("và 10% đối với các đối tượng khác", "10", 10, "percent", "%",
      "mức Nhà nước hỗ trợ đóng BHXH tự nguyện cho các đối tượng khác"),
    F("hỗ trợ thêm 10% mức đóng", "10", 10, "percent", "%",
      "mức ngân sách tỉnh hỗ trợ thêm đóng BHXH tự nguyện cho người thuộc hộ nghèo"),
    F("nông thôn 1.500.000 đồng/người/tháng", "1.500.000", 1500000, "money", "đồng/người/tháng",
      "mức chuẩn nghèo khu vực nông thôn", location="Việt Nam"),
    F("là 330.000 đồng/tháng", "330.000", 330000, "money", "đồng/tháng", "mức đóng BHXH tự nguyện thấp nhất", location="Việt Nam"),
    F("đóng 198.000 đồng/tháng", "198.000", 198000, "money", "đồng/tháng",
      "mức đóng BHXH tự nguyện của người thuộc hộ nghèo sau khi được hỗ trợ"),
    F("có 112.650 người", "112.650", 112650, "count", "người", "người tham gia BHXH tự nguyện", GOAL,
      status="target"),
    F("đạt 94,5% dân số", "94,5", 94.5, "percent", "%", "tỷ lệ bao phủ BHYT", GOAL, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: BHXH tự nguyện, BHYT hộ gia đình, thu và nợ đóng đến 30/9/2024; support rates; targets to 31/12/2024.",
    "Distractors: breadcrumb, 'Cập nhật: 14/10/2024 09:20', 'Lượt xem: 1.236', Nghị định số 134/2015/NĐ-CP, Nghị quyết số 04/2023/NQ-HĐND, hotline.",
    "98.452: 'đạt 87,4% kế hoạch năm' is its percent; 'chiếm 4,62%' stands in the next sentence: a percent figure of its own.",
    "District list (Quỳnh Lưu, Diễn Châu, Yên Thành) is a ranking, not a breakdown: no total; districts go to location.",
    "Support rates (30%, 25%, 10%) and per-month amounts are figures; the poverty line is recorded as money in đồng/người/tháng.",
    "Location: the support rates are stated for participants 'trên địa bàn' (Nghệ An); the national poverty line and the minimum contribution",
    "derived from it are levels fixed nationally, stated without a place: 'Việt Nam'. 198.000 includes the province's extra 10%: Nghệ An.",
]

write("p989-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
