"""p920-3: UBND tỉnh Hòa Bình formal report, H1/2024 — turmeric & lemongrass area (flattened | table), output, prices, tasks."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÒA BÌNH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả phát triển vùng nguyên liệu nghệ, sả 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Diện tích
Tính đến 30/6/2024, toàn tỉnh có 1.126 ha nghệ và 548 ha sả, lần lượt tăng 8,3% và 15,6% so với cùng kỳ năm 2023. Diện tích theo huyện như sau:
Đơn vị tính: ha
Huyện | Nghệ | Sả | Cộng
Lạc Sơn | 412 | 96 | 508
Kim Bôi | 285 | 174 | 459
Tân Lạc | 246 | 158 | 404
Cao Phong | 183 | 120 | 303
Tổng cộng | 1.126 | 548 | 1.674

2. Sản xuất, chế biến
6 tháng đầu năm, sản lượng nghệ củ ước đạt 9.850 tấn, bằng 45,2% kế hoạch năm; sản lượng tinh dầu sả đạt 6,4 tấn, tăng 1,1 tấn so với cùng kỳ. Toàn tỉnh có 5 hợp tác xã và 2 doanh nghiệp chế biến tinh bột nghệ, tinh dầu sả. Thực hiện Nghị quyết số 06/2023/NQ-HĐND, tỉnh đã hỗ trợ 50% chi phí giống cho 326 hộ trồng mới, tổng kinh phí 1,35 tỷ đồng.

3. Giá bán
Giá nghệ tươi bình quân 7.500 đồng/kg; tinh bột nghệ 350.000-450.000 đồng/kg; tinh dầu sả 380.000 đồng/lít, giảm khoảng 5% so với cuối năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
1. Phấn đấu cả năm 2024 đạt 1.250 ha nghệ, 600 ha sả.
2. Dự kiến sản lượng tinh dầu sả cả năm đạt 14 tấn.
"""

AS = P("Tính đến 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")

def cell(anchor, number, value, subj, loc=None):
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "measure", "ha", subj, I(AS), **kw)

FIGS = [
    F("có 1.126 ha nghệ", "1.126", 1126, "measure", "ha", "diện tích nghệ", AS,
      change=C("increase", 8.3, "%", "cùng kỳ năm 2023")),
    F("và 548 ha sả", "548", 548, "measure", "ha", "diện tích sả", AS,
      change=C("increase", 15.6, "%", "cùng kỳ năm 2023")),
]
ROWS = [("Lạc Sơn", "412", "96", "508"), ("Kim Bôi", "285", "174", "459"), ("Tân Lạc", "246", "158", "404"),
        ("Cao Phong", "183", "120", "303")]
for place, a, b, c in ROWS:
    FIGS += [
        cell(f"{place} | {a}", a, int(a), "diện tích nghệ", place),
        cell(f"| {a} | {b} |", b, int(b), "diện tích sả", place),
        cell(f"| {b} | {c}", c, int(c), "tổng diện tích nghệ, sả", place),
    ]
FIGS += [
    cell("Tổng cộng | 1.126", "1.126", 1126, "tổng cộng diện tích nghệ"),
    cell("| 1.126 | 548 |", "548", 548, "tổng cộng diện tích sả"),
    cell("| 548 | 1.674", "1.674", 1674, "tổng cộng diện tích nghệ, sả"),
    F("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", "sản lượng nghệ củ", H1, percent=45.2, status="estimate"),
    F("đạt 6,4 tấn", "6,4", 6.4, "measure", "tấn", "sản lượng tinh dầu sả", H1,
      change=C("increase", 1.1, "tấn", "cùng kỳ")),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã chế biến tinh bột nghệ, tinh dầu sả"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp chế biến tinh bột nghệ, tinh dầu sả"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí giống cho hộ trồng mới"),
    F("cho 326 hộ", "326", 326, "count", "hộ", "hộ trồng mới được hỗ trợ chi phí giống"),
    F("kinh phí 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "tổng kinh phí hỗ trợ chi phí giống"),
    F("bình quân 7.500 đồng/kg", "7.500", 7500, "money", "đồng/kg", "giá nghệ tươi bình quân"),
    F("350.000-450.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá tinh bột nghệ", value_max=450000),
    F("380.000 đồng/lít", "380.000", 380000, "money", "đồng/lít", "giá tinh dầu sả",
      change=C("decrease", 5, "%", "cuối năm 2023", "about")),
    F("đạt 1.250 ha nghệ", "1.250", 1250, "measure", "ha", "diện tích nghệ", Y24, status="target"),
    F("600 ha sả", "600", 600, "measure", "ha", "diện tích sả", Y24, status="target"),
    F("đạt 14 tấn", "14", 14, "measure", "tấn", "sản lượng tinh dầu sả", YR, status="forecast"),
]

NOTES = [
    "UBND tỉnh Hòa Bình, Số: 187/BC-UBND, 15/7/2024: nghệ, sả 6 tháng đầu năm 2024, flattened '|' table of area by district (Đơn vị tính: ha).",
    "Table cells are figures (period inherited from 'Tính đến 30/6/2024' in the sentence above; district rows take the district as location,",
    "the Tổng cộng row the province). '6 tháng đầu năm' (no year) = 2024 from the title. 'sản lượng tinh dầu sả đạt 6,4 tấn' after ';' has its own verb: actual.",
    "'lần lượt tăng 8,3% và 15,6%' distributes the changes. Distractors: Số: 187/BC-UBND, Nghị quyết số 06/2023/NQ-HĐND, section numbers I., II., 1.-3.",
]

write("p920-3", TEXT, NOTES, FIGS, published="2024-07-15", location="Hòa Bình")
