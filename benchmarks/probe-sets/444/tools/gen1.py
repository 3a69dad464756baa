from lib import *

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hội Khuyến học tỉnh tổng kết năm 2023: quỹ khuyến học các cấp vượt 312 tỷ đồng
Cập nhật: 16/01/2024 09:45 | Lượt xem: 2.317

Sáng 15/1, tại Hội trường số 2, số 16 đường Trường Thi (thành phố Vinh), Hội Khuyến học tỉnh Nghệ An tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023.

Năm 2023, toàn tỉnh có 586.420 hội viên khuyến học, tăng 12.305 hội viên so với năm 2022, chiếm 17,3% dân số. Tổng quỹ khuyến học các cấp đạt 312,6 tỷ đồng, tăng 8,4% so với năm trước; trong đó quỹ cấp tỉnh 18,2 tỷ đồng, quỹ cấp huyện 46,5 tỷ đồng, quỹ của các chi hội, dòng họ gần 247,9 tỷ đồng. Các địa phương có quỹ lớn là thị xã Hoàng Mai (21,4 tỷ đồng), huyện Diễn Châu (19,8 tỷ đồng) và huyện Yên Thành (18,6 tỷ đồng).

Trong năm, các cấp hội đã trao 124.650 suất học bổng, phần thưởng với tổng trị giá hơn 96 tỷ đồng cho học sinh, sinh viên nghèo vượt khó và học sinh giỏi, trong đó 2.180 suất dành cho con em đồng bào dân tộc thiểu số ở các huyện miền núi.

Phong trào xây dựng các mô hình học tập tiếp tục lan tỏa. Toàn tỉnh có 498.312 hộ đạt danh hiệu "Gia đình học tập", đạt 61,2% tổng số hộ; 4.215 "Dòng họ học tập"; 3.840/4.102 thôn, xóm, khối đạt "Cộng đồng học tập" và 2.765 cơ quan, đơn vị đạt "Đơn vị học tập".

Tại hội nghị, Trung ương Hội Khuyến học Việt Nam tặng Bằng khen cho 12 tập thể và 15 cá nhân; UBND tỉnh tặng Bằng khen cho 20 tập thể, 24 cá nhân.

Năm 2024, Hội Khuyến học tỉnh phấn đấu phát triển thêm 10.000 hội viên, nâng tổng quỹ khuyến học lên khoảng 330 tỷ đồng và tỷ lệ Gia đình học tập đạt 65% trở lên, góp phần thực hiện Quyết định số 1373/QĐ-TTg về xây dựng xã hội học tập giai đoạn 2021-2030.

Hồng Nhung (Văn phòng Hội Khuyến học tỉnh)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
T = 312600000000

