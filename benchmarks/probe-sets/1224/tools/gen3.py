"""p1224-3: formal report (UBND tỉnh Long An): Long An LNG power centre, first half of 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LONG AN
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 18 tháng 7 năm 2024

BÁO CÁO
Tình hình triển khai dự án Trung tâm điện khí LNG Long An 6 tháng đầu năm 2024

I. THÔNG TIN CHUNG
Dự án Nhà máy điện khí LNG Long An I và II có tổng công suất 3.000 MW, tổng vốn đầu tư dự kiến 3,13 tỷ USD, xây dựng trên diện tích 129 ha ven sông Soài Rạp, gồm hai nhà máy và kho cảng LNG công suất 3 triệu tấn/năm.

II. KẾT QUẢ THỰC HIỆN
1. Bồi thường, giải phóng mặt bằng
Trong 6 tháng đầu năm 2024, các địa phương đã chi trả bồi thường cho 268 hộ với số tiền 412,7 tỷ đồng, nâng tổng số hộ đã nhận tiền lên 583/641 hộ bị ảnh hưởng (đạt 91%), gồm phạm vi nhà máy, kho cảng và tuyến đường dây 500 kV đấu nối.
Đơn vị tính: hộ
Địa bàn | Số hộ bị ảnh hưởng | Đã chi trả | Chưa chi trả
Huyện Cần Giuộc | 452 | 418 | 34
Huyện Cần Đước | 127 | 112 | 15
Huyện Bến Lức | 62 | 53 | 9
Tổng cộng | 641 | 583 | 58

2. Tiến độ thi công
Nhà đầu tư đã hoàn thành san lấp 96,5 ha mặt bằng nhà máy, đạt 74,8% khối lượng; giải ngân lũy kế 1.280 tỷ đồng. Lao động tại công trường khoảng 620 người, trong đó 410 người là lao động của tỉnh.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu chi trả xong cho 58 hộ còn lại trước ngày 30/9/2024; bố trí 2 khu tái định cư với 350 nền đất. Dự kiến khởi công Nhà máy Long An I trong quý IV/2024.

Nơi nhận:
- Bộ Công Thương;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT, KT.
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CUM = P("6 tháng đầu năm 2024 (lũy kế đến hết kỳ)", None, "2024-06-30")
H2 = P("NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
BY30 = P("trước ngày 30/9/2024", None, "2024-09-30")
COLS = {"Số hộ bị ảnh hưởng": "số hộ bị ảnh hưởng", "Đã chi trả": "số hộ đã chi trả bồi thường",
        "Chưa chi trả": "số hộ chưa chi trả bồi thường"}


def cell(anchor, number, value, row, col):
    loc = None if row == "Tổng cộng" else row
    subj = COLS[col] if loc else f"tổng cộng {COLS[col]}"
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "count", "hộ", subject=subj, period=I(CUM), **kw)


FIGS = [
    F("tổng công suất 3.000 MW", "3.000", 3000, "measure", "MW",
      subject="tổng công suất dự án Nhà máy điện khí LNG Long An I và II"),
    F("dự kiến 3,13 tỷ USD", "3,13", 3130000000, "money", "USD", status="forecast",
      subject="tổng vốn đầu tư dự án"),
    F("diện tích 129 ha", "129", 129, "measure", "ha", subject="diện tích xây dựng dự án"),
    F("gồm hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy của dự án"),
    F("công suất 3 triệu tấn/năm", "3", 3000000, "measure", "tấn/năm", subject="công suất kho cảng LNG"),
    F("cho 268 hộ", "268", 268, "count", "hộ", subject="hộ được chi trả bồi thường", period=H1),
    F("số tiền 412,7 tỷ", "412,7", 412700000000, "money", "đồng", subject="số tiền bồi thường đã chi trả", period=H1),
    F("lên 583/641 hộ", "583", 583, "count", "hộ", total=641, percent=91,
      subject="tổng số hộ đã nhận tiền bồi thường", period=CUM),
    F("đường dây 500 kV", "500", 500, "measure", "kV", optional=True, subject="cấp điện áp đường dây đấu nối"),
    cell("Giuộc | 452", "452", 452, "Cần Giuộc", "Số hộ bị ảnh hưởng"),
    cell("452 | 418", "418", 418, "Cần Giuộc", "Đã chi trả"),
    cell("418 | 34", "34", 34, "Cần Giuộc", "Chưa chi trả"),
    cell("Đước | 127", "127", 127, "Cần Đước", "Số hộ bị ảnh hưởng"),
    cell("127 | 112", "112", 112, "Cần Đước", "Đã chi trả"),
    cell("112 | 15", "15", 15, "Cần Đước", "Chưa chi trả"),
    cell("Lức | 62", "62", 62, "Bến Lức", "Số hộ bị ảnh hưởng"),
    cell("62 | 53", "53", 53, "Bến Lức", "Đã chi trả"),
    cell("53 | 9", "9", 9, "Bến Lức", "Chưa chi trả"),
    cell("Tổng cộng | 641", "641", 641, "Tổng cộng", "Số hộ bị ảnh hưởng"),
    cell("641 | 583", "583", 583, "Tổng cộng", "Đã chi trả"),
    cell("583 | 58", "58", 58, "Tổng cộng", "Chưa chi trả"),
    F("san lấp 96,5 ha", "96,5", 96.5, "measure", "ha", percent=74.8,
      subject="diện tích mặt bằng nhà máy đã san lấp", period=I(CUM)),
    F("lũy kế 1.280 tỷ", "1.280", 1280000000000, "money", "đồng", subject="vốn giải ngân lũy kế", period=I(CUM)),
    F("khoảng 620 người", "620", 620, "count", "người", approx="about", subject="lao động tại công trường"),
    F("410 người", "410", 410, "count", "người", total=620, subject="lao động của tỉnh làm việc tại công trường"),
    F("cho 58 hộ", "58", 58, "count", "hộ", status="target", subject="hộ còn lại được chi trả xong bồi thường",
      period=BY30),
    F("bố trí 2 khu", "2", 2, "count", "khu tái định cư", status="target", subject="khu tái định cư bố trí",
      period=H2),
    F("350 nền", "350", 350, "count", "nền đất", status="target", subject="nền đất tái định cư bố trí", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH LONG AN', 'Số: 214/BC-UBND', 'Long An, ngày 18 tháng 7 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: hộ', rows are districts (location of the cell; 'Tổng cộng' row keeps Long An), subject = column label.",
    "Table cells and the cumulative 583/641 are stocks at the end of the half-year ('nâng tổng số … lên'): as-of 30/6/2024, not the 6-month flow",
    "of the 268 hộ / 412,7 tỷ in the same sentence. Table cells: period inherited; no totals for cells (the Tổng cộng row is its own figures).",
    "'đường dây 500 kV' is a voltage class in a line's name: optional. Distractors: Số: 214/BC-UBND, 'Long An I và II', 'Nhà máy Long An I',",
    "'quý IV/2024', section numbers I./II./III./1./2., 'Lưu: VT, KT'. 'Phấn đấu' governs both clauses of section III (status target);",
    "'trước ngày 30/9/2024' belongs to the first clause only; the others inherit the heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024'.",
    "'tổng vốn đầu tư dự kiến' → forecast. Project-level figures are Long An (the text names no district for the site itself).",
]

if __name__ == "__main__":
    write("p1224-3", TEXT, NOTES, FIGS, published="2024-07-18", location="Long An")
