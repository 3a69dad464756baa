"""p1146-3: formal report, UBND tỉnh Thái Bình, slaughter management 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động giết mổ gia súc năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống cơ sở giết mổ
Tính đến ngày 30/11/2024, toàn tỉnh có 1.052 cơ sở, điểm giết mổ gia súc, giảm 87 điểm so với năm 2023, gồm 9 cơ sở giết mổ tập trung và 1.043 điểm giết mổ nhỏ lẻ. Số cơ sở, điểm được kiểm soát giết mổ là 318, đạt 30,2%.

2. Kết quả kiểm soát giết mổ theo địa bàn
Đơn vị tính: cơ sở
Huyện, thành phố | Giết mổ tập trung | Điểm nhỏ lẻ | Được kiểm soát
TP Thái Bình | 3 | 96 | 71
Huyện Hưng Hà | 2 | 187 | 58
Huyện Vũ Thư | 2 | 142 | 49
Các huyện còn lại | 2 | 618 | 140
Tổng cộng | 9 | 1.043 | 318

3. Sản lượng giết mổ và xử lý vi phạm
Năm 2024, lượng gia súc được kiểm soát giết mổ ước đạt 412.600 con lợn, tăng 11,5% so với năm 2023, và 9.350 con trâu, bò. Cán bộ kiểm soát giết mổ đã đóng dấu trên 31.000 tấn thịt; phát hiện, tiêu hủy 1.860 kg thịt lợn bị bệnh. Các đoàn kiểm tra đã xử phạt 64 cơ sở với tổng số tiền 287,5 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 50% số lợn giết mổ trên địa bàn được kiểm soát; đưa vào hoạt động thêm 2 cơ sở giết mổ tập trung, công suất mỗi cơ sở từ 500 đến 800 con lợn/ngày đêm.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Sở Nông nghiệp và PTNT;
- Lưu: VT, NNTNMT.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)

COLS = {"Giết mổ tập trung": "cơ sở giết mổ tập trung", "Điểm nhỏ lẻ": "điểm giết mổ nhỏ lẻ",
        "Được kiểm soát": "cơ sở, điểm được kiểm soát giết mổ"}


def cell(anchor, number, value, row, col, place=None):
    subj = COLS[col] if place else f"{COLS[col]} {row}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "count", "cơ sở", subject=subj, period=I(ASOF), **kw)


FIGS = [
    F("có 1.052 cơ sở", "1.052", 1052, "count", "cơ sở, điểm",
      change=C("decrease", 87, "điểm", "năm 2023"), subject="cơ sở, điểm giết mổ gia súc", period=ASOF),
    F("gồm 9 cơ sở", "9", 9, "count", "cơ sở", total=1052, subject="cơ sở giết mổ tập trung", period=ASOF),
    F("và 1.043 điểm", "1.043", 1043, "count", "điểm", total=1052, subject="điểm giết mổ nhỏ lẻ", period=ASOF),
    F("là 318, đạt", "318", 318, "count", "cơ sở, điểm", percent=30.2,
      subject="cơ sở, điểm được kiểm soát giết mổ", period=I(ASOF)),
    cell("Bình | 3 |", "3", 3, "TP Thái Bình", "Giết mổ tập trung", "TP Thái Bình"),
    cell("| 96 |", "96", 96, "TP Thái Bình", "Điểm nhỏ lẻ", "TP Thái Bình"),
    cell("| 71\n", "71", 71, "TP Thái Bình", "Được kiểm soát", "TP Thái Bình"),
    cell("Hưng Hà | 2", "2", 2, "Huyện Hưng Hà", "Giết mổ tập trung", "Hưng Hà"),
    cell("| 187 |", "187", 187, "Huyện Hưng Hà", "Điểm nhỏ lẻ", "Hưng Hà"),
    cell("| 58\n", "58", 58, "Huyện Hưng Hà", "Được kiểm soát", "Hưng Hà"),
    cell("Vũ Thư | 2", "2", 2, "Huyện Vũ Thư", "Giết mổ tập trung", "Vũ Thư"),
    cell("| 142 |", "142", 142, "Huyện Vũ Thư", "Điểm nhỏ lẻ", "Vũ Thư"),
    cell("| 49\n", "49", 49, "Huyện Vũ Thư", "Được kiểm soát", "Vũ Thư"),
    cell("còn lại | 2", "2", 2, "các huyện còn lại", "Giết mổ tập trung"),
    cell("| 618 |", "618", 618, "các huyện còn lại", "Điểm nhỏ lẻ"),
    cell("| 140\n", "140", 140, "các huyện còn lại", "Được kiểm soát"),
    cell("Tổng cộng | 9", "9", 9, "tổng cộng", "Giết mổ tập trung"),
    cell("| 1.043 |", "1.043", 1043, "tổng cộng", "Điểm nhỏ lẻ"),
    cell("| 318\n", "318", 318, "tổng cộng", "Được kiểm soát"),
    F("ước đạt 412.600 con", "412.600", 412600, "count", "con lợn", status="estimate",
      change=C("increase", 11.5, "%", "năm 2023"), subject="lợn được kiểm soát giết mổ", period=Y24),
    F("9.350 con trâu", "9.350", 9350, "count", "con trâu, bò", status="estimate",
      subject="trâu, bò được kiểm soát giết mổ", period=Y24),
    F("trên 31.000 tấn", "31.000", 31000, "measure", "tấn", approx="over",
      subject="thịt được đóng dấu kiểm soát giết mổ", period=I(Y24)),
    F("1.860 kg", "1.860", 1860, "measure", "kg", subject="thịt lợn bị bệnh bị phát hiện, tiêu hủy",
      period=I(Y24)),
    F("xử phạt 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(Y24)),
    F("287,5 triệu", "287,5", 287500000, "money", "đồng", subject="tổng số tiền xử phạt", period=I(Y24)),
    F("Phấn đấu 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ lợn giết mổ trên địa bàn được kiểm soát", period=Y25),
    F("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="target",
      subject="cơ sở giết mổ tập trung đưa vào hoạt động thêm", period=Y25),
    F("từ 500 đến 800", "500", 500, "measure", "con lợn/ngày đêm", value_max=800, status="target",
      subject="công suất mỗi cơ sở giết mổ tập trung mới", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 318/BC-UBND', 'Thái Bình, ngày 20 tháng 12 năm 2024', sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number 318/BC-UBND (318 is also a real figure below), section numbers, 'Lưu: VT, NNTNMT'.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở'; a place row gives the location (TP Thái Bình reduces to Thái Bình), other rows",
    "   ('Các huyện còn lại', 'Tổng cộng') keep the row label in the subject. Table cells: no total; as-of period inherited.",
    "318 'đạt 30,2%' has no part-of cue (no 'trong đó', no '/'): percent only, no total.",
    "'tăng 11,5% so với năm 2023' stands after the pigs only. Section II figures take PHƯƠNG HƯỚNG NĂM 2025 (inherited), status target.",
]

if __name__ == "__main__":
    write("p1146-3", TEXT, NOTES, FIGS, published="2024-12-20", location="Thái Bình")
