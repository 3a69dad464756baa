"""p901-3: UBND tỉnh Thanh Hóa formal report, 9 months of 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện lộ trình chấm dứt hoạt động lò vôi thủ công 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Thực hiện Chỉ thị số 08/CT-UBND ngày 05/4/2022 của Chủ tịch UBND tỉnh, tính đến ngày 30/9/2024, toàn tỉnh đã chấm dứt hoạt động 215 lò vôi thủ công, đạt 86% kế hoạch giai đoạn 2022-2025 (250 lò); số lò thủ công còn hoạt động là 35 lò.

2. Kết quả theo địa bàn
Đơn vị tính: lò
Địa bàn | Số lò thủ công năm 2022 | Đã chấm dứt | Còn hoạt động | Lò công nghiệp đã đầu tư
Thị xã Nghi Sơn | 96 | 84 | 12 | 6
Huyện Hà Trung | 71 | 63 | 8 | 4
Huyện Vĩnh Lộc | 48 | 41 | 7 | 2
Huyện Yên Định | 35 | 27 | 8 | 3
Tổng cộng | 250 | 215 | 35 | 15

3. Sản xuất vôi công nghiệp
9 tháng đầu năm 2024, sản lượng vôi của các cơ sở lò công nghiệp ước đạt 986.000 tấn, bằng 71,4% kế hoạch năm, tăng 12,6% so với cùng kỳ năm 2023; doanh thu ước đạt 1.450 tỷ đồng. Lũy kế đến nay, tổng vốn đầu tư các dự án lò vôi công nghiệp đã thực hiện khoảng 820 tỷ đồng, giải quyết việc làm cho hơn 2.300 lao động, trong đó có 640 lao động chuyển từ các lò thủ công.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 chấm dứt thêm 20 lò thủ công, nâng tỷ lệ lò thủ công đã chấm dứt hoạt động lên 94%; sản lượng vôi công nghiệp cả năm đạt khoảng 1,38 triệu tấn.

Nơi nhận:
- Bộ Xây dựng (b/c);
- Lưu: VT, CN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Lũy kế đến nay", None, "2024-10-14")
T24 = P("đến hết năm 2024", None, "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")

ROWS = [("Thị xã Nghi Sơn", "Nghi Sơn", ["96", "84", "12", "6"]),
        ("Huyện Hà Trung", "Hà Trung", ["71", "63", "8", "4"]),
        ("Huyện Vĩnh Lộc", "Vĩnh Lộc", ["48", "41", "7", "2"]),
        ("Huyện Yên Định", "Yên Định", ["35", "27", "8", "3"]),
        ("Tổng cộng", "Thanh Hóa", ["250", "215", "35", "15"])]
COLS = [("số lò thủ công năm 2022", Y22),
        ("lò thủ công đã chấm dứt hoạt động", I(ASOF)),
        ("lò thủ công còn hoạt động", I(ASOF)),
        ("lò công nghiệp đã đầu tư", I(ASOF))]

FIGS = [
    F("hoạt động 215 lò vôi thủ công", "215", 215, "count", "lò vôi", "lò vôi thủ công đã chấm dứt hoạt động", ASOF,
      percent=86, target=T(250, "lò")),
    F("là 35 lò", "35", 35, "count", "lò", "lò thủ công còn hoạt động", ASOF),
]
for label, loc, cells in ROWS:
    line = " | ".join([label] + cells)
    for i, ((col, per), cell) in enumerate(zip(COLS, cells)):
        # anchor: the row text up to and including this cell
        anchor = " | ".join([label] + cells[: i + 1])
        if i + 1 < len(cells):
            anchor += " |"
        else:
            anchor = line + "\n"
        FIGS.append(F(anchor, cell, int(cell), "count", "lò", col, per, location=loc))

FIGS += [
    F("ước đạt 986.000 tấn", "986.000", 986000, "measure", "tấn", "sản lượng vôi của các cơ sở lò công nghiệp", M9,
      percent=71.4, change=C("increase", 12.6, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 1.450 tỷ đồng", "1.450", 1450000000000, "money", "đồng", "doanh thu vôi công nghiệp", M9, status="estimate"),
    F("khoảng 820 tỷ đồng", "820", 820000000000, "money", "đồng", "tổng vốn đầu tư các dự án lò vôi công nghiệp đã thực hiện",
      NOW, approx="about"),
    F("hơn 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động được giải quyết việc làm", NOW, approx="over"),
    F("có 640 lao động", "640", 640, "count", "lao động", "lao động chuyển từ các lò thủ công", NOW, total=2300),
    F("thêm 20 lò", "20", 20, "count", "lò", "lò thủ công chấm dứt thêm", T24, status="target"),
    F("lên 94%", "94", 94, "percent", "%", "tỷ lệ lò thủ công đã chấm dứt hoạt động", T24, status="target"),
    F("khoảng 1,38 triệu tấn", "1,38", 1380000, "measure", "tấn", "sản lượng vôi công nghiệp cả năm", Y24,
      approx="about", status="target"),
]

COMMENTS = [
    "UBND tỉnh Thanh Hóa report Số 318/BC-UBND dated 14/10/2024: handmade lime kilns closed to 30/9/2024, flattened '|' table.",
    "'đạt 86% kế hoạch giai đoạn 2022-2025 (250 lò)' gives percent 86 and target 250 of the 215 kilns (cf. h17 '62,7% so kế hoạch (130 triệu USD)').",
    "Table: every cell a count in 'lò' (Đơn vị tính: lò); a place row label is the location, the Tổng cộng row is Thanh Hóa;",
    "column 'Số lò thủ công năm 2022' gives period năm 2022 (scored), the other columns take the as-of 30/9/2024 of section 1 (inherited).",
    "Table cells carry no totals (the Tổng cộng row is a figure of its own).",
    "'Lũy kế đến nay' ends at the report date; 640 lao động follows 'trong đó' after 2.300: total 2300.",
    "'cả năm' in the tasks section is 2024. Distractors: Số: 318/BC-UBND, Chỉ thị số 08/CT-UBND ngày 05/4/2022, section numbers,",
    "'giai đoạn 2022-2025', heading 'QUÝ IV/2024', letterhead date.",
]

write("p901-3", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thanh Hóa")
