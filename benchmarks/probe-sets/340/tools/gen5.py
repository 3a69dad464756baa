from lib import F, P, C, T, emit

TEXT = """UBND TỈNH BÌNH PHƯỚC
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 415/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Phước, ngày 20 tháng 12 năm 2024

BÁO CÁO
Tình hình chăn nuôi ong mật năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ NĂM 2024
1. Quy mô và sản lượng
Năm 2024, chăn nuôi ong trên địa bàn tỉnh duy trì ổn định, kết quả theo địa bàn như sau:

Bảng 1. Quy mô đàn ong và sản lượng mật theo địa bàn
Địa bàn | Số hộ nuôi (hộ) | Tổng đàn (nghìn đàn) | Sản lượng mật (tấn) | Sản lượng so với năm 2023 (%)
Bù Đăng | 312 | 58,4 | 3.120 | 104,6
Bù Gia Mập | 268 | 49,7 | 2.640 | 98,2
Đồng Phú | 205 | 41,3 | 2.215 | 101,9
Các địa phương khác | 390 | 87,6 | 4.525 | 103,1
Toàn tỉnh | 1.175 | 237,0 | 12.500 | 102,3

Giá trị sản xuất ngành ong năm 2024 ước đạt 412 tỷ đồng, chiếm 2,3% giá trị sản xuất chăn nuôi toàn tỉnh.

2. Chế biến, xuất khẩu
Toàn tỉnh có 7 cơ sở sơ chế, chế biến mật ong với tổng công suất 25.000 tấn/năm. Lượng mật xuất khẩu 11 tháng năm 2024 đạt 9.870 tấn (kế hoạch năm 12.000 tấn), giảm 8,6% so với cùng kỳ do ảnh hưởng của thuế chống bán phá giá tại Hoa Kỳ.

II. KẾ HOẠCH NĂM 2025
Phấn đấu tổng đàn đạt 240 nghìn đàn, sản lượng mật 13.500 tấn; 100% cơ sở nuôi từ 200 đàn trở lên được cấp mã số vùng nuôi theo Quyết định số 1780/QĐ-UBND.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCCNTY.
GIÁM ĐỐC
Trần Văn Lâm
"""

Y24I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25I = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

COLS = [("hộ", "count", "số hộ nuôi", 1), ("đàn", "count", "tổng đàn", 1000),
        ("tấn", "measure", "sản lượng mật", 1), ("%", "percent", "sản lượng so với năm 2023", 1)]
ROWS = [("Bù Đăng", ["312", "58,4", "3.120", "104,6"], "Bù Đăng"),
        ("Bù Gia Mập", ["268", "49,7", "2.640", "98,2"], "Bù Gia Mập"),
        ("Đồng Phú", ["205", "41,3", "2.215", "101,9"], "Đồng Phú"),
        ("Các địa phương khác", ["390", "87,6", "4.525", "103,1"], None),
        ("Toàn tỉnh", ["1.175", "237,0", "12.500", "102,3"], None)]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, cells, loc in ROWS:
    for i, (cell, (unit, kind, colname, mult)) in enumerate(zip(cells, COLS)):
        left = label if i == 0 else cells[i - 1]
        right = " |" if i < 3 else "\n"
        anchor = f"{left} | {cell}{right}"
        v = num(cell) * mult
        v = int(v) if abs(v - round(v)) < 1e-9 and kind != "percent" else round(v, 4)
        subj = colname if loc else f"{colname} {label.lower()}"
        kw = {"period": Y24I}
        if loc:
            kw["location"] = loc
        FIGS.append(F(anchor, cell, v, kind, unit, subj, **kw))

FIGS += [
    F("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng", "giá trị sản xuất ngành ong", status="estimate",
      percent=2.3, period=Y24),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở sơ chế, chế biến mật ong", period=Y24I),
    F("25.000 tấn/năm", "25.000", 25000, "measure", "tấn/năm", "tổng công suất sơ chế, chế biến mật ong", period=Y24I),
    F("đạt 9.870 tấn", "9.870", 9870, "measure", "tấn", "lượng mật xuất khẩu", target=T(12000, "tấn"),
      change=C("decrease", 8.6, "%", "cùng kỳ"), period=M11),
    F("đạt 240 nghìn đàn", "240", 240000, "count", "đàn", "tổng đàn", status="target", period=Y25I),
    F("sản lượng mật 13.500 tấn", "13.500", 13500, "measure", "tấn", "sản lượng mật", status="target", period=Y25I),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi từ 200 đàn trở lên được cấp mã số vùng nuôi",
      status="target", period=Y25I),
    F("từ 200 đàn", "200", 200, "count", "đàn", "quy mô cơ sở nuôi", approx="at_least", optional=True),
]

COMMENTS = [
    "Formal report with letterhead (Sở NN&PTNT Bình Phước, 'Số: 415/BC-SNN'); the place-and-date line 'Bình Phước, ngày 20 tháng 12 năm 2024' is its date.",
    "Flattened '|' table, units in the column headers: '(hộ)', '(nghìn đàn)' (58,4 = 58.400 đàn), '(tấn)', '(%)'. Every numeric cell is a figure; district rows take the district as location,",
    "'Các địa phương khác' and 'Toàn tỉnh' keep the province and put the row label in the subject. Period 'Năm 2024' from the text above the table (inherited). No totals on table cells.",
    "'ước đạt 412 tỷ đồng, chiếm 2,3%' estimate with percent. '9.870 tấn (kế hoạch năm 12.000 tấn), giảm 8,6% so với cùng kỳ': target 12.000 tấn and change.",
    "Section II heading 'KẾ HOẠCH NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets. The threshold 'từ 200 đàn trở lên' is optional.",
    "Distractors: document number, section numbers I./II./1./2., 'Bảng 1', 'Quyết định số 1780/QĐ-UBND', 'Lưu: VT, CCCNTY', signer.",
]

emit("p340-5", TEXT, COMMENTS, FIGS, published="2024-12-20", location="Bình Phước")
