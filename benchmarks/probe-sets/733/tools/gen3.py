import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """UBND THÀNH PHỐ HUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/BC-UBND
Huế, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai hệ thống xe đạp công cộng 9 tháng năm 2024

Thực hiện Quyết định số 1127/QĐ-UBND ngày 15/5/2023 của UBND tỉnh Thừa Thiên Huế, UBND thành phố Huế báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hạ tầng, phương tiện
Đến ngày 30/9/2024, thành phố đã đưa vào khai thác 40 trạm, đạt 80% kế hoạch giai đoạn 2023-2025 (50 trạm), với tổng số 400 xe đạp.

2. Kết quả khai thác
Bảng 1. Kết quả khai thác 9 tháng năm 2024
Chỉ tiêu | Đơn vị | Quý I | Quý II | Quý III | 9 tháng
Lượt thuê | lượt | 52.310 | 71.845 | 96.420 | 220.575
Quãng đường | km | 146.500 | 208.300 | 289.260 | 644.060
Doanh thu | triệu đồng | 198,6 | 275,4 | 368,9 | 842,9

Tính chung 9 tháng, lượt thuê tăng 38,6% so với cùng kỳ năm 2023; bình quân mỗi xe phục vụ 2,0 lượt/ngày. Đã phát hành 3.215 thẻ thành viên, trong đó học sinh, sinh viên 1.480 thẻ, chiếm 46%. Ước tính hệ thống đã góp phần giảm khoảng 96 tấn CO2 so với sử dụng xe máy.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
1. Dự kiến lắp đặt bổ sung 10 trạm tại khu vực phía Nam sông Hương, nâng tổng số xe lên 500 xe, trong đó 150 xe đạp điện.
2. Phấn đấu cả năm 2024 đạt 300.000 lượt thuê, doanh thu khoảng 1,15 tỷ đồng.

Nơi nhận:
- UBND tỉnh;
- Sở GTVT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Đến ngày 30/9/2024", None, "2024-09-30")
Q = {"Quý I": ("2024-01-01", "2024-03-31"), "Quý II": ("2024-04-01", "2024-06-30"),
     "Quý III": ("2024-07-01", "2024-09-30"), "9 tháng": ("2024-01-01", "2024-09-30")}
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Lượt thuê", "count", "lượt", 1, ["| 52.310 |", "| 71.845 |", "| 96.420 |", "| 220.575"], ["52.310", "71.845", "96.420", "220.575"]),
    ("Quãng đường", "measure", "km", 1, ["146.500", "208.300", "289.260", "644.060"], ["146.500", "208.300", "289.260", "644.060"]),
    ("Doanh thu", "money", "đồng", 1e6, ["198,6", "275,4", "368,9", "842,9"], ["198,6", "275,4", "368,9", "842,9"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("khai thác 40 trạm", "40", 40, "count", "trạm", "trạm xe đạp công cộng đưa vào khai thác", ASOF,
      percent=80, target=TG(50, "trạm")),
    F("tổng số 400 xe đạp", "400", 400, "count", "xe đạp", "xe đạp công cộng đưa vào khai thác", ASOF),
]
for label, kind, unit, mult, anchors, numbers in ROWS:
    for col, anchor, n in zip(Q, anchors, numbers):
        v = num(n) * mult
        v = int(round(v)) if abs(v - round(v)) < 1e-6 else v
        FIGS.append(F(anchor, n, v, kind, unit, f"{label} {col}", P(col, *Q[col])))
FIGS += [
    F("tăng 38,6%", "38,6", 38.6, "percent", "%", "lượt thuê", M9),
    F("2,0 lượt/ngày", "2,0", 2, "measure", "lượt/ngày", "lượt thuê bình quân mỗi xe", M9),
    F("hành 3.215 thẻ", "3.215", 3215, "count", "thẻ thành viên", "thẻ thành viên đã phát hành", I(M9)),
    F("sinh viên 1.480 thẻ", "1.480", 1480, "count", "thẻ", "thẻ thành viên của học sinh, sinh viên", I(M9),
      total=3215, percent=46),
    F("khoảng 96 tấn CO2", "96", 96, "measure", "tấn CO2", "lượng CO2 giảm so với sử dụng xe máy", I(M9),
      approx="about", status="estimate"),
    F("bổ sung 10 trạm", "10", 10, "count", "trạm", "trạm lắp đặt bổ sung", I(Q4), status="forecast"),
    F("lên 500 xe", "500", 500, "count", "xe", "tổng số xe", I(Q4), status="forecast"),
    F("trong đó 150 xe", "150", 150, "count", "xe đạp điện", "xe đạp điện", I(Q4), total=500, status="forecast"),
    F("đạt 300.000 lượt thuê", "300.000", 300000, "count", "lượt thuê", "lượt thuê cả năm", Y24, status="target"),
    F("khoảng 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "doanh thu cả năm", Y24, approx="about", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND THÀNH PHỐ HUẾ, Số: 512/BC-UBND, 'Huế, ngày 08 tháng 10 năm 2024'): xe đạp công cộng 9 tháng năm 2024.",
    "Flattened '|' table (Chỉ tiêu | Đơn vị | Quý I | Quý II | Quý III | 9 tháng), unit per row in the Đơn vị column ('triệu đồng' ×10^6).",
    "Every numeric cell is a figure; subject = row label + column; period from the column header (year from the title), scored as in h23.",
    "Not figures: Số 512/BC-UBND, Quyết định số 1127/QĐ-UBND ngày 15/5/2023, 'giai đoạn 2023-2025', 'Bảng 1', section numbers I./II./1./2.",
    "'40 trạm, đạt 80% kế hoạch … (50 trạm)': 80 is the percent of the 40 stations and 50 the plan (target). 'lượt thuê tăng 38,6%' with no base",
    "amount is a percent figure without change. 'Dự kiến …' (list item 1) → forecast for its clauses; 'Phấn đấu' → target.",
    "revised: subject of the growth rate 'tăng 38,6%' is the indicator 'lượt thuê' (was 'lượt thuê tăng so với cùng kỳ năm 2023').",
    "The QUÝ IV/2024 heading is another sentence: its period is inherited. Location: the city Huế.",
]

if __name__ == "__main__":
    emit("p733-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Huế")
