from lib import F, P, C, T, build

text = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
Tin hoạt động

Tình hình tiền lương, thưởng Tết năm 2025 của người lao động trong các doanh nghiệp

Ngày đăng: 10/01/2025 | Lượt xem: 1.204

Theo báo cáo của 1.587 doanh nghiệp gửi về Sở, tiền lương bình quân năm 2024 của người lao động đạt 9,35 triệu đồng/người/tháng, tăng 7,2% so với năm 2023. Có 92,4% doanh nghiệp đã thông báo kế hoạch thưởng Tết cho người lao động. Dự kiến mức thưởng Tết Dương lịch 2025 bình quân 1,1 triệu đồng/người; thưởng Tết Nguyên đán Ất Tỵ bình quân 7,6 triệu đồng/người.

Mức thưởng Tết Nguyên đán bình quân theo loại hình doanh nghiệp
Đơn vị tính: triệu đồng/người
Loại hình doanh nghiệp
Tết năm 2024
Tết năm 2025 (dự kiến)
Doanh nghiệp nhà nước
8,2
8,9
Doanh nghiệp dân doanh
6,4
6,9
Doanh nghiệp có vốn đầu tư nước ngoài
7,3
7,8

Mức thưởng Tết Nguyên đán cao nhất thuộc về một doanh nghiệp có vốn đầu tư nước ngoài tại KCN Amata với 1,02 tỷ đồng/người; thấp nhất 300.000 đồng/người.

Về tình hình nợ lương, tính đến ngày 31/12/2024, toàn tỉnh có 14 doanh nghiệp nợ lương, thưởng của 3.150 lao động với số tiền khoảng 41,3 tỷ đồng, tập trung tại huyện Trảng Bom (6 doanh nghiệp) và huyện Long Thành (5 doanh nghiệp). Sở đề nghị các doanh nghiệp thanh toán dứt điểm trước ngày 20/01/2025 (tức 21 tháng Chạp), đồng thời phối hợp với Công đoàn cơ sở giải quyết kịp thời các kiến nghị của người lao động.

Mọi phản ánh xin gửi về Phòng Lao động - Tiền lương, điện thoại 0251.3822.614.
"""

comments = [
    "Department site (Sở LĐTBXH Đồng Nai), 'Ngày đăng: 10/01/2025 | Lượt xem: 1.204' (no time): wages and Tết bonuses 2025, wage arrears.",
    "One-cell-per-line table with 'Đơn vị tính: triệu đồng/người': cells are money x10^6, unit 'đồng/người'; subject = table indicator + row label;",
    "period from the column header ('Tết năm 2024' -> năm 2024, 'Tết năm 2025 (dự kiến)' -> năm 2025); the '(dự kiến)' column is status forecast.",
    "'Dự kiến' governs its sentence: both bonus averages (Tết Dương lịch, Tết Nguyên đán) are forecasts; Tết occasions give no period.",
    "'huyện Trảng Bom (6 doanh nghiệp)', 'huyện Long Thành (5 doanh nghiệp)': district locations; 6+5 != 14 and 'tập trung tại' is no part-of cue -> no total.",
    "Distractors: view counter, 'Ất Tỵ', 'trước ngày 20/01/2025 (tức 21 tháng Chạp)', 'KCN Amata', phone 0251.3822.614.",
]

P24 = P("năm 2024", "2024-01-01", "2024-12-31")
P25 = P("năm 2025", "2025-01-01", "2025-12-31")
P3112 = P("tính đến ngày 31/12/2024", None, "2024-12-31")
S_T = "mức thưởng Tết Nguyên đán bình quân"
figs = [
    F("của 1.587 doanh nghiệp", "1.587", 1587, "count", "doanh nghiệp", "doanh nghiệp gửi báo cáo về Sở"),
    F("đạt 9,35 triệu đồng/người/tháng", "9,35", 9.35e6, "money", "đồng/người/tháng",
      "tiền lương bình quân của người lao động", change=C("increase", 7.2, "%", "năm 2023"), period=P24),
    F("Có 92,4% doanh nghiệp", "92,4", 92.4, "percent", "%", "doanh nghiệp đã thông báo kế hoạch thưởng Tết"),
    F("bình quân 1,1 triệu đồng/người", "1,1", 1.1e6, "money", "đồng/người", "mức thưởng Tết Dương lịch bình quân",
      status="forecast"),
    F("bình quân 7,6 triệu đồng/người", "7,6", 7.6e6, "money", "đồng/người", S_T, status="forecast"),
]
rows = [("Doanh nghiệp nhà nước", "8,2", "8,9"), ("Doanh nghiệp dân doanh", "6,4", "6,9"),
        ("Doanh nghiệp có vốn đầu tư nước ngoài", "7,3", "7,8")]
for label, a, b in rows:
    figs.append(F(f"{label}\n{a}\n", a, float(a.replace(",", ".")) * 1e6, "money", "đồng/người",
                  f"{S_T} {label}", period=P24))
    figs.append(F(f"{a}\n{b}\n", b, float(b.replace(",", ".")) * 1e6, "money", "đồng/người",
                  f"{S_T} {label}", status="forecast", period=P25))
figs += [
    F("với 1,02 tỷ đồng/người", "1,02", 1.02e9, "money", "đồng/người", "mức thưởng Tết Nguyên đán cao nhất"),
    F("thấp nhất 300.000 đồng/người", "300.000", 300000, "money", "đồng/người", "mức thưởng Tết Nguyên đán thấp nhất"),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp nợ lương, thưởng", period=P3112),
    F("của 3.150 lao động", "3.150", 3150, "count", "lao động", "lao động bị nợ lương, thưởng", period=P3112),
    F("khoảng 41,3 tỷ đồng", "41,3", 41.3e9, "money", "đồng", "số tiền nợ lương, thưởng", approx="about",
      period=P3112),
    F("Trảng Bom (6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp", "doanh nghiệp nợ lương, thưởng",
      location="Trảng Bom", period=P3112),
    F("Long Thành (5 doanh nghiệp)", "5", 5, "count", "doanh nghiệp", "doanh nghiệp nợ lương, thưởng",
      location="Long Thành", period=P3112),
]

build(6, text, comments, figs, published="2025-01-10", location="Đồng Nai")
