"""p933-4: ministry site (Bộ VHTTDL) — national review of street naming and house numbering."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin hoạt động > Văn hóa cơ sở
Ngày đăng: 22/08/2023 | Lượt xem: 1.207

Tổng kết 18 năm thực hiện quy chế đặt tên, đổi tên đường, phố và công trình công cộng

Ngày 21/8, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết thực hiện Nghị định số 91/2005/NĐ-CP và Thông tư số 36/2006/TT-BVHTT. Đây là lần thứ 3 Bộ tổ chức tổng kết chuyên đề này.

Theo báo cáo của Cục Văn hóa cơ sở, tính đến 30/6/2023, cả nước có 62/63 tỉnh, thành phố đã ban hành quy chế đặt tên, đổi tên đường, phố và công trình công cộng; 58 địa phương đã xây dựng ngân hàng tên đường. Toàn quốc đã có khoảng 61.400 tuyến đường, phố và hơn 5.200 công trình công cộng được đặt tên.

Số tuyến đường, phố được đặt tên gấp 2,3 lần so với năm 2005. Các địa phương có nhiều tuyến đường, phố được đặt tên nhất lần lượt là TP. Hồ Chí Minh (4.726 tuyến), Hà Nội (1.948 tuyến) và Hải Phòng (1.102 tuyến).

Tuy nhiên, tỷ lệ tuyến đường đô thị được đặt tên bình quân mới đạt khoảng 63%; tại 14 tỉnh miền núi, tỷ lệ này dưới 40%. Cả nước vẫn còn trên 1.300 trường hợp trùng tên đường trong cùng một đô thị và 217 tên đường phải đổi do không phù hợp.

Về gắn biển số nhà theo Quyết định số 05/2006/QĐ-BXD, theo số liệu của Bộ Xây dựng, đến nay cả nước đã gắn khoảng 14,8 triệu biển số nhà, chiếm 82% số nhà ở tại đô thị.

Mục tiêu đến năm 2030, 100% đô thị loại IV trở lên hoàn thành đặt tên đường, phố; tỷ lệ nhà ở đô thị có biển số đạt trên 95%.

Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến 30/6/2023", end="2023-06-30")
Y2030 = P("đến năm 2030", end="2030-12-31")
FIGS = [
    F("Tổng kết 18 năm", "18", 18, "measure", "năm", "thời gian thực hiện quy chế đặt tên", optional=True),
    F("62/63 tỉnh", "62", 62, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành quy chế đặt tên, đổi tên đường, phố và công trình công cộng", ASOF, total=63),
    F("58 địa phương", "58", 58, "count", "địa phương", "địa phương đã xây dựng ngân hàng tên đường", ASOF),
    F("khoảng 61.400 tuyến", "61.400", 61400, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên",
      I(ASOF), approx="about"),
    F("hơn 5.200 công trình", "5.200", 5200, "count", "công trình công cộng", "công trình công cộng được đặt tên",
      I(ASOF), approx="over"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "số tuyến đường, phố được đặt tên so với năm 2005"),
    F("(4.726 tuyến)", "4.726", 4726, "count", "tuyến", "tuyến đường, phố được đặt tên", I(ASOF),
      location="TP. Hồ Chí Minh"),
    F("(1.948 tuyến)", "1.948", 1948, "count", "tuyến", "tuyến đường, phố được đặt tên", I(ASOF), location="Hà Nội"),
    F("(1.102 tuyến)", "1.102", 1102, "count", "tuyến", "tuyến đường, phố được đặt tên", I(ASOF), location="Hải Phòng"),
    F("khoảng 63%", "63", 63, "percent", "%", "tỷ lệ tuyến đường đô thị được đặt tên bình quân", I(ASOF), approx="about"),
    F("14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi có tỷ lệ tuyến đường đô thị được đặt tên dưới 40%", I(ASOF)),
    F("dưới 40%", "40", 40, "percent", "%", "tỷ lệ tuyến đường đô thị được đặt tên tại tỉnh miền núi", I(ASOF), approx="under"),
    F("trên 1.300 trường hợp", "1.300", 1300, "count", "trường hợp", "trường hợp trùng tên đường trong cùng một đô thị",
      I(ASOF), approx="over"),
    F("217 tên đường", "217", 217, "count", "tên đường", "tên đường phải đổi do không phù hợp", I(ASOF)),
    F("khoảng 14,8 triệu", "14,8", 14.8e6, "count", "biển số nhà", "biển số nhà đã gắn",
      P("đến nay", end="2023-08-22"), approx="about", percent=82),
    F("2030, 100%", "100", 100, "percent", "%", "đô thị loại IV trở lên hoàn thành đặt tên đường, phố", Y2030,
      status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ nhà ở đô thị có biển số", Y2030, approx="over", status="target"),
]

HEADER = [
    "Ministry site (Bộ VHTTDL), Ngày đăng 22/08/2023: national review of street naming and house numbering. Location Việt Nam.",
    "'Tổng kết 18 năm' names the event (a duration): optional. 'gấp 2,3 lần so với năm 2005' standing as its own sentence: multiple.",
    "'lần lượt' list: each province item is a figure with the list's indicator; the province is its location.",
    "'14 tỉnh miền núi' is a national count of provinces (Việt Nam). 'dưới 40%' is a percent figure with approx under.",
    "Distractors: Nghị định số 91/2005/NĐ-CP, Thông tư số 36/2006/TT-BVHTT, Quyết định số 05/2006/QĐ-BXD, lần thứ 3, ngày 21/8,",
    "đô thị loại IV, 51 Ngô Quyền, 024.3943.8231, Lượt xem: 1.207, năm 2005 (baseline).",
]

write("p933-4", TEXT, HEADER, FIGS, published="2023-08-22", location="Việt Nam")
