"""p510-5: Báo Bắc Giang (Party newspaper) — provincial courts' caseload 2024, byline and date at the end."""
from lib import F, P, I, CH, TG, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Chính trị | Nội chính

TAND tỉnh Bắc Giang: Giải quyết 96,2% số vụ, việc, vượt chỉ tiêu Quốc hội giao

Chiều 8/1, Tòa án nhân dân (TAND) tỉnh tổ chức hội nghị triển khai công tác năm 2025. Dự hội nghị có đồng chí Phó Bí thư Thường trực Tỉnh ủy.

Năm 2024, TAND hai cấp tỉnh Bắc Giang đã thụ lý 9.684 vụ, việc các loại, tăng 512 vụ, việc so với năm 2023; đã giải quyết 9.316 vụ, việc, đạt tỷ lệ 96,2% (chỉ tiêu Quốc hội giao tại Nghị quyết số 96/2019/QH14 là 90%). Trong đó, án hình sự thụ lý 1.587 vụ với 2.748 bị cáo, đã giải quyết 1.581 vụ, đạt 99,6%; án dân sự, hôn nhân và gia đình thụ lý 6.905 vụ, việc, giải quyết 6.591 vụ, việc; án hành chính thụ lý 96 vụ, giải quyết 78 vụ.

Tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan là 0,72%, thấp hơn chỉ tiêu của ngành (không quá 1,5%). TAND hai cấp đã tổ chức 312 phiên tòa rút kinh nghiệm (chỉ tiêu là 120 phiên); xét xử trực tuyến 415 phiên tòa, tăng gần 1,8 lần so với năm 2023. Qua hòa giải, đối thoại tại Tòa án, đã hòa giải thành, đối thoại thành 1.934 vụ việc, chiếm 41,8% số vụ việc được chuyển qua hòa giải.

Với kết quả trên, TAND tỉnh Bắc Giang đứng thứ 3/14 đơn vị trong Khối thi đua số 2 của TAND tối cao.

Năm 2025, TAND tỉnh phấn đấu tỷ lệ giải quyết các loại vụ, việc đạt từ 92% trở lên; tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan không quá 1,2%.

Hà Linh
09/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Giải quyết 96,2%", "96,2", 96.2, "percent", "%", "tỷ lệ giải quyết số vụ, việc", I(Y24)),
    F("thụ lý 9.684 vụ", "9.684", 9684, "count", "vụ, việc", "vụ, việc các loại TAND hai cấp đã thụ lý", Y24,
      change=CH("increase", 512, "vụ, việc", "năm 2023")),
    F("giải quyết 9.316 vụ", "9.316", 9316, "count", "vụ, việc", "vụ, việc TAND hai cấp đã giải quyết", Y24,
      percent=96.2, target=TG(90, met=True)),
    F("thụ lý 1.587 vụ", "1.587", 1587, "count", "vụ", "án hình sự thụ lý", I(Y24), total=9684),
    F("với 2.748 bị cáo", "2.748", 2748, "count", "bị cáo", "bị cáo trong các vụ án hình sự thụ lý", I(Y24)),
    F("giải quyết 1.581 vụ", "1.581", 1581, "count", "vụ", "án hình sự đã giải quyết", I(Y24), total=9316, percent=99.6),
    F("thụ lý 6.905 vụ", "6.905", 6905, "count", "vụ, việc", "án dân sự, hôn nhân và gia đình thụ lý", I(Y24), total=9684),
    F("giải quyết 6.591 vụ", "6.591", 6591, "count", "vụ, việc", "án dân sự, hôn nhân và gia đình giải quyết", I(Y24),
      total=9316),
    F("thụ lý 96 vụ", "96", 96, "count", "vụ", "án hành chính thụ lý", I(Y24), total=9684),
    F("giải quyết 78 vụ", "78", 78, "count", "vụ", "án hành chính giải quyết", I(Y24), total=9316),
    F("là 0,72%", "0,72", 0.72, "percent", "%", "Tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan", I(Y24),
      target=TG(1.5, met=True)),
    F("tổ chức 312 phiên", "312", 312, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", I(Y24), target=TG(120, "phiên", True)),
    F("trực tuyến 415 phiên", "415", 415, "count", "phiên tòa", "phiên tòa xét xử trực tuyến", I(Y24),
      change=CH("increase", 1.8, "lần", "năm 2023", approx="nearly")),
    F("thành 1.934 vụ việc", "1.934", 1934, "count", "vụ việc", "vụ việc hòa giải thành, đối thoại thành", I(Y24), percent=41.8),
    F("đứng thứ 3/14", "3", 3, "rank", "hạng", "thứ hạng trong Khối thi đua số 2 của TAND tối cao", total=14),
    F("từ 92% trở lên", "92", 92, "percent", "%", "tỷ lệ giải quyết các loại vụ, việc", Y25, approx="at_least", status="target"),
    F("không quá 1,2%", "1,2", 1.2, "percent", "%", "tỷ lệ bản án bị hủy, sửa do nguyên nhân chủ quan", Y25,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party provincial paper): TAND hai cấp tỉnh Bắc Giang — kết quả giải quyết án năm 2024; byline 'Hà Linh' and",
    "bare date '09/01/2025' at the end (published). 'Chiều 8/1' has no year. Distractors: Nghị quyết số 96/2019/QH14, 'Khối thi đua",
    "số 2', 'TAND hai cấp' (a structure, not a figure), 'năm 2025' in the lead (a year).",
    "'Trong đó' parts: thụ lý parts take the thụ lý whole (9.684), giải quyết parts the giải quyết whole (9.316) — the spec's whole",
    "counts the same thing over the same period. 2.748 bị cáo counts defendants, not cases: no total.",
    "'đạt tỷ lệ 96,2% (chỉ tiêu … là 90%)' -> 9.316's percent and target; the headline 96,2% is a figure of its own with no",
    "target (its 'vượt chỉ tiêu Quốc hội giao' states no number). '0,72%, thấp hơn chỉ tiêu (không quá 1,5%)' -> target 1.5.",
    "'(chỉ tiêu là 120 phiên)' -> target 120. 'tăng gần 1,8 lần' -> change in lần, nearly. 'đứng thứ 3/14' -> rank 3, total 14.",
    "2025 targets: 'từ 92% trở lên' at_least; 'không quá 1,2%' at_most.",
]

emit("p510-5", TEXT, COMMENTS, FIGS, published="2025-01-09", location="Bắc Giang")
