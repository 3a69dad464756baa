"""p709-3: UBND tỉnh Quảng Ngãi formal report, năng lượng tiết kiệm 9 tháng 2024, flattened | table."""
from lib import F, P, CH, TG, emit, inh

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả sử dụng năng lượng tiết kiệm và hiệu quả 9 tháng năm 2024

Thực hiện Công văn số 6512/BCT-ĐTĐL ngày 12/9/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình tiêu thụ điện
9 tháng năm 2024, điện thương phẩm toàn tỉnh ước đạt 2.894,1 triệu kWh, bằng 74,6% kế hoạch năm, tăng 9,1% so với cùng kỳ (chi tiết tại Bảng 1).

Bảng 1. Điện thương phẩm theo thành phần phụ tải
TT | Thành phần | 9 tháng 2023 (triệu kWh) | 9 tháng 2024 (triệu kWh) | Tăng (%)
1 | Công nghiệp, xây dựng | 1.845,2 | 2.017,6 | 9,3
2 | Quản lý, tiêu dùng dân cư | 612,4 | 668,9 | 9,2
3 | Thương mại, dịch vụ | 98,7 | 106,3 | 7,7
4 | Nông, lâm, thủy sản | 41,5 | 44,2 | 6,5
5 | Hoạt động khác | 55,8 | 57,1 | 2,3
 | Tổng cộng | 2.653,6 | 2.894,1 | 9,1

2. Kết quả tiết kiệm điện
Tổng sản lượng điện tiết kiệm 9 tháng ước đạt 61,2 triệu kWh, bằng 2,11% điện thương phẩm (chỉ tiêu năm là 2,0%). Trong đó, khu vực hộ gia đình tiết kiệm 19,4 triệu kWh; chiếu sáng công cộng tiết kiệm 3,6 triệu kWh.

Toàn tỉnh đã thay thế 8.420 bộ đèn chiếu sáng công cộng bằng đèn LED, đạt 84,2% kế hoạch; 36/42 cơ sở sử dụng năng lượng trọng điểm đã thực hiện kiểm toán năng lượng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 tiết kiệm tối thiểu 2,2% tổng điện năng tiêu thụ; dự kiến Pmax của tỉnh trong quý IV ở mức 520-540 MW.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KTN.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
GROW = inh(M9)

ROWS = [  # label, 2023 anchor, 2023 number, 2024 anchor, 2024 number, growth anchor, growth number
    ("Công nghiệp, xây dựng", "| 1.845,2", "1.845,2", "| 2.017,6", "2.017,6", "| 9,3", "9,3"),
    ("Quản lý, tiêu dùng dân cư", "| 612,4", "612,4", "| 668,9", "668,9", "| 9,2", "9,2"),
    ("Thương mại, dịch vụ", "| 98,7", "98,7", "| 106,3", "106,3", "| 7,7", "7,7"),
    ("Nông, lâm, thủy sản", "| 41,5", "41,5", "| 44,2", "44,2", "| 6,5", "6,5"),
    ("Hoạt động khác", "| 55,8", "55,8", "| 57,1", "57,1", "| 2,3", "2,3"),
    ("Tổng cộng", "| 2.653,6", "2.653,6", "| 2.894,1 |", "2.894,1", "2.894,1 | 9,1", "9,1"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đạt 2.894,1 triệu kWh", "2.894,1", 2894.1e6, "measure", "kWh", "điện thương phẩm toàn tỉnh", M9,
      percent=74.6, change=CH("increase", 9.1, baseline="cùng kỳ"), status="estimate"),
]
for label, a23, n23, a24, n24, ag, ng in ROWS:
    FIGS.append(F(a23, n23, num(n23) * 1e6, "measure", "kWh", f"điện thương phẩm {label} 9 tháng 2023", C23))
    FIGS.append(F(a24, n24, num(n24) * 1e6, "measure", "kWh", f"điện thương phẩm {label} 9 tháng 2024", C24))
    FIGS.append(F(ag, ng, num(ng), "percent", "%", f"điện thương phẩm {label} tăng", GROW))

FIGS += [
    F("ước đạt 61,2 triệu kWh", "61,2", 61.2e6, "measure", "kWh", "tổng sản lượng điện tiết kiệm",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=2.11, target=TG(2.0, "%", True), status="estimate"),
    F("tiết kiệm 19,4 triệu kWh", "19,4", 19.4e6, "measure", "kWh", "điện tiết kiệm khu vực hộ gia đình", inh(M9),
      total=61.2e6, status="estimate"),
    F("tiết kiệm 3,6 triệu kWh", "3,6", 3.6e6, "measure", "kWh", "điện tiết kiệm chiếu sáng công cộng", inh(M9),
      total=61.2e6, status="estimate"),
    F("thay thế 8.420 bộ đèn", "8.420", 8420, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng thay thế bằng đèn LED",
      inh(M9), percent=84.2),
    F("36/42 cơ sở", "36", 36, "count", "cơ sở",
      "cơ sở sử dụng năng lượng trọng điểm đã thực hiện kiểm toán năng lượng", inh(M9), total=42),
    F("tối thiểu 2,2%", "2,2", 2.2, "percent", "%", "tiết kiệm tổng điện năng tiêu thụ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("mức 520-540 MW", "520", 520, "measure", "MW", "Pmax của tỉnh", P("quý IV", "2024-10-01", "2024-12-31"),
      value_max=540, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ngãi, Báo cáo số 215/BC-UBND ngày 10/10/2024: điện thương phẩm và tiết kiệm điện 9 tháng 2024.",
    "Flattened '|' table: every numeric cell is a figure; unit/multiplier from column headers '(triệu kWh)'; periods from",
    "column headers (scored); the 'Tăng (%)' column has no period in its header: inherited from the section (unscored).",
    "Table cells are actual (no 'Ước' column) although the prose calls the 9-month total 'ước đạt'. The growth cells are",
    "figures of their own, so the 2024 cells carry no change; no total on table rows (no part-of cue, only a 'Tổng cộng' row).",
    "'chỉ tiêu năm là 2,0%' is the target attribute of 61,2 triệu kWh (as h09). Row numbers 1-5, 'Bảng 1', I./II./1./2.,",
    "'Số: 215/BC-UBND', 'Công văn số 6512/BCT-ĐTĐL' are not figures. 'Trong đó' parts keep the 'ước' status.",
]

if __name__ == "__main__":
    emit("p709-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Quảng Ngãi")
