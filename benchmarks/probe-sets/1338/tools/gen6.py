"""p1338-6: department site without a dateline (Sở Văn hóa và Thể thao Bình Định): Hội chữ Xuân in Quy Nhơn,
table written one cell per line."""
from lib import fig, per, write

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả tổ chức Hội chữ Xuân tại TP Quy Nhơn

Hội chữ Xuân Ất Tỵ được tổ chức tại Quảng trường Nguyễn Tất Thành từ ngày 18/1/2025 đến ngày 2/2/2025 (tức từ 19 tháng Chạp đến mùng 5 Tết). Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu
Đơn vị tính
Năm 2024
Ước thực hiện 2025
So với cùng kỳ (%)
Tổng số gian hàng
gian
86
102
118,6
Trong đó: gian thư pháp, câu đối
gian
24
30
125,0
Lượt khách tham quan
nghìn lượt
145
170
117,2
Doanh thu
tỷ đồng
6,4
7,6
118,8

Hội chữ năm nay có 35 thư pháp gia tham gia, trong đó 9 người đến từ các tỉnh Phú Yên, Quảng Ngãi, Gia Lai. Ban tổ chức đã tặng 1.200 chữ cho người dân có hoàn cảnh khó khăn và tổ chức 4 buổi tọa đàm về nghệ thuật thư pháp.

Năm 2024, Hội chữ Xuân Quy Nhơn xếp thứ 3 trong 10 sự kiện du lịch tiêu biểu của tỉnh. Năm 2026, Sở phấn đấu nâng số gian hàng lên 120 gian, thu hút 200 nghìn lượt khách.

Tin đã đưa:
- Khai mạc Liên hoan Võ cổ truyền tỉnh Bình Định lần thứ X
- Tập huấn nghiệp vụ thư viện năm 2025

SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Địa chỉ: 140 Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.545 - Email: svhtt@binhdinh.gov.vn
Lượt truy cập: 2.316.480 | Đang trực tuyến: 52
"""

C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C25 = per("Ước thực hiện 2025", "2025-01-01", "2025-12-31")
THIS = per("năm nay", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y26 = per("Năm 2026", "2026-01-01", "2026-12-31")
GH = "tổng số gian hàng"
TP = "gian thư pháp, câu đối"
LK = "lượt khách tham quan"
DT = "doanh thu"

FIGS = [
    fig("gian\n86\n", "86", 86, "count", "gian", subject=GH + " năm 2024", period=C24),
    fig("86\n102\n", "102", 102, "count", "gian", status="estimate", subject=GH + " ước thực hiện 2025",
        period=C25),
    fig("118,6", "118,6", 118.6, "percent", "%", subject=GH + " so với cùng kỳ"),
    fig("gian\n24\n", "24", 24, "count", "gian", total=86, subject=TP + " năm 2024", period=C24),
    fig("24\n30\n", "30", 30, "count", "gian", total=102, status="estimate", subject=TP + " ước thực hiện 2025",
        period=C25),
    fig("125,0", "125,0", 125.0, "percent", "%", subject=TP + " so với cùng kỳ"),
    fig("lượt\n145\n", "145", 145e3, "count", "lượt", subject=LK + " năm 2024", period=C24),
    fig("145\n170\n", "170", 170e3, "count", "lượt", status="estimate", subject=LK + " ước thực hiện 2025",
        period=C25),
    fig("117,2", "117,2", 117.2, "percent", "%", subject=LK + " so với cùng kỳ"),
    fig("đồng\n6,4\n", "6,4", 6.4e9, "money", "đồng", subject=DT + " năm 2024", period=C24),
    fig("6,4\n7,6\n", "7,6", 7.6e9, "money", "đồng", status="estimate", subject=DT + " ước thực hiện 2025",
        period=C25),
    fig("118,8", "118,8", 118.8, "percent", "%", subject=DT + " so với cùng kỳ"),
    fig("có 35 thư pháp gia", "35", 35, "count", "thư pháp gia", subject="thư pháp gia tham gia Hội chữ",
        period=THIS),
    fig("trong đó 9 người", "9", 9, "count", "người", total=35,
        subject="thư pháp gia đến từ các tỉnh Phú Yên, Quảng Ngãi, Gia Lai", period=THIS),
    fig("tặng 1.200 chữ", "1.200", 1200, "count", "chữ", subject="chữ tặng người dân có hoàn cảnh khó khăn"),
    fig("tổ chức 4 buổi", "4", 4, "count", "buổi tọa đàm", subject="buổi tọa đàm về nghệ thuật thư pháp"),
    fig("xếp thứ 3 trong 10", "3", 3, "rank", "hạng", total=10,
        subject="Hội chữ Xuân Quy Nhơn trong sự kiện du lịch tiêu biểu của tỉnh", period=Y24),
    fig("lên 120 gian", "120", 120, "count", "gian", status="target", subject="số gian hàng", period=Y26),
    fig("thu hút 200 nghìn", "200", 200e3, "count", "lượt khách", status="target",
        subject="lượt khách Hội chữ thu hút", period=Y26),
]

NOTES = [
    "Department site of Sở Văn hóa và Thể thao Bình Định: menu, footer, 'Lượt truy cập', 'Đang trực tuyến', no dateline (published null).",
    "Distractors: event dates 18/1/2025 and 2/2/2025, lunar '19 tháng Chạp', 'mùng 5 Tết', 'lần thứ X', '140 Lê Hồng Phong', phone, 'Lượt truy cập: 2.316.480', 'Đang trực tuyến: 52'.",
    "Table written one cell per line: columns Năm 2024 (actual), Ước thực hiện 2025 (estimate), So với cùng kỳ (%) (percent, no period); units from the 'Đơn vị tính' column (nghìn lượt ×10³, tỷ đồng ×10⁹).",
    "The 'Trong đó: gian thư pháp, câu đối' sub-row follows 'Tổng số gian hàng': its cells take the whole of their column as total (86, 102).",
    "All figures describe the fair in TP Quy Nhơn: location Quy Nhơn; '9 người đến từ các tỉnh Phú Yên, Quảng Ngãi, Gia Lai' names where the calligraphers come from, not the place of the figure.",
    "'năm nay' without a dateline takes 2025 from the nearest earlier date (the event dates). 'xếp thứ 3 trong 10 sự kiện' → rank 3, total 10.",
]

if __name__ == "__main__":
    write("p1338-6", TEXT, NOTES, FIGS, location="Quy Nhơn")
