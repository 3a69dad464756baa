"""p504-3: Sở Xây dựng Hải Dương formal report - housing projects and property market, 9 months 2024 ('|' table)."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HẢI DƯƠNG
SỞ XÂY DỰNG
Số: 1873/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình phát triển nhà ở và thị trường bất động sản 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Dự án nhà ở, khu đô thị
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 87 dự án nhà ở, khu đô thị đã được chấp thuận chủ trương đầu tư với tổng diện tích đất khoảng 1.642,8 ha. 9 tháng năm 2024, các dự án đã hoàn thành 2.914 căn nhà ở, đạt 72,9% kế hoạch năm, cụ thể:

Bảng 1. Kết quả hoàn thành nhà ở theo loại hình
Loại hình | Số dự án | Kế hoạch năm 2024 (căn) | Hoàn thành 9 tháng (căn) | Tỷ lệ (%)
Nhà ở thương mại, khu đô thị | 61 | 2.700 | 1.986 | 73,6
Nhà ở xã hội | 26 | 1.300 | 928 | 71,4
Tổng cộng | 87 | 4.000 | 2.914 | 72,9

2. Thị trường bất động sản
Số lượng giao dịch bất động sản thành công 9 tháng ước đạt 3.450 giao dịch, giảm 8,2% so với cùng kỳ; giá đất nền tại các khu đô thị ở thành phố Hải Dương phổ biến từ 25 đến 40 triệu đồng/m². Toàn tỉnh có 312 doanh nghiệp kinh doanh bất động sản đang hoạt động, trong đó 27 doanh nghiệp thành lập mới trong 9 tháng.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV/2024 hoàn thành thêm 1.090 căn nhà ở; đôn đốc chủ đầu tư đẩy nhanh tiến độ 14 dự án chậm triển khai tại thành phố Chí Linh, thị xã Kinh Môn và huyện Cẩm Giàng.

Nơi nhận:
- UBND tỉnh (để b/c);
- Bộ Xây dựng;
- Lưu: VT, QLN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I(M9)
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
HT = P("Hoàn thành 9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")

FIGS = [
    F("có 87 dự án", "87", 87, "count", "dự án", "dự án nhà ở, khu đô thị đã được chấp thuận chủ trương đầu tư", ASOF),
    F("khoảng 1.642,8 ha", "1.642,8", 1642.8, "measure", "ha", "tổng diện tích đất dự án nhà ở, khu đô thị", ASOF,
      approx="about"),
    F("hoàn thành 2.914 căn", "2.914", 2914, "count", "căn", "căn nhà ở hoàn thành", M9, percent=72.9),
    # table: every numeric cell is a figure
    F("| 61 |", "61", 61, "count", "dự án", "Số dự án Nhà ở thương mại, khu đô thị", M9i),
    F("| 2.700 |", "2.700", 2700, "count", "căn", "Kế hoạch năm 2024 Nhà ở thương mại, khu đô thị", Y24, status="target"),
    F("| 1.986 |", "1.986", 1986, "count", "căn", "Hoàn thành 9 tháng Nhà ở thương mại, khu đô thị", HT),
    F("| 73,6", "73,6", 73.6, "percent", "%", "Tỷ lệ hoàn thành Nhà ở thương mại, khu đô thị", M9i),
    F("| 26 |", "26", 26, "count", "dự án", "Số dự án Nhà ở xã hội", M9i),
    F("| 1.300 |", "1.300", 1300, "count", "căn", "Kế hoạch năm 2024 Nhà ở xã hội", Y24, status="target"),
    F("| 928 |", "928", 928, "count", "căn", "Hoàn thành 9 tháng Nhà ở xã hội", HT),
    F("| 71,4", "71,4", 71.4, "percent", "%", "Tỷ lệ hoàn thành Nhà ở xã hội", M9i),
    F("| 87 |", "87", 87, "count", "dự án", "Số dự án Tổng cộng", M9i),
    F("| 4.000 |", "4.000", 4000, "count", "căn", "Kế hoạch năm 2024 Tổng cộng", Y24, status="target"),
    F("| 2.914 |", "2.914", 2914, "count", "căn", "Hoàn thành 9 tháng Tổng cộng", HT),
    F("| 72,9", "72,9", 72.9, "percent", "%", "Tỷ lệ hoàn thành Tổng cộng", M9i),
    # market
    F("ước đạt 3.450 giao dịch", "3.450", 3450, "count", "giao dịch", "giao dịch bất động sản thành công", M9b,
      change=CH("decrease", 8.2, baseline="cùng kỳ"), status="estimate"),
    F("từ 25 đến 40 triệu", "25", 25e6, "money", "đồng/m²", "giá đất nền tại các khu đô thị",
      value_max=40e6, location="Hải Dương"),
    F("có 312 doanh nghiệp", "312", 312, "count", "doanh nghiệp", "doanh nghiệp kinh doanh bất động sản đang hoạt động"),
    F("trong đó 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp kinh doanh bất động sản thành lập mới",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), total=312),
    F("thêm 1.090 căn", "1.090", 1090, "count", "căn", "căn nhà ở hoàn thành thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), status="forecast"),
    F("tiến độ 14 dự án", "14", 14, "count", "dự án", "dự án chậm triển khai"),
]

COMMENTS = [
    "Sở Xây dựng Hải Dương formal report (invented), Số: 1873/BC-SXD, 'Hải Dương, ngày 07 tháng 10 năm 2024' (published).",
    "Flattened '|' table: every numeric cell is a figure (subject = column + row label); 'Kế hoạch năm 2024' cells are targets,",
    "'Hoàn thành 9 tháng' cells take that header as period (scored); other cells inherit '9 tháng năm 2024' from the title (unscored).",
    "Table cells get no total/percent attributes (the 'Tỷ lệ' cells are percent figures of their own; the 'Tổng cộng' row is a figure row).",
    "'I.', 'II.', '1.', '2.', 'Bảng 1', 'quý IV/2024', 'Lưu: VT, QLN' are not figures. 'đạt 72,9% kế hoạch năm' is the percent of 2.914.",
    "'9 tháng' in the market paragraph takes 2024. The price range is in 'thành phố Hải Dương' (same place name as the province).",
    "The 14 delayed projects are spread over three localities: location stays Hải Dương. 'Dự kiến' makes 1.090 a forecast.",
]

if __name__ == "__main__":
    emit("p504-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Hải Dương")
