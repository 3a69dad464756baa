"""p952-3: UBND tỉnh Lào Cai formal report — cassia area 9 months 2023, flattened | table by district, output, organic, Q4 tasks."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Lào Cai, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển vùng quế 9 tháng năm 2023, nhiệm vụ quý IV/2023

Thực hiện Kế hoạch số 156/KH-UBND ngày 12/5/2023 của UBND tỉnh, kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Tính đến ngày 30/9/2023, tổng diện tích quế toàn tỉnh là 48.760 ha, trong đó diện tích đã cho khai thác 21.430 ha. Trong 9 tháng, toàn tỉnh trồng mới 2.315 ha quế, đạt 92,6% kế hoạch năm.

Diện tích quế theo huyện (tính đến 30/9/2023)
Đơn vị tính: ha
Huyện | Tổng diện tích | Diện tích cho khai thác | Trồng mới 9 tháng
Bảo Yên | 17.850 | 8.120 | 740
Văn Bàn | 16.420 | 7.260 | 825
Bảo Thắng | 6.930 | 2.840 | 310
Bát Xát | 4.280 | 1.650 | 270
Các huyện khác | 3.280 | 1.560 | 170
Tổng cộng | 48.760 | 21.430 | 2.315

2. Sản lượng, giá trị
9 tháng năm 2023, toàn tỉnh khai thác 6.840 tấn vỏ quế khô, tăng 9,5% so với cùng kỳ; chưng cất được 182 tấn tinh dầu quế. Giá trị sản xuất từ cây quế ước đạt 356 tỷ đồng. Cả năm 2023 ước khai thác 9.200 tấn vỏ quế.

3. Liên kết, chứng nhận hữu cơ
Toàn tỉnh có 3.450 ha quế được cấp chứng nhận hữu cơ, chiếm 7,1% tổng diện tích; 1.280 hộ tham gia chuỗi liên kết với 5 doanh nghiệp.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu trồng mới thêm 185 ha để hoàn thành kế hoạch 2.500 ha; dự kiến xuất khẩu khoảng 1.350 tấn vỏ quế.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NLN.
"""

ASOF = P("Tính đến ngày 30/9/2023", end="2023-09-30")
TAB = P("tính đến 30/9/2023", end="2023-09-30", inherited=True)
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
M9Y = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31", inherited=True)

S1, S2, S3 = "tổng diện tích quế", "diện tích quế cho khai thác", "diện tích quế trồng mới 9 tháng"
ROWS = [  # (row label, location, cells with their anchors)
    ("Bảo Yên", "Bảo Yên", [("Bảo Yên | 17.850", "17.850"), ("17.850 | 8.120", "8.120"), ("8.120 | 740", "740")]),
    ("Văn Bàn", "Văn Bàn", [("Văn Bàn | 16.420", "16.420"), ("16.420 | 7.260", "7.260"), ("7.260 | 825", "825")]),
    ("Bảo Thắng", "Bảo Thắng", [("Bảo Thắng | 6.930", "6.930"), ("6.930 | 2.840", "2.840"), ("2.840 | 310", "310")]),
    ("Bát Xát", "Bát Xát", [("Bát Xát | 4.280", "4.280"), ("4.280 | 1.650", "1.650"), ("1.650 | 270", "270")]),
    ("Các huyện khác", "Lào Cai", [("khác | 3.280", "3.280"), ("3.280 | 1.560", "1.560"), ("1.560 | 170", "170")]),
    ("Tổng cộng", "Lào Cai", [("Tổng cộng | 48.760", "48.760"), ("48.760 | 21.430", "21.430"), ("21.430 | 2.315", "2.315")]),
]

FIGS = [
    F("là 48.760 ha", "48.760", 48760, "measure", "ha", "tổng diện tích quế toàn tỉnh", ASOF),
    F("khai thác 21.430 ha", "21.430", 21430, "measure", "ha", "diện tích quế đã cho khai thác", ASOF, total=48760),
    F("trồng mới 2.315 ha", "2.315", 2315, "measure", "ha", "diện tích quế trồng mới", M9, percent=92.6),
]
from lib import number_value
for label, loc, cells in ROWS:
    prefix = "" if label in ("Bảo Yên", "Văn Bàn", "Bảo Thắng", "Bát Xát") else label.lower() + " "
    for (anchor, num), subj, per in zip(cells, (S1, S2, S3), (TAB, TAB, M9)):
        subject = subj if not prefix else f"{subj} {prefix.strip()}"
        FIGS.append(F(anchor, num, number_value(num), "measure", "ha", subject, per, location=loc))

FIGS += [
    F("khai thác 6.840 tấn", "6.840", 6840, "measure", "tấn", "vỏ quế khô khai thác", M9Y,
      change=C("increase", 9.5, "%", "cùng kỳ")),
    F("được 182 tấn", "182", 182, "measure", "tấn", "tinh dầu quế chưng cất", M9Y),
    F("ước đạt 356 tỷ đồng", "356", 356e9, "money", "đồng", "giá trị sản xuất từ cây quế", I(M9Y), status="estimate"),
    F("ước khai thác 9.200 tấn", "9.200", 9200, "measure", "tấn", "vỏ quế khai thác cả năm", Y23, status="estimate"),
    F("có 3.450 ha", "3.450", 3450, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ", percent=7.1),
    F("1.280 hộ", "1.280", 1280, "count", "hộ", "hộ tham gia chuỗi liên kết"),
    F("với 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp liên kết"),
    F("thêm 185 ha", "185", 185, "measure", "ha", "diện tích quế trồng mới thêm", Q4, status="target"),
    F("kế hoạch 2.500 ha", "2.500", 2500, "measure", "ha", "kế hoạch trồng mới quế năm", status="target"),
    F("khoảng 1.350 tấn", "1.350", 1350, "measure", "tấn", "vỏ quế xuất khẩu", Q4, approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Lào Cai, Số: 287/BC-UBND, 16/10/2023: cassia 9 months 2023; flattened '|' table by district (Đơn vị tính: ha).",
    "Letterhead, document and plan numbers, section numbers (I., II., 1.-3.) and 'Nơi nhận' are not figures.",
    "Table: every cell is a figure (unit ha from 'Đơn vị tính'); district rows give location, 'Các huyện khác'/'Tổng cộng' rows are Lào Cai",
    "with the row label in the subject; no totals on cells. Period: the title's as-of date (inherited) for area columns; the header",
    "'Trồng mới 9 tháng' gives 9 months 2023 (scored). '2.315 ha, đạt 92,6% kế hoạch năm' → percent 92.6.",
    "'kế hoạch 2.500 ha' is the annual plan, a target figure of its own (not the target of 185 ha, which is the remainder).",
    "'182 tấn' stands in the '9 tháng năm 2023' sentence; Q4 tasks inherit quý IV/2023 from the heading.",
]

write("p952-3", TEXT, NOTES, FIGS, published="2023-10-16", location="Lào Cai")
