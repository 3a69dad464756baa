"""p1500-3: formal report (UBND tỉnh Tây Ninh, Số: 412/BC-UBND): rubber mats 2024, flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất thảm cao su năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất
Năm 2024, trên địa bàn tỉnh có 5 doanh nghiệp sản xuất thảm cao su (thảm chùi chân, thảm lót sàn ô tô, thảm chống trơn), tổng công suất thiết kế 9,5 triệu tấm/năm. Sản lượng cả năm ước đạt 7,42 triệu tấm, tăng 8,6% so với năm 2023, đạt 103% kế hoạch. Lượng cao su nguyên liệu và cao su tái chế sử dụng khoảng 21.500 tấn.

Sản lượng của các doanh nghiệp chủ yếu
Đơn vị tính: nghìn tấm
Doanh nghiệp | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch 2025
Công ty TNHH Cao su Phước Đông | 2.840 | 3.120 | 109,9 | 3.400
Công ty CP Thảm Tân Phát | 1.960 | 2.050 | 104,6 | 2.300
Công ty TNHH Rubmat Việt | 1.200 | 1.410 | 117,5 | 1.600
Tổng cộng | 6.000 | 6.580 | 109,7 | 7.300

2. Tiêu thụ, lao động
Kim ngạch xuất khẩu thảm cao su năm 2024 ước đạt 38,6 triệu USD, chiếm 72% doanh thu toàn ngành. Các doanh nghiệp sử dụng 1.850 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

3. Khó khăn
Giá mủ cao su bình quân tăng 18% so với năm 2023; 2 doanh nghiệp chưa hoàn thành hệ thống xử lý khí thải theo Nghị định số 08/2022/NĐ-CP.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu sản lượng thảm cao su đạt 8 triệu tấm, kim ngạch xuất khẩu trên 42 triệu USD; thu hút ít nhất 1 dự án sản xuất thảm cao su kỹ thuật cao.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
REP = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
CP = {"Năm 2023": Y23, "Năm 2024": Y24, "So với cùng kỳ (%)": REP, "Kế hoạch 2025": K25}


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if col.startswith("So với"):
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng thảm cao su {row} so với cùng kỳ", period=CP[col], **kw)
    v = float(number.replace(".", "")) * 1e3
    return fig(anchor, number, v, "count", "tấm", subject=f"sản lượng thảm cao su {row} {col.lower()}",
               period=CP[col], **kw)


ROWS = [("Công ty TNHH Cao su Phước Đông", "Phước Đông", ["2.840", "3.120", "109,9", "3.400"]),
        ("Công ty CP Thảm Tân Phát", "Tân Phát", ["1.960", "2.050", "104,6", "2.300"]),
        ("Công ty TNHH Rubmat Việt", "Rubmat Việt", ["1.200", "1.410", "117,5", "1.600"]),
        ("tổng cộng", "Tổng cộng", ["6.000", "6.580", "109,7", "7.300"])]
CELLS = []
for label, tail, nums in ROWS:
    prev = tail
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, label, col))
        prev = n

FIGS = [
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất thảm cao su",
        period=Y24),
    fig("thiết kế 9,5 triệu", "9,5", 9.5e6, "measure", "tấm/năm", subject="tổng công suất thiết kế",
        period=Y24),
    fig("ước đạt 7,42 triệu", "7,42", 7.42e6, "count", "tấm", status="estimate", percent=103,
        change=chg("increase", 8.6, "%", "năm 2023"), subject="sản lượng thảm cao su cả năm", period=YEAR),
    fig("khoảng 21.500 tấn", "21.500", 21500, "measure", "tấn", approx="about",
        subject="lượng cao su nguyên liệu và cao su tái chế sử dụng", period=inh(Y24)),
] + CELLS + [
    fig("ước đạt 38,6 triệu", "38,6", 38.6e6, "money", "USD", status="estimate", percent=72,
        subject="kim ngạch xuất khẩu thảm cao su", period=Y24b),
    fig("sử dụng 1.850 lao động", "1.850", 1850, "count", "lao động",
        subject="lao động các doanh nghiệp sử dụng", period=inh(Y24)),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân", period=inh(Y24)),
    fig("tăng 18%", "18", 18, "percent", "%", subject="giá mủ cao su bình quân", period=inh(Y24)),
    fig("2 doanh nghiệp chưa", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp chưa hoàn thành hệ thống xử lý khí thải", period=inh(Y24)),
    fig("đạt 8 triệu tấm", "8", 8e6, "count", "tấm", status="target", subject="sản lượng thảm cao su",
        period=Y25),
    fig("trên 42 triệu", "42", 42e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 1 dự án", "1", 1, "count", "dự án", approx="at_least", status="target",
        subject="dự án sản xuất thảm cao su kỹ thuật cao thu hút", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Tây Ninh, Số: 412/BC-UBND, 'Tây Ninh, ngày 16 tháng 01 năm 2025'): rubber mats 2024, plan 2025.",
    "Distractors: 412/BC-UBND, the letterhead date, section numbers I./II./1.-3., Nghị định số 08/2022/NĐ-CP, 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấm' (×10³); subject = caption indicator + row + column; period from the column",
    "header (scored); 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (ratio to the previous year as written),",
    "their period (the report year 2024) is not in a header of theirs → inherited. Cells get no total.",
    "'ước đạt 7,42 triệu tấm, tăng 8,6% ..., đạt 103% kế hoạch' → change + percent 103; 'cả năm' takes 2024.",
    "'Giá mủ cao su bình quân tăng 18%' is a growth rate as the claim (percent, no change). Section II 'Năm 2025, phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1500-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Tây Ninh")
