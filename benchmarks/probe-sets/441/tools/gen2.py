from lib import *

T = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG
Kinh tế > Xây dựng - Đô thị

Bình Dương: Hơn 6.800 căn nhà ở xã hội hoàn thành trong 9 tháng
Ngày đăng: 08/10/2024 | Lượt xem: 2.315

Theo Sở Xây dựng, 9 tháng năm 2024, toàn tỉnh hoàn thành 6.852 căn nhà ở xã hội, tăng 18,4% so với cùng kỳ năm 2023, với tổng diện tích sàn khoảng 411.000 m²; tổng vốn đầu tư ước đạt 4.120 tỷ đồng. Kết quả cụ thể theo địa phương như sau:

Bảng: Nhà ở xã hội hoàn thành 9 tháng năm 2024
Địa phương | Số dự án | Số căn hoàn thành | Diện tích sàn (nghìn m²) | Tỷ lệ so với kế hoạch năm (%)
Thủ Dầu Một | 3 | 1.420 | 86,5 | 78,9
Dĩ An | 4 | 2.108 | 124,2 | 84,3
Thuận An | 2 | 1.256 | 77,0 | 69,8
Bến Cát | 2 | 1.318 | 80,1 | 73,2
Tân Uyên | 1 | 750 | 43,2 | 62,5
Toàn tỉnh | 12 | 6.852 | 411,0 | 75,3

Về nhà ở công nhân, hiện tỉnh có 5 dự án nhà lưu trú công nhân đang triển khai với quy mô khoảng 12.400 chỗ ở. Ngân hàng Chính sách xã hội chi nhánh Bình Dương đã giải ngân 218 tỷ đồng cho 467 khách hàng vay mua, thuê mua nhà ở xã hội.

Năm 2024, tỉnh đặt kế hoạch hoàn thành 9.100 căn; đến năm 2025 phấn đấu đạt tổng cộng 35.000 căn nhà ở xã hội, nhà ở công nhân theo Đề án của Chính phủ.

Mọi ý kiến xin gửi về Sở Xây dựng, tầng 7, tháp A, Trung tâm Hành chính tập trung tỉnh, số 1 đường Lê Lợi, phường Hòa Phú; ĐT: 0274.3822.475."""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
rows = [("Thủ Dầu Một", "3", "1.420", "86,5", "78,9"), ("Dĩ An", "4", "2.108", "124,2", "84,3"),
        ("Thuận An", "2", "1.256", "77,0", "69,8"), ("Bến Cát", "2", "1.318", "80,1", "73,2"),
        ("Tân Uyên", "1", "750", "43,2", "62,5"), ("Toàn tỉnh", "12", "6.852", "411,0", "75,3")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


figs = [
    F("Hơn 6.800 căn", "6.800", 6800, "count", "căn", "căn nhà ở xã hội hoàn thành", approx="over",
      period=per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("hoàn thành 6.852 căn", "6.852", 6852, "count", "căn", "căn nhà ở xã hội hoàn thành",
      change={"direction": "increase", "value": 18.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=P9),
    F("khoảng 411.000 m²", "411.000", 411000, "measure", "m²", "tổng diện tích sàn nhà ở xã hội hoàn thành", approx="about", period=P9),
    F("ước đạt 4.120 tỷ đồng", "4.120", 4120e9, "money", "đồng", "tổng vốn đầu tư nhà ở xã hội", status="estimate", period=P9),
]
for name, a, b, c, d in rows:
    loc = "Bình Dương" if name == "Toàn tỉnh" else name
    figs += [
        F(f"{name} | {a} |", a, num(a), "count", "dự án", "Số dự án nhà ở xã hội hoàn thành", period=P9i, location=loc),
        F(f"| {a} | {b} |", b, num(b), "count", "căn", "Số căn nhà ở xã hội hoàn thành", period=P9i, location=loc),
        F(f"{b} | {c} |", c, num(c) * 1000, "measure", "m²", "Diện tích sàn nhà ở xã hội hoàn thành", period=P9i, location=loc),
        F(f"{c} | {d}", d, num(d), "percent", "%", "Tỷ lệ nhà ở xã hội hoàn thành so với kế hoạch năm", period=P9i, location=loc),
    ]
figs += [
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án nhà lưu trú công nhân đang triển khai"),
    F("khoảng 12.400 chỗ ở", "12.400", 12400, "count", "chỗ ở", "quy mô dự án nhà lưu trú công nhân", approx="about"),
    F("giải ngân 218 tỷ đồng", "218", 218e9, "money", "đồng", "vốn cho vay mua, thuê mua nhà ở xã hội đã giải ngân"),
    F("cho 467 khách hàng", "467", 467, "count", "khách hàng", "khách hàng vay mua, thuê mua nhà ở xã hội"),
    F("hoàn thành 9.100 căn", "9.100", 9100, "count", "căn", "kế hoạch hoàn thành nhà ở xã hội", status="target",
      period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tổng cộng 35.000 căn", "35.000", 35000, "count", "căn", "căn nhà ở xã hội, nhà ở công nhân", status="target",
      period=per("đến năm 2025", None, "2025-12-31")),
]
C = """Province portal (Bình Dương), 'Ngày đăng: 08/10/2024 | Lượt xem: 2.315'. Flattened '|' table by city; units per column
('Số dự án', 'Số căn', 'Diện tích sàn (nghìn m²)' x1000, '(%)'). Row labels are places -> location; 'Toàn tỉnh' -> Bình Dương.
Table cells: subject = column label; period '9 tháng năm 2024' from the table title line (inherited); no totals for table cells.
6.852 căn carries the change 'tăng 18,4% so với cùng kỳ năm 2023' (placed right after it). 'ước đạt 4.120 tỷ' -> estimate.
Headline 'Hơn 6.800 căn … trong 9 tháng': year from the dateline. Distractors: address (tầng 7, tháp A, số 1 đường Lê Lợi), phone 0274.3822.475, view counter, 'chi nhánh Bình Dương' (name).
The 9.100 plan is its own target figure; 'đến năm 2025 phấn đấu đạt tổng cộng 35.000 căn' target."""
build("p441-2", T, figs, C, published="2024-10-08", location="Bình Dương")
