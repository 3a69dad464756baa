"""p978-7: department site without dateline (Chi cục PTNT Hà Nội) - rattan/bamboo weaving villages of Chương Mỹ; one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN HÀ NỘI
CHI CỤC PHÁT TRIỂN NÔNG THÔN
Trang chủ | Giới thiệu | Tin tức | Làng nghề

Làng nghề mây tre đan Chương Mỹ giữ vững thị trường xuất khẩu

Hà Nội hiện có 1.350 làng nghề và làng có nghề, trong đó 337 làng nghề, làng nghề truyền thống đã được UBND Thành phố công nhận. Nhóm nghề mây tre đan có 86 làng, nhiều nhất ở các huyện Chương Mỹ (43 làng), Phú Xuyên (12 làng) và Ứng Hòa (9 làng).

Tại huyện Chương Mỹ, làng nghề Phú Vinh có khoảng 1.700 hộ làm nghề, sản phẩm có mặt tại hơn 30 nước. Giá trị sản xuất nghề mây tre đan trên địa bàn huyện năm 2023 đạt 1.265 tỷ đồng; giá trị xuất khẩu đạt 21,7 triệu USD, tăng 17,9% so với năm 2022.

Kết quả sản xuất, kinh doanh nghề mây tre đan huyện Chương Mỹ
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Số hộ tham gia sản xuất
hộ
10.850
11.230
11.500
Giá trị sản xuất
tỷ đồng
1.120
1.265
1.400
Giá trị xuất khẩu
triệu USD
18,4
21,7
24
Thu nhập bình quân lao động
triệu đồng/tháng
5,2
5,8
6,5

Theo kế hoạch, năm 2024 huyện Chương Mỹ dành 2,5 tỷ đồng xây dựng điểm giới thiệu sản phẩm; phấn đấu đến năm 2025 toàn Thành phố có 100% làng nghề mây tre đan thành lập hội nghề nghiệp.

Chi cục Phát triển nông thôn Hà Nội
Địa chỉ: Số 38 Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông, Hà Nội
Điện thoại: 024.3382.5136 - Fax: 024.3382.5137
Tổng lượt truy cập: 1.284.905 | Đang truy cập: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
CM = "Chương Mỹ"
FIGS = [
    F("có 1.350 làng nghề", "1.350", 1350, "count", "làng nghề", subject="làng nghề và làng có nghề"),
    F("trong đó 337 làng nghề", "337", 337, "count", "làng nghề", total=1350,
      subject="làng nghề, làng nghề truyền thống được công nhận"),
    F("có 86 làng", "86", 86, "count", "làng", subject="làng nghề mây tre đan"),
    F("Chương Mỹ (43 làng)", "43", 43, "count", "làng", subject="làng nghề mây tre đan", location=CM),
    F("Phú Xuyên (12 làng)", "12", 12, "count", "làng", subject="làng nghề mây tre đan", location="Phú Xuyên"),
    F("Ứng Hòa (9 làng)", "9", 9, "count", "làng", subject="làng nghề mây tre đan", location="Ứng Hòa"),
    F("khoảng 1.700 hộ", "1.700", 1700, "count", "hộ", approx="about", subject="hộ làm nghề làng nghề Phú Vinh", location=CM),
    F("hơn 30 nước", "30", 30, "count", "nước", approx="over", subject="nước có sản phẩm làng nghề Phú Vinh", location=CM),
    F("đạt 1.265 tỷ đồng;", "1.265", 1265e9, "money", "đồng", subject="giá trị sản xuất nghề mây tre đan", period=Y23,
      location=CM),
    F("đạt 21,7 triệu USD", "21,7", 21.7e6, "money", "USD", change=C("increase", 17.9, baseline="năm 2022"),
      subject="giá trị xuất khẩu nghề mây tre đan", period=Y23, location=CM),
]
table = [
    ("Số hộ tham gia sản xuất", "count", "hộ", 1, ["10.850", "11.230", "11.500"]),
    ("Giá trị sản xuất", "money", "đồng", 1e9, ["1.120", "1.265", "1.400"]),
    ("Giá trị xuất khẩu", "money", "USD", 1e6, ["18,4", "21,7", "24"]),
    ("Thu nhập bình quân lao động", "money", "đồng/tháng", 1e6, ["5,2", "5,8", "6,5"]),
]
for label, kind, unit, mult, cells in table:
    for num, per in zip(cells, (Y22, Y23c, K24)):
        v = float(num.replace(".", "").replace(",", ".")) * mult
        kw = {"status": "target"} if per is K24 else {}
        FIGS.append(F(f"\n{num}\n", num, v, kind, unit, subject=f"{label} {per['text']}", period=per, location=CM, **kw))
FIGS += [
    F("dành 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", status="target", subject="kinh phí xây dựng điểm giới thiệu sản phẩm",
      period=P("năm 2024", "2024-01-01", "2024-12-31"), location=CM),
    F("có 100% làng nghề", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ làng nghề mây tre đan thành lập hội nghề nghiệp", period=P("đến năm 2025", None, "2025-12-31")),
]
NOTES = [
    "Chi cục Phát triển nông thôn Hà Nội (department site): no dateline, so no published; footer address, phone, fax, visit counter.",
    "One-cell-per-line table (Chỉ tiêu / Đơn vị tính / Năm 2022 / Năm 2023 / Kế hoạch 2024): unit and multiplier from the row's unit cell,",
    "period from the column header (scored), 'Kế hoạch 2024' → target; all cells located in Chương Mỹ (title). 1.265 and 21,7 appear in the",
    "text and in the table: both are figures. District list (43, 12, 9) does not add up to 86 and has no cue: no total.",
    "Not figures: Số 38 Tô Hiệu, phone/fax numbers, 'Tổng lượt truy cập: 1.284.905', 'Đang truy cập: 37'.",
]
build("p978-7", TEXT, FIGS, NOTES, published=None, location="Hà Nội")
