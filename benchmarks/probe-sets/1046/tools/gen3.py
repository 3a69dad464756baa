"""p1046-3: formal report under a letterhead (UBND tỉnh Quảng Ninh), flattened '|' table."""
from lib import F, P, I, C, T, write

ROWS = [("Hạ Long", [31, 29, 12, 9]), ("Cẩm Phả", [18, 16, 7, 5]), ("Uông Bí", [9, 8, 3, 2]),
        ("Móng Cái", [6, 5, 2, 1]), ("Tổng cộng", [64, 58, 24, 17])]
COLS = ["Tổng số nhà", "Đã kiểm định", "Cấp C", "Cấp D"]
COLSUBJ = ["tổng số nhà chung cư cũ", "nhà chung cư cũ đã kiểm định", "nhà chung cư cũ cấp C",
           "nhà chung cư cũ cấp D"]
for i in range(4):
    assert sum(r[1][i] for r in ROWS[:-1]) == ROWS[-1][1][i]

TABLE = "Đơn vị tính: nhà\nĐịa phương | " + " | ".join(COLS) + "\n" + "\n".join(
    f"{lab} | " + " | ".join(str(c) for c in cells) for lab, cells in ROWS)

TEXT = """
UBND TỈNH QUẢNG NINH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả cải tạo, xây dựng lại nhà chung cư cũ 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm định
Tính đến ngày 30/9/2024, toàn tỉnh có 64 nhà chung cư cũ xây dựng trước năm 1994 với 3.152 căn hộ, tập trung tại 4 địa phương. Đã hoàn thành kiểm định 58/64 nhà, đạt 90,6%; trong đó xác định 17 nhà nguy hiểm cấp D. Kết quả cụ thể như sau:

@TABLE@

2. Công tác di dời, tái định cư
9 tháng năm 2024, các địa phương đã di dời 214 hộ dân ra khỏi nhà cấp D, đạt 71,3% kế hoạch năm; trong đó thành phố Hạ Long 132 hộ, Cẩm Phả 58 hộ. Đã bố trí 146 căn hộ tái định cư tại khu tái định cư Cao Xanh - Hà Khánh, số hộ còn lại được hỗ trợ tiền thuê nhà 3,5 triệu đồng/hộ/tháng.

3. Nguồn vốn
Vốn giải ngân cho cải tạo chung cư cũ ước đạt 412,6 tỷ đồng, tăng 18,4% so với cùng kỳ năm 2023, trong đó ngân sách tỉnh 96,2 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu di dời thêm 86 hộ, hoàn thành kế hoạch năm; khởi công 2 dự án xây dựng lại chung cư tại phường Bạch Đằng (Hạ Long) với khoảng 540 căn hộ.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD3.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
""".replace("@TABLE@", TABLE)

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("có 64 nhà chung cư cũ", "64", 64, "count", "nhà chung cư cũ", "nhà chung cư cũ xây dựng trước năm 1994",
      period=ASOF),
    F("với 3.152 căn hộ", "3.152", 3152, "count", "căn hộ", "căn hộ nhà chung cư cũ", period=ASOF),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương có nhà chung cư cũ", period=ASOF),
    F("kiểm định 58/64 nhà", "58", 58, "count", "nhà", "nhà chung cư cũ đã hoàn thành kiểm định",
      total=64, percent=90.6, period=I(ASOF)),
    F("xác định 17 nhà", "17", 17, "count", "nhà", "nhà chung cư cũ nguy hiểm cấp D", total=58, period=I(ASOF)),
]
for lab, cells in ROWS:
    loc = "Quảng Ninh" if lab == "Tổng cộng" else lab
    for i, c in enumerate(cells):
        anchor = f"{lab} | " + " | ".join(str(x) for x in cells[:i + 1])
        FIGS.append(F(anchor, str(c), c, "count", "nhà", COLSUBJ[i], period=I(ASOF), location=loc))
FIGS += [
    F("di dời 214 hộ dân", "214", 214, "count", "hộ dân", "hộ dân di dời ra khỏi nhà cấp D",
      percent=71.3, period=M9),
    F("Hạ Long 132 hộ", "132", 132, "count", "hộ", "hộ dân di dời ra khỏi nhà cấp D", total=214, period=M9,
      location="Hạ Long"),
    F("Cẩm Phả 58 hộ", "58", 58, "count", "hộ", "hộ dân di dời ra khỏi nhà cấp D", total=214, period=M9,
      location="Cẩm Phả"),
    F("bố trí 146 căn hộ", "146", 146, "count", "căn hộ", "căn hộ tái định cư đã bố trí", period=I(M9)),
    F("nhà 3,5 triệu đồng/hộ/tháng", "3,5", 3.5e6, "money", "đồng/hộ/tháng", "tiền thuê nhà hỗ trợ hộ dân"),
    F("ước đạt 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "vốn giải ngân cho cải tạo chung cư cũ",
      status="estimate", change=C("increase", 18.4, "%", "cùng kỳ năm 2023"), period=I(M9)),
    F("ngân sách tỉnh 96,2 tỷ đồng", "96,2", 96.2e9, "money", "đồng",
      "vốn ngân sách tỉnh giải ngân cho cải tạo chung cư cũ", total=412.6e9, status="estimate", period=I(M9)),
    F("thêm 86 hộ", "86", 86, "count", "hộ", "hộ dân di dời thêm", status="target", period=I(Q4)),
    F("khởi công 2 dự án", "2", 2, "count", "dự án", "dự án xây dựng lại chung cư khởi công",
      status="target", period=I(Q4), location="Hạ Long"),
    F("khoảng 540 căn hộ", "540", 540, "count", "căn hộ", "căn hộ của dự án xây dựng lại chung cư",
      approx="about", status="target", period=I(Q4), location="Hạ Long"),
]

NOTES = [
    "Formal report of UBND tỉnh Quảng Ninh, 9 months of 2024, with a flattened '|' table by city (unit line 'Đơn vị tính: nhà').",
    "Table cells: row label = location (Tổng cộng row = Quảng Ninh), column label = subject, period inherited from",
    "'Tính đến ngày 30/9/2024' above the table; no totals on cells (the Tổng cộng row is its own figure).",
    "Distractors: Số: 318/BC-UBND, dateline, '9 tháng năm 2024' in the title, 'trước năm 1994', section numbers I./1./2./3./II.,",
    "QUÝ IV/2024 heading, XD3. 412,6 tỷ carries 'ước đạt' (estimate); the 'trong đó' part 96,2 tỷ continues that clause.",
    "2 dự án / 540 căn hộ are at phường Bạch Đằng (Hạ Long): location Hạ Long.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Quảng Ninh")