FIGS = [
    F("các cấp vượt 312 tỷ đồng", "312", 312000000000, "money", "đồng", "quỹ khuyến học các cấp",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 586.420 hội viên", "586.420", 586420, "count", "hội viên", "hội viên khuyến học", Y23,
      percent=17.3, change=chg("increase", 12305, "hội viên", "năm 2022")),
    F("đạt 312,6 tỷ đồng", "312,6", T, "money", "đồng", "tổng quỹ khuyến học các cấp", Y23i,
      change=chg("increase", 8.4, "%", "năm trước")),
    F("quỹ cấp tỉnh 18,2 tỷ đồng", "18,2", 18200000000, "money", "đồng", "quỹ khuyến học cấp tỉnh", Y23i, total=T),
    F("quỹ cấp huyện 46,5 tỷ đồng", "46,5", 46500000000, "money", "đồng", "quỹ khuyến học cấp huyện", Y23i, total=T),
    F("gần 247,9 tỷ đồng", "247,9", 247900000000, "money", "đồng", "quỹ khuyến học của các chi hội, dòng họ", Y23i,
      approx="nearly", total=T),
    F("Hoàng Mai (21,4 tỷ đồng)", "21,4", 21400000000, "money", "đồng", "quỹ khuyến học", Y23i, location="Hoàng Mai"),
    F("Diễn Châu (19,8 tỷ đồng)", "19,8", 19800000000, "money", "đồng", "quỹ khuyến học", Y23i, location="Diễn Châu"),
    F("Yên Thành (18,6 tỷ đồng)", "18,6", 18600000000, "money", "đồng", "quỹ khuyến học", Y23i, location="Yên Thành"),
    F("trao 124.650 suất", "124.650", 124650, "count", "suất học bổng, phần thưởng",
      "suất học bổng, phần thưởng các cấp hội trao", TN),
    F("hơn 96 tỷ đồng", "96", 96000000000, "money", "đồng", "tổng trị giá học bổng, phần thưởng", TN, approx="over"),
    F("trong đó 2.180 suất", "2.180", 2180, "count", "suất",
      "suất học bổng dành cho con em đồng bào dân tộc thiểu số ở các huyện miền núi", TN, total=124650),
    F("có 498.312 hộ", "498.312", 498312, "count", "hộ", "hộ đạt danh hiệu Gia đình học tập", Y23i, percent=61.2),
    F("4.215 \"Dòng họ", "4.215", 4215, "count", "Dòng họ học tập", "Dòng họ học tập", Y23i),
    F("3.840/4.102 thôn", "3.840", 3840, "count", "thôn, xóm, khối", "thôn, xóm, khối đạt Cộng đồng học tập", Y23i,
      total=4102),
    F("2.765 cơ quan", "2.765", 2765, "count", "cơ quan, đơn vị", "cơ quan, đơn vị đạt Đơn vị học tập", Y23i),
    F("cho 12 tập thể", "12", 12, "count", "tập thể", "tập thể được Trung ương Hội Khuyến học Việt Nam tặng Bằng khen"),
    F("và 15 cá nhân", "15", 15, "count", "cá nhân", "cá nhân được Trung ương Hội Khuyến học Việt Nam tặng Bằng khen"),
    F("cho 20 tập thể", "20", 20, "count", "tập thể", "tập thể được UBND tỉnh tặng Bằng khen"),
    F("24 cá nhân", "24", 24, "count", "cá nhân", "cá nhân được UBND tỉnh tặng Bằng khen"),
    F("thêm 10.000 hội viên", "10.000", 10000, "count", "hội viên", "hội viên phát triển thêm", Y24, status="target"),
    F("khoảng 330 tỷ đồng", "330", 330000000000, "money", "đồng", "tổng quỹ khuyến học", Y24,
      approx="about", status="target"),
    F("đạt 65% trở lên", "65", 65, "percent", "%", "tỷ lệ Gia đình học tập", Y24, approx="at_least", status="target"),
]

build(1, [
    "Cổng TTĐT tỉnh Nghệ An: Hội Khuyến học tỉnh tổng kết năm 2023 (hội viên, quỹ khuyến học, học bổng, mô hình học tập, khen thưởng, chỉ tiêu 2024).",
    "Dateline 'Cập nhật: 16/01/2024 09:45 | Lượt xem: 2.317'. Distractors: view counter, 'Hội trường số 2', 'số 16 đường Trường Thi', 'Sáng 15/1',",
    "'Quyết định số 1373/QĐ-TTg', 'giai đoạn 2021-2030' (name of the programme), the headline's 'vượt 312 tỷ đồng' is a figure (approx over) with the headline's 'năm 2023'.",
    "Fund parts after 'trong đó' add up to the whole (18,2 + 46,5 + 247,9 = 312,6): total 312,6 tỷ. 'tăng 12.305 hội viên' is the change of 586.420, 'chiếm 17,3%' its percent.",
    "'Trong năm' resolves to 2023 (nearest earlier year). Awards (Bằng khen) at the conference carry no period. 2024 plan figures: status target.",
], TEXT, FIGS, published="2024-01-16", location="Nghệ An")
