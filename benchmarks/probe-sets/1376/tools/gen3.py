"""p1376-3: formal report (UBND tỉnh Quảng Nam): tailoring and áo dài 2023, flattened '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 468/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả phát triển nghề may đo, áo dài năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ NĂM 2023
1. Cơ sở và lao động
Đến ngày 30/11/2023, toàn tỉnh có 774 cơ sở may đo (Biểu 1), sử dụng khoảng 3.950 lao động, trong đó lao động nữ chiếm 81,5%.

Biểu 1. Số cơ sở may đo theo địa phương
Đơn vị tính: cơ sở
Địa phương | Năm 2022 | Năm 2023 | So với cùng kỳ (%)
TP Hội An | 412 | 468 | 113,6
TP Tam Kỳ | 96 | 104 | 108,3
Thị xã Điện Bàn | 71 | 77 | 108,5
Các huyện còn lại | 118 | 125 | 105,9
Tổng cộng | 697 | 774 | 111,0
Trong đó: may áo dài | 305 | 352 | 115,4

2. Doanh thu
Doanh thu dịch vụ may đo năm 2023 ước đạt 486 tỷ đồng, tăng 18,7% so với năm 2022, vượt 8% kế hoạch. Riêng TP Hội An ước đạt 348 tỷ đồng, chiếm 71,6%. Khảo sát của ngành du lịch cho thấy khoảng 35% khách quốc tế đến Hội An có sử dụng dịch vụ may đo.

3. Tuần lễ Áo dài Hội An
Tuần lễ Áo dài Hội An lần thứ hai (từ ngày 20 đến 26/11/2023) có 28 nhà thiết kế và 45 cơ sở may tham gia, giới thiệu trên 600 mẫu áo dài, thu hút khoảng 65 nghìn lượt khách.

II. NHIỆM VỤ NĂM 2024
Phấn đấu doanh thu dịch vụ may đo năm 2024 đạt 540 tỷ đồng; 100% cơ sở may đo tại Hội An niêm yết giá công khai; mở ít nhất 2 lớp đào tạo nghề may cho 60 lao động nông thôn.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Minh Đức
"""

ASOF = per("Đến ngày 30/11/2023", None, "2023-11-30")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
WEEK = per("từ ngày 20 đến 26/11/2023", "2023-11-20", "2023-11-26")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
HA = "Hội An"

