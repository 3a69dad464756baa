from lib import F, P, C, emit

TEXT = """UBND TỈNH NGHỆ AN
SỞ GIAO THÔNG VẬN TẢI
Số: 3125/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động kiểm định xe cơ giới quý III/2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả kiểm định
Trong quý III/2024, 7 trung tâm đăng kiểm trên địa bàn tỉnh đã kiểm định 41.362 lượt phương tiện, tăng 5,8% so với quý II/2024. Kết quả theo từng trung tâm như sau:

Bảng 1. Kết quả kiểm định theo trung tâm
Đơn vị tính: lượt phương tiện
Trung tâm | Địa bàn | Kiểm định | Không đạt lần đầu | Tỷ lệ không đạt (%)
37-01S | TP Vinh | 12.480 | 1.036 | 8,3
37-02S | TP Vinh | 9.215 | 645 | 7,0
37-03D | Diễn Châu | 7.348 | 596 | 8,1
37-04D | Đô Lương | 5.102 | 337 | 6,6
Các trung tâm còn lại | | 7.217 | 491 | 6,8
Toàn tỉnh | | 41.362 | 3.105 | 7,5

Lỗi không đạt chủ yếu ở hệ thống phanh (chiếm 34,2% số lượt không đạt), đèn chiếu sáng (21,7%) và khí thải (18,5%). Thời gian chờ kiểm định tại các trung tâm ở TP Vinh từ 30 đến 45 phút, các trung tâm còn lại dưới 20 phút. Tổng số phí, lệ phí kiểm định thu được trong quý ước đạt 15,6 tỷ đồng.

2. Công tác quản lý
Sở đã kiểm tra đột xuất 3 trung tâm, phát hiện 2 trường hợp sai phạm và đề nghị Cục Đăng kiểm Việt Nam xử lý theo Nghị định số 166/2024/NĐ-CP.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu kiểm định khoảng 43.000 lượt phương tiện; đưa Trung tâm 37-05D tại huyện Quỳnh Lưu với 2 dây chuyền vào hoạt động, nâng tổng số dây chuyền toàn tỉnh lên 16.

Nơi nhận:
- Cục Đăng kiểm Việt Nam;
- UBND tỉnh (b/c);
- Lưu: VT, QLVT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hải
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q4i = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)

ROWS = [  # anchor prefix, code, place, a, b, c
    ("37-01S | TP Vinh | ", "Trung tâm 37-01S", "Vinh", ("12.480", 12480), ("1.036", 1036), ("8,3", 8.3)),
    ("37-02S | TP Vinh | ", "Trung tâm 37-02S", "Vinh", ("9.215", 9215), ("645", 645), ("7,0", 7.0)),
    ("37-03D | Diễn Châu | ", "Trung tâm 37-03D", "Diễn Châu", ("7.348", 7348), ("596", 596), ("8,1", 8.1)),
    ("37-04D | Đô Lương | ", "Trung tâm 37-04D", "Đô Lương", ("5.102", 5102), ("337", 337), ("6,6", 6.6)),
    ("Các trung tâm còn lại | | ", "các trung tâm còn lại", None, ("7.217", 7217), ("491", 491), ("6,8", 6.8)),
    ("Toàn tỉnh | | ", "toàn tỉnh", None, ("41.362", 41362), ("3.105", 3105), ("7,5", 7.5)),
]

FIGS = [
    F("2024, 7 trung tâm", "7", 7, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm trên địa bàn tỉnh", Q3),
    F("kiểm định 41.362 lượt", "41.362", 41362, "count", "lượt phương tiện", "lượt phương tiện được kiểm định", Q3,
      change=C("increase", 5.8, baseline="quý II/2024")),
]
for pre, row, place, a, b, c in ROWS:
    loc = {"location": place} if place else {}
    FIGS += [
        F(pre + a[0] + " |", a[0], a[1], "count", "lượt phương tiện", f"lượt phương tiện kiểm định {row}", Q3i, **loc),
        F(a[0] + " | " + b[0] + " |", b[0], b[1], "count", "lượt phương tiện",
          f"lượt phương tiện không đạt lần đầu {row}", Q3i, **loc),
        F(b[0] + " | " + c[0] + "\n", c[0], c[1], "percent", "%", f"tỷ lệ không đạt {row}", Q3i, **loc),
    ]
FIGS += [
    F("chiếm 34,2%", "34,2", 34.2, "percent", "%", "lỗi hệ thống phanh trong số lượt không đạt", Q3i),
    F("chiếu sáng (21,7%)", "21,7", 21.7, "percent", "%", "lỗi đèn chiếu sáng trong số lượt không đạt", Q3i),
    F("khí thải (18,5%)", "18,5", 18.5, "percent", "%", "lỗi khí thải trong số lượt không đạt", Q3i),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", "thời gian chờ kiểm định tại các trung tâm ở TP Vinh", Q3i,
      value_max=45, location="Vinh"),
    F("dưới 20 phút", "20", 20, "measure", "phút", "thời gian chờ kiểm định tại các trung tâm còn lại", Q3i,
      approx="under"),
    F("ước đạt 15,6 tỷ đồng", "15,6", 15600000000, "money", "đồng", "phí, lệ phí kiểm định thu được",
      P("trong quý", "2024-07-01", "2024-09-30"), status="estimate"),
    F("đột xuất 3 trung tâm", "3", 3, "count", "trung tâm", "trung tâm được kiểm tra đột xuất", Q3i),
    F("phát hiện 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp sai phạm được phát hiện", Q3i),
    F("khoảng 43.000 lượt", "43.000", 43000, "count", "lượt phương tiện", "lượt phương tiện kiểm định", Q4i,
      approx="about", status="target"),
    F("với 2 dây chuyền", "2", 2, "count", "dây chuyền", "dây chuyền của Trung tâm 37-05D đưa vào hoạt động", Q4i,
      status="target", location="Quỳnh Lưu"),
    F("lên 16", "16", 16, "count", "dây chuyền", "tổng số dây chuyền toàn tỉnh", Q4i, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Sở GTVT Nghệ An, 'Số: 3125/BC-SGTVT'); the place-and-date line 'Nghệ An, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: lượt phương tiện' and a '(%)' column; every numeric cell is a figure, subject = column + row label,",
    "the 'Địa bàn' column gives location (TP Vinh, Diễn Châu, Đô Lương); 'Các trung tâm còn lại' and 'Toàn tỉnh' keep the province. Centre codes",
    "37-01S … 37-05D are names, not figures. Period quý III/2024 from the text above the table (inherited); no totals on cells.",
    "Error shares 34,2% / (21,7%) / (18,5%) are a list of percents sharing one indicator (no base counts). 'trong quý' = quý III/2024.",
    "Section II heading 'PHƯƠNG HƯỚNG QUÝ IV/2024' gives the targets their period (inherited); 'Phấn đấu' governs the whole sentence.",
    "Distractors: document number, section numbers I./II./1./2., 'Bảng 1', Nghị định số 166/2024/NĐ-CP, 'Lưu: VT, QLVT', signer.",
]

emit("p366-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Nghệ An")
