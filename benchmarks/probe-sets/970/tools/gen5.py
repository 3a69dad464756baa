"""p970-5: Báo Thái Bình (provincial Party paper), a village mediation team in Thái Thụy; byline + bare date at end."""
from lib import F, P, I, C, T, write_set

TEXT = """Tổ hòa giải thôn Tân Hưng: "gỡ nút thắt" từ những mâu thuẫn nhỏ

Ở thôn Tân Hưng, xã Thụy Hải (Thái Thụy), tổ hòa giải có 7 thành viên, trong đó 2 người là cựu chiến binh. Tổ trưởng là ông Phạm Văn Tám, 68 tuổi, đã có 15 năm gắn bó với công tác hòa giải. Từ đầu năm đến nay, tổ đã hòa giải thành 9/10 vụ việc, chủ yếu là tranh chấp lối đi, mâu thuẫn gia đình, vay mượn tiền.

Đầu tháng 9, hai gia đình ở xóm 4 xảy ra tranh chấp 1,5 m đất lối đi chung, mâu thuẫn có nguy cơ dẫn đến xô xát. Sau 3 buổi gặp gỡ, phân tích tình, lý, hai bên đã thống nhất mỗi nhà lùi lại 0,75 m để mở lối đi rộng rãi. "Hòa giải thành thì tình làng nghĩa xóm còn nguyên, kiện ra tòa thì mất nhiều thứ lắm", ông Tám chia sẻ. Năm 2024 cũng là lần thứ 3 liên tiếp tổ hòa giải thôn Tân Hưng được UBND huyện tặng Giấy khen.

Theo Phòng Tư pháp huyện Thái Thụy, 10 tháng năm 2024, 285 tổ hòa giải trên địa bàn huyện đã hòa giải thành 416/468 vụ việc, đạt 88,9%, cao hơn 3,9% so với chỉ tiêu huyện giao. Trong số vụ việc hòa giải thành, tranh chấp đất đai, lối đi có 187 vụ việc, mâu thuẫn gia đình 124 vụ việc. So với cùng kỳ năm 2023, số vụ việc phát sinh giảm 9,1%. Toàn tỉnh Thái Bình hiện có 1.968 tổ hòa giải với gần 15.000 hòa giải viên. Theo Nghị quyết số 24/2023/NQ-HĐND của HĐND tỉnh, mức chi thù lao cho hòa giải viên là 400.000 đồng/vụ việc hòa giải thành, cao gấp 2 lần mức cũ.

Thời gian tới, huyện Thái Thụy phấn đấu 100% tổ hòa giải được tập huấn kỹ năng, mỗi xã, thị trấn có ít nhất 1 tổ hòa giải điểm.

MINH HƯƠNG
08/11/2024
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
TT = "Thái Thụy"

FIGS = [
    F("có 7 thành viên", "7", 7, "count", "thành viên", "thành viên tổ hòa giải thôn Tân Hưng", location=TT),
    F("trong đó 2 người", "2", 2, "count", "người", "thành viên là cựu chiến binh", total=7, location=TT),
    F("68 tuổi", "68", 68, "measure", "tuổi", "tuổi tổ trưởng", location=TT, optional=True),
    F("có 15 năm", "15", 15, "measure", "năm", "thời gian tổ trưởng gắn bó với công tác hòa giải",
      location=TT, optional=True),
    F("thành 9/10 vụ việc", "9", 9, "count", "vụ việc", "vụ việc tổ hòa giải thôn Tân Hưng hòa giải thành", YTD,
      total=10, location=TT),
    F("hai gia đình ở xóm 4", "hai", 2, "count", "gia đình", "gia đình xảy ra tranh chấp lối đi chung",
      location=TT, optional=True),
    F("tranh chấp 1,5 m", "1,5", 1.5, "measure", "m", "đất lối đi chung bị tranh chấp", location=TT,
      optional=True),
    F("Sau 3 buổi", "3", 3, "count", "buổi", "buổi gặp gỡ hòa giải", location=TT, optional=True),
    F("lùi lại 0,75 m", "0,75", 0.75, "measure", "m", "mỗi nhà lùi lại để mở lối đi", location=TT,
      optional=True),
    F("285 tổ hòa giải", "285", 285, "count", "tổ hòa giải", "tổ hòa giải trên địa bàn huyện", M10, location=TT),
    F("thành 416/468 vụ việc", "416", 416, "count", "vụ việc", "vụ việc hòa giải thành", M10, total=468,
      percent=88.9, change=C("increase", 3.9, "%", "chỉ tiêu huyện giao"), location=TT),
    F("lối đi có 187 vụ việc", "187", 187, "count", "vụ việc", "vụ việc tranh chấp đất đai, lối đi hòa giải thành",
      I(M10), total=416, location=TT),
    F("gia đình 124 vụ việc", "124", 124, "count", "vụ việc", "vụ việc mâu thuẫn gia đình hòa giải thành",
      I(M10), total=416, location=TT),
    F("phát sinh giảm 9,1%", "9,1", 9.1, "percent", "%", "số vụ việc phát sinh", I(M10), location=TT),
    F("có 1.968 tổ hòa giải", "1.968", 1968, "count", "tổ hòa giải", "tổ hòa giải"),
    F("gần 15.000 hòa giải viên", "15.000", 15000, "count", "hòa giải viên", "hòa giải viên", approx="nearly"),
    F("là 400.000 đồng/vụ việc", "400.000", 400000, "money", "đồng/vụ việc",
      "mức chi thù lao cho hòa giải viên mỗi vụ việc hòa giải thành", change=C("increase", 2, "lần", "mức cũ")),
    F("phấn đấu 100% tổ hòa giải", "100", 100, "percent", "%", "tổ hòa giải được tập huấn kỹ năng",
      status="target", location=TT),
    F("ít nhất 1 tổ hòa giải điểm", "1", 1, "count", "tổ hòa giải điểm", "tổ hòa giải điểm mỗi xã, thị trấn",
      approx="at_least", status="target", location=TT),
]

NOTES = [
    "Báo Thái Bình: tổ hòa giải thôn Tân Hưng, xã Thụy Hải, huyện Thái Thụy; byline MINH HƯƠNG and bare date 08/11/2024.",
    "Village team and district figures -> location Thái Thụy; province totals -> Thái Bình.",
    "Team leader's age and years of service, and the example dispute (1,5 m, 3 buổi, 0,75 m) are an example's",
    "specification: optional. 7 thành viên / 2 người (trong đó) and 9/10 vụ việc are required.",
    "'Từ đầu năm đến nay' -> 2024-01-01..published. 416/468: total 468, percent 88,9, and 'cao hơn 3,9% so với",
    "chỉ tiêu' is a change against the plan (FIGURES.md: gap to a plan is a change with that baseline).",
    "'Trong số vụ việc hòa giải thành' names the whole 416. 'giảm 9,1%' (no base amount) is a percent figure, no change.",
    "'cao gấp 2 lần mức cũ' -> change of 400.000 đồng/vụ việc in 'lần'. 'Thời gian tới' gives no period.",
    "revised after the first run: 'hai gia đình' (a number word of the example dispute, missed in the first",
    "annotation) added as optional, like '2 hộ gia đình' in p970-2.",
    "'Phạm Văn Tám', 'xóm 4', 'Đầu tháng 9', 'lần thứ 3', 'Nghị quyết số 24/2023/NQ-HĐND' are not figures.",
]

write_set(5, TEXT, FIGS, NOTES, published="2024-11-08", location="Thái Bình")
