"""p1220-7: department site (Sở Công Thương Lâm Đồng), no dateline, one-cell-per-line table of kaolin products."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản

Chế biến cao lanh phục vụ ngành gốm sứ tiếp tục tăng trưởng

Lâm Đồng hiện có 8 doanh nghiệp khai thác, chế biến cao lanh đang hoạt động, tập trung tại huyện Di Linh và thành phố Bảo Lộc, tổng công suất thiết kế khoảng 320.000 tấn sản phẩm/năm. 6 tháng đầu năm 2024, giá trị sản xuất ngành khai thác, chế biến cao lanh ước đạt 415 tỷ đồng, tăng 11,2% so với cùng kỳ.

Sản lượng sản phẩm chủ yếu ngành cao lanh:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
6 tháng 2024
Ước cả năm 2024
Cao lanh lọc
126.400
68.250
140.000
Cao lanh nguyên khai bán thẳng
58.700
27.900
55.000
Đất sét trắng
41.300
23.150
48.000
Tổng số
226.400
119.300
243.000

Tại xã Gia Hiệp, huyện Di Linh, nhà máy tuyển lọc cao lanh của Công ty TNHH MTV Khoáng sản Lâm Đồng có công suất 60.000 tấn/năm, sử dụng 85 lao động. Sản phẩm cao lanh lọc đạt độ trắng trên 80%, được bán cho các nhà máy sứ vệ sinh ở Bình Dương, Đồng Nai với giá từ 2,8 đến 3,2 triệu đồng/tấn.

Sở Công Thương phấn đấu đến năm 2025 tỷ lệ cao lanh qua chế biến sâu đạt 65%.

Bài viết liên quan:
- Hội nghị kết nối cung cầu nguyên liệu khoáng sản lần thứ 5

Bản quyền thuộc Sở Công Thương tỉnh Lâm Đồng
Địa chỉ: 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.236
Lượt truy cập: 2.315.706 | Trực tuyến: 48
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = {"Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "6 tháng 2024": P("6 tháng 2024", "2024-01-01", "2024-06-30"),
        "Ước cả năm 2024": P("Ước cả năm 2024", "2024-01-01", "2024-12-31")}
T25 = P("đến năm 2025", None, "2025-12-31")
PLANT = "nhà máy tuyển lọc cao lanh của Công ty TNHH MTV Khoáng sản Lâm Đồng"


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row.lower()} {col.lower()}",
             period=COLS[col], **kw)


FIGS = [
    F("hiện có 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp",
      subject="doanh nghiệp khai thác, chế biến cao lanh đang hoạt động"),
    F("khoảng 320.000 tấn", "320.000", 320000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất thiết kế"),
    F("ước đạt 415 tỷ", "415", 415000000000, "money", "đồng", status="estimate",
      change=C("increase", 11.2, "%", "cùng kỳ"),
      subject="giá trị sản xuất ngành khai thác, chế biến cao lanh", period=H1),
    cell("lọc\n126.400", "126.400", 126400, "Cao lanh lọc", "Năm 2023"),
    cell("126.400\n68.250", "68.250", 68250, "Cao lanh lọc", "6 tháng 2024"),
    cell("68.250\n140.000", "140.000", 140000, "Cao lanh lọc", "Ước cả năm 2024"),
    cell("thẳng\n58.700", "58.700", 58700, "Cao lanh nguyên khai bán thẳng", "Năm 2023"),
    cell("58.700\n27.900", "27.900", 27900, "Cao lanh nguyên khai bán thẳng", "6 tháng 2024"),
    cell("27.900\n55.000", "55.000", 55000, "Cao lanh nguyên khai bán thẳng", "Ước cả năm 2024"),
    cell("trắng\n41.300", "41.300", 41300, "Đất sét trắng", "Năm 2023"),
    cell("41.300\n23.150", "23.150", 23150, "Đất sét trắng", "6 tháng 2024"),
    cell("23.150\n48.000", "48.000", 48000, "Đất sét trắng", "Ước cả năm 2024"),
    cell("Tổng số\n226.400", "226.400", 226400, "Tổng số", "Năm 2023"),
    cell("226.400\n119.300", "119.300", 119300, "Tổng số", "6 tháng 2024"),
    cell("119.300\n243.000", "243.000", 243000, "Tổng số", "Ước cả năm 2024"),
    F("công suất 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", subject="công suất " + PLANT,
      location="Di Linh"),
    F("sử dụng 85 lao động", "85", 85, "count", "lao động", subject="lao động " + PLANT, location="Di Linh"),
    F("trên 80%", "80", 80, "percent", "%", approx="over", subject="độ trắng sản phẩm cao lanh lọc",
      location="Di Linh"),
    F("từ 2,8 đến 3,2 triệu", "2,8", 2800000, "money", "đồng/tấn", value_max=3200000,
      subject="giá bán sản phẩm cao lanh lọc", location="Di Linh"),
    F("đạt 65%", "65", 65, "percent", "%", status="target", subject="tỷ lệ cao lanh qua chế biến sâu", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Lâm Đồng) with no dateline: no published. Related link, footer address, phone, visit counters.",
    "One-cell-per-line table ('Đơn vị tính: tấn'); rows are products; periods from column headers: 'Năm 2023', '6 tháng 2024',",
    "'Ước cả năm 2024' (status estimate). Subject = caption indicator + row label + column label. Table cells get no totals.",
    "Distractors: 'lần thứ 5', '36 Trần Phú, Phường 4', phone 0263.3822.236, 'Lượt truy cập: 2.315.706 | Trực tuyến: 48'.",
    "The plant passage (xã Gia Hiệp, huyện Di Linh) → location Di Linh; 'độ trắng trên 80%' is a quality figure (percent, over).",
    "'tập trung tại huyện Di Linh và thành phố Bảo Lộc' gives no figure; 8 doanh nghiệp is the province's count.",
    "revised after the first run: unit of 'khoảng 320.000 tấn sản phẩm/năm' 'tấn sản phẩm/năm' → 'tấn/năm' (shortest noun phrase; same as the other capacities in this set).",
]

if __name__ == "__main__":
    write("p1220-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
