"""p547-3: formal report UBND tỉnh Hậu Giang, 9 tháng 2024, flattened | table."""
from lib import F, P, I, Y, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hậu Giang, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất lúa, rau màu 9 tháng năm 2024 và nhiệm vụ 3 tháng cuối năm

Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2024 của UBND tỉnh về sản xuất nông nghiệp năm 2024, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất lúa
Bảng 1. Kết quả sản xuất lúa 9 tháng năm 2024
Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng | So KH (%)
Diện tích gieo trồng | ha | 205.000 | 191.420 | 93,4
- Vụ Đông Xuân | ha | 77.500 | 77.860 | 100,5
- Vụ Hè Thu | ha | 76.000 | 76.310 | 100,4
- Vụ Thu Đông | ha | 51.500 | 37.250 | 72,3
Năng suất bình quân | tạ/ha | 62,0 | 63,1 | 101,8
Sản lượng | tấn | 1.271.000 | 1.207.860 | 95,0

Diện tích áp dụng chương trình "1 phải 5 giảm" đạt 46.300 ha, tăng 5.200 ha so với cùng kỳ; tỷ lệ sử dụng giống lúa xác nhận đạt 82%.

2. Sản xuất rau màu
Diện tích rau màu xuống giống 9 tháng đạt 14.850 ha, bằng 78,2% kế hoạch năm; trong đó rau các loại 9.120 ha, bắp 2.450 ha.

II. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Phấn đấu xuống giống 14.250 ha lúa Thu Đông còn lại, đảm bảo tổng diện tích gieo trồng lúa cả năm đạt 205.000 ha; chỉ đạo thu hoạch dứt điểm vụ Hè Thu trước ngày 15/10/2024.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Cảnh Tuyên
"""

COMMENTS = [
    "Formal report of UBND tỉnh Hậu Giang (Số: 287/BC-UBND), rice and vegetables 9 tháng 2024, with a '|'-flattened table",
    "(Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện 9 tháng | So KH (%)). Place-and-date line gives published 2024-10-04.",
    "Table: every numeric cell is a figure; unit from the ĐVT column; 'Kế hoạch năm 2024' cells are targets dated năm 2024 (scored);",
    "'Thực hiện 9 tháng' cells are actual, dated 2024-01..09 from the header (year from the title); 'So KH (%)' cells are percent figures",
    "of their own (not attributes of the result cells), dated by inheritance. Dash rows (- Vụ Đông Xuân …) carry no total: no cue, no bracket.",
    "Not figures: 'Số: 287/BC-UBND', 'Kế hoạch số 45/KH-UBND ngày 20/01/2024', 'Bảng 1', section numbers I./II./1./2., '1 phải 5 giảm'",
    "(a programme's name), '9 tháng'/'3 tháng cuối năm' as periods, 'ngày 15/10/2024'.",
    "revised: 'So KH (%)' cell subjects now use the column label as written ('… so KH', as shared h23 does with its column labels)",
    "instead of the paraphrase '… thực hiện so kế hoạch'.",
]

PL = Y(2024, "Kế hoạch năm 2024")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
KH = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = I(P("3 tháng cuối năm", "2024-10-01", "2024-12-31"))

ROWS = [
    # label, unit, (plan anchor, plan num, plan val), (done...), (pct...)
    ("Diện tích gieo trồng lúa", "ha", ("| 205.000 |", "205.000", 205000), ("| 191.420 |", "191.420", 191420),
     ("| 93,4", "93,4", 93.4)),
    ("Diện tích gieo trồng lúa vụ Đông Xuân", "ha", ("| 77.500 |", "77.500", 77500), ("| 77.860 |", "77.860", 77860),
     ("| 100,5", "100,5", 100.5)),
    ("Diện tích gieo trồng lúa vụ Hè Thu", "ha", ("| 76.000 |", "76.000", 76000), ("| 76.310 |", "76.310", 76310),
     ("76.310 | 100,4", "100,4", 100.4)),
    ("Diện tích gieo trồng lúa vụ Thu Đông", "ha", ("| 51.500 |", "51.500", 51500), ("| 37.250 |", "37.250", 37250),
     ("| 72,3", "72,3", 72.3)),
    ("Năng suất lúa bình quân", "tạ/ha", ("| 62,0 |", "62,0", 62), ("| 63,1 |", "63,1", 63.1),
     ("| 101,8", "101,8", 101.8)),
    ("Sản lượng lúa", "tấn", ("| 1.271.000 |", "1.271.000", 1271000), ("| 1.207.860 |", "1.207.860", 1207860),
     ("| 95,0", "95,0", 95)),
]

FIGS = []
for label, unit, pl, th, kh in ROWS:
    FIGS.append(F(pl[0], pl[1], pl[2], "measure", unit, f"{label} kế hoạch năm 2024", PL, status="target"))
    FIGS.append(F(th[0], th[1], th[2], "measure", unit, f"{label} thực hiện 9 tháng", TH))
    FIGS.append(F(kh[0], kh[1], kh[2], "percent", "%", f"{label} so KH", KH))

FIGS += [
    F("đạt 46.300 ha", "46.300", 46300, "measure", "ha",
      "diện tích áp dụng chương trình \"1 phải 5 giảm\"",
      change=CH("increase", 5200, "ha", "cùng kỳ")),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ sử dụng giống lúa xác nhận"),
    F("đạt 14.850 ha", "14.850", 14850, "measure", "ha",
      "diện tích rau màu xuống giống", P("9 tháng", "2024-01-01", "2024-09-30"), percent=78.2),
    F("rau các loại 9.120 ha", "9.120", 9120, "measure", "ha",
      "diện tích rau các loại", I(P("9 tháng", "2024-01-01", "2024-09-30")), total=14850),
    F("bắp 2.450 ha", "2.450", 2450, "measure", "ha",
      "diện tích bắp", I(P("9 tháng", "2024-01-01", "2024-09-30")), total=14850),
    F("xuống giống 14.250 ha", "14.250", 14250, "measure", "ha",
      "diện tích lúa Thu Đông còn lại cần xuống giống", Q4, status="target"),
    F("cả năm đạt 205.000 ha", "205.000", 205000, "measure", "ha",
      "tổng diện tích gieo trồng lúa cả năm", I(Y(2024, "cả năm")), status="target"),
]

if __name__ == "__main__":
    emit("p547-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Hậu Giang")
