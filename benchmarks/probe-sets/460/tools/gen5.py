from lib import F, P, I, CH, TG, emit

TEXT = """BÁO NGHỆ AN
Xã hội

Quỹ Bảo trợ trẻ em Nghệ An vận động hơn 8,2 tỷ đồng năm 2023

Thanh Lê • 07/01/2024 10:15

(Baonghean.vn) - Năm 2023, Quỹ Bảo trợ trẻ em tỉnh Nghệ An đã vận động được 8,26 tỷ đồng, tăng 15,2% so với năm 2022, đạt 103,3% kế hoạch (8 tỷ đồng). Đây là năm thứ ba liên tiếp Quỹ vượt chỉ tiêu vận động.

Trong năm, Quỹ đã hỗ trợ 1.376 trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt với tổng số tiền 5,94 tỷ đồng; trong đó trao 620 suất học bổng, mỗi suất từ 1 đến 2 triệu đồng; hỗ trợ phẫu thuật tim bẩm sinh, hở môi, hàm ếch cho 48 trẻ em với kinh phí gần 1,1 tỷ đồng.

Các huyện Quỳnh Lưu, Diễn Châu và Nghi Lộc có số tiền vận động nhiều nhất, lần lượt là 712 triệu đồng, 645 triệu đồng và 590 triệu đồng.

Toàn tỉnh hiện có 412 trẻ em mồ côi do dịch COVID-19. Quỹ đã kết nối nhà hảo tâm nhận đỡ đầu 95 em, với mức hỗ trợ 500.000 đồng/em/tháng cho đến khi các em đủ 18 tuổi.

Bà Nguyễn Thị Hương, Giám đốc Quỹ cho biết: "Năm 2024, Quỹ phấn đấu vận động khoảng 9 tỷ đồng, trong đó ít nhất 30% dành cho trẻ em vùng miền núi, dân tộc thiểu số". Quỹ đặt tại số 18 đường Trường Thi, thành phố Vinh; tài khoản tiếp nhận ủng hộ số 3711.0000.123456 tại Ngân hàng BIDV chi nhánh Nghệ An.

Trước đó, ngày 1/6/2023, nhân Tháng hành động vì trẻ em, Quỹ phối hợp với Tỉnh đoàn trao 200 chiếc xe đạp cho học sinh nghèo vượt khó tại 21 huyện, thành, thị.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hơn 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng", "Quỹ Bảo trợ trẻ em Nghệ An vận động",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("được 8,26 tỷ đồng", "8,26", 8.26e9, "money", "đồng", "Quỹ Bảo trợ trẻ em tỉnh Nghệ An vận động", Y23,
      percent=103.3, change=CH("increase", 15.2, baseline="năm 2022"), target=TG(8e9, "đồng", True)),
    F("năm thứ ba liên tiếp", "ba", 3, "count", "năm", optional=True),
    F("hỗ trợ 1.376 trẻ em", "1.376", 1376, "count", "trẻ em", "trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt được hỗ trợ",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("tiền 5,94 tỷ đồng", "5,94", 5.94e9, "money", "đồng", "tổng số tiền hỗ trợ", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("trao 620 suất", "620", 620, "count", "suất học bổng", "suất học bổng", P("Trong năm", "2023-01-01", "2023-12-31")),
    F("từ 1 đến 2 triệu đồng", "1", 1e6, "money", "đồng", "mỗi suất học bổng", P("Trong năm", "2023-01-01", "2023-12-31"),
      value_max=2e6),
    F("cho 48 trẻ em", "48", 48, "count", "trẻ em", "trẻ em được hỗ trợ phẫu thuật tim bẩm sinh, hở môi, hàm ếch",
      P("Trong năm", "2023-01-01", "2023-12-31"), total=1376),
    F("gần 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "kinh phí hỗ trợ phẫu thuật", P("Trong năm", "2023-01-01", "2023-12-31"),
      approx="nearly", total=5.94e9),
    F("là 712 triệu đồng", "712", 712e6, "money", "đồng", "số tiền vận động", I(Y23), location="Quỳnh Lưu"),
    F("645 triệu đồng", "645", 645e6, "money", "đồng", "số tiền vận động", I(Y23), location="Diễn Châu"),
    F("590 triệu đồng", "590", 590e6, "money", "đồng", "số tiền vận động", I(Y23), location="Nghi Lộc"),
    F("có 412 trẻ em", "412", 412, "count", "trẻ em", "trẻ em mồ côi do dịch COVID-19"),
    F("đỡ đầu 95 em", "95", 95, "count", "em", "trẻ em mồ côi được nhận đỡ đầu"),
    F("500.000 đồng/em/tháng", "500.000", 500000, "money", "đồng/em/tháng", "mức hỗ trợ"),
    F("đủ 18 tuổi", "18", 18, "measure", "tuổi", optional=True),
    F("khoảng 9 tỷ đồng", "9", 9e9, "money", "đồng", "Quỹ vận động", Y24, approx="about", status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "dành cho trẻ em vùng miền núi, dân tộc thiểu số", Y24,
      approx="at_least", status="target"),
    F("trao 200 chiếc", "200", 200, "count", "chiếc xe đạp", "xe đạp trao cho học sinh nghèo vượt khó",
      P("ngày 1/6/2023", "2023-06-01", "2023-06-01")),
    F("tại 21 huyện", "21", 21, "count", "huyện, thành, thị", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Nghệ An): Quỹ Bảo trợ trẻ em tỉnh, results of 2023 and 2024 plan. Byline + dateline 'Thanh Lê • 07/01/2024 10:15'.",
    "Distractors: '(Baonghean.vn)', address 'số 18 đường Trường Thi', bank account 3711.0000.123456, 'COVID-19', 'ngày 1/6/2023' (date),",
    "'Tháng hành động vì trẻ em'. 'năm thứ ba liên tiếp' (streak), 'đủ 18 tuổi' (age criterion), '21 huyện, thành, thị' (structure): optional.",
    "8,26 tỷ: change +15,2% vs năm 2022, percent 103,3 ('đạt … kế hoạch'), target 8 tỷ in brackets (met).",
    "'trong đó trao 620 suất học bổng' counts suất, not trẻ em: no total. 48 trẻ em (same 'trong đó' list) counts children: total 1376;",
    "'kinh phí gần 1,1 tỷ đồng' in the same 'trong đó' list is part of 'tổng số tiền 5,94 tỷ đồng' (same thing, same year): total 5.94e9",
    "(revised after the first run: I had missed this total; the cue follows 5,94 tỷ directly, so the spec gives it).",
    "'Trong năm' = 2023 (nearest earlier period). 'lần lượt là' list: each amount takes its district as location.",
    "'hiện có 412 trẻ em mồ côi' and the following sentence state no period: period null. '500.000 đồng/em/tháng' is a rate (unit with denominators).",
    "'phấn đấu … khoảng 9 tỷ đồng, trong đó ít nhất 30% …': targets for 2024 (quote); 30% is a figure of its own (a share of a target).",
]
emit("p460-5", TEXT, COMMENTS, FIGS, published="2024-01-07", location="Nghệ An")
