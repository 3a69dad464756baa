from lib import *

TEXT = """BÁO LAI CHÂU ĐIỆN TỬ
Xã hội › Giáo dục

Lai Châu chi hơn 186 tỷ đồng hỗ trợ học sinh bán trú 9 tháng năm 2024

Cập nhật: 08:15, 14/10/2024

(BLC) - 9 tháng năm 2024, toàn tỉnh đã chi hơn 186 tỷ đồng thực hiện chính sách hỗ trợ học sinh bán trú và học sinh trường phổ thông dân tộc nội trú theo Nghị định số 116/2016/NĐ-CP, đạt 78,4% dự toán năm, tăng 9,3% so với cùng kỳ năm 2023. Trong đó, hỗ trợ tiền ăn 112,6 tỷ đồng, hỗ trợ gạo 2.140,5 tấn (quy đổi khoảng 31 tỷ đồng), còn lại là tiền nhà ở, đồng phục, sách vở. Ước cả năm 2024, tổng kinh phí đạt khoảng 238 tỷ đồng.

Theo quy định, mỗi học sinh bán trú được hỗ trợ tiền ăn 936.000 đồng/tháng (bằng 40% mức lương cơ sở) và 15 kg gạo/tháng. Học sinh trường phổ thông dân tộc nội trú được hưởng học bổng 1.872.000 đồng/tháng, được cấp 2 bộ đồng phục mỗi năm học.

Tính đến ngày 30/9/2024, toàn tỉnh có 38.715 học sinh bán trú, tăng 1.260 em so với năm học trước, chiếm 27,6% tổng số học sinh phổ thông. Các huyện có đông học sinh bán trú là Mường Tè (6.820 em), Sìn Hồ (6.145 em), Phong Thổ (5.930 em).

Quý IV/2024, Sở Giáo dục và Đào tạo dự kiến cấp bổ sung 24.500 bản sách giáo khoa cho tủ sách dùng chung của 112 trường phổ thông dân tộc bán trú.

Quỳnh Anh
Tòa soạn: Tổ 12, phường Tân Phong, TP Lai Châu. Điện thoại: 0213.3876.504
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = YEAR("cả năm 2024", 2024)
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
SUBJ = "kinh phí hỗ trợ học sinh bán trú và học sinh trường phổ thông dân tộc nội trú"

FIG = [
    F("chi hơn 186 tỷ đồng hỗ trợ", "186", 186000000000, "money", "đồng", "kinh phí hỗ trợ học sinh bán trú", M9, approx="over"),
    F("chi hơn 186 tỷ đồng thực hiện", "186", 186000000000, "money", "đồng", SUBJ, M9, approx="over", percent=78.4,
      change=CH("increase", 9.3, baseline="cùng kỳ năm 2023")),
    F("tiền ăn 112,6 tỷ đồng", "112,6", 112600000000, "money", "đồng", "hỗ trợ tiền ăn", I(M9), total=186000000000),
    F("2.140,5 tấn", "2.140,5", 2140.5, "measure", "tấn", "hỗ trợ gạo", I(M9)),
    F("khoảng 31 tỷ đồng", "31", 31000000000, "money", "đồng", "hỗ trợ gạo quy đổi", I(M9), approx="about",
      total=186000000000),
    F("khoảng 238 tỷ đồng", "238", 238000000000, "money", "đồng", "tổng kinh phí hỗ trợ học sinh bán trú cả năm", Y24,
      approx="about", status="estimate"),
    F("936.000 đồng/tháng", "936.000", 936000, "money", "đồng/tháng", "hỗ trợ tiền ăn mỗi học sinh bán trú", percent=40),
    F("15 kg", "15", 15, "measure", "kg/tháng", "hỗ trợ gạo mỗi học sinh bán trú"),
    F("1.872.000 đồng/tháng", "1.872.000", 1872000, "money", "đồng/tháng", "học bổng học sinh trường phổ thông dân tộc nội trú"),
    F("2 bộ đồng phục", "2", 2, "count", "bộ đồng phục", "đồng phục cấp cho học sinh trường phổ thông dân tộc nội trú mỗi năm học"),
    F("có 38.715 học sinh", "38.715", 38715, "count", "học sinh", "học sinh bán trú", ASOF, percent=27.6,
      change=CH("increase", 1260, unit="em", baseline="năm học trước")),
    F("Mường Tè (6.820 em)", "6.820", 6820, "count", "em", "học sinh bán trú", I(ASOF), location="Mường Tè"),
    F("Sìn Hồ (6.145 em)", "6.145", 6145, "count", "em", "học sinh bán trú", I(ASOF), location="Sìn Hồ"),
    F("Phong Thổ (5.930 em)", "5.930", 5930, "count", "em", "học sinh bán trú", I(ASOF), location="Phong Thổ"),
    F("24.500 bản", "24.500", 24500, "count", "bản", "sách giáo khoa cấp bổ sung cho tủ sách dùng chung", Q4, status="forecast"),
    F("112 trường", "112", 112, "count", "trường", "trường phổ thông dân tộc bán trú được cấp bổ sung sách giáo khoa", Q4,
      status="forecast"),
]

emit("p739-8", TEXT, [
    "Báo Lai Châu online, 'Cập nhật: 08:15, 14/10/2024', tag (BLC): support for semi-boarding pupils (Nghị định 116/2016),",
    "9 months 2024, 'Ước cả năm', rates per pupil per month, as-of count with district list, Q4 plan.",
    "The headline repeats 186 tỷ with its own period (scored). 'quy đổi khoảng 31 tỷ đồng' is the money part of the 186 tỷ",
    "(after 'Trong đó'): total. 'bằng 40% mức lương cơ sở' is the share of 936.000. '15 kg gạo/tháng': unit kg/tháng (rice is the subject).",
    "District list after 'là' has no part-of cue and does not add up: no total. 'Tổ 12', phone, decree number are not figures.",
], FIG, published="2024-10-14", location="Lai Châu")
