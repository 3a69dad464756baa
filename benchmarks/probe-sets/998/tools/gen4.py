"""p998-4: Bộ LĐ-TB&XH site, national: cụ tròn 100 tuổi được Chủ tịch nước chúc thọ năm 2023."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ » Tin tức » Bảo trợ xã hội

Gần 8.000 cụ tròn 100 tuổi được Chủ tịch nước chúc thọ

29/09/2023 15:42

Nhân Ngày Quốc tế Người cao tuổi 1/10, Cục Bảo trợ xã hội cho biết năm 2023 cả nước có 7.986 cụ tròn 100 tuổi được Chủ tịch nước gửi thư và quà chúc thọ, tăng 6,4% so với năm 2022. Theo Thông tư số 96/2018/TT-BTC, mỗi cụ được tặng 5 mét vải lụa và 700.000 đồng tiền mặt; người thọ 90 tuổi được UBND cấp tỉnh tặng quà trị giá 500.000 đồng.

Hiện cả nước có hơn 16,1 triệu người cao tuổi, chiếm 16,5% dân số; trong đó khoảng 2,1 triệu người từ 80 tuổi trở lên và gần 25.000 cụ từ 100 tuổi trở lên. Năm 2023, các địa phương tổ chức chúc thọ, mừng thọ cho gần 2,6 triệu người cao tuổi với tổng kinh phí ước đạt 1.035 tỷ đồng, tăng khoảng 9% so với năm trước.

Các địa phương có nhiều cụ tròn 100 tuổi được chúc thọ nhất lần lượt là Hà Nội (612 cụ), Thanh Hóa (455 cụ), Nghệ An (398 cụ) và Nam Định (289 cụ). Có 41/63 tỉnh, thành phố quy định mức quà mừng thọ cao hơn mức tối thiểu, cao nhất là TP Hồ Chí Minh với 2 triệu đồng/người cho người tròn 100 tuổi.

Cả nước hiện có 1,94 triệu người cao tuổi hưởng trợ cấp xã hội hằng tháng, chiếm khoảng 12% số người cao tuổi. Theo Chương trình hành động quốc gia về người cao tuổi, đến năm 2025 phấn đấu 100% người cao tuổi đến tuổi mừng thọ được chúc thọ, mừng thọ; đến năm 2030 có ít nhất 80% xã, phường có câu lạc bộ liên thế hệ tự giúp nhau.

Nguồn: Cục Bảo trợ xã hội
Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội
"""

Y23 = Y(2023)
S100 = "cụ tròn 100 tuổi được Chủ tịch nước chúc thọ"

FIGS = [
    F("Gần 8.000 cụ", "8.000", 8000, "count", "cụ", S100, approx="nearly"),
    OPT_AGE("cụ tròn 100 tuổi được Chủ tịch nước chúc thọ\n", "100"),
    F("có 7.986 cụ", "7.986", 7986, "count", "cụ", "cụ tròn 100 tuổi được Chủ tịch nước gửi thư và quà chúc thọ",
      Y23, change=CH("increase", 6.4, "%", "năm 2022")),
    OPT_AGE("7.986 cụ tròn 100 tuổi", "100"),
    F("5 mét vải lụa", "5", 5, "measure", "mét", "vải lụa tặng mỗi cụ tròn 100 tuổi"),
    F("700.000 đồng tiền mặt", "700.000", 700000, "money", "đồng", "tiền mặt tặng mỗi cụ tròn 100 tuổi"),
    OPT_AGE("thọ 90 tuổi", "90"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "quà UBND cấp tỉnh tặng người thọ 90 tuổi"),
    F("hơn 16,1 triệu người cao tuổi", "16,1", 16.1e6, "count", "người cao tuổi", "người cao tuổi",
      approx="over", percent=16.5),
    F("khoảng 2,1 triệu người", "2,1", 2.1e6, "count", "người", "người từ 80 tuổi trở lên",
      approx="about", total=16.1e6),
    OPT_AGE("từ 80 tuổi trở lên và", "80", approx="at_least"),
    F("gần 25.000 cụ", "25.000", 25000, "count", "cụ", "cụ từ 100 tuổi trở lên", approx="nearly", total=16.1e6),
    OPT_AGE("cụ từ 100 tuổi trở lên.", "100", approx="at_least"),
    F("gần 2,6 triệu người cao tuổi", "2,6", 2.6e6, "count", "người cao tuổi",
      "người cao tuổi được các địa phương chúc thọ, mừng thọ", Y(2023, "Năm 2023"), approx="nearly"),
    F("ước đạt 1.035 tỷ đồng", "1.035", 1035e9, "money", "đồng", "tổng kinh phí chúc thọ, mừng thọ",
      Y(2023, "Năm 2023"), status="estimate", change=CH("increase", 9, "%", "năm trước", approx="about")),
    OPT_AGE("nhiều cụ tròn 100 tuổi", "100"),
    F("Hà Nội (612 cụ)", "612", 612, "count", "cụ", S100, inh(Y23), location="Hà Nội"),
    F("Thanh Hóa (455 cụ)", "455", 455, "count", "cụ", S100, inh(Y23), location="Thanh Hóa"),
    F("Nghệ An (398 cụ)", "398", 398, "count", "cụ", S100, inh(Y23), location="Nghệ An"),
    F("Nam Định (289 cụ)", "289", 289, "count", "cụ", S100, inh(Y23), location="Nam Định"),
    F("Có 41/63 tỉnh, thành phố", "41", 41, "count", "tỉnh, thành phố",
      "tỉnh, thành phố quy định mức quà mừng thọ cao hơn mức tối thiểu", total=63),
    F("với 2 triệu đồng/người", "2", 2e6, "money", "đồng/người", "mức quà mừng thọ cho người tròn 100 tuổi",
      location="TP Hồ Chí Minh"),
    OPT_AGE("người tròn 100 tuổi.", "100"),
    F("có 1,94 triệu người cao tuổi", "1,94", 1.94e6, "count", "người cao tuổi",
      "người cao tuổi hưởng trợ cấp xã hội hằng tháng", percent=12),
    F("100% người cao tuổi đến tuổi", "100", 100, "percent", "%",
      "người cao tuổi đến tuổi mừng thọ được chúc thọ, mừng thọ", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
    F("ít nhất 80% xã, phường", "80", 80, "percent", "%", "xã, phường có câu lạc bộ liên thế hệ tự giúp nhau",
      P("đến năm 2030", None, "2030-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Bộ LĐ-TB&XH site: cụ tròn 100 tuổi được Chủ tịch nước chúc thọ năm 2023 (dateline '29/09/2023 15:42'); national figures (Việt Nam).",
    "Every 'tròn 100 tuổi' / 'từ 80 tuổi trở lên' / 'thọ 90 tuổi' is a class label: optional. The gift levels of Thông tư 96 are figures.",
    "'trong đó khoảng 2,1 triệu … và gần 25.000 …' are parts of the 16,1 triệu (total). The headline 'Gần 8.000 cụ' has no period phrase.",
    "The 'lần lượt' list shares the indicator (cụ tròn 100 tuổi được chúc thọ); provinces are locations. '41/63' → total 63.",
    "'chiếm khoảng 12%' after 1,94 triệu: percent attribute (approx of an attribute is not scored). '12%' has 'khoảng' but is an attribute.",
    "Distractors: 'Ngày Quốc tế Người cao tuổi 1/10', Thông tư số 96/2018/TT-BTC, 'Số 12 Ngô Quyền', dateline time 15:42.",
]

write("p998-4", TEXT, NOTES, FIGS, published="2023-09-29", location="Việt Nam")
