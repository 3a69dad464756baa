"""p1467-7: department centre site without dateline (Đồng Nai): industrial-promotion support to mirror workshops;
one-cell-per-line table with a place column."""
from lib import F, period, inherited, change, target, write

TEXT = """TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khuyến công đồng hành cùng cơ sở sản xuất gương

Nhiều cơ sở sản xuất gương, kính nhỏ trên địa bàn tỉnh được chương trình khuyến công hỗ trợ đầu tư máy móc. Giai đoạn 2021-2023, Trung tâm đã hỗ trợ 17 đề án cho 14 cơ sở sản xuất gương, với tổng kinh phí hơn 2,8 tỷ đồng, thu hút vốn đối ứng của các cơ sở khoảng 11 tỷ đồng.

Kinh phí khuyến công hỗ trợ cơ sở sản xuất gương
Đơn vị tính: triệu đồng
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP Biên Hòa
420
560
600
Huyện Trảng Bom
310
385
450
Huyện Long Thành
180
240
300
Tổng số
910
1.185
1.350

Cơ sở Gương kính Phú Cường (xã Hố Nai 3, huyện Trảng Bom) được hỗ trợ 250 triệu đồng để mua máy mài cạnh và máy khoan kính tự động. Nhờ đó, năng suất đạt 65 tấm/ngày, tăng khoảng 60%; tỷ lệ sản phẩm lỗi giảm từ 5% xuống dưới 2%. Cơ sở hiện có 18 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Năm 2024, Trung tâm dự kiến hỗ trợ thêm 6 đề án, ưu tiên công nghệ tráng gương không chì và xử lý nước thải.

Tin liên quan:
- Hướng dẫn lập hồ sơ đề án khuyến công địa phương
- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh

TRUNG TÂM KHUYẾN CÔNG VÀ TƯ VẤN PHÁT TRIỂN CÔNG NGHIỆP ĐỒNG NAI
Địa chỉ: 26 đường 2A, Khu công nghiệp Biên Hòa 2, TP Biên Hòa
Điện thoại: 0251.3823.745
Lượt truy cập: 1.204.377 | Đang trực tuyến: 15
"""

G2123 = period("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", period("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", period("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("TP Biên Hòa", "Biên Hòa", "", ["420", "560", "600"]),
        ("Huyện Trảng Bom", "Trảng Bom", "", ["310", "385", "450"]),
        ("Huyện Long Thành", "Long Thành", "", ["180", "240", "300"]),
        ("Tổng số", "Đồng Nai", "tổng số ", ["910", "1.185", "1.350"])]
CELLS = []
for label, place, pre, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(F(f"{prev}\n{n}", n, v, "money", "đồng",
                       f"{pre}kinh phí khuyến công hỗ trợ cơ sở sản xuất gương {col}", per, location=place, **kw))
        prev = n

TB = "Trảng Bom"
FIGS = [
    F("hỗ trợ 17 đề án", "17", 17, "count", "đề án", "đề án khuyến công Trung tâm đã hỗ trợ", G2123),
    F("cho 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất gương được hỗ trợ", G2123),
    F("hơn 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", "tổng kinh phí hỗ trợ", G2123, approx="over"),
    F("khoảng 11 tỷ", "11", 11e9, "money", "đồng", "vốn đối ứng của các cơ sở", G2123, approx="about"),
] + CELLS + [
    F("hỗ trợ 250 triệu", "250", 250e6, "money", "đồng", "kinh phí hỗ trợ cơ sở Gương kính Phú Cường", location=TB),
    F("đạt 65 tấm/ngày", "65", 65, "measure", "tấm/ngày", "năng suất", location=TB,
      change=change("increase", 60, "%", approx="about")),
    F("từ 5% xuống", "5", 5, "percent", "%", "tỷ lệ sản phẩm lỗi trước đây", location=TB, optional=True),
    F("dưới 2%", "2", 2, "percent", "%", "tỷ lệ sản phẩm lỗi", location=TB, approx="under"),
    F("có 18 lao động", "18", 18, "count", "lao động", "lao động của cơ sở", location=TB),
    F("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân", location=TB),
    F("thêm 6 đề án", "6", 6, "count", "đề án", "đề án Trung tâm hỗ trợ thêm", Y24, status="forecast"),
]

NOTES = [
    "Department centre site (Trung tâm Khuyến công Đồng Nai), no dateline: banner, menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'xã Hố Nai 3', '26 đường 2A', 'Khu công nghiệp Biên Hòa 2', phone 0251.3823.745, counters 1.204.377 and 15,",
    "'Giai đoạn 2021-2023' (a period).",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (×10⁶); the row label is a place: it goes to location (Tổng số row: Đồng Nai);",
    "subject = caption indicator + column label; period from the column header; 'Kế hoạch 2024' → target. Cells get no total.",
    "No dateline, so no published date; 'Năm 2024' with 'dự kiến' → forecast.",
    "Phú Cường passage (huyện Trảng Bom): location Trảng Bom. 'tăng khoảng 60%' is the change of 65 tấm/ngày (no baseline named).",
    "'giảm từ 5% xuống dưới 2%': 2% is the figure (under); the earlier 5% is optional (an old value, cf. 'từ 40 triệu lên 50 triệu' in probe 1242).",
]

if __name__ == "__main__":
    write("p1467-7", TEXT, NOTES, FIGS, location="Đồng Nai")
