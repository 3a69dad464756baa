"""p1042-3: formal report (UBND tỉnh Quảng Ninh), thu tiền thuê đất và nợ đọng 6 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """
UBND TỈNH QUẢNG NINH
Số: 215/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình thu tiền thuê đất và xử lý nợ đọng 6 tháng đầu năm 2024

I. KẾT QUẢ THU
1. Thu tiền thuê đất 6 tháng đầu năm 2024 đạt 1.084 tỷ đồng, bằng 54,2% dự toán HĐND tỉnh giao, tăng 11,7% so với cùng kỳ. Số tổ chức nộp tiền thuê đất hằng năm là 2.615 đơn vị.
2. Thu tiền sử dụng đất đạt 2.390 tỷ đồng, bằng 39,8% dự toán.

II. TÌNH HÌNH NỢ ĐỌNG
Đến ngày 30/6/2024, tổng nợ tiền thuê đất là 412,5 tỷ đồng của 163 dự án, chi tiết như sau:

Đơn vị tính: tỷ đồng
Địa phương | Số dự án nợ | Số nợ | Nợ trên 1 năm
Hạ Long | 58 | 167,3 | 98,4
Cẩm Phả | 31 | 74,6 | 40,2
Móng Cái | 27 | 69,8 | 31,5
Quảng Yên | 25 | 57,1 | 22,9
Địa phương khác | 22 | 43,7 | 18,0
Tổng cộng | 163 | 412,5 | 211,0

Trong số 163 dự án nợ, có 14 dự án chậm nộp tiền thuê đất quá 24 tháng, thuộc diện xem xét thu hồi đất theo khoản 3 Điều 81 Luật Đất đai năm 2024.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu thu tiền thuê đất cả năm 2024 đạt 2.150 tỷ đồng; thu hồi tối thiểu 50% số nợ đọng.
2. Giao Cục Thuế tỉnh công khai danh sách các dự án chậm nộp trên Cổng thông tin điện tử tỉnh trước ngày 31/8/2024.

Nơi nhận:
- Bộ Tài chính;
- Thường trực Tỉnh ủy;
- Lưu: VT, KTTC.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Đến ngày 30/6/2024", None, "2024-06-30")
TY = 1e9

ROWS = [  # label, location, projects, debt, debt > 1 year
    ("Hạ Long", "Hạ Long", "58", "167,3", "98,4"),
    ("Cẩm Phả", "Cẩm Phả", "31", "74,6", "40,2"),
    ("Móng Cái", "Móng Cái", "27", "69,8", "31,5"),
    ("Quảng Yên", "Quảng Yên", "25", "57,1", "22,9"),
    ("Địa phương khác", None, "22", "43,7", "18,0"),
    ("Tổng cộng", None, "163", "412,5", "211,0"),
]


def num(s):
    return float(s.replace(",", "."))


def table_figs():
    out = []
    for label, loc, n, debt, old in ROWS:
        extra = {} if loc is None else {"location": loc}
        tag = "" if loc else f" {label.lower()}"
        out.append(F(f"{label} | {n} |", n, int(n), "count", "dự án", "số dự án nợ" + tag, I(ASOF), **extra))
        out.append(F(f"| {debt} |", debt, num(debt) * TY, "money", "đồng", "số nợ" + tag, I(ASOF), **extra))
        out.append(F(f"| {old}\n", old, num(old) * TY, "money", "đồng", "nợ trên 1 năm" + tag, I(ASOF), **extra))
    return out


FIGS = [
    F("đạt 1.084 tỷ đồng", "1.084", 1084 * TY, "money", "đồng", "thu tiền thuê đất", H1,
      percent=54.2, change=C("increase", 11.7, baseline="cùng kỳ")),
    F("là 2.615 đơn vị", "2.615", 2615, "count", "đơn vị", "tổ chức nộp tiền thuê đất hằng năm", I(H1)),
    F("đạt 2.390 tỷ đồng", "2.390", 2390 * TY, "money", "đồng", "thu tiền sử dụng đất", I(H1), percent=39.8),
    F("là 412,5 tỷ đồng", "412,5", 412.5 * TY, "money", "đồng", "tổng nợ tiền thuê đất", ASOF),
    F("của 163 dự án", "163", 163, "count", "dự án", "dự án nợ tiền thuê đất", ASOF),
    F("Nợ trên 1 năm", "1", 1, "measure", "năm", approx="over", optional=True),
] + table_figs() + [
    F("có 14 dự án", "14", 14, "count", "dự án", "dự án chậm nộp tiền thuê đất quá 24 tháng", I(ASOF), total=163),
    F("quá 24 tháng", "24", 24, "measure", "tháng", approx="over", optional=True),
    F("đạt 2.150 tỷ đồng", "2.150", 2150 * TY, "money", "đồng", "thu tiền thuê đất",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tối thiểu 50%", "50", 50, "percent", "%", "tỷ lệ thu hồi số nợ đọng",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Quảng Ninh, Số: 215/BC-UBND, 12/7/2024): thu tiền thuê đất 6 tháng 2024; nợ đọng by locality (| table).",
    "Table: 'Đơn vị tính: tỷ đồng' applies to the money columns; 'Số dự án nợ' counts dự án. Place rows go to location;",
    "'Địa phương khác' and 'Tổng cộng' stay Quảng Ninh with the row label in the subject. Cells carry no totals (the total row is a figure).",
    "Table period comes from 'Đến ngày 30/6/2024' above the table (inherited). 'Trong số 163 dự án nợ' restates the 163: attribute only.",
    "revised: table-cell subjects are now the literal row + column labels (FIGURES.md: 'row label and column label'), without 'tiền thuê đất'.",
    "Distractors: Số: 215/BC-UBND, section numbers I.-III., 1.-2., khoản 3 Điều 81, Luật Đất đai năm 2024, dates.",
]

if __name__ == "__main__":
    build("p1042-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Quảng Ninh")
