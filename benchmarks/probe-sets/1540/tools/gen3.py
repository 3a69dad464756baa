"""p1540-3: formal report (Sở Công Thương Phú Thọ, Số: 45/BC-SCT): paper and paper packaging 2024, flattened '|' table by place."""
from lib import fig, period, inherit, change, target, write

TEXT = """UBND TỈNH PHÚ THỌ
SỞ CÔNG THƯƠNG
Số: 45/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất giấy, bao bì giấy năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất, xuất khẩu
Năm 2024, sản lượng giấy các loại trên địa bàn tỉnh đạt 298,6 nghìn tấn, tăng 5,2% so với năm 2023; sản lượng bao bì giấy đạt 186,4 nghìn tấn, bằng 103,6% kế hoạch năm. Giá trị xuất khẩu giấy và bao bì giấy năm 2024 ước đạt 142 triệu USD, chiếm 3,8% kim ngạch xuất khẩu toàn tỉnh.

2. Sản lượng bao bì giấy theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Việt Trì | 72,5 | 78,1 | 82
Thị xã Phú Thọ | 41,3 | 44,6 | 47
Huyện Lâm Thao | 38,9 | 42,2 | 45
Huyện Phù Ninh | 19,8 | 21,5 | 24
Tổng cộng | 172,5 | 186,4 | 198

3. Doanh nghiệp, lao động
Đến ngày 31/12/2024, toàn tỉnh có 47 doanh nghiệp sản xuất giấy và bao bì giấy, tăng 4 doanh nghiệp so với cuối năm 2023, sử dụng khoảng 7.300 lao động. Trong năm, qua kiểm tra môi trường, cơ quan chức năng phát hiện 6 cơ sở xả thải vượt quy chuẩn, xử phạt 385 triệu đồng.

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu sản lượng bao bì giấy năm 2025 đạt 198 nghìn tấn, tăng 6,2% so với năm 2024.
2. Phấn đấu thu hút ít nhất 2 dự án sản xuất bao bì cao cấp vào Khu công nghiệp Phú Hà; thực hiện Nghị định số 08/2022/NĐ-CP.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Công Thương;
- Lưu: VT, QLCN.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
ASOF = period("Đến ngày 31/12/2024", None, "2024-12-31")
INYEAR = period("Trong năm", "2024-01-01", "2024-12-31")
COLS = {"năm 2023": (Y23, None), "năm 2024": (Y24, None), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
        subject = f"sản lượng bao bì giấy {col}"
    else:
        subject = f"tổng cộng sản lượng bao bì giấy {col}"
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "measure", "tấn", subject=subject, period=p, **kw)


ROWS = [("TP Việt Trì", "Việt Trì", ["72,5", "78,1", "82"]),
        ("Thị xã Phú Thọ", "Phú Thọ", ["41,3", "44,6", "47"]),
        ("Huyện Lâm Thao", "Lâm Thao", ["38,9", "42,2", "45"]),
        ("Huyện Phù Ninh", "Phù Ninh", ["19,8", "21,5", "24"]),
        ("Tổng cộng", None, ["172,5", "186,4", "198"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    fig("đạt 298,6 nghìn", "298,6", 298.6e3, "measure", "tấn", change=change("increase", 5.2, "%", "năm 2023"),
        subject="sản lượng giấy các loại", period=Y24),
    fig("đạt 186,4 nghìn", "186,4", 186.4e3, "measure", "tấn", percent=103.6,
        subject="sản lượng bao bì giấy", period=Y24),
    fig("ước đạt 142 triệu", "142", 142e6, "money", "USD", status="estimate", percent=3.8,
        subject="giá trị xuất khẩu giấy và bao bì giấy", period=Y24b),
] + CELLS + [
    fig("có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp",
        change=change("increase", 4, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp sản xuất giấy và bao bì giấy", period=ASOF),
    fig("khoảng 7.300 lao động", "7.300", 7300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giấy và bao bì giấy sử dụng", period=ASOF),
    fig("phát hiện 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở xả thải vượt quy chuẩn", period=INYEAR),
    fig("xử phạt 385 triệu", "385", 385e6, "money", "đồng", subject="tiền xử phạt cơ sở xả thải vượt quy chuẩn", period=INYEAR),
    fig("đạt 198 nghìn", "198", 198e3, "measure", "tấn", status="target",
        change=change("increase", 6.2, "%", "năm 2024"), subject="sản lượng bao bì giấy", period=Y25),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất bao bì cao cấp thu hút vào Khu công nghiệp Phú Hà",
        period=inherit(period("NĂM 2025", "2025-01-01", "2025-12-31"))),
]

NOTES = [
    "Formal report (UBND tỉnh Phú Thọ - Sở Công Thương, 'Số: 45/BC-SCT', 'Phú Thọ, ngày 15 tháng 01 năm 2025'), sections I/II, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers I., II., 1.-3., 'Nghị định số 08/2022/NĐ-CP', 'Lưu: VT, QLCN'.",
    "Flattened '|' table by place, 'Đơn vị tính: nghìn tấn': every cell is a figure in tấn (×1000); a place row goes to location",
    "(TP Việt Trì, Thị xã Phú Thọ, Lâm Thao, Phù Ninh), the 'Tổng cộng' row stays with the province; period from the column header;",
    "'Kế hoạch 2025' → target. Cells get no total (no part-of cue). The 186,4 in the text and in the table are two figures.",
    "'bằng 103,6% kế hoạch năm' → percent attribute. 'tăng 4 doanh nghiệp so với cuối năm 2023' → change in doanh nghiệp.",
    "'Đến ngày 31/12/2024' is an as-of date for both figures of its sentence. 'Trong năm' takes 2024 from the nearest earlier date.",
    "revised after the first run: 385 triệu subject 'tiền xử phạt cơ sở vi phạm' → 'tiền xử phạt cơ sở xả thải vượt quy chuẩn'",
    "(the sentence names the offenders; 'vi phạm' is not in the text).",
    "Section II items start with 'Phấn đấu' → target; item 2's year stands only in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1540-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Phú Thọ")
