import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """UBND XÃ QUỲNH HỒNG - HUYỆN QUỲNH PHỤ - TỈNH THÁI BÌNH
Trang chủ » Tin tức » Văn hóa - Xã hội
Ngày đăng: 05/10/2024 | Người đăng: Ban biên tập

Xã Quỳnh Hồng: Tiết kiệm hơn 1,2 tỷ đồng nhờ thực hiện hương ước về việc cưới, việc tang

Năm 2023, xã Quỳnh Hồng hoàn thành sửa đổi hương ước tại 8/8 thôn. Theo hương ước mới, mỗi đám cưới không quá 25 mâm cỗ; tiền mừng cưới, phúng viếng không quá 200.000 đồng/người; thời gian tổ chức tang lễ không quá 36 giờ, không tổ chức ăn uống linh đình.

9 tháng năm 2024, toàn xã có 57 đám cưới, 100% thực hiện đúng hương ước; 71 đám tang, trong đó 29 ca hỏa táng, chiếm 40,8%. Riêng quý III, xã có 22 đám tang, trong đó 11 ca hỏa táng. Thôn Đồng Bằng và thôn An Lập có tỷ lệ hỏa táng cao nhất, lần lượt là 62% và 55%.

Bình quân mỗi đám cưới giảm 10 - 15 mâm cỗ, tiết kiệm khoảng 20 triệu đồng; ước tính từ đầu năm đến nay người dân trong xã tiết kiệm hơn 1,2 tỷ đồng. Ngoài mức hỗ trợ 3 triệu đồng/ca của huyện, xã hỗ trợ thêm 2 triệu đồng/ca hỏa táng từ nguồn xã hội hóa.

Bà Vũ Thị Nga, Chủ tịch UBND xã cho biết, mục tiêu năm 2025 tỷ lệ hỏa táng của xã đạt trên 50%, 100% đám cưới, đám tang thực hiện đúng hương ước. Các trường hợp vi phạm sẽ không được bình xét danh hiệu "Gia đình văn hóa".

Mọi thông tin liên hệ: Văn phòng UBND xã, thôn Đồng Bằng, xã Quỳnh Hồng (cạnh đường ĐH.75). Điện thoại: 0227.3863.125
Lượt truy cập: 45.612
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y25 = Y(2025)
T = "target"
FIGS = [
    F("hơn 1,2 tỷ đồng nhờ", "1,2", 1_200_000_000, "money", "đồng", "chi phí người dân tiết kiệm",
      I(P("từ đầu năm đến nay", "2024-01-01", "2024-10-05")), approx="over"),
    F("tại 8/8 thôn", "8", 8, "count", "thôn", "thôn hoàn thành sửa đổi hương ước", Y(2023, "Năm 2023"), total=8),
    F("không quá 25 mâm", "25", 25, "count", "mâm cỗ", "mâm cỗ mỗi đám cưới theo hương ước", approx="at_most"),
    F("không quá 200.000 đồng", "200.000", 200_000, "money", "đồng/người", "tiền mừng cưới, phúng viếng",
      approx="at_most"),
    F("không quá 36 giờ", "36", 36, "measure", "giờ", "thời gian tổ chức tang lễ", approx="at_most"),
    F("có 57 đám cưới", "57", 57, "count", "đám cưới", "đám cưới", M9),
    F("100% thực hiện", "100", 100, "percent", "%", "đám cưới thực hiện đúng hương ước", M9),
    F("71 đám tang", "71", 71, "count", "đám tang", "đám tang", M9),
    F("29 ca", "29", 29, "count", "ca", "ca hỏa táng", M9, total=71, percent=40.8),
    F("có 22 đám tang", "22", 22, "count", "đám tang", "đám tang", Q3),
    F("11 ca", "11", 11, "count", "ca", "ca hỏa táng", Q3, total=22),
    F("là 62%", "62", 62, "percent", "%", "tỷ lệ hỏa táng thôn Đồng Bằng"),
    F("và 55%", "55", 55, "percent", "%", "tỷ lệ hỏa táng thôn An Lập"),
    F("giảm 10 - 15 mâm", "10", 10, "count", "mâm cỗ", "mâm cỗ giảm bình quân mỗi đám cưới", value_max=15),
    F("khoảng 20 triệu", "20", 20_000_000, "money", "đồng", "chi phí tiết kiệm bình quân mỗi đám cưới", approx="about"),
    F("tiết kiệm hơn 1,2 tỷ", "1,2", 1_200_000_000, "money", "đồng", "chi phí người dân trong xã tiết kiệm",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-05"), approx="over", status="estimate"),
    F("hỗ trợ 3 triệu", "3", 3_000_000, "money", "đồng/ca", "mức hỗ trợ hỏa táng của huyện"),
    F("thêm 2 triệu", "2", 2_000_000, "money", "đồng/ca", "mức hỗ trợ thêm hỏa táng của xã"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng của xã", Y25, approx="over", status=T),
    F("100% đám cưới, đám tang", "100", 100, "percent", "%", "đám cưới, đám tang thực hiện đúng hương ước", Y25,
      status=T),
]

COMMENTS = [
    "Commune portal (xã Quỳnh Hồng, huyện Quỳnh Phụ, Thái Bình): covenant rules (trays, gift money, funeral length), results",
    "for 9 months and Q3 2024, savings, cremation support, 2025 targets. 'Ngày đăng: 05/10/2024' is the date.",
    "Location: FIGURES.md limits location to a province, city or district, so the commune's figures take the district that",
    "contains it, 'Quỳnh Phụ' (as p730-5 does for a village in Khoái Châu). Villages (thôn) in the 'lần lượt' list are no",
    "districts: they stay in the subject. The district's own support level ('3 triệu đồng/ca của huyện') is Quỳnh Phụ too.",
    "revised after the first scoring: default location 'Quỳnh Hồng' (a commune, outside the field's domain) -> 'Quỳnh Phụ'.",
    "'giảm 10 - 15 mâm cỗ' has no figure to attach to: a count (range) of its own. 'quý III' without a year takes 2024.",
    "Headline 'hơn 1,2 tỷ đồng' repeats the body figure (period inherited; the headline has no 'ước', so actual).",
    "Distractors: 'thôn Đồng Bằng' address, 'đường ĐH.75', 0227.3863.125, 'Lượt truy cập: 45.612'.",
]

if __name__ == "__main__":
    emit("p730-8", TEXT, COMMENTS, FIGS, published="2024-10-05", location="Quỳnh Phụ")