# Table: rows (label, location or None, subject head, cells); columns Năm 2022 | Năm 2023 | So với cùng kỳ (%)
ROWS = [
    ("TP Hội An", "Hội An", "cơ sở may đo", ["412", "468", "113,6"]),
    ("TP Tam Kỳ", "Tam Kỳ", "cơ sở may đo", ["96", "104", "108,3"]),
    ("Thị xã Điện Bàn", "Điện Bàn", "cơ sở may đo", ["71", "77", "108,5"]),
    ("Các huyện còn lại", None, "cơ sở may đo các huyện còn lại", ["118", "125", "105,9"]),
    ("Tổng cộng", None, "tổng cộng cơ sở may đo", ["697", "774", "111,0"]),
    ("Trong đó: may áo dài", None, "cơ sở may áo dài", ["305", "352", "115,4"]),
]
TOTALS = {"Năm 2022": 697, "Năm 2023": 774}
CELLS = []
for label, loc, head, nums in ROWS:
    prev = label
    for col, n in zip(["Năm 2022", "Năm 2023", "So với cùng kỳ (%)"], nums):
        kw = {"location": loc} if loc else {}
        v = float(n.replace(",", "."))
        if col == "So với cùng kỳ (%)":
            f = fig(f"{prev} | {n}", n, v, "percent", "%", subject=f"{head} so với cùng kỳ",
                    period=inh(Y23), **kw)
        else:
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            f = fig(f"{prev} | {n}", n, v, "count", "cơ sở", subject=f"{head} {col.lower()}",
                    period=Y22 if col == "Năm 2022" else Y23, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("có 774 cơ sở", "774", 774, "count", "cơ sở", subject="cơ sở may đo", period=ASOF),
    fig("khoảng 3.950 lao động", "3.950", 3950, "count", "lao động", approx="about",
        subject="lao động các cơ sở may đo sử dụng", period=ASOF),
    fig("nữ chiếm 81,5%", "81,5", 81.5, "percent", "%", subject="lao động nữ trong lao động may đo", period=ASOF),
] + CELLS + [
    fig("ước đạt 486 tỷ", "486", 486e9, "money", "đồng", status="estimate",
        change=chg("increase", 18.7, "%", "năm 2022"), subject="doanh thu dịch vụ may đo", period=Y23b),
    fig("vượt 8% kế hoạch", "8", 8, "percent", "%", status="estimate",
        subject="doanh thu dịch vụ may đo vượt kế hoạch", period=Y23b, optional=True),
    fig("ước đạt 348 tỷ", "348", 348e9, "money", "đồng", status="estimate", percent=71.6,
        subject="doanh thu dịch vụ may đo", period=inh(Y23b), location=HA),
    fig("khoảng 35% khách", "35", 35, "percent", "%", approx="about",
        subject="khách quốc tế đến Hội An có sử dụng dịch vụ may đo", location=HA),
    fig("có 28 nhà thiết kế", "28", 28, "count", "nhà thiết kế", subject="nhà thiết kế tham gia Tuần lễ Áo dài Hội An",
        period=WEEK, location=HA),
    fig("và 45 cơ sở may", "45", 45, "count", "cơ sở may", subject="cơ sở may tham gia Tuần lễ Áo dài Hội An",
        period=WEEK, location=HA),
    fig("trên 600 mẫu", "600", 600, "count", "mẫu áo dài", approx="over", subject="mẫu áo dài giới thiệu",
        period=WEEK, location=HA),
    fig("khoảng 65 nghìn", "65", 65000, "count", "lượt khách", approx="about",
        subject="lượt khách Tuần lễ Áo dài Hội An thu hút", period=WEEK, location=HA),
    fig("đạt 540 tỷ", "540", 540e9, "money", "đồng", status="target", subject="doanh thu dịch vụ may đo",
        period=Y24),
    fig("100% cơ sở may đo tại", "100", 100, "percent", "%", status="target",
        subject="cơ sở may đo niêm yết giá công khai", period=Y24, location=HA),
    fig("ít nhất 2 lớp", "2", 2, "count", "lớp", approx="at_least", status="target",
        subject="lớp đào tạo nghề may", period=Y24),
    fig("cho 60 lao động", "60", 60, "count", "lao động", status="target",
        subject="lao động nông thôn được đào tạo nghề may", period=Y24),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Nam): letterhead, 'Số: 468/BC-UBND', 'Quảng Nam, ngày 22 tháng 12 năm 2023',",
    "sections I/II and 1-3, flattened '|' table with 'Đơn vị tính: cơ sở', 'Nơi nhận', signature.",
    "Distractors: Số 468/BC-UBND, the letterhead date, section numbers, '(Biểu 1)', 'Biểu 1.', 'lần thứ hai', dates.",
    "'Đến ngày 30/11/2023' is an as-of date for the three figures of its sentence.",
    "'trong đó lao động nữ chiếm 81,5%' is a percent figure in its own right (no base amount of women).",
    "Table: every numeric cell is a figure; place labels (TP Hội An, TP Tam Kỳ, Thị xã Điện Bàn) go to location; period",
    "from the column header; 'So với cùng kỳ (%)' cells are percent figures (growth as the claim; the header names no",
    "year: period 2023 inherited, not scored). The 'Trong đó: may áo dài' sub-row follows 'Tổng cộng' with the cue",
    "'Trong đó' → total = the Tổng cộng cell of the same column (697, 774). Other rows: no total.",
    "'tăng 18,7% so với năm 2022, vượt 8% kế hoạch': the first change is the attribute, the gap to the plan is a second",
    "change → its own percent figure, optional (FIGURES.md: one of each attribute).",
    "'Riêng TP Hội An ước đạt 348 tỷ đồng, chiếm 71,6%' → percent attribute, location Hội An; 'Riêng' gives no total.",
    "Section II: 'Phấn đấu' governs the whole ';'-list (target), 'năm 2024' stands in that sentence.",
]

if __name__ == "__main__":
    write("p1376-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Quảng Nam")
