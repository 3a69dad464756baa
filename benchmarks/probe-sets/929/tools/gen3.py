"""p929-3: formal report (UBND tỉnh Quảng Trị) on summer 2024, flattened | table by district."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 12 tháng 9 năm 2024

BÁO CÁO
Kết quả tổ chức hoạt động hè và phòng, chống đuối nước trẻ em năm 2024

Thực hiện Kế hoạch số 96/KH-UBND ngày 15/5/2024 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức sinh hoạt hè
Từ ngày 01/6 đến ngày 31/8/2024, toàn tỉnh tổ chức 1.024 điểm sinh hoạt hè, thu hút 186.400 lượt thiếu nhi tham gia, tăng 6,2% so với năm 2023. Kết quả theo địa phương:

Đơn vị tính: điểm, lớp, lượt thiếu nhi
Địa phương | Điểm sinh hoạt hè | Lớp dạy bơi | Lượt thiếu nhi tham gia
TP Đông Hà | 96 | 14 | 21.300
Huyện Vĩnh Linh | 168 | 22 | 28.900
Huyện Gio Linh | 152 | 18 | 25.600
Huyện Triệu Phong | 176 | 21 | 31.200
Huyện Hải Lăng | 158 | 19 | 27.500
Huyện Hướng Hóa | 184 | 12 | 33.800
Các địa phương còn lại | 90 | 9 | 18.100
Tổng cộng | 1.024 | 115 | 186.400

2. Dạy bơi, phòng chống đuối nước
Toàn tỉnh mở 115 lớp dạy bơi với 3.450 học viên, trong đó 2.760 em biết bơi thành thạo, đạt 80%. Kinh phí tổ chức các lớp là 1,15 tỷ đồng, bình quân 10 triệu đồng/lớp. Tính đến ngày 31/8/2024, trên địa bàn tỉnh xảy ra 5 vụ đuối nước làm 6 trẻ em tử vong, giảm 3 trẻ so với cùng kỳ năm 2023.

3. Hoạt động tình nguyện
Có 2.180 tình nguyện viên tham gia phụ trách các điểm sinh hoạt hè, gấp 1,4 lần năm 2023.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% xã, phường, thị trấn có điểm sinh hoạt hè; tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi đạt 55%.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT.
"""

SUMMER = P("Từ ngày 01/6 đến ngày 31/8/2024", "2024-06-01", "2024-08-31")
ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
Y25 = I(P("NĂM 2025", "2025-01-01", "2025-12-31"))

ROWS = [
    ("TP Đông Hà", "Đông Hà", "96", "14", "21.300"),
    ("Huyện Vĩnh Linh", "Vĩnh Linh", "168", "22", "28.900"),
    ("Huyện Gio Linh", "Gio Linh", "152", "18", "25.600"),
    ("Huyện Triệu Phong", "Triệu Phong", "176", "21", "31.200"),
    ("Huyện Hải Lăng", "Hải Lăng", "158", "19", "27.500"),
    ("Huyện Hướng Hóa", "Hướng Hóa", "184", "12", "33.800"),
    ("Các địa phương còn lại", "Quảng Trị", "90", "9", "18.100"),
    ("Tổng cộng", "Quảng Trị", "1.024", "115", "186.400"),
]

FIGS = [
    F("tổ chức 1.024 điểm", "1.024", 1024, "count", "điểm sinh hoạt hè",
      subject="điểm sinh hoạt hè", period=SUMMER),
    F("thu hút 186.400 lượt", "186.400", 186400, "count", "lượt thiếu nhi",
      change=C("increase", 6.2, "%", "năm 2023"), subject="lượt thiếu nhi tham gia sinh hoạt hè",
      period=SUMMER),
]
for label, place, a, b, c in ROWS:
    tag = "tổng cộng " if label == "Tổng cộng" else ""
    num = lambda s: float(s.replace(".", ""))
    FIGS += [
        F(f"{label} | {a} |", a, num(a), "count", "điểm", subject=f"{tag}điểm sinh hoạt hè",
          period=I(SUMMER), location=place),
        F(f"| {a} | {b} |", b, num(b), "count", "lớp", subject=f"{tag}lớp dạy bơi",
          period=I(SUMMER), location=place),
        F(f"| {b} | {c}", c, num(c), "count", "lượt thiếu nhi", subject=f"{tag}lượt thiếu nhi tham gia",
          period=I(SUMMER), location=place),
    ]
FIGS += [
    F("mở 115 lớp", "115", 115, "count", "lớp dạy bơi", subject="lớp dạy bơi", period=I(SUMMER)),
    F("với 3.450 học viên", "3.450", 3450, "count", "học viên", subject="học viên lớp dạy bơi",
      period=I(SUMMER)),
    F("2.760 em", "2.760", 2760, "count", "em", total=3450, percent=80,
      subject="em biết bơi thành thạo", period=I(SUMMER)),
    F("là 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", subject="kinh phí tổ chức các lớp dạy bơi",
      period=I(SUMMER)),
    F("bình quân 10 triệu đồng/lớp", "10", 10000000, "money", "đồng/lớp",
      subject="kinh phí bình quân mỗi lớp dạy bơi", period=I(SUMMER)),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", subject="vụ đuối nước", period=ASOF),
    F("làm 6 trẻ em", "6", 6, "count", "trẻ em", change=C("decrease", 3, "trẻ", "cùng kỳ năm 2023"),
      subject="trẻ em tử vong do đuối nước", period=ASOF),
    F("Có 2.180 tình nguyện viên", "2.180", 2180, "count", "tình nguyện viên",
      change=C("increase", 1.4, "lần", "năm 2023"),
      subject="tình nguyện viên phụ trách các điểm sinh hoạt hè", period=I(SUMMER)),
    F("Phấn đấu 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có điểm sinh hoạt hè", period=Y25),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", value_max=15, status="target", optional=True),
    F("đạt 55%", "55", 55, "percent", "%", status="target",
      subject="tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi", period=Y25),
]

COMMENTS = [
    "Formal report of UBND tỉnh Quảng Trị, Số 287/BC-UBND, dated 12/9/2024 (published = the report date).",
    "Flattened table: every numeric cell is a figure; the row place goes to location, the column label is the subject,",
    "units from the header and the 'Đơn vị tính' line; the period comes from the sentence above the table (inherited).",
    "'Các địa phương còn lại' and 'Tổng cộng' rows: location Quảng Trị (no single district). Table cells get no totals.",
    "'gấp 1,4 lần năm 2023' after 2.180 is read as its change (increase, 1,4 lần); not a multiple standing alone.",
    "'giảm 3 trẻ so với cùng kỳ' is the change of '6 trẻ em'. 'Tính đến ngày 31/8/2024' is an as-of period.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the targets their period (inherited).",
    "Distractors: 'Số: 287/BC-UBND', 'Kế hoạch số 96/KH-UBND ngày 15/5/2024', section numbers I., 1.-3., II., report date.",
]

write(3, TEXT, FIGS, COMMENTS, published="2024-09-12", location="Quảng Trị")
