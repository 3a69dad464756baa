"""p807-8: provincial newspaper online (Báo Quảng Bình, (QBĐT) tag), rescues at Đồng Hới beaches, summer 2023."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Bình điện tử
Xã hội

Gần 60 người được cứu sống trên biển Đồng Hới

Thứ Tư, 30/08/2023 | 15:10

(QBĐT) - Từ tháng 5 đến nay, lực lượng cứu hộ tại các bãi tắm trên địa bàn TP. Đồng Hới đã cứu sống 58 người gặp nạn, tăng 11 người so với cùng kỳ năm 2022, trong đó có 9 trẻ em. Các bãi tắm Nhật Lệ, Bảo Ninh và Quang Phú lần lượt cứu được 31, 19 và 8 người.

8 tháng năm 2023, Đồng Hới đón hơn 1,5 triệu lượt khách tắm biển, tăng 18,6% so với cùng kỳ. Thành phố hiện duy trì 12 chòi cứu hộ với 46 nhân viên; mỗi nhân viên được hỗ trợ 5,5 triệu đồng/người/tháng trong 5 tháng cao điểm. Tổng kinh phí cho hoạt động cứu hộ năm 2023 là 2,9 tỷ đồng, trong đó ngân sách thành phố 1,8 tỷ đồng, chiếm 62,1%.

Toàn tỉnh Quảng Bình hiện có 14 bãi tắm được bố trí cứu hộ, trong đó 6 bãi được công nhận đạt chuẩn; tỉnh xếp thứ 3 khu vực Bắc Trung Bộ về số bãi tắm đạt chuẩn. Theo Kế hoạch số 1520/KH-UBND, đến năm 2025, Quảng Bình phấn đấu có ít nhất 20 bãi tắm có cứu hộ.

Ông Hoàng Văn Ba, Đội trưởng Đội cứu hộ bãi tắm Bảo Ninh cho biết, khoảng 70% vụ đuối nước tại bãi tắm Bảo Ninh xảy ra sau 17 giờ hoặc khi đã có cờ đỏ cấm tắm. Vì vậy, đội đã bố trí thêm người tuần tra đến 19 giờ hằng ngày.

Thanh Hải
"""

SINCE = P("Từ tháng 5 đến nay", "2023-05-01", "2023-08-30")
M8 = P("8 tháng năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SAVED = "người gặp nạn được cứu sống"

FIGS = [
    F("Gần 60 người", "60", 60, "count", "người", "người được cứu sống trên biển", I(SINCE), approx="nearly"),
    F("cứu sống 58 người", "58", 58, "count", "người", SAVED, SINCE, change=C("increase", 11, "người", "cùng kỳ năm 2022")),
    F("có 9 trẻ em", "9", 9, "count", "trẻ em", "trẻ em được cứu sống", SINCE, total=58),
    F("cứu được 31,", "31", 31, "count", "người", SAVED, I(SINCE)),
    F("31, 19 và", "19", 19, "count", "người", SAVED, I(SINCE)),
    F("19 và 8 người", "8", 8, "count", "người", SAVED, I(SINCE)),
    F("hơn 1,5 triệu lượt khách", "1,5", 1.5e6, "count", "lượt khách", "lượt khách tắm biển", M8,
      approx="over", change=C("increase", 18.6, "%", "cùng kỳ")),
    F("duy trì 12 chòi", "12", 12, "count", "chòi cứu hộ", "chòi cứu hộ"),
    F("với 46 nhân viên", "46", 46, "count", "nhân viên", "nhân viên cứu hộ"),
    F("hỗ trợ 5,5 triệu đồng/người/tháng", "5,5", 5.5e6, "money", "đồng/người/tháng", "mức hỗ trợ cho nhân viên cứu hộ"),
    F("là 2,9 tỷ đồng", "2,9", 2.9e9, "money", "đồng", "tổng kinh phí cho hoạt động cứu hộ", Y23),
    F("thành phố 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí cứu hộ từ ngân sách thành phố", Y23,
      total=2.9e9, percent=62.1),
    F("có 14 bãi tắm", "14", 14, "count", "bãi tắm", "bãi tắm được bố trí cứu hộ", location="Quảng Bình"),
    F("trong đó 6 bãi", "6", 6, "count", "bãi", "bãi tắm được công nhận đạt chuẩn", total=14, location="Quảng Bình"),
    F("xếp thứ 3", "3", 3, "rank", "hạng", "số bãi tắm đạt chuẩn khu vực Bắc Trung Bộ", location="Quảng Bình"),
    F("ít nhất 20 bãi tắm", "20", 20, "count", "bãi tắm", "bãi tắm có cứu hộ", T25, approx="at_least",
      status="target", location="Quảng Bình"),
    F("khoảng 70% vụ", "70", 70, "percent", "%", "vụ đuối nước tại bãi tắm Bảo Ninh xảy ra sau 17 giờ hoặc khi có cờ đỏ",
      approx="about"),
]

write("p807-8", TEXT, [
    "Báo Quảng Bình online ((QBĐT) tag), headline with a figure: rescues at Đồng Hới beaches from May to August 2023, visitors, budget, provincial beaches.",
    "Location is the city Đồng Hới; the provincial sentences are Quảng Bình. 'Từ tháng 5 đến nay' = 2023-05-01 to the dateline.",
    "'lần lượt cứu được 31, 19 và 8 người' (beaches, not places) share the indicator of the previous sentence; a separate sentence with",
    "no part cue, so no total. '5 tháng cao điểm' only locates the allowance in time (not a figure). Distractors: 'Kế hoạch số 1520/KH-UBND',",
    "'Hoàng Văn Ba', 'sau 17 giờ', 'đến 19 giờ', '(QBĐT)', dateline time.",
], FIGS, published="2023-08-30", location="Đồng Hới")
