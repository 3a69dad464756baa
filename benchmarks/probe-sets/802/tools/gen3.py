"""p802-3: UBND tỉnh Tây Ninh formal report, peanuts 9 months 2023, flattened '|' table."""
from lib import F, write, year, inherit, change, period

TEXT = """UBND TỈNH TÂY NINH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 16 tháng 10 năm 2023

BÁO CÁO
Kết quả sản xuất đậu phộng 9 tháng năm 2023 và nhiệm vụ quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, năng suất, sản lượng
Trong 9 tháng năm 2023, toàn tỉnh gieo trồng 2.486 ha đậu phộng, bằng 91,4% kế hoạch năm, giảm 6,2% so với cùng kỳ; năng suất bình quân đạt 36,2 tạ/ha; sản lượng đạt khoảng 9.000 tấn. Diện tích đậu phộng luân canh trên đất lúa là 1.130 ha, chiếm 45,5% tổng diện tích.

Bảng 1. Diện tích đậu phộng phân theo địa phương
Đơn vị tính: ha
Địa phương | Kế hoạch năm 2023 | Thực hiện 9 tháng | So với kế hoạch (%)
Thị xã Trảng Bàng | 1.150 | 1.096 | 95,3
Huyện Gò Dầu | 620 | 548 | 88,4
Huyện Dương Minh Châu | 470 | 412 | 87,7
Các huyện còn lại | 480 | 430 | 89,6
Tổng cộng | 2.720 | 2.486 | 91,4

2. Giống, liên kết tiêu thụ và chế biến
Tỉnh đã hỗ trợ 42 tấn giống đậu phộng HL25 và L14 cho 385 hộ, mức hỗ trợ 70% giá giống, tổng kinh phí 1,26 tỷ đồng. Hiện có 3 doanh nghiệp và 5 hợp tác xã liên kết tiêu thụ, ép dầu; sản lượng dầu đậu phộng ép 9 tháng đạt 215.000 lít, giá bán bình quân 85.000 đồng/lít.

II. NHIỆM VỤ QUÝ IV/2023
Dự kiến vụ Thu Đông gieo trồng thêm khoảng 230 ha, nâng diện tích cả năm lên 2.716 ha, đạt 99,9% kế hoạch.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
"""

N9 = period("9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9I = inherit(N9)
PLAN = year("Kế hoạch năm 2023", 2023)
TH9 = period("Thực hiện 9 tháng", "2023-01-01", "2023-09-30")
Q4I = period("quý IV/2023", "2023-10-01", "2023-12-31", inherited=True)

S_PLAN = "diện tích đậu phộng kế hoạch năm 2023"
S_DONE = "diện tích đậu phộng thực hiện 9 tháng"
S_PCT = "diện tích đậu phộng thực hiện so với kế hoạch"

ROWS = [  # (row anchor prefix, location, plan, plan_num, done, done_num, pct, pct_num)
    ("Thị xã Trảng Bàng", "Trảng Bàng", 1150, "1.150", 1096, "1.096", 95.3, "95,3"),
    ("Huyện Gò Dầu", "Gò Dầu", 620, "620", 548, "548", 88.4, "88,4"),
    ("Huyện Dương Minh Châu", "Dương Minh Châu", 470, "470", 412, "412", 87.7, "87,7"),
    ("Các huyện còn lại", None, 480, "480", 430, "430", 89.6, "89,6"),
    ("Tổng cộng", None, 2720, "2.720", 2486, "2.486", 91.4, "91,4"),
]

FIGS = [
    F("gieo trồng 2.486 ha", "2.486", 2486, "measure", "ha", "diện tích đậu phộng gieo trồng", N9,
      percent=91.4, change=change("decrease", 6.2, "%", "cùng kỳ")),
    F("đạt 36,2 tạ/ha", "36,2", 36.2, "measure", "tạ/ha", "năng suất đậu phộng bình quân", N9),
    F("khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng đậu phộng", N9, approx="about"),
    F("lúa là 1.130 ha", "1.130", 1130, "measure", "ha", "diện tích đậu phộng luân canh trên đất lúa", N9I,
      percent=45.5),
]
for label, loc, plan, pn, done, dn, pct, qn in ROWS:
    kw = {"location": loc} if loc else {}
    FIGS.append(F(f"{label} | {pn}", pn, plan, "measure", "ha", S_PLAN, PLAN, status="target", **kw))
    FIGS.append(F(f"{pn} | {dn}", dn, done, "measure", "ha", S_DONE, TH9, **kw))
    FIGS.append(F(f"{dn} | {qn}", qn, pct, "percent", "%", S_PCT, N9I, **kw))

FIGS += [
    F("hỗ trợ 42 tấn giống", "42", 42, "measure", "tấn", "giống đậu phộng hỗ trợ", N9I),
    F("cho 385 hộ", "385", 385, "count", "hộ", "hộ được hỗ trợ giống đậu phộng", N9I),
    F("mức hỗ trợ 70% giá giống", "70", 70, "percent", "%", "mức hỗ trợ giá giống đậu phộng", N9I),
    F("tổng kinh phí 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "tổng kinh phí hỗ trợ giống đậu phộng", N9I),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết tiêu thụ, ép dầu đậu phộng"),
    F("và 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã liên kết tiêu thụ, ép dầu đậu phộng"),
    F("đạt 215.000 lít", "215.000", 215000, "measure", "lít", "sản lượng dầu đậu phộng ép",
      period("9 tháng", "2023-01-01", "2023-09-30")),
    F("bình quân 85.000 đồng/lít", "85.000", 85000, "money", "đồng/lít", "giá bán bình quân dầu đậu phộng",
      period("9 tháng", "2023-01-01", "2023-09-30")),
    F("thêm khoảng 230 ha", "230", 230, "measure", "ha", "diện tích đậu phộng gieo trồng thêm vụ Thu Đông", Q4I,
      approx="about", status="forecast"),
    F("lên 2.716 ha", "2.716", 2716, "measure", "ha", "diện tích đậu phộng cả năm", year("cả năm", 2023),
      percent=99.9, status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Tây Ninh, Báo cáo số 318/BC-UBND of 16/10/2023: peanuts (đậu phộng) 9 months 2023, with a flattened '|' table.",
    "Distractors: 'Số: 318/BC-UBND', letterhead, date line, 'quý IV/2023' in the title and heading, section numbers I./II./1./2.,",
    "'Bảng 1.', varieties HL25/L14, 'Nơi nhận'. The report's date line gives published.",
    "Table: 'Đơn vị tính: ha'; plan column -> status target, period from the header 'Kế hoạch năm 2023'; 'Thực hiện 9 tháng'",
    "-> 9 months 2023; the '(%)' column is percent figures (period inherited from the title); place rows -> location,",
    "'Các huyện còn lại' and 'Tổng cộng' -> Tây Ninh. Table cells get no totals (the Tổng cộng row is its own figure).",
    "'bằng 91,4% kế hoạch năm' -> percent of 2.486 ha; 1.130 ha 'chiếm 45,5% tổng diện tích' -> percent, no part-of cue, no total.",
    "'Dự kiến' governs the continuing clause '... nâng diện tích cả năm lên 2.716 ha' (forecast); 'cả năm' -> 2023.",
]

write(3, TEXT, FIGS, COMMENTS, published="2023-10-16", location="Tây Ninh")
