"""p1135-7: department site (Sở NN&PTNT Bà Rịa - Vũng Tàu), no dateline; xã Phước Tỉnh (Long Điền); one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Giới thiệu | Tin tức - Sự kiện | Thủy sản | Văn bản | Liên hệ

Nghề đan, vá lưới ở Phước Tỉnh phục vụ đội tàu khai thác xa bờ

Xã Phước Tỉnh (huyện Long Điền) hiện có 186 hộ đan, vá lưới với khoảng 520 lao động, phần lớn là vợ, con của ngư dân. Mỗi năm các hộ phục vụ trên 700 tàu cá của địa phương và các tỉnh lân cận.

Khối lượng lưới đan mới và vá sửa tại xã Phước Tỉnh:
Đơn vị tính: nghìn mét
Loại lưới
Năm 2023
Năm 2024
Kế hoạch 2025
Lưới kéo
412
438
460
Lưới rê
265
281
300
Lưới vây
128
119
125
Tổng cộng
805
838
885

Năm 2024, thu nhập của lao động đan, vá lưới tại xã bình quân 7,4 triệu đồng/người/tháng, tăng 9% so với năm 2023. Giá công đan lưới kéo 9.000 đồng/m, vá lưới 220.000-260.000 đồng/ngày công. Sở đang phối hợp với huyện Long Điền xây dựng đề án công nhận làng nghề đan lưới Phước Tỉnh, dự kiến hỗ trợ 1,5 tỷ đồng đầu tư nhà xưởng tập trung rộng 2.000 m2.

Bài viết liên quan:
- Tập huấn kỹ thuật đan lưới rê 3 lớp cho ngư dân
- Hội nghị tổng kết công tác thủy sản năm 2024

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÀ RỊA - VŨNG TÀU
Địa chỉ: Số 8 Ba Cu, phường 1, TP Vũng Tàu
Điện thoại: 0254.3852.624
Lượt truy cập: 2.140.577 | Trực tuyến: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, row, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, int(number) * 1000, "measure", "mét", subject=f"{row} {col.lower()}",
             period=per, **kw)


FIGS = [
    F("có 186 hộ", "186", 186, "count", "hộ", subject="hộ đan, vá lưới"),
    F("khoảng 520 lao động", "520", 520, "count", "lao động", approx="about", subject="lao động đan, vá lưới"),
    F("trên 700 tàu", "700", 700, "count", "tàu cá", approx="over", subject="tàu cá được các hộ phục vụ mỗi năm"),
    cell("Lưới kéo\n412", "412", "Lưới kéo", "Năm 2023"),
    cell("412\n438", "438", "Lưới kéo", "Năm 2024"),
    cell("438\n460", "460", "Lưới kéo", "Kế hoạch 2025"),
    cell("Lưới rê\n265", "265", "Lưới rê", "Năm 2023"),
    cell("265\n281", "281", "Lưới rê", "Năm 2024"),
    cell("281\n300", "300", "Lưới rê", "Kế hoạch 2025"),
    cell("Lưới vây\n128", "128", "Lưới vây", "Năm 2023"),
    cell("128\n119", "119", "Lưới vây", "Năm 2024"),
    cell("119\n125", "125", "Lưới vây", "Kế hoạch 2025"),
    cell("Tổng cộng\n805", "805", "Tổng cộng", "Năm 2023"),
    cell("805\n838", "838", "Tổng cộng", "Năm 2024"),
    cell("838\n885", "885", "Tổng cộng", "Kế hoạch 2025"),
    F("bình quân 7,4 triệu", "7,4", 7400000, "money", "đồng/người/tháng",
      change=C("increase", 9, "%", "năm 2023"), subject="thu nhập của lao động đan, vá lưới", period=Y24),
    F("kéo 9.000 đồng", "9.000", 9000, "money", "đồng/m", subject="giá công đan lưới kéo"),
    F("220.000-260.000", "220.000", 220000, "money", "đồng/ngày công", value_max=260000, subject="giá công vá lưới"),
    F("hỗ trợ 1,5 tỷ", "1,5", 1500000000, "money", "đồng", status="forecast",
      subject="hỗ trợ đầu tư nhà xưởng tập trung làng nghề đan lưới"),
    F("rộng 2.000 m2", "2.000", 2000, "measure", "m2", status="forecast", subject="diện tích nhà xưởng tập trung"),
]

NOTES = [
    "Department site (Sở NN&PTNT Bà Rịa - Vũng Tàu), no dateline: menu, related links, footer address, phone, visitor counters. No published.",
    "Xã Phước Tỉnh is in huyện Long Điền: default location Long Điền.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn mét' -> value x1000, unit 'mét'; subject = row label + column label; period from the column",
    "header (scored); 'Kế hoạch 2025' column -> status target. The 'Tổng cộng' row is its own figures; cells get no totals.",
    "Distractors: 'lưới rê 3 lớp' (a net type), 'năm 2024' in a related-link title, 'Số 8 Ba Cu, phường 1', '0254.3852.624', 'Lượt truy cập: 2.140.577', 'Trực tuyến: 31'.",
    "'Mỗi năm … trên 700 tàu' and 'hiện có' get no period. Prices are standing statements (no period). 'dự kiến' governs 1,5 tỷ and the 2.000 m2 in the same clause.",
]

if __name__ == "__main__":
    write("p1135-7", TEXT, NOTES, FIGS, location="Long Điền")
