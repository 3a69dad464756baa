"""p950-3: UBND tỉnh Nghệ An formal report — nguồn nước chữa cháy 9 tháng 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả rà soát nguồn nước phục vụ chữa cháy 9 tháng năm 2024

Thực hiện Kế hoạch số 512/KH-UBND ngày 20/3/2024 của UBND tỉnh, kết quả như sau:

I. KẾT QUẢ RÀ SOÁT
1. Tính đến ngày 30/9/2024, toàn tỉnh có 2.874 trụ nước chữa cháy, 1.356 bể, hồ nhân tạo và 412 điểm lấy nước tự nhiên có bến cho xe chữa cháy tiếp cận.
2. Nguồn nước tại một số địa bàn trọng điểm:
Đơn vị tính: trụ, bể, điểm
Địa bàn | Trụ nước | Bể, hồ nhân tạo | Điểm lấy nước tự nhiên
TP Vinh | 1.482 | 214 | 36
TX Cửa Lò | 326 | 58 | 21
TX Hoàng Mai | 187 | 96 | 44
TX Thái Hòa | 142 | 73 | 29
Cộng | 2.137 | 441 | 130
3. Trong số 2.874 trụ nước, có 2.519 trụ bảo đảm áp lực, lưu lượng, đạt 87,6%; 355 trụ hư hỏng, không có nước. Trong 9 tháng, các đơn vị cấp nước đã lắp mới 164 trụ, đạt 68,3% kế hoạch năm (240 trụ); sửa chữa, thay thế 211 trụ.
4. Kinh phí lắp mới, sửa chữa trụ nước ước đạt 4,65 tỷ đồng, tăng 32,5% so với cùng kỳ năm 2023.

II. TỒN TẠI, HẠN CHẾ
Còn 17 xã, phường thuộc khu vực đô thị chưa có trụ nước; nhiều khu dân cư cũ tại phường Hồng Sơn, Lê Mao có ngõ rộng dưới 3,5 m, xe chữa cháy không tiếp cận được.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 lắp mới thêm 76 trụ, nâng tổng số trụ lắp mới cả năm lên 240 trụ; phấn đấu đến năm 2025 có 95% trụ nước hoạt động tốt.

Nơi nhận:
- Bộ Công an (C07);
- Lưu: VT, NC.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

COLS = [("trụ", "trụ nước chữa cháy"), ("bể", "bể, hồ nhân tạo"), ("điểm", "điểm lấy nước tự nhiên")]
ROWS = [
    ("TP Vinh", "Vinh", ["1.482", "214", "36"]),
    ("TX Cửa Lò", "Cửa Lò", ["326", "58", "21"]),
    ("TX Hoàng Mai", "Hoàng Mai", ["187", "96", "44"]),
    ("TX Thái Hòa", "Thái Hòa", ["142", "73", "29"]),
    ("Cộng", "Nghệ An", ["2.137", "441", "130"]),
]

FIGS = [
    F("có 2.874 trụ", "2.874", 2874, "count", "trụ nước chữa cháy", "trụ nước chữa cháy", ASOF),
    F("1.356 bể", "1.356", 1356, "count", "bể, hồ nhân tạo", "bể, hồ nhân tạo phục vụ chữa cháy", ASOF),
    F("412 điểm", "412", 412, "count", "điểm lấy nước tự nhiên",
      "điểm lấy nước tự nhiên có bến cho xe chữa cháy tiếp cận", ASOF),
]
for label, loc, cells in ROWS:
    for j, (cell, (unit, subj)) in enumerate(zip(cells, COLS)):
        if j == 0:
            anchor = f"{label} | {cell} |"
        else:
            anchor = f"{cells[j - 1]} | {cell}"
        if label == "Cộng":
            subj = subj + " tại các địa bàn trọng điểm"
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")), "count", unit, subj, I(ASOF), location=loc))

FIGS += [
    F("Trong số 2.874 trụ", "2.874", 2874, "count", "trụ nước", "trụ nước chữa cháy", optional=True),
    F("có 2.519 trụ", "2.519", 2519, "count", "trụ", total=2874, percent=87.6,
      subject="trụ nước bảo đảm áp lực, lưu lượng"),
    F("; 355 trụ", "355", 355, "count", "trụ", total=2874, subject="trụ nước hư hỏng, không có nước"),
    F("lắp mới 164 trụ", "164", 164, "count", "trụ", percent=68.3, target=T(240, "trụ"),
      subject="trụ nước lắp mới", period=M9),
    F("thay thế 211 trụ", "211", 211, "count", "trụ", "trụ nước sửa chữa, thay thế", M9),
    F("ước đạt 4,65 tỷ đồng", "4,65", 4_650_000_000, "money", "đồng", status="estimate",
      change=C("increase", 32.5, "%", "cùng kỳ năm 2023"), subject="kinh phí lắp mới, sửa chữa trụ nước",
      period=I(M9)),
    F("Còn 17 xã", "17", 17, "count", "xã, phường", "xã, phường khu vực đô thị chưa có trụ nước"),
    F("dưới 3,5 m", "3,5", 3.5, "measure", "m", approx="under", subject="chiều rộng ngõ", optional=True),
    F("thêm 76 trụ", "76", 76, "count", "trụ", status="forecast", subject="trụ nước lắp mới thêm", period=Q4),
    F("lên 240 trụ", "240", 240, "count", "trụ", status="forecast", subject="tổng số trụ lắp mới cả năm", period=YR),
    F("có 95% trụ", "95", 95, "percent", "%", status="target", subject="trụ nước hoạt động tốt", period=TO25),
]

NOTES = [
    "UBND tỉnh Nghệ An, Báo cáo 318/BC-UBND: rà soát nguồn nước chữa cháy 9 tháng 2024, flattened | table by địa bàn.",
    "Table: unit from the 'Đơn vị tính' line per column; place rows go to location (TP Vinh, TX ...), 'Cộng' row = Nghệ An;",
    "table period is the as-of 30/9/2024 of section 1 (another sentence): inherited. Row totals are figures of their own.",
    "'Trong số 2.874 trụ' repeats the whole as the frame of a part-of cue: optional. '(240 trụ)' after '% kế hoạch năm' is the plan: target.",
    "'kinh phí ... ước đạt 4,65 tỷ' (section 4) takes the 9-month period from section 3: inherited.",
    "'dưới 3,5 m' is a width class (threshold): optional. Distractors: Số 318/BC-UBND, KH 512/KH-UBND, section numbers, C07.",
]

write(3, TEXT, NOTES, FIGS, published="2024-10-14", location="Nghệ An")
