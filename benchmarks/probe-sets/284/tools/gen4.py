from lib import F, P, ch, tg, write

text = """
Bộ Tài chính: Thị trường xổ số năm 2023 tăng trưởng ổn định, đóng góp trên 42 nghìn tỷ đồng cho ngân sách

Theo báo cáo tổng kết của Bộ Tài chính, năm 2023 tổng doanh thu bán vé xổ số của cả nước đạt 151,3 nghìn tỷ đồng, tăng 9,6% so với năm 2022; các công ty xổ số đã nộp ngân sách nhà nước 42,5 nghìn tỷ đồng, đạt 108% dự toán.

Hiện cả nước có 63 công ty xổ số kiến thiết trực thuộc UBND các tỉnh, thành phố và 1 công ty xổ số điện toán. Khu vực miền Nam có 21 công ty, doanh thu chiếm 84,2% tổng doanh thu xổ số truyền thống; khu vực miền Trung có 14 công ty, chiếm 9,1%; khu vực miền Bắc có 28 công ty tham gia Hội đồng xổ số kiến thiết miền Bắc, chiếm 6,7%.

Dẫn đầu về doanh thu năm 2023 là Công ty Xổ số kiến thiết TP Hồ Chí Minh với 8.920 tỷ đồng, tiếp theo là Đồng Nai 6.115 tỷ đồng, Bình Dương 5.486 tỷ đồng và Cần Thơ 5.102 tỷ đồng. Công ty TNHH MTV Xổ số điện toán Việt Nam (Vietlott) đạt doanh thu 4.780 tỷ đồng, giảm 12,4% so với năm 2022, xếp thứ 5 toàn thị trường.

Về cơ cấu, xổ số truyền thống chiếm khoảng 89% tổng doanh thu, xổ số lô tô khoảng 4%, phần còn lại là xổ số điện toán và xổ số tự chọn số. Tỷ lệ trả thưởng theo quy định tối đa 50% doanh thu đối với xổ số truyền thống và 55% đối với xổ số điện toán, theo Thông tư số 75/2013/TT-BTC và Nghị định số 30/2007/NĐ-CP.

Năm 2024, Bộ Tài chính dự báo doanh thu toàn thị trường đạt khoảng 160 nghìn tỷ đồng. Mục tiêu giai đoạn 2021-2025 là nộp ngân sách bình quân từ 38 đến 45 nghìn tỷ đồng mỗi năm, toàn bộ nguồn thu từ xổ số được đưa vào cân đối ngân sách địa phương để đầu tư cho giáo dục, y tế. Bộ cũng yêu cầu 100% công ty xổ số kiến thiết công khai báo cáo tài chính năm trước ngày 30/4 hằng năm.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)

figs = [
    F("trên 42 nghìn tỷ đồng", "42", 42e12, "money", "đồng", "đóng góp cho ngân sách", approx="over",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 151,3 nghìn tỷ đồng", "151,3", 151.3e12, "money", "đồng", "tổng doanh thu bán vé xổ số của cả nước", Y23,
      change=ch("increase", 9.6, "năm 2022")),
    F("nhà nước 42,5 nghìn tỷ đồng", "42,5", 42.5e12, "money", "đồng", "nộp ngân sách nhà nước", Y23, percent=108),
    F("có 63 công ty", "63", 63, "count", "công ty", "công ty xổ số kiến thiết trực thuộc UBND các tỉnh, thành phố"),
    F("và 1 công ty", "1", 1, "count", "công ty", "công ty xổ số điện toán"),
    F("Nam có 21 công ty", "21", 21, "count", "công ty", "công ty xổ số khu vực miền Nam", total=63, optional=True),
    F("chiếm 84,2%", "84,2", 84.2, "percent", "%", "doanh thu khu vực miền Nam trong tổng doanh thu xổ số truyền thống", Y23i),
    F("Trung có 14 công ty", "14", 14, "count", "công ty", "công ty xổ số khu vực miền Trung", total=63, optional=True),
    F("chiếm 9,1%", "9,1", 9.1, "percent", "%", "doanh thu khu vực miền Trung trong tổng doanh thu xổ số truyền thống", Y23i),
    F("Bắc có 28 công ty", "28", 28, "count", "công ty", "công ty khu vực miền Bắc tham gia Hội đồng xổ số kiến thiết miền Bắc", total=63, optional=True),
    F("chiếm 6,7%", "6,7", 6.7, "percent", "%", "doanh thu khu vực miền Bắc trong tổng doanh thu xổ số truyền thống", Y23i),
    F("với 8.920 tỷ đồng", "8.920", 8920e9, "money", "đồng", "doanh thu", Y23, location="Hồ Chí Minh"),
    F("Đồng Nai 6.115 tỷ đồng", "6.115", 6115e9, "money", "đồng", "doanh thu", Y23, location="Đồng Nai"),
    F("Bình Dương 5.486 tỷ đồng", "5.486", 5486e9, "money", "đồng", "doanh thu", Y23, location="Bình Dương"),
    F("Cần Thơ 5.102 tỷ đồng", "5.102", 5102e9, "money", "đồng", "doanh thu", Y23, location="Cần Thơ"),
    F("doanh thu 4.780 tỷ đồng", "4.780", 4780e9, "money", "đồng", "doanh thu Vietlott", Y23i,
      change=ch("decrease", 12.4, "năm 2022")),
    F("xếp thứ 5", "5", 5, "rank", "hạng", "doanh thu toàn thị trường xổ số", Y23i),
    F("khoảng 89%", "89", 89, "percent", "%", "tỷ trọng xổ số truyền thống trong tổng doanh thu", Y23i, approx="about"),
    F("khoảng 4%", "4", 4, "percent", "%", "tỷ trọng xổ số lô tô trong tổng doanh thu", Y23i, approx="about"),
    F("tối đa 50%", "50", 50, "percent", "%", "tỷ lệ trả thưởng xổ số truyền thống theo quy định", approx="at_most", optional=True),
    F("và 55% đối", "55", 55, "percent", "%", "tỷ lệ trả thưởng xổ số điện toán theo quy định", approx="at_most", optional=True),
    F("khoảng 160 nghìn tỷ đồng", "160", 160e12, "money", "đồng", "doanh thu toàn thị trường",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("từ 38 đến 45 nghìn tỷ đồng", "38", 38e12, "money", "đồng", "nộp ngân sách bình quân mỗi năm",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=45e12, status="target"),
    F("100% công ty", "100", 100, "percent", "%", "công ty xổ số kiến thiết công khai báo cáo tài chính năm", status="target", optional=True),
]

header = [
    "Ministry site (Bộ Tài chính): national lottery market 2023 — revenue, budget contributions, companies by region, top provinces, Vietlott, 2024 forecast.",
    "No dateline at all: no 'published'; every period carries its year. Default location Việt Nam (national figures); list items TP Hồ Chí Minh/Đồng Nai/",
    "Bình Dương/Cần Thơ are places → location, subject 'doanh thu' (the list's indicator). Vietlott is national (Việt Nam).",
    "Headline 'trên 42 nghìn tỷ đồng' takes 'năm 2023' from the headline itself. '42,5 nghìn tỷ đồng, đạt 108% dự toán' → percent 108.",
    "Regional company counts 21/14/28 are parts of the 63 companies only by implication (no cue): optional. Regional shares are percent figures (period inherited).",
    "'tối đa 50%' / '55%' are regulatory ceilings, not statistics: optional. '100% công ty … công khai' is a requirement: optional.",
    "'từ 38 đến 45 nghìn tỷ đồng' range target for giai đoạn 2021-2025; 'dự báo … khoảng 160 nghìn tỷ' forecast.",
    "Distractors: Thông tư số 75/2013/TT-BTC, Nghị định số 30/2007/NĐ-CP, 'ngày 30/4 hằng năm'.",
]
write(4, text, figs, header, location="Việt Nam")
