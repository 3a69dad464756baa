"""p681-3: formal report, UBND tỉnh Điện Biên — need and sources for salary reform 2024, flattened '|' table, shortfall by district."""
import sys
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 05 tháng 8 năm 2024

BÁO CÁO
Nhu cầu và nguồn kinh phí thực hiện cải cách tiền lương năm 2024

Thực hiện Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ và Thông tư số 62/2024/TT-BTC của Bộ Tài chính, UBND tỉnh báo cáo như sau:

I. Đối tượng điều chỉnh
Tính đến ngày 30/6/2024, tổng số người hưởng lương, phụ cấp từ ngân sách địa phương là 27.915 người, giảm 1.204 người so với năm 2021 do thực hiện tinh giản biên chế; trong đó cán bộ, công chức cấp xã 3.946 người.

II. Nhu cầu và nguồn kinh phí
Bảng 1. Nhu cầu, nguồn thực hiện cải cách tiền lương năm 2024
Đơn vị tính: tỷ đồng
STT | Nội dung | Cấp tỉnh | Cấp huyện | Tổng số
1 | Nhu cầu kinh phí tăng thêm | 186,4 | 402,7 | 589,1
2 | Nguồn năm trước chuyển sang | 95,2 | 141,3 | 236,5
3 | Tiết kiệm 10% chi thường xuyên | 21,6 | 38,9 | 60,5
4 | 70% tăng thu ngân sách địa phương | 12,0 | 5,4 | 17,4
5 | Số còn thiếu | 57,6 | 217,1 | 274,7

Tổng nguồn của tỉnh chỉ đáp ứng được 53,4% nhu cầu; cấp huyện thiếu nhiều nhất là huyện Mường Nhé (48,3 tỷ đồng), Tủa Chùa (36,9 tỷ đồng) và Nậm Pồ (33,2 tỷ đồng).

III. Kiến nghị
Đề nghị Bộ Tài chính bổ sung có mục tiêu 274,7 tỷ đồng cho tỉnh để bảo đảm chi trả kịp thời cho 27.915 người hưởng lương.

Nơi nhận:
- Bộ Tài chính;
- Bộ Nội vụ;
- Lưu: VT, KT.
"""

Y = I(P("năm 2024", "2024-01-01", "2024-12-31"))
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

ROWS = [
    ("Nhu cầu kinh phí tăng thêm", ["186,4", "402,7", "589,1"]),
    ("Nguồn năm trước chuyển sang", ["95,2", "141,3", "236,5"]),
    ("Tiết kiệm 10% chi thường xuyên", ["21,6", "38,9", "60,5"]),
    ("70% tăng thu ngân sách địa phương", ["12,0", "5,4", "17,4"]),
    ("Số còn thiếu", ["57,6", "217,1", "274,7"]),
]
COLS = ["cấp tỉnh", "cấp huyện", "tổng số"]

FIGS = [
    F("là 27.915 người", "27.915", 27915, "count", "người",
      "người hưởng lương, phụ cấp từ ngân sách địa phương", ASOF,
      change=CH("decrease", 1204, "người", "năm 2021")),
    F("cấp xã 3.946 người", "3.946", 3946, "count", "người",
      "cán bộ, công chức cấp xã", ASOF, total=27915),
]
for label, cells in ROWS:
    for j, (num, col) in enumerate(zip(cells, COLS)):
        anchor = f"| {num}" + (" |" if j < 2 else "")
        v = float(num.replace(",", ".")) * 1e9
        FIGS.append(F(anchor, num, v, "money", "đồng", f"{label} {col}", Y))
FIGS += [
    F("Tiết kiệm 10%", "10", 10, "percent", "%", "tỷ lệ tiết kiệm chi thường xuyên", optional=True),
    F("| 70% tăng", "70", 70, "percent", "%", "tỷ lệ tăng thu ngân sách địa phương", optional=True),
    F("đáp ứng được 53,4%", "53,4", 53.4, "percent", "%",
      "tỷ lệ tổng nguồn của tỉnh đáp ứng nhu cầu kinh phí cải cách tiền lương", Y),
    F("Mường Nhé (48,3 tỷ đồng)", "48,3", 48.3e9, "money", "đồng",
      "kinh phí cải cách tiền lương cấp huyện còn thiếu", Y, location="Mường Nhé"),
    F("Tủa Chùa (36,9 tỷ đồng)", "36,9", 36.9e9, "money", "đồng",
      "kinh phí cải cách tiền lương cấp huyện còn thiếu", Y, location="Tủa Chùa"),
    F("Nậm Pồ (33,2 tỷ đồng)", "33,2", 33.2e9, "money", "đồng",
      "kinh phí cải cách tiền lương cấp huyện còn thiếu", Y, location="Nậm Pồ"),
    F("mục tiêu 274,7 tỷ đồng", "274,7", 274.7e9, "money", "đồng",
      "kinh phí đề nghị Bộ Tài chính bổ sung có mục tiêu", Y),
    F("cho 27.915 người", "27.915", 27915, "count", "người",
      "người hưởng lương", optional=True),
]

COMMENTS = [
    "Formal report Số: 287/BC-UBND of UBND tỉnh Điện Biên, 05/8/2024: need and sources of salary reform funding 2024, '|' table (Đơn vị tính: tỷ đồng).",
    "Distractors: Số: 287/BC-UBND, Nghị định số 73/2024/NĐ-CP ngày 30/6/2024, Thông tư số 62/2024/TT-BTC, section numbers I./II./III.,",
    "'Bảng 1', row numbers 1-5 (STT), 'Lưu: VT, KT.'.",
    "Table: every numeric cell is a money figure (×10^9 from the unit line); subject = row label + column; period 'năm 2024' from the",
    "table title line (another line: inherited, unscored). No totals within the table (no cue; cf. shared h23/h24 and probe 469).",
    "'10%' and '70%' inside row labels name statutory sources: optional.",
    "27.915 người: as-of 30/6/2024, change −1.204 người vs năm 2021; 3.946 after 'trong đó' takes 27.915.",
    "District shortfalls in a list: location = the district, subject = the list's indicator; 'là' is no part-of cue, so no total.",
    "The repeated 27.915 in the recommendation is a restatement: optional. 274,7 tỷ requested is its own claim: required.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p681-3", TEXT, COMMENTS, FIGS, published="2024-08-05", location="Điện Biên") else 1)
