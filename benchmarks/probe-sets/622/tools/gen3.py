"""p622-3: UBND tỉnh Quảng Trị formal report, 9 months 2024, with a flattened '|' table."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-UBND
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thu hút đầu tư 9 tháng năm 2024, nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Cấp mới: 9 tháng năm 2024, UBND tỉnh đã quyết định chủ trương đầu tư, cấp Giấy chứng nhận đăng ký đầu tư cho 29 dự án với tổng vốn đăng ký 8.436,2 tỷ đồng, tăng 24,6% so với cùng kỳ; trong đó Khu kinh tế Đông Nam Quảng Trị có 8 dự án, vốn đăng ký 5.120 tỷ đồng.
2. Điều chỉnh: đã điều chỉnh 34 lượt dự án, trong đó 9 dự án điều chỉnh tăng vốn thêm 1.318,5 tỷ đồng, 15 dự án điều chỉnh tiến độ.
3. Chấm dứt hoạt động: chấm dứt 6 dự án, thu hồi 47,3 ha đất; tổng vốn đăng ký của các dự án bị chấm dứt khoảng 1.020 tỷ đồng.
4. Giải ngân: vốn thực hiện của các nhà đầu tư ước đạt 3.950 tỷ đồng, đạt 65,8% kế hoạch năm (6.000 tỷ đồng).

Bảng 1. Kết quả thu hút đầu tư 9 tháng năm 2024
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Dự án cấp mới | dự án | 40 | 29 | 72,5
Vốn đăng ký cấp mới | tỷ đồng | 12.000 | 8.436,2 | 70,3
Diện tích đất giao, cho thuê | ha | 350 | 212,8 | 60,8
Vốn thực hiện | tỷ đồng | 6.000 | 3.950 | 65,8

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cấp mới thêm ít nhất 11 dự án, đưa tổng số dự án cấp mới cả năm 2024 đạt 40 dự án; đẩy nhanh giải phóng mặt bằng các dự án dọc Quốc lộ 9 và Khu công nghiệp Quán Ngang.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9 = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("cho 29 dự án", "29", 29, "count", "dự án",
      "dự án được quyết định chủ trương đầu tư, cấp Giấy chứng nhận đăng ký đầu tư", M9Y),
    F("ký 8.436,2 tỷ đồng", "8.436,2", 8436.2e9, "money", "đồng", "tổng vốn đăng ký", M9Y,
      change=CH("increase", 24.6, "%", "cùng kỳ")),
    F("có 8 dự án", "8", 8, "count", "dự án", "dự án Khu kinh tế Đông Nam Quảng Trị", M9Y, total=29),
    F("5.120 tỷ đồng", "5.120", 5120e9, "money", "đồng", "vốn đăng ký Khu kinh tế Đông Nam Quảng Trị", M9Y,
      total=8436.2e9),
    F("điều chỉnh 34 lượt", "34", 34, "count", "lượt dự án", "dự án điều chỉnh", I(M9Y)),
    F("trong đó 9 dự án", "9", 9, "count", "dự án", "dự án điều chỉnh tăng vốn", I(M9Y), total=34),
    F("thêm 1.318,5 tỷ đồng", "1.318,5", 1318.5e9, "money", "đồng", "vốn điều chỉnh tăng thêm", I(M9Y)),
    F("15 dự án", "15", 15, "count", "dự án", "dự án điều chỉnh tiến độ", I(M9Y), total=34),
    F("chấm dứt 6 dự án", "6", 6, "count", "dự án", "dự án chấm dứt hoạt động", I(M9Y)),
    F("thu hồi 47,3 ha", "47,3", 47.3, "measure", "ha", "đất thu hồi", I(M9Y)),
    F("khoảng 1.020 tỷ đồng", "1.020", 1020e9, "money", "đồng", "tổng vốn đăng ký của các dự án bị chấm dứt", I(M9Y),
      approx="about"),
    F("ước đạt 3.950 tỷ đồng", "3.950", 3950e9, "money", "đồng", "vốn thực hiện của các nhà đầu tư", I(M9Y),
      percent=65.8, target=T(6000e9, "đồng"), status="estimate"),
    # table: every numeric cell is a figure; the plan column is a target, the 'Tỷ lệ (%)' column a percent figure
    F("| dự án | 40 |", "40", 40, "count", "dự án", "Dự án cấp mới kế hoạch năm 2024", PLAN, status="target"),
    F("| 40 | 29 |", "29", 29, "count", "dự án", "Dự án cấp mới thực hiện 9 tháng", M9),
    F("| 29 | 72,5", "72,5", 72.5, "percent", "%", "Dự án cấp mới tỷ lệ thực hiện so với kế hoạch", I(M9)),
    F("| 12.000 |", "12.000", 12000e9, "money", "đồng", "Vốn đăng ký cấp mới kế hoạch năm 2024", PLAN,
      status="target"),
    F("| 8.436,2 |", "8.436,2", 8436.2e9, "money", "đồng", "Vốn đăng ký cấp mới thực hiện 9 tháng", M9),
    F("| 70,3", "70,3", 70.3, "percent", "%", "Vốn đăng ký cấp mới tỷ lệ thực hiện so với kế hoạch", I(M9)),
    F("| 350 |", "350", 350, "measure", "ha", "Diện tích đất giao, cho thuê kế hoạch năm 2024", PLAN, status="target"),
    F("| 212,8 |", "212,8", 212.8, "measure", "ha", "Diện tích đất giao, cho thuê thực hiện 9 tháng", M9),
    F("| 60,8", "60,8", 60.8, "percent", "%", "Diện tích đất giao, cho thuê tỷ lệ thực hiện so với kế hoạch", I(M9)),
    F("| 6.000 |", "6.000", 6000e9, "money", "đồng", "Vốn thực hiện kế hoạch năm 2024", PLAN, status="target"),
    F("| 3.950 |", "3.950", 3950e9, "money", "đồng", "Vốn thực hiện 9 tháng", M9),
    F("| 65,8", "65,8", 65.8, "percent", "%", "Vốn thực hiện tỷ lệ thực hiện so với kế hoạch", I(M9)),
    F("ít nhất 11 dự án", "11", 11, "count", "dự án", "dự án cấp mới thêm", I(Q4), approx="at_least", status="target"),
    F("đạt 40 dự án", "40", 40, "count", "dự án", "tổng số dự án cấp mới cả năm", Y24, status="target"),
]

COMMENTS = [
    "Báo cáo số 215/BC-UBND của UBND tỉnh Quảng Trị: thu hút đầu tư 9 tháng năm 2024 (cấp mới, điều chỉnh, chấm dứt, giải ngân) + flattened table.",
    "Place-and-date line 'Quảng Trị, ngày 08 tháng 10 năm 2024' gives published. 'Số: 215/BC-UBND', section numbers I./II./1.-4.,",
    "'Bảng 1', 'Quốc lộ 9' are not figures. Items 2-4 continue '9 tháng năm 2024' from item 1 (inherited).",
    "'đạt 65,8% kế hoạch năm (6.000 tỷ đồng)': percent 65,8 and target 6.000 tỷ (bracketed plan) on 3.950 tỷ.",
    "Table: every numeric cell is a figure (incl. 'Tỷ lệ (%)' column, period left inherited: its header names none); 'Kế hoạch năm 2024'",
    "→ status target, period 2024; 'Thực hiện 9 tháng' → actual, period 1-9/2024 (year from the title). Units from the 'Đơn vị tính' column.",
]

if __name__ == "__main__":
    emit("p622-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Trị")
