from lib import F, P, CH, TG, write

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BẢO LẠC
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bảo Lạc, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi quý III năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phân bổ và giải ngân vốn
Tổng vốn năm 2024 được giao là 97.842 triệu đồng (vốn giao năm 2024: 84.615 triệu đồng; vốn năm 2023 chuyển sang: 13.227 triệu đồng). Kết quả giải ngân đến ngày 30/9/2024 theo từng dự án như sau:

Đơn vị tính: triệu đồng
Nội dung
Kế hoạch vốn
Giải ngân
Tỷ lệ (%)
Dự án 1 (đất ở, nhà ở, đất sản xuất, nước sinh hoạt)
18.460
12.935
70,1
Dự án 4 (hạ tầng thiết yếu)
52.380
39.712
75,8
Dự án 5 (giáo dục, đào tạo nghề)
9.145
4.208
46,0
Các dự án còn lại
17.857
7.321
41,0
Tổng cộng
97.842
64.176
65,6

2. Kết quả thực hiện một số nội dung
Quý III/2024, huyện hoàn thành hỗ trợ nhà ở cho 126 hộ, nâng tổng số hộ được hỗ trợ từ đầu năm lên 309/350 hộ kế hoạch (đạt 88,3%); cấp 410 bồn nước sinh hoạt phân tán; tổ chức 12 lớp đào tạo nghề cho 356 học viên. Tỷ lệ hộ nghèo toàn huyện ước giảm còn 38,62%, giảm 5,14 điểm phần trăm so với cuối năm 2023.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu giải ngân đạt 100% kế hoạch vốn trước ngày 31/01/2025; hoàn thành 41 nhà ở còn lại.

Nơi nhận:
- UBND tỉnh Cao Bằng;
- Ban Dân tộc tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nông Văn Thắng
"""

M = 1_000_000
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y30i = P("đến ngày 30/9/2024", end="2024-09-30", inherited=True)
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
DL = P("trước ngày 31/01/2025", end="2025-01-31")
TOT = 97842 * M

figs = [
    F("là 97.842 triệu đồng", "97.842", TOT, "money", "đồng", "tổng vốn được giao", Y24),
    F("84.615 triệu đồng", "84.615", 84615 * M, "money", "đồng", "vốn giao năm 2024", total=TOT),
    F("13.227 triệu đồng", "13.227", 13227 * M, "money", "đồng", "vốn năm 2023 chuyển sang", total=TOT),
]
rows = [("Dự án 1 (đất ở, nhà ở, đất sản xuất, nước sinh hoạt)", "Dự án 1 (đất ở, nhà ở, đất sản xuất, nước sinh hoạt)",
         "18.460", "12.935", "70,1"),
        ("Dự án 4 (hạ tầng thiết yếu)", "Dự án 4 (hạ tầng thiết yếu)", "52.380", "39.712", "75,8"),
        ("Dự án 5 (giáo dục, đào tạo nghề)", "Dự án 5 (giáo dục, đào tạo nghề)", "9.145", "4.208", "46,0"),
        ("Các dự án còn lại", "Các dự án còn lại", "17.857", "7.321", "41,0"),
        ("Tổng cộng", "Tổng cộng", "97.842", "64.176", "65,6")]
for label, key, a, b, r in rows:
    figs += [
        F(f"{key}\n{a}\n", a, int(a.replace(".", "")) * M, "money", "đồng", f"Kế hoạch vốn {label}", Y24i,
          status="target"),
        F(f"\n{a}\n{b}\n", b, int(b.replace(".", "")) * M, "money", "đồng", f"Giải ngân {label}", Y30i),
        F(f"\n{b}\n{r}\n", r, float(r.replace(",", ".")), "percent", "%", f"Tỷ lệ giải ngân {label}", Y30i),
    ]
figs += [
    F("cho 126 hộ", "126", 126, "count", "hộ", "hộ hoàn thành hỗ trợ nhà ở", Q3),
    F("lên 309/350 hộ", "309", 309, "count", "hộ", "tổng số hộ được hỗ trợ nhà ở từ đầu năm",
      target=TG(350, "hộ"), percent=88.3),
    F("cấp 410 bồn", "410", 410, "count", "bồn", "bồn nước sinh hoạt phân tán cấp", Q3),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp đào tạo nghề", Q3),
    F("cho 356 học viên", "356", 356, "count", "học viên", "học viên đào tạo nghề", Q3),
    F("còn 38,62%", "38,62", 38.62, "percent", "%", "Tỷ lệ hộ nghèo toàn huyện", status="estimate",
      change=CH("decrease", 5.14, "điểm phần trăm", "cuối năm 2023")),
    F("đạt 100% kế hoạch", "100", 100, "percent", "%", "giải ngân kế hoạch vốn", DL, status="target"),
    F("hoàn thành 41 nhà", "41", 41, "count", "nhà ở", "nhà ở còn lại hoàn thành", DL, status="target"),
]

write("p450-6", TEXT, [
    "Formal report with letterhead (UBND huyện Bảo Lạc, Cao Bằng, 'Số: 287/BC-UBND'); the place-and-date line is its date.",
    "One-cell-per-line table (Nội dung / Kế hoạch vốn / Giải ngân / Tỷ lệ (%)) with 'Đơn vị tính: triệu đồng'. Every numeric cell is a figure;",
    "subject = column + row label; 'Kế hoạch vốn' column gives status target (FIGURES.md), period năm 2024 (inherited); 'Giải ngân' and rate",
    "columns take 'đến ngày 30/9/2024' from the text above (inherited). 'Dự án 1/4/5' are names, not figures. No totals for table cells.",
    "Bracketed breakdown 84.615 + 13.227 = 97.842 gives both parts total 97.842 triệu. '309/350 hộ kế hoạch' → target 350 and '(đạt 88,3%)' share.",
    "'ước giảm còn 38,62%, giảm 5,14 điểm phần trăm so với cuối năm 2023' → estimate with a change in 'điểm phần trăm'.",
    "Tasks under 'NHIỆM VỤ QUÝ IV/2024': 'Phấn đấu' → target; period = the deadline 'trước ngày 31/01/2025' in their own sentence (revised after first run; was the heading's quarter, inherited). Distractors: doc number, '31/01/2025', signer.",
], figs, published="2024-10-08", location="Bảo Lạc")
