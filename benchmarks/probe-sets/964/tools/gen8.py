from lib import F, P, I, C, T, build

TEXT = """Sơn La: Hơn 2.700 áo phao đến với người dân vùng lòng hồ

Cập nhật lúc 16:10, Thứ sáu, 25/10/2024

(BSL) - 9 tháng năm 2024, Sở Giao thông vận tải phối hợp với các huyện vùng lòng hồ cấp phát 2.740 áo phao cho người dân, học sinh thường xuyên qua sông, đạt 91,3% kế hoạch năm (3.000 áo phao).

Toàn tỉnh hiện có 74 bến khách ngang sông, tập trung ở các huyện Quỳnh Nhai (21 bến), Mường La (17 bến), Thuận Châu (12 bến) và Bắc Yên (9 bến); có 188 phương tiện chở khách, trong đó 143 phương tiện đã được đăng kiểm, chiếm 76,1%. Bình quân mỗi ngày các bến đưa đón khoảng 6.500 lượt khách; vào phiên chợ, lượng khách tại các bến ở Quỳnh Nhai tăng gấp 2 lần ngày thường.

Mùa mưa lũ năm nay, mực nước hồ thủy điện Sơn La dâng cao, có thời điểm đạt 215 m, nhiều bến dọc Quốc lộ 279 phải di chuyển vị trí neo đậu.

9 tháng, Cảnh sát giao thông đường thủy đã kiểm tra 326 lượt phương tiện, xử phạt 71 trường hợp, nộp ngân sách trên 142 triệu đồng, tăng 18,5% so với cùng kỳ. Không để xảy ra tai nạn giao thông đường thủy tại các bến khách ngang sông.

Theo kế hoạch, quý IV/2024 tỉnh sẽ cấp phát thêm 260 áo phao và hỗ trợ 1,5 tỷ đồng cải tạo 6 bến tại huyện Quỳnh Nhai, Mường La. Mục tiêu đến năm 2025, 100% phương tiện chở khách ngang sông được đăng ký, đăng kiểm.

Thanh Hà
"""

m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
m9b = P("9 tháng", "2024-01-01", "2024-09-30")
q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hơn 2.700 áo phao", "2.700", 2700, "count", "áo phao", "áo phao đến với người dân vùng lòng hồ", approx="over"),
    F("cấp phát 2.740 áo phao", "2.740", 2740, "count", "áo phao", "áo phao cấp phát cho người dân, học sinh thường xuyên qua sông",
      m9, percent=91.3, target=T(3000, "áo phao")),
    F("có 74 bến", "74", 74, "count", "bến khách ngang sông", "bến khách ngang sông"),
    F("Quỳnh Nhai (21 bến)", "21", 21, "count", "bến", "bến khách ngang sông", location="Quỳnh Nhai"),
    F("Mường La (17 bến)", "17", 17, "count", "bến", "bến khách ngang sông", location="Mường La"),
    F("Thuận Châu (12 bến)", "12", 12, "count", "bến", "bến khách ngang sông", location="Thuận Châu"),
    F("Bắc Yên (9 bến)", "9", 9, "count", "bến", "bến khách ngang sông", location="Bắc Yên"),
    F("có 188 phương tiện", "188", 188, "count", "phương tiện", "phương tiện chở khách"),
    F("143 phương tiện", "143", 143, "count", "phương tiện", "phương tiện đã được đăng kiểm", total=188, percent=76.1),
    F("khoảng 6.500 lượt khách", "6.500", 6500, "count", "lượt khách/ngày", "lượt khách các bến đưa đón bình quân mỗi ngày",
      approx="about"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "lượng khách tại các bến ở Quỳnh Nhai vào phiên chợ so với ngày thường",
      location="Quỳnh Nhai"),
    F("đạt 215 m", "215", 215, "measure", "m", "mực nước hồ thủy điện Sơn La"),
    F("kiểm tra 326 lượt", "326", 326, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", m9b),
    F("xử phạt 71 trường hợp", "71", 71, "count", "trường hợp", "trường hợp bị xử phạt", m9b),
    F("trên 142 triệu đồng", "142", 142_000_000, "money", "đồng", "tiền phạt nộp ngân sách", m9b, approx="over",
      change=C("increase", 18.5, baseline="cùng kỳ")),
    F("thêm 260 áo phao", "260", 260, "count", "áo phao", "áo phao cấp phát thêm", q4, status="target"),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1_500_000_000, "money", "đồng", "kinh phí hỗ trợ cải tạo bến", q4, status="target"),
    F("cải tạo 6 bến", "6", 6, "count", "bến", "bến được cải tạo", q4, status="target"),
    F("100% phương tiện", "100", 100, "percent", "%", "phương tiện chở khách ngang sông được đăng ký, đăng kiểm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Sơn La style): headline figure 'Hơn 2.700 áo phao', 'Cập nhật lúc 16:10, Thứ sáu, 25/10/2024', tag '(BSL) -'.",
    "Headline 2.700 (over) and body 2.740 are both figures. 'đạt 91,3% kế hoạch năm (3.000 áo phao)': percent 91,3 and target 3.000 (a plan, not a total).",
    "District list in brackets (21+17+12+9 = 59 != 74): a ranking, no total; each district is the location. 'hiện' gives no period.",
    "'tăng gấp 2 lần ngày thường' stands as its own claim: multiple 2 lần, location Quỳnh Nhai.",
    "'215 m' (reservoir water level) is a measure figure; 'Mùa mưa lũ năm nay' gives no exact period (left empty).",
    "'9 tháng' (no year) takes 2024 from '9 tháng năm 2024'. 'tăng 18,5% so với cùng kỳ' is the change of the 142 triệu đồng (the figure just before).",
    "'Theo kế hoạch, quý IV/2024 tỉnh sẽ …' → target for 260 áo phao, 1,5 tỷ, 6 bến (two districts named: location stays Sơn La). 'Mục tiêu đến năm 2025' → target.",
    "Not figures: 'Quốc lộ 279', 16:10, 'Thứ sáu', '(BSL)'.",
]

build("p964-8", TEXT, NOTES, FIGS, published="2024-10-25", location="Sơn La")
