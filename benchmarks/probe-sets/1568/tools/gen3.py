"""p1568-3: formal report (UBND tỉnh Bắc Ninh, Số: 21/BC-UBND): instant noodles 2024, flattened '|' table by company."""
from lib import F, P, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ mì ăn liền năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, sản lượng mì ăn liền toàn tỉnh đạt 760 triệu gói, tăng 6,1% so với năm 2023, bằng 101,3% kế hoạch; các doanh nghiệp nộp ngân sách 186 tỷ đồng; giá trị sản xuất ước đạt 4.150 tỷ đồng.

2. Sản lượng theo doanh nghiệp
Đơn vị tính: triệu gói
Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty CP Thực phẩm Kinh Bắc | 412,0 | 446,5 | 108,4 | 470
Công ty TNHH Mì Á Đông | 268,3 | 281,2 | 104,8 | 295
Các cơ sở khác | 35,7 | 32,3 | 90,5 | 35
Tổng cộng | 716,0 | 760,0 | 106,1 | 800
Trong đó: xuất khẩu | 96,4 | 118,0 | 122,4 | 130

3. Công tác quản lý
Trong năm, đoàn kiểm tra liên ngành đã kiểm tra 38 cơ sở sản xuất, kinh doanh mì, bún, phở ăn liền, phát hiện 5 cơ sở vi phạm, xử phạt 64,5 triệu đồng, tiêu hủy 1.200 gói mì quá hạn sử dụng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng mì ăn liền năm 2025 đạt 800 triệu gói, tăng 5,3% so với năm 2024; tỷ trọng xuất khẩu đạt ít nhất 16%; thu hút thêm 1-2 dự án chế biến thực phẩm có vốn đầu tư trên 500 tỷ đồng.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")
COLS = {
    "năm 2023": dict(period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    "năm 2024": dict(period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    "so với cùng kỳ": dict(),
    "kế hoạch 2025": dict(period=P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), status="target"),
}
ROWS = [
    ("Công ty CP Thực phẩm Kinh Bắc", "Bắc", ["412,0", "446,5", "108,4", "470"]),
    ("Công ty TNHH Mì Á Đông", "Đông", ["268,3", "281,2", "104,8", "295"]),
    ("các cơ sở khác", "khác", ["35,7", "32,3", "90,5", "35"]),
    ("tổng cộng", "Tổng cộng", ["716,0", "760,0", "106,1", "800"]),
    ("xuất khẩu", "xuất khẩu", ["96,4", "118,0", "122,4", "130"]),
]
TOTALS = {"năm 2023": 716e6, "năm 2024": 760e6, "kế hoạch 2025": 800e6}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for row, left, nums in ROWS:
    prev = left
    for (col, kw), n in zip(COLS.items(), nums):
        anchor = f"{prev} | {n}"
        if col == "so với cùng kỳ":
            CELLS.append(F(anchor, n, num(n), "percent", "%",
                           subject=f"sản lượng mì ăn liền {row} so với cùng kỳ", **kw))
        else:
            extra = dict(kw)
            if row == "xuất khẩu":
                extra["total"] = TOTALS[col]
            CELLS.append(F(anchor, n, num(n) * 1e6, "count", "gói",
                           subject=f"sản lượng mì ăn liền {row} {col}", **extra))
        prev = n

FIGS = [
    F("đạt 760 triệu", "760", 760e6, "count", "gói", percent=101.3,
      change=chg("increase", 6.1, "%", "năm 2023"), subject="sản lượng mì ăn liền toàn tỉnh", period=Y24),
    F("ngân sách 186 tỷ", "186", 186e9, "money", "đồng",
      subject="nộp ngân sách của các doanh nghiệp", period=Y24),
    F("ước đạt 4.150 tỷ", "4.150", 4150e9, "money", "đồng", status="estimate",
      subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh mì, bún, phở ăn liền được kiểm tra", period=INYEAR),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=INYEAR),
    F("xử phạt 64,5 triệu", "64,5", 64.5e6, "money", "đồng", subject="tiền xử phạt", period=INYEAR),
    F("tiêu hủy 1.200 gói", "1.200", 1200, "count", "gói",
      subject="gói mì quá hạn sử dụng bị tiêu hủy", period=INYEAR),
    F("đạt 800 triệu", "800", 800e6, "count", "gói", status="target",
      change=chg("increase", 5.3, "%", "năm 2024"), subject="sản lượng mì ăn liền", period=Y25),
    F("ít nhất 16%", "16", 16, "percent", "%", approx="at_least", status="target",
      subject="tỷ trọng xuất khẩu", period=Y25),
    F("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
      subject="dự án chế biến thực phẩm thu hút thêm", period=Y25),
    F("trên 500 tỷ", "500", 500e9, "money", "đồng", approx="over", status="target",
      subject="vốn đầu tư của dự án chế biến thực phẩm", period=Y25, optional=True),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 21/BC-UBND', 'Bắc Ninh, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận', signature block.",
    "Flattened '|' table, 'Đơn vị tính: triệu gói': cells are counts in gói ×10^6; rows are companies, not places → location Bắc Ninh.",
    "Subject = row label + column label; period from the column header (scored); 'Kế hoạch 2025' column → target.",
    "'So với cùng kỳ (%)' column: percent cells (index, previous year = 100), no period in the header → no period, no status.",
    "'Trong đó: xuất khẩu' sub-row after 'Tổng cộng': a part after 'trong đó' that follows the whole → total = the Tổng cộng cell",
    "of the same column (spec: parts of a whole). Other cells get no total.",
    "'ước đạt' stands in the last clause of the first sentence: only 4.150 tỷ is estimate; 760 and 186 are actual.",
    "'Trong năm' in section I (KẾT QUẢ NĂM 2024) → 2024. 'kiểm tra 38 ... phát hiện 5' has no part-of cue → no total.",
    "Section II: 'Phấn đấu ...' governs all clauses of the sentence → target, period năm 2025.",
    "Optional: 'vốn đầu tư trên 500 tỷ đồng' is a size criterion of the projects sought, not a fact or a target amount.",
    "Distractors: Số: 21/BC-UBND, letterhead date, section numbers I./II./1.-3., 'b/c', 'KT.'.",
]

if __name__ == "__main__":
    write("p1568-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Bắc Ninh")
