"""p959-8: provincial newspaper online (Báo Bạc Liêu style, '(BBL) -' tag), headline figure, year-end 2023."""
from lib import F, P, I, C, T, year, build

TEXT = """
Xã hội

Bạc Liêu: Vận động hơn 12 tỷ đồng Quỹ Đền ơn đáp nghĩa

Cập nhật: 28/12/2023 - 15:40

(BBL) - Năm 2023, Quỹ Đền ơn đáp nghĩa các cấp trong tỉnh vận động được hơn 12,4 tỷ đồng, đạt 124% kế hoạch, tăng 2,1 tỷ đồng so với năm 2022. Từ nguồn quỹ, tỉnh đã xây mới 96 căn nhà tình nghĩa (mỗi căn 70 triệu đồng) và sửa chữa 54 căn (mỗi căn 30 triệu đồng). Ngày 26/12, Tỉnh ủy bàn giao căn nhà tình nghĩa thứ 96 cho bà Lâm Thị Năm, vợ liệt sĩ (khóm 2, phường 1, TP Bạc Liêu).

Các địa phương vận động được nhiều là thị xã Giá Rai, huyện Hồng Dân và huyện Phước Long, lần lượt đạt 2,3 tỷ đồng, 1,9 tỷ đồng và 1,7 tỷ đồng.

Tính đến cuối tháng 11/2023, toàn tỉnh có 18.415 người có công đang hưởng trợ cấp hằng tháng; 14 Mẹ Việt Nam anh hùng còn sống được phụng dưỡng với mức 3 triệu đồng/mẹ/tháng. Trong năm, ngành chức năng phối hợp quy tập 27 hài cốt liệt sĩ hy sinh tại Campuchia. Hiện Nghĩa trang liệt sĩ tỉnh đang an táng 3.872 liệt sĩ.

Nhân kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ, tỉnh đã tặng 36.780 suất quà cho người có công và thân nhân với tổng trị giá trên 16 tỷ đồng, đồng thời tổ chức cho 420 người có công đi điều dưỡng tập trung.

Năm 2024, tỉnh phấn đấu vận động Quỹ đạt 12 tỷ đồng trở lên, xây mới 100 căn nhà tình nghĩa; dự kiến tặng khoảng 40.000 suất quà dịp Tết Nguyên đán Giáp Thìn.

Nhật Hồ
"""

Y23 = year(2023, "Năm 2023")
Y24 = year(2024, "Năm 2024")
NOV = P("Tính đến cuối tháng 11/2023", None, "2023-11-30")
QUY = "Quỹ Đền ơn đáp nghĩa vận động"

FIGS = [
    F("hơn 12 tỷ đồng Quỹ", "12", 12e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa vận động", approx="over"),
    F("hơn 12,4 tỷ đồng", "12,4", 12.4e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa các cấp vận động", Y23, approx="over",
      percent=124, change=C("increase", 2.1e9, "đồng", "năm 2022")),
    F("xây mới 96 căn", "96", 96, "count", "căn nhà tình nghĩa", "nhà tình nghĩa xây mới", I(Y23)),
    F("mỗi căn 70 triệu đồng", "70", 70e6, "money", "đồng/căn", "mức xây mới mỗi căn nhà tình nghĩa", I(Y23)),
    F("sửa chữa 54 căn", "54", 54, "count", "căn", "nhà tình nghĩa sửa chữa", I(Y23)),
    F("mỗi căn 30 triệu đồng", "30", 30e6, "money", "đồng/căn", "mức sửa chữa mỗi căn nhà tình nghĩa", I(Y23)),
    F("đạt 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", QUY, I(Y23), location="Giá Rai"),
    F("1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", QUY, I(Y23), location="Hồng Dân"),
    F("1,7 tỷ đồng", "1,7", 1.7e9, "money", "đồng", QUY, I(Y23), location="Phước Long"),
    F("có 18.415 người có công", "18.415", 18415, "count", "người có công", "người có công đang hưởng trợ cấp hằng tháng", NOV),
    F("; 14 Mẹ", "14", 14, "count", "Mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng còn sống được phụng dưỡng", NOV),
    F("mức 3 triệu đồng/mẹ/tháng", "3", 3e6, "money", "đồng/mẹ/tháng", "mức phụng dưỡng Mẹ Việt Nam anh hùng", NOV),
    F("quy tập 27 hài cốt", "27", 27, "count", "hài cốt liệt sĩ", "hài cốt liệt sĩ hy sinh tại Campuchia được quy tập",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("an táng 3.872 liệt sĩ", "3.872", 3872, "count", "liệt sĩ", "liệt sĩ an táng tại Nghĩa trang liệt sĩ tỉnh"),
    F("tặng 36.780 suất quà", "36.780", 36780, "count", "suất quà", "suất quà tặng người có công và thân nhân"),
    F("trên 16 tỷ đồng", "16", 16e9, "money", "đồng", "tổng trị giá quà tặng người có công", approx="over"),
    F("cho 420 người có công", "420", 420, "count", "người có công", "người có công đi điều dưỡng tập trung"),
    F("đạt 12 tỷ đồng trở lên", "12", 12e9, "money", "đồng", "vận động Quỹ Đền ơn đáp nghĩa", Y24, approx="at_least",
      status="target"),
    F("xây mới 100 căn", "100", 100, "count", "căn nhà tình nghĩa", "nhà tình nghĩa xây mới", Y24, status="target"),
    F("khoảng 40.000 suất quà", "40.000", 40000, "count", "suất quà", "suất quà tặng dịp Tết Nguyên đán Giáp Thìn", Y24,
      approx="about", status="forecast"),
]

NOTES = [
    "Provincial newspaper online (Báo Bạc Liêu style): headline figure, 'Cập nhật: 28/12/2023 - 15:40', '(BBL) -' tag.",
    "Not figures: 'căn nhà tình nghĩa thứ 96' (ordinal), 'Ngày 26/12', '76 năm Ngày Thương binh - Liệt sĩ' (no period: the gifts paragraph states none), 'khóm 2, phường 1', the name Lâm Thị Năm, 'Tết … Giáp Thìn'.",
    "12,4 tỷ carries percent 124 ('đạt 124% kế hoạch') and change +2,1 tỷ đồng; the 2024 target is a figure of its own.",
    "'lần lượt' list shares the indicator; the districts are locations. The remains gathered in Cambodia stay Bạc Liêu's figure.",
    "'Tính đến cuối tháng 11/2023' (as-of) governs the clause after ';'. 'Trong năm' = 2023. 'Hiện' gives no period.",
    "'12 tỷ đồng trở lên' → approx at_least. '…; dự kiến …' → forecast.",
]

build("p959-8", TEXT, NOTES, FIGS, published="2023-12-28", location="Bạc Liêu")
