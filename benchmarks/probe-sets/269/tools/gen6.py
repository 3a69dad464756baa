from lib import F, P, build
T = """UBND HUYỆN ĐỨC THỌ
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Thọ, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện thanh toán không dùng tiền mặt trong chi trả an sinh xã hội, thu học phí năm 2024

Thực hiện Kế hoạch số 52/KH-UBND ngày 15/02/2024 của UBND huyện, UBND huyện Đức Thọ báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Năm 2024, toàn huyện có 16/16 xã, thị trấn tổ chức chi trả trợ cấp qua tài khoản; 100% cơ quan, đơn vị hưởng lương từ ngân sách chi trả lương qua tài khoản. Tổng số tiền chi trả an sinh xã hội qua tài khoản đạt 58,74 tỷ đồng, chiếm 71,3% tổng kinh phí chi trả, tăng 12,6% so với năm 2023.

2. Kết quả một số chỉ tiêu chủ yếu:
Đơn vị tính: người
TT | Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ so với KH (%)
1 | Đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản | 3.200 | 3.412 | 106,6
2 | Người có công nhận trợ cấp qua tài khoản | 1.450 | 1.318 | 90,9
3 | Học sinh nộp học phí không dùng tiền mặt | 9.800 | 10.245 | 104,5
4 | Người nộp thuế, phí qua ngân hàng | 2.600 | 2.734 | 105,2

3. Về hạ tầng, trên địa bàn huyện hiện có 9 máy ATM, 64 máy POS và 312 điểm bán lẻ chấp nhận thanh toán bằng mã QR; 3 chi nhánh ngân hàng thương mại và 1 phòng giao dịch Ngân hàng Chính sách xã hội.

II. NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ người có công nhận trợ cấp qua tài khoản đạt 95%; 100% trường học thu học phí không dùng tiền mặt.

Nơi nhận:
- UBND tỉnh (b/c);
- Phòng LĐ-TB&XH;
- Lưu: VT, VP.
"""
p24 = P("Năm 2024", "2024-01-01", "2024-12-31")
p24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
pk = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
pt = P("Thực hiện năm 2024", "2024-01-01", "2024-12-31")
p25i = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)
rows = [("Đối tượng bảo trợ xã hội nhận trợ cấp qua tài khoản", "3.200", 3200, "3.412", 3412, "106,6", 106.6),
        ("Người có công nhận trợ cấp qua tài khoản", "1.450", 1450, "1.318", 1318, "90,9", 90.9),
        ("Học sinh nộp học phí không dùng tiền mặt", "9.800", 9800, "10.245", 10245, "104,5", 104.5),
        ("Người nộp thuế, phí qua ngân hàng", "2.600", 2600, "2.734", 2734, "105,2", 105.2)]
figs = [
 F("16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn tổ chức chi trả trợ cấp qua tài khoản", total=16, period=p24),
 F("100% cơ quan", "100", 100, "percent", "%", "cơ quan, đơn vị hưởng lương từ ngân sách chi trả lương qua tài khoản", period=p24),
 F("đạt 58,74 tỷ đồng", "58,74", 58.74e9, "money", "đồng", "tổng số tiền chi trả an sinh xã hội qua tài khoản", percent=71.3,
   change={"direction": "increase", "value": 12.6, "unit": "%", "baseline": "năm 2023"}, period=p24i),
]
for label, a, av, b, bv, c, cv in rows:
    figs += [
     F(f"| {a} |", a, av, "count", "người", f"{label} kế hoạch năm 2024", status="target", period=pk),
     F(f"| {b} |", b, bv, "count", "người", f"{label} thực hiện năm 2024", period=pt),
     F(f"| {c}", c, cv, "percent", "%", f"{label} tỷ lệ so với kế hoạch", period=p24i),
    ]
figs += [
 F("có 9 máy ATM", "9", 9, "count", "máy ATM", "máy ATM trên địa bàn huyện"),
 F("64 máy POS", "64", 64, "count", "máy POS", "máy POS trên địa bàn huyện"),
 F("312 điểm bán lẻ", "312", 312, "count", "điểm bán lẻ", "điểm bán lẻ chấp nhận thanh toán bằng mã QR"),
 F("3 chi nhánh", "3", 3, "count", "chi nhánh", "chi nhánh ngân hàng thương mại"),
 F("1 phòng giao dịch", "1", 1, "count", "phòng giao dịch", "phòng giao dịch Ngân hàng Chính sách xã hội"),
 F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ người có công nhận trợ cấp qua tài khoản", status="target", period=p25i),
 F("; 100% trường học", "100", 100, "percent", "%", "trường học thu học phí không dùng tiền mặt", status="target", period=p25i),
]
C = ["UBND huyện Đức Thọ (Hà Tĩnh): formal report 'Số: 418/BC-UBND' with letterhead, place-and-date line 'Đức Thọ, ngày 20 tháng 12 năm 2024'.",
     "Flattened '|' table: Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ so với KH (%), 'Đơn vị tính: người'. Plan cells: status target;",
     "result cells actual; the ratio column is percent (its header has no year: period inherited from the report year). Row numbers 1-4 and 'TT' are not figures.",
     "Distractors: 'Số: 418/BC-UBND', 'Kế hoạch số 52/KH-UBND ngày 15/02/2024', section numbers I., II., 1., 2., 3., 'Lưu: VT, VP'.",
     "'16/16 xã, thị trấn': count 16 with total 16. '58,74 tỷ đồng, chiếm 71,3% ..., tăng 12,6% so với năm 2023': percent and change of the money.",
     "2025 tasks: period from the heading 'NHIỆM VỤ NĂM 2025' (inherited), status target. Infrastructure stock 'hiện có' has no period."]
build(6, T, figs, C, published="2024-12-20", location="Đức Thọ")
