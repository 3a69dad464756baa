"""p1192-7: department site (Sở Công Thương Bình Định), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Phát triển thương hiệu chả cá Quy Nhơn

Bình Định hiện có 214 cơ sở chế biến chả cá, cá viên và 4 doanh nghiệp sản xuất surimi, tập trung ở TP Quy Nhơn và huyện Phù Cát. Năm 2024, tổng sản lượng surimi, chả cá, cá viên đạt 15.310 tấn, tăng 7,4% so với năm 2023; giá trị sản xuất khoảng 1.150 tỷ đồng.

Sản lượng chế biến theo nhóm sản phẩm
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Surimi
9.850
10.420
11.000
Chả cá các loại
3.260
3.580
3.900
Cá viên
1.140
1.310
1.500
Tổng số
14.250
15.310
16.400

Chả cá Quy Nhơn được cấp giấy chứng nhận nhãn hiệu tập thể từ năm 2019; đến nay có 37 cơ sở được sử dụng nhãn hiệu, chiếm 17,3% số cơ sở chế biến chả cá, cá viên trong tỉnh. Giá chả cá thu loại 1 tại các chợ ở Quy Nhơn khoảng 280.000-300.000 đồng/kg, chả cá mối 160.000 đồng/kg. Năm 2024, Sở đã hỗ trợ 12 cơ sở tham gia 3 hội chợ xúc tiến thương mại với tổng kinh phí 450 triệu đồng.

Bài viết liên quan:
- Hội chợ OCOP Bình Định lần thứ 4
- Quy Nhơn có thêm 2 sản phẩm chả cá đạt OCOP 4 sao

SỞ CÔNG THƯƠNG TỈNH BÌNH ĐỊNH
Địa chỉ: 01 Trần Phú, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.585
Lượt truy cập: 2.047.116 | Đang trực tuyến: 38
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
PER = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}
QN = "Quy Nhơn"


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng chế biến {row} {col.lower()}",
             period=PER[col], **kw)


FIGS = [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", subject="cơ sở chế biến chả cá, cá viên"),
    F("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất surimi"),
    F("đạt 15.310 tấn", "15.310", 15310, "measure", "tấn", change=C("increase", 7.4, "%", "năm 2023"),
      subject="tổng sản lượng surimi, chả cá, cá viên", period=Y24),
    F("khoảng 1.150 tỷ", "1.150", 1.15e12, "money", "đồng", approx="about",
      subject="giá trị sản xuất surimi, chả cá, cá viên", period=Y24),
    cell("Surimi\n9.850", "9.850", 9850, "surimi", "Năm 2023"),
    cell("9.850\n10.420", "10.420", 10420, "surimi", "Năm 2024"),
    cell("10.420\n11.000", "11.000", 11000, "surimi", "Kế hoạch 2025"),
    cell("loại\n3.260", "3.260", 3260, "chả cá các loại", "Năm 2023"),
    cell("3.260\n3.580", "3.580", 3580, "chả cá các loại", "Năm 2024"),
    cell("3.580\n3.900", "3.900", 3900, "chả cá các loại", "Kế hoạch 2025"),
    cell("Cá viên\n1.140", "1.140", 1140, "cá viên", "Năm 2023"),
    cell("1.140\n1.310", "1.310", 1310, "cá viên", "Năm 2024"),
    cell("1.310\n1.500", "1.500", 1500, "cá viên", "Kế hoạch 2025"),
    cell("Tổng số\n14.250", "14.250", 14250, "tổng số", "Năm 2023"),
    cell("14.250\n15.310", "15.310", 15310, "tổng số", "Năm 2024"),
    cell("15.310\n16.400", "16.400", 16400, "tổng số", "Kế hoạch 2025"),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", percent=17.3,
      subject="cơ sở được sử dụng nhãn hiệu tập thể chả cá Quy Nhơn"),
    F("280.000-300.000", "280.000", 280000, "money", "đồng/kg", value_max=300000, approx="about",
      subject="giá chả cá thu loại 1", location=QN),
    F("mối 160.000", "160.000", 160000, "money", "đồng/kg", subject="giá chả cá mối", location=QN),
    F("hỗ trợ 12 cơ sở", "12", 12, "count", "cơ sở",
      subject="cơ sở được hỗ trợ tham gia hội chợ xúc tiến thương mại", period=Y24),
    F("tham gia 3 hội chợ", "3", 3, "count", "hội chợ", subject="hội chợ xúc tiến thương mại", period=Y24),
    F("450 triệu", "450", 450e6, "money", "đồng", subject="tổng kinh phí hỗ trợ xúc tiến thương mại", period=Y24),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", optional=True,
      subject="sản phẩm chả cá đạt OCOP 4 sao", location=QN),
]

NOTES = [
    "Department site (Sở Công Thương Bình Định), no dateline: published absent; footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products, columns years: subject = caption indicator + row + column label,",
    "period from the column header (scored); 'Kế hoạch 2025' -> target. The 'Tổng số' row is its own figures; cells get no total.",
    "'đến nay có 37 cơ sở' has no period (no published date). 'chiếm 17,3% số cơ sở' -> percent attribute, no total number given.",
    "Related-link headline 'Quy Nhơn có thêm 2 sản phẩm chả cá đạt OCOP 4 sao' is page furniture: optional.",
    "Distractors: 'từ năm 2019', 'loại 1' (a grade), 'lần thứ 4', 'OCOP 4 sao', '01 Trần Phú', phone, 'Lượt truy cập', 'Đang trực tuyến'.",
]

if __name__ == "__main__":
    write("p1192-7", TEXT, NOTES, FIGS, published=None, location="Bình Định")
