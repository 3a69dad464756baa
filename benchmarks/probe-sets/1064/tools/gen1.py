"""p1064-1: province portal (Bắc Ninh) - migrant workers in industrial zones and their housing."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Ninh
Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm
Hơn 60% công nhân khu công nghiệp là lao động ngoại tỉnh
Cập nhật: 12/03/2024 09:45 | Lượt xem: 2.316

Theo Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, tính đến ngày 29/2/2024, 16 khu công nghiệp đang hoạt động trên địa bàn tỉnh sử dụng 372.450 lao động, trong đó lao động ngoại tỉnh chiếm 61,8%. Năm 2023, các doanh nghiệp tuyển mới khoảng 48.600 lao động, giảm 12,4% so với năm 2022 do thiếu đơn hàng.

Số công nhân có nhu cầu thuê nhà ở khoảng 198.000 người. Đến nay, toàn tỉnh mới có 5 dự án nhà ở xã hội cho công nhân hoàn thành với 7.240 căn hộ, đáp ứng chỗ ở cho gần 26.000 người, bằng khoảng 13% nhu cầu. Số còn lại chủ yếu thuê phòng trọ của người dân tại các xã, phường ven khu công nghiệp dọc Quốc lộ 18.

Qua khảo sát của Liên đoàn Lao động tỉnh tại 1.150 khu nhà trọ với 23.400 phòng, giá thuê phổ biến từ 1,3 đến 1,8 triệu đồng/phòng/tháng (chưa gồm điện, nước), tăng khoảng 10% so với đầu năm 2023. Diện tích ở bình quân chỉ đạt 3,5 m2/người, thấp hơn mức tối thiểu 5 m2/người theo quy định; 86% phòng trọ có diện tích dưới 12 m2.

Thực hiện Quyết định số 1156/QĐ-UBND của UBND tỉnh, năm 2024 tỉnh phấn đấu khởi công thêm 4 dự án với khoảng 9.800 căn hộ. Đến năm 2025, mục tiêu hoàn thành ít nhất 20.000 căn hộ nhà ở xã hội, trong đó 60% dành cho công nhân khu công nghiệp.
"""

asof = P("tính đến ngày 29/2/2024", None, "2024-02-29")
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
now = P("Đến nay", None, "2024-03-12")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
to25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 60% công nhân", "60", 60, "percent", "%", "công nhân khu công nghiệp là lao động ngoại tỉnh",
      approx="over"),
    F("2024, 16 khu công nghiệp", "16", 16, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động", asof),
    F("sử dụng 372.450 lao động", "372.450", 372450, "count", "lao động",
      "lao động tại các khu công nghiệp", asof),
    F("chiếm 61,8%", "61,8", 61.8, "percent", "%", "tỷ lệ lao động ngoại tỉnh", asof),
    F("khoảng 48.600 lao động", "48.600", 48600, "count", "lao động", "lao động tuyển mới", y23,
      approx="about", change=C("decrease", 12.4, baseline="năm 2022")),
    F("khoảng 198.000 người", "198.000", 198000, "count", "người", "công nhân có nhu cầu thuê nhà ở",
      approx="about"),
    F("có 5 dự án", "5", 5, "count", "dự án", "dự án nhà ở xã hội cho công nhân hoàn thành", now),
    F("với 7.240 căn hộ", "7.240", 7240, "count", "căn hộ", "căn hộ nhà ở xã hội cho công nhân", now),
    F("gần 26.000 người", "26.000", 26000, "count", "người", "người được đáp ứng chỗ ở", now,
      approx="nearly", percent=13),
    F("tại 1.150 khu nhà trọ", "1.150", 1150, "count", "khu nhà trọ", "khu nhà trọ được khảo sát"),
    F("với 23.400 phòng", "23.400", 23400, "count", "phòng", "phòng trọ được khảo sát"),
    F("từ 1,3 đến 1,8 triệu", "1,3", 1300000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ",
      value_max=1800000, change=C("increase", 10, baseline="đầu năm 2023", approx="about")),
    F("đạt 3,5 m2/người", "3,5", 3.5, "measure", "m2/người", "diện tích ở bình quân"),
    F("tối thiểu 5 m2/người", "5", 5, "measure", "m2/người", "diện tích ở tối thiểu theo quy định",
      approx="at_least", optional=True),
    F("86% phòng trọ", "86", 86, "percent", "%", "phòng trọ có diện tích dưới 12 m2"),
    F("dưới 12 m2", "12", 12, "measure", "m2", "diện tích phòng trọ", approx="under", optional=True),
    F("thêm 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội khởi công", y24, status="target"),
    F("khoảng 9.800 căn hộ", "9.800", 9800, "count", "căn hộ", "căn hộ nhà ở xã hội khởi công", y24,
      approx="about", status="target"),
    F("ít nhất 20.000 căn hộ", "20.000", 20000, "count", "căn hộ", "căn hộ nhà ở xã hội hoàn thành", to25,
      approx="at_least", status="target"),
    F("trong đó 60% dành", "60", 60, "percent", "%", "căn hộ nhà ở xã hội dành cho công nhân khu công nghiệp",
      to25, status="target"),
]

NOTES = [
    "Province portal (Bắc Ninh): lao động KCN, lao động ngoại tỉnh, nhà ở xã hội, phòng trọ, giá thuê. Published = Cập nhật date.",
    "Distractors: Lượt xem: 2.316, 09:45, Quốc lộ 18, Quyết định số 1156/QĐ-UBND.",
    "Periods: 'tính đến ngày 29/2/2024' governs its sentence; 'Đến nay' = as of the dateline; 198.000 and the survey have no period",
    "(new paragraph, no period phrase). Rent change 'tăng khoảng 10% so với đầu năm 2023' is the range's change.",
    "'mức tối thiểu 5 m2/người theo quy định' and 'dưới 12 m2' are thresholds: optional. 'bằng khoảng 13% nhu cầu' = percent of 26.000.",
]

write("p1064-1", TEXT, FIGS, NOTES, published="2024-03-12", location="Bắc Ninh")
