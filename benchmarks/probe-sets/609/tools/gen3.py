"""p609-3: UBND tỉnh Ninh Bình formal report — industrial production 9 tháng 2024, flattened '|' table of main products."""
from lib import F, P, CH, TG, emit, inh

TEXT = """UBND TỈNH NINH BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 25 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất công nghiệp 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chỉ số sản xuất công nghiệp
Chỉ số sản xuất công nghiệp (IIP) tháng 9/2024 ước tính tăng 1,8% so với tháng trước và tăng 10,6% so với cùng kỳ. Lũy kế 9 tháng, IIP ước tăng 9,4% so với cùng kỳ năm 2023; trong đó ngành chế biến, chế tạo tăng 10,2%, sản xuất và phân phối điện tăng 5,7%, khai khoáng giảm 6,3%.

2. Sản phẩm chủ yếu
Bảng 1. Một số sản phẩm công nghiệp chủ yếu
Sản phẩm | Đơn vị tính | Ước tháng 9/2024 | Ước 9 tháng 2024 | Ước 9 tháng so với cùng kỳ (%)
Xi măng | Nghìn tấn | 1.052,4 | 8.836,7 | 104,2
Clinker | Nghìn tấn | 415,0 | 3.702,5 | 97,8
Thép cán | Nghìn tấn | 92,3 | 781,6 | 112,5
Điện sản xuất | Triệu kWh | 356,8 | 3.215,4 | 108,9
Quần áo may sẵn | Nghìn cái | 6.480 | 54.125 | 111,3

3. Tiêu thụ, tồn kho và lao động
Chỉ số tiêu thụ toàn ngành chế biến, chế tạo 9 tháng ước tăng 8,1% so với cùng kỳ. Chỉ số tồn kho tại thời điểm 30/9/2024 giảm 4,6% so với cùng thời điểm năm trước. Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 01/9/2024 là 78.350 người, tăng 3,2% so với cùng thời điểm năm trước.

II. DỰ BÁO QUÝ IV
Ước cả năm 2024, IIP tăng 10,5%, vượt kế hoạch đề ra (tăng 10%); sản lượng xi măng dự kiến đạt khoảng 11,8 triệu tấn.

Nơi nhận:
- Bộ Công Thương;
- Cục Thống kê tỉnh;
- Lưu: VT, KT.
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
CM = P("Ước tháng 9/2024", "2024-09-01", "2024-09-30")
CY = P("Ước 9 tháng 2024", "2024-01-01", "2024-09-30")
CP = P("Ước 9 tháng so với cùng kỳ", "2024-01-01", "2024-09-30")
Y = P("cả năm 2024", "2024-01-01", "2024-12-31")
E = "estimate"

ROWS = [
    # label, unit line, kind, unit, multiplier, (cell, anchor) x3
    ("Xi măng", "measure", "tấn", 1e3, [("1.052,4", "Nghìn tấn | 1.052,4"), ("8.836,7", "8.836,7"), ("104,2", "104,2")]),
    ("Clinker", "measure", "tấn", 1e3, [("415,0", "415,0"), ("3.702,5", "3.702,5"), ("97,8", "97,8")]),
    ("Thép cán", "measure", "tấn", 1e3, [("92,3", "92,3"), ("781,6", "781,6"), ("112,5", "112,5")]),
    ("Điện sản xuất", "measure", "kWh", 1e6, [("356,8", "356,8"), ("3.215,4", "3.215,4"), ("108,9", "108,9")]),
    ("Quần áo may sẵn", "count", "cái", 1e3, [("6.480", "| 6.480 |"), ("54.125", "54.125"), ("111,3", "111,3")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước tính tăng 1,8%", "1,8", 1.8, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 9/2024 so với tháng trước", M9, status=E),
    F("tăng 10,6%", "10,6", 10.6, "percent", "%",
      "chỉ số sản xuất công nghiệp (IIP) tháng 9/2024 so với cùng kỳ", M9, status=E),
    F("IIP ước tăng 9,4%", "9,4", 9.4, "percent", "%", "IIP", N9, status=E),
    F("chế tạo tăng 10,2%", "10,2", 10.2, "percent", "%", "ngành chế biến, chế tạo", N9, status=E),
    F("điện tăng 5,7%", "5,7", 5.7, "percent", "%", "sản xuất và phân phối điện", N9, status=E),
    F("khai khoáng giảm 6,3%", "6,3", 6.3, "percent", "%", "khai khoáng", N9, status=E),
]
for label, kind, unit, mult, cells in ROWS:
    (c1, a1), (c2, a2), (c3, a3) = cells
    FIGS.append(F(a1, c1, round(num(c1) * mult, 6), kind, unit, f"{label} ước tháng 9/2024", CM, status=E))
    FIGS.append(F(a2, c2, round(num(c2) * mult, 6), kind, unit, f"{label} ước 9 tháng 2024", CY, status=E))
    FIGS.append(F(a3, c3, num(c3), "percent", "%", f"{label} ước 9 tháng so với cùng kỳ", CP, status=E))
FIGS += [
    F("ước tăng 8,1%", "8,1", 8.1, "percent", "%", "chỉ số tiêu thụ toàn ngành chế biến, chế tạo",
      P("9 tháng", "2024-01-01", "2024-09-30"), status=E),
    F("giảm 4,6%", "4,6", 4.6, "percent", "%", "chỉ số tồn kho",
      P("tại thời điểm 30/9/2024", None, "2024-09-30")),
    F("là 78.350 người", "78.350", 78350, "count", "người",
      "số lao động đang làm việc trong các doanh nghiệp công nghiệp",
      P("tại thời điểm 01/9/2024", None, "2024-09-01"),
      change=CH("increase", 3.2, baseline="cùng thời điểm năm trước")),
    F("IIP tăng 10,5%", "10,5", 10.5, "percent", "%", "IIP", Y,
      target=TG(10, met=True), status=E),
    F("khoảng 11,8 triệu tấn", "11,8", 11800000, "measure", "tấn", "sản lượng xi măng", Y,
      approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Ninh Bình, Số: 412/BC-UBND, 'Ninh Bình, ngày 25 tháng 10 năm 2024': sản xuất công nghiệp 9 tháng năm 2024.",
    "Flattened table (Sản phẩm | Đơn vị tính | Ước tháng 9/2024 | Ước 9 tháng 2024 | Ước 9 tháng so với cùng kỳ (%)):",
    "every numeric cell is a figure; 'Nghìn tấn', 'Triệu kWh', 'Nghìn cái' give unit and multiplier (415,0 nghìn tấn = 415.000 tấn);",
    "the '(%)' column is a percent figure (index, 104,2 = 104,2%). 'Ước' column headers → estimate; periods from column headers (scored).",
    "Not figures: Số 412/BC-UBND, section numbers I./II./1./2./3., 'Bảng 1', 'quý IV', the date line.",
    "'vượt kế hoạch đề ra (tăng 10%)' is the target of the 10,5% estimate (met). 'dự kiến' → forecast, sharing 'cả năm 2024'.",
    "'tăng 3,2% so với cùng thời điểm năm trước' after 78.350 người is its change; the inventory index is actual (own sentence, no cue).",
    "revised: subjects of 9,4% and 10,5% were 'IIP lũy kế 9 tháng' / 'IIP cả năm 2024'; now 'IIP' (the period belongs in period,",
    "not in the subject, when the sentence holds one rate: shared h15 'chỉ số sản xuất công nghiệp (IIP)' for the 6-month IIP).",
]

if __name__ == "__main__":
    emit("p609-3", TEXT, COMMENTS, FIGS, published="2024-10-25", location="Ninh Bình")
