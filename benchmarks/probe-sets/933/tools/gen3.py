"""p933-3: formal report (UBND TP Cần Thơ) — 9-month street naming, flattened | table of plates by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND THÀNH PHỐ CẦN THƠ
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả đặt tên đường, gắn biển tên đường và biển số nhà 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Đặt tên đường
Thực hiện Nghị quyết số 08/NQ-HĐND ngày 12/7/2024 của HĐND thành phố, trong 9 tháng đầu năm 2024 đã đặt tên mới 64 tuyến đường, tăng 18 tuyến so với cùng kỳ năm 2023, với tổng chiều dài 87,2 km. Lũy kế đến 30/9/2024, toàn thành phố có 1.126 tuyến đường được đặt tên. Đã có 9/9 quận, huyện xây dựng ngân hàng tên đường với 1.540 tên dự kiến.

2. Gắn biển tên đường và biển số nhà
Kết quả theo địa bàn như sau:
Đơn vị tính: biển
Quận, huyện | Biển tên đường | Biển số nhà
Ninh Kiều | 186 | 4.215
Bình Thủy | 74 | 2.038
Cái Răng | 92 | 2.476
Ô Môn | 41 | 1.183
Thốt Nốt | 35 | 967
Tổng cộng | 428 | 10.879

Số biển số nhà gắn mới đạt 72,5% kế hoạch năm (15.000 biển). Tổng kinh phí đã giải ngân là 2.146 triệu đồng, bằng 61,3% dự toán; ước cả năm giải ngân đạt khoảng 3,1 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn 37 tuyến đường đã có tên nhưng chưa gắn biển; khoảng 5% biển số nhà gắn từ năm 2015 đã bong tróc, mờ số, cần thay thế.

III. NHIỆM VỤ QUÝ IV/2024
1. Dự kiến trình HĐND thành phố tại Kỳ họp thứ 18 đặt tên thêm 45 tuyến đường tại quận Cái Răng và huyện Phong Điền.
2. Phấn đấu đến cuối năm 2024 gắn biển tên cho 100% tuyến đường đã đặt tên.

Nơi nhận:
- Thường trực Thành ủy;
- Lưu: VT.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Lũy kế đến 30/9/2024", end="2024-09-30")
ROWS = [("Ninh Kiều", "186", "4.215"), ("Bình Thủy", "74", "2.038"), ("Cái Răng", "92", "2.476"),
        ("Ô Môn", "41", "1.183"), ("Thốt Nốt", "35", "967")]
FIGS = [
    F("mới 64 tuyến đường", "64", 64, "count", "tuyến đường", "tuyến đường được đặt tên mới", M9,
      change=C("increase", 18, "tuyến", "cùng kỳ năm 2023")),
    F("dài 87,2 km", "87,2", 87.2, "measure", "km", "tổng chiều dài tuyến đường được đặt tên mới", M9),
    F("1.126 tuyến đường", "1.126", 1126, "count", "tuyến đường", "tuyến đường được đặt tên", ASOF),
    F("9/9 quận, huyện", "9", 9, "count", "quận, huyện", "quận, huyện xây dựng ngân hàng tên đường", I(ASOF), total=9),
    F("1.540 tên", "1.540", 1540, "count", "tên", "tên dự kiến trong ngân hàng tên đường", I(ASOF)),
]
for place, a, b in ROWS:
    FIGS.append(F(f"{place} | {a} |", a, int(a), "count", "biển", "biển tên đường", I(M9), location=place))
    FIGS.append(F(f"| {a} | {b}", b, int(b.replace(".", "")), "count", "biển", "biển số nhà", I(M9), location=place))
FIGS += [
    F("Tổng cộng | 428", "428", 428, "count", "biển", "tổng cộng biển tên đường", I(M9)),
    F("| 10.879", "10.879", 10879, "count", "biển", "tổng cộng biển số nhà", I(M9)),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "biển số nhà gắn mới so với kế hoạch năm", I(M9)),
    F("(15.000 biển)", "15.000", 15000, "count", "biển", "kế hoạch năm biển số nhà gắn mới",
      P("năm", "2024-01-01", "2024-12-31", inherited=True), status="target"),
    F("2.146 triệu đồng", "2.146", 2146e6, "money", "đồng", "tổng kinh phí đã giải ngân", I(M9), percent=61.3),
    F("khoảng 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "kinh phí giải ngân cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("37 tuyến đường", "37", 37, "count", "tuyến đường", "tuyến đường đã có tên nhưng chưa gắn biển"),
    F("khoảng 5%", "5", 5, "percent", "%", "biển số nhà gắn từ năm 2015 đã bong tróc, mờ số", approx="about"),
    F("thêm 45 tuyến đường", "45", 45, "count", "tuyến đường", "tuyến đường dự kiến trình đặt tên thêm",
      P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True), status="forecast"),
    F("cho 100%", "100", 100, "percent", "%", "tuyến đường đã đặt tên được gắn biển tên",
      P("đến cuối năm 2024", end="2024-12-31"), status="target"),
]

HEADER = [
    "Formal report, UBND TP Cần Thơ, Số: 287/BC-UBND, 15/10/2024: street naming 9 months 2024, flattened | table by district.",
    "Table: 'Đơn vị tính: biển'; district rows -> location; periods from the report title / section (inherited); Tổng cộng row own figures.",
    "Distractors: Số: 287/BC-UBND, Nghị quyết số 08/NQ-HĐND ngày 12/7/2024, section numbers I.-III., 1.-2., Kỳ họp thứ 18, năm 2015.",
    "'1.540 tên dự kiến' = proposed names in the name bank: actual count, not a forecast. '(15.000 biển)' = the annual plan: target figure;",
    "72,5% standing before it is a percent figure of its own. 'ước cả năm' -> estimate. 'Dự kiến trình' -> forecast.",
]

write("p933-3", TEXT, HEADER, FIGS, published="2024-10-15", location="Cần Thơ")
