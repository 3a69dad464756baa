"""p1153-1: province portal (Nghệ An), closing of the provincial book fair 2024 and the province's book trade."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hội sách Nghệ An năm 2024 đón hơn 35.000 lượt khách

Cập nhật: 25/04/2024 16:20 | Lượt xem: 2.418

(nghean.gov.vn) - Chiều 24/4, tại Quảng trường Hồ Chí Minh, TP Vinh, Sở Thông tin và Truyền thông phối hợp với Công ty CP Sách - Thiết bị trường học Nghệ An bế mạc Hội sách Nghệ An năm 2024, hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3.

Hội sách có 42 gian hàng của 26 nhà xuất bản, công ty phát hành sách trong và ngoài tỉnh, trưng bày khoảng 40.000 tên sách. Theo Ban Tổ chức, sau 5 ngày, hội sách đón hơn 35.000 lượt khách tham quan, mua sách, tăng 17% so với hội sách năm 2023; doanh thu bán sách đạt gần 2,8 tỷ đồng, vượt 12% kế hoạch. Trong đó, sách thiếu nhi chiếm 38% doanh thu; sách kỹ năng sống và sách văn học lần lượt chiếm 24% và 19%.

Nhân dịp này, Ban Tổ chức trao tặng 3.500 cuốn sách, trị giá khoảng 150 triệu đồng, cho 12 trường học và thư viện xã tại các huyện Kỳ Sơn, Tương Dương, Quế Phong.

Theo Sở Thông tin và Truyền thông, toàn tỉnh hiện có 9 doanh nghiệp và 146 cơ sở kinh doanh phát hành xuất bản phẩm, trong đó 31 nhà sách có diện tích từ 100 m2 trở lên. Năm 2023, các đơn vị phát hành trên địa bàn tỉnh tiêu thụ khoảng 4,6 triệu bản sách, doanh thu ước đạt 215 tỷ đồng, tăng 6,3% so với năm 2022.

Mục tiêu đến năm 2025, 100% huyện, thành phố, thị xã có ít nhất một nhà sách hoặc điểm bán sách đạt chuẩn; tỷ lệ người dân đọc sách thường xuyên đạt 40%.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("năm 2024 đón hơn 35.000", "35.000", 35000, "count", "lượt khách", approx="over",
      subject="lượt khách Hội sách Nghệ An năm 2024"),
    F("có 42 gian hàng", "42", 42, "count", "gian hàng", subject="gian hàng của hội sách"),
    F("của 26 nhà xuất bản", "26", 26, "count", "nhà xuất bản, công ty phát hành sách",
      subject="nhà xuất bản, công ty phát hành sách tham gia hội sách"),
    F("khoảng 40.000 tên sách", "40.000", 40000, "count", "tên sách", approx="about",
      subject="tên sách trưng bày"),
    F("hội sách đón hơn 35.000", "35.000", 35000, "count", "lượt khách", approx="over",
      change=C("increase", 17, "%", "hội sách năm 2023"),
      subject="lượt khách tham quan, mua sách tại hội sách"),
    F("gần 2,8 tỷ", "2,8", 2800000000, "money", "đồng", approx="nearly",
      change=C("increase", 12, "%", "kế hoạch"), subject="doanh thu bán sách của hội sách"),
    F("chiếm 38%", "38", 38, "percent", "%", subject="tỷ trọng sách thiếu nhi trong doanh thu bán sách"),
    F("chiếm 24%", "24", 24, "percent", "%", subject="tỷ trọng sách kỹ năng sống trong doanh thu bán sách"),
    F("và 19%", "19", 19, "percent", "%", subject="tỷ trọng sách văn học trong doanh thu bán sách"),
    F("tặng 3.500 cuốn", "3.500", 3500, "count", "cuốn sách", subject="sách trao tặng"),
    F("khoảng 150 triệu", "150", 150000000, "money", "đồng", approx="about",
      subject="trị giá sách trao tặng"),
    F("cho 12 trường học", "12", 12, "count", "trường học và thư viện xã",
      subject="trường học và thư viện xã được tặng sách"),
    F("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
      subject="doanh nghiệp kinh doanh phát hành xuất bản phẩm"),
    F("và 146 cơ sở", "146", 146, "count", "cơ sở",
      subject="cơ sở kinh doanh phát hành xuất bản phẩm"),
    F("trong đó 31 nhà sách", "31", 31, "count", "nhà sách", total=146,
      subject="nhà sách có diện tích từ 100 m2 trở lên"),
    F("từ 100 m2", "100", 100, "measure", "m2", approx="at_least", optional=True,
      subject="diện tích nhà sách"),
    F("khoảng 4,6 triệu", "4,6", 4600000, "count", "bản sách", approx="about",
      subject="bản sách các đơn vị phát hành tiêu thụ", period=Y23),
    F("ước đạt 215 tỷ", "215", 215000000000, "money", "đồng", status="estimate",
      change=C("increase", 6.3, "%", "năm 2022"),
      subject="doanh thu của các đơn vị phát hành", period=Y23),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="huyện, thành phố, thị xã có ít nhất một nhà sách hoặc điểm bán sách đạt chuẩn", period=TO25),
    F("ít nhất một nhà sách", "một", 1, "count", "nhà sách", approx="at_least", status="target",
      optional=True, subject="nhà sách hoặc điểm bán sách đạt chuẩn mỗi huyện"),
    F("thường xuyên đạt 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ người dân đọc sách thường xuyên", period=TO25),
]

NOTES = [
    "Province portal (Nghệ An): breadcrumb, headline figure, 'Cập nhật: 25/04/2024 16:20 | Lượt xem: 2.418' (published).",
    "Distractors: view counter 2.418, time 16:20, 'Chiều 24/4', 'lần thứ 3' (ordinal), 'Quảng trường Hồ Chí Minh', 'sau 5 ngày' (a duration",
    "that only locates the figures: not a figure by FIGURES.md §1). The fair's figures get no period ('năm 2024' names the event).",
    "'vượt 12% kế hoạch' is a change against the plan (FIGURES.md 'Result against plan'). The three shares after 'Trong đó' / 'lần lượt'",
    "are percent figures of their own (a percent has no whole in đồng). 31 nhà sách is part of the 146 cơ sở ('trong đó').",
    "'từ 100 m2 trở lên' is a category threshold and 'ít nhất một nhà sách' a per-district floor: optional.",
    "Targets: 'Mục tiêu đến năm 2025' governs both clauses after ';' (same sentence): period null..2025-12-31, status target.",
]

if __name__ == "__main__":
    write("p1153-1", TEXT, NOTES, FIGS, published="2024-04-25", location="Nghệ An")
