from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
CHI NHÁNH TỈNH LAI CHÂU
Số: 418/BC-NHCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động tín dụng chính sách quý III/2024

I. KẾT QUẢ THỰC HIỆN
1. Nguồn vốn: Đến 30/9/2024, tổng nguồn vốn đạt 4.126,5 tỷ đồng, tăng 231,8 tỷ đồng so với 31/12/2023, đạt 97,2% kế hoạch năm.
2. Dư nợ: Tổng dư nợ đạt 4.098.320 triệu đồng, tăng 226.140 triệu đồng so với 31/12/2023, tốc độ tăng trưởng 5,84%; có 76.815 hộ còn dư nợ. Dư nợ 5 chương trình chính như sau:
Đơn vị tính: triệu đồng
TT | Chương trình | Dư nợ 31/12/2023 | Dư nợ 30/9/2024 | Tăng, giảm 9 tháng
1 | Cho vay hộ nghèo | 812.450 | 845.210 | 32.760
2 | Cho vay hộ cận nghèo | 596.380 | 641.025 | 44.645
3 | Cho vay giải quyết việc làm | 702.115 | 768.930 | 66.815
4 | Nước sạch và VSMT nông thôn | 488.920 | 501.336 | 12.416
5 | Cho vay học sinh, sinh viên | 36.742 | 31.508 | -5.234
| Cộng | 2.636.607 | 2.788.009 | 151.402
3. Chất lượng tín dụng: Nợ quá hạn 3.412 triệu đồng, chiếm 0,08% tổng dư nợ, giảm 517 triệu đồng so với cuối năm 2023; nợ khoanh 1.086 triệu đồng. Toàn tỉnh có 1.602 Tổ TK&VV; 7/8 huyện, thành phố có tỷ lệ nợ quá hạn dưới 0,1%.

II. NHIỆM VỤ QUÝ IV/2024
Tập trung giải ngân 186 tỷ đồng vốn kế hoạch còn lại; phấn đấu đến 31/12/2024 tổng dư nợ đạt 4.190 tỷ đồng, tỷ lệ nợ quá hạn dưới 0,08%.

Nơi nhận:
- Ban đại diện HĐQT tỉnh;
- Lưu: VT, KHNV.
"""

C23 = P("Dư nợ 31/12/2023", None, "2023-12-31")
C24 = P("Dư nợ 30/9/2024", None, "2024-09-30")
C9 = P("Tăng, giảm 9 tháng", "2024-01-01", "2024-09-30")
AS = P("Đến 30/9/2024", None, "2024-09-30")
AS_I = P("Đến 30/9/2024", None, "2024-09-30", inherited=True)
T = P("đến 31/12/2024", None, "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

rows = [
    ("Cho vay hộ nghèo", "812.450", "845.210", "32.760"),
    ("Cho vay hộ cận nghèo", "596.380", "641.025", "44.645"),
    ("Cho vay giải quyết việc làm", "702.115", "768.930", "66.815"),
    ("Nước sạch và VSMT nông thôn", "488.920", "501.336", "12.416"),
    ("Cho vay học sinh, sinh viên", "36.742", "31.508", "-5.234"),
    ("Cộng", "2.636.607", "2.788.009", "151.402"),
]
def num(x): return int(x.replace(".", "").replace("-", ""))
figs = [
    F("đạt 4.126,5 tỷ đồng", "4.126,5", ty(4126.5), "money", "đồng", "tổng nguồn vốn", percent=97.2,
      change={"direction": "increase", "value": ty(231.8), "unit": "đồng", "baseline": "31/12/2023"}, period=AS),
    F("đạt 4.098.320 triệu đồng", "4.098.320", tr(4098320), "money", "đồng", "Tổng dư nợ",
      change={"direction": "increase", "value": tr(226140), "unit": "đồng", "baseline": "31/12/2023"}, period=AS_I),
    F("trưởng 5,84%", "5,84", 5.84, "percent", "%", "tốc độ tăng trưởng dư nợ", period=AS_I),
    F("có 76.815 hộ", "76.815", 76815, "count", "hộ", "hộ còn dư nợ", period=AS_I),
    F("Dư nợ 5 chương trình", "5", 5, "count", "chương trình", optional=True),
]
for label, a, b, c in rows:
    last = " | " + c
    anc_a = f"{label} | {a}"
    anc_b = f"{a} | {b}"
    anc_c = f"{b} | {c}"
    subj = label if label != "Cộng" else "Cộng 5 chương trình chính"
    figs.append(F(anc_a, a, tr(num(a)), "money", "đồng", f"Dư nợ 31/12/2023 {subj}", period=C23))
    figs.append(F(anc_b, b, tr(num(b)), "money", "đồng", f"Dư nợ 30/9/2024 {subj}", period=C24))
    if c.startswith("-"):
        figs.append(F(anc_c, c[1:], -tr(num(c)), "money", "đồng", f"Tăng, giảm 9 tháng {subj}", period=C9, optional=True))
    else:
        figs.append(F(anc_c, c, tr(num(c)), "money", "đồng", f"Tăng, giảm 9 tháng {subj}", period=C9))
figs += [
    F("hạn 3.412 triệu đồng", "3.412", tr(3412), "money", "đồng", "Nợ quá hạn", percent=0.08,
      change={"direction": "decrease", "value": tr(517), "unit": "đồng", "baseline": "cuối năm 2023"}, period=AS_I),
    F("khoanh 1.086 triệu đồng", "1.086", tr(1086), "money", "đồng", "nợ khoanh", period=AS_I),
    F("có 1.602 Tổ", "1.602", 1602, "count", "Tổ TK&VV", "Tổ TK&VV", period=AS_I),
    F("7/8 huyện", "7", 7, "count", "huyện, thành phố", "huyện, thành phố có tỷ lệ nợ quá hạn dưới 0,1%", total=8, period=AS_I),
    F("dưới 0,1%.", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", optional=True),
    F("ngân 186 tỷ đồng", "186", ty(186), "money", "đồng", "vốn kế hoạch còn lại giải ngân", status="target", period=Q4),
    F("đạt 4.190 tỷ đồng", "4.190", ty(4190), "money", "đồng", "tổng dư nợ", status="target", period=T),
    F("dưới 0,08%.", "0,08", 0.08, "percent", "%", "tỷ lệ nợ quá hạn", approx="under", status="target", period=T),
]
write(3, A, figs, [
    "Formal report with letterhead (NHCSXH chi nhánh tỉnh Lai Châu, 'Số: 418/BC-NHCS', 'Lai Châu, ngày 05 tháng 10 năm 2024'): Q3/2024 results.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': every numeric cell is money (×10^6 đồng); period from the column header",
    "(as-of dates 31/12/2023 and 30/9/2024; the change column '9 tháng' = 2024-01-01..2024-09-30). Row numbers are not figures.",
    "The negative cell '-5.234' is optional (the spec gives no sign rule for a change column); the 'Cộng' row cells are figures, no total attribute.",
    "'đạt 97,2% kế hoạch năm' is the nguồn vốn's percent. 'tốc độ tăng trưởng 5,84%' is a growth rate standing as its own claim (percent, no change).",
    "Distractors: 'Số: 418/BC-NHCS', the place-and-date line, 'quý III/2024' in the title, section numbers 'I.', '1.'-'3.', 'Lưu: VT, KHNV'.",
    "'phấn đấu' governs the targets; the 186 tỷ to disburse takes the section heading 'QUÝ IV/2024' (inherited). '5 chương trình' is structure: optional.",
], published="2024-10-05", location="Lai Châu")
