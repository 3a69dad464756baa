"""p674-4: Bộ LĐ-TB&XH site — national child drowning figures 2021-2023, age groups, swimming ability, program results and targets."""
from lib import F, P, I, CH, AGE, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Bảo vệ, chăm sóc trẻ em

Mỗi năm gần 2.000 trẻ em tử vong do đuối nước

Ngày đăng: 14/05/2024 | Lượt xem: 3.209

Theo số liệu của Cục Trẻ em, giai đoạn 2021-2023, cả nước có 5.816 trẻ em tử vong do đuối nước, bình quân mỗi năm gần 2.000 em. Riêng năm 2023 có 1.882 em tử vong, giảm 3,5% so với năm 2022.

Đuối nước là nguyên nhân tử vong hàng đầu ở trẻ em từ 5 đến 14 tuổi. Trong tổng số trẻ tử vong năm 2023, nhóm từ 5 đến 9 tuổi chiếm 38,2%, nhóm từ 10 đến 14 tuổi chiếm 33,6%, nhóm dưới 5 tuổi chiếm 21,4%; trẻ em nam chiếm gần 70%. Tỷ suất tử vong do đuối nước ở trẻ em năm 2023 là 7,4 trẻ/100.000 trẻ em, cao gấp 8 lần so với các nước phát triển.

Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn hiện mới đạt khoảng 42%, chênh lệch lớn giữa các địa phương: cao nhất là TP Hồ Chí Minh (68,5%), Đà Nẵng (63,2%), thấp nhất là Hà Giang (12,4%).

Thực hiện Chương trình phòng, chống đuối nước trẻ em giai đoạn 2021-2030 ban hành kèm theo Quyết định số 1248/QĐ-TTg, năm 2023 các địa phương đã tổ chức 9.860 lớp dạy bơi cho 312.500 trẻ em; lắp đặt hơn 27.000 biển cảnh báo nguy hiểm; hơn 2.100 bể bơi di động được đưa vào sử dụng, tăng 18% so với năm 2022.

Chương trình đặt mục tiêu đến năm 2025 giảm 10% và đến năm 2030 giảm 20% số trẻ em tử vong do đuối nước so với năm 2020; phấn đấu đến năm 2030 có 50% trẻ em từ 6 tuổi trở lên biết bơi an toàn.

Mọi thông tin, kiến nghị về bảo vệ trẻ em xin gọi Tổng đài quốc gia 111 (miễn phí) hoặc gửi về Cục Trẻ em, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
S_DEAD = "trẻ em tử vong do đuối nước"
S_SWIM = "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn"

FIGS = [
    F("gần 2.000 trẻ em tử vong", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm",
      approx="nearly"),
    F("có 5.816 trẻ em", "5.816", 5816, "count", "trẻ em", S_DEAD, G),
    F("gần 2.000 em.", "2.000", 2000, "count", "em", "trẻ em tử vong do đuối nước bình quân mỗi năm", G,
      approx="nearly"),
    F("có 1.882 em", "1.882", 1882, "count", "em", S_DEAD, P("năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 3.5, "%", "năm 2022")),
    AGE("từ 5 đến 14 tuổi", "5", 5, 14),
    AGE("từ 5 đến 9 tuổi", "5", 5, 9),
    F("chiếm 38,2%", "38,2", 38.2, "percent", "%", "tỷ lệ trẻ tử vong do đuối nước nhóm từ 5 đến 9 tuổi", Y23),
    AGE("từ 10 đến 14 tuổi", "10", 10, 14),
    F("chiếm 33,6%", "33,6", 33.6, "percent", "%", "tỷ lệ trẻ tử vong do đuối nước nhóm từ 10 đến 14 tuổi", Y23),
    AGE("dưới 5 tuổi", "5", 5, approx="under"),
    F("chiếm 21,4%", "21,4", 21.4, "percent", "%", "tỷ lệ trẻ tử vong do đuối nước nhóm dưới 5 tuổi", Y23),
    F("chiếm gần 70%", "70", 70, "percent", "%", "tỷ lệ trẻ em nam trong số trẻ tử vong do đuối nước", Y23,
      approx="nearly"),
    F("là 7,4 trẻ", "7,4", 7.4, "measure", "trẻ/100.000 trẻ em", "tỷ suất tử vong do đuối nước ở trẻ em", Y23,
      change=CH("increase", 8, "lần", "các nước phát triển")),
    AGE("từ 6 đến 15 tuổi", "6", 6, 15),
    F("khoảng 42%", "42", 42, "percent", "%", S_SWIM, approx="about"),
    F("(68,5%)", "68,5", 68.5, "percent", "%", S_SWIM, location="TP Hồ Chí Minh"),
    F("(63,2%)", "63,2", 63.2, "percent", "%", S_SWIM, location="Đà Nẵng"),
    F("(12,4%)", "12,4", 12.4, "percent", "%", S_SWIM, location="Hà Giang"),
    F("tổ chức 9.860 lớp", "9.860", 9860, "count", "lớp", "lớp dạy bơi", Y23),
    F("cho 312.500 trẻ em", "312.500", 312500, "count", "trẻ em", "trẻ em được dạy bơi", Y23),
    F("hơn 27.000 biển", "27.000", 27000, "count", "biển cảnh báo", "biển cảnh báo nguy hiểm lắp đặt", Y23,
      approx="over"),
    F("hơn 2.100 bể", "2.100", 2100, "count", "bể bơi di động", "bể bơi di động được đưa vào sử dụng", Y23,
      approx="over", change=CH("increase", 18, "%", "năm 2022")),
    F("giảm 10% và", "10", 10, "percent", "%", "giảm số trẻ em tử vong do đuối nước so với năm 2020",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("giảm 20% số", "20", 20, "percent", "%", "giảm số trẻ em tử vong do đuối nước so với năm 2020",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("có 50% trẻ em", "50", 50, "percent", "%", "trẻ em từ 6 tuổi trở lên biết bơi an toàn",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    AGE("từ 6 tuổi trở lên", "6", 6, approx="at_least"),
]

COMMENTS = [
    "Bộ LĐ-TB&XH site: 'Mỗi năm gần 2.000 trẻ em tử vong do đuối nước' — national figures 2021-2023, age groups, swimming ability,",
    "results of the 2021-2030 program in 2023 and its 2025/2030 targets. 'Ngày đăng: 14/05/2024 | Lượt xem: 3.209'.",
    "National figures: location Việt Nam; provinces in the swimming-rate list take their own location, subject = the list's indicator.",
    "Age bounds optional. 'cao gấp 8 lần so với các nước phát triển' after the rate: its change (lần), like 'tăng … lần so với'.",
    "'giai đoạn 2021-2030', 'Quyết định số 1248/QĐ-TTg', 'Tổng đài quốc gia 111', 'số 12 Ngô Quyền' are not figures.",
    "'hiện mới đạt khoảng 42%' and the province list: no period. Targets 'đến năm 2025/2030' end that year (start null).",
]

if __name__ == "__main__":
    emit("p674-4", TEXT, COMMENTS, FIGS, published="2024-05-14", location="Việt Nam")
