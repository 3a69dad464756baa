"""p998-5: Báo Hà Tĩnh (Party newspaper), a longevity commune in Hương Sơn; byline and bare date at the end."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """Làng thọ bên dòng Ngàn Phố

Xã Sơn Kim 1 (huyện Hương Sơn) hiện có 1.124 người cao tuổi, trong đó 236 người từ 80 tuổi trở lên, 19 cụ từ 90 tuổi trở lên và 2 cụ trên 100 tuổi. So với 5 năm trước, số người từ 80 tuổi trở lên của xã tăng gần 40%.

Người cao tuổi nhất xã là cụ Nguyễn Thị Lài ở thôn 3, năm nay 103 tuổi. Cụ có 7 người con, 21 cháu và 34 chắt; ngày mừng thọ của cụ, con cháu về đông đủ.

Năm nay, Chi hội Người cao tuổi xã tổ chức mừng thọ cho 87 người, tổng giá trị quà hơn 43 triệu đồng. Ngoài mức quà của xã 200.000 đồng/người, con cháu các dòng họ còn đóng góp quỹ khuyến học - khuyến thọ được 126 triệu đồng, gấp 1,5 lần năm 2023.

Theo ông Trần Văn Hòa, 72 tuổi, Chủ tịch Hội Người cao tuổi xã, trên 90% hộ gia đình có người cao tuổi đạt danh hiệu "Gia đình văn hóa". Hiện có 56 người cao tuổi vẫn tham gia sản xuất, kinh doanh với thu nhập bình quân 4-5 triệu đồng/tháng. Câu lạc bộ liên thế hệ tự giúp nhau của xã có 65 thành viên, mỗi tháng mỗi người tiết kiệm 50.000 đồng.

Nhiều cụ vẫn giữ thói quen đi bộ mỗi sáng dọc con đường liên xã, ăn uống điều độ và tham gia câu lạc bộ dưỡng sinh. Năm 2024, xã được huyện công nhận đạt chuẩn "Xã thân thiện với người cao tuổi" lần thứ 2.

Xã phấn đấu đến năm 2025 có 95% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm, 100% người cao tuổi có thẻ bảo hiểm y tế.

THU HÀ
14/10/2024
"""

NOW = P("Năm nay", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.124 người cao tuổi", "1.124", 1124, "count", "người cao tuổi", "người cao tuổi"),
    F("236 người từ 80", "236", 236, "count", "người", "người từ 80 tuổi trở lên", total=1124),
    OPT_AGE("từ 80 tuổi trở lên, 19", "80", approx="at_least"),
    F("19 cụ từ 90", "19", 19, "count", "cụ", "cụ từ 90 tuổi trở lên", total=1124),
    OPT_AGE("từ 90 tuổi trở lên và", "90", approx="at_least"),
    F("2 cụ trên 100", "2", 2, "count", "cụ", "cụ trên 100 tuổi", total=1124),
    OPT_AGE("trên 100 tuổi.", "100", approx="over"),
    OPT_AGE("số người từ 80 tuổi", "80", approx="at_least"),
    F("tăng gần 40%", "40", 40, "percent", "%", "số người từ 80 tuổi trở lên của xã", approx="nearly"),
    F("103 tuổi", "103", 103, "measure", "tuổi", "tuổi của người cao tuổi nhất xã"),
    F("7 người con", "7", 7, "count", "người con", "con của cụ Nguyễn Thị Lài"),
    F("21 cháu", "21", 21, "count", "cháu", "cháu của cụ Nguyễn Thị Lài"),
    F("34 chắt", "34", 34, "count", "chắt", "chắt của cụ Nguyễn Thị Lài"),
    F("cho 87 người", "87", 87, "count", "người", "người được Chi hội Người cao tuổi xã mừng thọ", NOW),
    F("hơn 43 triệu đồng", "43", 43e6, "money", "đồng", "tổng giá trị quà mừng thọ", NOW, approx="over"),
    F("200.000 đồng/người", "200.000", 200000, "money", "đồng/người", "mức quà mừng thọ của xã"),
    F("được 126 triệu đồng", "126", 126e6, "money", "đồng", "quỹ khuyến học - khuyến thọ con cháu các dòng họ đóng góp",
      change=CH("increase", 1.5, "lần", "năm 2023")),
    OPT_AGE("72 tuổi", "72"),
    F("trên 90% hộ", "90", 90, "percent", "%",
      "hộ gia đình có người cao tuổi đạt danh hiệu Gia đình văn hóa", approx="over"),
    F("có 56 người cao tuổi", "56", 56, "count", "người cao tuổi", "người cao tuổi vẫn tham gia sản xuất, kinh doanh"),
    F("4-5 triệu đồng/tháng", "4", 4e6, "money", "đồng/tháng", "thu nhập bình quân của người cao tuổi tham gia sản xuất, kinh doanh",
      value_max=5e6),
    F("có 65 thành viên", "65", 65, "count", "thành viên", "thành viên câu lạc bộ liên thế hệ tự giúp nhau"),
    F("tiết kiệm 50.000 đồng", "50.000", 50000, "money", "đồng", "tiền tiết kiệm mỗi tháng của mỗi thành viên"),
    F("có 95% người cao tuổi", "95", 95, "percent", "%", "người cao tuổi được khám sức khỏe định kỳ", T25,
      status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "số lần khám sức khỏe định kỳ", approx="at_least",
      status="target", optional=True),
    F("100% người cao tuổi có thẻ", "100", 100, "percent", "%", "người cao tuổi có thẻ bảo hiểm y tế", T25,
      status="target"),
]

NOTES = [
    "Báo Hà Tĩnh: 'Làng thọ' xã Sơn Kim 1 (huyện Hương Sơn); byline 'THU HÀ' and bare date '14/10/2024' at the end.",
    "Location is the district Hương Sơn (the commune lies in it; province Hà Tĩnh not named, the district is).",
    "'trong đó 236 …, 19 …, 2 …' are parts of 1.124. 'tăng gần 40%' with no base amount is a percent figure (no change).",
    "'gấp 1,5 lần năm 2023' right after 126 triệu is that amount's change (increase, 1,5 lần), not a multiple of its own.",
    "'Năm nay' = 2024 (the date at the end). Family counts (7 người con, 21 cháu, 34 chắt) are facts about the world: figures.",
    "Interviewee age '72 tuổi' and the target's frequency 'ít nhất 1 lần/năm' are optional.",
    "Distractors: 'Sơn Kim 1', 'thôn 3', '5 năm trước' (a baseline), 'lần thứ 2' (ordinal), 'Năm 2024' (date), byline date.",
]

write("p998-5", TEXT, NOTES, FIGS, published="2024-10-14", location="Hương Sơn")
