"""p806-7: Sở Du lịch Quảng Bình (department site, no dateline), cave trekking tours, one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """SỞ DU LỊCH TỈNH QUẢNG BÌNH
Tin tức - Sự kiện
Du lịch khám phá, mạo hiểm tiếp tục khẳng định sức hút
Năm 2024, các tour khám phá, trekking hang động trên địa bàn tỉnh đã phục vụ 38.600 lượt khách, tăng 14,5% so với năm 2023, doanh thu đạt khoảng 312 tỷ đồng. Trong đó, tour thám hiểm hang Sơn Đoòng đón 1.150 lượt khách với giá 72 triệu đồng/khách.
Kết quả phục vụ khách của một số tuyến tour chính:
Đơn vị tính: lượt khách
Tuyến tour
Năm 2023
Năm 2024
Kế hoạch 2025
Hang Sơn Đoòng
1.020
1.150
1.000
Hang Én
4.850
5.320
5.800
Hệ thống hang Tú Làn
7.900
9.240
10.500
Rào Thương - Hang Tối
9.600
11.480
12.000
Cộng
23.370
27.190
29.300
Về an toàn, năm 2024 các đơn vị lữ hành đã tổ chức 3.420 đoàn khách, không để xảy ra sự cố nghiêm trọng; 100% hướng dẫn viên, porter được tập huấn sơ cấp cứu. Toàn tỉnh hiện có 11 doanh nghiệp được cấp phép tổ chức tour mạo hiểm, sử dụng khoảng 650 lao động địa phương, chủ yếu là người dân xã Tân Hóa và Sơn Trạch, với thu nhập bình quân 8-12 triệu đồng/người/tháng.
Năm 2025, Sở Du lịch đặt mục tiêu đón 42.000 lượt khách tham gia các tour khám phá, mạo hiểm, đồng thời đưa vào khai thác thêm 3 tuyến trekking mới tại huyện Minh Hóa, dọc Quốc lộ 12A và đường Hồ Chí Minh nhánh Tây.
SỞ DU LỊCH TỈNH QUẢNG BÌNH
Địa chỉ: Số 12 Trần Hưng Đạo, TP. Đồng Hới, tỉnh Quảng Bình
Điện thoại: 0232.3822.018 - Fax: 0232.3828.411
Lượt truy cập: 1.384.209
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Hang Sơn Đoòng", "Hang Sơn Đoòng\n1.020", "1.020\n1.150", "1.150\n1.000"),
    ("Hang Én", "Hang Én\n4.850", "4.850\n5.320", "5.320\n5.800"),
    ("Hệ thống hang Tú Làn", "Tú Làn\n7.900", "7.900\n9.240", "9.240\n10.500"),
    ("Rào Thương - Hang Tối", "Hang Tối\n9.600", "9.600\n11.480", "11.480\n12.000"),
    ("Cộng", "Cộng\n23.370", "23.370\n27.190", "27.190\n29.300"),
]


def cells():
    out = []
    for label, a1, a2, a3 in ROWS:
        for anchor, (col, per, st) in zip((a1, a2, a3), (("năm 2023", Y23, None), ("năm 2024", Y24, None),
                                                         ("kế hoạch 2025", K25, "target"))):
            n = anchor.split("\n")[-1]
            kw = {"status": st} if st else {}
            out.append(F(anchor, n, int(n.replace(".", "")), "count", "lượt khách", f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("phục vụ 38.600 lượt khách", "38.600", 38600, "count", "lượt khách",
      "lượt khách tour khám phá, trekking hang động", Y24, change=C("increase", 14.5, "%", "năm 2023")),
    F("khoảng 312 tỷ đồng", "312", 312000000000, "money", "đồng", "doanh thu tour khám phá, trekking hang động",
      Y24, approx="about"),
    F("đón 1.150 lượt khách", "1.150", 1150, "count", "lượt khách", "lượt khách tour thám hiểm hang Sơn Đoòng",
      I(Y24), total=38600),
    F("giá 72 triệu đồng/khách", "72", 72000000, "money", "đồng/khách", "giá tour thám hiểm hang Sơn Đoòng"),
] + cells() + [
    F("tổ chức 3.420 đoàn khách", "3.420", 3420, "count", "đoàn khách", "đoàn khách các đơn vị lữ hành tổ chức",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("100% hướng dẫn viên", "100", 100, "percent", "%", "hướng dẫn viên, porter được tập huấn sơ cấp cứu",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", "doanh nghiệp được cấp phép tổ chức tour mạo hiểm"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động địa phương", approx="about"),
    F("bình quân 8-12 triệu đồng/người/tháng", "8", 8000000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động địa phương", value_max=12000000),
    F("đón 42.000 lượt khách", "42.000", 42000, "count", "lượt khách",
      "lượt khách tham gia các tour khám phá, mạo hiểm", Y25, status="target"),
    F("thêm 3 tuyến trekking", "3", 3, "count", "tuyến trekking", "tuyến trekking mới đưa vào khai thác",
      Y25, status="target", location="Minh Hóa"),
]

NOTES = [
    "Sở Du lịch Quảng Bình site, no dateline (no published): cave trekking tours; one-cell-per-line table",
    "(Tuyến tour | Năm 2023 | Năm 2024 | Kế hoạch 2025, 'Đơn vị tính: lượt khách'); period from the column headers (scored),",
    "Kế hoạch column -> status target; the Cộng row is its own figure. Route names are categories, not places: location Quảng Bình.",
    "1.150 Sơn Đoòng in the text after 'Trong đó' -> total 38.600 (its period inherited from the previous sentence).",
    "'3 tuyến trekking mới tại huyện Minh Hóa' -> location Minh Hóa. 'hiện' sentence: no period.",
    "Distractors: Quốc lộ 12A, Số 12 Trần Hưng Đạo, phone/fax numbers, 'Lượt truy cập: 1.384.209'.",
]

build("p806-7", TEXT, FIGS, NOTES, published=None, location="Quảng Bình")
