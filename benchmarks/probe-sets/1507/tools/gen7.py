"""p1507-7: department site (Sở Công Thương Bắc Ninh), no dateline: khuyến công for metal shelving makers,
one-cell-per-line table with a place column."""
from lib import F, P, inherit, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Khuyến công đồng hành cùng cơ sở sản xuất kệ sắt, đồ gia dụng kim loại

Bắc Ninh hiện có 126 cơ sở sản xuất kệ sắt, kệ giày, tủ và giá để đồ bằng kim loại, tập trung tại làng nghề Đa Hội (phường Châu Khê, TP Từ Sơn) với khoảng 70 cơ sở. Năm 2024, giá trị sản xuất của nhóm ngành ước đạt 3.450 tỷ đồng, chiếm 2,1% giá trị sản xuất công nghiệp toàn tỉnh. Các cơ sở sử dụng khoảng 4.800 lao động, thu nhập bình quân 8,7 triệu đồng/người/tháng.

Kinh phí khuyến công hỗ trợ các cơ sở
Đơn vị tính: triệu đồng
Địa phương
Năm 2023
Năm 2024
Kế hoạch 2025
Thành phố Từ Sơn
1.120
1.380
1.500
Huyện Yên Phong
460
525
600
Huyện Tiên Du
310
340
400
Huyện Quế Võ
190
255
300
Tổng số
2.080
2.500
2.800

Nguồn kinh phí trên đã hỗ trợ 23 cơ sở đầu tư máy đột dập CNC, máy hàn tự động và xây dựng 9 mô hình trình diễn kỹ thuật. Sau hỗ trợ, năng suất lao động của các cơ sở tăng bình quân 25-30%, tỷ lệ phế phẩm giảm xuống dưới 2%.

Tin liên quan:
- Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2024
- Hội nghị khuyến công các tỉnh phía Bắc lần thứ 12

SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Địa chỉ: Số 11 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.543
Lượt truy cập: 1.904.336
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Thành phố Từ Sơn", "Từ Sơn", ["1.120", "1.380", "1.500"]),
        ("Huyện Yên Phong", "Yên Phong", ["460", "525", "600"]),
        ("Huyện Tiên Du", "Tiên Du", ["310", "340", "400"]),
        ("Huyện Quế Võ", "Quế Võ", ["190", "255", "300"]),
        ("Tổng số", "Bắc Ninh", ["2.080", "2.500", "2.800"])]

TABLE = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        subj = f"kinh phí khuyến công {col}" if label != "Tổng số" else f"tổng số kinh phí khuyến công {col}"
        kw = {"status": st} if st else {}
        TABLE.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e6, "money", "đồng",
                       subject=subj, period=per, location=place, **kw))
        prev = n

FIGS = [
    F("có 126 cơ sở", "126", 126, "count", "cơ sở",
      subject="cơ sở sản xuất kệ sắt, kệ giày, tủ và giá để đồ bằng kim loại"),
    F("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất tại làng nghề Đa Hội", location="Từ Sơn"),
    F("ước đạt 3.450 tỷ", "3.450", 3450e9, "money", "đồng", status="estimate", percent=2.1,
      subject="giá trị sản xuất của nhóm ngành", period=Y24),
    F("khoảng 4.800 lao động", "4.800", 4800, "count", "lao động", approx="about",
      subject="lao động các cơ sở sử dụng"),
    F("bình quân 8,7 triệu", "8,7", 8.7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
] + TABLE + [
    F("hỗ trợ 23 cơ sở", "23", 23, "count", "cơ sở",
      subject="cơ sở được hỗ trợ đầu tư máy đột dập CNC, máy hàn tự động"),
    F("9 mô hình", "9", 9, "count", "mô hình", subject="mô hình trình diễn kỹ thuật"),
    F("bình quân 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="năng suất lao động của các cơ sở"),
    F("dưới 2%", "2", 2, "percent", "%", approx="under", subject="tỷ lệ phế phẩm"),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, related links, footer with address, phone, visitor counter.",
    "Distractors: 'Số 11 Lý Thái Tổ', phone 0222.3822.543, 'Lượt truy cập: 1.904.336', 'lần thứ 12', 'năm 2024' in a link.",
    "'tập trung tại làng nghề Đa Hội (phường Châu Khê, TP Từ Sơn) với khoảng 70 cơ sở': no part-of cue → no total;",
    "located in Từ Sơn. 'ước đạt 3.450 tỷ đồng, chiếm 2,1%' → estimate, percent attribute 2,1.",
    "One-cell-per-line table with a place column, 'Đơn vị tính: triệu đồng': money, value ×10^6, unit đồng; the row's",
    "district goes to location (the 'Tổng số' row is the province), the column label to the subject and the period",
    "(scored); 'Kế hoạch 2025' → target. Cells get no total.",
    "'tăng bình quân 25-30%' is a growth rate as the claim (percent range); 'giảm xuống dưới 2%' is the level reached",
    "(percent, under), not a change. No period stands in the last paragraph.",
]

if __name__ == "__main__":
    write("p1507-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
