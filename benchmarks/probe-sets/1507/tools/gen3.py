"""p1507-3: formal report (UBND huyện Yên Lạc, Vĩnh Phúc, Số: 416/BC-UBND): shelving output 2024, flattened '|' table."""
from lib import F, P, inherit, C, T, write

TEXT = """UBND HUYỆN YÊN LẠC
Số: 416/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Lạc, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất kệ sắt, kệ giày và đồ gia dụng kim loại năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Toàn huyện có 3 làng nghề cơ khí tại các xã Tề Lỗ, Trung Nguyên và Đồng Văn với 214 cơ sở sản xuất kệ sắt, kệ giày, kệ để đồ; trong đó 37 doanh nghiệp, còn lại là hộ kinh doanh. Giá trị sản xuất năm 2024 ước đạt 1.260 tỷ đồng, tăng 12,4% so với năm 2023, vượt 5% kế hoạch.

2. Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn sản phẩm
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Kệ sắt đa năng | 412 | 468 | 113,6 | 520
Kệ giày | 236 | 259 | 109,7 | 285
Giá treo, kệ để đồ khác | 118 | 127 | 107,6 | 140
Tổng cộng | 766 | 854 | 111,5 | 945

3. Tồn tại, hạn chế
Còn 46 cơ sở sơn thủ công chưa có hệ thống xử lý bụi sơn, chiếm 21,5% tổng số cơ sở; giá thép tăng từ 12 đến 15% làm lợi nhuận của các cơ sở giảm.

II. NHIỆM VỤ NĂM 2025
Phấn đấu giá trị sản xuất đạt 1.400 tỷ đồng; hỗ trợ ít nhất 20 cơ sở chuyển sang dây chuyền sơn tĩnh điện; tổ chức 02 lớp đào tạo nghề hàn cho khoảng 70 lao động.

Nơi nhận:
- UBND tỉnh Vĩnh Phúc (b/c);
- Sở Công Thương;
- Lưu: VT, KTHT.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
N25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
COLS = ["năm 2023", "ước thực hiện 2024", "so với cùng kỳ", "kế hoạch 2025"]


def cells(row, nums):
    out = []
    # anchor: the row label and every cell up to this one (unique per row)
    for i, (col, n) in enumerate(zip(COLS, nums)):
        anchor = row + " | " + " | ".join(nums[: i + 1])
        subj_row = "sản lượng " + row.lower() if row != "Tổng cộng" else "tổng cộng sản lượng"
        if col == "so với cùng kỳ":
            out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                         subject=f"{subj_row} so với cùng kỳ", period=inherit(E24)))
            continue
        kw = {}
        per = {"năm 2023": C23, "ước thực hiện 2024": E24, "kế hoạch 2025": K25}[col]
        if col.startswith("ước"):
            kw["status"] = "estimate"
        elif col.startswith("kế hoạch"):
            kw["status"] = "target"
        out.append(F(anchor, n, float(n) * 1e3, "count", "sản phẩm", subject=f"{subj_row} {col}",
                     period=per, **kw))
    return out


ROWS = [("Kệ sắt đa năng", ["412", "468", "113,6", "520"]),
        ("Kệ giày", ["236", "259", "109,7", "285"]),
        ("Giá treo, kệ để đồ khác", ["118", "127", "107,6", "140"]),
        ("Tổng cộng", ["766", "854", "111,5", "945"])]
TABLE = [f for row, nums in ROWS for f in cells(row, nums)]

FIGS = [
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề cơ khí"),
    F("với 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở sản xuất kệ sắt, kệ giày, kệ để đồ"),
    F("37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", total=214, subject="doanh nghiệp"),
    F("ước đạt 1.260 tỷ", "1.260", 1260e9, "money", "đồng", status="estimate",
      change=C("increase", 12.4, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
    F("vượt 5% kế hoạch", "5", 5, "percent", "%", status="estimate", optional=True,
      subject="giá trị sản xuất so với kế hoạch", period=Y24),
] + TABLE + [
    F("Còn 46 cơ sở", "46", 46, "count", "cơ sở", percent=21.5,
      subject="cơ sở sơn thủ công chưa có hệ thống xử lý bụi sơn"),
    F("từ 12 đến 15%", "12", 12, "percent", "%", value_max=15, subject="giá thép"),
    F("đạt 1.400 tỷ", "1.400", 1400e9, "money", "đồng", status="target", subject="giá trị sản xuất",
      period=inherit(N25)),
    F("ít nhất 20 cơ sở", "20", 20, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được hỗ trợ chuyển sang dây chuyền sơn tĩnh điện", period=inherit(N25)),
    F("tổ chức 02 lớp", "02", 2, "count", "lớp", status="target", subject="lớp đào tạo nghề hàn",
      period=inherit(N25)),
    F("khoảng 70 lao động", "70", 70, "count", "lao động", approx="about", status="target",
      subject="lao động được đào tạo nghề hàn", period=inherit(N25)),
]

NOTES = [
    "Formal report: 'UBND HUYỆN YÊN LẠC', 'Số: 416/BC-UBND', 'Yên Lạc, ngày 18 tháng 12 năm 2024', sections I/II and 1-3,",
    "'Nơi nhận'. All figures are the district's (Yên Lạc, Vĩnh Phúc).",
    "Distractors: Số 416/BC-UBND, the letterhead date, section numbers I., II., 1.-3., baseline 'năm 2023', 'NĂM 2025' heading.",
    "'vượt 5% kế hoạch' is a second change of 1.260 tỷ (the first is 'tăng 12,4%'): a percent figure of its own, optional",
    "(FIGURES.md: 'each further one is a percent figure of its own (optional in the gold)').",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm': count, unit 'sản phẩm', value ×1000; subject = row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "Column 'So với cùng kỳ (%)': a percent cell (113,6 = index vs the year before), unit '%'. Its header has no period and no",
    "status cue, so status actual and the period (the neighbouring column's 2024) inherited, i.e. not scored. Cells get no total.",
    "'46 cơ sở ..., chiếm 21,5% tổng số cơ sở': percent 21,5; 'tổng số cơ sở' gives no number, so no total. No period ('Còn').",
    "'giá thép tăng từ 12 đến 15%' is a growth rate as the claim (percent figure, range). Section II figures: 'Phấn đấu'",
    "governs the three ';' clauses (target); the year stands only in the heading 'NHIỆM VỤ NĂM 2025' → inherited.",
]

if __name__ == "__main__":
    write("p1507-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Yên Lạc")
