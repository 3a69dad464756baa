from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ PHỦ LÝ
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phủ Lý, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cấp nước sạch đô thị 9 tháng năm 2024

Thực hiện Kế hoạch số 36/KH-UBND ngày 20/02/2024 của UBND thành phố về bảo đảm cấp nước an toàn, UBND thành phố Phủ Lý báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu

Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | So với KH (%)
Sản lượng nước sản xuất | nghìn m3 | 14.600 | 11.180 | 76,6
Sản lượng nước thương phẩm | nghìn m3 | 12.260 | 9.347 | 76,2
Số đấu nối mới | đấu nối | 2.400 | 1.962 | 81,8
Tỷ lệ thất thoát nước | % | 16,0 | 16,4 | -
Tỷ lệ hộ dân nội thành được cấp nước sạch | % | 100 | 99,7 | 99,7

2. Kết quả cụ thể
Tổng công suất các nhà máy nước cấp cho thành phố hiện đạt 60.000 m3/ngày đêm, trong đó Nhà máy nước Phủ Lý 40.000 m3/ngày đêm, Nhà máy nước Nam Hà Nam 20.000 m3/ngày đêm. Trong 9 tháng, đơn vị cấp nước đã cải tạo, thay thế 7,2 km tuyến ống, xử lý 318 sự cố rò rỉ, vỡ ống. Chất lượng nước được kiểm tra định kỳ, 100% mẫu xét nghiệm đạt QCVN 01-1:2018/BYT.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 hoàn thành tối thiểu 2.400 đấu nối mới, tỷ lệ thất thoát không quá 16%.

Nơi nhận:
- UBND tỉnh Hà Nam;
- Sở Xây dựng;
- Lưu: VT, QLĐT.
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
THI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
ROWS = [
    # label, unit, mult/kind, plan (anchor, number, value), result, pct
    ("Sản lượng nước sản xuất", "m3", "measure", ("nghìn m3 | 14.600", "14.600", 14600000), ("| 11.180 |", "11.180", 11180000), ("| 76,6", "76,6", 76.6)),
    ("Sản lượng nước thương phẩm", "m3", "measure", ("nghìn m3 | 12.260", "12.260", 12260000), ("| 9.347 |", "9.347", 9347000), ("| 76,2", "76,2", 76.2)),
    ("Số đấu nối mới", "đấu nối", "count", ("đấu nối | 2.400", "2.400", 2400), ("| 1.962 |", "1.962", 1962), ("| 81,8", "81,8", 81.8)),
    ("Tỷ lệ thất thoát nước", "%", "percent", ("% | 16,0", "16,0", 16), ("| 16,4 |", "16,4", 16.4), None),
    ("Tỷ lệ hộ dân nội thành được cấp nước sạch", "%", "percent", ("% | 100 |", "100", 100), ("| 99,7 |", "99,7", 99.7), ("99,7 | 99,7", "99,7", 99.7)),
]
FIGS = []
for label, unit, kind, plan, res, pct in ROWS:
    FIGS.append(F(plan[0], plan[1], plan[2], kind, unit, label + " kế hoạch năm 2024", status="target", period=KH))
    FIGS.append(F(res[0], res[1], res[2], kind, unit, label + " thực hiện 9 tháng năm 2024", period=TH))
    if pct:
        FIGS.append(F(pct[0], pct[1], pct[2], "percent", "%", label + " so với kế hoạch", period=THI))
# the last pct anchor '99,7 | 99,7' contains the result cell first: point it at the second number instead
FIGS[-1] = F("| 99,7\n", "99,7", 99.7, "percent", "%", "Tỷ lệ hộ dân nội thành được cấp nước sạch so với kế hoạch", period=THI)

CAP = "công suất"
FIGS += [
    F("hiện đạt 60.000 m3", "60.000", 60000, "measure", "m3/ngày đêm", "Tổng công suất các nhà máy nước cấp cho thành phố"),
    F("Phủ Lý 40.000 m3", "40.000", 40000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Phủ Lý", total=60000),
    F("Nam 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Nam Hà Nam", total=60000),
    F("thay thế 7,2 km", "7,2", 7.2, "measure", "km", "tuyến ống cải tạo, thay thế", period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("xử lý 318 sự cố", "318", 318, "count", "sự cố", "sự cố rò rỉ, vỡ ống được xử lý", period=P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("100% mẫu", "100", 100, "percent", "%", "mẫu xét nghiệm đạt QCVN 01-1:2018/BYT"),
    F("tối thiểu 2.400 đấu nối", "2.400", 2400, "count", "đấu nối", "đấu nối mới", approx="at_least", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
    F("không quá 16%", "16", 16, "percent", "%", "tỷ lệ thất thoát", approx="at_most", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]

emit(6, TEXT, [
    "Formal report of UBND thành phố Phủ Lý (letterhead 'Số: 214/BC-UBND', place-and-date line 05/10/2024): urban water supply, 9 months 2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024 | So với KH (%). Every numeric cell is a figure;",
    "the 'nghìn m3' unit cell multiplies by 1000 (14.600 nghìn m3 = 14 600 000 m3); plan cells status target, period from the column header;",
    "the 'So với KH (%)' cells are percent figures of their own (as shared h23 keeps plan and result cells separate); their period comes from the title (inherited). '-' is no figure.",
    "Distractors: 'Số: 214/BC-UBND', 'Kế hoạch số 36/KH-UBND ngày 20/02/2024', 'QCVN 01-1:2018/BYT', section numbers 'I.', '1.', '2.', 'II.', 'QUÝ IV/2024' heading,",
    "plant name 'Nhà máy nước Nam Hà Nam' (not a place of the figure). 60.000 capacity split 'trong đó' 40.000 + 20.000 (total).",
    "Tasks: 'Phấn đấu đến ngày 31/12/2024 … tối thiểu 2.400' target, at_least; 'không quá 16%' target, at_most.",
], FIGS, published="2024-10-05", location="Phủ Lý")
