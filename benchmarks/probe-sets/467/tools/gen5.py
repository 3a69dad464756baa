from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Tin tức » Kinh tế - Xã hội

Đức Hòa tăng cường kiểm tra an toàn, vệ sinh lao động tại doanh nghiệp

Trong 6 tháng đầu năm 2024, Phòng Lao động - Thương binh và Xã hội huyện phối hợp các ngành chức năng kiểm tra việc chấp hành pháp luật lao động tại 36 doanh nghiệp trong các khu, cụm công nghiệp, tăng 8 doanh nghiệp so với cùng kỳ năm 2023. Qua kiểm tra, có 29/36 doanh nghiệp có vi phạm, chủ yếu là chưa huấn luyện an toàn, vệ sinh lao động (ATVSLĐ) định kỳ, chưa kiểm định máy, thiết bị có yêu cầu nghiêm ngặt. Đoàn kiểm tra đã đưa ra 142 kiến nghị; đến nay đã có 118 kiến nghị được doanh nghiệp khắc phục, đạt 83,1%.

Trên địa bàn huyện hiện có 1.245 doanh nghiệp đang hoạt động với khoảng 112 nghìn lao động, trong đó lao động nữ chiếm 58%. Sáu tháng đầu năm, toàn huyện xảy ra 11 vụ tai nạn lao động (giảm 3 vụ so với cùng kỳ) làm 12 người bị nạn, trong đó 2 người chết.

Công tác chăm sóc sức khỏe người lao động được các doanh nghiệp quan tâm: có 31.540 người lao động được khám sức khỏe định kỳ, trong đó 1.206 người được khám phát hiện bệnh nghề nghiệp; qua khám đã phát hiện 47 trường hợp mắc bệnh nghề nghiệp, chủ yếu là bệnh điếc do tiếng ồn và bụi phổi silic.

Theo kế hoạch năm 2024, huyện phấn đấu kiểm tra từ 60 doanh nghiệp trở lên; tỷ lệ doanh nghiệp thực hiện báo cáo công tác ATVSLĐ định kỳ đạt trên 90%; giảm từ 5-7% số vụ tai nạn lao động so với năm 2023.

Mọi thông tin phản ánh về ATVSLĐ xin liên hệ Phòng Lao động - Thương binh và Xã hội huyện, số 10 đường Trần Hưng Đạo, thị trấn Hậu Nghĩa (ĐT: 0272.3850.214) hoặc Tổng đài 111.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1b = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tại 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra việc chấp hành pháp luật lao động",
      H1, change={"direction": "increase", "value": 8, "unit": "doanh nghiệp", "baseline": "cùng kỳ năm 2023"}),
    F("có 29/36 doanh nghiệp", "29", 29, "count", "doanh nghiệp", "doanh nghiệp có vi phạm", H1i, total=36),
    F("đưa ra 142 kiến nghị", "142", 142, "count", "kiến nghị", "kiến nghị đoàn kiểm tra đưa ra", H1i),
    F("có 118 kiến nghị", "118", 118, "count", "kiến nghị", "kiến nghị được doanh nghiệp khắc phục", H1i, percent=83.1),
    F("có 1.245 doanh nghiệp", "1.245", 1245, "count", "doanh nghiệp", "doanh nghiệp đang hoạt động"),
    F("khoảng 112 nghìn lao động", "112", 112000, "count", "lao động", "lao động trong các doanh nghiệp đang hoạt động", approx="about"),
    F("nữ chiếm 58%", "58", 58, "percent", "%", "tỷ lệ lao động nữ"),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", "vụ tai nạn lao động", H1b,
      change={"direction": "decrease", "value": 3, "unit": "vụ", "baseline": "cùng kỳ"}),
    F("làm 12 người bị nạn", "12", 12, "count", "người", "người bị nạn", H1b),
    F("trong đó 2 người chết", "2", 2, "count", "người", "người chết", H1b, total=12),
    F("có 31.540 người", "31.540", 31540, "count", "người lao động", "người lao động được khám sức khỏe định kỳ", H1i),
    F("trong đó 1.206 người", "1.206", 1206, "count", "người", "người được khám phát hiện bệnh nghề nghiệp", H1i,
      total=31540),
    F("phát hiện 47 trường hợp", "47", 47, "count", "trường hợp", "trường hợp mắc bệnh nghề nghiệp", H1i),
    F("từ 60 doanh nghiệp trở lên", "60", 60, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra", Y24,
      approx="at_least", status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ doanh nghiệp thực hiện báo cáo công tác ATVSLĐ định kỳ", Y24,
      approx="over", status="target"),
    F("từ 5-7%", "5", 5, "percent", "%", "giảm số vụ tai nạn lao động", Y24, value_max=7, status="target"),
]

COMMENTS = [
    "District portal (huyện Đức Hòa, Long An), no dateline at all: published null; years come from '6 tháng đầu năm 2024' in the text.",
    "'tăng 8 doanh nghiệp so với cùng kỳ năm 2023' change of 36; '29/36' total 36; '118 kiến nghị … đạt 83,1%' percent (no total: no part-of cue).",
    "'1.245 doanh nghiệp', 'khoảng 112 nghìn lao động', 'lao động nữ chiếm 58%' are current stock ('hiện có'): no period; a percent gets no total.",
    "'Sáu tháng đầu năm' (no year) takes 2024 from the earlier period. '(giảm 3 vụ so với cùng kỳ)' bracketed change of 11 vụ.",
    "Plan 2024 under 'phấn đấu': 'từ 60 … trở lên' at_least, 'trên 90%' over, 'từ 5-7%' range; all status target, period 'năm 2024'.",
    "Distractors: address 'số 10 đường Trần Hưng Đạo', phone 0272.3850.214, hotline 'Tổng đài 111', baseline years.",
]

build(5, TEXT, COMMENTS, FIGS, location="Đức Hòa")
