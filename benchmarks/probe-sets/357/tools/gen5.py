from lib import *

A = """UBND THÀNH PHỐ CẦN THƠ
SỞ CÔNG THƯƠNG
Số: 412/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cần Thơ, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả thực hiện Chương trình bình ổn thị trường Tết Nguyên đán Ất Tỵ năm 2025

Thực hiện Quyết định số 2987/QĐ-UBND ngày 18/11/2024 của UBND thành phố, chương trình triển khai từ ngày 01/12/2024 đến hết ngày 12/02/2025. Sở Công Thương báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Nguồn hàng
Chương trình có 14 doanh nghiệp tham gia, tổng giá trị hàng hóa đăng ký 1.260 tỷ đồng; giá trị thực hiện đạt 1.315,8 tỷ đồng, bằng 104,4% kế hoạch, tăng 9,2% so với Tết Giáp Thìn.

Bảng 1. Lượng hàng hóa bình ổn
Mặt hàng | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ so kế hoạch (%)
Gạo | tấn | 3.000 | 3.245 | 108,2
Thịt gia súc | tấn | 850 | 812 | 95,5
Thịt gia cầm | tấn | 620 | 668 | 107,7
Trứng gia cầm | triệu quả | 25 | 27,4 | 109,6
Rau, củ, quả | tấn | 4.200 | 4.530 | 107,9

2. Mạng lưới điểm bán
Toàn thành phố có 365 điểm bán bình ổn, tăng 21 điểm so với năm trước; trong đó quận Ninh Kiều 98 điểm, quận Cái Răng 46 điểm, huyện Phong Điền 27 điểm. Tổ chức 18 chuyến hàng Việt về nông thôn, thu hút khoảng 9.500 lượt người mua sắm.

3. Giá cả
Giá hàng bình ổn thấp hơn giá thị trường bình quân 7-12%. Giá thịt heo hơi trước Tết ở mức 58.000-62.000 đồng/kg, sau Tết giảm còn 55.000 đồng/kg.

II. ĐÁNH GIÁ
Doanh thu bán hàng bình ổn ước đạt 742 tỷ đồng, chiếm 56,4% giá trị hàng hóa thực hiện. Năm 2026, Sở phấn đấu có 16 doanh nghiệp tham gia và 400 điểm bán.

Nơi nhận:
- UBND thành phố;
- Lưu: VT, QLTM.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Tám
"""

PR = P("từ ngày 01/12/2024 đến hết ngày 12/02/2025", "2024-12-01", "2025-02-12", True)
Y26 = P("Năm 2026", "2026-01-01", "2026-12-31")

figs = [
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp tham gia chương trình", PR),
    F("đăng ký 1.260 tỷ đồng", "1.260", 1260e9, "money", "đồng", "tổng giá trị hàng hóa đăng ký", PR),
    F("đạt 1.315,8 tỷ đồng", "1.315,8", 1315.8e9, "money", "đồng", "giá trị thực hiện", PR, percent=104.4,
      change=CH("increase", 9.2, "%", "Tết Giáp Thìn")),
]

rows = [("Gạo", "tấn", ["3.000", "3.245", "108,2"]),
        ("Thịt gia súc", "tấn", ["850", "812", "95,5"]),
        ("Thịt gia cầm", "tấn", ["620", "668", "107,7"]),
        ("Trứng gia cầm", "triệu quả", ["25", "27,4", "109,6"]),
        ("Rau, củ, quả", "tấn", ["4.200", "4.530", "107,9"])]
for label, u, (k, t, r) in rows:
    mult = 1e6 if u.startswith("triệu") else 1
    unit = "quả" if mult > 1 else u
    kind = "count" if mult > 1 else "measure"
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    figs.append(F(f"{u} | {k} |", k, num(k) * mult, kind, unit, f"{label} kế hoạch", PR, status="target"))
    figs.append(F(f"| {k} | {t} |", t, num(t) * mult, kind, unit, f"{label} thực hiện", PR))
    figs.append(F(f"| {t} | {r}", r, num(r), "percent", "%", f"{label} tỷ lệ so kế hoạch", PR))

figs += [
    F("có 365 điểm bán", "365", 365, "count", "điểm bán", "điểm bán bình ổn", PR,
      change=CH("increase", 21, "điểm", "năm trước")),
    F("Ninh Kiều 98 điểm", "98", 98, "count", "điểm", "điểm bán bình ổn", PR, total=365, location="Ninh Kiều"),
    F("Cái Răng 46 điểm", "46", 46, "count", "điểm", "điểm bán bình ổn", PR, total=365, location="Cái Răng"),
    F("Phong Điền 27 điểm", "27", 27, "count", "điểm", "điểm bán bình ổn", PR, total=365, location="Phong Điền"),
    F("Tổ chức 18 chuyến", "18", 18, "count", "chuyến hàng Việt", "chuyến hàng Việt về nông thôn", PR),
    F("khoảng 9.500 lượt", "9.500", 9500, "count", "lượt người mua sắm", "lượt người mua sắm", PR, approx="about"),
    F("bình quân 7-12%", "7", 7, "percent", "%", "giá hàng bình ổn thấp hơn giá thị trường", PR, value_max=12),
    F("mức 58.000-62.000 đồng/kg", "58.000", 58000, "money", "đồng/kg", "giá thịt heo hơi trước Tết", PR,
      value_max=62000),
    F("còn 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá thịt heo hơi sau Tết", PR),
    F("ước đạt 742 tỷ đồng", "742", 742e9, "money", "đồng", "doanh thu bán hàng bình ổn", PR, percent=56.4,
      status="estimate"),
    F("có 16 doanh nghiệp", "16", 16, "count", "doanh nghiệp", "doanh nghiệp tham gia", Y26, status="target"),
    F("và 400 điểm bán", "400", 400, "count", "điểm bán", "điểm bán", Y26, status="target"),
]

write("p357-5", A, figs, [
    "Formal report, letterhead 'Số: 412/BC-SCT', place-and-date line 'Cần Thơ, ngày 20 tháng 02 năm 2025' (published).",
    "Programme window stated once ('từ ngày 01/12/2024 đến hết ngày 12/02/2025'): every programme figure inherits it (not scored).",
    "'đạt 1.315,8 tỷ đồng, bằng 104,4% kế hoạch, tăng 9,2% …': percent 104.4 (share of plan after 'bằng') and change; 1.260 tỷ (registered) is its own figure.",
    "Flattened '|' table: every numeric cell is a figure; unit from the 'Đơn vị tính' column ('triệu quả' -> ×10^6 quả), 'Kế hoạch' cells status target,",
    "  '(%)' column percent figures; subject = row label + column label. No totals for table cells.",
    "'365 điểm bán …; trong đó quận Ninh Kiều 98 điểm …': district parts with total 365 and the district as location; 'tăng 21 điểm' is the change of 365.",
    "'sau Tết giảm còn 55.000 đồng/kg' states only the new level: no change. 'Năm 2026 … phấn đấu': targets.",
    "Distractors: 'Số: 412/BC-SCT', 'Quyết định số 2987/QĐ-UBND ngày 18/11/2024', 'Bảng 1', section numbers I./II./1./2./3., 'Trần Văn Tám' (name = eight), 'Tết Ất Tỵ năm 2025'.",
], published="2025-02-20", location="Cần Thơ")
