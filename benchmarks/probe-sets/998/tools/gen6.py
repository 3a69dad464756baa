"""p998-6: national newspaper (VnExpress style), Hà Nội mừng thọ năm 2025."""
from lib import F, OPT_AGE, Y, P, CH, TG, inh, write

TEXT = """Thời sự › Dân sinh

Chủ nhật, 9/2/2025, 07:30 (GMT+7)

Hà Nội chi gần 160 tỷ đồng mừng thọ người cao tuổi

Năm nay, hơn 182.000 người cao tuổi ở Hà Nội được mừng thọ, cụ tròn 100 tuổi được thành phố tặng 2 triệu đồng, gấp đôi mức cũ.

Theo Sở Lao động - Thương binh và Xã hội Hà Nội, năm 2025 thành phố có 182.416 người được chúc thọ, mừng thọ, tăng 7,2% so với năm 2024. Trong đó, người thọ 70 tuổi đông nhất với 74.530 người; thọ 90 tuổi có 14.208 người; tròn 100 tuổi có 684 cụ và trên 100 tuổi có 2.871 cụ.

Theo Nghị quyết số 18/2024/NQ-HĐND, mức quà của thành phố với người thọ 70, 75, 80, 85 tuổi là 700.000 đồng; thọ 90, 95 tuổi là 1 triệu đồng; trên 100 tuổi 1,5 triệu đồng. Tổng kinh phí khoảng 159,8 tỷ đồng, do ngân sách thành phố bảo đảm.

Các quận, huyện có nhiều người được mừng thọ nhất là Hoàng Mai (11.240 người), Đống Đa (10.865 người) và Hà Đông (9.712 người).

Ông Nguyễn Văn Hải, 86 tuổi, ở phường Thanh Nhàn (quận Hai Bà Trưng) cho biết đây là lần thứ 4 ông được mừng thọ. "Năm nay quà nhiều hơn, nhưng vui nhất là con cháu về đủ", ông nói.

Tuổi thọ trung bình của người dân Thủ đô năm 2024 đạt 76,2 tuổi, đứng thứ 3 cả nước. Cả nước hiện có khoảng 16,5 triệu người cao tuổi; theo dự báo của Tổng cục Thống kê, đến năm 2036 tỷ lệ này sẽ chiếm 20% dân số, khi Việt Nam bước vào giai đoạn dân số già.

Hoàng Anh
"""

Y25 = Y(2025)
NOW = P("Năm nay", "2025-01-01", "2025-12-31")
S = "người được chúc thọ, mừng thọ"

FIGS = [
    F("gần 160 tỷ đồng", "160", 160e9, "money", "đồng", "kinh phí mừng thọ người cao tuổi", approx="nearly"),
    F("hơn 182.000 người cao tuổi", "182.000", 182000, "count", "người cao tuổi", "người cao tuổi được mừng thọ",
      NOW, approx="over"),
    OPT_AGE("cụ tròn 100 tuổi được thành phố", "100"),
    F("tặng 2 triệu đồng", "2", 2e6, "money", "đồng", "quà thành phố tặng cụ tròn 100 tuổi", NOW,
      change=CH("increase", 2, "lần", "mức cũ")),
    F("có 182.416 người", "182.416", 182416, "count", "người", S, Y25,
      change=CH("increase", 7.2, "%", "năm 2024")),
    OPT_AGE("thọ 70 tuổi đông nhất", "70"),
    F("với 74.530 người", "74.530", 74530, "count", "người", "người thọ 70 tuổi được chúc thọ, mừng thọ",
      inh(Y25), total=182416),
    OPT_AGE("thọ 90 tuổi có", "90"),
    F("có 14.208 người", "14.208", 14208, "count", "người", "người thọ 90 tuổi được chúc thọ, mừng thọ",
      inh(Y25), total=182416),
    OPT_AGE("tròn 100 tuổi có", "100"),
    F("có 684 cụ", "684", 684, "count", "cụ", "cụ tròn 100 tuổi được chúc thọ, mừng thọ",
      inh(Y25), total=182416),
    OPT_AGE("trên 100 tuổi có", "100", approx="over"),
    F("có 2.871 cụ", "2.871", 2871, "count", "cụ", "cụ trên 100 tuổi được chúc thọ, mừng thọ",
      inh(Y25), total=182416),
    OPT_AGE("thọ 70, 75", "70"),
    OPT_AGE("70, 75, 80", "75"),
    OPT_AGE("75, 80, 85", "80"),
    OPT_AGE("80, 85 tuổi", "85"),
    F("là 700.000 đồng", "700.000", 700000, "money", "đồng",
      "mức quà của thành phố với người thọ 70, 75, 80, 85 tuổi"),
    OPT_AGE("thọ 90, 95", "90"),
    OPT_AGE("90, 95 tuổi", "95"),
    F("là 1 triệu đồng", "1", 1e6, "money", "đồng", "mức quà của thành phố với người thọ 90, 95 tuổi"),
    OPT_AGE("trên 100 tuổi 1,5", "100", approx="over"),
    F("1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "mức quà của thành phố với người trên 100 tuổi"),
    F("khoảng 159,8 tỷ đồng", "159,8", 159.8e9, "money", "đồng", "tổng kinh phí mừng thọ", inh(Y25),
      approx="about"),
    F("Hoàng Mai (11.240 người)", "11.240", 11240, "count", "người", "người được mừng thọ", inh(Y25),
      location="Hoàng Mai"),
    F("Đống Đa (10.865 người)", "10.865", 10865, "count", "người", "người được mừng thọ", inh(Y25),
      location="Đống Đa"),
    F("Hà Đông (9.712 người)", "9.712", 9712, "count", "người", "người được mừng thọ", inh(Y25),
      location="Hà Đông"),
    OPT_AGE("86 tuổi", "86"),
    F("đạt 76,2 tuổi", "76,2", 76.2, "measure", "tuổi", "tuổi thọ trung bình của người dân Thủ đô",
      Y(2024)),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "tuổi thọ trung bình của người dân Thủ đô", Y(2024)),
    F("khoảng 16,5 triệu người cao tuổi", "16,5", 16.5e6, "count", "người cao tuổi", "người cao tuổi",
      approx="about", location="Việt Nam"),
    F("chiếm 20% dân số", "20", 20, "percent", "%", "tỷ lệ người cao tuổi trong dân số",
      P("đến năm 2036", None, "2036-12-31"), status="forecast", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 9/2/2025, 07:30 (GMT+7)'): Hà Nội mừng thọ năm 2025; byline at the end.",
    "'gấp đôi mức cũ' after 2 triệu đồng is that amount's change (increase 2 lần, baseline 'mức cũ').",
    "'Trong đó' parts (thọ 70, thọ 90, tròn 100, trên 100) take 182.416 as total; celebration ages and the interviewee's age are optional.",
    "The summary line 'Năm nay' = 2025 (dateline). The headline 'gần 160 tỷ đồng' has no period phrase.",
    "District list shares 'người được mừng thọ'; districts are locations. '16,5 triệu' and the 2036 share are national (Việt Nam);",
    "'theo dự báo … đến năm 2036 … sẽ chiếm 20%' is a forecast. 'đứng thứ 3 cả nước' is a rank of Hà Nội.",
    "Distractors: Nghị quyết số 18/2024/NQ-HĐND, 'lần thứ 4' (ordinal), 'phường Thanh Nhàn', dateline time.",
]

write("p998-6", TEXT, NOTES, FIGS, published="2025-02-09", location="Hà Nội")
