"""p536-8: provincial newspaper (Báo Quảng Ngãi, tag BQNg), martyrs' cemeteries and graves, 9 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Quảng Ngãi điện tử
Xã hội › Chính sách

Dành hơn 38 tỷ đồng tu bổ nghĩa trang, mộ liệt sĩ

Thứ Hai, 09/10/2023 | 08:15

(BQNg) - 9 tháng năm 2023, các cấp, ngành trong tỉnh đã bố trí 38,6 tỷ đồng để tu bổ, nâng cấp nghĩa trang, đài tưởng niệm và mộ liệt sĩ, đạt 91,9% kế hoạch năm, tăng 2,3 lần so với cùng kỳ.

Các địa phương được đầu tư nhiều là huyện Sơn Tịnh (7,2 tỷ đồng), Bình Sơn (6,5 tỷ đồng), Mộ Đức (5,8 tỷ đồng) và thị xã Đức Phổ (4,9 tỷ đồng). Riêng công trình tu bổ Đài tưởng niệm Trung đoàn 94 tại xã Phổ Cường có tổng vốn 3,75 tỷ đồng.

Toàn tỉnh hiện có 183 nghĩa trang liệt sĩ với 36.572 mộ, trong đó 9.418 mộ chưa xác định được danh tính (chiếm 25,8%). Đến ngày 30/9/2023, đã hoàn thành nâng cấp 21/27 công trình; số còn lại dự kiến hoàn thành trong quý IV/2023.

Cũng trong 9 tháng, tỉnh hỗ trợ 1.146 lượt thân nhân đi thăm viếng mộ liệt sĩ, kinh phí khoảng 1,9 tỷ đồng; tiếp nhận, an táng 17 hài cốt liệt sĩ do Đội K52 quy tập. Quý IV/2023, Sở Lao động - Thương binh và Xã hội dự kiến giải ngân thêm khoảng 3,4 tỷ đồng.

Ông Nguyễn Văn Sáu, Trưởng phòng Người có công của Sở, cho biết: Tỉnh phấn đấu đến năm 2025 có 100% nghĩa trang liệt sĩ cấp huyện được nâng cấp, 90% mộ liệt sĩ được gắn bia đúng quy cách.

THANH NHƯ
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9b = per("trong 9 tháng", "2023-01-01", "2023-09-30")
ASOF = per("Đến ngày 30/9/2023", end="2023-09-30")
Q4 = per("Quý IV/2023", "2023-10-01", "2023-12-31")
T25 = per("đến năm 2025", end="2025-12-31")
F = [
    fig("hơn 38 tỷ đồng", "38", 38000000000, "money", "đồng",
        "kinh phí tu bổ nghĩa trang, mộ liệt sĩ", inh(M9), approx="over"),
    fig("bố trí 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang, đài tưởng niệm và mộ liệt sĩ", M9,
        percent=91.9, change=chg("increase", 2.3, "lần", baseline="cùng kỳ")),
    fig("Sơn Tịnh (7,2 tỷ đồng)", "7,2", 7200000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang, mộ liệt sĩ", inh(M9), location="Sơn Tịnh"),
    fig("Bình Sơn (6,5 tỷ đồng)", "6,5", 6500000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang, mộ liệt sĩ", inh(M9), location="Bình Sơn"),
    fig("Mộ Đức (5,8 tỷ đồng)", "5,8", 5800000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang, mộ liệt sĩ", inh(M9), location="Mộ Đức"),
    fig("Đức Phổ (4,9 tỷ đồng)", "4,9", 4900000000, "money", "đồng",
        "kinh phí tu bổ, nâng cấp nghĩa trang, mộ liệt sĩ", inh(M9), location="Đức Phổ"),
    fig("tổng vốn 3,75 tỷ đồng", "3,75", 3750000000, "money", "đồng",
        "tổng vốn công trình tu bổ Đài tưởng niệm Trung đoàn 94"),
    fig("có 183 nghĩa trang", "183", 183, "count", "nghĩa trang liệt sĩ",
        "nghĩa trang liệt sĩ"),
    fig("với 36.572 mộ", "36.572", 36572, "count", "mộ",
        "mộ liệt sĩ"),
    fig("đó 9.418 mộ", "9.418", 9418, "count", "mộ",
        "mộ liệt sĩ chưa xác định được danh tính", total=36572, percent=25.8),
    fig("nâng cấp 21/27 công trình", "21", 21, "count", "công trình",
        "công trình nghĩa trang, mộ liệt sĩ đã hoàn thành nâng cấp", ASOF, total=27),
    fig("hỗ trợ 1.146 lượt", "1.146", 1146, "count", "lượt",
        "lượt thân nhân đi thăm viếng mộ liệt sĩ được hỗ trợ", M9b),
    fig("khoảng 1,9 tỷ đồng", "1,9", 1900000000, "money", "đồng",
        "kinh phí hỗ trợ thân nhân thăm viếng mộ liệt sĩ", M9b, approx="about"),
    fig("táng 17 hài cốt", "17", 17, "count", "hài cốt",
        "hài cốt liệt sĩ được tiếp nhận, an táng", M9b),
    fig("khoảng 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng",
        "kinh phí dự kiến giải ngân thêm", Q4, approx="about", status="forecast"),
    fig("có 100% nghĩa trang", "100", 100, "percent", "%",
        "nghĩa trang liệt sĩ cấp huyện được nâng cấp", T25, status="target"),
    fig("90% mộ", "90", 90, "percent", "%",
        "mộ liệt sĩ được gắn bia đúng quy cách", T25, status="target"),
]

NOTES = [
    "Báo Quảng Ngãi (provincial paper): masthead, 'Thứ Hai, 09/10/2023 | 08:15', tag '(BQNg) -', byline in capitals at the end.",
    "'đạt 91,9% kế hoạch năm, tăng 2,3 lần so với cùng kỳ' -> percent and change (lần) of 38,6 tỷ; the headline 'hơn 38 tỷ' inherits 9 tháng.",
    "District items in brackets go to location (Sơn Tịnh, Bình Sơn, Mộ Đức, thị xã Đức Phổ); the Trung đoàn 94 memorial is in xã Phổ Cường,",
    "which the text does not place in a district: location stays Quảng Ngãi. '(chiếm 25,8%)' is the share of its 'trong đó' part; '21/27' -> total 27.",
    "'Cũng trong 9 tháng' takes 2023. 'dự kiến … quý IV/2023' -> forecast; 'phấn đấu đến năm 2025' -> target for both percents.",
    "Distractors: 'Trung đoàn 94', 'Đội K52', quý IV/2023 in 'dự kiến hoàn thành trong quý IV/2023', name 'Nguyễn Văn Sáu' (a number word).",
]

write("p536-8", TEXT, NOTES, F, published="2023-10-09", location="Quảng Ngãi")
