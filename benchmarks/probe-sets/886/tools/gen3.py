"""p886-3: UBND tỉnh Điện Biên formal report, improved stoves 6 months 2024, flattened | table by district."""
from lib import F, period, inherit, target, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Điện Biên, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả hỗ trợ bếp đun tiết kiệm củi 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hỗ trợ bếp đun cải tiến
Thực hiện Kế hoạch số 156/KH-UBND ngày 20/01/2024, trong 6 tháng đầu năm toàn tỉnh đã hỗ trợ 1.850/3.000 hộ lắp đặt bếp đun cải tiến theo kế hoạch năm, đạt 61,7%. Kết quả cụ thể như sau:

Đơn vị tính: hộ
Huyện | Kế hoạch năm 2024 | Thực hiện 6 tháng | Tỷ lệ (%)
Mường Nhé | 900 | 610 | 67,8
Nậm Pồ | 800 | 485 | 60,6
Tủa Chùa | 700 | 430 | 61,4
Điện Biên Đông | 600 | 325 | 54,2
Tổng cộng | 3.000 | 1.850 | 61,7

2. Quản lý khai thác củi, sản xuất than
Các lực lượng chức năng đã kiểm tra, phát hiện 27 vụ khai thác củi trái phép, tịch thu 46 m3 củi và 1,8 tấn than hoa, xử phạt hành chính 135 triệu đồng. Lượng củi tiêu thụ của hộ dùng bếp cải tiến ước giảm từ 4,2 tấn xuống còn 2,6 tấn/hộ/năm.

3. Kinh phí
Tổng kinh phí thực hiện 6 tháng là 1,48 tỷ đồng (ngân sách Trung ương 1,11 tỷ đồng, ngân sách tỉnh 370 triệu đồng), bằng 59,2% dự toán năm.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu hoàn thành 100% kế hoạch năm, hỗ trợ thêm 1.150 hộ; dự kiến giải ngân khoảng 1,02 tỷ đồng.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P6 = period("6 tháng đầu năm", "2024-01-01", "2024-06-30")
PKH = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
PTH = period("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
P6b = period("6 tháng", "2024-01-01", "2024-06-30")
PH2 = period("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True)
SKH = "hộ lắp đặt bếp đun cải tiến kế hoạch năm 2024"
STH = "hộ lắp đặt bếp đun cải tiến thực hiện 6 tháng"
STL = "tỷ lệ thực hiện so với kế hoạch năm"

FIGS = [
    F("hỗ trợ 1.850/3.000 hộ", "1.850", 1850, "count", "hộ", "hộ lắp đặt bếp đun cải tiến", percent=61.7,
      target=target(3000, "hộ"), period=P6),
]
ROWS = [("Mường Nhé", "900", "610", "67,8"), ("Nậm Pồ", "800", "485", "60,6"), ("Tủa Chùa", "700", "430", "61,4"),
        ("Điện Biên Đông", "600", "325", "54,2"), ("Tổng cộng", "3.000", "1.850", "61,7")]
for place, kh, th, tl in ROWS:
    loc = "Điện Biên" if place == "Tổng cộng" else place
    pre = "tổng cộng " if place == "Tổng cộng" else ""
    FIGS += [
        F(f"{place} | {kh}", kh, float(kh.replace(".", "")), "count", "hộ", pre + SKH, status="target",
          period=PKH, location=loc),
        F(f"{kh} | {th}", th, float(th.replace(".", "")), "count", "hộ", pre + STH, period=PTH, location=loc),
        F(f"{th} | {tl}", tl, float(tl.replace(",", ".")), "percent", "%", pre + STL,
          period=inherit(P6), location=loc),
    ]
FIGS += [
    F("phát hiện 27 vụ", "27", 27, "count", "vụ", "vụ khai thác củi trái phép", period=inherit(P6)),
    F("tịch thu 46 m3", "46", 46, "measure", "m3", "củi bị tịch thu", period=inherit(P6)),
    F("1,8 tấn than hoa", "1,8", 1.8, "measure", "tấn", "than hoa bị tịch thu", period=inherit(P6)),
    F("135 triệu đồng", "135", 135e6, "money", "đồng", "xử phạt hành chính", period=inherit(P6)),
    F("từ 4,2 tấn", "4,2", 4.2, "measure", "tấn/hộ/năm", "lượng củi tiêu thụ của hộ dùng bếp cải tiến trước đây",
      status="estimate"),
    F("còn 2,6 tấn/hộ/năm", "2,6", 2.6, "measure", "tấn/hộ/năm", "lượng củi tiêu thụ của hộ dùng bếp cải tiến",
      status="estimate"),
    F("là 1,48 tỷ đồng", "1,48", 1.48e9, "money", "đồng", "tổng kinh phí thực hiện", percent=59.2, period=P6b),
    F("Trung ương 1,11 tỷ đồng", "1,11", 1.11e9, "money", "đồng", "kinh phí từ ngân sách Trung ương",
      total=1.48e9, period=P6b),
    F("ngân sách tỉnh 370 triệu", "370", 370e6, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=1.48e9, period=P6b),
    F("hoàn thành 100%", "100", 100, "percent", "%", "hoàn thành kế hoạch năm", status="target", period=PH2),
    F("thêm 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ được hỗ trợ thêm", status="target", period=PH2),
    F("khoảng 1,02 tỷ đồng", "1,02", 1.02e9, "money", "đồng", "kinh phí giải ngân", approx="about",
      status="forecast", period=PH2),
]

NOTES = [
    "UBND tỉnh Điện Biên, Số: 287/BC-UBND, 15/7/2024: kết quả hỗ trợ bếp đun tiết kiệm củi 6 tháng đầu năm 2024.",
    "'1.850/3.000 hộ ... theo kế hoạch năm' gives target 3.000 (a plan), not a total; 'đạt 61,7%' is its share.",
    "Flattened table (Đơn vị tính: hộ): every cell a figure; district rows give location, 'Tổng cộng' row is the province.",
    "Column 'Kế hoạch năm 2024' gives status target and period 2024; 'Thực hiện 6 tháng' gives period H1/2024 (scored);",
    "'Tỷ lệ (%)' has no period of its own (inherited from the title). Table cells carry no total.",
    "'ước giảm từ 4,2 tấn xuống còn 2,6 tấn/hộ/năm': both estimates, not a range. Section II figures inherit '6 tháng cuối năm 2024'.",
    "Not figures: Số 287/BC-UBND, Kế hoạch số 156/KH-UBND, dates, section numbers I./II./1./2./3.",
]

write("p886-3", TEXT, FIGS, NOTES, published="2024-07-15", location="Điện Biên")
