from lib import *

TEXT = """
ỦY BAN NHÂN DÂN
HUYỆN GIA LÂM
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lâm, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh và bảo vệ môi trường làng nghề gốm sứ Bát Tràng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, kinh doanh
9 tháng năm 2024, sản xuất gốm sứ trên địa bàn xã Bát Tràng tiếp tục phục hồi. Một số chỉ tiêu chủ yếu như sau:

Bảng 1. Một số chỉ tiêu sản xuất làng nghề gốm sứ Bát Tràng
Chỉ tiêu | Đơn vị tính | 9 tháng năm 2023 | 9 tháng năm 2024 | So sánh (%)
Cơ sở sản xuất gốm sứ | cơ sở | 1.046 | 1.082 | 103,4
Lao động thường xuyên | người | 7.850 | 8.240 | 105,0
Giá trị sản xuất | tỷ đồng | 1.215,6 | 1.348,2 | 110,9
Lượt khách tham quan | nghìn lượt | 412 | 486 | 118,0
Lò nung sử dụng khí gas | lò | 1.380 | 1.465 | 106,2

Thu nhập bình quân của lao động làng nghề ước đạt 9,2 triệu đồng/người/tháng. Doanh thu bán hàng trực tuyến chiếm khoảng 15% tổng doanh thu.

2. Bảo vệ môi trường
Đến 30/9/2024, toàn xã còn 37 lò nung than thủ công (giảm 12 lò so với cuối năm 2023), chiếm 2,5% tổng số lò nung. Kết quả quan trắc quý III/2024 tại 5 điểm cho thấy nồng độ bụi tổng số trung bình 0,42 mg/m3, vượt 1,4 lần quy chuẩn cho phép; nồng độ SO2 đạt quy chuẩn. UBND huyện đã hỗ trợ 2,6 tỷ đồng cho 52 hộ chuyển đổi từ lò than sang lò gas.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 giá trị sản xuất làng nghề đạt 1.800 tỷ đồng; đến hết năm 2025 chuyển đổi toàn bộ số lò than còn lại sang lò gas, lò điện.

Nơi nhận:
- UBND thành phố Hà Nội;
- Lưu: VT, KT.
"""

A = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
B = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Bi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
rows = [
    ("Cơ sở sản xuất gốm sứ", "count", "cơ sở", 1, ("1.046", 1046), ("1.082", 1082), ("103,4", 103.4),
     "gốm sứ | cơ sở | 1.046", "| 1.046 | 1.082", "| 1.082 | 103,4"),
    ("Lao động thường xuyên", "count", "người", 1, ("7.850", 7850), ("8.240", 8240), ("105,0", 105.0),
     "| người | 7.850", "| 7.850 | 8.240", "| 8.240 | 105,0"),
    ("Giá trị sản xuất", "money", "đồng", 1e9, ("1.215,6", 1215.6), ("1.348,2", 1348.2), ("110,9", 110.9),
     "| tỷ đồng | 1.215,6", "| 1.215,6 | 1.348,2", "| 1.348,2 | 110,9"),
    ("Lượt khách tham quan", "count", "lượt", 1e3, ("412", 412), ("486", 486), ("118,0", 118.0),
     "| nghìn lượt | 412", "| 412 | 486", "| 486 | 118,0"),
    ("Lò nung sử dụng khí gas", "count", "lò", 1, ("1.380", 1380), ("1.465", 1465), ("106,2", 106.2),
     "| lò | 1.380", "| 1.380 | 1.465", "| 1.465 | 106,2"),
]
FIGS = []
for label, kind, unit, mult, a, b, c, an_a, an_b, an_c in rows:
    FIGS.append(F(an_a, a[0], round(a[1] * mult, 6), kind, unit, f"{label} 9 tháng năm 2023", period=A))
    FIGS.append(F(an_b, b[0], round(b[1] * mult, 6), kind, unit, f"{label} 9 tháng năm 2024", period=B))
    FIGS.append(F(an_c, c[0], c[1], "percent", "%", f"{label} so sánh 9 tháng năm 2024 với cùng kỳ", period=Bi))

FIGS += [
    F("ước đạt 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      status="estimate", period=Bi),
    F("khoảng 15% tổng doanh thu", "15", 15, "percent", "%", "doanh thu bán hàng trực tuyến trong tổng doanh thu",
      approx="about", period=Bi),
    F("còn 37 lò nung", "37", 37, "count", "lò nung than thủ công", "lò nung than thủ công", percent=2.5,
      change=CH("decrease", 12, "lò", "cuối năm 2023"), period=P("Đến 30/9/2024", None, "2024-09-30")),
    F("tại 5 điểm", "5", 5, "count", "điểm", "điểm quan trắc", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("trung bình 0,42 mg/m3", "0,42", 0.42, "measure", "mg/m3", "nồng độ bụi tổng số trung bình",
      change=CH("increase", 1.4, "lần", "quy chuẩn cho phép"), period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("hỗ trợ 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí UBND huyện hỗ trợ chuyển đổi lò than sang lò gas",
      period=P("Đến 30/9/2024", None, "2024-09-30", inherited=True)),
    F("cho 52 hộ", "52", 52, "count", "hộ", "hộ chuyển đổi từ lò than sang lò gas",
      period=P("Đến 30/9/2024", None, "2024-09-30", inherited=True)),
    F("đạt 1.800 tỷ đồng", "1.800", 1800e9, "money", "đồng", "giá trị sản xuất làng nghề", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Gia Lâm, 'Số: 287/BC-UBND'): Bát Tràng ceramics village, 9 months of 2024, flattened '|' table.",
    "Date from the place-and-date line 'Gia Lâm, ngày 18 tháng 10 năm 2024'. Bát Tràng is a commune of Gia Lâm → location Gia Lâm.",
    "Distractors: 'Số: 287/BC-UBND', section numbers I./II./1./2., 'Bảng 1', 'QUÝ IV/2024' heading, 'SO2', 'mg/m3', 'Lưu: VT, KT'.",
    "Table: every numeric cell is a figure; subject = row label + column label; unit and multiplier from the 'Đơn vị tính' column",
    "('tỷ đồng' → ×10^9 money in đồng, 'nghìn lượt' → ×10^3 count in lượt); period from the column header (scored);",
    "'So sánh (%)' cells are percent figures whose header states no period (inherited from the report's 9 tháng năm 2024).",
    "'37 lò nung …(giảm 12 lò so với cuối năm 2023), chiếm 2,5%' → change and percent across the bracket; period as-of 30/9/2024.",
    "'0,42 mg/m3, vượt 1,4 lần quy chuẩn cho phép' → gap to the standard is the change (increase 1,4 lần), as 'vượt 5% kế hoạch'.",
    "'tại 5 điểm' (monitoring points) is a count. 'Phấn đấu cả năm 2024 … 1.800 tỷ đồng' target; 'toàn bộ' is not a number.",
]

write("p402-5", TEXT, FIGS, COMMENTS, published="2024-10-18", location="Gia Lâm")
