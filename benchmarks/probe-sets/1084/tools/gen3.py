"""p1084-3: formal report, UBND tỉnh Đồng Tháp, 9 months 2024, with a flattened | table (triệu đồng)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả bán sản phẩm OCOP qua livestream và sàn thương mại điện tử 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động livestream bán hàng
9 tháng năm 2024, toàn tỉnh tổ chức 412 phiên livestream bán sản phẩm OCOP và nông sản, tăng 118 phiên so với cùng kỳ; tổng số đơn hàng đạt 61.380 đơn, doanh thu ước đạt 52.840 triệu đồng, bằng 75,5% kế hoạch năm. Kết quả theo địa phương như sau:

Bảng 1. Doanh thu bán hàng trực tuyến theo địa phương
Đơn vị tính: triệu đồng
Địa phương | Livestream | Sàn TMĐT | Cộng
Thành phố Sa Đéc | 13.120 | 8.460 | 21.580
Huyện Lấp Vò | 10.950 | 6.210 | 17.160
Huyện Tháp Mười | 8.430 | 5.380 | 13.810
Các địa phương khác | 20.340 | 11.790 | 32.130
Tổng cộng | 52.840 | 31.840 | 84.680

2. Đào tạo, hỗ trợ người bán
Từ đầu năm đến ngày 30/9/2024, Sở Công Thương phối hợp với Shopee, TikTok Shop tổ chức 14 lớp tập huấn cho 1.126 học viên là chủ thể OCOP, thành viên hợp tác xã; trong đó có 387 học viên đã trực tiếp livestream bán hàng. Toàn tỉnh hiện có 326 sản phẩm OCOP của 198 chủ thể, trong đó 241 sản phẩm đã lên sàn thương mại điện tử, chiếm 73,9%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 tổ chức ít nhất 550 phiên livestream, doanh thu đạt 70.000 triệu đồng; hỗ trợ thêm 40 chủ thể OCOP mở gian hàng theo Quyết định số 1205/QĐ-UBND ngày 21/8/2023.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
TM = 1e6  # triệu đồng

ROWS = [("Thành phố Sa Đéc", "Sa Đéc", ["13.120", "8.460", "21.580"]),
        ("Huyện Lấp Vò", "Lấp Vò", ["10.950", "6.210", "17.160"]),
        ("Huyện Tháp Mười", "Tháp Mười", ["8.430", "5.380", "13.810"]),
        ("Các địa phương khác", "Đồng Tháp", ["20.340", "11.790", "32.130"]),
        ("Tổng cộng", "Đồng Tháp", ["52.840", "31.840", "84.680"])]
COLS = ["doanh thu bán hàng trực tuyến qua livestream", "doanh thu bán hàng trực tuyến qua sàn TMĐT",
        "doanh thu bán hàng trực tuyến cộng"]
ROW_SUBJ = {"Các địa phương khác": " các địa phương khác", "Tổng cộng": " tổng cộng"}


def table_figs():
    out = []
    for label, place, cells in ROWS:
        for j, cell in enumerate(cells):
            if j == 0:
                anchor = f"{label} | {cell} |"
            elif j == 1:
                anchor = f"| {cells[0]} | {cell} |"
            else:
                anchor = f"| {cells[1]} | {cell}"
            val = float(cell.replace(".", "")) * TM
            out.append(F(anchor, cell, val, "money", "đồng", COLS[j] + ROW_SUBJ.get(label, ""),
                         I(M9), location=place))
    return out


FIGS = [
    F("tổ chức 412 phiên livestream", "412", 412, "count", "phiên livestream",
      "phiên livestream bán sản phẩm OCOP và nông sản", M9,
      change=C("increase", 118, "phiên", "cùng kỳ")),
    F("đạt 61.380 đơn", "61.380", 61380, "count", "đơn", "tổng số đơn hàng", M9),
    F("ước đạt 52.840 triệu đồng", "52.840", 52840 * TM, "money", "đồng",
      "doanh thu bán hàng qua livestream", M9, status="estimate", percent=75.5),
] + table_figs() + [
    F("tổ chức 14 lớp tập huấn", "14", 14, "count", "lớp tập huấn", "lớp tập huấn", YTD),
    F("cho 1.126 học viên", "1.126", 1126, "count", "học viên",
      "học viên là chủ thể OCOP, thành viên hợp tác xã được tập huấn", YTD),
    F("có 387 học viên", "387", 387, "count", "học viên", "học viên đã trực tiếp livestream bán hàng",
      YTD, total=1126),
    F("có 326 sản phẩm OCOP", "326", 326, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("của 198 chủ thể", "198", 198, "count", "chủ thể", "chủ thể OCOP"),
    F("241 sản phẩm đã lên sàn", "241", 241, "count", "sản phẩm",
      "sản phẩm OCOP đã lên sàn thương mại điện tử", total=326, percent=73.9),
    F("ít nhất 550 phiên livestream", "550", 550, "count", "phiên livestream", "phiên livestream",
      Y24, approx="at_least", status="target"),
    F("đạt 70.000 triệu đồng", "70.000", 70000 * TM, "money", "đồng", "doanh thu", Y24, status="target"),
    F("thêm 40 chủ thể OCOP", "40", 40, "count", "chủ thể OCOP",
      "chủ thể OCOP được hỗ trợ mở gian hàng", Y24, status="target"),
]

NOTES = [
    "Formal report (invented) of UBND tỉnh Đồng Tháp: OCOP sales via livestream and e-commerce, 9 months 2024; flattened | table in triệu đồng.",
    "Table: every numeric cell is a figure (money, ×10^6 from 'Đơn vị tính: triệu đồng'); subject = column (+ row label unless a place);",
    "place rows go to location; 'Các địa phương khác' and 'Tổng cộng' rows are located in Đồng Tháp. Cells get no total (the Tổng cộng row is its own figure).",
    "Table period '9 tháng năm 2024' stands in the paragraph/title above the table: inherited. No Kế hoạch column: status actual.",
    "'bằng 75,5% kế hoạch năm' is the percent of 52.840 triệu. '241 ... chiếm 73,9%' gets total 326 and percent 73,9.",
    "'Phấn đấu cả năm 2024 ...; hỗ trợ thêm 40 chủ thể' continues the target clause.",
    "Distractors: 'Số: 287/BC-UBND', 'ngày 15 tháng 10 năm 2024', 'Bảng 1', section numbers I./II./1./2., 'QUÝ IV/2024', 'Quyết định số 1205/QĐ-UBND ngày 21/8/2023'.",
]

write("p1084-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Đồng Tháp")
