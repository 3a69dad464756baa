from lib import F, P, I, C, T, build

TEXT = """
UBND TỈNH TIỀN GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tiền Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Kế hoạch phát triển nuôi cá cảnh 9 tháng năm 2024
(theo Kế hoạch số 145/KH-UBND ngày 12/4/2023 của UBND tỉnh)

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Tính đến 30/9/2024, toàn tỉnh có 214 cơ sở, hộ nuôi cá cảnh, tăng 18 cơ sở so với cuối năm 2023; tổng diện tích nuôi 86,5 ha, trong đó diện tích nuôi trong nhà lưới, nhà màng 21,3 ha, chiếm 24,6%.

2. Sản lượng và giá trị
Sản lượng cá cảnh 9 tháng năm 2024 đạt 1,1 triệu con, tăng 15,2% so với cùng kỳ, bằng 74,8% kế hoạch năm. Sản lượng phân theo địa phương như sau:

Đơn vị tính: nghìn con
Địa phương | 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024
Huyện Châu Thành | 412 | 468 | 620
Huyện Chợ Gạo | 285 | 330 | 450
Huyện Cai Lậy | 160 | 196 | 250
TP Mỹ Tho | 98 | 106 | 150
Tổng cộng | 955 | 1.100 | 1.470

Giá trị sản xuất ước đạt 42,6 tỷ đồng. Giá bán bình quân: cá dĩa 60.000-90.000 đồng/con, cá vàng 15.000 đồng/con.

3. Con giống
Các cơ sở đã sản xuất được 3.200 cặp cá bố mẹ; nguồn giống sản xuất tại chỗ đáp ứng khoảng 70% nhu cầu.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 sản lượng đạt 1,47 triệu con; hỗ trợ 5 cơ sở đạt chứng nhận VietGAP với kinh phí 300 triệu đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT.TU, TT.HĐND tỉnh;
- Lưu: VT.
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
SL = "sản lượng cá cảnh"


def rows():
    out = []
    data = [("Huyện Châu Thành | ", "Châu Thành", ("412", "468", "620")),
            ("Huyện Chợ Gạo | ", "Chợ Gạo", ("285", "330", "450")),
            ("Huyện Cai Lậy | ", "Cai Lậy", ("160", "196", "250")),
            ("TP Mỹ Tho | ", "Mỹ Tho", ("98", "106", "150")),
            ("Tổng cộng | ", "Tiền Giang", ("955", "1.100", "1.470"))]
    for label, loc, (a, b, c) in data:
        va, vb, vc = (int(x.replace(".", "")) * 1000 for x in (a, b, c))
        out.append(F(f"{label}{a} |", a, va, "count", "con", f"{SL} 9 tháng năm 2023", C23, location=loc))
        out.append(F(f"{label}{a} | {b} |", b, vb, "count", "con", f"{SL} 9 tháng năm 2024", C24, location=loc))
        out.append(F(f"| {b} | {c}\n", c, vc, "count", "con", f"{SL} kế hoạch năm 2024", KH, status="target",
                     location=loc))
    return out


FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", "cơ sở, hộ nuôi cá cảnh", AS,
      change=C("increase", 18, "cơ sở", "cuối năm 2023")),
    F("nuôi 86,5 ha", "86,5", 86.5, "measure", "ha", "tổng diện tích nuôi cá cảnh", AS),
    F("nhà màng 21,3 ha", "21,3", 21.3, "measure", "ha", "diện tích nuôi trong nhà lưới, nhà màng", AS,
      total=86.5, percent=24.6),
    F("đạt 1,1 triệu con", "1,1", 1_100_000, "count", "con", SL, M9,
      change=C("increase", 15.2, "%", "cùng kỳ"), percent=74.8),
] + rows() + [
    F("ước đạt 42,6 tỷ đồng", "42,6", 42_600_000_000, "money", "đồng", "giá trị sản xuất cá cảnh", I(M9),
      status="estimate"),
    F("cá dĩa 60.000-90.000 đồng/con", "60.000", 60_000, "money", "đồng/con", "giá bán bình quân cá dĩa",
      value_max=90_000),
    F("cá vàng 15.000 đồng/con", "15.000", 15_000, "money", "đồng/con", "giá bán bình quân cá vàng"),
    F("3.200 cặp", "3.200", 3200, "count", "cặp", "cá bố mẹ sản xuất được"),
    F("khoảng 70% nhu cầu", "70", 70, "percent", "%", "nguồn giống sản xuất tại chỗ đáp ứng nhu cầu", approx="about"),
    F("đạt 1,47 triệu con", "1,47", 1_470_000, "count", "con", SL, P("đến cuối năm 2024", None, "2024-12-31"),
      status="target"),
    F("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được hỗ trợ đạt chứng nhận VietGAP",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
    F("kinh phí 300 triệu đồng", "300", 300_000_000, "money", "đồng", "kinh phí hỗ trợ chứng nhận VietGAP",
      P("đến cuối năm 2024", None, "2024-12-31"), status="target"),
]

NOTES = [
    "Báo cáo UBND tỉnh Tiền Giang (invented), số 318/BC-UBND, 08/10/2024: nuôi cá cảnh 9 tháng năm 2024, flattened '|' table",
    "(Đơn vị tính: nghìn con; columns 9 tháng năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024; district rows; Tổng cộng row).",
    "Table cells: ×1000 con, period from the column header (scored), plan column status target; district rows give location,",
    "the Tổng cộng row the province; no totals on cells. The report date is `published`.",
    "Distractors: 'Số: 318/BC-UBND', 'Kế hoạch số 145/KH-UBND ngày 12/4/2023', section numbers I./1./2./3./II., heading",
    "'NHIỆM VỤ QUÝ IV/2024', national motto, 'Nơi nhận' list.",
    "21,3 ha after 'trong đó' gets total 86,5 and its 'chiếm 24,6%' as percent; 1,1 triệu con: 'bằng 74,8% kế hoạch năm' -> percent.",
    "'đáp ứng khoảng 70% nhu cầu' is a separate clause with its own subject (nguồn giống): a percent figure of its own.",
    "'Phấn đấu đến cuối năm 2024 …; hỗ trợ 5 cơ sở … với kinh phí 300 triệu đồng': the target cue and the as-of period run on",
    "through the semicolon (one sentence, one list of tasks).",
]

build("p1011-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Tiền Giang")
