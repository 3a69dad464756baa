from lib import F, per, chg, tgt, write

text = """Dự kiến bầu 500 đại biểu Quốc hội khóa XVI
Cập nhật lúc 16:45 ngày 07/08/2025

Chiều 7/8, tại phiên họp thứ 48, Ủy ban Thường vụ Quốc hội cho ý kiến về dự kiến số lượng, cơ cấu, thành phần đại biểu Quốc hội khóa XVI, nhiệm kỳ 2026-2031 theo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13.

Theo dự thảo, tổng số đại biểu Quốc hội khóa XVI, nhiệm kỳ 2026-2031 dự kiến là 500 người; trong đó đại biểu ở Trung ương là 217 người (chiếm 43,4%), đại biểu ở địa phương là 283 người (chiếm 56,6%).

Về cơ cấu, phấn đấu bảo đảm người ứng cử là phụ nữ tối thiểu 35% tổng số người trong danh sách chính thức; người dân tộc thiểu số ít nhất 18%; người ngoài Đảng từ 25 đến 50 người; đại biểu trẻ tuổi (dưới 40 tuổi) khoảng 10%; đại biểu tái cử khoảng 160 người.

Dự kiến cả nước có hơn 78 triệu cử tri, được bố trí tại khoảng 182 đơn vị bầu cử ở 34 tỉnh, thành phố. Tổng kinh phí phục vụ cuộc bầu cử dự kiến khoảng 1,5 nghìn tỷ đồng. Ngày bầu cử dự kiến là Chủ nhật, 15/3/2026.

Nhìn lại cuộc bầu cử năm 2021, cả nước có 866 người ứng cử; kết quả bầu được 499 đại biểu Quốc hội khóa XV, trong đó có 151 đại biểu nữ (30,26%), 89 đại biểu là người dân tộc thiểu số (17,84%) và 14 đại biểu ngoài Đảng (2,81%). Tỷ lệ cử tri đi bầu toàn quốc năm 2021 đạt 99,60%.

Phát biểu kết luận, Phó Chủ tịch Quốc hội đề nghị Hội đồng bầu cử quốc gia tiếp thu ý kiến, hoàn thiện dự thảo Nghị quyết để trình Ủy ban Thường vụ Quốc hội xem xét tại phiên họp thứ 49.
"""

T = per("nhiệm kỳ 2026-2031", "2026-01-01", "2031-12-31")
Ti = dict(T, inherited=True)
Y = per("năm 2021", "2021-01-01", "2021-12-31")
figs = [
    F("bầu 500 đại biểu", "500", 500, "count", "đại biểu", "đại biểu Quốc hội khóa XVI", status="forecast"),
    F("là 500 người", "500", 500, "count", "người", "tổng số đại biểu Quốc hội khóa XVI", status="forecast", period=T),
    F("là 217 người", "217", 217, "count", "người", "đại biểu ở Trung ương", total=500, percent=43.4,
      status="forecast", period=T),
    F("là 283 người", "283", 283, "count", "người", "đại biểu ở địa phương", total=500, percent=56.6,
      status="forecast", period=T),
    F("tối thiểu 35%", "35", 35, "percent", "%", "người ứng cử là phụ nữ", approx="at_least", status="target", period=Ti),
    F("ít nhất 18%", "18", 18, "percent", "%", "người dân tộc thiểu số", approx="at_least", status="target", period=Ti),
    F("từ 25 đến 50 người", "25", 25, "count", "người", "người ngoài Đảng", value_max=50, status="target", period=Ti),
    F("dưới 40 tuổi", "40", 40, "measure", "tuổi", approx="under", optional=True),
    F("khoảng 10%", "10", 10, "percent", "%", "đại biểu trẻ tuổi", approx="about", status="target", period=Ti),
    F("khoảng 160 người", "160", 160, "count", "người", "đại biểu tái cử", approx="about", status="target", period=Ti),
    F("hơn 78 triệu cử tri", "78", 78000000, "count", "cử tri", "cử tri", approx="over", status="forecast", period=Ti),
    F("khoảng 182 đơn vị", "182", 182, "count", "đơn vị bầu cử", "đơn vị bầu cử", approx="about",
      status="forecast", period=Ti),
    F("34 tỉnh, thành phố", "34", 34, "count", "tỉnh, thành phố", "tỉnh, thành phố", optional=True),
    F("khoảng 1,5 nghìn tỷ đồng", "1,5", 1.5e12, "money", "đồng", "Tổng kinh phí phục vụ cuộc bầu cử",
      approx="about", status="forecast", period=Ti),
    F("có 866 người", "866", 866, "count", "người", "người ứng cử", period=Y),
    F("bầu được 499 đại biểu", "499", 499, "count", "đại biểu", "đại biểu Quốc hội khóa XV", period=Y),
    F("151 đại biểu nữ", "151", 151, "count", "đại biểu", "đại biểu nữ", total=499, percent=30.26, period=Y),
    F("89 đại biểu", "89", 89, "count", "đại biểu", "đại biểu là người dân tộc thiểu số", total=499, percent=17.84, period=Y),
    F("14 đại biểu", "14", 14, "count", "đại biểu", "đại biểu ngoài Đảng", total=499, percent=2.81, period=Y),
    F("đạt 99,60%", "99,60", 99.6, "percent", "%", "Tỷ lệ cử tri đi bầu toàn quốc", period=Y),
]

write(5, [
    "Ministry-level / Quốc hội site style (national): the Standing Committee discusses the planned size and structure of the",
    "16th National Assembly (2026-2031); look back at the 2021 election. Dateline 'Cập nhật lúc 16:45 ngày 07/08/2025'.",
    "Distractors: phiên họp thứ 48/49, khóa XVI/XV, Luật ... số 85/2015/QH13, 'Chủ nhật, 15/3/2026' (election day), 'Chiều 7/8'.",
    "'dự kiến' figures are forecast; the 'phấn đấu' clause chain (tối thiểu, ít nhất, từ … đến, khoảng) is target.",
    "Period 'nhiệm kỳ 2026-2031' read like 'giai đoạn 2021-2025'. Title figure '500 đại biểu' is a figure of its own (no period in its line).",
    "217 and 283 after 'trong đó' take total 500 and the bracketed 'chiếm' share as percent.",
    "2021 look-back: 151/89/14 after 'trong đó' take total 499 (not 866: 'kết quả bầu được 499' stands between).",
    "'34 tỉnh, thành phố' (structure) and 'dưới 40 tuổi' (age threshold) optional. '1,5 nghìn tỷ đồng' = 1.5e12 đồng.",
], text, figs, published="2025-08-07", location="Việt Nam")
