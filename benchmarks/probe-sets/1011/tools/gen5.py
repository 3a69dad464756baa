from lib import F, P, I, C, T, build

TEXT = """
Cá Koi "đất Cảng" vươn xa

Từ vài hộ nuôi tự phát ven Quốc lộ 5, nghề nuôi cá chép Koi ở Hải Phòng đã trở thành hướng đi hiệu quả. Tính đến tháng 10/2023, thành phố có 36 trang trại nuôi cá chép Koi, tập trung tại huyện An Dương (21 trang trại) và huyện Thủy Nguyên (15 trang trại), tổng diện tích hơn 45 ha.

Năm 2022, các trang trại cung ứng ra thị trường khoảng 320.000 con cá Koi giống và thương phẩm, doanh thu đạt trên 60 tỷ đồng. 10 tháng năm 2023, sản lượng đạt 290.000 con, bằng 90,6% cả năm 2022.

Trang trại Koi Minh Đức ở xã Hồng Phong (huyện An Dương) của anh Phạm Văn Đức được xem là điển hình. Trang trại rộng 3,2 ha với 28 ao nuôi, hiện lưu giữ khoảng 400 con cá Koi bố mẹ nhập từ Nhật Bản, trong đó có 60 con dài trên 70 cm. Mỗi năm trang trại sản xuất 80.000-100.000 con cá Koi giống, giá bán từ 50.000 đồng đến 3 triệu đồng/con tùy kích cỡ và độ đẹp; những con Koi bố mẹ đẹp nhất có giá khoảng 150 triệu đồng/con. Doanh thu năm 2022 của trang trại đạt 8,5 tỷ đồng, lợi nhuận khoảng 3 tỷ đồng.

Theo ông Vũ Văn Bảy, Phó Chủ tịch Hội Sinh vật cảnh thành phố, cá Koi Hải Phòng hiện có mặt tại hơn 30 tỉnh, thành phố; riêng thị trường phía Bắc chiếm khoảng 70% sản lượng tiêu thụ. Khó khăn lớn nhất là nguồn cá bố mẹ vẫn phụ thuộc nhập khẩu, chi phí con giống chiếm tới 40% giá thành.

Thành phố phấn đấu đến năm 2025 nâng sản lượng cá Koi lên 500.000 con/năm, xuất khẩu 20% sản lượng, đồng thời xây dựng thương hiệu "Cá Koi Hải Phòng" theo Nghị quyết số 12/2022/NQ-HĐND của HĐND thành phố.

MINH HẰNG

19/11/2023
"""

AS = P("Tính đến tháng 10/2023", None, "2023-10-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TT = "trang trại nuôi cá chép Koi"

FIGS = [
    F("có 36 trang trại", "36", 36, "count", "trang trại", TT, AS),
    F("An Dương (21 trang trại)", "21", 21, "count", "trang trại", TT, AS, total=36, location="An Dương"),
    F("Thủy Nguyên (15 trang trại)", "15", 15, "count", "trang trại", TT, AS, total=36, location="Thủy Nguyên"),
    F("hơn 45 ha", "45", 45, "measure", "ha", "tổng diện tích nuôi cá chép Koi", AS, approx="over"),
    F("khoảng 320.000 con", "320.000", 320_000, "count", "con", "cá Koi giống và thương phẩm cung ứng ra thị trường", Y22,
      approx="about"),
    F("trên 60 tỷ đồng", "60", 60_000_000_000, "money", "đồng", "doanh thu nuôi cá Koi", Y22, approx="over"),
    F("đạt 290.000 con", "290.000", 290_000, "count", "con", "sản lượng cá Koi", M10, percent=90.6),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích trang trại Koi Minh Đức", location="An Dương"),
    F("28 ao nuôi", "28", 28, "count", "ao", "ao nuôi của trang trại", location="An Dương"),
    F("khoảng 400 con", "400", 400, "count", "con", "cá Koi bố mẹ nhập từ Nhật Bản", approx="about", location="An Dương"),
    F("có 60 con", "60", 60, "count", "con", "cá Koi bố mẹ dài trên 70 cm", total=400, location="An Dương"),
    F("dài trên 70 cm", "70", 70, "measure", "cm", "chiều dài cá Koi bố mẹ", approx="over", location="An Dương",
      optional=True),
    F("80.000-100.000 con", "80.000", 80_000, "count", "con/năm", "cá Koi giống trang trại sản xuất mỗi năm",
      value_max=100_000, location="An Dương"),
    F("từ 50.000 đồng đến 3 triệu", "50.000", 50_000, "money", "đồng/con", "giá bán cá Koi giống",
      value_max=3_000_000, location="An Dương"),
    F("khoảng 150 triệu đồng/con", "150", 150_000_000, "money", "đồng/con", "giá con Koi bố mẹ đẹp nhất",
      approx="about", location="An Dương"),
    F("đạt 8,5 tỷ đồng", "8,5", 8_500_000_000, "money", "đồng", "doanh thu của trang trại",
      P("năm 2022", "2022-01-01", "2022-12-31"), location="An Dương"),
    F("khoảng 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "lợi nhuận của trang trại",
      P("năm 2022", "2022-01-01", "2022-12-31"), approx="about", location="An Dương"),
    F("hơn 30 tỉnh", "30", 30, "count", "tỉnh, thành phố", "tỉnh, thành phố có cá Koi Hải Phòng", approx="over",
      location="Việt Nam"),
    F("khoảng 70% sản lượng", "70", 70, "percent", "%", "thị trường phía Bắc trong sản lượng tiêu thụ", approx="about"),
    F("tới 40% giá thành", "40", 40, "percent", "%", "chi phí con giống trong giá thành"),
    F("lên 500.000 con/năm", "500.000", 500_000, "measure", "con/năm", "sản lượng cá Koi", T25, status="target"),
    F("xuất khẩu 20% sản lượng", "20", 20, "percent", "%", "tỷ lệ sản lượng cá Koi xuất khẩu", T25, status="target"),
]

NOTES = [
    "Báo Hải Phòng style (invented): cá chép Koi farms in An Dương and Thủy Nguyên; byline 'MINH HẰNG' and bare date 19/11/2023 at the end.",
    "Distractors: 'Quốc lộ 5', names 'Phạm Văn Đức', 'ông Vũ Văn Bảy' (number word in a name), 'Nghị quyết số 12/2022/NQ-HĐND',",
    "'Trang trại Koi Minh Đức'. 'dài trên 70 cm' qualifies the 60 fish (a class): optional. 'có 60 con' follows 'trong đó' -> total 400.",
    "'bằng 90,6% cả năm 2022' -> percent of 290.000 con. 'chiếm tới 40% giá thành': 'tới' is emphasis, not a bound: exact.",
    "Farm figures (Hồng Phong commune) -> location An Dương; the 2022 farm revenue sentence gives period năm 2022.",
    "revised after the first run: 'hơn 30 tỉnh, thành phố' location Việt Nam (FIGURES.md: a count of provinces is national);",
    "'500.000 con/năm' kind measure (FIGURES.md Rates: a count per denominator written as a rate is a measure).",
]

build("p1011-5", TEXT, NOTES, FIGS, published="2023-11-19", location="Hải Phòng")
