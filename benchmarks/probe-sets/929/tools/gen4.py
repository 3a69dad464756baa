"""p929-4: central agency site (Trung ương Đoàn), national results of summer 2023."""
from lib import F, P, I, C, write

TEXT = """TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ > Hoạt động Đoàn > Tình nguyện
Ngày đăng: 30/08/2023 | 16:20

Chiến dịch Thanh niên tình nguyện hè 2023: hơn 5,8 triệu lượt đoàn viên tham gia

Chiều 29/8, tại Hà Nội, Ban Bí thư Trung ương Đoàn tổ chức Hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè lần thứ 30 và chương trình hoạt động hè năm 2023.

Theo báo cáo, cả nước có hơn 5,8 triệu lượt đoàn viên, thanh niên tham gia chiến dịch, tăng 7% so với năm 2022. Các đội hình tình nguyện đã xây dựng, sửa chữa 18.640 công trình thanh niên, tổng trị giá khoảng 1.250 tỷ đồng.

Các cấp bộ Đoàn, Hội, Đội đã tổ chức 62.300 điểm sinh hoạt hè cho thiếu nhi tại địa bàn dân cư, thu hút trên 9,4 triệu lượt thiếu nhi. Đã mở 21.500 lớp dạy bơi với gần 430 nghìn trẻ em được học bơi, trong đó 47 tỉnh, thành phố tổ chức dạy bơi miễn phí. Các địa phương có số trẻ học bơi nhiều nhất lần lượt là Nghệ An (28.400 em), Thanh Hóa (26.900 em), Hà Nội (24.700 em) và TP Hồ Chí Minh (22.100 em).

Trong chương trình "Mùa hè xanh", 12.600 sinh viên đã tham gia các mặt trận tình nguyện tại 1.450 xã khó khăn. 63/63 tỉnh, thành đoàn tổ chức "Ngày hội thiếu nhi vui khỏe", với khoảng 2.100 sân chơi được xây mới.

Tổng kinh phí huy động cho các hoạt động hè ước đạt 2.360 tỷ đồng, trong đó nguồn xã hội hóa khoảng 1.540 tỷ đồng.

Năm 2024, Trung ương Đoàn đặt mục tiêu 100% xã, phường, thị trấn có ít nhất một điểm sinh hoạt hè và phấn đấu dạy bơi cho 500.000 trẻ em.

Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh. Địa chỉ: số 62 Bà Triệu, quận Hoàn Kiếm, Hà Nội.
"""

HE23 = P("hè 2023", "2023-06-01", "2023-08-31")
HE23I = I(P("hè năm 2023", "2023-06-01", "2023-08-31"))
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hè 2023: hơn 5,8 triệu lượt", "5,8", 5800000, "count", "lượt đoàn viên", approx="over",
      subject="lượt đoàn viên tham gia Chiến dịch Thanh niên tình nguyện hè", period=HE23),
    F("có hơn 5,8 triệu lượt", "5,8", 5800000, "count", "lượt đoàn viên, thanh niên", approx="over",
      change=C("increase", 7, "%", "năm 2022"),
      subject="lượt đoàn viên, thanh niên tham gia chiến dịch", period=HE23I),
    F("sửa chữa 18.640 công trình", "18.640", 18640, "count", "công trình thanh niên",
      subject="công trình thanh niên xây dựng, sửa chữa", period=HE23I),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", approx="about",
      subject="tổng trị giá công trình thanh niên", period=HE23I),
    F("tổ chức 62.300 điểm", "62.300", 62300, "count", "điểm sinh hoạt hè",
      subject="điểm sinh hoạt hè cho thiếu nhi tại địa bàn dân cư", period=HE23I),
    F("trên 9,4 triệu lượt", "9,4", 9400000, "count", "lượt thiếu nhi", approx="over",
      subject="lượt thiếu nhi tham gia sinh hoạt hè", period=HE23I),
    F("mở 21.500 lớp", "21.500", 21500, "count", "lớp dạy bơi", subject="lớp dạy bơi", period=HE23I),
    F("gần 430 nghìn trẻ em", "430", 430000, "count", "trẻ em", approx="nearly",
      subject="trẻ em được học bơi", period=HE23I),
    F("47 tỉnh, thành phố", "47", 47, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố tổ chức dạy bơi miễn phí", period=HE23I),
    F("Nghệ An (28.400 em)", "28.400", 28400, "count", "em", subject="trẻ học bơi",
      period=HE23I, location="Nghệ An"),
    F("Thanh Hóa (26.900 em)", "26.900", 26900, "count", "em", subject="trẻ học bơi",
      period=HE23I, location="Thanh Hóa"),
    F("Hà Nội (24.700 em)", "24.700", 24700, "count", "em", subject="trẻ học bơi",
      period=HE23I, location="Hà Nội"),
    F("Minh (22.100 em)", "22.100", 22100, "count", "em", subject="trẻ học bơi",
      period=HE23I, location="Thành phố Hồ Chí Minh"),
    F("12.600 sinh viên", "12.600", 12600, "count", "sinh viên",
      subject="sinh viên tham gia chương trình Mùa hè xanh", period=HE23I),
    F("tại 1.450 xã", "1.450", 1450, "count", "xã", subject="xã khó khăn có mặt trận tình nguyện",
      period=HE23I),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành đoàn", total=63,
      subject="tỉnh, thành đoàn tổ chức Ngày hội thiếu nhi vui khỏe", period=HE23I),
    F("khoảng 2.100 sân chơi", "2.100", 2100, "count", "sân chơi", approx="about",
      subject="sân chơi được xây mới", period=HE23I),
    F("ước đạt 2.360 tỷ đồng", "2.360", 2360000000000, "money", "đồng", status="estimate",
      subject="tổng kinh phí huy động cho các hoạt động hè", period=HE23I),
    F("khoảng 1.540 tỷ đồng", "1.540", 1540000000000, "money", "đồng", approx="about",
      total=2360000000000, status="estimate", subject="nguồn xã hội hóa", period=HE23I),
    F("mục tiêu 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có điểm sinh hoạt hè", period=Y24),
    F("ít nhất một điểm", "một", 1, "count", "điểm sinh hoạt hè", approx="at_least",
      status="target", optional=True),
    F("cho 500.000 trẻ em", "500.000", 500000, "count", "trẻ em", status="target",
      subject="trẻ em được dạy bơi", period=Y24),
]

COMMENTS = [
    "Central agency site (Trung ương Đoàn): national results of the 2023 summer volunteer campaign and summer activities.",
    "Location Việt Nam throughout, except the items of the 'lần lượt' list of provinces (each its location, subject = the list's indicator).",
    "Headline figure recorded with its own period 'hè 2023' (= 2023-06-01..2023-08-31, spec silent on seasons); body figures inherit",
    "'hè năm 2023' from the first paragraph (no figure there). 'lần thứ 30' is an ordinal.",
    "'trong đó 47 tỉnh, thành phố' follows '430 nghìn trẻ em' but counts provinces, not children: no total.",
    "'trong đó nguồn xã hội hóa khoảng 1.540 tỷ đồng' continues the 'ước đạt' clause (estimate) and is part of 2.360 tỷ.",
    "Distractors: 'Ngày đăng: 30/08/2023 | 16:20', 'Chiều 29/8', 'lần thứ 30', 'số 62 Bà Triệu'.",
]

write(4, TEXT, FIGS, COMMENTS, published="2023-08-30", location="Việt Nam")
