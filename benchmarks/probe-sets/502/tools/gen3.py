"""p502-3: formal report, UBND tỉnh Bình Thuận — dragon fruit 9 months 2024, flattened '|' table by district (Đơn vị tính: ha)."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Thuận, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ thanh long 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. TÌNH HÌNH SẢN XUẤT
1. Diện tích, sản lượng
Tính đến 30/9/2024, tổng diện tích thanh long toàn tỉnh là 27.350 ha, giảm 1.420 ha so với cùng kỳ năm 2023 do người dân chặt bỏ vườn già cỗi; diện tích cho sản phẩm 25.900 ha. Sản lượng 9 tháng ước đạt 412.600 tấn, bằng 78,5% kế hoạch năm.

Bảng 1. Diện tích thanh long theo địa bàn đến 30/9/2024
Đơn vị tính: ha
Địa bàn | Tổng diện tích | Diện tích cho sản phẩm | Diện tích VietGAP
Hàm Thuận Nam | 12.480 | 11.820 | 5.260
Hàm Thuận Bắc | 9.670 | 9.150 | 3.940
Bắc Bình | 3.150 | 2.980 | 620
Các địa phương khác | 2.050 | 1.950 | 0

2. Chất lượng và mã số vùng trồng
Toàn tỉnh có 9.820 ha thanh long đạt chứng nhận VietGAP, chiếm 35,9% tổng diện tích; 215 ha đạt GlobalGAP. Đã cấp 143 mã số vùng trồng (diện tích 7.820 ha) và 57 mã số cơ sở đóng gói phục vụ xuất khẩu.

II. TIÊU THỤ
Giá thanh long ruột trắng tại vườn bình quân 9 tháng khoảng 12.000 đồng/kg, ruột đỏ khoảng 20.000 đồng/kg. Kim ngạch xuất khẩu thanh long 9 tháng ước đạt 118,6 triệu USD, giảm 12,3% so với cùng kỳ; trong đó xuất khẩu chính ngạch đạt 87,2 triệu USD.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu sản lượng cả năm 2024 đạt 525.000 tấn; cấp mới thêm 20 mã số vùng trồng; chuyển đổi 500 ha thanh long kém hiệu quả theo Quyết định số 2108/QĐ-UBND ngày 15/8/2022.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
TAB = P("đến 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)


def cell(anchor, number, value, col, district):
    loc = district if district != "Các địa phương khác" else None
    subj = f"{col} thanh long" + ("" if loc else " các địa phương khác")
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "measure", "ha", subj, TAB, **kw)


FIGS = [
    F("là 27.350 ha", "27.350", 27350, "measure", "ha", "tổng diện tích thanh long", ASOF,
      change=CH("decrease", 1420, "ha", "cùng kỳ năm 2023")),
    F("cho sản phẩm 25.900 ha", "25.900", 25900, "measure", "ha", "diện tích thanh long cho sản phẩm", ASOF),
    F("ước đạt 412.600 tấn", "412.600", 412600, "measure", "tấn", "sản lượng thanh long", M9, percent=78.5,
      status="estimate"),
    cell("Hàm Thuận Nam | 12.480", "12.480", 12480, "Tổng diện tích", "Hàm Thuận Nam"),
    cell("| 11.820 |", "11.820", 11820, "Diện tích cho sản phẩm", "Hàm Thuận Nam"),
    cell("| 5.260", "5.260", 5260, "Diện tích VietGAP", "Hàm Thuận Nam"),
    cell("Hàm Thuận Bắc | 9.670", "9.670", 9670, "Tổng diện tích", "Hàm Thuận Bắc"),
    cell("| 9.150 |", "9.150", 9150, "Diện tích cho sản phẩm", "Hàm Thuận Bắc"),
    cell("| 3.940", "3.940", 3940, "Diện tích VietGAP", "Hàm Thuận Bắc"),
    cell("Bắc Bình | 3.150", "3.150", 3150, "Tổng diện tích", "Bắc Bình"),
    cell("| 2.980 |", "2.980", 2980, "Diện tích cho sản phẩm", "Bắc Bình"),
    cell("| 620\n", "620", 620, "Diện tích VietGAP", "Bắc Bình"),
    cell("khác | 2.050", "2.050", 2050, "Tổng diện tích", "Các địa phương khác"),
    cell("| 1.950 |", "1.950", 1950, "Diện tích cho sản phẩm", "Các địa phương khác"),
    cell("| 0\n", "0", 0, "Diện tích VietGAP", "Các địa phương khác"),
    F("có 9.820 ha", "9.820", 9820, "measure", "ha", "diện tích thanh long đạt chứng nhận VietGAP", None,
      percent=35.9),
    F("215 ha", "215", 215, "measure", "ha", "diện tích thanh long đạt GlobalGAP"),
    F("cấp 143 mã số", "143", 143, "count", "mã số vùng trồng", "mã số vùng trồng được cấp"),
    F("diện tích 7.820 ha", "7.820", 7820, "measure", "ha", "diện tích vùng trồng được cấp mã số"),
    F("và 57 mã số", "57", 57, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói phục vụ xuất khẩu"),
    F("khoảng 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá thanh long ruột trắng tại vườn bình quân",
      M9, approx="about"),
    F("khoảng 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", "giá thanh long ruột đỏ tại vườn bình quân",
      M9, approx="about"),
    F("ước đạt 118,6 triệu USD", "118,6", 118.6e6, "money", "USD", "kim ngạch xuất khẩu thanh long", M9,
      change=CH("decrease", 12.3, "%", "cùng kỳ"), status="estimate"),
    F("đạt 87,2 triệu USD", "87,2", 87.2e6, "money", "USD", "kim ngạch xuất khẩu thanh long chính ngạch", M9,
      total=118.6e6, status="estimate"),
    F("đạt 525.000 tấn", "525.000", 525000, "measure", "tấn", "sản lượng thanh long", Y24, status="target"),
    F("thêm 20 mã số", "20", 20, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", Q4, status="target"),
    F("chuyển đổi 500 ha", "500", 500, "measure", "ha", "diện tích thanh long kém hiệu quả chuyển đổi", Q4,
      status="target"),
]

COMMENTS = [
    "Formal report (letterhead, Số: 418/BC-UBND, place-and-date line 07/10/2024) of UBND tỉnh Bình Thuận on dragon fruit, 9 months 2024.",
    "Flattened '|' table with 'Đơn vị tính: ha': every numeric cell is a figure (the 0 included); district row labels -> location;",
    "'Các địa phương khác' is no place (subject keeps it, location = Bình Thuận). Table period is the title line's as-of date (inherited).",
    "No Kế hoạch/Ước column, so cells are actual. 'bằng 78,5% kế hoạch năm' is the percent of the output figure.",
    "Section III tasks: 'Phấn đấu' governs the whole sentence (;-continued clauses) -> target; 20 codes and 500 ha take quý IV/2024 from the heading.",
    "Distractors: Số: 418/BC-UBND, Quyết định số 2108/QĐ-UBND ngày 15/8/2022, 'Bảng 1', section numbers I./II./III., 1./2.",
]

if __name__ == "__main__":
    emit("p502-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bình Thuận")
