"""p931-5: provincial Party newspaper (Báo Lào Cai style), nhận chăm sóc thay thế; byline and bare date at the end."""
from lib import F, period, change, target, write

TEXT = """Lan tỏa mô hình nhận chăm sóc thay thế trẻ em có hoàn cảnh đặc biệt

Những năm qua, công tác chăm sóc thay thế cho trẻ em mồ côi, không nơi nương tựa trên địa bàn tỉnh Lào Cai được các cấp, ngành quan tâm thực hiện, giúp nhiều em có được mái ấm gia đình thay vì phải sống tại trung tâm bảo trợ.

Từ năm 2021 đến nay, toàn tỉnh có 163 trẻ em được nhận chăm sóc thay thế, trong đó 128 trẻ do người thân thích như ông bà, cô dì, chú bác nhận chăm sóc và 35 trẻ do gia đình không phải người thân thích nhận nuôi. Các huyện có nhiều trẻ được chăm sóc thay thế là Bắc Hà (29 trẻ), Si Ma Cai (24 trẻ) và Mường Khương (21 trẻ). Nhờ đó, số trẻ em phải nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh giảm từ 56 trẻ năm 2020 xuống còn 31 trẻ hiện nay.

Gia đình bà Sùng Thị Mai ở thôn Na Hối 2, xã Na Hối, huyện Bắc Hà đang nhận chăm sóc 3 cháu mồ côi là con của người em gái đã mất. Ngoài trợ cấp xã hội 750.000 đồng/cháu/tháng, gia đình còn được hỗ trợ 1 con bò giống trị giá 18 triệu đồng. "Có trợ cấp, các cháu được đi học đầy đủ, tôi cũng yên tâm làm ăn", bà Mai chia sẻ.

Năm 2024, tỉnh bố trí 1,2 tỷ đồng hỗ trợ các gia đình nhận chăm sóc thay thế, gấp 1,5 lần năm 2023. Theo bà Lý Thị Hoa, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, mục tiêu đến năm 2025, trên 90% trẻ em có hoàn cảnh đặc biệt của tỉnh được chăm sóc tại gia đình, cộng đồng. Tỉnh phấn đấu mỗi năm có thêm ít nhất 30 trẻ được nhận chăm sóc thay thế.

Thanh Hà
18/09/2024
"""

SINCE = period("Từ năm 2021 đến nay", "2021-01-01", "2024-09-18")
SINCE_INH = period("Từ năm 2021 đến nay", "2021-01-01", "2024-09-18", inherited=True)
SUBJ_LIST = "trẻ được chăm sóc thay thế"

FIGS = [
    F("có 163 trẻ em", "163", 163, "count", "trẻ em",
      subject="trẻ em được nhận chăm sóc thay thế", period=SINCE),
    F("128 trẻ do người thân thích", "128", 128, "count", "trẻ", total=163,
      subject="trẻ do người thân thích nhận chăm sóc", period=SINCE),
    F("35 trẻ do gia đình", "35", 35, "count", "trẻ", total=163,
      subject="trẻ do gia đình không phải người thân thích nhận nuôi", period=SINCE),
    F("Bắc Hà (29 trẻ)", "29", 29, "count", "trẻ", subject=SUBJ_LIST, location="Bắc Hà", period=SINCE_INH),
    F("Si Ma Cai (24 trẻ)", "24", 24, "count", "trẻ", subject=SUBJ_LIST, location="Si Ma Cai", period=SINCE_INH),
    F("Mường Khương (21 trẻ)", "21", 21, "count", "trẻ", subject=SUBJ_LIST, location="Mường Khương", period=SINCE_INH),
    F("từ 56 trẻ", "56", 56, "count", "trẻ",
      subject="trẻ em phải nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh",
      period=period("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 31 trẻ", "31", 31, "count", "trẻ",
      subject="trẻ em phải nuôi dưỡng tại Trung tâm Bảo trợ xã hội tỉnh"),
    F("chăm sóc 3 cháu", "3", 3, "count", "cháu", location="Bắc Hà",
      subject="cháu mồ côi gia đình bà Sùng Thị Mai nhận chăm sóc"),
    F("xã hội 750.000 đồng", "750.000", 750000, "money", "đồng/cháu/tháng", location="Bắc Hà",
      subject="trợ cấp xã hội"),
    F("hỗ trợ 1 con bò", "1", 1, "count", "con bò giống", location="Bắc Hà",
      subject="bò giống hỗ trợ gia đình"),
    F("trị giá 18 triệu đồng", "18", 18e6, "money", "đồng", location="Bắc Hà",
      subject="trị giá bò giống hỗ trợ"),
    F("bố trí 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng",
      change=change("increase", 1.5, "lần", "năm 2023"),
      subject="kinh phí hỗ trợ các gia đình nhận chăm sóc thay thế",
      period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="trẻ em có hoàn cảnh đặc biệt được chăm sóc tại gia đình, cộng đồng",
      period=period("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 30 trẻ", "30", 30, "count", "trẻ", approx="at_least", status="target",
      subject="trẻ được nhận chăm sóc thay thế mỗi năm"),
]

NOTES = [
    "Báo Lào Cai style feature on nhận chăm sóc thay thế; byline 'Thanh Hà' and bare date '18/09/2024' at the end (= published).",
    "'Từ năm 2021 đến nay' runs to the published date. The district list (Bắc Hà, Si Ma Cai, Mường Khương) shares the indicator; a top list, no total.",
    "'giảm từ 56 trẻ năm 2020 xuống còn 31 trẻ hiện nay': two counts, no change attribute (no stated amount of decrease); 'hiện nay' gives no period.",
    "The family example stands in huyện Bắc Hà: its figures take location Bắc Hà. 'gấp 1,5 lần năm 2023' after 1,2 tỷ is that figure's change (×1,5, unit lần).",
    "Distractors: thôn Na Hối 2, names (Sùng Thị Mai, Lý Thị Hoa), byline date.",
]

write("p931-5", TEXT, NOTES, FIGS, published="2024-09-18", location="Lào Cai")
