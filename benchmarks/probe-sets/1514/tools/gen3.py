"""p1514-3: formal report (Sở Công Thương Hải Dương, Số: 215/BC-SCT): household porcelain 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hải Dương, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, kinh doanh ngành sứ gia dụng năm 2024

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, sản lượng sứ gia dụng (bát, đĩa, ấm chén) toàn tỉnh đạt 96,8 triệu sản phẩm, tăng 5,6% so với năm 2023, bằng 102,9% kế hoạch; giá trị sản xuất ước đạt 2.480 tỷ đồng. Kim ngạch xuất khẩu đạt 63,4/60 triệu USD kế hoạch, chiếm khoảng 64% giá trị sản xuất toàn ngành.

2. Sản lượng theo đơn vị
Đơn vị tính: triệu sản phẩm
Đơn vị | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty CP Sứ Hồng Châu | 38,5 | 41,2 | 107,0 | 43,0
Công ty TNHH Sứ Hoàng Phát | 22,7 | 23,9 | 105,3 | 25,0
Các cơ sở khác | 30,5 | 31,7 | 103,9 | 32,0
Tổng cộng | 91,7 | 96,8 | 105,6 | 100,0

3. Lao động, đầu tư
Toàn ngành có 12 doanh nghiệp và 47 cơ sở sản xuất sứ gia dụng, sử dụng 5.830 lao động (trong đó lao động nữ chiếm 62%), thu nhập bình quân 8,6 triệu đồng/người/tháng. Trong năm, Công ty CP Sứ Hồng Châu đầu tư lò nung con lăn tiết kiệm năng lượng tại Cụm công nghiệp Lai Cách, huyện Cẩm Giàng với tổng vốn 115 tỷ đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng sứ gia dụng năm 2025 đạt 100 triệu sản phẩm, kim ngạch xuất khẩu từ 68 đến 70 triệu USD; hỗ trợ ít nhất 5 doanh nghiệp tham gia hội chợ quốc tế; triển khai Quyết định số 1520/QĐ-UBND ngày 12/7/2023 của UBND tỉnh.

Nơi nhận:
- Bộ Công Thương (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
INYEAR = per("Trong năm", "2024-01-01", "2024-12-31")

COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
ROWS = [("Công ty CP Sứ Hồng Châu", "Châu", ["38,5", "41,2", "107,0", "43,0"]),
        ("Công ty TNHH Sứ Hoàng Phát", "Phát", ["22,7", "23,9", "105,3", "25,0"]),
        ("các cơ sở khác", "khác", ["30,5", "31,7", "103,9", "32,0"]),
        ("tổng cộng", "Tổng cộng", ["91,7", "96,8", "105,6", "100,0"])]


def cell(anchor, number, row, col):
    v = float(number.replace(",", "."))
    if col == "So với cùng kỳ (%)":
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng {row} so với cùng kỳ",
                   period=inh(Y24))
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    period = {"Năm 2023": Y23c, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    return fig(anchor, number, v * 1e6, "count", "sản phẩm", subject=f"sản lượng {row} {col.lower()}",
               period=period, **kw)


CELLS = []
for row, lead, nums in ROWS:
    prev = lead
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, row, col))
        prev = n

FIGS = [
    fig("đạt 96,8 triệu", "96,8", 96.8e6, "count", "sản phẩm", percent=102.9,
        change=chg("increase", 5.6, "%", "năm 2023"),
        subject="sản lượng sứ gia dụng toàn tỉnh", period=Y24),
    fig("ước đạt 2.480 tỷ", "2.480", 2480e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất sứ gia dụng", period=Y24),
    fig("đạt 63,4/60", "63,4", 63.4e6, "money", "USD", target=tgt(60e6, "USD"), percent=64,
        subject="kim ngạch xuất khẩu", period=inh(Y24)),
] + CELLS + [
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sứ gia dụng", period=inh(Y24)),
    fig("và 47 cơ sở", "47", 47, "count", "cơ sở", subject="cơ sở sản xuất sứ gia dụng", period=inh(Y24)),
    fig("sử dụng 5.830 lao động", "5.830", 5830, "count", "lao động",
        subject="lao động ngành sứ gia dụng", period=inh(Y24)),
    fig("chiếm 62%", "62", 62, "percent", "%", subject="tỷ lệ lao động nữ", period=inh(Y24)),
    fig("quân 8,6 triệu", "8,6", 8.6e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("vốn 115 tỷ", "115", 115e9, "money", "đồng",
        subject="tổng vốn đầu tư lò nung con lăn tiết kiệm năng lượng", period=INYEAR, location="Cẩm Giàng"),
    fig("đạt 100 triệu", "100", 100e6, "count", "sản phẩm", status="target",
        subject="sản lượng sứ gia dụng", period=Y25),
    fig("từ 68 đến 70 triệu", "68", 68e6, "money", "USD", value_max=70e6, status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ tham gia hội chợ quốc tế", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG / SỞ CÔNG THƯƠNG', 'Số: 215/BC-SCT', 'Hải Dương, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 215/BC-SCT, Quyết định số 1520/QĐ-UBND ngày 12/7/2023, section numbers, the letterhead date, '(b/c)'.",
    "'đạt 96,8 triệu sản phẩm, tăng 5,6% so với năm 2023, bằng 102,9% kế hoạch' → change + percent attribute (one of each).",
    "'đạt 63,4/60 triệu USD kế hoạch' → target 60 triệu USD (result against plan), plus percent 64 from 'chiếm khoảng 64%'.",
    "Flattened '|' table, 'Đơn vị tính: triệu sản phẩm'; rows are companies (not places) → location Hải Dương; subject = row + column;",
    "period from column headers (scored); 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (as written, e.g. 107,0),",
    "status actual (the header has no estimate cue); their year 2024 comes from the neighbouring column, so the period is marked inherited.",
    "Section 3 counts: no period in their sentence; inherited from the section 'KẾT QUẢ NĂM 2024' (not scored). '(trong đó lao động nữ chiếm 62%)'",
    "is a percent figure of its own. 'Trong năm' in an annual report → 2024 (as 'trong tháng' in a monthly report). Investment in huyện Cẩm Giàng.",
    "Section II: 'Phấn đấu' governs the ';'-continued clauses → target; '100 triệu', 'từ 68 đến 70 triệu USD' and 'ít nhất 5 doanh nghiệp' share the sentence's 'năm 2025'.",
]

if __name__ == "__main__":
    write("p1514-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Hải Dương")
