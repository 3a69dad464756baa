from lib import F, P, emit

TEXT = """
SỞ XÂY DỰNG THÀNH PHỐ CẦN THƠ
Trang chủ / Tin hoạt động

Cần Thơ đẩy mạnh chuyển đổi đèn LED trong chiếu sáng công cộng
Ngày đăng: 20/08/2024 | Lượt xem: 512

Theo Sở Xây dựng thành phố Cần Thơ, tính đến ngày 30/6/2024, hệ thống chiếu sáng công cộng do thành phố quản lý có 48.652 bộ đèn trên gần 1.240 km đường, trong đó có 31.978 bộ đèn LED, chiếm 65,7%.

6 tháng đầu năm 2024, các đơn vị đã thay thế 2.415 bộ đèn cao áp bằng đèn LED, tăng 18,6% so với cùng kỳ năm 2023; điện năng tiêu thụ giảm khoảng 1,35 triệu kWh, tiết kiệm gần 2,9 tỷ đồng tiền điện.

Kết quả tại một số quận (tính đến 30/6/2024):
Đơn vị tính: bộ đèn

Quận

Tổng số

Đèn LED

Tỷ lệ LED (%)

Ninh Kiều

12.840

10.915

85,0

Bình Thủy

6.205

3.980

64,1

Cái Răng

5.930

4.120

69,5

Ô Môn

4.710

2.260

48,0

Đối với các tuyến hẻm, tỷ lệ hẻm có chiếu sáng tại 5 quận đạt 87%, tại 4 huyện mới đạt từ 52% đến 60%. Các tuyến đường đều được thiết kế theo QCVN 07-7:2016/BXD về công trình chiếu sáng.

Kế hoạch năm 2024, thành phố chuyển đổi thêm 4.000 bộ đèn LED, nâng tỷ lệ đèn LED lên trên 70%; đến năm 2025 đạt 80%. Tổng kinh phí thực hiện Chương trình số 12/CTr-UBND về chiếu sáng đô thị ước tính khoảng 96 tỷ đồng.

Thông tin liên hệ: Trung tâm Quản lý chiếu sáng, số 27 đường Trần Văn Hoài, quận Ninh Kiều; điện thoại 0292.3820.358.
"""

AS = P("tính đến ngày 30/6/2024", None, "2024-06-30")
ASi = P("tính đến 30/6/2024", None, "2024-06-30", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 48.652 bộ", "48.652", "count", "bộ đèn", "bộ đèn chiếu sáng công cộng do thành phố quản lý", period=AS),
    F("gần 1.240 km", "1.240", "measure", "km", "đường có chiếu sáng công cộng", approx="nearly", period=AS),
    F("có 31.978 bộ", "31.978", "count", "bộ đèn", "bộ đèn LED", total=48652, percent=65.7, period=AS),
    F("thế 2.415 bộ", "2.415", "count", "bộ đèn", "bộ đèn cao áp được thay thế bằng đèn LED",
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("khoảng 1,35 triệu kWh", "1,35", "measure", "kWh", "điện năng tiêu thụ giảm", mult=1e6, approx="about",
      period=H1),
    F("gần 2,9 tỷ đồng", "2,9", "money", "đồng", "tiền điện tiết kiệm", mult=1e9, approx="nearly", period=H1),
]
ROWS = [("Ninh Kiều", "12.840", "10.915", "85,0"), ("Bình Thủy", "6.205", "3.980", "64,1"),
        ("Cái Răng", "5.930", "4.120", "69,5"), ("Ô Môn", "4.710", "2.260", "48,0")]
for q, tot, led, rate in ROWS:
    FIGS.append(F(f"\n{tot}\n", tot, "count", "bộ đèn", "tổng số bộ đèn", period=ASi, location=q))
    FIGS.append(F(f"\n{led}\n", led, "count", "bộ đèn", "đèn LED", period=ASi, location=q))
    FIGS.append(F(f"\n{rate}\n", rate, "percent", "%", "tỷ lệ LED", period=ASi, location=q))
FIGS += [
    F("tại 5 quận", "5", "count", "quận", "quận", optional=True),
    F("đạt 87%", "87", "percent", "%", "tỷ lệ hẻm có chiếu sáng tại các quận", period=ASi),
    F("tại 4 huyện", "4", "count", "huyện", "huyện", optional=True),
    F("từ 52% đến 60%", "52", "percent", "%", "tỷ lệ hẻm có chiếu sáng tại các huyện", value_max=60, period=ASi),
    F("thêm 4.000 bộ", "4.000", "count", "bộ đèn", "bộ đèn LED chuyển đổi thêm", status="target", period=Y24),
    F("lên trên 70%", "70", "percent", "%", "tỷ lệ đèn LED", approx="over", status="target", period=Y24),
    F("đạt 80%", "80", "percent", "%", "tỷ lệ đèn LED", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("khoảng 96 tỷ đồng", "96", "money", "đồng", "tổng kinh phí thực hiện Chương trình về chiếu sáng đô thị",
      mult=1e9, approx="about", status="estimate"),
]

COMMENTS = [
    "Sở Xây dựng Cần Thơ (department site): public lighting, LED conversion, one-cell-per-line table by district (as h23/h24).",
    "Dateline 'Ngày đăng: 20/08/2024 | Lượt xem: 512' (the counter is page furniture).",
    "31.978 follows 'trong đó' after 48.652 bộ đèn (total) and carries 'chiếm 65,7%'. 'giảm khoảng 1,35 triệu kWh' is a reduction stated as the claim (no base): a figure, no change.",
    "Table: 'Đơn vị tính: bộ đèn' for the count columns, '(%)' for the rate column; the district row label is the location; subject = column label;",
    "  period from the caption '(tính đến 30/6/2024)' (marked inherited: it is not in the cell's own line).",
    "'5 quận', '4 huyện' name the groups the rates describe (structure): optional. 'ước tính khoảng 96 tỷ' = estimate + about; its period is unstated.",
    "Distractors: QCVN 07-7:2016/BXD, Chương trình số 12/CTr-UBND, address số 27, phone 0292.3820.358.",
]

emit(5, TEXT, COMMENTS, FIGS, published="2024-08-20", location="Cần Thơ")
