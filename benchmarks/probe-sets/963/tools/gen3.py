"""p963-3: UBND tỉnh Long An formal report, fuel trading and e-invoices 9 months 2024, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LONG AN
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình kinh doanh xăng dầu và triển khai hóa đơn điện tử 9 tháng năm 2024

I. TÌNH HÌNH CHUNG
1. Mạng lưới kinh doanh
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 563 cửa hàng bán lẻ xăng dầu, tăng 11 cửa hàng so với cuối năm 2023; có 2 thương nhân phân phối và 7 tổng đại lý có trụ sở tại tỉnh. Sản lượng bán ra 9 tháng năm 2024 ước đạt 498.600 m3, đạt 76,2% kế hoạch năm.

2. Triển khai hóa đơn điện tử
Số cửa hàng xuất hóa đơn điện tử theo từng lần bán hàng tại một số địa phương như sau:
Đơn vị tính: cửa hàng
Địa phương | Tổng số cửa hàng | Đã xuất HĐĐT | Chưa xuất HĐĐT
Đức Hòa | 78 | 76 | 2
Bến Lức | 52 | 51 | 1
Cần Giuộc | 61 | 58 | 3
Tân An | 34 | 33 | 1
Tổng cộng | 225 | 218 | 7
Toàn tỉnh có 549/563 cửa hàng đã xuất hóa đơn điện tử, đạt 97,5%; 14 cửa hàng còn lại chủ yếu là cửa hàng nhỏ ở vùng sâu, có sản lượng dưới 30 m3/tháng.

II. CÔNG TÁC KIỂM TRA, KIỂM SOÁT
Từ đầu năm đến nay, các ngành chức năng đã kiểm tra 212 lượt cửa hàng, xử lý 36 trường hợp vi phạm với tổng số tiền phạt 652 triệu đồng, tăng 18,3% so với cùng kỳ; tạm đình chỉ hoạt động 2 cửa hàng do không bảo đảm điều kiện phòng cháy, chữa cháy.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% cửa hàng xuất hóa đơn điện tử trước ngày 31/12/2024; dự kiến sản lượng cả năm đạt khoảng 660.000 m3.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
EOY = P("trước ngày 31/12/2024", end="2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

COLS = ("Tổng số cửa hàng", "Đã xuất HĐĐT", "Chưa xuất HĐĐT")
ROWS = [  # (place, anchors of the three cells, values)
    ("Đức Hòa", ("Đức Hòa | 78", "78 | 76", "| 76 | 2"), (78, 76, 2)),
    ("Bến Lức", ("Bến Lức | 52", "52 | 51", "| 51 | 1"), (52, 51, 1)),
    ("Cần Giuộc", ("Cần Giuộc | 61", "61 | 58", "| 58 | 3"), (61, 58, 3)),
    ("Tân An", ("Tân An | 34", "34 | 33", "| 33 | 1"), (34, 33, 1)),
    ("Long An", ("Tổng cộng | 225", "225 | 218", "| 218 | 7"), (225, 218, 7)),
]

FIGS = [
    F("có 563 cửa hàng", "563", 563, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu", ASOF,
      change=C("increase", 11, "cửa hàng", "cuối năm 2023")),
    F("có 2 thương nhân phân phối", "2", 2, "count", "thương nhân phân phối",
      "thương nhân phân phối có trụ sở tại tỉnh", ASOF),
    F("7 tổng đại lý", "7", 7, "count", "tổng đại lý", "tổng đại lý có trụ sở tại tỉnh", ASOF),
    F("ước đạt 498.600 m3", "498.600", 498600, "measure", "m3", "sản lượng xăng dầu bán ra", M9,
      status="estimate", percent=76.2),
]
for place, anchors, values in ROWS:
    for col, anchor, value in zip(COLS, anchors, values):
        num = str(value)
        subj = col if place != "Long An" else f"Tổng cộng {col}"
        FIGS.append(F(anchor, num, value, "count", "cửa hàng", subj, I(ASOF), location=place))
FIGS += [
    F("có 549/563 cửa hàng", "549", 549, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn điện tử", I(ASOF), total=563, percent=97.5),
    F("97,5%; 14 cửa hàng", "14", 14, "count", "cửa hàng",
      "cửa hàng còn lại chưa xuất hóa đơn điện tử", I(ASOF)),
    F("dưới 30 m3/tháng", "30", 30, "measure", "m3/tháng", "sản lượng của cửa hàng nhỏ",
      approx="under", optional=True),
    F("kiểm tra 212 lượt cửa hàng", "212", 212, "count", "lượt cửa hàng",
      "lượt cửa hàng được kiểm tra", YTD),
    F("xử lý 36 trường hợp", "36", 36, "count", "trường hợp", "trường hợp vi phạm được xử lý", YTD),
    F("tiền phạt 652 triệu đồng", "652", 652000000, "money", "đồng", "tổng số tiền phạt", YTD,
      change=C("increase", 18.3, "%", "cùng kỳ")),
    F("hoạt động 2 cửa hàng", "2", 2, "count", "cửa hàng",
      "cửa hàng bị tạm đình chỉ hoạt động", YTD),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "cửa hàng xuất hóa đơn điện tử", EOY,
      status="target"),
    F("khoảng 660.000 m3", "660.000", 660000, "measure", "m3", "sản lượng xăng dầu cả năm", YEAR,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo số 356/BC-UBND của UBND tỉnh Long An, 08/10/2024: mạng lưới, sản lượng, hóa đơn điện tử (bảng '|' theo địa phương), kiểm tra 9 tháng.",
    "Table (Đơn vị tính: cửa hàng): every cell a count; subject = column label (a place row goes to location); 'Tổng cộng' row is Long An.",
    "Table cells take no totals (the 'Tổng cộng' row is its own figure); their as-of period comes from section 1 (inherited).",
    "'đạt 76,2% kế hoạch năm' after the estimate is its percent; 'tăng 11 cửa hàng so với cuối năm 2023' is the change of 563.",
    "'Từ đầu năm đến nay' ends at the report date 2024-10-08; 'cả năm' = 2024; 'dưới 30 m3/tháng' is a category threshold (optional).",
    "Distractors: Số: 356/BC-UBND, section numbers I.-III., 1.-2., heading 'QUÝ IV/2024', 31/12/2024, 'Nơi nhận' block.",
]

write("p963-3", TEXT, FIGS, NOTES, published="2024-10-08", location="Long An")
