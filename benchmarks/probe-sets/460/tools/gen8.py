from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện » Lao động - Xã hội

Chi trả trợ cấp xã hội cho hơn 1.100 trẻ em mồ côi, bị bỏ rơi

Quý III/2024, Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ phối hợp với các quận, huyện chi trả trợ cấp xã hội hằng tháng cho 1.126 trẻ em mồ côi, bị bỏ rơi với tổng kinh phí 2,84 tỷ đồng, tăng 6,5% so với quý II/2024. Mức trợ cấp từ 900.000 đồng đến 2.250.000 đồng/tháng, tùy theo độ tuổi và hoàn cảnh của trẻ.

Trong quý, quận Ninh Kiều chi trả cho 214 trẻ em, huyện Thới Lai 168 trẻ em, huyện Cờ Đỏ 151 trẻ em.

Tính đến ngày 30/9/2024, toàn thành phố có 312 trẻ em được chăm sóc thay thế, gồm 187 em được nhận chăm sóc thay thế tại cộng đồng (chiếm 59,9%) và 125 em được nuôi dưỡng tại các cơ sở bảo trợ xã hội. Trung tâm Công tác xã hội thành phố (số 12 đường Trần Phú, phường Cái Khế) hiện nuôi dưỡng 46 trẻ em.

Từ đầu năm đến nay, các cơ quan chức năng đã tiếp nhận, xử lý 37 vụ việc xâm hại trẻ em, giảm 5 vụ so với cùng kỳ; 100% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời.

Quỹ Bảo trợ trẻ em thành phố 9 tháng năm 2024 đã vận động được 4,3 tỷ đồng, đạt 86% kế hoạch năm; trao 1.050 suất quà cho trẻ em có hoàn cảnh khó khăn, mỗi suất 500 nghìn đồng.

Quý IV/2024, thành phố phấn đấu tổ chức thêm 15 lớp dạy bơi miễn phí và hoàn thành chi trả trợ cấp trước ngày 10 hằng tháng.

Ngọc Hân
08/10/2024 | Số lượt xem: 1.027
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("hơn 1.100 trẻ em", "1.100", 1100, "count", "trẻ em", "trẻ em mồ côi, bị bỏ rơi được chi trả trợ cấp xã hội", None, approx="over"),
    F("cho 1.126 trẻ em", "1.126", 1126, "count", "trẻ em", "trẻ em mồ côi, bị bỏ rơi được chi trả trợ cấp xã hội hằng tháng", Q3),
    F("kinh phí 2,84 tỷ đồng", "2,84", 2.84e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp xã hội", Q3,
      change=CH("increase", 6.5, baseline="quý II/2024")),
    F("từ 900.000 đồng", "900.000", 900000, "money", "đồng/tháng", "Mức trợ cấp", I(Q3), value_max=2250000),
    F("Ninh Kiều chi trả cho 214", "214", 214, "count", "trẻ em", "trẻ em được chi trả trợ cấp xã hội",
      P("Trong quý", "2024-07-01", "2024-09-30"), location="Ninh Kiều"),
    F("Thới Lai 168", "168", 168, "count", "trẻ em", "trẻ em được chi trả trợ cấp xã hội",
      P("Trong quý", "2024-07-01", "2024-09-30"), location="Thới Lai"),
    F("Cờ Đỏ 151", "151", 151, "count", "trẻ em", "trẻ em được chi trả trợ cấp xã hội",
      P("Trong quý", "2024-07-01", "2024-09-30"), location="Cờ Đỏ"),
    F("có 312 trẻ em", "312", 312, "count", "trẻ em", "trẻ em được chăm sóc thay thế", AS),
    F("gồm 187 em", "187", 187, "count", "em", "trẻ em được nhận chăm sóc thay thế tại cộng đồng", AS, total=312, percent=59.9),
    F("và 125 em", "125", 125, "count", "em", "trẻ em được nuôi dưỡng tại các cơ sở bảo trợ xã hội", AS, total=312),
    F("nuôi dưỡng 46 trẻ em", "46", 46, "count", "trẻ em", "trẻ em Trung tâm Công tác xã hội thành phố nuôi dưỡng", I(AS)),
    F("xử lý 37 vụ", "37", 37, "count", "vụ việc", "vụ việc xâm hại trẻ em được tiếp nhận, xử lý", YTD,
      change=CH("decrease", 5, "vụ", "cùng kỳ")),
    F("100% trẻ em", "100", 100, "percent", "%", "trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", YTD),
    F("được 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "Quỹ Bảo trợ trẻ em thành phố vận động", Y9, percent=86),
    F("trao 1.050 suất", "1.050", 1050, "count", "suất quà", "suất quà trao cho trẻ em có hoàn cảnh khó khăn", Y9),
    F("500 nghìn đồng", "500", 500000, "money", "đồng", "giá trị mỗi suất quà", Y9),
    F("thêm 15 lớp", "15", 15, "count", "lớp", "lớp dạy bơi miễn phí", P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Cần Thơ (city portal): trợ cấp xã hội for orphaned/abandoned children, quý III/2024; alternative care; abuse cases; fund.",
    "Bare date at the end after the byline: '08/10/2024 | Số lượt xem: 1.027' (counter = furniture). Distractors: address 'số 12 đường Trần Phú',",
    "'trước ngày 10 hằng tháng', 'quý II/2024' (baseline). Headline 'hơn 1.100 trẻ em' has no period of its own: null.",
    "'Mức trợ cấp từ 900.000 đồng đến 2.250.000 đồng/tháng': money range, unit đồng/tháng; period inherited from the previous sentence.",
    "District list after 'Trong quý' (= quý III/2024, stated in the sentence); places -> location; no part-of cue, so no totals.",
    "'gồm 187 … và 125 …' after 312 trẻ em: parts (sum 312). 46 children of one centre: no cue, no total.",
    "'giảm 5 vụ so với cùng kỳ': change (unit vụ) of 37 cases. 'đạt 86% kế hoạch năm' is the percent of 4,3 tỷ (no plan amount given).",
    "'mỗi suất 500 nghìn đồng' = 500000 đồng. Quý IV/2024 plan: 15 lớp, status target.",
]
emit("p460-8", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Cần Thơ")
