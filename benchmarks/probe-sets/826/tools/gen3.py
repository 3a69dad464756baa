from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH TÂY NINH
Số: 356/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 15 tháng 11 năm 2024

BÁO CÁO
Tình hình sản xuất, kinh doanh bánh tráng tại các làng nghề 10 tháng năm 2024

Thực hiện Công văn số 2187/BCT-CTĐP ngày 28/10/2024 của Bộ Công Thương, UBND tỉnh Tây Ninh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô sản xuất
Tính đến ngày 31/10/2024, toàn tỉnh có 1.126 hộ sản xuất bánh tráng, giảm 38 hộ so với cuối năm 2023; trong đó làng nghề bánh tráng phơi sương Trảng Bàng có 487 hộ, chiếm 43,2%. Tổng số lao động khoảng 4.300 người, thu nhập bình quân 6,8 triệu đồng/người/tháng.
2. Sản lượng, doanh thu
10 tháng năm 2024, sản lượng bánh tráng ước đạt 9.850 tấn, bằng 81,4% kế hoạch năm, tăng 6,5% so với cùng kỳ; doanh thu ước đạt 512 tỷ đồng. Sản lượng theo địa phương:
Đơn vị tính: tấn
STT | Địa phương | 10 tháng năm 2023 | Ước 10 tháng năm 2024 | Kế hoạch năm 2024
1 | Thị xã Trảng Bàng | 4.120 | 4.410 | 5.300
2 | Huyện Gò Dầu | 1.980 | 2.150 | 2.600
3 | Thị xã Hòa Thành | 1.450 | 1.530 | 1.900
4 | Huyện Dương Minh Châu | 1.700 | 1.760 | 2.300
 | Tổng cộng | 9.250 | 9.850 | 12.100
3. An toàn thực phẩm
Từ đầu năm đến nay, các đoàn kiểm tra liên ngành đã kiểm tra 214 lượt cơ sở, xử lý 17 cơ sở vi phạm, phạt tiền 48,6 triệu đồng. Toàn tỉnh có 6 sản phẩm bánh tráng đạt OCOP, gồm 4 sản phẩm 3 sao và 2 sản phẩm 4 sao.

II. NHIỆM VỤ 2 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm 2024 sản lượng bánh tráng đạt 12.100 tấn; hỗ trợ 50 hộ chuyển sang sấy bánh bằng năng lượng mặt trời với kinh phí dự kiến 1,5 tỷ đồng.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
C23 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
C24 = P("Ước 10 tháng năm 2024", "2024-01-01", "2024-10-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-15")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
SL = "sản lượng bánh tráng"

FIGS = [
    F("có 1.126 hộ", "1.126", 1126, "count", "hộ", "hộ sản xuất bánh tráng", ASOF,
      change=C("decrease", 38, "hộ", "cuối năm 2023")),
    F("có 487 hộ", "487", 487, "count", "hộ", "hộ làng nghề bánh tráng phơi sương", ASOF,
      total=1126, percent=43.2, location="Trảng Bàng"),
    F("khoảng 4.300 người", "4.300", 4300, "count", "người", "lao động sản xuất bánh tráng", I(ASOF), approx="about"),
    F("6,8 triệu đồng/người/tháng", "6,8", 6.8e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động", I(ASOF)),
    F("ước đạt 9.850 tấn", "9.850", 9850, "measure", "tấn", SL, M10, status="estimate", percent=81.4,
      change=C("increase", 6.5, "%", "cùng kỳ")),
    F("ước đạt 512 tỷ đồng", "512", 512e9, "money", "đồng", "doanh thu bánh tráng", M10, status="estimate"),
]
rows = [("Trảng Bàng", ["4.120", "4.410", "5.300"]), ("Gò Dầu", ["1.980", "2.150", "2.600"]),
        ("Hòa Thành", ["1.450", "1.530", "1.900"]), ("Dương Minh Châu", ["1.700", "1.760", "2.300"]),
        (None, ["9.250", "9.850", "12.100"])]
cols = [(C23, "actual", "10 tháng năm 2023"), (C24, "estimate", "ước 10 tháng năm 2024"), (KH, "target", "kế hoạch năm 2024")]
for place, cells in rows:
    for cell, (per, st, lab) in zip(cells, cols):
        subj = f"{SL} {lab}" if place else f"tổng cộng {SL} {lab}"
        kw = {"location": place} if place else {}
        if st != "actual":
            kw["status"] = st
        FIGS.append(F(f"| {cell}" + (" |" if cell != cells[-1] else "\n"), cell, float(cell.replace(".", "")),
                      "measure", "tấn", subj, per, **kw))
FIGS += [
    F("kiểm tra 214 lượt cơ sở", "214", 214, "count", "lượt cơ sở", "lượt cơ sở sản xuất bánh tráng được kiểm tra", YTD),
    F("xử lý 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm bị xử lý", YTD),
    F("48,6 triệu đồng", "48,6", 48.6e6, "money", "đồng", "tiền phạt vi phạm an toàn thực phẩm", YTD),
    F("có 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm bánh tráng đạt OCOP"),
    F("gồm 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm bánh tráng OCOP 3 sao", total=6),
    F("4 sản phẩm 3 sao", "3", 3, "count", "sao", "hạng OCOP", optional=True),
    F("và 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm bánh tráng OCOP 4 sao", total=6),
    F("2 sản phẩm 4 sao", "4", 4, "count", "sao", "hạng OCOP", optional=True),
    F("đạt 12.100 tấn", "12.100", 12100, "measure", "tấn", SL, Y24, status="target"),
    F("hỗ trợ 50 hộ", "50", 50, "count", "hộ", "hộ được hỗ trợ chuyển sang sấy bánh bằng năng lượng mặt trời", Y24,
      status="target"),
    F("dự kiến 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "kinh phí hỗ trợ sấy bánh bằng năng lượng mặt trời", Y24,
      status="forecast"),
]

build("p826-3", TEXT, FIGS, published="2024-11-15", location="Tây Ninh", comments=[
    "Formal report (UBND tỉnh Tây Ninh, Số: 356/BC-UBND, 15/11/2024): bánh tráng villages, 10 months of 2024; flattened '|' table",
    "of output by district (Đơn vị tính: tấn; columns 10 tháng 2023 / Ước 10 tháng 2024 / Kế hoạch 2024; Tổng cộng row).",
    "Table cells: place rows give location (Trảng Bàng, Gò Dầu, Hòa Thành, Dương Minh Châu), period and status from the column header",
    "(Ước → estimate, Kế hoạch → target); no totals for table cells (the Tổng cộng row is a figure of its own, location Tây Ninh). STT numbers are not figures.",
    "Not figures: Số 356/BC-UBND, Công văn số 2187/BCT-CTĐP ngày 28/10/2024, section numbers I./II./1.-3., heading 'NHIỆM VỤ 2 THÁNG CUỐI NĂM 2024'.",
    "'bằng 81,4% kế hoạch năm' is the percent of 9.850 tấn (the plan amount is not written there, so no target); 'Từ đầu năm đến nay' ends at 2024-11-15.",
    "17 cơ sở vi phạm has no total (different unit 'lượt cơ sở', no part-of cue). 'Phấn đấu' governs both clauses (12.100 tấn, 50 hộ); 'kinh phí dự kiến' → forecast.",
])
