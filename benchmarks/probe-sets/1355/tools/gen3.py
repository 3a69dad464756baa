"""p1355-3: formal report (UBND tỉnh Lào Cai): automatic hydro-met station network in 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 27/BC-UBND
Lào Cai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả vận hành mạng lưới trạm quan trắc khí tượng thủy văn tự động năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Mạng lưới trạm
Đến ngày 31/12/2024, trên địa bàn tỉnh có 236 trạm quan trắc khí tượng thủy văn tự động, tăng 41 trạm so với năm 2023. Số trạm theo loại như sau:

Đơn vị tính: trạm
Loại trạm | Năm 2023 | Năm 2024 | Kế hoạch 2025
Trạm đo mưa tự động | 152 | 187 | 211
Trạm khí tượng tự động | 21 | 24 | 26
Trạm thủy văn tự động | 22 | 25 | 29
Tổng cộng | 195 | 236 | 266

2. Chất lượng số liệu
Tỷ lệ số liệu truyền về đầy đủ đạt 96,4%, cao hơn 2,1% so với năm 2023; số trạm phải thay thế thiết bị là 18 trạm, chiếm 7,6% tổng số trạm. Tổng kinh phí vận hành, bảo trì năm 2024 là 6,85 tỷ đồng, bằng 98,2% dự toán được giao.

3. Phục vụ dự báo, cảnh báo
Trong năm, Đài Khí tượng Thủy văn tỉnh phát hành 312 bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất, tăng 18% so với năm 2023, trong đó quý III/2024 có 146 bản tin; thời gian cảnh báo trước từ 3 đến 6 giờ.

II. NHIỆM VỤ NĂM 2025
Phấn đấu lắp đặt bổ sung 24 trạm đo mưa tự động tại các xã vùng cao của các huyện Bát Xát, Mường Khương, Si Ma Cai; nâng tỷ lệ số liệu truyền về đầy đủ lên trên 98%.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TNMT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24H = per("NĂM 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Y25H = per("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Trạm đo mưa tự động", ["152", "187", "211"]), ("Trạm khí tượng tự động", ["21", "24", "26"]),
        ("Trạm thủy văn tự động", ["22", "25", "29"]), ("Tổng cộng", ["195", "236", "266"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    row = "tổng số trạm" if label == "Tổng cộng" else label.lower()
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev} | {n}", n, float(n), "count", "trạm", subject=f"{row} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 236 trạm", "236", 236, "count", "trạm", change=chg("increase", 41, "trạm", "năm 2023"),
        subject="trạm quan trắc khí tượng thủy văn tự động", period=ASOF),
] + CELLS + [
    fig("đạt 96,4%", "96,4", 96.4, "percent", "%", change=chg("increase", 2.1, "%", "năm 2023"),
        subject="tỷ lệ số liệu truyền về đầy đủ", period=inh(Y24H)),
    fig("là 18 trạm", "18", 18, "count", "trạm", percent=7.6, subject="số trạm phải thay thế thiết bị",
        period=inh(Y24H)),
    fig("là 6,85 tỷ", "6,85", 6.85e9, "money", "đồng", percent=98.2,
        subject="tổng kinh phí vận hành, bảo trì", period=Y24),
    fig("phát hành 312 bản tin", "312", 312, "count", "bản tin", change=chg("increase", 18, "%", "năm 2023"),
        subject="bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất", period=IN_YEAR),
    fig("có 146 bản tin", "146", 146, "count", "bản tin",
        subject="bản tin cảnh báo mưa lớn, lũ quét, sạt lở đất", period=Q3),
    fig("từ 3 đến 6 giờ", "3", 3, "measure", "giờ", value_max=6, subject="thời gian cảnh báo trước",
        period=IN_YEAR),
    fig("bổ sung 24 trạm", "24", 24, "count", "trạm", status="target",
        subject="trạm đo mưa tự động lắp đặt bổ sung", period=inh(Y25H)),
    fig("lên trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ số liệu truyền về đầy đủ", period=inh(Y25H)),
]

NOTES = [
    "Formal report (UBND tỉnh Lào Cai): letterhead, 'Số: 27/BC-UBND', 'Lào Cai, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, the letterhead date, section numbers I., II., 1.-3., the title 'năm 2024', 'Lưu: VT, TNMT'.",
    "Flattened '|' table with 'Đơn vị tính: trạm': rows are station types, 12 numeric cells; subject = row label + column label;",
    "period from the column header (scored); 'Kế hoạch 2025' → target. Cells get no total (no cue in the table).",
    "'Đến ngày 31/12/2024 … 236 trạm, tăng 41 trạm so với năm 2023' → as-of period, change in trạm.",
    "'96,4%, cao hơn 2,1% so với năm 2023' → a level with a change (as in the shared gold: 'bao phủ BHYT đạt 89,3%, tăng 1,2%').",
    "'18 trạm, chiếm 7,6% tổng số trạm' → percent 7,6; the whole has no number in the cue, so no total.",
    "Section 2 sentence 1 has no period phrase of its own: inherited from heading 'NĂM 2024'.",
    "'Trong năm' (section 3) → 2024. 'trong đó quý III/2024 có 146 bản tin' → period Q3.",
    "revised after the first run: 146 bản tin loses total 312. FIGURES.md wants the whole 'counting the same thing over the same",
    "period'; 312 counts the year, 146 the third quarter, so the cue has no whole of the same period.",
    "'thời gian cảnh báo trước từ 3 đến 6 giờ' is a lead time (a measure), not a period.",
    "Section II 'Phấn đấu …': target; period from the heading 'NHIỆM VỤ NĂM 2025' (inherited). Districts in a list of three → Lào Cai.",
]

if __name__ == "__main__":
    write("p1355-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Lào Cai")
