"""p1046-8: provincial newspaper online (Báo Thái Nguyên), headline figure and '(BTNO) -' tag."""
from lib import F, P, I, C, T, write

TEXT = """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Xã hội > Đô thị
Cập nhật lúc 15:40, Thứ sáu, 10/10/2025

9 tháng, di dời 312 hộ dân khỏi chung cư cũ nguy hiểm

(BTNO) - 9 tháng năm 2025, thành phố Thái Nguyên đã di dời 312 hộ dân ra khỏi các nhà chung cư cũ nguy hiểm, đạt 78% kế hoạch năm, tăng gấp 1,6 lần so với cùng kỳ năm 2024.

Theo UBND thành phố, trên địa bàn hiện có 47 nhà chung cư cũ, chủ yếu tại khu tập thể Gang Thép và khu Mỏ Bạch, với tổng số 1.856 căn hộ. Trong số này, 19 nhà đã được kiểm định xếp loại nguy hiểm cấp D. Nhiều nhà tại khu Gang Thép được xây dựng từ năm 1965, tường bong tróc, hệ thống điện nước hư hỏng; có nhà nghiêng 12 cm so với phương thẳng đứng. Mỗi hộ phải di dời được hỗ trợ tiền thuê nhà 3 triệu đồng/tháng trong tối đa 36 tháng.

Các khu có nhiều hộ được di dời nhất lần lượt là khu tập thể Gang Thép (168 hộ), Mỏ Bạch (74 hộ) và Tân Long (41 hộ). Thành phố đã chi trả 36,8 tỷ đồng tiền bồi thường, hỗ trợ, bình quân 118 triệu đồng/hộ.

Đối với dự án cải tạo khu tập thể Gang Thép, thành phố đã lựa chọn được nhà đầu tư với tổng vốn khoảng 1.950 tỷ đồng. Dự án dự kiến xây dựng 4 tòa nhà cao từ 15 đến 21 tầng, cung cấp 1.240 căn hộ, trong đó 560 căn bố trí tái định cư tại chỗ.

Quý IV, thành phố phấn đấu di dời thêm 88 hộ để hoàn thành chỉ tiêu 400 hộ của cả năm.

Hoàng Lan
"""

M9 = P("9 tháng năm 2025", "2025-01-01", "2025-09-30")
GT = "dự án cải tạo khu tập thể Gang Thép"

FIGS = [
    F("312 hộ dân khỏi", "312", 312, "count", "hộ dân", "hộ dân di dời khỏi chung cư cũ nguy hiểm",
      period=P("9 tháng", "2025-01-01", "2025-09-30")),
    F("312 hộ dân ra khỏi", "312", 312, "count", "hộ dân", "hộ dân di dời ra khỏi nhà chung cư cũ nguy hiểm",
      percent=78, change=C("increase", 1.6, "lần", "cùng kỳ năm 2024"), period=M9),
    F("có 47 nhà chung cư cũ", "47", 47, "count", "nhà chung cư cũ", "nhà chung cư cũ"),
    F("tổng số 1.856 căn hộ", "1.856", 1856, "count", "căn hộ", "căn hộ nhà chung cư cũ"),
    F("này, 19 nhà", "19", 19, "count", "nhà", "nhà chung cư cũ nguy hiểm cấp D", total=47),
    F("nghiêng 12 cm", "12", 12, "measure", "cm", "độ nghiêng nhà chung cư cũ"),
    F("nhà 3 triệu đồng/tháng", "3", 3e6, "money", "đồng/tháng", "tiền thuê nhà hỗ trợ mỗi hộ di dời"),
    F("tối đa 36 tháng", "36", 36, "measure", "tháng", "thời gian hỗ trợ tiền thuê nhà", approx="at_most",
      optional=True),
    F("(168 hộ)", "168", 168, "count", "hộ", "hộ được di dời tại khu tập thể Gang Thép", period=I(M9)),
    F("(74 hộ)", "74", 74, "count", "hộ", "hộ được di dời tại khu Mỏ Bạch", period=I(M9)),
    F("(41 hộ)", "41", 41, "count", "hộ", "hộ được di dời tại khu Tân Long", period=I(M9)),
    F("chi trả 36,8 tỷ đồng", "36,8", 36.8e9, "money", "đồng", "tiền bồi thường, hỗ trợ chi trả", period=I(M9)),
    F("bình quân 118 triệu đồng/hộ", "118", 118e6, "money", "đồng/hộ", "tiền bồi thường, hỗ trợ bình quân",
      period=I(M9)),
    F("khoảng 1.950 tỷ đồng", "1.950", 1.95e12, "money", "đồng", "tổng vốn " + GT, approx="about"),
    F("xây dựng 4 tòa nhà", "4", 4, "count", "tòa nhà", "tòa nhà " + GT, status="forecast"),
    F("từ 15 đến 21 tầng", "15", 15, "measure", "tầng", "chiều cao tòa nhà " + GT, value_max=21,
      status="forecast"),
    F("cung cấp 1.240 căn hộ", "1.240", 1240, "count", "căn hộ", "căn hộ " + GT, status="forecast"),
    F("trong đó 560 căn", "560", 560, "count", "căn", "căn hộ bố trí tái định cư tại chỗ", total=1240,
      status="forecast"),
    F("thêm 88 hộ", "88", 88, "count", "hộ", "hộ di dời thêm", status="target",
      period=P("Quý IV", "2025-10-01", "2025-12-31")),
    F("chỉ tiêu 400 hộ", "400", 400, "count", "hộ", "chỉ tiêu hộ di dời của cả năm", status="target",
      period=P("cả năm", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Báo Thái Nguyên online, 'Cập nhật lúc 15:40, Thứ sáu, 10/10/2025', tag '(BTNO) -', byline at the end.",
    "'tối đa 36 tháng' is the policy's cap on the support period (a rule, not a fact about the year): optional.",
    "Distractors: 15:40, Thứ sáu, (BTNO), 'từ năm 1965'.",
    "City and province share the name: location Thái Nguyên throughout. Headline '9 tháng' takes 2025 (the dateline).",
    "19 nhà after 'Trong số này' (sentence break; 1.856 căn hộ counts another thing): total 47.",
    "The ranking list (168/74/41 hộ, not adding up to 312) gets no total; the khu names are estates, not places,",
    "so (like 'vốn đăng ký cấp mới của Trung Quốc' in FIGURES.md) the item stays in the subject.",
    "revised after the first run: list subjects 'hộ được di dời' -> 'hộ được di dời tại <khu>' (spec convention missed).",
    "'Quý IV' without a year is 2025 (the baseline 'cùng kỳ năm 2024' is not a period of a figure); 'chỉ tiêu 400 hộ",
    "của cả năm' is a figure named only as a target (not 88's target: 88 is the rest of it).",
    "'Dự án dự kiến xây dựng 4 tòa nhà … trong đó 560 căn' all forecast; the chosen investor's 1.950 tỷ is actual.",
]

write(8, TEXT, FIGS, NOTES, published="2025-10-10", location="Thái Nguyên")
