from lib import Doc, P, C, T

text = """UBND TỈNH LAI CHÂU
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 486/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 28 tháng 11 năm 2024

BÁO CÁO
Kết quả phát triển cây chè năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy, năm 2024 toàn tỉnh trồng mới 620 ha chè, đạt 103,3% kế hoạch, nâng tổng diện tích chè lên 10.850 ha. Diện tích theo huyện, thành phố như sau:

Bảng 1. Diện tích chè năm 2024
Đơn vị tính: ha
Huyện, thành phố | Tổng diện tích | Chè kinh doanh | Trồng mới | Tỷ lệ giống mới (%)
Tân Uyên | 4.120 | 3.760 | 210 | 88,5
Tam Đường | 2.680 | 2.390 | 150 | 81,2
Than Uyên | 1.540 | 1.310 | 95 | 76,4
Sìn Hồ | 1.350 | 1.140 | 110 | 62,0
Thành phố Lai Châu | 1.160 | 1.020 | 55 | 90,3
Toàn tỉnh | 10.850 | 9.620 | 620 | 81,6

2. Sản lượng, chế biến
Sản lượng chè búp tươi ước đạt 46.300 tấn, tăng 7,4% so với năm 2023; giá trị ước đạt 412 tỷ đồng. Giá chè búp tươi bình quân 7.800 đồng/kg. Toàn tỉnh có 36 cơ sở chế biến quy mô công nghiệp; 12 sản phẩm chè được công nhận OCOP, trong đó 1 sản phẩm tiềm năng 5 sao.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 trồng mới 500 ha chè; sản lượng chè búp tươi đạt 50.000 tấn; giá trị sản xuất chè trên 1 ha chè kinh doanh đạt 45 triệu đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
GIÁM ĐỐC
Lò Văn Hương
"""

d = Doc("p304-4", text, [
    "Formal report with letterhead (Sở NN&PTNT Lai Châu, 'Số: 486/BC-SNN'); the place-and-date line 'Lai Châu, ngày 28 tháng 11 năm 2024' is its date.",
    "Flattened '|' table, header row, 'Đơn vị tính: ha', last column '(%)'. Every numeric cell is a figure; district row labels go to location,",
    "subject = column label; the 'Toàn tỉnh' row is the province (Lai Châu); 'Thành phố Lai Châu' is also Lai Châu. Period 'năm 2024' from the table",
    "title (inherited). No total attribute for table cells. Text: '620 ha ..., đạt 103,3% kế hoạch' -> percent. 'trên 1 ha' is a rate's denominator.",
    "Distractors: document numbers, 'Nghị quyết số 08-NQ/TU', section numbers I./II./1./2., 'Bảng 1', '5 sao' (a label). Section II targets: 'Phấn đấu năm 2025'.",
], published="2024-11-28", location="Lai Châu")

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = P("năm 2024", "2024-01-01", "2024-12-31", True)
d.f("trồng mới 620 ha", "620", 620, "measure", "ha", "diện tích chè trồng mới", Y, percent=103.3)
d.f("lên 10.850 ha", "10.850", 10850, "measure", "ha", "tổng diện tích chè", Y)
cols = ["Tổng diện tích", "Chè kinh doanh", "Trồng mới", "Tỷ lệ giống mới (%)"]
rows = [("Tân Uyên", ["4.120", "3.760", "210", "88,5"]),
        ("Tam Đường", ["2.680", "2.390", "150", "81,2"]),
        ("Than Uyên", ["1.540", "1.310", "95", "76,4"]),
        ("Sìn Hồ", ["1.350", "1.140", "110", "62,0"]),
        ("Thành phố Lai Châu", ["1.160", "1.020", "55", "90,3"]),
        ("Toàn tỉnh", ["10.850", "9.620", "620", "81,6"])]
subj = ["tổng diện tích chè", "diện tích chè kinh doanh", "diện tích chè trồng mới", "tỷ lệ giống mới"]
for label, cells in rows:
    loc = "Lai Châu" if label in ("Toàn tỉnh", "Thành phố Lai Châu") else label
    prev = label
    for i, c in enumerate(cells):
        anchor = f"{prev} | {c}" + ("\n" if i == 3 else " |")
        v = float(c.replace(".", "").replace(",", "."))
        v = int(v) if v == int(v) and i < 3 else v
        if i == 3:
            d.f(anchor, c, v, "percent", "%", subj[i], Yi, location=loc)
        else:
            d.f(anchor, c, v, "measure", "ha", subj[i], Yi, location=loc)
        prev = c
d.f("ước đạt 46.300 tấn", "46.300", 46300, "measure", "tấn", "sản lượng chè búp tươi", Yi,
    change=C("increase", 7.4, "%", "năm 2023"), status="estimate")
d.f("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng", "giá trị sản lượng chè", Yi, status="estimate")
d.f("bình quân 7.800 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá chè búp tươi bình quân", Yi)
d.f("có 36 cơ sở", "36", 36, "count", "cơ sở", "cơ sở chế biến quy mô công nghiệp")
d.f("12 sản phẩm chè", "12", 12, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP")
d.f("trong đó 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm chè OCOP tiềm năng 5 sao", total=12)
Y5 = P("năm 2025", "2025-01-01", "2025-12-31")
d.f("trồng mới 500 ha", "500", 500, "measure", "ha", "diện tích chè trồng mới", Y5, status="target")
d.f("đạt 50.000 tấn", "50.000", 50000, "measure", "tấn", "sản lượng chè búp tươi", Y5, status="target")
d.f("đạt 45 triệu đồng", "45", 45e6, "money", "đồng", "giá trị sản xuất chè trên 1 ha chè kinh doanh", Y5, status="target")
d.write()
