"""p985-6: national newspaper (VnExpress-like), TP Hồ Chí Minh short of parks."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông - Đô thị
Chủ nhật, 9/6/2024, 07:30 (GMT+7)

TP HCM thiếu công viên, mỗi người dân chưa đến 1 m2

Với hơn 9,4 triệu dân, TP Hồ Chí Minh hiện có 495 công viên, tổng diện tích khoảng 520 ha, bình quân chỉ 0,55 m2 công viên/người, thấp nhất trong các đô thị loại đặc biệt.

Theo Sở Xây dựng, từ năm 2021 đến nay, thành phố chỉ tăng thêm khoảng 85 ha công viên, trong khi mục tiêu giai đoạn 2021-2025 là 150 ha. Quận 1 có chỉ tiêu cao nhất với 2,4 m2/người, còn quận Bình Tân chỉ đạt dưới 0,2 m2/người. Diện tích công viên bình quân của Hà Nội gấp khoảng 4 lần TP HCM.

Các công viên lớn như Tao Đàn, Gia Định, 23/9 thường xuyên quá tải vào cuối tuần. Riêng công viên Tao Đàn rộng khoảng 10 ha, có hơn 1.000 cây xanh, đón trung bình 8.000-10.000 lượt khách mỗi ngày.

Năm 2024, thành phố bố trí hơn 1.100 tỷ đồng cho duy trì công viên, cây xanh, tăng 12% so với năm 2023. Đơn vị quản lý đang chăm sóc khoảng 127.000 cây xanh đường phố, mỗi năm xử lý 3.000-4.000 cây sâu bệnh, nghiêng đổ.

TS. Nguyễn Hữu Tám, Viện Quy hoạch đô thị, cho rằng để đạt mức 2 m2/người vào năm 2030, thành phố cần thêm khoảng 1.400 ha công viên, tương đương gần 3 lần quỹ đất công viên hiện có. Theo ông, có thể tận dụng 1.200 ha đất ven sông, kênh rạch và quỹ đất sau khi di dời 68 cơ sở sản xuất ô nhiễm ra khỏi nội thành.

Gia Minh
"""

SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-06-09")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("vào năm 2030", "2030-01-01", "2030-12-31")
PER = "diện tích công viên bình quân đầu người"
FIGS = [
    F("chưa đến 1 m2", "1", 1, "measure", "m2", PER, approx="under"),
    F("hơn 9,4 triệu dân", "9,4", 9.4e6, "count", "dân", "dân số", approx="over"),
    F("có 495 công viên", "495", 495, "count", "công viên", "công viên"),
    F("khoảng 520 ha", "520", 520, "measure", "ha", "tổng diện tích công viên", approx="about"),
    F("chỉ 0,55 m2", "0,55", 0.55, "measure", "m2/người", PER),
    F("khoảng 85 ha", "85", 85, "measure", "ha", "diện tích công viên tăng thêm", SINCE, approx="about",
      target=T(150, "ha")),
    F("với 2,4 m2/người", "2,4", 2.4, "measure", "m2/người", PER, location="Quận 1"),
    F("dưới 0,2 m2/người", "0,2", 0.2, "measure", "m2/người", PER, approx="under", location="Bình Tân"),
    F("gấp khoảng 4 lần", "4", 4, "multiple", "lần", "diện tích công viên bình quân của Hà Nội so với TP HCM",
      approx="about", location="Hà Nội"),
    F("khoảng 10 ha", "10", 10, "measure", "ha", "diện tích công viên Tao Đàn", approx="about"),
    F("hơn 1.000 cây xanh", "1.000", 1000, "count", "cây", "cây xanh trong công viên Tao Đàn", approx="over"),
    F("8.000-10.000 lượt khách", "8.000", 8000, "count", "lượt khách/ngày", "lượt khách đến công viên Tao Đàn mỗi ngày",
      value_max=10000),
    F("hơn 1.100 tỷ đồng", "1.100", 1.1e12, "money", "đồng", "kinh phí duy trì công viên, cây xanh", Y24,
      approx="over", change=C("increase", 12, baseline="năm 2023")),
    F("khoảng 127.000 cây", "127.000", 127000, "count", "cây", "cây xanh đường phố được chăm sóc", approx="about"),
    F("3.000-4.000 cây", "3.000", 3000, "count", "cây/năm", "cây sâu bệnh, nghiêng đổ được xử lý mỗi năm",
      value_max=4000),
    F("mức 2 m2/người", "2", 2, "measure", "m2/người", PER, T30, status="target"),
    F("khoảng 1.400 ha", "1.400", 1400, "measure", "ha", "diện tích công viên cần thêm", T30, approx="about",
      status="target"),
    F("gần 3 lần", "3", 3, "multiple", "lần", "diện tích công viên cần thêm so với quỹ đất công viên hiện có",
      approx="nearly", optional=True),
    F("tận dụng 1.200 ha", "1.200", 1200, "measure", "ha", "đất ven sông, kênh rạch có thể tận dụng"),
    F("dời 68 cơ sở", "68", 68, "count", "cơ sở", "cơ sở sản xuất ô nhiễm di dời ra khỏi nội thành"),
]

NOTES = [
    "VnExpress-style national paper (invented), 'Chủ nhật, 9/6/2024, 07:30 (GMT+7)', byline at the end. Location TP Hồ Chí Minh.",
    "Headline 'chưa đến 1 m2' is a figure (approx under) with no period. 'mục tiêu giai đoạn 2021-2025 là 150 ha' is the target of 85 ha.",
    "'Quận 1', 'công viên … 23/9' are names; 'Quận 1' as an item is the location of 2,4 m2/người. 'gấp khoảng 4 lần' standing alone is a multiple;",
    "its subject compares Hà Nội with TP HCM and its location is Hà Nội (what is measured).",
    "'8.000-10.000 lượt khách mỗi ngày' -> unit lượt khách/ngày (per-unit). 'mỗi năm xử lý 3.000-4.000 cây' -> cây/năm.",
    "'tương đương gần 3 lần quỹ đất … hiện có' restates the 1.400 ha: optional (a reader may take it as the share of 1.500 ha).",
    "'để đạt mức 2 m2/người vào năm 2030' is a target level; '1.400 ha' needed for it stands under the same 'để đạt … vào năm 2030' cue: status target, same period.",
    "Sentences with 'hiện' give no period. Distractors: 07:30 (GMT+7), 'Quận 1', '23/9', 'đô thị loại đặc biệt', 'TS. Nguyễn Hữu Tám', giai đoạn 2021-2025.",
]

write("p985-6", TEXT, FIGS, published="2024-06-09", location="TP Hồ Chí Minh", notes=NOTES)
