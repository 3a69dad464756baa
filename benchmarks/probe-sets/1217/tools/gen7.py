"""p1217-7: department site (Sở Công Thương Thừa Thiên Huế), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Khuyến công | Thương mại | Liên hệ

Nghề làm đèn lồng, đồ chơi Trung thu ở Huế: giữ nghề, tìm thị trường

Thừa Thiên Huế hiện có 37 cơ sở, hộ sản xuất đèn lồng, đồ chơi Trung thu thủ công, trong đó 22 cơ sở ở thành phố Huế và 9 cơ sở ở huyện Phú Vang. Năm 2023, các cơ sở sản xuất 151.300 sản phẩm, doanh thu đạt 9,6 tỷ đồng; năm 2024 doanh thu ước đạt 10,8 tỷ đồng, tăng 12,5%.

Sản lượng đèn lồng, đồ chơi Trung thu theo sản phẩm
Đơn vị tính: chiếc
Sản phẩm
Năm 2023
Ước năm 2024
Đèn lồng vải, lụa
48.600
55.000
Đèn ông sao
62.400
68.000
Mặt nạ giấy bồi
28.700
30.500
Đồ chơi khác
11.600
12.000
Tổng cộng
151.300
165.500

Tại một cơ sở ở phường Phú Hiệp, TP Huế, nghệ nhân Trần Văn Lợi cho biết mỗi mùa Trung thu gia đình ông làm khoảng 3.000 chiếc đèn lồng vải, giá 40.000-120.000 đồng/chiếc; 2/3 sản phẩm bán cho khách du lịch.

Năm 2024, Sở Công Thương hỗ trợ 6 cơ sở tham gia Hội chợ hàng thủ công mỹ nghệ lần thứ 7 tại TP Hồ Chí Minh; dự kiến năm 2025 hỗ trợ thêm 5 cơ sở xây dựng thương hiệu, kinh phí khoảng 300 triệu đồng.

Tin liên quan:
- Festival nghề truyền thống Huế lần thứ 10
- Bình chọn 20 sản phẩm công nghiệp nông thôn tiêu biểu

SỞ CÔNG THƯƠNG TỈNH THỪA THIÊN HUẾ
Địa chỉ: 07 Nguyễn Huệ, TP Huế | Điện thoại: 0234.3822.416
Lượt truy cập: 2.305.118 | Đang online: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
E24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"Năm 2023": Y23, "Ước năm 2024": E24}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "count", "chiếc", subject=f"sản lượng {row.lower()} {col.lower()}",
             period=COLS[col], **kw)


FIGS = [
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", subject="cơ sở, hộ sản xuất đèn lồng, đồ chơi Trung thu thủ công"),
    F("22 cơ sở", "22", 22, "count", "cơ sở", total=37,
      subject="cơ sở, hộ sản xuất đèn lồng, đồ chơi Trung thu thủ công", location="Huế"),
    F("9 cơ sở", "9", 9, "count", "cơ sở", total=37,
      subject="cơ sở, hộ sản xuất đèn lồng, đồ chơi Trung thu thủ công", location="Phú Vang"),
    F("xuất 151.300 sản phẩm", "151.300", 151300, "count", "sản phẩm",
      subject="sản phẩm đèn lồng, đồ chơi Trung thu các cơ sở sản xuất", period=Y23),
    F("đạt 9,6 tỷ", "9,6", 9600000000, "money", "đồng", subject="doanh thu các cơ sở", period=Y23),
    F("ước đạt 10,8 tỷ", "10,8", 10800000000, "money", "đồng", status="estimate",
      change=C("increase", 12.5, "%"), subject="doanh thu các cơ sở", period=Y24),
    cell("lụa\n48.600", "48.600", 48600, "Đèn lồng vải, lụa", "Năm 2023"),
    cell("48.600\n55.000", "55.000", 55000, "Đèn lồng vải, lụa", "Ước năm 2024"),
    cell("sao\n62.400", "62.400", 62400, "Đèn ông sao", "Năm 2023"),
    cell("62.400\n68.000", "68.000", 68000, "Đèn ông sao", "Ước năm 2024"),
    cell("bồi\n28.700", "28.700", 28700, "Mặt nạ giấy bồi", "Năm 2023"),
    cell("28.700\n30.500", "30.500", 30500, "Mặt nạ giấy bồi", "Ước năm 2024"),
    cell("khác\n11.600", "11.600", 11600, "Đồ chơi khác", "Năm 2023"),
    cell("11.600\n12.000", "12.000", 12000, "Đồ chơi khác", "Ước năm 2024"),
    cell("Tổng cộng\n151.300", "151.300", 151300, "Tổng cộng", "Năm 2023"),
    cell("151.300\n165.500", "165.500", 165500, "Tổng cộng", "Ước năm 2024"),
    F("khoảng 3.000 chiếc", "3.000", 3000, "count", "chiếc", approx="about",
      subject="đèn lồng vải gia đình nghệ nhân làm mỗi mùa Trung thu", location="Huế"),
    F("40.000-120.000", "40.000", 40000, "money", "đồng/chiếc", value_max=120000,
      subject="giá đèn lồng vải", location="Huế"),
    F("2/3 sản phẩm", "2", 2, "count", "sản phẩm", total=3, optional=True,
      subject="sản phẩm bán cho khách du lịch", location="Huế"),
    F("hỗ trợ 6 cơ sở", "6", 6, "count", "cơ sở",
      subject="cơ sở được hỗ trợ tham gia Hội chợ hàng thủ công mỹ nghệ", period=Y24b),
    F("thêm 5 cơ sở", "5", 5, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ xây dựng thương hiệu", period=Y25),
    F("khoảng 300 triệu", "300", 300000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí hỗ trợ xây dựng thương hiệu", period=Y25),
    F("Bình chọn 20 sản phẩm", "20", 20, "count", "sản phẩm", optional=True,
      subject="sản phẩm công nghiệp nông thôn tiêu biểu được bình chọn"),
]

NOTES = [
    "Department site (Sở Công Thương Thừa Thiên Huế) with no dateline: no published. Menu, related links, footer address/phone, counters.",
    "One-cell-per-line table ('Đơn vị tính: chiếc'); rows are products: subject = 'sản lượng' + row label + column label; periods from the",
    "column headers; 'Ước năm 2024' → estimate. Cells get no totals; 'Tổng cộng' is its own row of figures.",
    "'trong đó 22 cơ sở ở thành phố Huế và 9 cơ sở ở huyện Phú Vang' → parts of 37 with their own locations.",
    "'tăng 12,5%' has no stated baseline (change without baseline). '2/3 sản phẩm' is a fraction (two thirds): optional, read as 2 of 3.",
    "'dự kiến năm 2025' governs 5 cơ sở and the continuing clause 'kinh phí khoảng 300 triệu đồng' (forecast).",
    "Distractors: 'lần thứ 7', 'lần thứ 10', '20 sản phẩm' in a related-link title (another article's headline: optional), '07 Nguyễn Huệ', phone, 'Lượt truy cập: 2.305.118', 'Đang online: 37'.",
]

if __name__ == "__main__":
    write("p1217-7", TEXT, NOTES, FIGS, published=None, location="Thừa Thiên Huế")
