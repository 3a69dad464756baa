"""p1519-3: formal report (UBND tỉnh Thái Bình, Số: 17/BC-UBND): artificial flowers for export 2024, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 17/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất hoa giả, hoa lụa xuất khẩu năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Khái quát
Năm 2024, giá trị sản xuất hoa giả, hoa lụa xuất khẩu của tỉnh ước đạt 224,6 tỷ đồng, tăng 15,3% so với năm 2023, vượt 4,5% kế hoạch; kim ngạch xuất khẩu ước đạt 8,7 triệu USD (năm 2023 đạt 7,6 triệu USD), chiếm 0,4% kim ngạch xuất khẩu toàn tỉnh. Toàn tỉnh có 44 cơ sở sản xuất, gồm 9 doanh nghiệp và 35 cơ sở hộ gia đình, thu hút 6.500 lao động.

2. Giá trị sản xuất theo địa phương
Đơn vị tính: tỷ đồng
TT | Địa phương | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Huyện Quỳnh Phụ | 96,4 | 112,8 | 125
2 | Huyện Hưng Hà | 54,7 | 61,3 | 68
3 | Huyện Vũ Thư | 31,2 | 35,9 | 40
4 | Các địa phương khác | 12,5 | 14,6 | 17
Tổng cộng | | 194,8 | 224,6 | 250

3. Thị trường, giá cả
Sản phẩm chủ yếu xuất sang Hoa Kỳ, Nhật Bản và EU; thị trường Hoa Kỳ chiếm khoảng 52% kim ngạch. Giá gia công bình quân 1.800-2.500 đồng/bông, tăng khoảng 200 đồng so với năm 2023.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu giá trị sản xuất năm 2025 đạt 250 tỷ đồng, kim ngạch xuất khẩu trên 10 triệu USD; mở 12 lớp đào tạo nghề cho ít nhất 400 lao động nông thôn theo Nghị quyết số 09-NQ/TU.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (Y23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
IND = "giá trị sản xuất hoa giả, hoa lụa xuất khẩu"


def cell(anchor, number, row, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
    v = float(number.replace(",", ".")) * 1e9
    subj = f"giá trị sản xuất {row} {col}".replace("  ", " ")
    return fig(anchor, number, v, "money", "đồng", subject=subj, period=p, **kw)


ROWS = [("Phụ", "", "Quỳnh Phụ", ["96,4", "112,8", "125"]),
        ("Hà", "", "Hưng Hà", ["54,7", "61,3", "68"]),
        ("Thư", "", "Vũ Thư", ["31,2", "35,9", "40"]),
        ("khác", "các địa phương khác", None, ["12,5", "14,6", "17"]),
        ("|", "tổng cộng", None, ["194,8", "224,6", "250"])]
CELLS = []
for lead, row, place, nums in ROWS:
    prev = lead
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, place, col))
        prev = n

FIGS = [
    fig("ước đạt 224,6 tỷ", "224,6", 224.6e9, "money", "đồng", status="estimate",
        change=chg("increase", 15.3, "%", "năm 2023"), subject=IND, period=Y24),
    fig("vượt 4,5%", "4,5", 4.5, "percent", "%", status="estimate",
        subject="giá trị sản xuất hoa giả, hoa lụa xuất khẩu vượt kế hoạch", period=Y24, optional=True),
    fig("ước đạt 8,7 triệu", "8,7", 8.7e6, "money", "USD", status="estimate", percent=0.4,
        subject="kim ngạch xuất khẩu hoa giả, hoa lụa", period=Y24),
    fig("đạt 7,6 triệu", "7,6", 7.6e6, "money", "USD", subject="kim ngạch xuất khẩu hoa giả, hoa lụa", period=Y23b),
    fig("có 44 cơ sở", "44", 44, "count", "cơ sở", subject="cơ sở sản xuất hoa giả, hoa lụa"),
    fig("gồm 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=44, subject="doanh nghiệp sản xuất hoa giả, hoa lụa"),
    fig("và 35 cơ sở", "35", 35, "count", "cơ sở", total=44, subject="cơ sở hộ gia đình sản xuất hoa giả, hoa lụa"),
    fig("thu hút 6.500 lao động", "6.500", 6500, "count", "lao động", subject="lao động các cơ sở thu hút"),
] + CELLS + [
    fig("khoảng 52%", "52", 52, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu", period=inh(Y24)),
    fig("quân 1.800-2.500", "1.800", 1800, "money", "đồng/bông", value_max=2500,
        change=chg("increase", 200, "đồng", "năm 2023", approx="about"),
        subject="giá gia công bình quân", period=inh(Y24)),
    fig("đạt 250 tỷ", "250", 250e9, "money", "đồng", status="target", subject="giá trị sản xuất", period=Y25),
    fig("trên 10 triệu", "10", 10e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("mở 12 lớp", "12", 12, "count", "lớp", status="target", subject="lớp đào tạo nghề", period=Y25),
    fig("ít nhất 400 lao động", "400", 400, "count", "lao động", approx="at_least", status="target",
        subject="lao động nông thôn được đào tạo nghề", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 17/BC-UBND', 'Thái Bình, ngày 15 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 17/BC-UBND, Nghị quyết số 09-NQ/TU, section numbers, table row numbers 1-4 ('TT' column), letterhead date.",
    "224,6 tỷ: change 'tăng 15,3% so với năm 2023'; the second gap 'vượt 4,5% kế hoạch' is a further change → own percent figure, optional.",
    "'(năm 2023 đạt 7,6 triệu USD)' is a bracketed figure with its own verb: actual, period 2023; '0,4%' is the share of 8,7 triệu (after the bracket).",
    "'44 cơ sở sản xuất, gồm 9 doanh nghiệp và 35 cơ sở hộ gia đình' → parts with total 44 (9 + 35 = 44).",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' → money ×10^9; place column → location (Quỳnh Phụ, Hưng Hà, Vũ Thư);",
    "'Các địa phương khác' and 'Tổng cộng' stay Thái Bình; subject = caption indicator 'giá trị sản xuất' + row (if not a place) + column; period from the column",
    "header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total (no 'Trong đó' row).",
    "Section 3 has no period of its own: period 2024 inherited from the section heading (not scored). 'tăng khoảng 200 đồng' is a change in đồng.",
    "Section II 'Phấn đấu ...' governs all four clauses (target), period 'năm 2025' in the sentence; 'ít nhất 400' → at_least.",
]

if __name__ == "__main__":
    write("p1519-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Thái Bình")
