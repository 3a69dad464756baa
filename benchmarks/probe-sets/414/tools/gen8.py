from lib import F, P, C, T, emit

text = """Quảng Ngãi: Đẩy mạnh đào tạo nghề cho lao động nông thôn

(QNg) - Từ đầu năm đến nay, tỉnh Quảng Ngãi đã tổ chức đào tạo nghề ngắn hạn cho 4.215 lao động nông thôn, tăng 11,2% so với cùng kỳ năm 2023; riêng quý III/2024 đào tạo 1.680 người. Trong số này, có 2.530 người học nghề nông nghiệp (chiếm 60%) và 1.685 người học nghề phi nông nghiệp.

Các huyện có số lao động nông thôn học nghề nhiều từ đầu năm đến nay là Ba Tơ (612 người), Sơn Hà (540 người), Trà Bồng (475 người) và Minh Long (298 người). Phần lớn học viên là người dân tộc Hrê, Cor, Ca Dong thuộc các xã đặc biệt khó khăn.

Tổng kinh phí bố trí cho đào tạo nghề năm 2024 là 18,5 tỷ đồng; tính đến 30/9 đã giải ngân 11,3 tỷ đồng, đạt 61,1%. Mức hỗ trợ chi phí đào tạo tối đa 6 triệu đồng/người/khóa học đối với người khuyết tật và tối đa 4 triệu đồng/người/khóa học đối với lao động thuộc hộ nghèo, người dân tộc thiểu số.

Giai đoạn 2021-2025, tỉnh phấn đấu đào tạo nghề cho khoảng 25.000 lao động nông thôn với tổng kinh phí gần 95 tỷ đồng, trong đó ngân sách trung ương 57 tỷ đồng, ngân sách tỉnh 38 tỷ đồng. Sau 3 năm triển khai, giai đoạn 2021-2023 đã có 16.340 lao động nông thôn được đào tạo, đạt 65,4% kế hoạch cả giai đoạn; tỷ lệ có việc làm mới hoặc tăng năng suất lao động sau học nghề đạt 82%.

Theo Phó Giám đốc Sở Lao động - Thương binh và Xã hội Nguyễn Văn Dũng, thời gian tới Sở sẽ phối hợp với 14 huyện, thị xã, thành phố rà soát nhu cầu học nghề, tránh đào tạo tràn lan. Người dân có nhu cầu học nghề liên hệ đường dây nóng 0255.3822.913.

Thanh Nhị
03/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03", inh=True)
YTD2 = P("từ đầu năm đến nay", "2024-01-01", "2024-10-03")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
SUBJ = "lao động nông thôn học nghề"
figs = [
    F("cho 4.215 lao động", "4.215", 4215, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề ngắn hạn", YTD,
      change=C("increase", 11.2, "%", "cùng kỳ năm 2023")),
    F("đào tạo 1.680 người", "1.680", 1680, "count", "người", "lao động nông thôn được đào tạo nghề",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("có 2.530 người", "2.530", 2530, "count", "người", "người học nghề nông nghiệp", YTDi, total=4215, percent=60),
    F("và 1.685 người", "1.685", 1685, "count", "người", "người học nghề phi nông nghiệp", YTDi, total=4215),
    F("Ba Tơ (612 người)", "612", 612, "count", "người", SUBJ, YTD2, location="Ba Tơ"),
    F("Sơn Hà (540 người)", "540", 540, "count", "người", SUBJ, YTD2, location="Sơn Hà"),
    F("Trà Bồng (475 người)", "475", 475, "count", "người", SUBJ, YTD2, location="Trà Bồng"),
    F("Minh Long (298 người)", "298", 298, "count", "người", SUBJ, YTD2, location="Minh Long"),
    F("là 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "tổng kinh phí bố trí cho đào tạo nghề",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "kinh phí đã giải ngân",
      P("tính đến 30/9", None, "2024-09-30"), percent=61.1),
    F("tối đa 6 triệu", "6", 6e6, "money", "đồng/người/khóa học", "mức hỗ trợ chi phí đào tạo đối với người khuyết tật",
      approx="at_most"),
    F("tối đa 4 triệu", "4", 4e6, "money", "đồng/người/khóa học",
      "mức hỗ trợ chi phí đào tạo đối với lao động thuộc hộ nghèo, người dân tộc thiểu số", approx="at_most"),
    F("khoảng 25.000 lao động", "25.000", 25000, "count", "lao động nông thôn", "lao động nông thôn được đào tạo nghề", G,
      approx="about", status="target"),
    F("gần 95 tỷ đồng", "95", 95e9, "money", "đồng", "tổng kinh phí đào tạo nghề", G, approx="nearly", status="target"),
    F("ương 57 tỷ đồng", "57", 57e9, "money", "đồng", "ngân sách trung ương", G, total=95e9, status="target"),
    F("tỉnh 38 tỷ đồng", "38", 38e9, "money", "đồng", "ngân sách tỉnh", G, total=95e9, status="target"),
    F("Sau 3 năm", "3", 3, "count", "năm", optional=True),
    F("có 16.340 lao động", "16.340", 16340, "count", "lao động nông thôn", "lao động nông thôn được đào tạo",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), percent=65.4),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ có việc làm mới hoặc tăng năng suất lao động sau học nghề",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("với 14 huyện", "14", 14, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố phối hợp rà soát", optional=True),
]

emit("p414-8", text, [
    "Báo Quảng Ngãi (Party newspaper, '(QNg)' tag): đào tạo nghề cho lao động nông thôn 2024. No dateline at the top; byline and bare date '03/10/2024' at the end.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the article's date (2024-10-03). 'riêng quý III/2024' counts another period: no total.",
    "'Trong số này, có 2.530 … (chiếm 60%) và 1.685 …': parts of 4.215 ('trong số'), sum 4.215; 60% is the percent of 2.530.",
    "District list: location = district (Ba Tơ, Sơn Hà, Trà Bồng, Minh Long), subject = the list's indicator; the period stands in the same sentence.",
    "'tính đến 30/9' (year from the article) is an as-of period; 'đạt 61,1%' the percent of 11,3 tỷ. Support rates in đồng/người/khóa học, 'tối đa' = at_most.",
    "'phấn đấu' governs the 2021-2025 clause: 25.000, gần 95 tỷ and its 'trong đó' parts 57 + 38 = 95 tỷ are targets. 'Sau 3 năm' optional;",
    "'14 huyện, thị xã, thành phố' (structure count) optional. Distractors: hotline 0255.3822.913, '(QNg)', ethnic group names, person's title.",
], figs, published="2024-10-03", location="Quảng Ngãi")
