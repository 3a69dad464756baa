"""p897-7: Hưng Yên industry-promotion centre site (no dateline), support to rural sewing workshops; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP

Khuyến công hỗ trợ cơ sở may gia công nông thôn đổi mới thiết bị

Năm 2024, Trung tâm Khuyến công triển khai 9 đề án hỗ trợ ứng dụng máy móc tiên tiến cho các cơ sở may gia công tại các huyện Phù Cừ, Tiên Lữ, Ân Thi và Kim Động, với tổng kinh phí khuyến công 1,85 tỷ đồng; vốn đối ứng của các cơ sở gần 7,4 tỷ đồng.

Nhờ đầu tư máy may lập trình, máy cắt tự động, năng suất của các cơ sở tăng bình quân 25-30%, tỷ lệ sản phẩm lỗi giảm xuống dưới 2%. Cơ sở may Hồng Nhung ở xã Tam Đa (Phù Cừ) sau khi được hỗ trợ 220 triệu đồng đã mở rộng lên 60 lao động, doanh thu 6 tháng đầu năm 2024 đạt 3,1 tỷ đồng.

Kết quả hỗ trợ cơ sở may gia công nông thôn:
Đơn vị tính: cơ sở
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Hỗ trợ máy móc, thiết bị
6
8
10
Đào tạo nghề, truyền nghề
4
5
6
Xây dựng mô hình trình diễn
1
2
3
Tổng số
11
15
19

Phấn đấu đến năm 2025, 100% cơ sở may gia công được hỗ trợ có sổ sách kế toán, đăng ký kinh doanh và 70% lao động được đóng bảo hiểm xã hội.

Địa chỉ: Số 437 đường Nguyễn Văn Linh, phường Hiến Nam, TP. Hưng Yên
Điện thoại: 0221.3862.468 - Fax: 0221.3862.470
Email: ttkc@hungyen.gov.vn
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.903
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Hỗ trợ máy móc, thiết bị", ["6", "8", "10"], "\nĐào tạo"),
        ("Đào tạo nghề, truyền nghề", ["4", "5", "6"], "\nXây dựng"),
        ("Xây dựng mô hình trình diễn", ["1", "2", "3"], "\nTổng số"),
        ("Tổng số", ["11", "15", "19"], "\n\nPhấn đấu")]

FIGS = [
    F("triển khai 9 đề án", "9", 9, "count", "đề án", "đề án hỗ trợ ứng dụng máy móc tiên tiến cho cơ sở may gia công", Y24),
    F("khuyến công 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tổng kinh phí khuyến công", Y24),
    F("gần 7,4 tỷ đồng", "7,4", 7.4e9, "money", "đồng", "vốn đối ứng của các cơ sở", Y24, approx="nearly"),
    F("bình quân 25-30%", "25", 25, "percent", "%", "tăng năng suất của các cơ sở", I(Y24), value_max=30),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ sản phẩm lỗi", I(Y24), approx="under"),
    F("hỗ trợ 220 triệu đồng", "220", 220e6, "money", "đồng", "kinh phí hỗ trợ cơ sở may Hồng Nhung",
      location="Phù Cừ"),
    F("lên 60 lao động", "60", 60, "count", "lao động", "lao động của cơ sở may Hồng Nhung", location="Phù Cừ"),
    F("đạt 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "doanh thu của cơ sở may Hồng Nhung",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), location="Phù Cừ"),
]
for label, cells, tail in ROWS:
    block = label + "\n" + "\n".join(cells) + tail
    for i, (cell, (colname, per, status)) in enumerate(zip(cells, COLS)):
        anchor = block  # each number stands once in its row block
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, float(cell), "count", "cơ sở", f"{label} {colname}", per, **kw))
FIGS += [
    F("đến năm 2025, 100%", "100", 100, "percent", "%",
      "cơ sở may gia công được hỗ trợ có sổ sách kế toán, đăng ký kinh doanh", T25, status="target"),
    F("và 70% lao động", "70", 70, "percent", "%", "lao động được đóng bảo hiểm xã hội", T25, status="target"),
]

write("p897-7", TEXT, FIGS, location="Hưng Yên", comments=[
    "Trung tâm Khuyến công (Sở Công Thương Hưng Yên) site: no dateline; footer with address, phone, fax, visit counters.",
    "Not figures: 'Số 437 đường Nguyễn Văn Linh', phone/fax 0221.3862.468/470, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.903'.",
    "One-cell-per-line table (Đơn vị tính: cơ sở): subject = row label + column label; period from the column header; 'Kế hoạch 2024'",
    "→ status target. 'Tổng số' row cells are figures of their own (no totals on cells). 'tăng bình quân 25-30%' is a growth rate (no change).",
])
