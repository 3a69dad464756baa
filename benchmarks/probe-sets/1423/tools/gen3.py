"""p1423-3: formal report (UBND tỉnh Trà Vinh, Số: 27/BC-UBND): lottery business 2023, support to sellers, '|' table by place."""
from lib import F, per, inh, chg, tgt, write

TEXT = """UBND TỈNH TRÀ VINH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Trà Vinh, ngày 18 tháng 01 năm 2024

BÁO CÁO
Kết quả kinh doanh xổ số kiến thiết năm 2023 và hỗ trợ người bán vé số lưu động

I. KẾT QUẢ NĂM 2023
1. Hoạt động kinh doanh
Năm 2023, Công ty TNHH MTV Xổ số kiến thiết Trà Vinh phát hành 260 triệu vé, tỷ lệ vé không tiêu thụ hết bình quân 3,8%; doanh thu đạt 2.548 tỷ đồng, đạt 101,9% kế hoạch, tăng 7,3% so với năm 2022, xếp thứ 14/21 công ty xổ số khu vực miền Nam; nộp ngân sách 905 tỷ đồng. Công ty duy trì 42 đại lý cấp 1, tỷ lệ hoa hồng đại lý là 10% giá bán vé.

2. Hỗ trợ người bán vé số lưu động
Toàn tỉnh có khoảng 3.600 người bán vé số lưu động. Số người được mua thẻ bảo hiểm y tế từ quỹ phúc lợi của công ty:
Đơn vị tính: người
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
TP Trà Vinh | 420 | 465 | 500
Huyện Càng Long | 180 | 210 | 230
Huyện Cầu Kè | 150 | 172 | 190
Thị xã Duyên Hải | 95 | 118 | 130
Tổng cộng | 845 | 965 | 1.050

Ngoài ra, công ty hỗ trợ 1.200 suất quà Tết, trị giá 600 triệu đồng; phối hợp Ngân hàng Chính sách xã hội cho 35 người bán vé số vay vốn với tổng số tiền 1,4 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu doanh thu đạt 2.650 tỷ đồng, tăng khoảng 4% so với năm 2023; nộp ngân sách không dưới 930 tỷ đồng; mua thẻ bảo hiểm y tế cho 1.050 người bán vé số.

Nơi nhận:
- Bộ Tài chính (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = {"năm 2022": Y22, "năm 2023": Y23, "kế hoạch 2024": K24}
IND = "người bán vé số lưu động được mua thẻ bảo hiểm y tế"


def cell(anchor, number, place, col):
    v = float(number.replace(".", ""))
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    return F(anchor, number, v, "count", "người", subject=f"{IND} {col}", period=COLS[col],
             location=place, **kw)


ROWS = [("TP Trà Vinh", "TP Trà Vinh", ["420", "465", "500"]),
        ("Huyện Càng Long", "Càng Long", ["180", "210", "230"]),
        ("Huyện Cầu Kè", "Cầu Kè", ["150", "172", "190"]),
        ("Thị xã Duyên Hải", "Duyên Hải", ["95", "118", "130"]),
        ("Tổng cộng", "Trà Vinh", ["845", "965", "1.050"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, place, col))
        prev = n

FIGS = [
    F("phát hành 260 triệu", "260", 260e6, "count", "vé", subject="vé công ty phát hành", period=Y23),
    F("bình quân 3,8%", "3,8", 3.8, "percent", "%", subject="tỷ lệ vé không tiêu thụ hết bình quân", period=Y23),
    F("đạt 2.548 tỷ", "2.548", 2548e9, "money", "đồng", percent=101.9,
      change=chg("increase", 7.3, "%", "năm 2022"), subject="doanh thu", period=Y23),
    F("thứ 14/21", "14", 14, "rank", "hạng", total=21,
      subject="doanh thu", period=Y23),
    F("ngân sách 905 tỷ", "905", 905e9, "money", "đồng", subject="nộp ngân sách", period=Y23),
    F("duy trì 42 đại lý", "42", 42, "count", "đại lý", subject="đại lý cấp 1", period=inh(Y23)),
    F("là 10% giá", "10", 10, "percent", "%", subject="tỷ lệ hoa hồng đại lý"),
    F("khoảng 3.600 người", "3.600", 3600, "count", "người", approx="about",
      subject="người bán vé số lưu động"),
] + CELLS + [
    F("hỗ trợ 1.200 suất", "1.200", 1200, "count", "suất quà", subject="suất quà Tết công ty hỗ trợ",
      period=inh(Y23)),
    F("trị giá 600 triệu", "600", 600e6, "money", "đồng", subject="trị giá suất quà Tết", period=inh(Y23)),
    F("cho 35 người", "35", 35, "count", "người", subject="người bán vé số vay vốn", period=inh(Y23)),
    F("tiền 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", subject="tổng số tiền cho người bán vé số vay vốn",
      period=inh(Y23)),
    F("đạt 2.650 tỷ", "2.650", 2650e9, "money", "đồng", status="target",
      change=chg("increase", 4, "%", "năm 2023", approx="about"), subject="doanh thu", period=inh(Y24)),
    F("không dưới 930 tỷ", "930", 930e9, "money", "đồng", approx="at_least", status="target",
      subject="nộp ngân sách", period=inh(Y24)),
    F("cho 1.050 người", "1.050", 1050, "count", "người", status="target",
      subject="người bán vé số được mua thẻ bảo hiểm y tế", period=inh(Y24)),
]

NOTES = [
    "Formal report: 'UBND TỈNH TRÀ VINH', 'Số: 27/BC-UBND', 'Trà Vinh, ngày 18 tháng 01 năm 2024' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, the letterhead date, section numbers I./II./1./2., 'đại lý cấp 1', 'b/c', 'Lưu: VT, KT'.",
    "Flattened '|' table with 'Đơn vị tính: người' and a place column: each cell a count in người; the row's place is its location",
    "(Tổng cộng → Trà Vinh); subject = caption indicator + column label; period from the column header (scored); 'Kế hoạch 2024' → target.",
    "'doanh thu đạt 2.548 tỷ đồng, đạt 101,9% kế hoạch, tăng 7,3% so với năm 2022' → percent 101.9 and change +7.3%.",
    "'xếp thứ 14/21 công ty xổ số khu vực miền Nam' → rank 14, total 21 (as 'xếp hạng 25/63' in the shared gold); location Trà Vinh.",
    "'tỷ lệ hoa hồng đại lý là 10% giá bán vé' is a standing rate: no period.",
    "Section II 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu ...;' governs all three clauses → target; the year stands only in the heading: inherited.",
    "'tăng khoảng 4% so với năm 2023' → change on the 2.650 tỷ target, approx about.",
    "revised after the first run: rank subject 'doanh thu so với các công ty xổ số khu vực miền Nam' → 'doanh thu' (the ranked",
    "indicator; the field of the ranking is not part of it, as in the shared gold's ranks; the 21 is already the total).",
]

if __name__ == "__main__":
    write("p1423-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Trà Vinh")
