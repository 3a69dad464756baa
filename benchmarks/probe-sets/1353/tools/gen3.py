"""p1353-3: formal report (Sở LĐ-TB&XH Vĩnh Phúc, Số: 412/BC-SLĐTBXH): training in enterprises 2024, flattened '|' table by area."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 412/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 25 tháng 12 năm 2024

BÁO CÁO
Kết quả đào tạo nghề tại doanh nghiệp năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Kết quả chung
Năm 2024, toàn tỉnh có 268 doanh nghiệp tham gia đào tạo nghề cho người lao động, tăng 17 doanh nghiệp so với năm 2023. Số lao động được đào tạo tại doanh nghiệp ước đạt 18.750 người, bằng 104,2% kế hoạch, tăng 6,1% so với năm 2023; trong đó đào tạo dưới 3 tháng và kèm cặp nghề 15.230 người, đào tạo trình độ sơ cấp 3.520 người.

2. Kết quả theo địa bàn
Đơn vị tính: người
STT | Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1 | Huyện Bình Xuyên | 6.840 | 7.310 | 106,9
2 | TP Phúc Yên | 4.125 | 4.480 | 108,6
3 | Huyện Tam Dương | 2.960 | 3.105 | 104,9
4 | Các địa bàn khác | 3.740 | 3.855 | 103,1
 | Tổng cộng | 17.665 | 18.750 | 106,1

3. Mô hình tiêu biểu
Công ty TNHH Cơ khí chính xác Tam Đảo (huyện Bình Xuyên) duy trì mô hình "thợ cả kèm thợ trẻ" với 45 cặp kèm cặp; năm 2024 có 38 công nhân được nâng bậc thợ. Trường Cao đẳng Kỹ thuật Vĩnh Phúc nhận đặt hàng đào tạo của 9 doanh nghiệp với tổng kinh phí khoảng 3,2 tỷ đồng, trong đó doanh nghiệp đóng góp 60%.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 có ít nhất 280 doanh nghiệp tham gia đào tạo nghề, đào tạo cho 19.500 lao động; tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 38%.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, GDNN.

GIÁM ĐỐC
Nguyễn Hữu Thành
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
BX = "Bình Xuyên"

# table: row label -> (location, subject part)
ROWS = [
    ("Huyện Bình Xuyên", "Bình Xuyên", "", ["6.840", "7.310", "106,9"]),
    ("TP Phúc Yên", "Phúc Yên", "", ["4.125", "4.480", "108,6"]),
    ("Huyện Tam Dương", "Tam Dương", "", ["2.960", "3.105", "104,9"]),
    ("Các địa bàn khác", "Vĩnh Phúc", " các địa bàn khác", ["3.740", "3.855", "103,1"]),
    ("Tổng cộng", "Vĩnh Phúc", " tổng cộng", ["17.665", "18.750", "106,1"]),
]
SUBJ = ""
CELLS = []
for label, loc, part, (a, b, c) in ROWS:
    CELLS.append(fig(f"{label} | {a}", a, float(a.replace(".", "")), "count", "người",
                     subject=f"{SUBJ}{part} năm 2023".strip(), period=C23, location=loc))
    CELLS.append(fig(f"{a} | {b}", b, float(b.replace(".", "")), "count", "người",
                     subject=f"{SUBJ}{part} năm 2024".strip(), period=Y24, location=loc))
    CELLS.append(fig(f"{b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{SUBJ}{part} so với cùng kỳ".strip(), period=inh(Y24), location=loc))

FIGS = [
    fig("có 268 doanh nghiệp", "268", 268, "count", "doanh nghiệp",
        change=chg("increase", 17, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp tham gia đào tạo nghề cho người lao động", period=Y24),
    fig("ước đạt 18.750 người", "18.750", 18750, "count", "người", status="estimate", percent=104.2,
        change=chg("increase", 6.1, "%", "năm 2023"),
        subject="lao động được đào tạo tại doanh nghiệp", period=inh(Y24)),
    fig("dưới 3 tháng", "3", 3, "measure", "tháng", approx="under", optional=True,
        subject="thời gian đào tạo"),
    fig("kèm cặp nghề 15.230 người", "15.230", 15230, "count", "người", status="estimate", total=18750,
        subject="lao động đào tạo dưới 3 tháng và kèm cặp nghề", period=inh(Y24)),
    fig("sơ cấp 3.520 người", "3.520", 3520, "count", "người", status="estimate", total=18750,
        subject="lao động đào tạo trình độ sơ cấp", period=inh(Y24)),
] + CELLS + [
    fig("với 45 cặp", "45", 45, "count", "cặp", subject="cặp kèm cặp thợ cả kèm thợ trẻ", location=BX),
    fig("có 38 công nhân", "38", 38, "count", "công nhân", subject="công nhân được nâng bậc thợ",
        period=Y24b, location=BX),
    fig("của 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp đặt hàng đào tạo với Trường Cao đẳng Kỹ thuật Vĩnh Phúc"),
    fig("khoảng 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="about",
        subject="tổng kinh phí đặt hàng đào tạo"),
    fig("đóng góp 60%", "60", 60, "percent", "%", subject="kinh phí doanh nghiệp đóng góp"),
    fig("ít nhất 280 doanh nghiệp", "280", 280, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp tham gia đào tạo nghề", period=Y25),
    fig("cho 19.500 lao động", "19.500", 19500, "count", "lao động", status="target",
        subject="lao động được đào tạo", period=Y25),
    fig("đào tạo đạt 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ lao động qua đào tạo", period=Y25),
    fig("chứng chỉ đạt 38%", "38", 38, "percent", "%", status="target", total=80,
        subject="tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Số: 412/BC-SLĐTBXH', 'Vĩnh Phúc, ngày 25 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, STT 1-4 in the table, 'Lưu: VT, GDNN'.",
    "'tăng 17 doanh nghiệp so với năm 2023' = change in doanh nghiệp. 18.750: 'bằng 104,2% kế hoạch' = percent attribute, 'tăng 6,1%' = change.",
    "18.750 and its 'trong đó' parts: period 'Năm 2024' stands in the previous sentence (inherited); estimate carried to the parts.",
    "'đào tạo dưới 3 tháng' names a training category (a duration label): optional.",
    "Flattened '|' table, 'Đơn vị tính: người': place rows give location (Bình Xuyên, Phúc Yên, Tam Dương), 'Các địa bàn khác' and 'Tổng cộng'",
    "stay Vĩnh Phúc; column 'Năm 2024' has no 'ước', so cells are actual; 'So với cùng kỳ (%)' cells are percent figures, period not in header",
    "(inherited 2024, not scored). Table cells get no total (the 'Tổng cộng' row follows its parts, no cue).",
    "revised after the first run: table subjects are the row label + column label only (FIGURES.md, Tables; a place label goes to",
    "location), so place rows have the column label as subject ('năm 2023'); I had added the indicator from the report title.",
    "revised after the first run: '60%' subject drops the invented 'tỷ lệ' (the sentence names 'kinh phí doanh nghiệp đóng góp').",
    "Company in huyện Bình Xuyên: location Bình Xuyên. '60%' contributed by firms is a percent figure of its own (not an attribute of 3,2 tỷ).",
    "Section II 'Phấn đấu' governs the whole sentence (target); '38%' after 'trong đó' is a part of 80% (same unit): total 80.",
]

if __name__ == "__main__":
    write("p1353-3", TEXT, NOTES, FIGS, published="2024-12-25", location="Vĩnh Phúc")
