"""p815-5: Báo Lâm Đồng (Party paper), health check results of dưỡng sinh club members in Đà Lạt (2024)."""
from lib import F, P, I, C, T, emit

TEXT = """Người cao tuổi Đà Lạt khỏe hơn nhờ tập dưỡng sinh

Kết quả khám sức khỏe định kỳ năm 2024 cho hội viên các câu lạc bộ dưỡng sinh trên địa bàn thành phố Đà Lạt cho thấy nhiều chỉ số sức khỏe cải thiện rõ rệt so với nhóm không tập luyện.

Từ tháng 3 đến tháng 5/2024, Trung tâm Y tế thành phố Đà Lạt phối hợp Hội Người cao tuổi thành phố tổ chức khám sức khỏe cho 2.450 hội viên của 38 câu lạc bộ dưỡng sinh, độ tuổi từ 60 đến 91. Kết quả, có 946 người mắc tăng huyết áp, chiếm 38,6%; 304 người mắc đái tháo đường, chiếm 12,4%; 57 người được phát hiện mới bệnh lý tim mạch và được chuyển tuyến điều trị.

So với nhóm người cao tuổi không tập luyện, tỷ lệ tăng huyết áp ở hội viên thấp hơn khoảng 9 điểm phần trăm. Đáng chú ý, tỷ lệ hội viên có huyết áp ổn định tăng từ 52% năm 2022 lên 67% năm 2024. Chỉ số huyết áp tâm thu trung bình của hội viên là 132 mmHg, giảm 6 mmHg so với lần khám trước.

Theo bác sĩ Trần Văn Năm, Phó Giám đốc Trung tâm Y tế thành phố, người cao tuổi nên tập từ 30 đến 45 phút mỗi ngày, ít nhất 5 buổi mỗi tuần. Kinh phí khám do ngân sách thành phố chi trả, khoảng 180 triệu đồng, bình quân gần 73.500 đồng/người.

Toàn tỉnh Lâm Đồng hiện có 412 câu lạc bộ dưỡng sinh với trên 14.000 hội viên. Năm 2025, tỉnh đặt mục tiêu khám sức khỏe định kỳ cho 80% hội viên các câu lạc bộ.

Hội viên Câu lạc bộ dưỡng sinh phường 8 luyện tập tại Quảng trường Lâm Viên.

MAI HƯƠNG
19/06/2024
"""

CHECK = P("Từ tháng 3 đến tháng 5/2024", "2024-03-01", "2024-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cho 2.450 hội viên", "2.450", 2450, "count", "hội viên", "hội viên câu lạc bộ dưỡng sinh được khám sức khỏe", CHECK),
    F("của 38 câu lạc bộ", "38", 38, "count", "câu lạc bộ", "câu lạc bộ dưỡng sinh có hội viên được khám", CHECK),
    F("từ 60 đến 91", "60", 60, "measure", "tuổi", "độ tuổi hội viên được khám", CHECK, value_max=91, optional=True),
    F("có 946 người", "946", 946, "count", "người", "người mắc tăng huyết áp", I(CHECK), percent=38.6),
    F("304 người", "304", 304, "count", "người", "người mắc đái tháo đường", I(CHECK), percent=12.4),
    F("57 người", "57", 57, "count", "người", "người được phát hiện mới bệnh lý tim mạch", I(CHECK)),
    F("khoảng 9 điểm phần trăm", "9", 9, "measure", "điểm phần trăm",
      "chênh lệch tỷ lệ tăng huyết áp giữa hội viên và nhóm không tập luyện", I(Y24), approx="about"),
    F("từ 52% năm 2022", "52", 52, "percent", "%", "tỷ lệ hội viên có huyết áp ổn định",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 67% năm 2024", "67", 67, "percent", "%", "tỷ lệ hội viên có huyết áp ổn định", Y24),
    F("là 132 mmHg", "132", 132, "measure", "mmHg", "chỉ số huyết áp tâm thu trung bình của hội viên", I(Y24),
      change=C("decrease", 6, "mmHg", "lần khám trước")),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", "thời gian tập khuyến nghị mỗi ngày", value_max=45,
      optional=True),
    F("ít nhất 5 buổi", "5", 5, "measure", "buổi", "số buổi tập khuyến nghị mỗi tuần", approx="at_least",
      optional=True),
    F("khoảng 180 triệu đồng", "180", 180000000, "money", "đồng", "kinh phí khám sức khỏe", I(CHECK), approx="about"),
    F("gần 73.500 đồng/người", "73.500", 73500, "money", "đồng/người", "kinh phí khám bình quân", I(CHECK),
      approx="nearly"),
    F("có 412 câu lạc bộ", "412", 412, "count", "câu lạc bộ", "câu lạc bộ dưỡng sinh", location="Lâm Đồng"),
    F("trên 14.000 hội viên", "14.000", 14000, "count", "hội viên", "hội viên câu lạc bộ dưỡng sinh",
      approx="over", location="Lâm Đồng"),
    F("cho 80% hội viên", "80", 80, "percent", "%", "hội viên các câu lạc bộ được khám sức khỏe định kỳ",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target", location="Lâm Đồng"),
]

NOTES = [
    "Báo Lâm Đồng: health check of dưỡng sinh club members in Đà Lạt (2024); byline 'MAI HƯƠNG' and bare date '19/06/2024' at the end.",
    "Figures about Đà Lạt (file location); the last paragraph's province-wide figures are Lâm Đồng.",
    "946/304 people carry the share after 'chiếm' but no total (no part-of cue after the 2.450 examined).",
    "'thấp hơn khoảng 9 điểm phần trăm' has no base amount: a figure of its own, measure in điểm phần trăm.",
    "'tăng từ 52% năm 2022 lên 67% năm 2024': two percent figures, no change value stated.",
    "Optional: age range of the group (60-91), the doctor's recommendation (30-45 phút, ít nhất 5 buổi).",
    "Distractors: 'bác sĩ Trần Văn Năm', 'phường 8', dates.",
]

emit("p815-5", TEXT, NOTES, FIGS, published="2024-06-19", location="Đà Lạt")
