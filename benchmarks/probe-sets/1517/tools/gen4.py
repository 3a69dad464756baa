"""p1517-4: formal report (UBND tỉnh Nam Định, Số: 27/BC-UBND): calendar printing 2024, flattened '|' table by calendar type."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý hoạt động in, phát hành lịch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2024, toàn tỉnh có 19 cơ sở in tham gia in lịch, giảm 2 cơ sở so với năm 2023; tổng số bản lịch in đạt 5,945 triệu bản, bằng 98,9% so với năm 2023. Sở Thông tin và Truyền thông đã tiếp nhận 64 hồ sơ đăng ký in lịch, trong đó 61 hồ sơ hợp lệ (đạt 95,3%). Doanh thu in lịch ước đạt 186 tỷ đồng.

2. Số bản lịch in theo loại
Đơn vị tính: nghìn bản
Loại lịch | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Lịch bloc | 2.350 | 2.180 | 92,8 | 2.100
Lịch treo tường | 3.120 | 3.260 | 104,5 | 3.300
Lịch để bàn | 540 | 505 | 93,5 | 500
Tổng cộng | 6.010 | 5.945 | 98,9 | 5.900

3. Thanh tra, kiểm tra
Thanh tra Sở đã kiểm tra 12 cơ sở in và 35 điểm phát hành lịch tại TP Nam Định, huyện Hải Hậu, huyện Giao Thủy; phát hiện 3 trường hợp vi phạm, tịch thu 1.240 bản lịch in lậu, xử phạt 27,5 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu 100% cơ sở in lịch được kiểm tra; số bản lịch in đạt khoảng 5,9 triệu bản. Tiếp tục thực hiện Nghị định số 72/2022/NĐ-CP và Kế hoạch số 156/KH-UBND của UBND tỉnh.

Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, VX.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
I24 = inherit(Y24)
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("Năm 2024", "2024-01-01", "2024-12-31")
CMP = period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": C23, "năm 2024": C24, "so với cùng kỳ": CMP, "kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    p = COLS[col]
    what = "tổng số bản lịch in" if row == "tổng cộng" else f"số bản {row.lower()} in"
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    if col == "so với cùng kỳ":
        v = float(number.replace(".", "").replace(",", "."))
        return F(anchor, number, v, "percent", "%", f"{what} so với cùng kỳ", p, **kw)
    v = float(number.replace(".", "").replace(",", ".")) * 1e3
    return F(anchor, number, v, "count", "bản", f"{what} {col}", p, **kw)


ROWS = [("Lịch bloc", "Lịch bloc | ", ["2.350", "2.180", "92,8", "2.100"]),
        ("Lịch treo tường", "Lịch treo tường | ", ["3.120", "3.260", "104,5", "3.300"]),
        ("Lịch để bàn", "Lịch để bàn | ", ["540", "505", "93,5", "500"]),
        ("tổng cộng", "Tổng cộng | ", ["6.010", "5.945", "98,9", "5.900"])]
CELLS = []
for row, head, vals in ROWS:
    line = head + " | ".join(vals)
    cols = list(COLS)
    for i, v in enumerate(vals):
        # anchor: the cell with its left neighbour (the row label or the previous cell)
        left = head if i == 0 else vals[i - 1] + " | "
        CELLS.append(cell(left + v, v, row, cols[i]))

FIGS = [
    F("có 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở in tham gia in lịch", Y24,
      change=change("decrease", 2, "cơ sở", "năm 2023")),
    F("đạt 5,945 triệu", "5,945", 5.945e6, "count", "bản", "tổng số bản lịch in", Y24, percent=98.9),
    F("nhận 64 hồ sơ", "64", 64, "count", "hồ sơ", "hồ sơ đăng ký in lịch Sở tiếp nhận", I24),
    F("trong đó 61 hồ sơ", "61", 61, "count", "hồ sơ", "hồ sơ đăng ký in lịch hợp lệ", I24, total=64, percent=95.3),
    F("ước đạt 186 tỷ", "186", 186e9, "money", "đồng", "doanh thu in lịch", I24, status="estimate"),
] + CELLS + [
    F("kiểm tra 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở in được Thanh tra Sở kiểm tra", I24),
    F("và 35 điểm", "35", 35, "count", "điểm phát hành", "điểm phát hành lịch được kiểm tra", I24),
    F("phát hiện 3 trường hợp", "3", 3, "count", "trường hợp", "trường hợp vi phạm", I24),
    F("thu 1.240 bản", "1.240", 1240, "count", "bản", "bản lịch in lậu bị tịch thu", I24),
    F("xử phạt 27,5 triệu", "27,5", 27.5e6, "money", "đồng", "tiền xử phạt vi phạm", I24),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tỷ lệ cơ sở in lịch được kiểm tra", Y25, status="target"),
    F("khoảng 5,9 triệu", "5,9", 5.9e6, "count", "bản", "số bản lịch in", Y25, approx="about", status="target"),
]

NOTES = [
    "Formal report: 'UBND TỈNH NAM ĐỊNH', 'Số: 27/BC-UBND', 'Nam Định, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn bản' → cells are counts in bản ×10^3; rows are calendar types; period from the column header (scored);",
    "'Kế hoạch 2025' column → target. 'So với cùng kỳ (%)' cells are percent figures; their column names no year, so their period",
    "(2024, the year compared) is marked inherited (not scored). Table cells get no total.",
    "'giảm 2 cơ sở so với năm 2023' → change in cơ sở; 'bằng 98,9% so với năm 2023' → percent attribute; '(đạt 95,3%)' → percent attribute of 61.",
    "Section I.1 sentences after the first and section I.3 inherit 'Năm 2024'. Places in I.3 are where the checks were made: location stays Nam Định.",
    "Distractors: Số: 27/BC-UBND, the letterhead date, Nghị định số 72/2022/NĐ-CP, Kế hoạch số 156/KH-UBND, section numbers, 'Lưu: VT, VX'.",
]

if __name__ == "__main__":
    write("p1517-4", TEXT, NOTES, FIGS, published="2025-01-15", location="Nam Định")
