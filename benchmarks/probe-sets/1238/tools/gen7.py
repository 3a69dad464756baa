"""p1238-7: department site (Sở Công Thương Hà Nội), no dateline, one-cell-per-line table of dairy products."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG HÀ NỘI
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Ngành chế biến sữa Thủ đô duy trì đà tăng trưởng

Hà Nội hiện có 11 doanh nghiệp chế biến sữa quy mô công nghiệp và khoảng 230 cơ sở sản xuất sữa chua, sữa tươi thanh trùng quy mô nhỏ, tập trung ở Ba Vì, Gia Lâm và Đan Phượng. Năm 2024, giá trị sản xuất ngành chế biến sữa ước đạt 18.600 tỷ đồng, tăng 7,4% so với năm 2023, chiếm 2,1% giá trị sản xuất công nghiệp chế biến, chế tạo của thành phố.

Sản lượng một số sản phẩm sữa chủ yếu
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Ước năm 2024
Kế hoạch 2025
Sữa chua ăn
42.300
45.800
49.000
Sữa chua uống
27.150
29.400
32.000
Sữa tươi thanh trùng
35.600
36.900
38.500
Tổng số
105.050
112.100
119.500

Riêng huyện Ba Vì có 9.850 con bò sữa, chiếm 62% tổng đàn bò sữa toàn thành phố; năng suất sữa bình quân 16,5 kg/con/ngày. Phấn đấu đến năm 2025, 100% cơ sở chế biến sữa quy mô nhỏ được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm (hiện đạt 78%).

Tin liên quan:
- Hội chợ sản phẩm sữa và thực phẩm dinh dưỡng lần thứ 5
- Kết nối cung cầu nông sản Ba Vì năm 2024

SỞ CÔNG THƯƠNG THÀNH PHỐ HÀ NỘI
Địa chỉ: 331 Cầu Giấy, quận Cầu Giấy, Hà Nội
Điện thoại: 024.38251874
Tổng lượt truy cập: 2.874.105 | Đang online: 41
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
BV = "Ba Vì"
COLS = {1: ("năm 2023", C23, {}), 2: ("ước năm 2024", C24, {"status": "estimate"}),
        3: ("kế hoạch 2025", C25, {"status": "target"})}


def cell(anchor, number, value, row, col):
    label, per, kw = COLS[col]
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {label}", period=per, **kw)


FIGS = [
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến sữa quy mô công nghiệp"),
    F("khoảng 230 cơ sở", "230", 230, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất sữa chua, sữa tươi thanh trùng quy mô nhỏ"),
    F("đạt 18.600 tỷ", "18.600", 18.6e12, "money", "đồng", status="estimate", percent=2.1,
      change=C("increase", 7.4, "%", "năm 2023"), subject="giá trị sản xuất ngành chế biến sữa", period=Y24),
    cell("ăn\n42.300", "42.300", 42300, "sữa chua ăn", 1),
    cell("42.300\n45.800", "45.800", 45800, "sữa chua ăn", 2),
    cell("45.800\n49.000", "49.000", 49000, "sữa chua ăn", 3),
    cell("uống\n27.150", "27.150", 27150, "sữa chua uống", 1),
    cell("27.150\n29.400", "29.400", 29400, "sữa chua uống", 2),
    cell("29.400\n32.000", "32.000", 32000, "sữa chua uống", 3),
    cell("trùng\n35.600", "35.600", 35600, "sữa tươi thanh trùng", 1),
    cell("35.600\n36.900", "36.900", 36900, "sữa tươi thanh trùng", 2),
    cell("36.900\n38.500", "38.500", 38500, "sữa tươi thanh trùng", 3),
    cell("số\n105.050", "105.050", 105050, "tổng số sản phẩm sữa chủ yếu", 1),
    cell("105.050\n112.100", "112.100", 112100, "tổng số sản phẩm sữa chủ yếu", 2),
    cell("112.100\n119.500", "119.500", 119500, "tổng số sản phẩm sữa chủ yếu", 3),
    F("có 9.850 con", "9.850", 9850, "count", "con", percent=62, subject="bò sữa", location=BV),
    F("16,5 kg/con/ngày", "16,5", 16.5, "measure", "kg/con/ngày", subject="năng suất sữa bình quân",
      location=BV),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở chế biến sữa quy mô nhỏ được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      period=T25),
    F("hiện đạt 78%", "78", 78, "percent", "%",
      subject="cơ sở chế biến sữa quy mô nhỏ được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nội) with no dateline: published = null. Footer with address, phone, visitor counters.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products: subject = 'sản lượng' + row + column label; period from the column header",
    "(scored); 'Ước năm 2024' → estimate, 'Kế hoạch 2025' → target; 'Tổng số' row is its own figures; cells get no totals.",
    "Distractors: '331 Cầu Giấy', phone, 'Tổng lượt truy cập: 2.874.105', 'Đang online: 41', 'lần thứ 5', 'năm 2024' in a related-link title.",
    "'Riêng huyện Ba Vì có 9.850 con bò sữa, chiếm 62%' → location Ba Vì, percent 62; '(hiện đạt 78%)' has its own verb: actual, no period.",
]

if __name__ == "__main__":
    write("p1238-7", TEXT, NOTES, FIGS, published=None, location="Hà Nội")
