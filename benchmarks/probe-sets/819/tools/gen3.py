"""p819-3: formal report (UBND tỉnh Nghệ An), gold trade management H1/2024, flattened '|' table."""
from lib import C, F, I, P, write

TEXT = """UBND TỈNH NGHỆ AN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh vàng 6 tháng đầu năm 2024

Thực hiện Nghị định số 24/2012/NĐ-CP ngày 03/4/2012 của Chính phủ, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Tính đến ngày 30/6/2024, toàn tỉnh có 1.146 cơ sở kinh doanh vàng, bạc, đá quý, tăng 37 cơ sở so với cuối năm 2023; trong đó có 214 doanh nghiệp và 932 hộ kinh doanh. Có 63 cơ sở được cấp giấy phép sản xuất vàng trang sức, mỹ nghệ.
2. Ngày 11/5/2024, giá vàng miếng SJC bán ra tại TP Vinh có thời điểm đạt 92 triệu đồng/lượng, vàng nhẫn 9999 đạt 77,5 triệu đồng/lượng. Doanh số bán vàng của các doanh nghiệp trên địa bàn quý II/2024 ước đạt 1.250 tỷ đồng, gấp 1,8 lần quý I/2024.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
Từ đầu năm đến ngày 30/6/2024, lực lượng Quản lý thị trường đã kiểm tra 186 cơ sở kinh doanh vàng, đạt 62% kế hoạch năm; phát hiện 41 cơ sở vi phạm, chiếm 22% số cơ sở được kiểm tra; xử phạt 512,5 triệu đồng; tịch thu 1,2 kg vàng trang sức không rõ nguồn gốc. Kết quả tại các địa bàn trọng điểm:

Đơn vị tính: cơ sở
Địa bàn | Số cơ sở kinh doanh | Được kiểm tra | Vi phạm | Tiền phạt (triệu đồng)
TP Vinh | 318 | 64 | 15 | 187,5
TX Hoàng Mai | 76 | 18 | 4 | 42
Huyện Diễn Châu | 104 | 23 | 6 | 71
Huyện Quỳnh Lưu | 98 | 21 | 5 | 60,5
Cộng | 596 | 126 | 30 | 361

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Tiếp tục kiểm tra 114 cơ sở còn lại theo kế hoạch; phấn đấu 100% cơ sở kinh doanh vàng trang sức, mỹ nghệ xuất hóa đơn điện tử khi bán hàng trước ngày 31/12/2024. Dự kiến tổ chức 03 lớp tập huấn cho khoảng 300 chủ cơ sở.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NOTES = [
    "Formal report of UBND tỉnh Nghệ An on gold trading, H1/2024: stock of shops as of 30/6, prices, sales, inspections, a flattened '|' table.",
    "Table: every numeric cell is a figure; subject = column label (row label is a place -> location; 'Cộng' row -> Nghệ An, subject",
    "'<column> cộng' (revised: was '<column> cộng các địa bàn trọng điểm', a gloss beyond the labels); 'Đơn vị tính: cơ sở' gives the unit, '(triệu đồng)' in the header makes the fines money x 10^6; no totals in cells.",
    "Table periods come from 'Từ đầu năm đến ngày 30/6/2024' above the table (inherited). The stock column is as of 30/6 (inherited).",
    "214 doanh nghiệp + 932 hộ = 1.146 after 'trong đó': total 1146. '41 cơ sở vi phạm, chiếm 22%' -> percent (no part-of cue, no total).",
    "Prices at TP Vinh carry location Vinh and the day 11/5/2024 as period. '114 cơ sở còn lại theo kế hoạch' and '100%' -> target;",
    "'Dự kiến' -> forecast. 'trước ngày 31/12/2024' is the deadline of the 100% target (end only). Distractors: Số: 287/BC-UBND,",
    "Nghị định số 24/2012/NĐ-CP ngày 03/4/2012, the place-date line, section numbers I.-III., 1.-2., 'vàng nhẫn 9999' (a grade).",
]

AS_OF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
DAY = P("Ngày 11/5/2024", "2024-05-11", "2024-05-11")
YTD = P("Từ đầu năm đến ngày 30/6/2024", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
TBL_STOCK = P("đến ngày 30/6/2024", None, "2024-06-30", inherited=True)

FIGS = [
    F("có 1.146 cơ sở", "1.146", 1146, "count", "cơ sở", change=C("increase", 37, "cơ sở", "cuối năm 2023"),
      subject="cơ sở kinh doanh vàng, bạc, đá quý", period=AS_OF),
    F("có 214 doanh nghiệp", "214", 214, "count", "doanh nghiệp", total=1146,
      subject="doanh nghiệp kinh doanh vàng, bạc, đá quý", period=AS_OF),
    F("và 932 hộ", "932", 932, "count", "hộ kinh doanh", total=1146,
      subject="hộ kinh doanh vàng, bạc, đá quý", period=AS_OF),
    F("Có 63 cơ sở", "63", 63, "count", "cơ sở", subject="cơ sở được cấp giấy phép sản xuất vàng trang sức, mỹ nghệ",
      period=I(AS_OF)),
    F("đạt 92 triệu", "92", 92e6, "money", "đồng/lượng", subject="giá vàng miếng SJC bán ra", period=DAY,
      location="Vinh"),
    F("đạt 77,5 triệu", "77,5", 77.5e6, "money", "đồng/lượng", subject="giá vàng nhẫn 9999 bán ra", period=DAY,
      location="Vinh"),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng", status="estimate",
      change=C("increase", 1.8, "lần", "quý I/2024"), subject="doanh số bán vàng của các doanh nghiệp",
      period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở", percent=62,
      subject="cơ sở kinh doanh vàng được kiểm tra", period=YTD),
    F("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", percent=22, subject="cơ sở vi phạm", period=YTD),
    F("xử phạt 512,5 triệu đồng", "512,5", 512.5e6, "money", "đồng", subject="tiền xử phạt", period=YTD),
    F("tịch thu 1,2 kg", "1,2", 1.2, "measure", "kg", subject="vàng trang sức không rõ nguồn gốc bị tịch thu",
      period=YTD),
]

COLS = [("Số cơ sở kinh doanh", "count", "cơ sở", 1, TBL_STOCK),
        ("cơ sở được kiểm tra", "count", "cơ sở", 1, I(YTD)),
        ("cơ sở vi phạm", "count", "cơ sở", 1, I(YTD)),
        ("tiền phạt", "money", "đồng", 1e6, I(YTD))]
ROWS = [("TP Vinh", "Vinh", ["318", "64", "15", "187,5"]),
        ("TX Hoàng Mai", "Hoàng Mai", ["76", "18", "4", "42"]),
        ("Huyện Diễn Châu", "Diễn Châu", ["104", "23", "6", "71"]),
        ("Huyện Quỳnh Lưu", "Quỳnh Lưu", ["98", "21", "5", "60,5"]),
        ("Cộng", "Nghệ An", ["596", "126", "30", "361"])]
for label, place, cells in ROWS:
    for i, (num, (col, kind, unit, mult, per)) in enumerate(zip(cells, COLS)):
        if i == 0:
            anchor = f"{label} | {num} |"
        elif i == 3:
            anchor = f"| {cells[2]} | {num}\n"
        else:
            anchor = f"| {cells[i - 1]} | {num} |"
        value = float(num.replace(",", ".")) * mult
        subject = col if label != "Cộng" else f"{col} cộng"
        FIGS.append(F(anchor, num, value, kind, unit, subject=subject, period=per, location=place))

FIGS += [
    F("kiểm tra 114 cơ sở", "114", 114, "count", "cơ sở", status="target",
      subject="cơ sở còn lại phải kiểm tra theo kế hoạch", period=H2),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở kinh doanh vàng trang sức, mỹ nghệ xuất hóa đơn điện tử khi bán hàng",
      period=P("trước ngày 31/12/2024", None, "2024-12-31")),
    F("tổ chức 03 lớp", "03", 3, "count", "lớp", status="forecast", subject="lớp tập huấn", period=H2),
    F("khoảng 300 chủ cơ sở", "300", 300, "count", "chủ cơ sở", approx="about", status="forecast",
      subject="chủ cơ sở được tập huấn", period=H2),
]

write(3, TEXT, NOTES, FIGS, published="2024-07-15", location="Nghệ An")
