"""p1509-3: formal report (UBND tỉnh Hà Nam, Số: 21/BC-UBND): towels 2023, flattened '|' table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HÀ NAM
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất, xuất khẩu khăn bông năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, sản lượng khăn bông các loại toàn tỉnh đạt 60,8 triệu chiếc, tăng 8% so với năm 2022, đạt 101,3% kế hoạch; tiêu thụ khoảng 9.400 tấn sợi bông. Kết quả cụ thể như sau:

Đơn vị tính: triệu chiếc
Sản phẩm | Năm 2022 | Năm 2023 | Kế hoạch 2024
Khăn mặt | 38,4 | 42,1 | 45,0
Khăn tắm | 11,7 | 12,9 | 14,0
Khăn ăn, khăn lau | 6,2 | 5,8 | 6,0
Tổng cộng | 56,3 | 60,8 | 65,0

2. Xuất khẩu, lao động
Kim ngạch xuất khẩu khăn bông ước đạt 152 triệu USD, chiếm 9,4% tổng kim ngạch xuất khẩu của tỉnh; thị trường chính là Nhật Bản, Hàn Quốc và Hoa Kỳ. Các doanh nghiệp dệt khăn sử dụng 6.850 lao động, trong đó lao động nữ chiếm 72%; thu nhập bình quân 8,9 triệu đồng/người/tháng. Trong năm, 2 doanh nghiệp FDI tại KCN Đồng Văn II và KCN Châu Sơn mở rộng sản xuất với tổng vốn tăng thêm 35 triệu USD.

II. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 sản lượng khăn bông đạt 65 triệu chiếc, tăng 6,9% so với năm 2023; kim ngạch xuất khẩu trên 165 triệu USD; 100% cơ sở dệt nhuộm có hệ thống xử lý nước thải đạt chuẩn.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở Công Thương, Sở Tài nguyên và Môi trường;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
COLS = {"năm 2022": Y22, "năm 2023": Y23, "kế hoạch 2024": K24}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng {row} {col}", period=COLS[col], **kw)


ROWS = [("Khăn mặt", "khăn mặt", ["38,4", "42,1", "45,0"]),
        ("Khăn tắm", "khăn tắm", ["11,7", "12,9", "14,0"]),
        ("khăn lau", "khăn ăn, khăn lau", ["6,2", "5,8", "6,0"]),
        ("Tổng cộng", "khăn bông tổng cộng", ["56,3", "60,8", "65,0"])]
CELLS = []
for lead, label, nums in ROWS:
    prev = lead
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("đạt 60,8 triệu", "60,8", 60.8e6, "count", "chiếc", percent=101.3,
        change=chg("increase", 8, "%", "năm 2022"), subject="sản lượng khăn bông các loại toàn tỉnh", period=Y23),
    fig("khoảng 9.400 tấn", "9.400", 9400, "measure", "tấn", approx="about", subject="sợi bông tiêu thụ",
        period=Y23),
] + CELLS + [
    fig("ước đạt 152 triệu", "152", 152e6, "money", "USD", status="estimate", percent=9.4,
        subject="kim ngạch xuất khẩu khăn bông", period=inh(Y23)),
    fig("sử dụng 6.850 lao động", "6.850", 6850, "count", "lao động",
        subject="lao động các doanh nghiệp dệt khăn sử dụng"),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="lao động nữ"),
    fig("quân 8,9 triệu", "8,9", 8.9e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("Trong năm, 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp FDI mở rộng sản xuất", period=TN),
    fig("thêm 35 triệu", "35", 35e6, "money", "USD", subject="tổng vốn tăng thêm", period=TN),
    fig("đạt 65 triệu", "65", 65e6, "count", "chiếc", status="target",
        change=chg("increase", 6.9, "%", "năm 2023"), subject="sản lượng khăn bông", period=Y24),
    fig("trên 165 triệu", "165", 165e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y24),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở dệt nhuộm có hệ thống xử lý nước thải đạt chuẩn", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ NAM', 'Số: 21/BC-UBND', 'Hà Nam, ngày 12 tháng 01 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: Số: 21/BC-UBND, the letterhead date, section numbers I./II./1./2., 'KCN Đồng Văn II', '(b/c)'.",
    "Flattened '|' table, 'Đơn vị tính: triệu chiếc': cells are counts of chiếc ×10^6; rows are products (not places): location Hà Nam;",
    "subject = row label + column label; period from the column header (scored); 'Kế hoạch 2024' → status target; cells get no total.",
    "'đạt 101,3% kế hoạch' is the percent of 60,8 triệu; 'chiếm 9,4% tổng kim ngạch' the percent of 152 triệu USD.",
    "'ước đạt 152 triệu USD' has no period in its sentence: inherited from section I 'NĂM 2023' (not scored).",
    "'trong đó lao động nữ chiếm 72%' is a percent figure of its own (a percent has no whole in lao động).",
    "'Trong năm' = 2023 (nearest earlier period). Section II: 'Phấn đấu năm 2024' governs all three clauses (target).",
]

if __name__ == "__main__":
    write("p1509-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Hà Nam")
