"""p1048-3: formal report of Sở NN&PTNT Thanh Hóa (letterhead, Số: .../BC-SNN), 9 months of 2024, flattened '|' table."""
from lib import F, write, period, inherit, change

ROWS = [("Thọ Xuân", "2.860", "1.240", "1.055"),
        ("Triệu Sơn", "2.315", "1.010", "860"),
        ("Như Thanh", "1.780", "760", "640"),
        ("Ngọc Lặc", "1.460", "620", "515"),
        ("Tổng cộng", "8.415", "3.630", "3.070")]
TABLE = "\n".join(" | ".join(r) for r in ROWS)

TEXT = """UBND TỈNH THANH HÓA
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 2187/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi hươu sao 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến ngày 30/9/2024, tổng đàn hươu sao toàn tỉnh có 8.415 con, đạt 93,5% kế hoạch năm, tăng 6,2% so với cùng kỳ; số hộ nuôi là 2.106 hộ. Chi tiết theo địa phương:

Đơn vị tính: con
Huyện | Tổng đàn | Hươu đực | Sản lượng nhung (kg)
""" + TABLE + """

2. Sản lượng, giá trị
9 tháng đầu năm 2024, sản lượng nhung hươu đạt 3.070 kg, tăng 4,8% so với cùng kỳ; giá bán bình quân 1,65 triệu đồng/lạng, giảm 150.000 đồng/lạng so với năm 2023. Giá trị sản xuất ước đạt 50,7 tỷ đồng.

3. Tồn tại, hạn chế
Quy mô nuôi còn nhỏ, bình quân 4 con/hộ; mới có 3 cơ sở được cấp mã số vùng nuôi. Tỷ lệ tiêm phòng đạt 72%, thấp hơn 8% so với chỉ tiêu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 tổng đàn hươu đạt 9.000 con, sản lượng nhung cả năm đạt 4.000 kg. Kế hoạch mở 12 lớp tập huấn cho khoảng 300 lượt hộ nuôi trong quý IV/2024. Dự kiến giá nhung quý IV tăng khoảng 5-7%.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Năm
"""

ASOF = period("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
COLS = [("tổng đàn hươu sao", "count", "con", ASOF), ("hươu đực", "count", "con", ASOF),
        ("sản lượng nhung", "measure", "kg", M9)]

FIGS = [
    F("có 8.415 con", "8.415", 8415, "count", "con", "tổng đàn hươu sao", percent=93.5,
      change=change("increase", 6.2, "%", "cùng kỳ"), period=ASOF),
    F("là 2.106 hộ", "2.106", 2106, "count", "hộ", "hộ nuôi hươu", period=ASOF),
]
for label, *cells in ROWS:
    loc = "Thanh Hóa" if label == "Tổng cộng" else label
    prev = label
    for (subj, kind, unit, per), cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}" if prev == label else f"| {prev} | {cell}"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), kind, unit,
                      subj + (" toàn tỉnh" if label == "Tổng cộng" else ""), location=loc, period=inherit(per)))
        prev = cell

FIGS += [
    F("đạt 3.070 kg", "3.070", 3070, "measure", "kg", "sản lượng nhung hươu",
      change=change("increase", 4.8, "%", "cùng kỳ"), period=M9),
    F("bình quân 1,65 triệu đồng/lạng", "1,65", 1650000, "money", "đồng/lạng", "giá bán nhung bình quân",
      change=change("decrease", 150000, "đồng/lạng", "năm 2023"), period=M9),
    F("ước đạt 50,7 tỷ đồng", "50,7", 50.7e9, "money", "đồng", "giá trị sản xuất nhung hươu", status="estimate",
      period=inherit(M9)),
    F("bình quân 4 con/hộ", "4", 4, "measure", "con/hộ", "quy mô nuôi bình quân"),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở được cấp mã số vùng nuôi"),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ tiêm phòng", change=change("decrease", 8, "%", "chỉ tiêu")),
    F("đạt 9.000 con", "9.000", 9000, "count", "con", "tổng đàn hươu", status="target",
      period=period("đến cuối năm 2024", end="2024-12-31")),
    F("đạt 4.000 kg", "4.000", 4000, "measure", "kg", "sản lượng nhung cả năm", status="target",
      period=period("cả năm", "2024-01-01", "2024-12-31")),
    F("mở 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn", status="target",
      period=period("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("khoảng 300 lượt hộ", "300", 300, "count", "lượt hộ", "lượt hộ nuôi được tập huấn", approx="about",
      status="target", period=period("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("tăng khoảng 5-7%", "5", 5, "percent", "%", "giá nhung", value_max=7, approx="about", status="forecast",
      period=period("quý IV", "2024-10-01", "2024-12-31")),
]

NOTES = [
    "Probe 1048-3: formal report, letterhead UBND TỈNH THANH HÓA / SỞ NÔNG NGHIỆP VÀ PTNT, 'Số: 2187/BC-SNN',",
    "'Thanh Hóa, ngày 08 tháng 10 năm 2024', section numbers. Flattened '|' table with 'Đơn vị tính: con' and a (kg) column.",
    "Table cells: subject = column label, location = row district (Tổng cộng row -> Thanh Hóa), no totals; periods inherited",
    "(stock columns from 'Tính đến ngày 30/9/2024', velvet column from the title '9 tháng đầu năm 2024').",
    "'đạt 93,5% kế hoạch năm' -> percent of 8.415; 'thấp hơn 8% so với chỉ tiêu' -> change (baseline chỉ tiêu).",
    "'Kế hoạch mở 12 lớp' and 'Phấn đấu' -> target; 'Dự kiến' -> forecast. Not figures: Số 2187, dates, I./II./1.-3.,",
    "heading 'QUÝ IV/2024', 'Lê Văn Năm'.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Thanh Hóa")
