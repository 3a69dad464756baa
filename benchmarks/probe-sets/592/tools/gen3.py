from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KIÊN GIANG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                  Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND            Kiên Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển kinh tế ban đêm tại thành phố Phú Quốc 9 tháng năm 2024

Thực hiện Kế hoạch số 156/KH-UBND ngày 14/7/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Lượt khách và doanh thu
9 tháng năm 2024, các khu dịch vụ ban đêm tại Phú Quốc ước đón 2,74 triệu lượt khách, đạt 78,3% kế hoạch năm, tăng 22,6% so với cùng kỳ; doanh thu ước đạt 3.916 tỷ đồng. Chi tiêu bình quân của khách quốc tế khoảng 95 USD/đêm, khách nội địa khoảng 1,1 triệu đồng/đêm.

Bảng 1. Kết quả hoạt động các khu kinh tế đêm 9 tháng năm 2024
Khu vực | Số gian hàng | Lượt khách (nghìn lượt) | Doanh thu (tỷ đồng)
Chợ đêm Dinh Cậu | 214 | 865 | 412,5
Chợ đêm Vui Phết | 150 | 1.120 | 2.108
Phố đi bộ Grand World | 96 | 540 | 1.235,5
Phố đêm Sunset Town | 68 | 215 | 160

2. An ninh trật tự
Lực lượng công an tổ chức 1.046 lượt tuần tra, kiểm soát; phát hiện, xử lý 38 vụ vi phạm (21 vụ trộm cắp tài sản, 11 vụ gây rối trật tự công cộng, 6 vụ lừa đảo khách du lịch), giảm 9 vụ so với cùng kỳ; thu hồi tài sản trị giá 286 triệu đồng. Tỷ lệ vụ việc vi phạm bình quân 1,39 vụ/100.000 lượt khách.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đón 3,5 triệu lượt khách tham gia hoạt động về đêm, doanh thu đạt trên 5.000 tỷ đồng; đưa vào hoạt động thêm 2 phố đi bộ tại phường Dương Đông và An Thới.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.                       KT. CHỦ TỊCH
                                 PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [("Chợ đêm Dinh Cậu", "214", "865", "412,5"),
        ("Chợ đêm Vui Phết", "150", "1.120", "2.108"),
        ("Phố đi bộ Grand World", "96", "540", "1.235,5"),
        ("Phố đêm Sunset Town", "68", "215", "160")]
COLS = [("số gian hàng", "gian hàng", "count", 1),
        ("lượt khách", "lượt", "count", 1e3),
        ("doanh thu", "đồng", "money", 1e9)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đón 2,74 triệu", "2,74", 2740000, "count", "lượt khách", "lượt khách các khu dịch vụ ban đêm", N9,
      percent=78.3, change=CH("increase", 22.6, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 3.916 tỷ", "3.916", 3916e9, "money", "đồng", "doanh thu các khu dịch vụ ban đêm", N9, status="estimate"),
    F("khoảng 95 USD", "95", 95, "money", "USD/đêm", "chi tiêu bình quân của khách quốc tế", I(N9), approx="about"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "money", "đồng/đêm", "chi tiêu bình quân của khách nội địa", I(N9),
      approx="about"),
]
for label, *cells in ROWS:
    for i, (cell, (col, unit, kind, mult)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = f"{label} | {cell} |"
        elif i == 1:
            anchor = f"| {cells[0]} | {cell} |"
        else:
            anchor = f"| {cells[1]} | {cell}\n"
        FIGS.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{col} {label}", I(N9)))

FIGS += [
    F("tổ chức 1.046 lượt", "1.046", 1046, "count", "lượt tuần tra", "lượt tuần tra, kiểm soát", I(N9)),
    F("xử lý 38 vụ", "38", 38, "count", "vụ vi phạm", "vụ vi phạm được phát hiện, xử lý", I(N9),
      change=CH("decrease", 9, unit="vụ", baseline="cùng kỳ")),
    F("(21 vụ", "21", 21, "count", "vụ", "vụ trộm cắp tài sản", I(N9), total=38),
    F("11 vụ gây rối", "11", 11, "count", "vụ", "vụ gây rối trật tự công cộng", I(N9), total=38),
    F("6 vụ lừa đảo", "6", 6, "count", "vụ", "vụ lừa đảo khách du lịch", I(N9), total=38),
    F("trị giá 286 triệu", "286", 286e6, "money", "đồng", "giá trị tài sản thu hồi", I(N9)),
    F("bình quân 1,39 vụ", "1,39", 1.39, "measure", "vụ/100.000 lượt khách", "tỷ lệ vụ việc vi phạm bình quân", I(N9)),
    F("đón 3,5 triệu", "3,5", 3500000, "count", "lượt khách", "lượt khách tham gia hoạt động về đêm", Y24,
      status="target"),
    F("trên 5.000 tỷ", "5.000", 5000e9, "money", "đồng", "doanh thu hoạt động về đêm", Y24, approx="over",
      status="target"),
    F("thêm 2 phố đi bộ", "2", 2, "count", "phố đi bộ", "phố đi bộ đưa vào hoạt động thêm", Y24, status="target"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Kiên Giang, Số: 287/BC-UBND: kinh tế ban đêm tại TP Phú Quốc 9 tháng năm 2024, flattened '|' table.",
    "Place-and-date line 'Kiên Giang, ngày 08 tháng 10 năm 2024' gives published. Figures describe Phú Quốc (location).",
    "Table: every numeric cell is a figure; subject = column + row label (market names, not places); multipliers from the headers",
    "(nghìn lượt ×10³, tỷ đồng ×10⁹). Period comes from the table's title line, not a column header: inherited (unscored).",
    "Table title says 'Kết quả' and has no 'Ước' column: cells are actual (the lead's 'ước' does not govern them).",
    "21 + 11 + 6 = 38 in a bracket right after the whole: total 38; 'giảm 9 vụ' after the bracket is the change of 38.",
    "Rate denominator '100.000 lượt khách' is part of the unit. Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 156/KH-UBND ngày 14/7/2023', section numbers 'I.', '1.', '2.', 'II.', 'Bảng 1', 'QUÝ IV/2024'.",
]

emit("p592-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Phú Quốc")
