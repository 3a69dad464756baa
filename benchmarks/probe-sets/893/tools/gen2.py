"""p893-2: Phổ Yên city (Thái Nguyên) portal - review of boarding houses, 2023."""
from lib import F, P, I, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PHỔ YÊN
Trang chủ > Tin tức > Kinh tế - Xã hội

Phổ Yên: rà soát hơn 2.100 cơ sở cho thuê nhà trọ

Thứ Năm, 14/09/2023 - 10:20

Thực hiện Kế hoạch số 215/KH-UBND ngày 10/7/2023 của UBND thành phố, từ ngày 15/7 đến 31/8/2023, các phường, xã đã rà soát 2.136 cơ sở cho thuê nhà trọ với 24.870 phòng, đáp ứng chỗ ở cho khoảng 41.000 công nhân, người lao động làm việc tại Khu công nghiệp Yên Bình và các doanh nghiệp dọc Quốc lộ 3. Các phường có nhiều phòng trọ nhất là Đồng Tiến (6.420 phòng), Bãi Bông (4.985 phòng) và Hồng Tiến (3.760 phòng).

Giá thuê phòng trọ dao động từ 800.000 đồng đến 1,5 triệu đồng/phòng/tháng tùy diện tích và tiện nghi; diện tích bình quân khoảng 14 m2/phòng. Giá điện các chủ trọ thu phổ biến 3.000-3.500 đồng/kWh, giá nước 15.000-20.000 đồng/m3, cao hơn giá quy định.

Qua rà soát, có 1.874 cơ sở đảm bảo điều kiện về phòng cháy, chữa cháy, đạt 87,7%; 262 cơ sở chưa đảm bảo đã được hướng dẫn khắc phục. Trong 8 tháng đầu năm 2023, Công an thành phố đã xử phạt 46 trường hợp chủ nhà trọ không khai báo tạm trú cho người thuê, với tổng số tiền gần 93 triệu đồng.

Phó Chủ tịch UBND thành phố Nguyễn Thị Thu Hà cho biết, năm 2023 thành phố phấn đấu 100% cơ sở cho thuê nhà trọ được kiểm tra về an ninh trật tự và phòng cháy, chữa cháy. Đến năm 2025, Phổ Yên dự kiến có thêm 2 dự án nhà ở xã hội với khoảng 1.800 căn hộ tại phường Đồng Tiến và phường Tân Hương, giúp giảm áp lực về chỗ ở cho công nhân.

Văn phòng HĐND và UBND thành phố Phổ Yên - Điện thoại: 0208.3863.112
"""

REV = P("từ ngày 15/7 đến 31/8/2023", "2023-07-15", "2023-08-31")
M8 = P("Trong 8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("Đến năm 2025", end="2025-12-31")

FIGS = [
    F("rà soát hơn 2.100 cơ sở", "2.100", 2100, "count", "cơ sở", "cơ sở cho thuê nhà trọ được rà soát",
      I(REV), approx="over"),
    F("rà soát 2.136 cơ sở", "2.136", 2136, "count", "cơ sở", "cơ sở cho thuê nhà trọ được rà soát", REV),
    F("với 24.870 phòng", "24.870", 24870, "count", "phòng", "phòng trọ của các cơ sở được rà soát", REV),
    F("khoảng 41.000 công nhân", "41.000", 41000, "count", "công nhân",
      "công nhân, người lao động được đáp ứng chỗ ở", REV, approx="about"),
    F("Đồng Tiến (6.420 phòng)", "6.420", 6420, "count", "phòng", "phòng trọ", I(REV)),
    F("Bãi Bông (4.985 phòng)", "4.985", 4985, "count", "phòng", "phòng trọ", I(REV)),
    F("Hồng Tiến (3.760 phòng)", "3.760", 3760, "count", "phòng", "phòng trọ", I(REV)),
    F("từ 800.000 đồng", "800.000", 800000, "money", "đồng/phòng/tháng", "giá thuê phòng trọ",
      value_max=1500000),
    F("khoảng 14 m2/phòng", "14", 14, "measure", "m2/phòng", "diện tích bình quân phòng trọ", approx="about"),
    F("phổ biến 3.000-3.500", "3.000", 3000, "money", "đồng/kWh", "giá điện các chủ trọ thu",
      value_max=3500),
    F("nước 15.000-20.000", "15.000", 15000, "money", "đồng/m3", "giá nước các chủ trọ thu",
      value_max=20000),
    F("có 1.874 cơ sở", "1.874", 1874, "count", "cơ sở",
      "cơ sở đảm bảo điều kiện về phòng cháy, chữa cháy", percent=87.7),
    F("262 cơ sở", "262", 262, "count", "cơ sở", "cơ sở chưa đảm bảo điều kiện phòng cháy, chữa cháy"),
    F("xử phạt 46 trường hợp", "46", 46, "count", "trường hợp",
      "chủ nhà trọ bị xử phạt do không khai báo tạm trú cho người thuê", M8),
    F("gần 93 triệu đồng", "93", 93000000, "money", "đồng", "tổng số tiền xử phạt", M8, approx="nearly"),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở cho thuê nhà trọ được kiểm tra về an ninh trật tự và phòng cháy, chữa cháy", Y23, status="target"),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án nhà ở xã hội", TO25, status="forecast"),
    F("khoảng 1.800 căn hộ", "1.800", 1800, "count", "căn hộ", "căn hộ nhà ở xã hội", TO25,
      approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT thành phố Phổ Yên (Thái Nguyên): rà soát cơ sở cho thuê nhà trọ 15/7-31/8/2023. Dateline 'Thứ Năm, 14/09/2023 - 10:20'.",
    "Location = the city Phổ Yên (a city under the province, the level of a district) for every figure; the wards in the list",
    "(Đồng Tiến, Bãi Bông, Hồng Tiến) lie inside it and are not provinces, cities or districts, so they do not change the location.",
    "Distractors: Kế hoạch số 215/KH-UBND ngày 10/7/2023, Quốc lộ 3, phone. The review window gives the period of the counts.",
    "Paragraphs 2 and 3 (prices; 'Qua rà soát') have no earlier period phrase in their paragraph: no period. 1.874 + 262 = 2.136, but no part-of cue: no total.",
]

build("p893-2", TEXT, FIGS, NOTES, published="2023-09-14", location="Phổ Yên")
