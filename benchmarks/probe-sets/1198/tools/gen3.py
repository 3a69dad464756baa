"""p1198-3: formal report (UBND tỉnh Kiên Giang) on drying and storage capacity in 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KIÊN GIANG
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 22 tháng 02 năm 2024

BÁO CÁO
Kết quả cơ giới hóa khâu sấy, bảo quản lúa sau thu hoạch năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Năng lực sấy
Đến ngày 31/12/2023, toàn tỉnh có 1.485 lò sấy lúa, tăng 62 lò so với năm 2022, tổng công suất 27.350 tấn/mẻ. Tỷ lệ lúa được sấy bằng máy năm 2023 đạt 78,4%, vượt 3,4 điểm phần trăm so với kế hoạch (kế hoạch 75%). Trong năm, các lò sấy đã sấy khoảng 3,2 triệu tấn lúa, bằng 71,6% sản lượng lúa cả năm.

2. Số lò sấy lúa theo địa phương
Đơn vị tính: lò
Địa phương | Năm 2022 | Năm 2023 | Tăng, giảm
Huyện Giồng Riềng | 268 | 281 | 13
Huyện Gò Quao | 214 | 226 | 12
Huyện Tân Hiệp | 197 | 210 | 13
Huyện Hòn Đất | 185 | 194 | 9
Các địa phương khác | 559 | 574 | 15
Tổng cộng | 1.423 | 1.485 | 62

3. Kho chứa, bảo quản
Toàn tỉnh có 146 kho chứa lúa, sức chứa khoảng 1,1 triệu tấn; trong đó 38 kho của doanh nghiệp xuất khẩu gạo với sức chứa 620.000 tấn. Tổn thất sau thu hoạch lúa ước còn 9,2%, giảm 1,3 điểm phần trăm so với năm 2021.

II. NHIỆM VỤ NĂM 2024
Phấn đấu đến cuối năm 2024 toàn tỉnh có trên 1.550 lò sấy, tỷ lệ lúa được sấy bằng máy đạt 80%; hỗ trợ lãi suất vay đầu tư máy sấy tháp với mức vay tối đa 2 tỷ đồng/dự án.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, P.KT.
"""

ASOF = P("Đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TRONGNAM = P("Trong năm", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
COLS = {"Năm 2022": Y22, "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"), "Tăng, giảm": None}


def cell(anchor, number, value, row, col):
    place = row.replace("Huyện ", "") if row.startswith("Huyện") else None
    subj = f"lò sấy lúa {col.lower()}" if place else f"lò sấy lúa {row.lower()} {col.lower()}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "count", "lò", subject=subj, period=COLS[col], **kw)


ROWS = [("Huyện Giồng Riềng", "Riềng", ["268", "281", "13"]),
        ("Huyện Gò Quao", "Quao", ["214", "226", "12"]),
        ("Huyện Tân Hiệp", "Hiệp", ["197", "210", "13"]),
        ("Huyện Hòn Đất", "Đất", ["185", "194", "9"]),
        ("Các địa phương khác", "khác", ["559", "574", "15"]),
        ("Tổng cộng", "Tổng cộng", ["1.423", "1.485", "62"])]
CELLS = []
for row, lead, nums in ROWS:
    prev = lead
    for col, n in zip(["Năm 2022", "Năm 2023", "Tăng, giảm"], nums):
        CELLS.append(cell(f"{prev} | {n}", n, float(n.replace(".", "")), row, col))
        prev = n

FIGS = [
    F("có 1.485 lò", "1.485", 1485, "count", "lò sấy", change=C("increase", 62, "lò", "năm 2022"),
      subject="lò sấy lúa", period=ASOF),
    F("27.350 tấn/mẻ", "27.350", 27350, "measure", "tấn/mẻ", subject="tổng công suất lò sấy lúa", period=ASOF),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%", change=C("increase", 3.4, "điểm phần trăm", "kế hoạch"),
      target=T(75, "%", True), subject="tỷ lệ lúa được sấy bằng máy", period=Y23),
    F("khoảng 3,2 triệu tấn", "3,2", 3200000, "measure", "tấn", approx="about", percent=71.6,
      subject="lúa các lò sấy đã sấy", period=TRONGNAM),
] + CELLS + [
    F("có 146 kho", "146", 146, "count", "kho", subject="kho chứa lúa", period=I(Y23)),
    F("khoảng 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", approx="about",
      subject="sức chứa kho chứa lúa", period=I(Y23)),
    F("38 kho", "38", 38, "count", "kho", total=146, subject="kho của doanh nghiệp xuất khẩu gạo", period=I(Y23)),
    F("620.000 tấn", "620.000", 620000, "measure", "tấn", total=1100000,
      subject="sức chứa kho của doanh nghiệp xuất khẩu gạo", period=I(Y23)),
    F("còn 9,2%", "9,2", 9.2, "percent", "%", status="estimate",
      change=C("decrease", 1.3, "điểm phần trăm", "năm 2021"),
      subject="tổn thất sau thu hoạch lúa", period=I(Y23)),
    F("trên 1.550 lò", "1.550", 1550, "count", "lò sấy", approx="over", status="target",
      subject="lò sấy toàn tỉnh", period=END24),
    F("đạt 80%", "80", 80, "percent", "%", status="target", subject="tỷ lệ lúa được sấy bằng máy", period=END24),
    F("tối đa 2 tỷ", "2", 2000000000, "money", "đồng/dự án", approx="at_most", status="target",
      subject="mức vay đầu tư máy sấy tháp được hỗ trợ lãi suất"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH KIÊN GIANG', 'Số: 38/BC-UBND', 'Kiên Giang, ngày 22 tháng 02 năm 2024' (published), sections, 'Nơi nhận'.",
    "Distractors: Số: 38/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, P.KT', '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: lò', rows = districts (location) + 'Các địa phương khác' + 'Tổng cộng' (location Kiên Giang).",
    "Subject of a cell = caption indicator + row label (when not a place) + column label; period from the column header; the",
    "'Tăng, giảm' column has no period of its own (not set). Every numeric cell is a figure; cells carry no totals.",
    "'vượt 3,4 điểm phần trăm so với kế hoạch (kế hoạch 75%)': change against plan (baseline kế hoạch) and target 75, met.",
    "Section 3 has no date of its own: period inherited from the title ('năm 2023'). 38 kho / 620.000 tấn follow 'trong đó' and",
    "each takes the whole of its own noun (146 kho, 1,1 triệu tấn). Section II: 'Phấn đấu' governs the sentence and the clause after ';'",
    "(target); the loan ceiling gets no period.",
]

if __name__ == "__main__":
    write("p1198-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Kiên Giang")
