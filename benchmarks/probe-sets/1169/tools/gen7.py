"""p1169-7: department site (Sở KH&CN Quảng Nam), no dateline, genetic-resource tasks for native medicinal plants; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Quỹ gen | Liên hệ

Kết quả bảo tồn nguồn gen cây dược liệu bản địa

Từ năm 2021 đến nay, Sở Khoa học và Công nghệ đã chủ trì 6 nhiệm vụ khoa học và công nghệ cấp tỉnh về bảo tồn nguồn gen với tổng kinh phí hơn 9,6 tỷ đồng, trong đó ngân sách tỉnh 7,2 tỷ đồng. Các nhiệm vụ đã thu thập, đánh giá 27 nguồn gen cây dược liệu và cây trồng bản địa, xây dựng 4 vườn lưu giữ tại các huyện Nam Trà My, Tây Giang và Phước Sơn.

Số cây lưu giữ tại các vườn tính đến ngày 30/6/2024:
Đơn vị tính: cây
Nguồn gen
Vườn bảo tồn
Vườn nhân giống
Sâm Ngọc Linh
12.500
38.000
Quế Trà My
2.300
15.600
Ba kích tím
4.100
9.200
Đảng sâm
3.600
7.400
Tổng số
22.500
70.200

Trong 6 tháng đầu năm 2024, vườn ươm tại xã Trà Linh, huyện Nam Trà My đã cung ứng 25.000 cây giống sâm Ngọc Linh cho người dân, đạt 62,5% kế hoạch năm; giá cây giống 3 năm tuổi từ 180.000 đến 250.000 đồng/cây. Năm 2025, Sở dự kiến triển khai thêm hai nhiệm vụ quỹ gen đối với lúa nếp than Tây Giang và gừng gió Phước Sơn.

Tin liên quan:
- Hội thảo khoa học về sâm Ngọc Linh lần thứ 4
- Công bố Quyết định số 1325/QĐ-UBND về danh mục nguồn gen

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NAM
Địa chỉ: Số 54 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3810.457 | Email: skhcn@quangnam.gov.vn
Lượt truy cập: 845.210 | Đang trực tuyến: 37
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", None)
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NTM = "Nam Trà My"


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "cây", subject=f"cây {row} lưu giữ tại {col.lower()}", period=ASOF)


FIGS = [
    F("chủ trì 6 nhiệm vụ", "6", 6, "count", "nhiệm vụ",
      subject="nhiệm vụ khoa học và công nghệ cấp tỉnh về bảo tồn nguồn gen", period=SINCE),
    F("hơn 9,6 tỷ", "9,6", 9600000000, "money", "đồng", approx="over",
      subject="tổng kinh phí nhiệm vụ bảo tồn nguồn gen", period=SINCE),
    F("7,2 tỷ", "7,2", 7200000000, "money", "đồng", total=9600000000,
      subject="ngân sách tỉnh cho nhiệm vụ bảo tồn nguồn gen", period=SINCE),
    F("đánh giá 27 nguồn gen", "27", 27, "count", "nguồn gen",
      subject="nguồn gen cây dược liệu và cây trồng bản địa thu thập, đánh giá", period=I(SINCE)),
    F("xây dựng 4 vườn", "4", 4, "count", "vườn lưu giữ", subject="vườn lưu giữ nguồn gen"),
    cell("Linh\n12.500", "12.500", 12500, "Sâm Ngọc Linh", "Vườn bảo tồn"),
    cell("12.500\n38.000", "38.000", 38000, "Sâm Ngọc Linh", "Vườn nhân giống"),
    cell("My\n2.300", "2.300", 2300, "Quế Trà My", "Vườn bảo tồn"),
    cell("2.300\n15.600", "15.600", 15600, "Quế Trà My", "Vườn nhân giống"),
    cell("tím\n4.100", "4.100", 4100, "Ba kích tím", "Vườn bảo tồn"),
    cell("4.100\n9.200", "9.200", 9200, "Ba kích tím", "Vườn nhân giống"),
    cell("sâm\n3.600", "3.600", 3600, "Đảng sâm", "Vườn bảo tồn"),
    cell("3.600\n7.400", "7.400", 7400, "Đảng sâm", "Vườn nhân giống"),
    cell("Tổng số\n22.500", "22.500", 22500, "tổng số", "Vườn bảo tồn"),
    cell("22.500\n70.200", "70.200", 70200, "tổng số", "Vườn nhân giống"),
    F("cung ứng 25.000 cây", "25.000", 25000, "count", "cây giống", percent=62.5,
      subject="cây giống sâm Ngọc Linh cung ứng cho người dân", period=H1, location=NTM),
    F("3 năm tuổi", "3", 3, "measure", "năm tuổi", optional=True, subject="tuổi cây giống", location=NTM),
    F("từ 180.000 đến 250.000", "180.000", 180000, "money", "đồng/cây", value_max=250000,
      subject="giá cây giống sâm Ngọc Linh 3 năm tuổi", period=H1, location=NTM),
    F("thêm hai nhiệm vụ", "hai", 2, "count", "nhiệm vụ", status="forecast",
      subject="nhiệm vụ quỹ gen triển khai thêm", period=Y25),
]

NOTES = [
    "Department site (Sở KH&CN Quảng Nam) with no dateline: no published. Menu, related links, footer address, phone, e-mail, counters.",
    "'Từ năm 2021 đến nay' with no article date: start 2021-01-01, end null. 'trong đó ngân sách tỉnh 7,2 tỷ' → total 9,6 tỷ.",
    "One-cell-per-line table, 'Đơn vị tính: cây'; rows are items (not places): subject = row + column label; the caption's as-of date",
    "'tính đến ngày 30/6/2024' stands on its own line above the table → inherited. Cells get no totals; 'Tổng số' row is its own figures.",
    "Nursery at xã Trà Linh, huyện Nam Trà My: location Nam Trà My. '3 năm tuổi' (age class of seedlings) optional. 'Quế Trà My' is a product name, not a place.",
    "Distractors: 'lần thứ 4', 'Quyết định số 1325/QĐ-UBND', 'Số 54 Trần Hưng Đạo', 0235.3810.457, 'Lượt truy cập: 845.210', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    write("p1169-7", TEXT, NOTES, FIGS, published=None, location="Quảng Nam")
