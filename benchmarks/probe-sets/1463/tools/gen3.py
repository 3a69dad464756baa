"""p1463-3: formal report (Sở Công Thương Đồng Nai, Số: 87/BC-SCT): clocks and watch parts 2024, '|' table."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 87/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu đồng hồ và linh kiện đồng hồ năm 2024

I. TÌNH HÌNH CHUNG
Trên địa bàn tỉnh hiện có 6 doanh nghiệp sản xuất đồng hồ và linh kiện đồng hồ, gồm 4 doanh nghiệp có vốn đầu tư nước ngoài và 2 doanh nghiệp trong nước, tập trung tại các khu công nghiệp Amata, Long Thành và Nhơn Trạch 3; sử dụng 3.850 lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

II. KẾT QUẢ NĂM 2024
1. Sản lượng
Đơn vị tính: nghìn chiếc
STT | Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Đồng hồ treo tường | 1.840 | 2.015 | 109,5 | 2.200
2 | Đồng hồ để bàn, đồng hồ báo thức | 960 | 1.032 | 107,5 | 1.100
3 | Bộ máy đồng hồ | 5.600 | 6.150 | 109,8 | 6.500
 | Trong đó: xuất khẩu | 4.900 | 5.480 | 111,8 | 5.800
 | Tổng cộng | 8.400 | 9.197 | 109,5 | 9.800

2. Xuất khẩu
Kim ngạch xuất khẩu đồng hồ và linh kiện năm 2024 đạt 86,4 triệu USD, tăng 14,2% so với năm 2023, bằng 108% kế hoạch. Thị trường chính là Nhật Bản (chiếm 46%), Hoa Kỳ (21%) và EU (17%).

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu kim ngạch xuất khẩu đạt trên 95 triệu USD; thu hút thêm 1-2 dự án sản xuất linh kiện đồng hồ có vốn đầu tư từ 10 triệu USD trở lên.

Nơi nhận:
- Bộ Công Thương (để b/c);
- UBND tỉnh (để b/c);
- Lưu: VT, QLCN.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Hoàng Phúc
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("NĂM 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Đồng hồ treo tường", "đồng hồ treo tường", ["1.840", "2.015", "109,5", "2.200"], None),
    ("Đồng hồ để bàn, đồng hồ báo thức", "đồng hồ để bàn, đồng hồ báo thức", ["960", "1.032", "107,5", "1.100"], None),
    ("Bộ máy đồng hồ", "bộ máy đồng hồ", ["5.600", "6.150", "109,8", "6.500"], None),
    ("Trong đó: xuất khẩu", "bộ máy đồng hồ xuất khẩu", ["4.900", "5.480", "111,8", "5.800"],
     [5600e3, 6150e3, None, 6500e3]),
    ("Tổng cộng", "tổng cộng", ["8.400", "9.197", "109,5", "9.800"], None),
]
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("so với cùng kỳ", inherit(Y24), None),
        ("kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, subj, cells, totals in ROWS:
    prev = label
    for i, ((col, per, st), n) in enumerate(zip(COLS, cells)):
        anchor = f"{prev} | {n}"
        kw = {}
        if st:
            kw["status"] = st
        if totals and totals[i]:
            kw["total"] = totals[i]
        if col == "so với cùng kỳ":
            CELLS.append(F(anchor, n, num(n), "percent", "%", subject=f"sản lượng {subj} so với cùng kỳ",
                           period=per, **kw))
        else:
            CELLS.append(F(anchor, n, num(n) * 1e3, "count", "chiếc", subject=f"sản lượng {subj} {col}",
                           period=per, **kw))
        prev = n

FIGS = [
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
      subject="doanh nghiệp sản xuất đồng hồ và linh kiện đồng hồ"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=6,
      subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=6, subject="doanh nghiệp trong nước"),
    F("sử dụng 3.850 lao động", "3.850", 3850, "count", "lao động",
      subject="lao động các doanh nghiệp sản xuất đồng hồ sử dụng"),
    F("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
] + CELLS + [
    F("đạt 86,4 triệu", "86,4", 86.4e6, "money", "USD", percent=108,
      change=change("increase", 14.2, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu đồng hồ và linh kiện", period=Y24b),
    F("(chiếm 46%)", "46", 46, "percent", "%",
      subject="tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu đồng hồ và linh kiện", period=inherit(Y24b)),
    F("Hoa Kỳ (21%)", "21", 21, "percent", "%",
      subject="tỷ trọng thị trường Hoa Kỳ trong kim ngạch xuất khẩu đồng hồ và linh kiện", period=inherit(Y24b)),
    F("EU (17%)", "17", 17, "percent", "%",
      subject="tỷ trọng thị trường EU trong kim ngạch xuất khẩu đồng hồ và linh kiện", period=inherit(Y24b)),
    F("trên 95 triệu", "95", 95e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu", period=inherit(Y25)),
    F("thêm 1-2 dự án", "1", 1, "count", "dự án", value_max=2, status="target",
      subject="dự án sản xuất linh kiện đồng hồ thu hút thêm", period=inherit(Y25)),
    F("từ 10 triệu USD", "10", 10e6, "money", "USD", approx="at_least", status="target",
      subject="vốn đầu tư mỗi dự án thu hút", optional=True),
]

NOTES = [
    "Formal report (Sở Công Thương Đồng Nai, 'Số: 87/BC-SCT', 'Đồng Nai, ngày 15 tháng 01 năm 2025'), sections I-III, 'Nơi nhận'.",
    "Distractors: 87/BC-SCT, letterhead date, 'Nhơn Trạch 3', section numbers I-III and 1-2, STT column 1-3, 'Lưu: VT'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': cells are count 'chiếc' ×1000; subject = row + column label; period from",
    "the column header (scored); 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (value as written,",
    "e.g. 109,5); their header has no year, so their period (năm 2024, by the neighbouring column) is marked inherited.",
    "Annotation choice: the 'Trong đó: xuất khẩu' sub-row's amount cells take the cell above in 'Bộ máy đồng hồ' as total",
    "(the spec's 'trong đó' part-of cue); the other rows get no total (the 'Tổng cộng' row follows them, no cue).",
    "'gồm 4 ... và 2 doanh nghiệp' → total 6. Export: change 14,2% and percent 108 ('bằng 108% kế hoạch').",
    "Markets Nhật Bản / Hoa Kỳ / EU are trade partners, not places: percent figures located in Đồng Nai.",
    "Section III 'PHƯƠNG HƯỚNG NĂM 2025' + 'Phấn đấu' → target, period inherited from the heading.",
    "'có vốn đầu tư từ 10 triệu USD trở lên' is a selection threshold, not a stated amount: optional (at_least).",
    "revised after the first run: the 15 amount cells were kind 'measure'; pieces are counted (how many), so 'count',",
    "as 'chiếc' is everywhere else in this set.",
]

if __name__ == "__main__":
    write("p1463-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")
