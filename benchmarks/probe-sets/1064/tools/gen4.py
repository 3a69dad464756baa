"""p1064-4: central agency site (Tổng Liên đoàn Lao động Việt Nam) - national: migrant workers renting rooms."""
from lib import F, P, I, C, T, write

TEXT = """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
Trang chủ » Tin tức » Chăm lo đời sống đoàn viên
Ngày đăng: 05/12/2023 | Lượt xem: 1.087

Khoảng 1,3 triệu công nhân đang thuê trọ cần nhà ở xã hội

Theo Ban Chính sách - Pháp luật, tính đến hết tháng 10/2023, cả nước có 417 khu công nghiệp đang hoạt động, thu hút khoảng 4,1 triệu lao động. Trong đó, khoảng 1,3 triệu công nhân là lao động ngoại tỉnh đang phải thuê phòng trọ, chiếm 31,7%.

Kết quả khảo sát 5.550 đoàn viên tại 10 tỉnh, thành phố cho thấy chi phí thuê nhà chiếm 25-30% thu nhập của công nhân; 65,2% số người được hỏi đang ở phòng trọ có diện tích dưới 15 m2. Các địa phương có tỷ lệ công nhân thuê trọ cao nhất lần lượt là Bình Dương (76,4%), Bắc Ninh (62,1%), Đồng Nai (58,9%) và Thái Nguyên (51,3%).

Đến ngày 30/11/2023, tổ chức công đoàn đã hoàn thành 3 thiết chế công đoàn tại Hà Nam, Tiền Giang và Thái Nguyên với tổng số 1.096 căn hộ, đang triển khai thêm 6 dự án. Trong 11 tháng năm 2023, công đoàn các cấp đã vận động 2.840 chủ nhà trọ giảm giá thuê phòng cho khoảng 170.000 công nhân, với tổng số tiền trên 39 tỷ đồng, gấp 1,6 lần năm 2022.

Theo Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030", đến năm 2030 cả nước phấn đấu hoàn thành khoảng 1.062.200 căn hộ; riêng năm 2024 dự kiến hoàn thành 130.000 căn.

Địa chỉ: Số 82 Nguyễn Chí Thanh, Đống Đa, Hà Nội. Điện thoại: 024.3942.1856
"""

oct23 = P("tính đến hết tháng 10/2023", None, "2023-10-31")
nov30 = P("Đến ngày 30/11/2023", None, "2023-11-30")
m11 = P("Trong 11 tháng năm 2023", "2023-01-01", "2023-11-30")
to30 = P("đến năm 2030", None, "2030-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
rate = "tỷ lệ công nhân thuê trọ"

FIGS = [
    F("Khoảng 1,3 triệu", "1,3", 1300000, "count", "công nhân", "công nhân đang thuê trọ cần nhà ở xã hội",
      approx="about"),
    F("có 417 khu công nghiệp", "417", 417, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", oct23),
    F("khoảng 4,1 triệu lao động", "4,1", 4100000, "count", "lao động", "lao động khu công nghiệp", oct23,
      approx="about"),
    F("Trong đó, khoảng 1,3 triệu", "1,3", 1300000, "count", "công nhân",
      "công nhân là lao động ngoại tỉnh đang phải thuê phòng trọ", I(oct23), approx="about", total=4100000,
      percent=31.7),
    F("khảo sát 5.550 đoàn viên", "5.550", 5550, "count", "đoàn viên", "đoàn viên được khảo sát"),
    F("tại 10 tỉnh", "10", 10, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("chiếm 25-30%", "25", 25, "percent", "%", "chi phí thuê nhà trong thu nhập của công nhân", value_max=30),
    F("65,2% số người", "65,2", 65.2, "percent", "%", "người được hỏi đang ở phòng trọ có diện tích dưới 15 m2"),
    F("dưới 15 m2", "15", 15, "measure", "m2", "diện tích phòng trọ", approx="under", optional=True),
    F("Bình Dương (76,4%)", "76,4", 76.4, "percent", "%", rate, location="Bình Dương"),
    F("Bắc Ninh (62,1%)", "62,1", 62.1, "percent", "%", rate, location="Bắc Ninh"),
    F("Đồng Nai (58,9%)", "58,9", 58.9, "percent", "%", rate, location="Đồng Nai"),
    F("Thái Nguyên (51,3%)", "51,3", 51.3, "percent", "%", rate, location="Thái Nguyên"),
    F("hoàn thành 3 thiết chế", "3", 3, "count", "thiết chế công đoàn", "thiết chế công đoàn hoàn thành", nov30),
    F("tổng số 1.096 căn hộ", "1.096", 1096, "count", "căn hộ", "căn hộ thiết chế công đoàn", nov30),
    F("thêm 6 dự án", "6", 6, "count", "dự án", "dự án thiết chế công đoàn đang triển khai", nov30),
    F("động 2.840 chủ nhà trọ", "2.840", 2840, "count", "chủ nhà trọ", "chủ nhà trọ giảm giá thuê phòng", m11),
    F("khoảng 170.000 công nhân", "170.000", 170000, "count", "công nhân", "công nhân được giảm giá thuê phòng",
      m11, approx="about"),
    F("trên 39 tỷ đồng", "39", 39000000000, "money", "đồng", "tổng số tiền hỗ trợ giảm giá thuê phòng", m11,
      approx="over", change=C("increase", 1.6, "lần", baseline="năm 2022")),
    F("ít nhất 1 triệu căn hộ", "1", 1000000, "count", "căn hộ", "căn hộ nhà ở xã hội theo Đề án",
      approx="at_least", status="target", optional=True),
    F("khoảng 1.062.200 căn hộ", "1.062.200", 1062200, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", to30,
      approx="about", status="target"),
    F("dự kiến hoàn thành 130.000 căn", "130.000", 130000, "count", "căn", "căn hộ nhà ở xã hội hoàn thành", y24,
      status="forecast"),
]

NOTES = [
    "Central agency site (Tổng LĐLĐ Việt Nam): national figures on migrant workers renting rooms, union housing (thiết chế công đoàn).",
    "Location Việt Nam throughout; the bracketed province list gives each item its location; 'tại Hà Nam, Tiền Giang và Thái Nguyên'",
    "after a national count does not make it provincial; the Hà Nội address does not localise anything.",
    "'gấp 1,6 lần năm 2022' after 39 tỷ đồng is read as its change (increase 1.6 lần, baseline năm 2022), not a multiple of its own.",
    "The survey paragraph has no period phrase: no period. The title of the Đề án ('ít nhất 1 triệu căn hộ') is a name: optional.",
    "Distractors: Lượt xem: 1.087, 'giai đoạn 2021-2030' in the Đề án name, address Số 82 Nguyễn Chí Thanh, phone 024.3942.1856.",
]

write("p1064-4", TEXT, FIGS, NOTES, published="2023-12-05", location="Việt Nam")
