from lib import Doc, per

TEXT = """BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Công bố Quyết định đặc xá năm 2024: 3.840 người được tha tù trước thời hạn
29/08/2024 10:35

Chiều 28/8, tại Hà Nội, Văn phòng Chủ tịch nước phối hợp với Bộ Công an tổ chức họp báo công bố Quyết định số 817/QĐ-CTN về đặc xá năm 2024. Theo đó, Chủ tịch nước quyết định đặc xá cho 3.840 người đang chấp hành án phạt tù, người đang được tạm đình chỉ chấp hành án phạt tù.

Trong số 3.840 người được đặc xá có 3.702 phạm nhân đang chấp hành án tại 53 trại giam, 22 trại tạm giam thuộc Bộ Công an, Bộ Quốc phòng và công an các tỉnh, thành phố; 138 người đang được tạm đình chỉ chấp hành án phạt tù.

Người được đặc xá lần này có 182 phạm nhân nữ (chiếm 4,74%), 15 người nước ngoài thuộc 6 quốc tịch, 411 người là đồng bào dân tộc thiểu số; 97 người từ 70 tuổi trở lên.

Để triển khai, Bộ Công an đã thành lập 8 tổ thẩm định liên ngành, thẩm định 4.126 hồ sơ do các trại giam, trại tạm giam đề nghị. Hội đồng tư vấn đặc xá đã xem xét, đề nghị Chủ tịch nước đặc xá 3.840/4.126 hồ sơ, đạt 93,07%.

So với đợt đặc xá năm 2022 với 2.400 người, số người được đặc xá năm nay tăng 60%. Theo Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, giai đoạn 2009-2022 cả nước đã đặc xá cho hơn 92.000 người; tỷ lệ người được đặc xá tái phạm tội chỉ khoảng 0,9%, thấp hơn nhiều so với tỷ lệ tái phạm chung.

Các trại giam sẽ tổ chức trả tự do cho người được đặc xá từ ngày 31/8/2024. Dự kiến đến cuối năm 2024, các địa phương sẽ hỗ trợ vay vốn, giới thiệu việc làm cho khoảng 1.500 người được đặc xá. Thông tin về đặc xá được giải đáp qua đường dây nóng 069.2342.588 và Tổng đài 113.

Thứ trưởng đề nghị gia đình, chính quyền cơ sở và các tổ chức đoàn thể tiếp tục giúp đỡ người được đặc xá ổn định cuộc sống, không để tái phạm.

Hoàng Linh
"""

d = Doc("p381-2", TEXT, [
    "Cổng TTĐT Bộ Công an (ministry site): national amnesty of 2024, press conference. Bare dateline '29/08/2024 10:35' under the title; byline at the end.",
    "Distractors: Quyết định số 817/QĐ-CTN, 'Chiều 28/8', 'từ ngày 31/8/2024', hotline 069.2342.588, 'Tổng đài 113', 'Thượng tướng', years in 'giai đoạn 2009-2022'.",
    "'Trong số 3.840 … có 3.702 …; 138 …': both take total 3840 (3.702 + 138 = 3.840); the restated 3.840 heading the part-of is optional (as shared h13). 53 trại giam / 22 trại tạm giam are counts (no total).",
    "'Người được đặc xá lần này có 182 …, 15 …, 411 …': no part-of cue (not 'trong đó/gồm/trong số'), so no total; 182 keeps its share 4,74%. '70 tuổi' is a criterion (optional).",
    "3.840/4.126 hồ sơ: total 4126, percent 93,07. '(năm 2022) 2.400 người' has period năm 2022; 'tăng 60%' stands alone as the claim (percent, no change), period 'năm nay' = 2024.",
    "'khoảng 0,9%' in the sentence of 'giai đoạn 2009-2022' takes that period. 'Dự kiến … khoảng 1.500 người': status forecast, period end 2024-12-31. National figures: location Việt Nam.",
    "Headline 3.840 has no period phrase in its line; it inherits 'năm 2024' of the decision (not scored). Figures after the lead also inherit 'năm 2024'.",
    "revised: added the restated 'Trong số 3.840' as optional (head of a part-of, cf. shared h13).",
], published="2024-08-29", location="Việt Nam")

Y = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Ys = per("năm 2024", "2024-01-01", "2024-12-31")
d.f("2024: 3.840 người", "3.840", 3840, "count", "người", "người được đặc xá, tha tù trước thời hạn", Y)
d.f("cho 3.840 người", "3.840", 3840, "count", "người", "người được đặc xá", Y)
d.f("Trong số 3.840", "3.840", 3840, "count", "người", "người được đặc xá", Y, optional=True)
d.f("có 3.702 phạm nhân", "3.702", 3702, "count", "phạm nhân", "phạm nhân đang chấp hành án được đặc xá", Y, total=3840)
d.f("53 trại giam", "53", 53, "count", "trại giam", "trại giam có phạm nhân được đặc xá", Y)
d.f("22 trại tạm giam", "22", 22, "count", "trại tạm giam", "trại tạm giam có phạm nhân được đặc xá", Y)
d.f("138 người", "138", 138, "count", "người", "người đang được tạm đình chỉ chấp hành án phạt tù được đặc xá", Y, total=3840)
d.f("có 182 phạm nhân", "182", 182, "count", "phạm nhân", "phạm nhân nữ được đặc xá", Y, percent=4.74)
d.f("15 người nước ngoài", "15", 15, "count", "người", "người nước ngoài được đặc xá", Y)
d.f("thuộc 6 quốc tịch", "6", 6, "count", "quốc tịch", "quốc tịch của người nước ngoài được đặc xá", Y)
d.f("411 người", "411", 411, "count", "người", "người dân tộc thiểu số được đặc xá", Y)
d.f("97 người", "97", 97, "count", "người", "người từ 70 tuổi trở lên được đặc xá", Y)
d.f("từ 70 tuổi", "70", 70, "measure", "tuổi", "tuổi", None, optional=True)
d.f("lập 8 tổ", "8", 8, "count", "tổ", "tổ thẩm định liên ngành", Y)
d.f("thẩm định 4.126 hồ sơ", "4.126", 4126, "count", "hồ sơ", "hồ sơ đề nghị đặc xá được thẩm định", Y)
d.f("3.840/4.126", "3.840", 3840, "count", "hồ sơ", "hồ sơ đề nghị Chủ tịch nước đặc xá", Y, total=4126, percent=93.07)
d.f("với 2.400 người", "2.400", 2400, "count", "người", "người được đặc xá", per("năm 2022", "2022-01-01", "2022-12-31"))
d.f("tăng 60%", "60", 60, "percent", "%", "tăng số người được đặc xá", per("năm nay", "2024-01-01", "2024-12-31"))
P0922 = per("giai đoạn 2009-2022", "2009-01-01", "2022-12-31")
d.f("hơn 92.000 người", "92.000", 92000, "count", "người", "người được đặc xá", P0922, approx="over")
d.f("khoảng 0,9%", "0,9", 0.9, "percent", "%", "tỷ lệ người được đặc xá tái phạm tội", P0922, approx="about")
d.f("khoảng 1.500 người", "1.500", 1500, "count", "người", "người được đặc xá được hỗ trợ vay vốn, giới thiệu việc làm",
    per("đến cuối năm 2024", None, "2024-12-31"), approx="about", status="forecast")
raise SystemExit(d.write())
