"""p1404-3: formal report (UBND tỉnh Thanh Hóa): lệ phí trước bạ and vehicle registration 2024; flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH THANH HÓA
Số: 46/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 22 tháng 01 năm 2025

BÁO CÁO
Kết quả thu lệ phí trước bạ và đăng ký phương tiện năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Thu lệ phí trước bạ
Năm 2024, thu lệ phí trước bạ trên địa bàn tỉnh ước đạt 1.926 tỷ đồng, tăng 10,1% so với năm 2023, vượt 4,7% dự toán. Kết quả theo nhóm tài sản như sau:
Đơn vị tính: tỷ đồng
STT | Nội dung | Năm 2023 | Dự toán 2024 | Ước thực hiện 2024 | So với cùng kỳ (%)
1 | Ô tô | 1.146,2 | 1.200,0 | 1.318,5 | 115,0
2 | Xe máy | 212,8 | 220,0 | 205,4 | 96,5
3 | Nhà, đất | 389,6 | 420,0 | 402,1 | 103,2
  | Tổng cộng | 1.748,6 | 1.840,0 | 1.926,0 | 110,1

2. Đăng ký phương tiện
Năm 2024, toàn tỉnh đăng ký mới 21.604 xe ô tô, tăng 8,3% so với năm 2023, và 96.752 xe mô tô, giảm 3,1%. Tính đến ngày 31/12/2024, tổng số phương tiện đang quản lý là 2,46 triệu xe, trong đó ô tô 214.380 xe.

3. Tồn tại, hạn chế
Còn 1.842 xe ô tô đã thanh lý, hết niên hạn sử dụng nhưng chưa làm thủ tục thu hồi đăng ký, biển số.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu thu lệ phí trước bạ đạt 2.050 tỷ đồng, tăng ít nhất 6% so với ước thực hiện năm 2024; 100% hồ sơ đăng ký xe được tiếp nhận trực tuyến trên Cổng dịch vụ công quốc gia.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy;
- Lưu: VT, KTTC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
D24 = per("Dự toán 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", C23, None), ("dự toán 2024", D24, "target"),
        ("ước thực hiện 2024", E24, "estimate"), ("so với cùng kỳ", None, None)]
ROWS = [("1 | Ô tô | ", "ô tô", ["1.146,2", "1.200,0", "1.318,5", "115,0"]),
        ("2 | Xe máy | ", "xe máy", ["212,8", "220,0", "205,4", "96,5"]),
        ("3 | Nhà, đất | ", "nhà, đất", ["389,6", "420,0", "402,1", "103,2"]),
        ("  | Tổng cộng | ", "tổng cộng", ["1.748,6", "1.840,0", "1.926,0", "110,1"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for head, row, nums in ROWS:
    prev = head
    for (col, p, st), n in zip(COLS, nums):
        anchor = f"{prev}{n}"
        kw = {"status": st} if st else {}
        if p:
            kw["period"] = p
        if col == "so với cùng kỳ":
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"thu lệ phí trước bạ {row} so với cùng kỳ", **kw))
        else:
            CELLS.append(fig(anchor, n, num(n) * 1e9, "money", "đồng",
                             subject=f"thu lệ phí trước bạ {row} {col}", **kw))
        prev = n + " | "

FIGS = [
    fig("ước đạt 1.926 tỷ", "1.926", 1926e9, "money", "đồng", status="estimate",
        change=chg("increase", 10.1, "%", "năm 2023"),
        subject="thu lệ phí trước bạ trên địa bàn tỉnh", period=Y24),
    fig("vượt 4,7%", "4,7", 4.7, "percent", "%", status="estimate",
        subject="thu lệ phí trước bạ vượt dự toán", period=Y24, optional=True),
] + CELLS + [
    fig("mới 21.604 xe", "21.604", 21604, "count", "xe ô tô",
        change=chg("increase", 8.3, "%", "năm 2023"), subject="xe ô tô đăng ký mới", period=Y24),
    fig("và 96.752 xe", "96.752", 96752, "count", "xe mô tô", change=chg("decrease", 3.1, "%"),
        subject="xe mô tô đăng ký mới", period=Y24),
    fig("là 2,46 triệu", "2,46", 2.46e6, "count", "xe",
        subject="tổng số phương tiện đang quản lý", period=ASOF),
    fig("ô tô 214.380 xe", "214.380", 214380, "count", "xe", total=2.46e6,
        subject="ô tô đang quản lý", period=ASOF),
    fig("Còn 1.842 xe", "1.842", 1842, "count", "xe ô tô",
        subject="xe ô tô đã thanh lý, hết niên hạn sử dụng chưa làm thủ tục thu hồi đăng ký, biển số"),
    fig("đạt 2.050 tỷ", "2.050", 2050e9, "money", "đồng", status="target",
        change=chg("increase", 6, "%", "ước thực hiện năm 2024", approx="at_least"),
        subject="thu lệ phí trước bạ", period=Y25),
    fig("; 100% hồ sơ", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hồ sơ đăng ký xe được tiếp nhận trực tuyến", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THANH HÓA', 'Số: 46/BC-UBND', 'Thanh Hóa, ngày 22 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 46/BC-UBND, the letterhead date, section numbers, table row numbers 1-3, 'Lưu: VT, KTTC', 'Cổng dịch vụ công quốc gia'.",
    "1.926 tỷ has two changes: the first ('tăng 10,1% so với năm 2023') is its change; the second ('vượt 4,7% dự toán') is a percent figure of its own (optional).",
    "Flattened table, 'Đơn vị tính: tỷ đồng': every numeric cell is a figure; period from the column header; 'Dự toán 2024' → target,",
    "'Ước thực hiện 2024' → estimate; 'So với cùng kỳ (%)' cells are percents with no period or status cue in their header (actual, no period).",
    "Table cells get no total (no part-of cue inside the table). '2,46 triệu xe, trong đó ô tô 214.380 xe' → total 2.46e6.",
    "Section II 'Năm 2025, phấn đấu ...; 100% ...' → target for both clauses; 'tăng ít nhất 6%' is a change with approx at_least.",
]

if __name__ == "__main__":
    write("p1404-3", TEXT, NOTES, FIGS, published="2025-01-22", location="Thanh Hóa")
