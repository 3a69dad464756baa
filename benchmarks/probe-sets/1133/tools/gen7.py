"""p1133-7: department site (Cục Thuế tỉnh Đồng Nai), no dateline: tax paid by platforms for drivers; one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """CỤC THUẾ TỈNH ĐỒNG NAI
Trang chủ / Tin tức / Hoạt động ngành

Kết quả quản lý thuế đối với hoạt động kinh doanh vận tải qua nền tảng số

Năm 2023, Cục Thuế tỉnh Đồng Nai quản lý 5 nền tảng kết nối vận tải có phát sinh doanh thu trên địa bàn, khai thuế thay cho 17.640 cá nhân kinh doanh vận tải, trong đó 12.315 tài xế xe máy và 5.325 tài xế ô tô.

Số thuế các nền tảng nộp thay theo từng sắc thuế như sau:
Đơn vị tính: triệu đồng
Sắc thuế
Năm 2022
Năm 2023
9 tháng năm 2024
Thuế giá trị gia tăng
8.412
10.236
8.157
Thuế thu nhập cá nhân
4.206
5.118
4.079
Tổng cộng
12.618
15.354
12.236

Như vậy, 9 tháng năm 2024 số thuế thu từ lĩnh vực này bằng 79,7% cả năm 2023. Riêng quý III, các nền tảng nộp thay 4.386 triệu đồng. Bình quân mỗi tài xế ô tô công nghệ nộp khoảng 1,1 triệu đồng/năm, tài xế xe máy khoảng 310.000 đồng/năm.

Qua rà soát, Cục Thuế phát hiện 3 nền tảng khai thiếu doanh thu, đã truy thu và phạt 1,86 tỷ đồng. Năm 2024, ngành thuế tỉnh phấn đấu thu từ hoạt động kinh doanh vận tải qua nền tảng số đạt 17 tỷ đồng, tăng khoảng 10,7% so với năm 2023.

Tin cùng chuyên mục
- Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2023
- Đối thoại với người nộp thuế quý III

CỤC THUẾ TỈNH ĐỒNG NAI
Địa chỉ: 82 Hưng Đạo Vương, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.481 - Fax: 0251.3823.175
Tổng lượt truy cập: 2.846.112 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
# Cell subject = row label + column label (FIGURES.md, Tables). (First version also carried the lead-in
# 'các nền tảng nộp thay'; reduced to the labels after the first run, for consistency with p1133-3.)
ROWS = {"gtgt": "Thuế giá trị gia tăng",
        "tncn": "Thuế thu nhập cá nhân",
        "tong": "Tổng cộng"}
COLS = {"2022": Y22, "2023": Y23, "9t": M9}
COLTXT = {"2022": "Năm 2022", "2023": "Năm 2023", "9t": "9 tháng năm 2024"}


def cell(anchor, number, row, col):
    return F(anchor, number, read(number) * 1e6, "money", "đồng",
             subject=f"{ROWS[row]} {COLTXT[col]}", period=COLS[col])


def read(s):
    return float(s.replace(".", ""))


FIGS = [
    F("quản lý 5 nền tảng", "5", 5, "count", "nền tảng",
      subject="nền tảng kết nối vận tải có phát sinh doanh thu trên địa bàn", period=Y23),
    F("thay cho 17.640 cá nhân", "17.640", 17640, "count", "cá nhân",
      subject="cá nhân kinh doanh vận tải được khai thuế thay", period=Y23),
    F("trong đó 12.315 tài xế", "12.315", 12315, "count", "tài xế", total=17640,
      subject="tài xế xe máy được khai thuế thay", period=Y23),
    F("và 5.325 tài xế", "5.325", 5325, "count", "tài xế", total=17640,
      subject="tài xế ô tô được khai thuế thay", period=Y23),
    cell("gia tăng\n8.412", "8.412", "gtgt", "2022"),
    cell("8.412\n10.236", "10.236", "gtgt", "2023"),
    cell("10.236\n8.157", "8.157", "gtgt", "9t"),
    cell("nhân\n4.206", "4.206", "tncn", "2022"),
    cell("4.206\n5.118", "5.118", "tncn", "2023"),
    cell("5.118\n4.079", "4.079", "tncn", "9t"),
    cell("cộng\n12.618", "12.618", "tong", "2022"),
    cell("12.618\n15.354", "15.354", "tong", "2023"),
    cell("15.354\n12.236", "12.236", "tong", "9t"),
    F("bằng 79,7%", "79,7", 79.7, "percent", "%",
      subject="số thuế thu từ lĩnh vực này so với cả năm 2023", period=M9),
    F("nộp thay 4.386 triệu", "4.386", 4386000000, "money", "đồng",
      subject="số thuế các nền tảng nộp thay", period=P("quý III", "2024-07-01", "2024-09-30")),
    F("khoảng 1,1 triệu", "1,1", 1100000, "money", "đồng/năm", approx="about",
      subject="thuế bình quân mỗi tài xế ô tô công nghệ nộp"),
    F("khoảng 310.000", "310.000", 310000, "money", "đồng/năm", approx="about",
      subject="thuế bình quân mỗi tài xế xe máy công nghệ nộp"),
    F("phát hiện 3 nền tảng", "3", 3, "count", "nền tảng", subject="nền tảng khai thiếu doanh thu"),
    F("phạt 1,86 tỷ", "1,86", 1860000000, "money", "đồng",
      subject="tiền truy thu và phạt các nền tảng khai thiếu doanh thu"),
    F("đạt 17 tỷ", "17", 17000000000, "money", "đồng", status="target",
      change=C("increase", 10.7, "%", "năm 2023", approx="about"),
      subject="thu thuế từ hoạt động kinh doanh vận tải qua nền tảng số",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Cục Thuế tỉnh Đồng Nai), NO dateline: no published. Footer address, phone/fax, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (x10^6 đồng); rows are tax types (subject), columns are periods (scored period",
    "from the header) and also named in the subject; the 'Tổng cộng' row is its own figures; cells get no total.",
    "'bằng 79,7% cả năm 2023' stands alone with no base amount in its sentence -> percent figure. 'Riêng quý III' takes 2024 from '9 tháng năm 2024'.",
    "revised after the first run: table cell subjects reduced to row label + column label, see REPORT.md.",
    "Distractors: 82 Hưng Đạo Vương, phones, counters 2.846.112 / 37, related-link titles 'năm 2023', 'quý III'.",
]

if __name__ == "__main__":
    write("p1133-7", TEXT, NOTES, FIGS, location="Đồng Nai")
