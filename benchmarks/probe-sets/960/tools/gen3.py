from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH SÓC TRĂNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND
Sóc Trăng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả dạy học tiếng Khmer năm học 2023-2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô trường, lớp, học sinh
Năm học 2023-2024, toàn tỉnh có 146 trường tiểu học, trung học cơ sở tổ chức dạy tiếng Khmer với 1.932 lớp và 41.586 học sinh, tăng 1.214 học sinh so với năm học trước. Trong đó, cấp tiểu học 36.905 học sinh, chiếm 88,7%; cấp trung học cơ sở 4.681 học sinh.

Bảng 1. Số trường, lớp, học sinh học tiếng Khmer năm học 2023-2024
Đơn vị tính: trường, lớp, học sinh
Huyện, thị xã, thành phố | Số trường | Số lớp | Số học sinh
Vĩnh Châu | 27 | 398 | 8.926
Trần Đề | 24 | 341 | 7.412
Mỹ Xuyên | 19 | 287 | 6.135
Thạnh Trị | 18 | 233 | 5.038
Châu Thành | 16 | 195 | 4.177
Các đơn vị còn lại | 42 | 478 | 9.898
Tổng cộng | 146 | 1.932 | 41.586

2. Đội ngũ giáo viên, sách giáo khoa
Toàn tỉnh có 412 giáo viên dạy tiếng Khmer, trong đó 358 giáo viên đạt chuẩn trình độ đào tạo, chiếm 86,9%. Tính đến ngày 30/6/2024, 58 trường đã được cấp sách giáo khoa tiếng Khmer theo Thông tư số 34/2020/TT-BGDĐT. Tỷ lệ học sinh hoàn thành chương trình tiếng Khmer đạt 97,8%, cao hơn 0,6 điểm phần trăm so với năm học 2022-2023.

II. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025
1. Phấn đấu duy trì ít nhất 1.950 lớp tiếng Khmer; 100% giáo viên dạy tiếng Khmer đạt chuẩn trình độ đào tạo.
2. Dự kiến kinh phí mua sắm sách giáo khoa, tài liệu khoảng 2,4 tỷ đồng.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- Lưu: VT, KGVX.
"""

NH = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
NH_T = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inherited=True)
NH2 = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)

FIGS = [
    F("có 146 trường", "146", 146, "count", "trường", subject="trường tiểu học, trung học cơ sở tổ chức dạy tiếng Khmer", period=NH),
    F("1.932 lớp", "1.932", 1932, "count", "lớp", subject="lớp tiếng Khmer", period=NH),
    F("41.586 học sinh", "41.586", 41586, "count", "học sinh", change=C("increase", 1214, "học sinh", "năm học trước"),
      subject="học sinh học tiếng Khmer", period=NH),
    F("36.905 học sinh", "36.905", 36905, "count", "học sinh", total=41586, percent=88.7,
      subject="học sinh cấp tiểu học học tiếng Khmer", period=I(NH)),
    F("4.681 học sinh", "4.681", 4681, "count", "học sinh", total=41586,
      subject="học sinh cấp trung học cơ sở học tiếng Khmer", period=I(NH)),
]

ROWS = [("Vĩnh Châu", "27", "398", "8.926"), ("Trần Đề", "24", "341", "7.412"), ("Mỹ Xuyên", "19", "287", "6.135"),
        ("Thạnh Trị", "18", "233", "5.038"), ("Châu Thành", "16", "195", "4.177"),
        ("Các đơn vị còn lại", "42", "478", "9.898"), ("Tổng cộng", "146", "1.932", "41.586")]
COLS = [("Số trường", "trường"), ("Số lớp", "lớp"), ("Số học sinh", "học sinh")]
for label, *cells in ROWS:
    place = label not in ("Các đơn vị còn lại", "Tổng cộng")
    for j, (cell, (col, unit)) in enumerate(zip(cells, COLS)):
        if j == 0:
            anchor = f"{label} | {cell} |"
        else:
            anchor = f"{cells[j - 1]} | {cell}" + (" |" if j == 1 else "\n")
        subj = col if place else f"{col} {label.lower()}" if label != "Tổng cộng" else f"Tổng cộng {col.lower()}"
        kw = {"location": label} if place else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", unit, subject=subj, period=NH_T, **kw))

FIGS += [
    F("có 412 giáo viên", "412", 412, "count", "giáo viên", subject="giáo viên dạy tiếng Khmer", period=I(NH)),
    F("358 giáo viên", "358", 358, "count", "giáo viên", total=412, percent=86.9,
      subject="giáo viên dạy tiếng Khmer đạt chuẩn trình độ đào tạo", period=I(NH)),
    F("2024, 58 trường", "58", 58, "count", "trường", subject="trường được cấp sách giáo khoa tiếng Khmer",
      period=P("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%",
      change=C("increase", 0.6, "điểm phần trăm", "năm học 2022-2023"),
      subject="tỷ lệ học sinh hoàn thành chương trình tiếng Khmer", period=I(NH)),
    F("ít nhất 1.950 lớp", "1.950", 1950, "count", "lớp", approx="at_least", status="target",
      subject="lớp tiếng Khmer duy trì", period=NH2),
    F("100% giáo viên", "100", 100, "percent", "%", status="target",
      subject="giáo viên dạy tiếng Khmer đạt chuẩn trình độ đào tạo", period=NH2),
    F("khoảng 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí mua sắm sách giáo khoa, tài liệu", period=NH2),
]

build("p960-3", TEXT, FIGS, published="2024-07-08", location="Sóc Trăng", notes=[
    "Formal report of UBND tỉnh Sóc Trăng: dạy học tiếng Khmer năm học 2023-2024, flattened '|' table by district.",
    "School year 'năm học 2023-2024' (spec silent) annotated 2023-09-01..2024-05-31 (MOET school-year frame).",
    "Table cells: place rows -> location; period from the table title line (inherited); 'Tổng cộng' row is its own figure, no totals.",
    "'cao hơn 0,6 điểm phần trăm so với năm học 2022-2023' is the change of 97,8%. Section II figures inherit 'năm học 2024-2025'.",
    "Distractors: Số: 187/BC-UBND, date line, section numbers I./II./1./2., 'Bảng 1', Thông tư số 34/2020/TT-BGDĐT.",
])
