"""p1238-3: formal report (UBND tỉnh Lâm Đồng), dairy herd and milk processing, 6 months 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 08 tháng 7 năm 2024

BÁO CÁO
Tình hình chăn nuôi bò sữa và chế biến sữa 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chăn nuôi bò sữa
Tính đến ngày 30/6/2024, tổng đàn bò sữa toàn tỉnh đạt 26.450 con, tăng 4,8% so với cùng kỳ; sản lượng sữa tươi 6 tháng đầu năm ước đạt 58.900 tấn, bằng 49,5% kế hoạch năm, tăng 5,6% so với cùng kỳ.

Sản lượng sữa tươi nguyên liệu theo địa phương
Đơn vị tính: tấn
Địa phương | 6 tháng 2023 | Ước thực hiện 6 tháng 2024 | Kế hoạch năm 2024
Huyện Đơn Dương | 38.420 | 40.150 | 81.000
Huyện Đức Trọng | 12.630 | 13.480 | 27.500
Huyện Lâm Hà | 3.210 | 3.560 | 7.200
TP Đà Lạt | 1.540 | 1.710 | 3.300
Tổng cộng | 55.800 | 58.900 | 119.000

2. Chế biến sữa
Trên địa bàn tỉnh có 3 doanh nghiệp và 27 cơ sở chế biến sữa quy mô nhỏ. 6 tháng đầu năm, các đơn vị đã thu mua khoảng 41.300 tấn sữa tươi, chiếm 70,1% sản lượng toàn tỉnh; sản xuất 9.850 tấn sữa chua, 12,6 triệu lít sữa thanh trùng và 640 tấn phô mai, bơ các loại. Giá thu mua sữa tươi bình quân 14.200 đồng/kg, tăng 300 đồng/kg so với cuối năm 2023.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến cuối năm 2024 tổng đàn bò sữa đạt 27.500 con; sản lượng sữa tươi cả năm đạt 119.000 tấn, trong đó huyện Đơn Dương chiếm khoảng 68%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN2.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H1_24 = P("Ước thực hiện 6 tháng 2024", "2024-01-01", "2024-06-30")
KH24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
H1S = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
IND = "sản lượng sữa tươi nguyên liệu"
COLS = {1: ("6 tháng 2023", H1_23, {}),
        2: ("ước thực hiện 6 tháng 2024", H1_24, {"status": "estimate"}),
        3: ("kế hoạch năm 2024", KH24, {"status": "target"})}


def cell(anchor, number, value, place, col):
    label, per, kw = COLS[col]
    row = "tổng cộng " if place == "Lâm Đồng" else ""
    return F(anchor, number, value, "measure", "tấn", subject=f"{IND} {row}{label}", period=per,
             location=place, **kw)


FIGS = [
    F("đạt 26.450 con", "26.450", 26450, "count", "con", change=C("increase", 4.8, "%", "cùng kỳ"),
      subject="tổng đàn bò sữa", period=ASOF),
    F("ước đạt 58.900 tấn", "58.900", 58900, "measure", "tấn", status="estimate", percent=49.5,
      change=C("increase", 5.6, "%", "cùng kỳ"), subject="sản lượng sữa tươi", period=H1),
    cell("Dương | 38.420", "38.420", 38420, "Đơn Dương", 1),
    cell("38.420 | 40.150", "40.150", 40150, "Đơn Dương", 2),
    cell("40.150 | 81.000", "81.000", 81000, "Đơn Dương", 3),
    cell("Trọng | 12.630", "12.630", 12630, "Đức Trọng", 1),
    cell("12.630 | 13.480", "13.480", 13480, "Đức Trọng", 2),
    cell("13.480 | 27.500", "27.500", 27500, "Đức Trọng", 3),
    cell("Hà | 3.210", "3.210", 3210, "Lâm Hà", 1),
    cell("3.210 | 3.560", "3.560", 3560, "Lâm Hà", 2),
    cell("3.560 | 7.200", "7.200", 7200, "Lâm Hà", 3),
    cell("Lạt | 1.540", "1.540", 1540, "Đà Lạt", 1),
    cell("1.540 | 1.710", "1.710", 1710, "Đà Lạt", 2),
    cell("1.710 | 3.300", "3.300", 3300, "Đà Lạt", 3),
    cell("cộng | 55.800", "55.800", 55800, "Lâm Đồng", 1),
    cell("55.800 | 58.900", "58.900", 58900, "Lâm Đồng", 2),
    cell("58.900 | 119.000", "119.000", 119000, "Lâm Đồng", 3),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp chế biến sữa"),
    F("27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở chế biến sữa quy mô nhỏ"),
    F("khoảng 41.300 tấn", "41.300", 41300, "measure", "tấn", approx="about", percent=70.1,
      subject="sữa tươi các đơn vị thu mua", period=H1S),
    F("sản xuất 9.850 tấn", "9.850", 9850, "measure", "tấn", subject="sữa chua sản xuất", period=H1S),
    F("12,6 triệu lít", "12,6", 12.6e6, "measure", "lít", subject="sữa thanh trùng sản xuất", period=H1S),
    F("640 tấn", "640", 640, "measure", "tấn", subject="phô mai, bơ các loại sản xuất", period=H1S),
    F("14.200 đồng/kg", "14.200", 14200, "money", "đồng/kg",
      change=C("increase", 300, "đồng/kg", "cuối năm 2023"),
      subject="giá thu mua sữa tươi bình quân", period=I(H1S)),
    F("đạt 27.500 con", "27.500", 27500, "count", "con", status="target",
      subject="tổng đàn bò sữa", period=END24),
    F("đạt 119.000 tấn", "119.000", 119000, "measure", "tấn", status="target",
      subject="sản lượng sữa tươi", period=YEAR),
    F("khoảng 68%", "68", 68, "percent", "%", approx="about", status="target", location="Đơn Dương",
      subject="sản lượng sữa tươi", period=YEAR),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH LÂM ĐỒNG, 'Số: 142/BC-UBND', 'Lâm Đồng, ngày 08 tháng 7 năm 2024' (published), 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are districts (location), 'Tổng cộng' row = Lâm Đồng; subject = caption indicator + column label;",
    "period from the column header (scored); 'Ước thực hiện' column → estimate, 'Kế hoạch năm 2024' column → target. Table cells get no totals.",
    "Distractors: Số 142/BC-UBND, dateline, section numbers I./II./1./2., 'NN2', heading 'NHIỆM VỤ 6 THÁNG CUỐI NĂM'.",
    "Section II: 'Phấn đấu' governs the clauses after ';' (target). 'trong đó huyện Đơn Dương chiếm khoảng 68%' is a percent figure of its own.",
    "'tăng 300 đồng/kg so với cuối năm 2023' is a change in đồng/kg. Section 2 sentence periods: '6 tháng đầu năm' (2024) stated in the sentence.",
]

if __name__ == "__main__":
    write("p1238-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Lâm Đồng")
