"""p1266-3: formal report (UBND tỉnh Đồng Tháp), results 2024 and tasks 2025, a '|' table by district."""
from lib import F, P, I, CH, TG, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 24 tháng 01 năm 2025

BÁO CÁO
Kết quả thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Bể chứa: Đến ngày 31/12/2024, toàn tỉnh có 9.742 bể chứa bao gói trên đồng ruộng, tăng 615 bể so với năm 2023; trong năm xây mới 702 bể, thay thế 87 bể hư hỏng.
2. Thu gom, xử lý: Năm 2024, toàn tỉnh thu gom 186.450 kg bao gói, đạt 103,6% kế hoạch, tăng 8,2% so với năm 2023. Đã xử lý 172.300 kg, bằng 92,4% lượng thu gom; kinh phí xử lý 3,45 tỷ đồng từ nguồn sự nghiệp môi trường.

Bảng 1. Lượng bao gói thu gom theo địa phương
Đơn vị tính: kg
STT | Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
1 | Huyện Tháp Mười | 31.240 | 33.860 | 35.000
2 | Huyện Tam Nông | 27.615 | 29.120 | 30.000
3 | Huyện Thanh Bình | 22.480 | 24.905 | 26.000
4 | Các địa phương khác | 91.000 | 98.565 | 104.000
 | Tổng cộng | 172.335 | 186.450 | 195.000

3. Tuyên truyền: Tổ chức 46 lớp tập huấn cho 2.150 lượt người; in, phát 12 nghìn tờ rơi.

II. NHIỆM VỤ NĂM 2025
Phấn đấu thu gom 195 tấn bao gói, tỷ lệ xử lý đạt trên 95%; xây mới ít nhất 500 bể tại các cánh đồng lớn. Dự kiến kinh phí thực hiện khoảng 4 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Sở Nông nghiệp và PTNT;
- Lưu: VT, KTN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Minh Khoa
"""

ASOF = P("Đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = P("trong năm", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("Năm 2023", C23, None), ("Năm 2024", C24, None), ("Kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Tháp Mười", "Tháp Mười", ["31.240", "33.860", "35.000"]),
        ("Huyện Tam Nông", "Tam Nông", ["27.615", "29.120", "30.000"]),
        ("Huyện Thanh Bình", "Thanh Bình", ["22.480", "24.905", "26.000"]),
        ("Các địa phương khác", None, ["91.000", "98.565", "104.000"]),
        ("Tổng cộng", None, ["172.335", "186.450", "195.000"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"lượng bao gói thu gom {col}"
        else:
            subj = f"lượng bao gói thu gom {label.lower()} {col}"
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "kg",
                       subject=subj, period=per, **kw))
        prev = n

FIGS = [
    F("có 9.742 bể", "9.742", 9742, "count", "bể", change=CH("increase", 615, "bể", "năm 2023"),
      subject="bể chứa bao gói trên đồng ruộng", period=ASOF),
    F("xây mới 702 bể", "702", 702, "count", "bể", subject="bể xây mới", period=INYEAR),
    F("thay thế 87 bể", "87", 87, "count", "bể", subject="bể hư hỏng thay thế", period=INYEAR),
    F("thu gom 186.450 kg", "186.450", 186450, "measure", "kg", percent=103.6,
      change=CH("increase", 8.2, "%", "năm 2023"), subject="bao gói toàn tỉnh thu gom", period=Y24),
    F("xử lý 172.300 kg", "172.300", 172300, "measure", "kg", percent=92.4,
      subject="bao gói đã xử lý", period=I(Y24)),
    F("xử lý 3,45 tỷ", "3,45", 3.45e9, "money", "đồng", subject="kinh phí xử lý", period=I(Y24)),
] + CELLS + [
    F("46 lớp", "46", 46, "count", "lớp", subject="lớp tập huấn tổ chức", period=I(Y24)),
    F("2.150 lượt", "2.150", 2150, "count", "lượt người", subject="lượt người được tập huấn",
      period=I(Y24)),
    F("12 nghìn tờ rơi", "12", 12000, "count", "tờ rơi", subject="tờ rơi in, phát", period=I(Y24)),
    F("thu gom 195 tấn", "195", 195, "measure", "tấn", status="target",
      subject="bao gói thu gom", period=I(Y25)),
    F("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
      subject="tỷ lệ xử lý", period=I(Y25)),
    F("ít nhất 500 bể", "500", 500, "count", "bể", approx="at_least", status="target",
      subject="bể xây mới tại các cánh đồng lớn", period=I(Y25)),
    F("khoảng 4 tỷ", "4", 4e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí thực hiện", period=I(Y25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 27/BC-UBND', 'Đồng Tháp, ngày 24 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., table row numbers 1-4 (STT), 'Bảng 1'.",
    "9.742 bể: as-of date 31/12/2024 (start null), change +615 bể vs năm 2023. 'trong năm' in an annual report = 2024.",
    "186.450 kg: percent 103,6 ('đạt 103,6% kế hoạch'), change +8,2%. 172.300 kg 'bằng 92,4% lượng thu gom': percent, no total cue.",
    "Flattened '|' table, 'Đơn vị tính: kg': district rows give location; 'Các địa phương khác' and 'Tổng cộng' stay Đồng Tháp and",
    "go into the subject. Periods from column headers (scored); 'Kế hoạch 2025' → target. STT numbers are not figures.",
    "Section 3 and section II figures take their period from the section heading (another sentence): inherited.",
    "Section II: 'Phấn đấu' governs the sentence through ';' (target); 'Dự kiến' → forecast. '12 nghìn tờ rơi' = 12000.",
]

if __name__ == "__main__":
    write("p1266-3", TEXT, NOTES, FIGS, published="2025-01-24", location="Đồng Tháp")
