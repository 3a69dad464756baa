"""p970-6: national newspaper, TP Hồ Chí Minh neighbourhood mediators' pay."""
from lib import F, P, I, C, T, write_set

TEXT = """Thời sự > Dân sinh
Thứ bảy, 14/9/2024, 08:15 (GMT+7)

Hòa giải viên khu phố nhận thù lao 200.000 đồng mỗi vụ

TP HCM có hơn 4.600 tổ hòa giải ở cơ sở nhưng thù lao cho hòa giải viên thấp, nhiều người lớn tuổi vẫn gắn bó vì "cái tâm".

Ông Lê Văn Bảy, 71 tuổi, tổ trưởng tổ hòa giải khu phố 3, phường Linh Trung (TP Thủ Đức), cho biết mỗi năm tổ nhận khoảng 20-25 vụ việc, phần lớn là mâu thuẫn giữa chủ nhà trọ và người thuê. Với mức chi 200.000 đồng/vụ việc, tổng thù lao cả tổ nhận năm ngoái chưa đến 5 triệu đồng, chia cho 6 thành viên.

Theo Sở Tư pháp TP HCM, tính đến tháng 6/2024, thành phố có 4.627 tổ hòa giải với 32.418 hòa giải viên; khoảng 45% hòa giải viên trên 60 tuổi. 6 tháng đầu năm, các tổ tiếp nhận 3.952 vụ việc, hòa giải thành 3.105 vụ việc, đạt 78,6%, thấp hơn mức bình quân cả nước. TP Thủ Đức và huyện Bình Chánh là hai địa phương có nhiều vụ việc nhất, lần lượt 512 và 476 vụ việc.

Bà Trần Thị Thu Hà, Phó Giám đốc Sở Tư pháp, cho rằng nhiều vụ việc phức tạp như tranh chấp nhà đất, thừa kế vượt quá khả năng của tổ hòa giải. Dự thảo nghị quyết trình HĐND thành phố tại kỳ họp cuối năm dự kiến nâng mức chi lên 500.000 đồng/vụ việc, tăng 2,5 lần so với hiện nay.

"Tiền thù lao không nhiều, nhưng được bà con tin tưởng là vui rồi", ông Bảy nói.

Hải Hiền
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TD = "Thủ Đức"

FIGS = [
    F("thù lao 200.000 đồng mỗi vụ", "200.000", 200000, "money", "đồng/vụ", "thù lao hòa giải viên khu phố"),
    F("hơn 4.600 tổ hòa giải", "4.600", 4600, "count", "tổ hòa giải", "tổ hòa giải ở cơ sở", approx="over"),
    F("71 tuổi", "71", 71, "measure", "tuổi", "tuổi tổ trưởng tổ hòa giải", location=TD, optional=True),
    F("khoảng 20-25 vụ việc", "20", 20, "count", "vụ việc/năm", "vụ việc tổ hòa giải khu phố 3 nhận mỗi năm",
      value_max=25, approx="about", location=TD),
    F("mức chi 200.000 đồng/vụ việc", "200.000", 200000, "money", "đồng/vụ việc", "mức chi thù lao hòa giải",
      location=TD),
    F("chưa đến 5 triệu đồng", "5", 5e6, "money", "đồng", "tổng thù lao cả tổ nhận",
      P("năm ngoái", "2023-01-01", "2023-12-31"), approx="under", location=TD),
    F("chia cho 6 thành viên", "6", 6, "count", "thành viên", "thành viên tổ hòa giải", location=TD),
    F("có 4.627 tổ hòa giải", "4.627", 4627, "count", "tổ hòa giải", "tổ hòa giải", ASOF),
    F("với 32.418 hòa giải viên", "32.418", 32418, "count", "hòa giải viên", "hòa giải viên", ASOF),
    F("khoảng 45% hòa giải viên", "45", 45, "percent", "%", "hòa giải viên trên 60 tuổi", ASOF, approx="about"),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "tuổi hòa giải viên", approx="over", optional=True),
    F("tiếp nhận 3.952 vụ việc", "3.952", 3952, "count", "vụ việc", "vụ việc các tổ tiếp nhận", H1),
    F("thành 3.105 vụ việc", "3.105", 3105, "count", "vụ việc", "vụ việc hòa giải thành", H1, percent=78.6),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có nhiều vụ việc nhất", I(H1),
      optional=True),
    F("lần lượt 512", "512", 512, "count", "vụ việc", "vụ việc các tổ tiếp nhận", I(H1), location=TD),
    F("và 476 vụ việc", "476", 476, "count", "vụ việc", "vụ việc các tổ tiếp nhận", I(H1), location="Bình Chánh"),
    F("lên 500.000 đồng/vụ việc", "500.000", 500000, "money", "đồng/vụ việc", "mức chi thù lao hòa giải viên",
      status="forecast", change=C("increase", 2.5, "lần", "hiện nay")),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 14/9/2024, 08:15 (GMT+7)'): TP HCM mediators' pay.",
    "Example team in khu phố 3, phường Linh Trung, TP Thủ Đức -> location Thủ Đức (a city under TP HCM), incl. its",
    "rate 200.000 đồng/vụ việc, pay 'năm ngoái' (2023, relative to the dateline) and 6 members; the headline rate -> TP HCM.",
    "'mỗi năm tổ nhận khoảng 20-25 vụ việc' -> range, about, unit vụ việc/năm, no period ('mỗi năm' is a rate).",
    "'khoảng 45% hòa giải viên trên 60 tuổi' shares the as-of period of its sentence; 'trên 60 tuổi' and '71 tuổi' optional.",
    "'6 tháng đầu năm' takes 2024 from 'tháng 6/2024' before it. List 'lần lượt 512 và 476' -> Thủ Đức, Bình Chánh.",
    "'dự kiến nâng ... lên 500.000 đồng/vụ việc, tăng 2,5 lần so với hiện nay' -> forecast with change 2,5 lần.",
    "revised after the first run: 'hai địa phương' (counting the two listed places; missed in the first annotation)",
    "added as optional: a reader might or might not record it.",
    "'Lê Văn Bảy', 'khu phố 3', times and the weekday are not figures.",
]

write_set(6, TEXT, FIGS, NOTES, published="2024-09-14", location="TP Hồ Chí Minh")
