from lib import F, P, CH, TG, write

A = """UBND TỈNH THANH HÓA
SỞ CÔNG THƯƠNG
Số: 1587/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 28 tháng 6 năm 2024

BÁO CÁO
Tình hình sản xuất công nghiệp 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2024

I. TÌNH HÌNH SẢN XUẤT CÔNG NGHIỆP
Thực hiện Quyết định số 45/QĐ-UBND ngày 05/01/2024 của UBND tỉnh, ngành Công Thương đã tập trung tháo gỡ khó khăn cho doanh nghiệp. Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2024 ước tăng 15,2% so với cùng kỳ. Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 112.430 tỷ đồng, bằng 46,8% kế hoạch năm, tăng 14,9% so với cùng kỳ.

Bảng 1. Sản lượng một số sản phẩm công nghiệp chủ yếu
Sản phẩm | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So cùng kỳ (%)
Xi măng | Nghìn tấn | 18.500 | 8.912 | 103,4
Sản phẩm lọc hóa dầu | Nghìn tấn | 10.200 | 5.430 | 108,7
Thép các loại | Nghìn tấn | 3.600 | 1.655 | 121,5
Giày, dép thể thao | Triệu đôi | 245 | 121,3 | 112,6
Điện sản xuất | Triệu kWh | 9.800 | 4.870 | 96,2
Đường kính | Nghìn tấn | 210 | 118 | 91,8
(Nguồn: Cục Thống kê tỉnh, số liệu đến ngày 20/6/2024)

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu giá trị sản xuất công nghiệp cả năm đạt 240.000 tỷ đồng, IIP năm 2024 tăng từ 16% trở lên. Đẩy nhanh tiến độ các CCN tại huyện Triệu Sơn, Thọ Xuân; phấn đấu hỗ trợ ít nhất 15 doanh nghiệp tham gia chương trình khuyến công.
Liên hệ: Phòng Quản lý công nghiệp, ĐT 0237.3852.368.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
GIÁM ĐỐC
Lê Văn Thành
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Ước thực hiện 6 tháng", "2024-01-01", "2024-06-30")
SC = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)

rows = [
    ("Xi măng", "Nghìn tấn", "18.500", "8.912", "103,4", 1000, "measure", "tấn"),
    ("Sản phẩm lọc hóa dầu", "Nghìn tấn", "10.200", "5.430", "108,7", 1000, "measure", "tấn"),
    ("Thép các loại", "Nghìn tấn", "3.600", "1.655", "121,5", 1000, "measure", "tấn"),
    ("Giày, dép thể thao", "Triệu đôi", "245", "121,3", "112,6", 1000000, "count", "đôi"),
    ("Điện sản xuất", "Triệu kWh", "9.800", "4.870", "96,2", 1000000, "measure", "kWh"),
    ("Đường kính", "Nghìn tấn", "210", "118", "91,8", 1000, "measure", "tấn"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("ước tăng 15,2%", "15,2", 15.2, "percent", "%", "chỉ số sản xuất công nghiệp (IIP)",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), status="estimate"),
    F("ước đạt 112.430 tỷ đồng", "112.430", 112430000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp (giá so sánh 2010)", SC, percent=46.8,
      change=CH("increase", 14.9, "cùng kỳ"), status="estimate"),
]
for name, u, kh, th, sc, mult, kind, unit in rows:
    v = num(kh) * mult
    figs.append(F(f"{u} | {kh} |", kh, int(v) if v == int(v) else v, kind, unit, f"{name} kế hoạch năm 2024", KH,
                  status="target"))
    v = num(th) * mult
    figs.append(F(f"| {kh} | {th} |", th, int(v) if v == int(v) else v, kind, unit, f"{name} ước thực hiện 6 tháng",
                  TH, status="estimate"))
    figs.append(F(f"| {th} | {sc}\n", sc, num(sc), "percent", "%", f"{name} so cùng kỳ", SC))

figs += [
    F("cả năm đạt 240.000 tỷ đồng", "240.000", 240000000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
    F("từ 16% trở lên", "16", 16, "percent", "%", "IIP", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
    F("ít nhất 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", "doanh nghiệp tham gia chương trình khuyến công",
      P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inherited=True), approx="at_least", status="target"),
]

H = """Formal report with letterhead (Sở Công Thương Thanh Hóa, 'Số: 1587/BC-SCT'); the place-and-date line gives 2024-06-28.
Flattened '|' table: Sản phẩm | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So cùng kỳ (%). Unit and multiplier per row from the
'Đơn vị tính' column ('Nghìn tấn' → ×1000 tấn, 'Triệu đôi' → ×10^6 đôi, count). Plan column: status target, period 2024; 'Ước thực hiện 6 tháng':
estimate, Jan-Jun 2024; 'So cùng kỳ (%)': percent, actual (the header carries no 'Ước'), period only from the text (inherited).
Subject = row label + column label. The plan cell is not the result cell's target (every cell is its own figure, as in h23).
Distractors: document and decision numbers, '05/01/2024', 'giá so sánh 2010', 'số liệu đến ngày 20/6/2024', 'Bảng 1', section numbers, phone.
'bằng 46,8% kế hoạch năm' is the percent of the output value (as in h15). Section II: 'Phấn đấu' targets; 'ít nhất' at_least; 'từ … trở lên' at_least."""

write("p276-3", A, figs, H, published="2024-06-28", location="Thanh Hóa")
