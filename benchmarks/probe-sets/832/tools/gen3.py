"""p832-3: formal report of UBND tỉnh Lai Châu — sâm Lai Châu, 9 months 2024, flattened '|' table by district."""
from lib import F, P, Y, C, T, write

TEXT = """UBND TỈNH LAI CHÂU
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển sâm Lai Châu dưới tán rừng 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Thực hiện Nghị quyết số 07/2021/NQ-HĐND, tính đến ngày 30/9/2024, toàn tỉnh có 2.145 ha sâm Lai Châu, tăng 12,6% so với cùng kỳ, đạt 71,5% kế hoạch giai đoạn 2021-2025. Diện tích theo từng huyện như sau:

Đơn vị tính: ha
Huyện | Trồng mới 9 tháng | Lũy kế đến 30/9/2024 | Diện tích cho thu hoạch
Mường Tè | 98,5 | 1.326,4 | 402,0
Sìn Hồ | 41,2 | 386,7 | 95,3
Phong Thổ | 27,6 | 214,8 | 48,1
Tam Đường | 18,3 | 152,6 | 31,5
Nậm Nhùn | 11,4 | 64,5 | 12,0
Tổng cộng | 197,0 | 2.145,0 | 588,9

Sản lượng củ sâm thu hoạch 9 tháng ước đạt 3,8 tấn; giá bán bình quân 40-45 triệu đồng/kg đối với sâm từ 5 năm tuổi trở lên. Giá trị thu được ước khoảng 160 tỷ đồng.

2. Giống và liên kết sản xuất
Toàn tỉnh có 14 vườn ươm giống sâm, cung ứng khoảng 1,2 triệu cây giống; 9 doanh nghiệp và 23 hợp tác xã liên kết với 1.860 hộ dân. Tổng vốn ngân sách hỗ trợ 9 tháng là 18,7 tỷ đồng (trong đó vốn Trung ương 11,2 tỷ đồng).

II. KHÓ KHĂN, TỒN TẠI
Giá sâm giảm khoảng 20% so với năm 2023; khoảng 15% diện tích trồng mới bị chết do rét đậm, rét hại.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trồng mới thêm 80 ha, nâng tổng diện tích cả năm lên khoảng 2.225 ha; dự kiến sản lượng cả năm đạt 5 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
COLNEW = P("Trồng mới 9 tháng", "2024-01-01", "2024-09-30")
COLACC = P("Lũy kế đến 30/9/2024", None, "2024-09-30")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [("Mường Tè", "98,5", "1.326,4", "402,0"), ("Sìn Hồ", "41,2", "386,7", "95,3"),
        ("Phong Thổ", "27,6", "214,8", "48,1"), ("Tam Đường", "18,3", "152,6", "31,5"),
        ("Nậm Nhùn", "11,4", "64,5", "12,0"), ("Tổng cộng", "197,0", "2.145,0", "588,9")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("toàn tỉnh có 2.145 ha", "2.145", 2145, "measure", "ha", "diện tích sâm Lai Châu", percent=71.5,
      change=C("increase", 12.6, "%", "cùng kỳ"), period=ASOF),
]
for place, a, b, c in ROWS:
    loc = "Lai Châu" if place == "Tổng cộng" else place
    FIGS.append(F(f"{place} | {a}", a, num(a), "measure", "ha", "diện tích sâm Lai Châu trồng mới 9 tháng",
                  period=COLNEW, location=loc))
    FIGS.append(F(f"{a} | {b}", b, num(b), "measure", "ha", "diện tích sâm Lai Châu lũy kế đến 30/9/2024",
                  period=COLACC, location=loc))
    FIGS.append(F(f"{b} | {c}", c, num(c), "measure", "ha", "diện tích sâm Lai Châu cho thu hoạch", location=loc))

FIGS += [
    F("ước đạt 3,8 tấn", "3,8", 3.8, "measure", "tấn", "sản lượng củ sâm thu hoạch", status="estimate", period=M9),
    F("bình quân 40-45 triệu đồng/kg", "40", 40e6, "money", "đồng/kg", "giá bán sâm bình quân", value_max=45e6),
    F("từ 5 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi sâm", approx="at_least", optional=True),
    F("ước khoảng 160 tỷ đồng", "160", 160e9, "money", "đồng", "giá trị sâm thu được", approx="about",
      status="estimate", period={**M9, "inherited": True}),
    F("có 14 vườn ươm", "14", 14, "count", "vườn ươm", "vườn ươm giống sâm"),
    F("khoảng 1,2 triệu cây giống", "1,2", 1.2e6, "count", "cây giống", "cây giống sâm cung ứng", approx="about"),
    F("9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp liên kết sản xuất sâm"),
    F("23 hợp tác xã", "23", 23, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất sâm"),
    F("với 1.860 hộ dân", "1.860", 1860, "count", "hộ dân", "hộ dân liên kết sản xuất sâm"),
    F("là 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "tổng vốn ngân sách hỗ trợ", period=M9),
    F("Trung ương 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "vốn Trung ương hỗ trợ", total=18.7e9, period=M9),
    F("giảm khoảng 20%", "20", 20, "percent", "%", "mức giảm giá sâm so với năm 2023", approx="about"),
    F("khoảng 15% diện tích", "15", 15, "percent", "%", "diện tích sâm trồng mới bị chết do rét đậm, rét hại",
      approx="about"),
    F("thêm 80 ha", "80", 80, "measure", "ha", "diện tích sâm trồng mới", status="target", period=Q4),
    F("khoảng 2.225 ha", "2.225", 2225, "measure", "ha", "tổng diện tích sâm Lai Châu", approx="about",
      status="target", period=YEAR),
    F("đạt 5 tấn", "5", 5, "measure", "tấn", "sản lượng sâm", status="forecast", period=YEAR),
]

NOTES = [
    "Báo cáo UBND tỉnh Lai Châu (invented), 'Số: 318/BC-UBND', 'Lai Châu, ngày 08 tháng 10 năm 2024' (published).",
    "Flattened table (Đơn vị tính: ha): every cell a figure, district column -> location, 'Tổng cộng' row -> Lai Châu; periods from the",
    "column headers ('Trồng mới 9 tháng' -> 2024-01..09, 'Lũy kế đến 30/9/2024' -> as-of); 'Diện tích cho thu hoạch' has none. No totals in cells.",
    "Distractors: Số 318/BC-UBND, Nghị quyết số 07/2021/NQ-HĐND, 'giai đoạn 2021-2025', section numbers I.-III., 1.-2., 'QUÝ IV/2024' heading.",
    "'đạt 71,5% kế hoạch giai đoạn' is the percent of 2.145 ha; 'giảm khoảng 20%' and 'khoảng 15%' have no base amount: percent figures.",
    "'từ 5 năm tuổi trở lên' is a category threshold (optional). Q4 targets inherit 'QUÝ IV/2024' from the heading; 'cả năm' = 2024.",
    "The 40-45 triệu price sentence has no period phrase of its own ('9 tháng' stands in the preceding clause of the same sentence, but",
    "the price is a level, not a 9-month flow): no period recorded.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-08", location="Lai Châu")
