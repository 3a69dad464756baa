"""p972-3: UBND tỉnh Thanh Hóa report, 9 months 2024 rice seed production, flattened | table by district."""
from lib import F, C, T, P, I, year, write

TEXT = """
UBND TỈNH THANH HÓA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, cung ứng giống lúa 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất giống lúa thuần
9 tháng năm 2024, toàn tỉnh sản xuất 2.460 ha lúa giống các cấp, đạt 102,5% kế hoạch năm; sản lượng đạt 15.870 tấn. Kết quả theo địa bàn như sau:

Đơn vị tính: diện tích: ha; sản lượng: tấn
Địa bàn | Diện tích | Sản lượng | Trong đó giống xác nhận
Thọ Xuân | 720 | 4.680 | 4.150
Yên Định | 610 | 3.960 | 3.520
Thiệu Hóa | 545 | 3.490 | 3.080
Hoằng Hóa | 585 | 3.740 | 3.300
Tổng cộng | 2.460 | 15.870 | 14.050

2. Sản xuất hạt giống lúa lai F1
Diện tích sản xuất hạt lai F1 đạt 185 ha, tập trung ở Nông Cống và Triệu Sơn; năng suất bình quân 2,9 tấn/ha, sản lượng khoảng 536 tấn, đáp ứng khoảng 35% nhu cầu hạt lai của tỉnh.

3. Quản lý chất lượng giống
Từ đầu năm đến 30/9/2024, Chi cục Trồng trọt và Bảo vệ thực vật đã kiểm định 1.940 ha ruộng giống, lấy 312 mẫu hạt giống kiểm nghiệm; trong đó 297 mẫu đạt tiêu chuẩn, chiếm 95,2%. Kiểm tra 146 cơ sở kinh doanh giống, phát hiện 9 cơ sở vi phạm, xử phạt 86,5 triệu đồng.

II. NHIỆM VỤ QUÝ IV/2024
1. Vụ Chiêm Xuân 2025, dự kiến nhu cầu giống lúa của tỉnh khoảng 4.200 tấn, trong đó giống lúa lai 1.550 tấn.
2. Phấn đấu đến hết năm 2024 nâng tỷ lệ sử dụng giống xác nhận lên trên 90%.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hùng
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
IM9 = I(M9)
QC = P("Từ đầu năm đến 30/9/2024", "2024-01-01", "2024-09-30")
CX = year("Vụ Chiêm Xuân 2025", 2025)
E24 = P("đến hết năm 2024", None, "2024-12-31")

AREA, OUT, XN = "diện tích sản xuất lúa giống", "sản lượng lúa giống", "sản lượng giống xác nhận"


def row(place, cells, loc):
    (a, na, va), (b, nb, vb), (c, nc, vc) = cells
    return [
        F(a, na, va, "measure", "ha", AREA, IM9, location=loc),
        F(b, nb, vb, "measure", "tấn", OUT, IM9, location=loc),
        F(c, nc, vc, "measure", "tấn", XN, IM9, location=loc, total=vb),
    ]


FIGS = [
    F("sản xuất 2.460 ha", "2.460", 2460, "measure", "ha", "diện tích lúa giống các cấp", M9, percent=102.5),
    F("sản lượng đạt 15.870 tấn", "15.870", 15870, "measure", "tấn", "sản lượng lúa giống", M9),
]
FIGS += row("Thọ Xuân", [("Thọ Xuân | 720", "720", 720), ("720 | 4.680", "4.680", 4680),
                         ("4.680 | 4.150", "4.150", 4150)], "Thọ Xuân")
FIGS += row("Yên Định", [("Yên Định | 610", "610", 610), ("610 | 3.960", "3.960", 3960),
                         ("3.960 | 3.520", "3.520", 3520)], "Yên Định")
FIGS += row("Thiệu Hóa", [("Thiệu Hóa | 545", "545", 545), ("545 | 3.490", "3.490", 3490),
                          ("3.490 | 3.080", "3.080", 3080)], "Thiệu Hóa")
FIGS += row("Hoằng Hóa", [("Hoằng Hóa | 585", "585", 585), ("585 | 3.740", "3.740", 3740),
                          ("3.740 | 3.300", "3.300", 3300)], "Hoằng Hóa")
FIGS += [
    F("Tổng cộng | 2.460", "2.460", 2460, "measure", "ha", "tổng cộng " + AREA, IM9),
    F("2.460 | 15.870", "15.870", 15870, "measure", "tấn", "tổng cộng " + OUT, IM9),
    F("15.870 | 14.050", "14.050", 14050, "measure", "tấn", "tổng cộng " + XN, IM9, total=15870),
    F("F1 đạt 185 ha", "185", 185, "measure", "ha", "diện tích sản xuất hạt lai F1", IM9),
    F("bình quân 2,9 tấn/ha", "2,9", 2.9, "measure", "tấn/ha", "năng suất hạt lai F1 bình quân", IM9),
    F("khoảng 536 tấn", "536", 536, "measure", "tấn", "sản lượng hạt lai F1", IM9, approx="about", percent=35),
    F("kiểm định 1.940 ha", "1.940", 1940, "measure", "ha", "ruộng giống được kiểm định", QC),
    F("lấy 312 mẫu", "312", 312, "count", "mẫu", "mẫu hạt giống kiểm nghiệm", QC),
    F("297 mẫu", "297", 297, "count", "mẫu", "mẫu hạt giống đạt tiêu chuẩn", QC, total=312, percent=95.2),
    F("Kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", "cơ sở kinh doanh giống được kiểm tra", I(QC)),
    F("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở kinh doanh giống vi phạm", I(QC)),
    F("xử phạt 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "tiền xử phạt vi phạm", I(QC)),
    F("khoảng 4.200 tấn", "4.200", 4200, "measure", "tấn", "nhu cầu giống lúa", CX, approx="about",
      status="forecast"),
    F("lúa lai 1.550 tấn", "1.550", 1550, "measure", "tấn", "nhu cầu giống lúa lai", CX, total=4200,
      status="forecast"),
    F("lên trên 90%", "90", 90, "percent", "%", "tỷ lệ sử dụng giống xác nhận", E24, approx="over",
      status="target"),
]

NOTES = [
    "Formal report of UBND tỉnh Thanh Hóa (Số: 287/BC-UBND, dated 08/10/2024): 9 months 2024 rice-seed production,",
    "flattened '|' table by district (Diện tích ha, Sản lượng tấn, Trong đó giống xác nhận tấn, Tổng cộng row).",
    "Table cells: location = the district of the row, subject = the column indicator, unit from the 'Đơn vị tính' line,",
    "period from the sentence above the table (inherited); the Tổng cộng row is its own figure.",
    "revised: the column 'Trong đó giống xác nhận' is a part of the row's Sản lượng ('trong đó' after the whole): total added.",
    "'đạt 102,5% kế hoạch năm' is the percent of 2.460 ha; 'đáp ứng khoảng 35% nhu cầu' is read as the share (percent)",
    "of the 536 tấn. '9 cơ sở vi phạm' has no part-of cue, so no total. Section numbers I., II., 1.-3., 'QUÝ IV/2024',",
    "the document number, the date line and the signer are not figures.",
]

write("p972-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Thanh Hóa")
