"""p1261-4: formal report (UBND tỉnh Tuyên Quang, Số: 412/BC-UBND): forestry tissue-culture seedlings 2024,
flattened '|' table by facility."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả sản xuất cây giống lâm nghiệp bằng công nghệ nuôi cấy mô năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất cây giống
Năm 2024, các cơ sở trên địa bàn tỉnh ước sản xuất 41,5 triệu cây giống nuôi cấy mô, tăng 9,2% so với năm 2023, đạt 103,8% kế hoạch; trong đó keo lai 29,3 triệu cây, bạch đàn 10,6 triệu cây, cây lâm sản ngoài gỗ 1,6 triệu cây.

2. Kết quả theo cơ sở
Đơn vị tính: nghìn cây
TT | Cơ sở | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025
1 | Trung tâm Giống cây lâm nghiệp tỉnh | 12.400 | 13.800 | 15.000
2 | Công ty TNHH Lâm nghiệp Tân Phong | 16.900 | 18.200 | 20.000
3 | HTX Giống cây Hồng Thái | 8.700 | 9.500 | 10.000
 | Tổng cộng | 38.000 | 41.500 | 45.000

3. Tiêu thụ và trồng rừng
Toàn tỉnh có 5 phòng nuôi cấy mô, tổng công suất 50 triệu cây/năm. Giá cây giống keo cấy mô bình quân 1.100 đồng/cây, giảm 100 đồng so với năm 2023. Năm 2024, diện tích rừng trồng mới bằng giống cấy mô đạt 8.650 ha, chiếm 71% tổng diện tích rừng trồng mới.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản xuất 45 triệu cây giống nuôi cấy mô, tăng 8,4% so với năm 2024; trồng mới 9.000 ha rừng bằng giống cấy mô; hỗ trợ 2 cơ sở đầu tư thêm dây chuyền nuôi cấy.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NLN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("KẾ HOẠCH NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = {"Năm 2023": (Y23, None), "Ước thực hiện 2024": (E24, "estimate"), "Kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    return fig(anchor, number, float(number.replace(".", "")) * 1e3, "count", "cây",
               subject=f"cây giống nuôi cấy mô {row} {col.lower()}", period=p, **kw)


ROWS = [("tỉnh", "Trung tâm Giống cây lâm nghiệp tỉnh", ["12.400", "13.800", "15.000"]),
        ("Phong", "Công ty TNHH Lâm nghiệp Tân Phong", ["16.900", "18.200", "20.000"]),
        ("Thái", "HTX Giống cây Hồng Thái", ["8.700", "9.500", "10.000"]),
        ("Tổng cộng", "tổng cộng", ["38.000", "41.500", "45.000"])]
CELLS = []
for key, label, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("ước sản xuất 41,5 triệu", "41,5", 41.5e6, "count", "cây giống", status="estimate", percent=103.8,
        change=chg("increase", 9.2, "%", "năm 2023"),
        subject="cây giống nuôi cấy mô các cơ sở trên địa bàn tỉnh sản xuất", period=Y24),
    fig("keo lai 29,3 triệu", "29,3", 29.3e6, "count", "cây", total=41.5e6, status="estimate",
        subject="cây giống keo lai", period=Y24),
    fig("bạch đàn 10,6 triệu", "10,6", 10.6e6, "count", "cây", total=41.5e6, status="estimate",
        subject="cây giống bạch đàn", period=Y24),
    fig("ngoài gỗ 1,6 triệu", "1,6", 1.6e6, "count", "cây", total=41.5e6, status="estimate",
        subject="cây lâm sản ngoài gỗ", period=Y24),
] + CELLS + [
    fig("có 5 phòng", "5", 5, "count", "phòng", subject="phòng nuôi cấy mô"),
    fig("công suất 50 triệu", "50", 50e6, "measure", "cây/năm", subject="tổng công suất các phòng nuôi cấy mô"),
    fig("bình quân 1.100", "1.100", 1100, "money", "đồng/cây", change=chg("decrease", 100, "đồng", "năm 2023"),
        subject="giá cây giống keo cấy mô bình quân"),
    fig("đạt 8.650 ha", "8.650", 8650, "measure", "ha", percent=71,
        subject="diện tích rừng trồng mới bằng giống cấy mô", period=Y24),
    fig("sản xuất 45 triệu", "45", 45e6, "count", "cây giống", status="target",
        change=chg("increase", 8.4, "%", "năm 2024"), subject="cây giống nuôi cấy mô", period=P25),
    fig("trồng mới 9.000 ha", "9.000", 9000, "measure", "ha", status="target",
        subject="diện tích rừng trồng mới bằng giống cấy mô", period=P25),
    fig("hỗ trợ 2 cơ sở", "2", 2, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ đầu tư thêm dây chuyền nuôi cấy", period=P25),
]

NOTES = [
    "Formal report (UBND tỉnh Tuyên Quang, Số: 412/BC-UBND, 'Tuyên Quang, ngày 18 tháng 12 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document number 412/BC-UBND, letterhead date, section numbers I., II., 1.-3., row numbers 1-3 in the TT column, 'Lưu'.",
    "'ước sản xuất' → estimate; the parts after '; trong đó' continue the clause: estimate, total 41,5 triệu, same-sentence period.",
    "'đạt 103,8% kế hoạch' → percent attribute of the whole.",
    "Flattened '|' table, 'Đơn vị tính: nghìn cây': 12 cells, value x1000, unit cây; subject = indicator + row + column;",
    "period from the column header (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "Section 3 standing figures (5 phòng, công suất, price) carry no period; 'giảm 100 đồng so với năm 2023' → change in đồng.",
    "Section II: 'Phấn đấu' governs the whole ';' chain (target); the year stands only in the heading 'KẾ HOẠCH NĂM 2025' (inherited).",
]

if __name__ == "__main__":
    write(4, TEXT, NOTES, FIGS, published="2024-12-18", location="Tuyên Quang")
