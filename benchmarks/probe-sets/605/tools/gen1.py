"""p605-1: province portal, Thanh Hóa — BHXH/BHTN/BHYT participants at 30/6/2024, district coverage, late contributions, benefits."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Gần 35% lực lượng lao động tỉnh Thanh Hóa tham gia bảo hiểm xã hội

Cập nhật: 15/07/2024 08:30
Lượt xem: 3.482

Theo Bảo hiểm xã hội tỉnh, tính đến ngày 30/6/2024, toàn tỉnh có 744.215 người tham gia BHXH, chiếm 34,8% lực lượng lao động trong độ tuổi, tăng 5,6% so với cùng kỳ năm 2023. Trong đó, BHXH bắt buộc 451.930 người; BHXH tự nguyện 292.285 người, đạt 91,2% kế hoạch năm. Số người tham gia bảo hiểm thất nghiệp là 428.760 người, chiếm 32,9% lực lượng lao động trong độ tuổi; số người tham gia BHYT hơn 3,47 triệu người, đạt tỷ lệ bao phủ 91,6% dân số.

Các địa phương có tỷ lệ lao động tham gia BHXH cao là TP Thanh Hóa (52,4%), thị xã Nghi Sơn (47,1%), TP Sầm Sơn (41,3%); thấp nhất là các huyện Mường Lát (9,8%) và Quan Sơn (11,2%).

Tuy nhiên, tình trạng chậm đóng vẫn diễn ra. Đến hết tháng 6/2024, số tiền chậm đóng BHXH, BHTN, BHYT trên địa bàn là 312,5 tỷ đồng, chiếm 4,1% số phải thu; trong đó có 1.127 đơn vị chậm đóng từ 3 tháng trở lên với số tiền gần 186 tỷ đồng.

Trong 6 tháng đầu năm, BHXH tỉnh đã giải quyết cho 11.742 người hưởng trợ cấp thất nghiệp với tổng số tiền 248,6 tỷ đồng, tăng 12,3% so với cùng kỳ; 9.215 người hưởng BHXH một lần, giảm 3,4% so với cùng kỳ.

Thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương, tỉnh phấn đấu đến cuối năm 2024 tỷ lệ lao động tham gia BHXH đạt 36,5%, tỷ lệ bao phủ BHYT đạt 92,3% dân số.

Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa. Điện thoại: 0237.3852.418
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF2 = P("Đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
END = P("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("Gần 35% lực lượng", "35", 35, "percent", "%", "lực lượng lao động tham gia bảo hiểm xã hội", I(ASOF), approx="nearly"),
    F("có 744.215 người", "744.215", 744215, "count", "người", "người tham gia BHXH", ASOF,
      percent=34.8, change=CH("increase", 5.6, baseline="cùng kỳ năm 2023")),
    F("bắt buộc 451.930 người", "451.930", 451930, "count", "người", "người tham gia BHXH bắt buộc", I(ASOF), total=744215),
    F("tự nguyện 292.285 người", "292.285", 292285, "count", "người", "người tham gia BHXH tự nguyện", I(ASOF),
      total=744215, percent=91.2),
    F("là 428.760 người", "428.760", 428760, "count", "người", "người tham gia bảo hiểm thất nghiệp", I(ASOF), percent=32.9),
    F("hơn 3,47 triệu người", "3,47", 3470000, "count", "người", "người tham gia BHYT", I(ASOF), approx="over", percent=91.6),
    F("Thanh Hóa (52,4%)", "52,4", 52.4, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(ASOF), location="thành phố Thanh Hóa"),
    F("Nghi Sơn (47,1%)", "47,1", 47.1, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(ASOF), location="Nghi Sơn"),
    F("Sầm Sơn (41,3%)", "41,3", 41.3, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(ASOF), location="Sầm Sơn"),
    F("Mường Lát (9,8%)", "9,8", 9.8, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(ASOF), location="Mường Lát"),
    F("Quan Sơn (11,2%)", "11,2", 11.2, "percent", "%", "tỷ lệ lao động tham gia BHXH", I(ASOF), location="Quan Sơn"),
    F("là 312,5 tỷ đồng", "312,5", 312.5e9, "money", "đồng", "số tiền chậm đóng BHXH, BHTN, BHYT", ASOF2, percent=4.1),
    F("có 1.127 đơn vị", "1.127", 1127, "count", "đơn vị", "đơn vị chậm đóng từ 3 tháng trở lên", ASOF2),
    F("từ 3 tháng trở lên", "3", 3, "measure", "tháng", approx="at_least", optional=True),
    F("gần 186 tỷ đồng", "186", 186e9, "money", "đồng", "số tiền chậm đóng của đơn vị chậm đóng từ 3 tháng trở lên", ASOF2,
      approx="nearly", total=312.5e9),
    F("cho 11.742 người", "11.742", 11742, "count", "người", "người hưởng trợ cấp thất nghiệp", H1),
    F("tiền 248,6 tỷ đồng", "248,6", 248.6e9, "money", "đồng", "tổng số tiền trợ cấp thất nghiệp", H1,
      change=CH("increase", 12.3, baseline="cùng kỳ")),
    F("9.215 người hưởng", "9.215", 9215, "count", "người", "người hưởng BHXH một lần", H1,
      change=CH("decrease", 3.4, baseline="cùng kỳ")),
    F("đạt 36,5%", "36,5", 36.5, "percent", "%", "tỷ lệ lao động tham gia BHXH", END, status="target"),
    F("đạt 92,3% dân số", "92,3", 92.3, "percent", "%", "tỷ lệ bao phủ BHYT", END, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: BHXH/BHTN/BHYT participants at 30/6/2024, coverage by district, late contributions, UI and one-time benefits, 2024 targets.",
    "Dateline 'Cập nhật: 15/07/2024 08:30'. Distractors: 'Lượt xem: 3.482', 'Nghị quyết số 28-NQ/TW', address 'Số 35 Đại lộ Lê Lợi', phone.",
    "Bắt buộc + tự nguyện = 744.215 (trong đó). 186 tỷ is part of the 312,5 tỷ (trong đó after ';'); the 1.127 units count another thing: no total.",
    "'từ 3 tháng trở lên' is a threshold: optional. 'đạt 91,2% kế hoạch năm' and 'đạt tỷ lệ bao phủ 91,6%' are shares of their counts (h09).",
    "The headline share (gần 35%) is its own figure; the lead's as-of period is inherited.",
]

if __name__ == "__main__":
    emit("p605-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thanh Hóa")
