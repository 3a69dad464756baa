"""p706-5: Party newspaper (Báo Vĩnh Long) — câu lạc bộ liên thế hệ tự giúp nhau; byline and bare date at the end."""
from lib import F, P, inh, CH, AGE, emit

TEXT = """BÁO VĨNH LONG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH LONG
Xã hội

Nhân rộng câu lạc bộ liên thế hệ tự giúp nhau

Những năm qua, mô hình câu lạc bộ (CLB) liên thế hệ tự giúp nhau đã trở thành điểm tựa của nhiều người cao tuổi trong tỉnh. Đến cuối năm 2023, toàn tỉnh có 186 CLB với 9.480 thành viên, trong đó người cao tuổi chiếm khoảng 72%. Số CLB hiện nay gấp 3 lần năm 2020.

Các huyện có nhiều CLB là Long Hồ (28 CLB), Tam Bình (25 CLB), Vũng Liêm (23 CLB); hai huyện Trà Ôn, Mang Thít lần lượt có 19 và 17 CLB.

Năm 2023, các CLB đã huy động quỹ tự giúp nhau được hơn 6,7 tỷ đồng, cho 1.215 lượt thành viên vay vốn với mức vay từ 5 đến 10 triệu đồng/lượt; nhờ đó 137 hộ thành viên thoát nghèo. Tình nguyện viên CLB đã chăm sóc tại nhà cho 2.364 người cao tuổi cô đơn, ốm đau, trong đó 418 người được chăm sóc thường xuyên.

Bà Nguyễn Thị Lan (72 tuổi, ấp Phước Hòa, xã Phước Hậu) chia sẻ: "Nhờ vay 8 triệu đồng từ quỹ CLB, tôi nuôi được 2 con bò, mỗi năm có thêm gần 15 triệu đồng".

Theo Hội Người cao tuổi tỉnh, năm 2024 tỉnh dự kiến bố trí 1,2 tỷ đồng hỗ trợ thành lập mới 30 CLB, mỗi CLB được hỗ trợ 40 triệu đồng. Mục tiêu đến năm 2025, toàn tỉnh có 250 CLB, 100% xã, phường, thị trấn có CLB liên thế hệ tự giúp nhau.

Việc nhân rộng mô hình được xác định là một trong những nhiệm vụ trọng tâm của Chương trình hành động về người cao tuổi giai đoạn 2021-2025 của tỉnh.

THANH TÂM

25/03/2024
"""

END23 = P("Đến cuối năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CLB = "câu lạc bộ liên thế hệ tự giúp nhau"

FIGS = [
    F("có 186 CLB", "186", 186, "count", "CLB", CLB, END23),
    F("với 9.480 thành viên", "9.480", 9480, "count", "thành viên", "thành viên CLB liên thế hệ tự giúp nhau", END23),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", "người cao tuổi trong số thành viên CLB", END23, approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "Số CLB hiện nay so với năm 2020"),
    F("Long Hồ (28 CLB)", "28", 28, "count", "CLB", CLB, location="Long Hồ"),
    F("Tam Bình (25 CLB)", "25", 25, "count", "CLB", CLB, location="Tam Bình"),
    F("Vũng Liêm (23 CLB)", "23", 23, "count", "CLB", CLB, location="Vũng Liêm"),
    # added after the first run (gold omission): a count word before the named districts, optional as
    # "cả 2 khối" (shared h29), "05 địa phương cao nhất là" (h18), "4 vị trí tiếp theo" (h05)
    F("hai huyện Trà Ôn", "hai", 2, "count", "huyện", optional=True),
    F("có 19 và", "19", 19, "count", "CLB", CLB, location="Trà Ôn"),
    F("và 17 CLB", "17", 17, "count", "CLB", CLB, location="Mang Thít"),
    F("hơn 6,7 tỷ đồng", "6,7", 6.7e9, "money", "đồng", "quỹ tự giúp nhau các CLB huy động", Y23, approx="over"),
    F("cho 1.215 lượt", "1.215", 1215, "count", "lượt", "lượt thành viên vay vốn", Y23),
    F("từ 5 đến 10 triệu đồng/lượt", "5", 5e6, "money", "đồng/lượt", "mức vay", Y23, value_max=10e6),
    F("đó 137 hộ", "137", 137, "count", "hộ", "hộ thành viên thoát nghèo", Y23),
    F("cho 2.364 người", "2.364", 2364, "count", "người cao tuổi",
      "người cao tuổi cô đơn, ốm đau được tình nguyện viên CLB chăm sóc tại nhà", inh(Y23)),
    F("đó 418 người", "418", 418, "count", "người", "người cao tuổi được chăm sóc thường xuyên", inh(Y23),
      total=2364),
    AGE("(72 tuổi", "72"),
    F("vay 8 triệu đồng", "8", 8e6, "money", "đồng", "tiền vay từ quỹ CLB"),
    F("được 2 con bò", "2", 2, "count", "con bò", "bò nuôi được nhờ vốn vay"),
    F("gần 15 triệu đồng", "15", 15e6, "money", "đồng", "thu nhập có thêm mỗi năm", approx="nearly"),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ thành lập mới CLB", Y24,
      status="forecast"),
    F("mới 30 CLB", "30", 30, "count", "CLB", "CLB thành lập mới", Y24, status="forecast"),
    F("hỗ trợ 40 triệu đồng", "40", 40e6, "money", "đồng", "mức hỗ trợ mỗi CLB", Y24, status="forecast"),
    F("có 250 CLB", "250", 250, "count", "CLB", CLB, T25, status="target"),
    F("250 CLB, 100%", "100", 100, "percent", "%", "xã, phường, thị trấn có CLB liên thế hệ tự giúp nhau", T25,
      status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Vĩnh Long): câu lạc bộ liên thế hệ tự giúp nhau; byline 'THANH TÂM' and a bare date '25/03/2024' at the end.",
    "'9.480 thành viên, trong đó người cao tuổi chiếm khoảng 72%' — 72% is not a share of the 9.480 itself but of a part: a percent figure of its own.",
    "'Số CLB hiện nay gấp 3 lần năm 2020' stands alone as the claim: multiple. District list with brackets and 'lần lượt có 19 và 17 CLB': location per item.",
    "Status 'dự kiến' governs 1,2 tỷ and the continuing clauses (30 CLB, 40 triệu each); 'Mục tiêu đến năm 2025' → target.",
    "The anecdote (8 triệu, 2 con bò, gần 15 triệu) holds figures stated as fact; the speaker's age '72 tuổi' is optional.",
    "'hai huyện Trà Ôn, Mang Thít' counts the districts it names: optional (as 'cả 2 khối' in shared h29); added after the first run.",
    "Not figures: giai đoạn 2021-2025, the date line, 'một trong những'.",
]

if __name__ == "__main__":
    emit("p706-5", TEXT, COMMENTS, FIGS, published="2024-03-25", location="Vĩnh Long")
