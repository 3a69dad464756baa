import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """Hưng Yên: Hỏa táng chiếm gần 40% số ca tử vong 9 tháng năm 2024

Thực hiện Nghị quyết số 06/2021/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ hỏa táng, 9 tháng năm 2024, toàn tỉnh Hưng Yên có 3.127 ca hỏa táng, chiếm 39,4% tổng số ca tử vong, tăng 6,2% so với cùng kỳ năm 2023. Dẫn đầu là thành phố Hưng Yên với tỷ lệ hỏa táng 71,3%, tiếp đến là thị xã Mỹ Hào 58,6%, huyện Văn Lâm 52,1%.

Mức hỗ trợ của tỉnh là 5 triệu đồng/ca; kinh phí hỗ trợ 9 tháng đạt 15,6 tỷ đồng, bằng 78% kế hoạch năm. Từ năm 2021 đến nay, ngân sách tỉnh đã chi hơn 62 tỷ đồng hỗ trợ hỏa táng.

Cùng với hỗ trợ hỏa táng, toàn tỉnh đã quy hoạch 12 nghĩa trang nhân dân tập trung với tổng diện tích 312,6 ha. Diện tích mỗi phần mộ chôn cất một lần không quá 5 m², mộ cát táng không quá 3 m²; giá chuyển nhượng đất mộ tại các nghĩa trang dịch vụ dọc Quốc lộ 39 từ 4,5 đến 6 triệu đồng/m².

Ông Đỗ Văn Hải, Trưởng thôn An Vĩnh, xã Tân Châu (huyện Khoái Châu) cho biết: "Năm 2023, thôn có 27 người mất thì 25 gia đình chọn hỏa táng. Đám tang giờ gọn nhẹ, không mời cỗ, không thuê kèn đội, mỗi gia đình tiết kiệm được một khoản đáng kể".

Theo Sở Văn hóa, Thể thao và Du lịch, tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng đạt trên 50%, trong đó khu vực đô thị đạt 80%. Để đạt mục tiêu, Sở đề nghị các địa phương tiếp tục tuyên truyền tại 1.123 điểm sinh hoạt cộng đồng, đưa chỉ tiêu hỏa táng vào bình xét thôn, khu phố văn hóa.

THU HÀ
18/10/2024
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
G25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("gần 40%", "40", 40, "percent", "%", "hỏa táng trong số ca tử vong", M9, approx="nearly"),
    F("có 3.127 ca", "3.127", 3127, "count", "ca", "ca hỏa táng", M9,
      percent=39.4, change=CH("increase", 6.2, baseline="cùng kỳ năm 2023")),
    F("hỏa táng 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ hỏa táng", I(M9), location="Hưng Yên"),
    F("Mỹ Hào 58,6%", "58,6", 58.6, "percent", "%", "tỷ lệ hỏa táng", I(M9), location="Mỹ Hào"),
    F("Văn Lâm 52,1%", "52,1", 52.1, "percent", "%", "tỷ lệ hỏa táng", I(M9), location="Văn Lâm"),
    F("là 5 triệu", "5", 5_000_000, "money", "đồng/ca", "mức hỗ trợ hỏa táng của tỉnh"),
    F("đạt 15,6 tỷ", "15,6", 15_600_000_000, "money", "đồng", "kinh phí hỗ trợ hỏa táng",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=78),
    F("hơn 62 tỷ", "62", 62_000_000_000, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hỏa táng",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-18"), approx="over"),
    F("quy hoạch 12 nghĩa trang", "12", 12, "count", "nghĩa trang", "nghĩa trang nhân dân tập trung được quy hoạch"),
    F("312,6 ha", "312,6", 312.6, "measure", "ha", "tổng diện tích nghĩa trang nhân dân tập trung"),
    F("không quá 5 m²", "5", 5, "measure", "m²", "diện tích mỗi phần mộ chôn cất một lần", approx="at_most"),
    F("không quá 3 m²", "3", 3, "measure", "m²", "diện tích mộ cát táng", approx="at_most"),
    F("từ 4,5 đến 6 triệu", "4,5", 4_500_000, "money", "đồng/m²",
      "giá chuyển nhượng đất mộ tại các nghĩa trang dịch vụ", value_max=6_000_000),
    F("có 27 người mất", "27", 27, "count", "người", "người mất", Y(2023, "Năm 2023"), location="Khoái Châu"),
    F("thì 25 gia đình", "25", 25, "count", "gia đình", "gia đình chọn hỏa táng", Y(2023, "Năm 2023"),
      location="Khoái Châu"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng", G25, approx="over", status="target"),
    F("đô thị đạt 80%", "80", 80, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", G25, status="target"),
    F("tại 1.123 điểm", "1.123", 1123, "count", "điểm sinh hoạt cộng đồng", "điểm sinh hoạt cộng đồng tuyên truyền"),
]

COMMENTS = [
    "Party newspaper (Báo Hưng Yên style): cremation in 9 months of 2024, district rates, support money, cemetery planning,",
    "grave-size limits, a village head's quote, 2025 targets. Byline and bare date at the end.",
    "'chiếm 39,4% tổng số ca tử vong' is the share of 3.127 ca (percent attribute); 'bằng 78% kế hoạch năm' the share of 15,6 tỷ.",
    "'thành phố Hưng Yên' (the provincial city) is a list item: location 'Hưng Yên' (same name as the province).",
    "'27 người mất thì 25 gia đình chọn hỏa táng': no cue (a/b, trong đó, trong số), so no total; location Khoái Châu (the",
    "village's district, named in the sentence that introduces the quote). 'trong đó khu vực đô thị đạt 80%' is a rate,",
    "not a part of the 50% (no total). 'Quốc lộ 39' is a road name.",
    "Distractors: Nghị quyết số 06/2021/NQ-HĐND, Quốc lộ 39, date line 18/10/2024.",
]

if __name__ == "__main__":
    emit("p730-5", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Hưng Yên")
