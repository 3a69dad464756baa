"""p1027-6: national newspaper, Cơ Tu brocade of Đông Giang (Quảng Nam), March 2025."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Dân tộc - Tôn giáo
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Thổ cẩm Cơ Tu đính cườm theo chân du khách ra nước ngoài

Tổ dệt thổ cẩm ở làng Zơ Ra, huyện Đông Giang, Quảng Nam bán hơn 3.000 sản phẩm trong năm 2024, một phần xuất sang châu Âu và Nhật Bản.

Làng Zơ Ra nằm bên Quốc lộ 14G, nơi tổ dệt do bà Alăng Thị Mai làm tổ trưởng hiện có 45 thợ, đều là phụ nữ Cơ Tu từ 18 đến 65 tuổi. Năm 2024, tổ bán ra hơn 3.000 sản phẩm, doanh thu khoảng 1,2 tỷ đồng, tăng 25% so với năm 2023; trong đó hàng xuất sang Pháp, Nhật Bản và Mỹ chiếm 35%.

Mỗi tấm thổ cẩm khổ 40 cm, dài 2 m được bán với giá 1,5-2 triệu đồng, chiếc váy đính cườm giá 5 triệu đồng. Một thợ lành nghề dệt xong tấm vải như vậy mất khoảng một tuần. Thu nhập của thợ dệt từ 3 đến 4,5 triệu đồng/tháng.

Theo Sở Văn hóa, Thể thao và Du lịch Quảng Nam, toàn tỉnh có 6 làng nghề dệt thổ cẩm của đồng bào Cơ Tu, Giẻ Triêng, Co với khoảng 520 lao động. Giai đoạn 2021-2024, tỉnh chi 9,8 tỷ đồng mở 35 lớp truyền nghề cho 1.050 học viên và hỗ trợ 2.400 bộ trang phục cho các đội văn nghệ. Tỉnh phấn đấu đến năm 2030 có 10 sản phẩm thổ cẩm đạt chuẩn OCOP từ 3 sao trở lên.

Cả nước có 53 dân tộc thiểu số với khoảng 14,1 triệu người, phần lớn có nghề dệt hoặc thêu trang phục riêng. Theo Bộ Dân tộc và Tôn giáo, số người biết dệt đang giảm nhanh, nhiều nơi chỉ còn dưới 10% phụ nữ trẻ biết dệt.

Đắc Thành
"""

Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
GD = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
DG = "Đông Giang"
VN = "Việt Nam"

FIGS = [
    F("bán hơn 3.000 sản phẩm", "3.000", 3000, "count", "sản phẩm", "sản phẩm tổ dệt bán ra", Y24s,
      approx="over", location=DG),
    F("có 45 thợ", "45", 45, "count", "thợ", "thợ của tổ dệt", location=DG),
    F("từ 18 đến 65 tuổi", "18", 18, "measure", "tuổi", "độ tuổi thợ dệt", value_max=65, optional=True,
      location=DG),
    F("bán ra hơn 3.000 sản phẩm", "3.000", 3000, "count", "sản phẩm", "sản phẩm tổ dệt bán ra", Y24,
      approx="over", location=DG),
    F("khoảng 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "doanh thu của tổ dệt", Y24, approx="about",
      change=C("increase", 25, "%", "năm 2023"), location=DG),
    F("chiếm 35%", "35", 35, "percent", "%", "hàng xuất sang Pháp, Nhật Bản và Mỹ", Y24, location=DG),
    F("khổ 40 cm", "40", 40, "measure", "cm", "khổ tấm thổ cẩm", optional=True, location=DG),
    F("dài 2 m", "2", 2, "measure", "m", "chiều dài tấm thổ cẩm", optional=True, location=DG),
    F("giá 1,5-2 triệu đồng", "1,5", 1_500_000, "money", "đồng", "giá mỗi tấm thổ cẩm", value_max=2_000_000,
      location=DG),
    F("giá 5 triệu đồng", "5", 5_000_000, "money", "đồng", "giá chiếc váy đính cườm", location=DG),
    F("khoảng một tuần", "một", 1, "measure", "tuần", "thời gian dệt xong một tấm vải", approx="about",
      location=DG),
    F("từ 3 đến 4,5 triệu", "3", 3_000_000, "money", "đồng/tháng", "thu nhập của thợ dệt", value_max=4_500_000,
      location=DG),
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề dệt thổ cẩm", location="Quảng Nam"),
    F("khoảng 520 lao động", "520", 520, "count", "lao động", "lao động làng nghề dệt thổ cẩm", approx="about",
      location="Quảng Nam"),
    F("chi 9,8 tỷ đồng", "9,8", 9_800_000_000, "money", "đồng", "kinh phí tỉnh chi mở lớp, hỗ trợ trang phục", GD,
      location="Quảng Nam"),
    F("mở 35 lớp", "35", 35, "count", "lớp", "lớp truyền nghề", GD, location="Quảng Nam"),
    F("cho 1.050 học viên", "1.050", 1050, "count", "học viên", "học viên lớp truyền nghề", GD, location="Quảng Nam"),
    F("hỗ trợ 2.400 bộ", "2.400", 2400, "count", "bộ trang phục", "bộ trang phục hỗ trợ cho các đội văn nghệ", GD,
      location="Quảng Nam"),
    F("có 10 sản phẩm", "10", 10, "count", "sản phẩm", "sản phẩm thổ cẩm đạt chuẩn OCOP từ 3 sao trở lên", T30,
      status="target", location="Quảng Nam"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng OCOP", optional=True, location="Quảng Nam"),
    F("có 53 dân tộc", "53", 53, "count", "dân tộc thiểu số", "dân tộc thiểu số", location=VN),
    F("khoảng 14,1 triệu người", "14,1", 14_100_000, "count", "người", "người dân tộc thiểu số", approx="about",
      location=VN),
    F("dưới 10%", "10", 10, "percent", "%", "phụ nữ trẻ biết dệt", approx="under", location=VN),
]

NOTES = [
    "National newspaper: Cơ Tu brocade of làng Zơ Ra (huyện Đông Giang, Quảng Nam) — sales, exports, prices, income; province and national context.",
    "'Chủ nhật, 16/3/2025, 07:30 (GMT+7)' gives published. 'Quốc lộ 14G', 'Alăng Thị Mai', '07:30' are not figures.",
    "The sapo restates the body's 3.000 products: both are figures. 'từ 18 đến 65 tuổi' (a category), the cloth's size 'khổ 40 cm, dài 2 m'",
    "and the OCOP class '3 sao' are optional. 'khoảng một tuần' is a number word: a measure of 1 tuần.",
    "'trong đó hàng xuất ... chiếm 35%' is a share with no base amount: a percent figure of its own; foreign buyers are not its place.",
    "Locations: the weaving group Đông Giang, provincial figures Quảng Nam, 'Cả nước' and the ministry's statement Việt Nam.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-16", location="Quảng Nam")
