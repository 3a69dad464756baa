"""p1417-4: formal report (UBND tỉnh Đồng Tháp, Số: 412/BC-UBND): themed inspection of antibiotic sales, '|' table by locality."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả đợt kiểm tra chuyên đề việc bán thuốc kháng sinh không có đơn năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Thực hiện Kế hoạch số 95/KH-UBND, từ ngày 01/9 đến ngày 30/11/2024, các đoàn kiểm tra liên ngành đã kiểm tra 356 cơ sở bán lẻ thuốc, vượt 18,7% kế hoạch; phát hiện 47 cơ sở vi phạm, xử phạt tổng số tiền 392,5 triệu đồng.

2. Kết quả theo địa phương
Đơn vị tính: cơ sở
Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Tiền phạt (triệu đồng)
TP Cao Lãnh | 84 | 12 | 104,0
TP Sa Đéc | 71 | 10 | 86,5
TP Hồng Ngự | 45 | 6 | 47,5
Huyện Lấp Vò | 62 | 8 | 63,0
Các huyện còn lại | 94 | 11 | 91,5
Tổng cộng | 356 | 47 | 392,5

3. Hành vi vi phạm
Trong số 47 cơ sở vi phạm, có 29 cơ sở bán kháng sinh không có đơn thuốc, 11 cơ sở không ghi chép, lưu giữ đơn thuốc theo quy định, 7 cơ sở vi phạm khác. Qua khảo sát "khách hàng giả định" tại 120 cơ sở, tỷ lệ bán kháng sinh không có đơn là 64,2%, giảm 9,5 điểm phần trăm so với năm 2023.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 kiểm tra ít nhất 30% số cơ sở bán lẻ thuốc trên địa bàn tỉnh (khoảng 620 cơ sở); giảm tỷ lệ bán kháng sinh không có đơn xuống dưới 50%; tổ chức 12 lớp tập huấn cho khoảng 1.000 người bán lẻ thuốc.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

CAMP = per("từ ngày 01/9 đến ngày 30/11/2024", "2024-09-01", "2024-11-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("TP Cao Lãnh", "Cao Lãnh", ["84", "12", "104,0"]),
        ("TP Sa Đéc", "Sa Đéc", ["71", "10", "86,5"]),
        ("TP Hồng Ngự", "Hồng Ngự", ["45", "6", "47,5"]),
        ("Huyện Lấp Vò", "Lấp Vò", ["62", "8", "63,0"]),
        ("Các huyện còn lại", None, ["94", "11", "91,5"]),
        ("Tổng cộng", None, ["356", "47", "392,5"])]
COLS = ["số cơ sở được kiểm tra", "số cơ sở vi phạm", "tiền phạt"]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for i, (col, n) in enumerate(zip(COLS, nums)):
        anchor = f"{prev} | {n}"
        kw = {"location": place} if place else {}
        subj = col if place else f"{col} {label.lower()}"
        if i < 2:
            CELLS.append(fig(anchor, n, float(n), "count", "cơ sở", subject=subj, period=inh(CAMP), **kw))
        else:
            CELLS.append(fig(anchor, n, float(n.replace(",", ".")) * 1e6, "money", "đồng",
                             subject=subj, period=inh(CAMP), **kw))
        prev = n

FIGS = [
    fig("kiểm tra 356 cơ sở", "356", 356, "count", "cơ sở",
        change=chg("increase", 18.7, "%", "kế hoạch"), subject="cơ sở bán lẻ thuốc được kiểm tra", period=CAMP),
    fig("phát hiện 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở vi phạm", period=CAMP),
    fig("tiền 392,5 triệu", "392,5", 392.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=CAMP),
] + CELLS + [
    fig("Trong số 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(CAMP)),
    fig("có 29 cơ sở", "29", 29, "count", "cơ sở", total=47,
        subject="cơ sở bán kháng sinh không có đơn thuốc", period=inh(CAMP)),
    fig("11 cơ sở không ghi chép", "11", 11, "count", "cơ sở", total=47,
        subject="cơ sở không ghi chép, lưu giữ đơn thuốc theo quy định", period=inh(CAMP)),
    fig("7 cơ sở vi phạm khác", "7", 7, "count", "cơ sở", total=47,
        subject="cơ sở vi phạm khác", period=inh(CAMP)),
    fig("tại 120 cơ sở", "120", 120, "count", "cơ sở",
        subject="cơ sở được khảo sát khách hàng giả định"),
    fig("là 64,2%", "64,2", 64.2, "percent", "%",
        change=chg("decrease", 9.5, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ bán kháng sinh không có đơn"),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ cơ sở bán lẻ thuốc được kiểm tra", period=Y25),
    fig("khoảng 620 cơ sở", "620", 620, "count", "cơ sở", approx="about", status="target",
        subject="cơ sở bán lẻ thuốc được kiểm tra", period=Y25),
    fig("dưới 50%", "50", 50, "percent", "%", approx="under", status="target",
        subject="tỷ lệ bán kháng sinh không có đơn", period=Y25),
    fig("tổ chức 12 lớp", "12", 12, "count", "lớp", status="target",
        subject="lớp tập huấn cho người bán lẻ thuốc", period=Y25),
    fig("khoảng 1.000 người", "1.000", 1000, "count", "người", approx="about", status="target",
        subject="người bán lẻ thuốc được tập huấn", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Tháp): 'Số: 412/BC-UBND', 'Đồng Tháp, ngày 16 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, Kế hoạch số 95/KH-UBND, the campaign dates, section numbers, 'Lưu: VT, KGVX'.",
    "'từ ngày 01/9 đến ngày 30/11/2024' is the campaign period (2024-09-01..2024-11-30). 'vượt 18,7% kế hoạch' is a change against the plan.",
    "Flattened '|' table: 'Đơn vị tính: cơ sở' for the two count columns; '(triệu đồng)' in the header makes the fine column money in đồng.",
    "Place rows go to location (Cao Lãnh, Sa Đéc, Hồng Ngự, Lấp Vò); 'Các huyện còn lại' and 'Tổng cộng' stay at Đồng Tháp with the row label in the subject.",
    "Table cells get no total; their period (the campaign) is stated outside the table: inherited.",
    "'Trong số 47 cơ sở vi phạm, có 29 ..., 11 ..., 7 ...': total 47 (29+11+7 = 47). The 47 in that phrase restates the whole and is a figure, as 'Trong số 28 quốc gia' in the shared gold (h26).",
    "'tỷ lệ ... là 64,2%, giảm 9,5 điểm phần trăm so với năm 2023': percent figure with a change in điểm phần trăm. The survey has no stated period.",
    "Section II: 'Phấn đấu năm 2025' governs all clauses: target. '(khoảng 620 cơ sở)' is a figure of its own (about), no percent (the 30% stands before it, not after).",
]

if __name__ == "__main__":
    write("p1417-4", TEXT, NOTES, FIGS, published="2024-12-16", location="Đồng Tháp")
