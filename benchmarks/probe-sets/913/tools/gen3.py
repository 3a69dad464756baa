"""p913-3: formal report UBND tỉnh Quảng Nam, xích lô du lịch Hội An 9 tháng 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Quảng Nam, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình quản lý hoạt động xích lô du lịch tại thành phố Hội An 9 tháng đầu năm 2023

Thực hiện Công văn số 2156/BVHTTDL-DL ngày 15/6/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phương tiện và người điều khiển
Tính đến ngày 30/9/2023, thành phố Hội An có 236 xe xích lô được cấp phù hiệu hoạt động du lịch, tăng 14 xe so với cuối năm 2022; có 248 tài xế được cấp thẻ, trong đó 41 người là nữ. Số liệu theo đơn vị quản lý như sau:

Đơn vị tính: xe; người; lượt khách
Đơn vị quản lý | Số xe | Tài xế được cấp thẻ | Lượt khách 9 tháng
HTX Dịch vụ xích lô Hội An | 142 | 150 | 96.400
Công ty TNHH Du lịch Phố Cổ | 58 | 60 | 41.250
Tổ xích lô phường Cẩm Phô | 36 | 38 | 18.700
Tổng cộng | 236 | 248 | 156.350

2. Lượt khách, doanh thu và giá cước
9 tháng đầu năm 2023, xích lô du lịch phục vụ 156.350 lượt khách, bằng 131% cùng kỳ, đạt 78,2% kế hoạch năm. Doanh thu ước đạt 23,5 tỷ đồng. Xe hoạt động trên 3 tuyến cố định trong khu phố cổ; giá cước do UBND thành phố quy định là 150.000 đồng/xe/lượt, mỗi xe chở tối đa 2 khách.

II. TỒN TẠI
Vẫn còn 7 trường hợp tự ý đón khách ngoài điểm quy định, đã bị đình chỉ hoạt động từ 1 đến 3 tháng.

III. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu cả năm đạt 200.000 lượt khách. Trong quý IV, dự kiến bổ sung 20 xe và tổ chức tập huấn cho khoảng 60 tài xế.

Nơi nhận: Bộ VHTTDL; TT Tỉnh ủy; Lưu: VT.
"""

AS = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
M9H = P("Lượt khách 9 tháng", "2023-01-01", "2023-09-30")
Y = P("cả năm", "2023-01-01", "2023-12-31")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")

rows = [("HTX Dịch vụ xích lô Hội An", "142", "150", "96.400"),
        ("Công ty TNHH Du lịch Phố Cổ", "58", "60", "41.250"),
        ("Tổ xích lô phường Cẩm Phô", "36", "38", "18.700"),
        ("Tổng cộng", "236", "248", "156.350")]

FIGS = [
    F("có 236 xe", "236", 236, "count", "xe", "xe xích lô được cấp phù hiệu hoạt động du lịch", AS,
      change=C("increase", 14, "xe", "cuối năm 2022")),
    F("có 248 tài xế", "248", 248, "count", "tài xế", "tài xế được cấp thẻ", AS),
    F("41 người là nữ", "41", 41, "count", "người", "tài xế nữ được cấp thẻ", AS, total=248),
]
for label, xe, tx, kh in rows:
    FIGS.append(F(f"{label} | {xe}", xe, float(xe), "count", "xe", f"Số xe {label}", I(AS)))
    FIGS.append(F(f"{xe} | {tx}", tx, float(tx), "count", "người", f"Tài xế được cấp thẻ {label}", I(AS)))
    FIGS.append(F(f"{tx} | {kh}", kh, float(kh.replace(".", "")), "count", "lượt khách",
                  f"Lượt khách {label}", M9H))
FIGS += [
    F("phục vụ 156.350 lượt khách", "156.350", 156350, "count", "lượt khách",
      "lượt khách xích lô du lịch phục vụ", M9, percent=131),
    F("đạt 78,2% kế hoạch năm", "78,2", 78.2, "percent", "%", "lượt khách so với kế hoạch năm", M9, optional=True),
    F("ước đạt 23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng", "doanh thu xích lô du lịch", I(M9), status="estimate"),
    F("trên 3 tuyến", "3", 3, "count", "tuyến", "tuyến cố định trong khu phố cổ"),
    F("là 150.000 đồng/xe/lượt", "150.000", 150000, "money", "đồng/xe/lượt", "giá cước xích lô du lịch"),
    F("tối đa 2 khách", "2", 2, "count", "khách", "số khách mỗi xe chở", approx="at_most", optional=True),
    F("còn 7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp tự ý đón khách ngoài điểm quy định", I(M9)),
    F("từ 1 đến 3 tháng", "1", 1, "measure", "tháng", "thời gian đình chỉ hoạt động", value_max=3, optional=True),
    F("đạt 200.000 lượt khách", "200.000", 200000, "count", "lượt khách", "lượt khách xích lô du lịch", Y,
      status="target"),
    F("bổ sung 20 xe", "20", 20, "count", "xe", "xe xích lô bổ sung", Q4, status="forecast"),
    F("khoảng 60 tài xế", "60", 60, "count", "tài xế", "tài xế được tập huấn", Q4, approx="about",
      status="forecast"),
]

HEADER = [
    "Formal report UBND tỉnh Quảng Nam, Số: 318/BC-UBND, 'Quảng Nam, ngày 12 tháng 10 năm 2023': xích lô du lịch Hội An, 9 tháng 2023.",
    "Flattened table (Đơn vị tính: xe; người; lượt khách — one unit per numeric column, in order); every numeric cell is a figure,",
    "subject = column label + row label; cells get no totals (the Tổng cộng row is its own figure). Số xe / tài xế columns take",
    "the as-of date from the sentence above (inherited); 'Lượt khách 9 tháng' column header gives 9 tháng 2023 (scored).",
    "'bằng 131% cùng kỳ, đạt 78,2% kế hoạch năm': the first share is the attribute; the second is a percent figure (optional).",
    "Not figures: Số 318/BC-UBND, Công văn số 2156/BVHTTDL-DL ngày 15/6/2023, section numbers I.-III., 1.-2., 'QUÝ IV/2023' heading.",
    "Optional: 'tối đa 2 khách' (vehicle capacity rule), 'từ 1 đến 3 tháng' (sanction length). Location: Hội An.",
    "'cả năm' and 'quý IV' (no year) take 2023 from the heading 'QUÝ IV/2023' before them.",
]

write("p913-3", TEXT, HEADER, FIGS, published="2023-10-12", location="Hội An")
