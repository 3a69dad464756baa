"""p1283-3: formal report (UBND tỉnh Tiền Giang, Số: 27/BC-UBND): fruit juice 2024, flattened '|' table by product."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH TIỀN GIANG
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Giang, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả chế biến nước ép trái cây năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất và tiêu thụ
Năm 2024, toàn tỉnh có 11 cơ sở chế biến nước ép trái cây quy mô công nghiệp, tổng công suất thiết kế 42.000 tấn sản phẩm/năm. Sản lượng nước ép năm 2024 đạt 32.400 tấn, tăng 13,7% so với năm 2023, đạt 101,3% kế hoạch (kế hoạch 32.000 tấn). Kim ngạch xuất khẩu đạt 38,5 triệu USD, tăng 11,2% so với năm 2023; trong đó thị trường EU chiếm 41%.

Sản lượng nước ép theo sản phẩm
Đơn vị tính: tấn
STT | Sản phẩm | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
1 | Nước ép khóm | 18.450 | 21.300 | 115,4 | 23.000
2 | Nước ép thanh long | 6.120 | 7.480 | 122,2 | 8.500
3 | Nước ép xoài và trái cây khác | 3.930 | 3.620 | 92,1 | 4.000
 | Tổng cộng | 28.500 | 32.400 | 113,7 | 35.500

2. Nguyên liệu, lao động
Các cơ sở đã thu mua khoảng 96.000 tấn trái cây tươi, trong đó khóm 61.500 tấn, thanh long 23.800 tấn; giá khóm nguyên liệu bình quân 6.500 đồng/kg. Ngành chế biến nước ép giải quyết việc làm cho 2.150 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng nước ép năm 2025 đạt 35.500 tấn; kim ngạch xuất khẩu trên 42 triệu USD; dự kiến đưa vào hoạt động thêm 2 nhà máy tại huyện Tân Phước và huyện Chợ Gạo.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = period("năm 2024", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("Nước ép khóm", ["18.450", "21.300", "115,4", "23.000"]),
        ("Nước ép thanh long", ["6.120", "7.480", "122,2", "8.500"]),
        ("Nước ép xoài và trái cây khác", ["3.930", "3.620", "92,1", "4.000"]),
        ("Tổng cộng", ["28.500", "32.400", "113,7", "35.500"])]


def cell(prev, num, row, col):
    anchor = f"{prev} | {num}"
    x = float(num.replace(".", "").replace(",", "."))
    if col == "So với cùng kỳ (%)":
        return F(anchor, num, x, "percent", "%", subject=f"sản lượng {row.lower()} so với cùng kỳ",
                 period=inherit(Y24))
    kw = {}
    if col == "Năm 2023":
        p = Y23
    elif col == "Năm 2024":
        p = Y24
    else:
        p, kw = K25, {"status": "target"}
    return F(anchor, num, x, "measure", "tấn", subject=f"sản lượng {row.lower()} {col.lower()}", period=p, **kw)


CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(prev, n, label, col))
        prev = n

FIGS = [
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở chế biến nước ép trái cây quy mô công nghiệp",
      period=Y24),
    F("thiết kế 42.000 tấn", "42.000", 42000, "measure", "tấn/năm",
      subject="tổng công suất thiết kế", period=Y24),
    F("đạt 32.400 tấn", "32.400", 32400, "measure", "tấn", percent=101.3, target=target(32000, "tấn"),
      change=change("increase", 13.7, "%", "năm 2023"), subject="sản lượng nước ép", period=Y24b),
    F("đạt 38,5 triệu", "38,5", 38.5e6, "money", "USD", change=change("increase", 11.2, "%", "năm 2023"),
      subject="kim ngạch xuất khẩu", period=inherit(Y24)),
    F("chiếm 41%", "41", 41, "percent", "%", subject="thị trường EU trong kim ngạch xuất khẩu",
      period=inherit(Y24)),
] + CELLS + [
    F("khoảng 96.000 tấn", "96.000", 96000, "measure", "tấn", approx="about",
      subject="trái cây tươi các cơ sở thu mua", period=inherit(Y24)),
    F("khóm 61.500 tấn", "61.500", 61500, "measure", "tấn", total=96000, subject="khóm thu mua",
      period=inherit(Y24)),
    F("thanh long 23.800 tấn", "23.800", 23800, "measure", "tấn", total=96000, subject="thanh long thu mua",
      period=inherit(Y24)),
    F("6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", subject="giá khóm nguyên liệu bình quân",
      period=inherit(Y24)),
    F("cho 2.150 lao động", "2.150", 2150, "count", "lao động",
      subject="lao động ngành chế biến nước ép giải quyết việc làm", period=inherit(Y24)),
    F("8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân",
      period=inherit(Y24)),
    F("đạt 35.500 tấn", "35.500", 35500, "measure", "tấn", status="target", subject="sản lượng nước ép",
      period=Y25),
    F("trên 42 triệu", "42", 42e6, "money", "USD", approx="over", status="target",
      subject="kim ngạch xuất khẩu", period=Y25),
    F("thêm 2 nhà máy", "2", 2, "count", "nhà máy", status="forecast", subject="nhà máy đưa vào hoạt động thêm",
      period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH TIỀN GIANG', 'Số: 27/BC-UBND', 'Tiền Giang, ngày 15 tháng 01 năm 2025' (published), sections I/II, 'Nơi nhận'.",
    "Distractors: Số: 27/BC-UBND, the letterhead date, section numbers I./II./1./2., STT row numbers 1-3, 'Lưu: VT, KTN'.",
    "'đạt 101,3% kế hoạch (kế hoạch 32.000 tấn)' → percent 101,3 and target 32.000 tấn of the 32.400 tấn (a plan, not a whole).",
    "'trong đó thị trường EU chiếm 41%' is a percent figure of its own (EU is a trade partner: location stays Tiền Giang).",
    "Flattened '|' table, 'Đơn vị tính: tấn': subject = caption indicator + row + column; period from the column header (scored);",
    "'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (index vs the year before); their header has no",
    "period, so the 2024 period is marked inherited (not scored). Table cells get no total (no cue precedes the parts).",
    "'trong đó khóm 61.500 tấn, thanh long 23.800 tấn' → total 96.000; section I's year is inherited (section heading).",
    "Section II: 'năm 2025' stands in the sentence: target for the first two clauses, 'dự kiến' → forecast for the third;",
    "'2 nhà máy tại huyện Tân Phước và huyện Chợ Gạo' spans two districts → location stays Tiền Giang.",
    "revised after the first run: 42.000 tấn sản phẩm/năm → unit 'tấn/năm' (shortest noun phrase; cf. shared gold h07 'doanh nghiệp/1.000 dân').",
]

if __name__ == "__main__":
    write("p1283-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Tiền Giang")
