from lib import *

TEXT = """BÁO THÁI BÌNH ĐIỆN TỬ
Xã hội

Hỏa táng trở thành nếp sống văn minh ở Thái Bình

Năm 2023, toàn tỉnh có 13.560 người từ trần, trong đó 9.872 người được hỏa táng, đạt tỷ lệ 72,8%, cao hơn 4,1 điểm phần trăm so với năm 2022. Nhiều địa phương có tỷ lệ hỏa táng trên 85% như thành phố Thái Bình (96,1%), huyện Đông Hưng (88,7%) và huyện Vũ Thư (86,2%).

Có được kết quả này là nhờ sự vào cuộc của cả hệ thống chính trị. Đến hết năm 2023, toàn tỉnh đã dừng táng mới tại 286/1.752 nghĩa trang nhỏ lẻ; nhiều khu nghĩa địa ở thôn 5, xã Vũ Chính được trồng cây xanh, chỉnh trang thành công viên.

Toàn tỉnh hiện có 2 đài hóa thân hoàn vũ với 8 lò; riêng đài hóa thân tại xã Vũ Chính có công suất 60 ca/ngày đêm. Chi phí hỏa táng trọn gói phổ biến từ 6-8 triệu đồng/ca, thấp hơn chi phí một đám tang địa táng.

Từ năm 2021 đến nay, ngân sách tỉnh đã chi gần 78,5 tỷ đồng hỗ trợ hỏa táng theo Nghị quyết số 12/2021/NQ-HĐND. Mức hỗ trợ của tỉnh là 3 triệu đồng/trường hợp, nhiều huyện hỗ trợ thêm 1,5 triệu đồng.

Ông Phạm Văn Tiến, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, năm nay là năm thứ 3 tỉnh tổ chức tổng kết phong trào. "Tỉnh phấn đấu đến năm 2025 tỷ lệ hỏa táng đạt 80%, đến năm 2030 đạt trên 90%, đồng thời giảm ít nhất 30% số nghĩa trang nhỏ lẻ so với năm 2020", ông Tiến nói.

Tại xã Vũ Chính, bình quân mỗi năm có khoảng 70 người mất, hầu hết đều được gia đình lựa chọn hỏa táng.

Ngọc Lan
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến hết năm 2023", None, "2023-12-31")
FROM = P("Từ năm 2021 đến nay", "2021-01-01", "2024-01-15")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S = "tỷ lệ hỏa táng"

FIGS = [
    F("có 13.560 người", "13.560", 13560, "count", "người", "người từ trần", Y23),
    F("9.872 người", "9.872", 9872, "count", "người", "người được hỏa táng", Y23, total=13560, percent=72.8,
      change=CH("increase", 4.1, "điểm phần trăm", "năm 2022")),
    F("trên 85%", "85", 85, "percent", "%", S, I(Y23), approx="over", optional=True),
    F("(96,1%)", "96,1", 96.1, "percent", "%", S, I(Y23), location="Thái Bình"),
    F("(88,7%)", "88,7", 88.7, "percent", "%", S, I(Y23), location="Đông Hưng"),
    F("(86,2%)", "86,2", 86.2, "percent", "%", S, I(Y23), location="Vũ Thư"),
    F("286/1.752", "286", 286, "count", "nghĩa trang", "nghĩa trang nhỏ lẻ đã dừng táng mới", ASOF, total=1752),
    F("có 2 đài", "2", 2, "count", "đài hóa thân hoàn vũ", "đài hóa thân hoàn vũ"),
    F("với 8 lò", "8", 8, "count", "lò", "lò của đài hóa thân hoàn vũ"),
    F("60 ca/ngày đêm", "60", 60, "measure", "ca/ngày đêm", "công suất đài hóa thân tại xã Vũ Chính"),
    F("từ 6-8 triệu", "6", 6e6, "money", "đồng/ca", "chi phí hỏa táng trọn gói", value_max=8e6),
    F("gần 78,5 tỷ đồng", "78,5", 78.5e9, "money", "đồng", "ngân sách tỉnh chi hỗ trợ hỏa táng", FROM, approx="nearly"),
    F("là 3 triệu đồng", "3", 3e6, "money", "đồng/trường hợp", "mức hỗ trợ hỏa táng của tỉnh"),
    F("thêm 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "mức hỗ trợ hỏa táng thêm của các huyện"),
    F("đạt 80%", "80", 80, "percent", "%", S, T25, status="target"),
    F("trên 90%", "90", 90, "percent", "%", S, T30, approx="over", status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "mức giảm số nghĩa trang nhỏ lẻ so với năm 2020", I(T30),
      approx="at_least", status="target"),
    F("khoảng 70 người", "70", 70, "count", "người", "người mất bình quân mỗi năm tại xã Vũ Chính", approx="about"),
]

COMMENTS = [
    "Báo Thái Bình (Party paper): hỏa táng năm 2023, dừng táng mới nghĩa trang nhỏ lẻ, đài hóa thân, hỗ trợ, targets (invented).",
    "Byline + bare date '15/01/2024' at the end give published. Distractors: 'thôn 5', 'Nghị quyết số 12/2021/NQ-HĐND',",
    "'năm thứ 3' (ordinal), 'năm 2020'/'năm 2022' baselines.",
    "9.872 người: total 13.560 (trong đó), percent 72,8 (đạt tỷ lệ), and the change 'cao hơn 4,1 điểm phần trăm' attaches to it.",
    "'trên 85%' is the list's threshold, optional. Bracketed list items: percent with the district as location;",
    "their period Năm 2023 stands in the previous sentence (inherited, unscored). 'thành phố Thái Bình' -> location Thái Bình.",
    "'giảm ít nhất 30% … so với năm 2020' is a target percent figure (a reduction that is the claim); its period is unclear (after 'đồng thời'): unscored.",
    "revised: subject of '8 lò' was 'lò hỏa táng', words the sentence does not use; now 'lò của đài hóa thân hoàn vũ' (FIGURES.md: as the sentence names it).",
    "Vũ Chính is a commune: location stays Thái Bình.",
]

if __name__ == "__main__":
    emit("p779-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Thái Bình")
