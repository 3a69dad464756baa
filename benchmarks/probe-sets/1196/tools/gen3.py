"""p1196-3: formal report (UBND tỉnh Gia Lai) on bauxite reserve areas, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH GIA LAI
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 28 tháng 11 năm 2023

BÁO CÁO
Tình hình quản lý, bảo vệ tài nguyên quặng bô-xít trên địa bàn tỉnh

I. HIỆN TRẠNG TÀI NGUYÊN
1. Theo kết quả điều tra, trên địa bàn tỉnh có 7 khu vực có quặng bô-xít với tổng diện tích khoảng 1.265 km2, tài nguyên dự báo trên 1,1 tỷ tấn quặng nguyên khai; hàm lượng Al2O3 trong quặng tinh từ 44 đến 47%.
2. Diện tích khu vực dự trữ khoáng sản bô-xít theo đơn vị hành chính:
Đơn vị tính: ha
Huyện, thị xã | Diện tích dự trữ | Đất rừng | Đất sản xuất nông nghiệp
Kbang | 28.450 | 16.320 | 10.870
Mang Yang | 21.300 | 7.940 | 12.560
Đak Đoa | 18.760 | 3.150 | 14.980
Thị xã An Khê | 9.140 | 2.060 | 6.720
Tổng cộng | 77.650 | 29.470 | 45.130

II. KẾT QUẢ QUẢN LÝ
Từ năm 2019 đến nay, tỉnh không cấp mới giấy phép khai thác bô-xít; đã phát hiện, xử lý 14 vụ khai thác đất, đá trái phép trong khu vực dự trữ, phạt tiền 386 triệu đồng. Năm 2023, có 42 dự án đầu tư nằm trong khu vực dự trữ được xem xét, trong đó 37 dự án được chấp thuận với tổng diện tích 2.315 ha, chiếm 3% diện tích dự trữ.

III. KIẾN NGHỊ
Đề nghị Bộ Tài nguyên và Môi trường xem xét điều chỉnh ra khỏi khu vực dự trữ khoảng 4.800 ha đất đã có dân cư sinh sống ổn định tại 2 huyện Kbang và Đak Đoa.

Nơi nhận:
- Bộ TN&MT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2023-11-28")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = ["diện tích dự trữ", "đất rừng", "đất sản xuất nông nghiệp"]


def row(label, place, cells, prev):
    """Three cells of one table row; anchors are 'prev | n' so each is unique."""
    out = []
    for col, n in zip(COLS, cells):
        v = float(n.replace(".", ""))
        subj = col if place else f"tổng cộng {col}"
        out.append(F(f"{prev} | {n}", n, v, "measure", "ha", subject=subj,
                     location=place or "Gia Lai"))
        prev = n
    return out


FIGS = [
    F("có 7 khu vực", "7", 7, "count", "khu vực", subject="khu vực có quặng bô-xít"),
    F("khoảng 1.265 km2", "1.265", 1265, "measure", "km2", approx="about",
      subject="tổng diện tích khu vực có quặng bô-xít"),
    F("trên 1,1 tỷ tấn", "1,1", 1.1e9, "measure", "tấn", approx="over",
      subject="tài nguyên dự báo quặng nguyên khai"),
    F("từ 44 đến 47%", "44", 44, "percent", "%", value_max=47,
      subject="hàm lượng Al2O3 trong quặng tinh"),
    *row("Kbang", "Kbang", ["28.450", "16.320", "10.870"], "Kbang"),
    *row("Mang Yang", "Mang Yang", ["21.300", "7.940", "12.560"], "Mang Yang"),
    *row("Đak Đoa", "Đak Đoa", ["18.760", "3.150", "14.980"], "Đak Đoa"),
    *row("Thị xã An Khê", "An Khê", ["9.140", "2.060", "6.720"], "An Khê"),
    *row("Tổng cộng", None, ["77.650", "29.470", "45.130"], "Tổng cộng"),
    F("xử lý 14 vụ", "14", 14, "count", "vụ",
      subject="vụ khai thác đất, đá trái phép trong khu vực dự trữ được phát hiện, xử lý", period=SINCE),
    F("phạt tiền 386 triệu", "386", 386e6, "money", "đồng", subject="phạt tiền", period=SINCE),
    F("có 42 dự án", "42", 42, "count", "dự án",
      subject="dự án đầu tư nằm trong khu vực dự trữ được xem xét", period=Y23),
    F("37 dự án", "37", 37, "count", "dự án", total=42, subject="dự án được chấp thuận", period=Y23),
    F("tổng diện tích 2.315 ha", "2.315", 2315, "measure", "ha", percent=3,
      subject="tổng diện tích dự án được chấp thuận", period=Y23),
    F("khoảng 4.800 ha", "4.800", 4800, "measure", "ha", approx="about",
      subject="đất đã có dân cư sinh sống ổn định đề nghị điều chỉnh ra khỏi khu vực dự trữ"),
    F("tại 2 huyện", "2", 2, "count", "huyện", optional=True,
      subject="huyện có đất đề nghị điều chỉnh ra khỏi khu vực dự trữ"),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH GIA LAI, 'Số: 412/BC-UBND', 'Gia Lai, ngày 28 tháng 11 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha'; row labels are districts/town → location; subject = column label; 'Tổng cộng' row → Gia Lai.",
    "Table has no period (none stated); cells get no totals (the 'Tổng cộng' row is its own figures).",
    "Distractors: 'Số: 412/BC-UBND', section numbers I./II./III., 1./2., the digits of 'Al2O3' and 'km2', 'Nơi nhận', 'b/c'.",
    "'Từ năm 2019 đến nay' runs to published. 'tại 2 huyện Kbang và Đak Đoa' names the two districts (optional).",
    "'chiếm 3% diện tích dự trữ' is the share of 2.315 ha (percent attribute). The 4.800 ha of the request is a stated area: actual, no period.",
]

if __name__ == "__main__":
    write("p1196-3", TEXT, NOTES, FIGS, published="2023-11-28", location="Gia Lai")
