from lib import F, P, C, T, inh, emit

TEXT = """Thời sự › Chính sách

Hơn 3,3 triệu người được tăng 15% lương hưu từ tháng 7

Thứ tư, 3/7/2024, 14:30 (GMT+7)

Theo Nghị định 75/2024/NĐ-CP, từ ngày 1/7 lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng của hơn 3,3 triệu người được điều chỉnh tăng 15%. Người nghỉ hưu trước năm 1995 có mức hưởng sau điều chỉnh thấp hơn 3,5 triệu đồng được tăng thêm từ 0,3 triệu đến 0,5 triệu đồng/tháng; theo Bộ Lao động - Thương binh và Xã hội, nhóm này có gần 190.000 người.

Tổng kinh phí tăng thêm trong 6 tháng cuối năm 2024 ước khoảng 44.000 tỷ đồng, trong đó ngân sách nhà nước bảo đảm khoảng 11.800 tỷ đồng, quỹ bảo hiểm xã hội chi khoảng 32.200 tỷ đồng. Sau điều chỉnh, mức lương hưu bình quân của người hưởng từ quỹ tăng từ 6,1 triệu lên gần 7 triệu đồng/tháng. Mức bình quân này gấp khoảng 3,5 lần chuẩn nghèo khu vực thành thị.

Cùng thời điểm, mức chuẩn trợ cấp người có công với cách mạng tăng lên 2.789.000 đồng, còn mức chuẩn trợ giúp xã hội tăng từ 360.000 đồng lên 500.000 đồng/tháng, tức tăng 38,9%. Khoảng 1,18 triệu người có công và thân nhân, cùng hơn 3,4 triệu đối tượng bảo trợ xã hội, trong đó 1,9 triệu người cao tuổi, được hưởng lợi.

Ông Nguyễn Duy Cường, Phó Vụ trưởng Vụ Bảo hiểm xã hội (Bộ LĐ-TB&XH), cho biết năm 2023 cả nước có 167.400 người bắt đầu hưởng lương hưu, trong đó 48% nghỉ hưu trước tuổi. Giai đoạn 2021-2025, số người hưởng lương hưu tăng bình quân 2-3% mỗi năm, trong khi số người đóng bảo hiểm xã hội chỉ tăng khoảng 1,5%.

Hồng Chiêu
"""

H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("Hơn 3,3 triệu người được tăng", "3,3", 3300000, "count", "người",
      "người được tăng lương hưu", approx="over"),
    F("tăng 15% lương hưu", "15", 15, "percent", "%", "mức tăng lương hưu"),
    F("hơn 3,3 triệu người được điều chỉnh", "3,3", 3300000, "count", "người",
      "người có lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng được điều chỉnh", approx="over"),
    F("điều chỉnh tăng 15%.", "15", 15, "percent", "%",
      "mức điều chỉnh tăng lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hằng tháng"),
    F("thấp hơn 3,5 triệu đồng", "3,5", 3500000, "money", "đồng", approx="under", optional=True),
    F("từ 0,3 triệu đến 0,5 triệu", "0,3", 300000, "money", "đồng/tháng",
      "mức tăng thêm cho người nghỉ hưu trước năm 1995", value_max=500000),
    F("gần 190.000 người", "190.000", 190000, "count", "người",
      "người nghỉ hưu trước năm 1995 có mức hưởng thấp hơn 3,5 triệu đồng", approx="nearly"),
    F("khoảng 44.000 tỷ đồng", "44.000", 44e12, "money", "đồng", "tổng kinh phí tăng thêm", H2,
      approx="about", status="estimate"),
    F("khoảng 11.800 tỷ đồng", "11.800", 11.8e12, "money", "đồng", "ngân sách nhà nước bảo đảm", H2,
      approx="about", status="estimate", total=44e12),
    F("khoảng 32.200 tỷ đồng", "32.200", 32.2e12, "money", "đồng", "quỹ bảo hiểm xã hội chi", H2,
      approx="about", status="estimate", total=44e12),
    F("từ 6,1 triệu", "6,1", 6100000, "money", "đồng", "mức lương hưu bình quân của người hưởng từ quỹ"),
    F("gần 7 triệu đồng/tháng", "7", 7000000, "money", "đồng/tháng",
      "mức lương hưu bình quân của người hưởng từ quỹ", approx="nearly"),
    F("gấp khoảng 3,5 lần", "3,5", 3.5, "multiple", "lần", "mức bình quân so với chuẩn nghèo khu vực thành thị",
      approx="about"),
    F("lên 2.789.000 đồng", "2.789.000", 2789000, "money", "đồng", "mức chuẩn trợ cấp người có công với cách mạng"),
    F("từ 360.000 đồng", "360.000", 360000, "money", "đồng", "mức chuẩn trợ giúp xã hội"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      change=C("increase", 38.9)),
    F("Khoảng 1,18 triệu người", "1,18", 1180000, "count", "người", "người có công và thân nhân được hưởng lợi",
      approx="about"),
    F("hơn 3,4 triệu đối tượng", "3,4", 3400000, "count", "đối tượng", "đối tượng bảo trợ xã hội được hưởng lợi",
      approx="over"),
    F("đó 1,9 triệu người", "1,9", 1900000, "count", "người", "người cao tuổi", total=3400000),
    F("có 167.400 người", "167.400", 167400, "count", "người", "người bắt đầu hưởng lương hưu", Y23),
    F("đó 48% nghỉ", "48", 48, "percent", "%", "người nghỉ hưu trước tuổi", Y23),
    F("bình quân 2-3%", "2", 2, "percent", "%", "số người hưởng lương hưu tăng bình quân mỗi năm", G,
      value_max=3),
    F("tăng khoảng 1,5%", "1,5", 1.5, "percent", "%", "số người đóng bảo hiểm xã hội tăng", G, approx="about"),
]

emit("p410-6", TEXT, [
    "National press (VnExpress style): pensions raised 15% from 1/7/2024 (NĐ 75/2024); 'Thứ tư, 3/7/2024, 14:30 (GMT+7)'; byline at the end.",
    "Distractors: 'Nghị định 75/2024/NĐ-CP', 'từ ngày 1/7', 'năm 1995', 'GMT+7', a person's name and office, 'Giai đoạn 2021-2025'.",
    "'… của hơn 3,3 triệu người được điều chỉnh tăng 15%': the 15% is the raise of the pensions, not a change of the head count,",
    "so it is a percent figure of its own (growth rate as the claim) and 3,3 triệu carries no change. Same for the headline.",
    "'thấp hơn 3,5 triệu đồng' is an eligibility threshold (optional). 'tăng từ 6,1 triệu lên gần 7 triệu' gives two levels, no change;",
    "'tăng từ 360.000 đồng lên 500.000 đồng/tháng, tức tăng 38,9%' gives the new level its change. 'gấp khoảng 3,5 lần chuẩn nghèo' in its",
    "own sentence is a standalone multiple. The 'ước' cue governs the 'trong đó' clauses (estimates, totals 44.000 tỷ).",
    "Effective-date levels ('từ ngày 1/7') carry no period (unscored). All figures national (Việt Nam).",
], FIGS, published="2024-07-03", location="Việt Nam")
