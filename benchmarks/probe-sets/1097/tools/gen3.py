"""p1097-3: formal report of UBND tỉnh Bến Tre, 9 months 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẾN TRE
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 587/BC-UBND
Bến Tre, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nghề nuôi cá cảnh 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Tính đến ngày 30/9/2024, toàn tỉnh có 684 hộ nuôi cá cảnh với tổng diện tích 152,7 ha, tăng 38 hộ so với cuối năm 2023; trong đó có 94 hộ nuôi quy mô trên 1 ha. 9 tháng năm 2024, sản lượng cá cảnh đạt 15,3 triệu con, đạt 76,5% kế hoạch năm (20 triệu con), tăng 8,2% so với cùng kỳ.

Sản lượng cá cảnh theo địa bàn
Đơn vị tính: nghìn con
Huyện, thành phố | 9 tháng 2023 | 9 tháng 2024 | Kế hoạch năm 2024
Chợ Lách | 5.410 | 5.860 | 7.600
Châu Thành | 3.950 | 4.320 | 5.700
Mỏ Cày Nam | 2.980 | 3.150 | 4.100
TP. Bến Tre | 1.800 | 1.970 | 2.600
Tổng cộng | 14.140 | 15.300 | 20.000

2. Tiêu thụ và xuất khẩu
Giá trị sản xuất cá cảnh 9 tháng ước đạt 246 tỷ đồng, tăng 11,4% so với cùng kỳ. Sản lượng xuất khẩu ước đạt 4,1 triệu con, chiếm 26,8% sản lượng, chủ yếu sang Mỹ, Nhật Bản, Đài Loan (Trung Quốc) và EU; kim ngạch xuất khẩu ước khoảng 2,35 triệu USD. Giá bán cá dĩa tại trại từ 35.000 đến 120.000 đồng/con, cá la hán 250.000-800.000 đồng/con.

3. Hỗ trợ phát triển
Thực hiện Nghị quyết số 05/2022/NQ-HĐND, tỉnh đã hỗ trợ 27 hộ xây dựng hệ thống lọc tuần hoàn với tổng kinh phí 1,62 tỷ đồng; tổ chức 6 lớp tập huấn cho 240 lượt người.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm đạt 20 triệu con; dự kiến quý IV sản lượng đạt khoảng 5,2 triệu con, phục vụ thị trường Tết Nguyên đán Ất Tỵ 2025.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SL = "sản lượng cá cảnh"

ROWS = [("Chợ Lách", "Chợ Lách", ("5.410", "5.860", "7.600")),
        ("Châu Thành", "Châu Thành", ("3.950", "4.320", "5.700")),
        ("Mỏ Cày Nam", "Mỏ Cày Nam", ("2.980", "3.150", "4.100")),
        ("TP. Bến Tre", "Bến Tre", ("1.800", "1.970", "2.600")),
        ("Tổng cộng", "Bến Tre", ("14.140", "15.300", "20.000"))]

TABLE = []
for label, loc, cells in ROWS:
    a, b, c = cells
    TABLE.append(F(f"{label} | {a}", a, int(a.replace(".", "")) * 1000, "count", "con", SL, C23,
                   location=loc))
    TABLE.append(F(f"{a} | {b}", b, int(b.replace(".", "")) * 1000, "count", "con", SL, C24,
                   location=loc))
    TABLE.append(F(f"{b} | {c}", c, int(c.replace(".", "")) * 1000, "count", "con", SL, KH,
                   status="target", location=loc))

FIGS = [
    F("có 684 hộ", "684", 684, "count", "hộ", "hộ nuôi cá cảnh", ASOF,
      change=C("increase", 38, "hộ", baseline="cuối năm 2023")),
    F("tổng diện tích 152,7 ha", "152,7", 152.7, "measure", "ha", "tổng diện tích nuôi cá cảnh", ASOF),
    F("có 94 hộ", "94", 94, "count", "hộ", "hộ nuôi quy mô trên 1 ha", ASOF, total=684),
    F("quy mô trên 1 ha", "1", 1, "measure", "ha", "quy mô nuôi", approx="over", optional=True),
    F("đạt 15,3 triệu con", "15,3", 15300000, "count", "con", SL, M9, percent=76.5,
      target=T(20000000, "con"), change=C("increase", 8.2, baseline="cùng kỳ")),
] + TABLE + [
    F("ước đạt 246 tỷ đồng", "246", 246000000000, "money", "đồng", "giá trị sản xuất cá cảnh",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", change=C("increase", 11.4, baseline="cùng kỳ")),
    F("ước đạt 4,1 triệu con", "4,1", 4100000, "count", "con", "sản lượng cá cảnh xuất khẩu",
      I(P("9 tháng", "2024-01-01", "2024-09-30")), status="estimate", percent=26.8),
    F("ước khoảng 2,35 triệu USD", "2,35", 2350000, "money", "USD", "kim ngạch xuất khẩu cá cảnh",
      I(P("9 tháng", "2024-01-01", "2024-09-30")), approx="about", status="estimate"),
    F("từ 35.000 đến 120.000", "35.000", 35000, "money", "đồng/con", "giá bán cá dĩa tại trại", value_max=120000),
    F("250.000-800.000 đồng/con", "250.000", 250000, "money", "đồng/con", "giá bán cá la hán", value_max=800000),
    F("hỗ trợ 27 hộ", "27", 27, "count", "hộ", "hộ được hỗ trợ xây dựng hệ thống lọc tuần hoàn"),
    F("tổng kinh phí 1,62 tỷ đồng", "1,62", 1620000000, "money", "đồng", "kinh phí hỗ trợ xây dựng hệ thống lọc tuần hoàn"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn"),
    F("cho 240 lượt người", "240", 240, "count", "lượt người", "lượt người được tập huấn"),
    F("cả năm đạt 20 triệu con", "20", 20000000, "count", "con", SL, P("cả năm", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 5,2 triệu con", "5,2", 5200000, "count", "con", SL, P("quý IV", "2024-10-01", "2024-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report under the UBND TỈNH BẾN TRE letterhead, 'Số: 587/BC-UBND', 'Bến Tre, ngày 08 tháng 10 năm 2024'; section numbers I., 1.-3., II.",
    "Flattened '|' table, 'Đơn vị tính: nghìn con' (cells x1000 con); periods from the column headers (scored); 'Kế hoạch năm 2024' column is a target.",
    "District rows give their location; the 'Tổng cộng' row is its own figure (province). Table cells carry no totals.",
    "'đạt 76,5% kế hoạch năm (20 triệu con)': 76,5 is the share and 20 triệu the plan (target attribute), not a figure.",
    "'9 tháng' in section 2 has no year: 2024 from the earlier text. 'Nghị quyết số 05/2022/NQ-HĐND', 'QUÝ IV/2024', 'Ất Tỵ 2025' are not figures.",
    "'ước khoảng 2,35 triệu USD' is estimate + about. 'quy mô trên 1 ha' is a class threshold (optional).",
]

write("p1097-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Bến Tre")
