"""p997-3: formal report (Sở NN&PTNT Sóc Trăng), fertilizer management 2023, flattened | table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH SÓC TRĂNG
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 1046/BC-SNN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sóc Trăng, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý nhà nước về phân bón năm 2023

I. TÌNH HÌNH SẢN XUẤT, KINH DOANH
1. Tính đến ngày 30/11/2023, toàn tỉnh có 1.184 cơ sở buôn bán phân bón, giảm 37 cơ sở so với cuối năm 2022, và 6 cơ sở sản xuất phân bón với tổng công suất thiết kế 85.000 tấn/năm.
2. Năm 2023, lượng phân bón cung ứng trên địa bàn ước đạt 298.500 tấn, tăng 3,2% so với năm 2022, đáp ứng nhu cầu cho khoảng 365.000 ha gieo trồng.

II. KẾT QUẢ KIỂM TRA
Thực hiện Kế hoạch số 27/KH-SNN ngày 15/02/2023, các đoàn đã kiểm tra 426 lượt cơ sở, lấy 152 mẫu phân bón. Kết quả theo địa bàn:

Đơn vị tính: lượt cơ sở, mẫu
Địa bàn | Số lượt kiểm tra | Số mẫu lấy | Số mẫu không đạt
Châu Thành | 58 | 21 | 3
Mỹ Xuyên | 71 | 26 | 4
Long Phú | 64 | 22 | 2
Kế Sách | 82 | 29 | 5
Trần Đề | 69 | 24 | 3
Ngã Năm | 82 | 30 | 4
Tổng cộng | 426 | 152 | 21

Số mẫu không đạt là 21 mẫu, chiếm 13,8% số mẫu lấy, giảm 2,1 điểm phần trăm so với năm 2022. Qua kiểm tra, phát hiện 29 cơ sở vi phạm, chiếm 6,8% số lượt kiểm tra; đã xử phạt vi phạm hành chính 847,5 triệu đồng, trong đó xử phạt hành vi buôn bán phân bón không đạt chất lượng 512 triệu đồng.

III. NHIỆM VỤ NĂM 2024
Phấn đấu kiểm tra tối thiểu 450 lượt cơ sở, lấy 160 mẫu phân bón; 100% cơ sở buôn bán phân bón được tập huấn kiến thức pháp luật.

Nơi nhận:
- Bộ NN&PTNT (Cục BVTV);
- UBND tỉnh;
- Lưu: VT, TTBVTV.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24I = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Châu Thành", 58, 21, 3), ("Mỹ Xuyên", 71, 26, 4), ("Long Phú", 64, 22, 2), ("Kế Sách", 82, 29, 5),
        ("Trần Đề", 69, 24, 3), ("Ngã Năm", 82, 30, 4), ("Tổng cộng", 426, 152, 21)]
COLS = [("lượt cơ sở", "Số lượt kiểm tra"), ("mẫu", "Số mẫu lấy"), ("mẫu", "Số mẫu không đạt")]

TABLE = []
for label, *cells in ROWS:
    prefix = label
    for (unit, col), val in zip(COLS, cells):
        prefix = f"{prefix} | {val}"
        if label == "Tổng cộng":
            TABLE.append(F(prefix, str(val), val, "count", unit, f"{col} tổng cộng", Y23I))
        else:
            TABLE.append(F(prefix, str(val), val, "count", unit, col, Y23I, location=label))

FIGS = [
    F("có 1.184 cơ sở", "1.184", 1184, "count", "cơ sở", "cơ sở buôn bán phân bón", ASOF,
      change=C("decrease", 37, "cơ sở", "cuối năm 2022")),
    F("và 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở sản xuất phân bón", ASOF),
    F("85.000 tấn/năm", "85.000", 85000, "measure", "tấn/năm", "tổng công suất thiết kế", ASOF),
    F("ước đạt 298.500 tấn", "298.500", 298500, "measure", "tấn", "lượng phân bón cung ứng trên địa bàn", Y23,
      status="estimate", change=C("increase", 3.2, "%", "năm 2022")),
    F("khoảng 365.000 ha", "365.000", 365000, "measure", "ha", "diện tích gieo trồng được đáp ứng nhu cầu phân bón",
      Y23, approx="about", status="estimate"),
    F("kiểm tra 426 lượt cơ sở", "426", 426, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", Y23I),
    F("lấy 152 mẫu", "152", 152, "count", "mẫu", "mẫu phân bón lấy", Y23I),
] + TABLE + [
    F("là 21 mẫu", "21", 21, "count", "mẫu", "mẫu không đạt", Y23I, percent=13.8,
      change=C("decrease", 2.1, "điểm phần trăm", "năm 2022")),
    F("phát hiện 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở vi phạm", Y23I, percent=6.8),
    F("hành chính 847,5 triệu đồng", "847,5", 847500000, "money", "đồng", "số tiền xử phạt vi phạm hành chính", Y23I),
    F("chất lượng 512 triệu đồng", "512", 512000000, "money", "đồng",
      "số tiền xử phạt hành vi buôn bán phân bón không đạt chất lượng", Y23I, total=847500000),
    F("tối thiểu 450 lượt cơ sở", "450", 450, "count", "lượt cơ sở", "lượt cơ sở kiểm tra", Y24I,
      approx="at_least", status="target"),
    F("lấy 160 mẫu", "160", 160, "count", "mẫu", "mẫu phân bón lấy", Y24I, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở buôn bán phân bón được tập huấn kiến thức pháp luật", Y24I,
      status="target"),
]

COMMENTS = [
    "Formal report of Sở NN&PTNT Sóc Trăng (Số: 1046/BC-SNN, 'Sóc Trăng, ngày 12 tháng 12 năm 2023'): fertilizer management 2023.",
    "Flattened '|' table: district x (Số lượt kiểm tra, Số mẫu lấy, Số mẫu không đạt), unit line 'Đơn vị tính: lượt cơ sở, mẫu', Tổng cộng row.",
    "Row labels are districts (location); the Tổng cộng row is Sóc Trăng. Table cells carry no totals. Their period (năm 2023) stands in the",
    "report title, not in the table: inherited. Section III targets take 2024 from the heading 'III. NHIỆM VỤ NĂM 2024': inherited.",
    "Distractors: 'Số: 1046/BC-SNN', 'Kế hoạch số 27/KH-SNN ngày 15/02/2023', section numbers I.-III., 1.-2., dates.",
]

build("p997-3", TEXT, FIGS, COMMENTS, published="2023-12-12", location="Sóc Trăng")
