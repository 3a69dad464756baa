from lib import F, P, I, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẾ PHONG

Quế Phong: Kết quả di dời, sắp xếp dân cư vùng thiên tai 9 tháng đầu năm 2024
Ngày đăng: 09/10/2024

Trong 9 tháng đầu năm 2024, huyện Quế Phong (Nghệ An) đã di dời 214 hộ dân ra khỏi vùng có nguy cơ sạt lở đất, lũ ống, lũ quét, đạt 66,9% kế hoạch năm; trong đó bố trí vào các khu tái định cư tập trung 126 hộ, di dời xen ghép 88 hộ. Toàn huyện hiện có 13/14 xã, thị trấn nằm trong vùng có nguy cơ cao xảy ra sạt lở.

Kết quả cụ thể như sau:

Chỉ tiêu

Đơn vị

Kế hoạch năm 2024

Thực hiện 9 tháng

Tỷ lệ (%)

Số hộ phải di dời

hộ

320

214

66,9

Hộ bố trí vào khu tái định cư tập trung

hộ

180

126

70

Hộ di dời xen ghép

hộ

140

88

62,9

Kinh phí hỗ trợ di dời

triệu đồng

25.600

16.480

64,4

Trạm đo mưa tự động lắp mới

trạm

8

8

100

Nguồn: Phòng Nông nghiệp và PTNT huyện

Đến nay, huyện đã hoàn thành xây dựng ba khu tái định cư tại các xã Tri Lễ, Nậm Giải, Thông Thụ với tổng diện tích hơn 24 ha. Mức hỗ trợ bình quân khoảng 77 triệu đồng/hộ. Quý IV/2024, huyện phấn đấu di dời thêm 106 hộ để hoàn thành kế hoạch năm.

Mọi ý kiến phản ánh về nguy cơ sạt lở xin liên hệ Ban Chỉ huy PCTT&TKCN huyện, điện thoại 0238.3885.129.

Lô Thị Hằng - Trung tâm VH-TT&TT huyện
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
LOC = "Quế Phong"

ROWS = [
    ("Số hộ phải di dời", "hộ", "count", 1, ("320", "214", "66,9")),
    ("Hộ bố trí vào khu tái định cư tập trung", "hộ", "count", 1, ("180", "126", "70")),
    ("Hộ di dời xen ghép", "hộ", "count", 1, ("140", "88", "62,9")),
    ("Kinh phí hỗ trợ di dời", "đồng", "money", 1e6, ("25.600", "16.480", "64,4")),
    ("Trạm đo mưa tự động lắp mới", "trạm", "count", 1, ("8", "8", "100")),
]

def num(s):
    return float(s.replace(".", "").replace(",", "."))

FIGS = [
    F("di dời 214 hộ dân", "214", 214, "count", "hộ", "hộ dân di dời ra khỏi vùng có nguy cơ sạt lở đất, lũ ống, lũ quét",
      N9, percent=66.9),
    F("tập trung 126 hộ", "126", 126, "count", "hộ", "hộ bố trí vào khu tái định cư tập trung", N9, total=214),
    F("xen ghép 88 hộ", "88", 88, "count", "hộ", "hộ di dời xen ghép", N9, total=214),
    F("có 13/14 xã", "13", 13, "count", "xã, thị trấn", "xã, thị trấn nằm trong vùng có nguy cơ cao xảy ra sạt lở",
      total=14),
]
for label, unit, kind, mult, (plan, done, rate) in ROWS:
    base = f"{label}\n\n{'triệu đồng' if kind == 'money' else unit}\n\n"
    v_plan, v_done = num(plan) * mult, num(done) * mult
    FIGS.append(F(base + plan, plan, v_plan, kind, unit, label + " kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(done + "\n\n" + rate + "\n\n", done, v_done, kind, unit, label + " thực hiện 9 tháng", DONE))
    FIGS.append(F(plan + "\n\n" + done + "\n\n" + rate, rate, num(rate), "percent", "%",
                  "tỷ lệ thực hiện " + label.lower(), I(N9)))

FIGS += [
    F("xây dựng ba khu", "ba", 3, "count", "khu tái định cư", "khu tái định cư đã hoàn thành xây dựng",
      P("Đến nay", None, "2024-10-09")),
    F("hơn 24 ha", "24", 24, "measure", "ha", "tổng diện tích khu tái định cư", P("Đến nay", None, "2024-10-09"),
      approx="over"),
    F("khoảng 77 triệu đồng/hộ", "77", 77000000, "money", "đồng/hộ", "mức hỗ trợ bình quân", approx="about"),
    F("thêm 106 hộ", "106", 106, "count", "hộ", "hộ di dời thêm", P("Quý IV/2024", "2024-10-01", "2024-12-31"),
      status="target"),
]

COMMENTS = [
    "District portal (huyện Quế Phong, Nghệ An): relocation of households from landslide areas, 9 months of 2024. 'Ngày đăng: 09/10/2024'.",
    "Table written one cell per line (Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)). Plan cells: status target, period 2024;",
    "result cells: period from the header 'Thực hiện 9 tháng' (year 2024 from the title); rate cells are percent figures, period inherited from the lead.",
    "The money row's unit 'triệu đồng' applies the multiplier: 25.600 → 25,6·10^9 đồng. No totals for table cells.",
    "Lead: '214 hộ ..., đạt 66,9% kế hoạch năm; trong đó ... 126 hộ, ... 88 hộ' → percent 66,9; 126 and 88 have total 214. '13/14 xã' → total 14.",
    "Distractors: phone 0238.3885.129, commune names, 'Quý IV/2024' (period), 'Nguồn:' line. 'ba khu' is a number word; 'Đến nay' ends at published.",
    "'Mức hỗ trợ bình quân khoảng 77 triệu đồng/hộ' states no period. 'phấn đấu di dời thêm 106 hộ' is a target for quý IV/2024.",
]

emit("p389-6", TEXT, COMMENTS, FIGS, published="2024-10-09", location=LOC)
