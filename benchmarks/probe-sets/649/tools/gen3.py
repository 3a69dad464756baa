"""p649-3: formal report UBND tỉnh Bình Phước - beekeeping 9 months 2024, flattened '|' table by district, Q4 plan."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BÌNH PHƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bình Phước, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển chăn nuôi ong mật 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn ong, sản lượng
Tổng đàn ong toàn tỉnh ước đạt 186.400 đàn, đạt 103,6% kế hoạch năm, tăng 6,2% so với cùng kỳ. Sản lượng mật ong 9 tháng ước đạt 5.830,5 tấn, tăng 4,8% so với cùng kỳ; trong đó mật ong hoa cao su chiếm 78,4%.

Bảng 1: Đàn ong, sản lượng và giá trị mật ong theo địa bàn 9 tháng năm 2024
Địa bàn | Số đàn (đàn) | Sản lượng mật (tấn) | Giá trị (tỷ đồng)
Bù Đăng | 52.300 | 1.672,4 | 66,9
Bù Gia Mập | 41.850 | 1.305 | 52,2
Lộc Ninh | 38.200 | 1.196,3 | 47,9
Đồng Phú | 29.650 | 905,8 | 36,2
Các địa bàn khác | 24.400 | 751 | 30
Toàn tỉnh | 186.400 | 5.830,5 | 233,2

2. Tổ chức sản xuất, tiêu thụ
Toàn tỉnh có 18 hợp tác xã và 4 doanh nghiệp thu mua, chế biến mật ong; tổng công suất chế biến khoảng 12.000 tấn/năm. Giá mật ong bình quân 9 tháng đạt 40.000 đồng/kg, giảm 11,1% so với cùng kỳ. Có 9 sản phẩm mật ong đạt chuẩn OCOP 3 sao trở lên.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Phấn đấu tổng đàn ong cả năm 2024 đạt 190.000 đàn, sản lượng mật 7.500 tấn; dự kiến giá trị sản xuất ngành ong cả năm đạt khoảng 300 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = I(M9)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, col, row, loc=None):
    kind, unit, mult = {
        "đàn": ("count", "đàn", 1),
        "tấn": ("measure", "tấn", 1),
        "tỷ": ("money", "đồng", 1e9),
    }[col]
    label = {"đàn": "Số đàn", "tấn": "Sản lượng mật", "tỷ": "Giá trị"}[col]
    subject = label if row is None else f"{label} {row}"
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value * mult, kind, unit, subject, M9i, **kw)


FIGS = [
    F("ước đạt 186.400 đàn", "186.400", 186400, "count", "đàn", "tổng đàn ong", I(M9),
      percent=103.6, change=CH("increase", 6.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 5.830,5 tấn", "5.830,5", 5830.5, "measure", "tấn", "sản lượng mật ong",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 4.8, baseline="cùng kỳ"), status="estimate"),
    F("chiếm 78,4%", "78,4", 78.4, "percent", "%", "tỷ trọng mật ong hoa cao su trong sản lượng mật ong",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    cell("Bù Đăng | 52.300", "52.300", 52300, "đàn", None, "Bù Đăng"),
    cell("1.672,4", "1.672,4", 1672.4, "tấn", None, "Bù Đăng"),
    cell("66,9", "66,9", 66.9, "tỷ", None, "Bù Đăng"),
    cell("41.850", "41.850", 41850, "đàn", None, "Bù Gia Mập"),
    cell("| 1.305 |", "1.305", 1305, "tấn", None, "Bù Gia Mập"),
    cell("52,2", "52,2", 52.2, "tỷ", None, "Bù Gia Mập"),
    cell("38.200", "38.200", 38200, "đàn", None, "Lộc Ninh"),
    cell("1.196,3", "1.196,3", 1196.3, "tấn", None, "Lộc Ninh"),
    cell("47,9", "47,9", 47.9, "tỷ", None, "Lộc Ninh"),
    cell("29.650", "29.650", 29650, "đàn", None, "Đồng Phú"),
    cell("905,8", "905,8", 905.8, "tấn", None, "Đồng Phú"),
    cell("36,2", "36,2", 36.2, "tỷ", None, "Đồng Phú"),
    cell("khác | 24.400", "24.400", 24400, "đàn", "các địa bàn khác"),
    cell("| 751 |", "751", 751, "tấn", "các địa bàn khác"),
    cell("| 30\n", "30", 30, "tỷ", "các địa bàn khác"),
    cell("Toàn tỉnh | 186.400", "186.400", 186400, "đàn", "toàn tỉnh"),
    cell("| 5.830,5 |", "5.830,5", 5830.5, "tấn", "toàn tỉnh"),
    cell("233,2", "233,2", 233.2, "tỷ", "toàn tỉnh"),
    F("có 18 hợp tác xã", "18", 18, "count", "hợp tác xã", "hợp tác xã thu mua, chế biến mật ong"),
    F("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp thu mua, chế biến mật ong"),
    F("khoảng 12.000 tấn/năm", "12.000", 12000, "measure", "tấn/năm", "tổng công suất chế biến", approx="about"),
    F("đạt 40.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá mật ong bình quân",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("decrease", 11.1, baseline="cùng kỳ")),
    F("Có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm mật ong đạt chuẩn OCOP 3 sao trở lên"),
    F("đạt 190.000 đàn", "190.000", 190000, "count", "đàn", "tổng đàn ong", Y24, status="target"),
    F("mật 7.500 tấn", "7.500", 7500, "measure", "tấn", "sản lượng mật", Y24, status="target"),
    F("khoảng 300 tỷ đồng", "300", 300e9, "money", "đồng", "giá trị sản xuất ngành ong",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report (letterhead UBND TỈNH BÌNH PHƯỚC, Số: 412/BC-UBND, place-and-date line): beekeeping 9 months 2024 with a flattened '|' table.",
    "Table: every numeric cell is a figure; subject = column label (+ row label when it is not a place); district rows go to location;",
    "'(tỷ đồng)' in the header gives ×10^9 đồng; no Ước/Kế hoạch column, so cells are actual; period from the table title line (inherited).",
    "'đạt 103,6% kế hoạch năm' is the percent of 186.400 đàn. 'chiếm 78,4%' after 'trong đó' is a share with no base amount: its own percent figure.",
    "'Sản lượng mật ong 9 tháng' takes the year 2024 (report title, dateline). Not figures: Số 412/BC-UBND, I./II./1./2., Bảng 1, 'OCOP 3 sao', QUÝ IV/2024.",
    "'Phấn đấu … ; dự kiến …': target for the first two, forecast for the third ('cả năm' = 2024).",
]

if __name__ == "__main__":
    emit("p649-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bình Phước")
