from lib import F, P, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KHÁNH SƠN
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Sơn, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất cây ăn quả 9 tháng năm 2024 và kế hoạch quý IV/2024

Thực hiện Công văn số 2315/SNN-TT ngày 20/9/2024 của Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa, UBND huyện Khánh Sơn báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Tổng diện tích cây ăn quả toàn huyện đến 30/9/2024 là 6.935 ha, tăng 3,6% so với cùng kỳ; trong đó sầu riêng 3.820 ha, chiếm 55,1%. Kết quả cụ thể tại Bảng 1.

Bảng 1. Diện tích, sản lượng cây ăn quả chủ lực 9 tháng năm 2024
Cây trồng | Diện tích (ha) | Diện tích cho thu hoạch (ha) | Sản lượng (tấn) | Sản lượng so cùng kỳ (%)
Sầu riêng | 3.820 | 2.415 | 31.390 | 112,4
Bưởi da xanh | 1.160 | 870 | 10.440 | 104,8
Chôm chôm | 785 | 612 | 6.120 | 97,5
Xoài | 540 | 402 | 3.860 | 101,2

2. Xuất khẩu và tiêu thụ
Trên địa bàn huyện có 27 mã số vùng trồng sầu riêng với diện tích 1.146 ha và 3 cơ sở đóng gói đã được cấp mã xuất khẩu sang Trung Quốc. Giá sầu riêng bình quân tại vườn 9 tháng đạt 68.500 đồng/kg; giá trị sản xuất cây ăn quả ước đạt 2.150 tỷ đồng, đạt 107,5% kế hoạch năm.

II. KẾ HOẠCH QUÝ IV/2024
- Phấn đấu cấp thêm 5 mã số vùng trồng, nâng tổng số lên 32 mã số.
- Kế hoạch trồng mới khoảng 150-200 ha cây ăn quả, chủ yếu là sầu riêng Ri6 và Dona.
- Tổ chức Hội chợ sầu riêng Khánh Sơn lần thứ 3 vào tháng 11/2024.

Nơi nhận:
- Sở NN&PTNT tỉnh;
- TT. Huyện ủy, TT. HĐND huyện;
- Lưu: VT, NN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Cao Văn Minh
"""

D30 = P("đến 30/9/2024", None, "2024-09-30")
D30i = P("đến 30/9/2024", None, "2024-09-30", inh=True)
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

FIGS = [
    F("là 6.935 ha", "6.935", 6935, "measure", "ha", "tổng diện tích cây ăn quả", D30,
      change=CH("increase", 3.6, "%", "cùng kỳ")),
    F("sầu riêng 3.820 ha", "3.820", 3820, "measure", "ha", "diện tích sầu riêng", D30, total=6935, percent=55.1),
]
ROWS = [
    ("Sầu riêng", ["3.820", "2.415", "31.390", "112,4"]),
    ("Bưởi da xanh", ["1.160", "870", "10.440", "104,8"]),
    ("Chôm chôm", ["785", "612", "6.120", "97,5"]),
    ("Xoài", ["540", "402", "3.860", "101,2"]),
]
COLS = [("Diện tích", "measure", "ha"), ("Diện tích cho thu hoạch", "measure", "ha"),
        ("Sản lượng", "measure", "tấn"), ("Sản lượng so cùng kỳ", "percent", "%")]
for label, cells in ROWS:
    for j, (cell, (col, kind, unit)) in enumerate(zip(cells, COLS)):
        if j == 0:
            anchor = f"{label} | {cell}"
        else:
            anchor = f"{cells[j-1]} | {cell}"
        v = float(cell.replace(".", "").replace(",", "."))
        FIGS.append(F(anchor, cell, v, kind, unit, f"{col} {label}", M9i))

FIGS += [
    F("có 27 mã số", "27", 27, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng", D30i),
    F("diện tích 1.146 ha", "1.146", 1146, "measure", "ha", "diện tích mã số vùng trồng sầu riêng", D30i),
    F("và 3 cơ sở", "3", 3, "count", "cơ sở đóng gói", "cơ sở đóng gói được cấp mã xuất khẩu sang Trung Quốc", D30i),
    F("đạt 68.500 đồng/kg", "68.500", 68500, "money", "đồng/kg", "giá sầu riêng bình quân tại vườn", M9),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "giá trị sản xuất cây ăn quả", M9,
      percent=107.5, status="estimate"),
    F("thêm 5 mã", "5", 5, "count", "mã số vùng trồng", "mã số vùng trồng cấp thêm", Q4i, status="target"),
    F("lên 32 mã", "32", 32, "count", "mã số", "tổng số mã số vùng trồng", Q4i, status="target"),
    F("khoảng 150-200 ha", "150", 150, "measure", "ha", "diện tích cây ăn quả trồng mới", Q4i,
      value_max=200, approx="about", status="target"),
    F("lần thứ 3", "3", 3, "count", "lần", optional=True),
]

emit("p280-4", TEXT, [
    "Formal report of UBND huyện Khánh Sơn (Khánh Hòa), letterhead 'Số: 287/BC-UBND', place-and-date line 'Khánh Sơn, ngày 08 tháng 10 năm 2024'.",
    "Fruit-tree area/output 9 months 2024 with a flattened '|' table (Diện tích (ha) | cho thu hoạch (ha) | Sản lượng (tấn) | so cùng kỳ (%)); plan Q4/2024.",
    "Distractors: document numbers, dates, section numbers I./II./1./2., 'Bảng 1', 'Ri6', 'lần thứ 3' (edition, optional), 'tháng 11/2024'.",
    "Table cells: subject = column + row label, unit from the column header; period from the caption above the table (inherited, not scored).",
    "3.820 ha in the text is part of 6.935 ('trong đó') with share 55,1%. '107,5% kế hoạch năm' is the percent of 2.150 tỷ đồng.",
    "Year-less '9 tháng' takes 2024. Plan items under 'II. KẾ HOẠCH QUÝ IV/2024' + 'Phấn đấu': status target, period inherited from the heading.",
], FIGS, published="2024-10-08", location="Khánh Sơn")
