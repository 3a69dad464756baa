"""p889-7: department site (Sở GD&ĐT Cần Thơ), no dateline, one-cell-per-line table, footer with address/phone/counter."""
from lib import F, P, CH, build

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm tra hoạt động dạy thêm, học thêm trên địa bàn thành phố

Từ tháng 9 đến tháng 12/2024, Sở Giáo dục và Đào tạo phối hợp với UBND các quận, huyện kiểm tra 64 cơ sở dạy thêm, phát hiện 9 cơ sở vi phạm, chiếm 14,1%; ban hành 6 quyết định xử phạt với tổng số tiền 72 triệu đồng. Các lỗi chủ yếu là chưa niêm yết công khai danh sách giáo viên, mức thu và thời khóa biểu theo Điều 6 của Thông tư.

Tính đến ngày 31/12/2024, số cơ sở dạy thêm, giáo viên và học sinh theo học trên địa bàn như sau:

Quận, huyện
Số cơ sở
Số giáo viên
Số học sinh
Ninh Kiều
96
412
8.640
Cái Răng
31
118
2.350
Bình Thủy
27
104
2.015
Thốt Nốt
22
87
1.760
Các huyện còn lại
38
146
2.910
Tổng cộng
214
867
17.675

So với cùng thời điểm năm 2023, số cơ sở tăng 19 cơ sở, số học sinh giảm khoảng 6%. Riêng quận Ninh Kiều chiếm 44,9% tổng số cơ sở của thành phố.

Trong quý I/2025, Sở đặt mục tiêu hướng dẫn 100% cơ sở hoàn tất đăng ký kinh doanh theo Thông tư số 29/2024/TT-BGDĐT; dự kiến kiểm tra thêm khoảng 50 cơ sở.

SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ CẦN THƠ
Địa chỉ: số 39 đường 3 tháng 2, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3830.753 - Email: sgddt@cantho.gov.vn
Tổng lượt truy cập: 3.482.109 | Đang trực tuyến: 57
"""

WIN = P("Từ tháng 9 đến tháng 12/2024", "2024-09-01", "2024-12-31")
ASOF_I = P("Tính đến ngày 31/12/2024", end="2024-12-31", inherited=True)
Q1 = P("Trong quý I/2025", "2025-01-01", "2025-03-31")

ROWS = [
    ("Ninh Kiều", "Ninh Kiều", "", ("96", "412", "8.640")),
    ("Cái Răng", "Cái Răng", "", ("31", "118", "2.350")),
    ("Bình Thủy", "Bình Thủy", "", ("27", "104", "2.015")),
    ("Thốt Nốt", "Thốt Nốt", "", ("22", "87", "1.760")),
    ("Các huyện còn lại", "Cần Thơ", " các huyện còn lại", ("38", "146", "2.910")),
    ("Tổng cộng", "Cần Thơ", " tổng cộng", ("214", "867", "17.675")),
]
TABLE = []
for label, loc, suf, (a, b, c) in ROWS:
    TABLE += [
        F(f"{label}\n{a}\n", a, "count", "cơ sở", "số cơ sở dạy thêm" + suf, period=ASOF_I, location=loc),
        F(f"{label}\n{a}\n{b}\n", b, "count", "giáo viên", "số giáo viên dạy thêm" + suf, period=ASOF_I, location=loc),
        F(f"{label}\n{a}\n{b}\n{c}\n", c, "count", "học sinh", "số học sinh học thêm" + suf, period=ASOF_I,
          location=loc),
    ]

FIGS = [
    F("kiểm tra 64 cơ sở", "64", "count", "cơ sở", "cơ sở dạy thêm được kiểm tra", period=WIN),
    F("phát hiện 9 cơ sở", "9", "count", "cơ sở", "cơ sở vi phạm", percent=14.1, period=WIN),
    F("ban hành 6 quyết định", "6", "count", "quyết định", "quyết định xử phạt", period=WIN),
    F("tiền 72 triệu đồng", "72", "money", "đồng", "tổng số tiền xử phạt", period=WIN),
] + TABLE + [
    F("tăng 19 cơ sở", "19", "count", "cơ sở", "số cơ sở dạy thêm tăng so với cùng thời điểm năm 2023",
      period=ASOF_I),
    F("khoảng 6%", "6", "percent", "%", "số học sinh học thêm giảm so với cùng thời điểm năm 2023", approx="about",
      period=ASOF_I),
    F("chiếm 44,9%", "44,9", "percent", "%", "tỷ trọng cơ sở dạy thêm của quận Ninh Kiều trong tổng số cơ sở",
      period=ASOF_I, location="Ninh Kiều"),
    F("hướng dẫn 100%", "100", "percent", "%", "cơ sở hoàn tất đăng ký kinh doanh", status="target", period=Q1),
    F("khoảng 50 cơ sở", "50", "count", "cơ sở", "cơ sở dạy thêm được kiểm tra thêm", approx="about",
      status="forecast", period=Q1),
]

NOTES = [
    "Sở GD&ĐT Cần Thơ: kết quả kiểm tra dạy thêm tháng 9-12/2024 and a table (one cell per line) by district as of 31/12/2024. No dateline.",
    "Table: every numeric cell is a figure; unit from the column header (Số cơ sở / Số giáo viên / Số học sinh); district rows take the district,",
    "'Các huyện còn lại' and 'Tổng cộng' take Cần Thơ; no totals on cells; period from the line above the table (inherited).",
    "'số cơ sở tăng 19 cơ sở' and 'số học sinh giảm khoảng 6%' have no base amount in their sentence: figures of their own, no change object.",
    "'Điều 6' is a legal reference. Footer: 'số 39 đường 3 tháng 2', phone, email, 'Tổng lượt truy cập: 3.482.109', 'Đang trực tuyến: 57' are not figures.",
]

if __name__ == "__main__":
    build("p889-7", TEXT, FIGS, published=None, location="Cần Thơ", notes=NOTES)
