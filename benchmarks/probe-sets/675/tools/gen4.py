"""p675-4: ministry site (Bộ VHTTDL) — Vietnam's 3 UNESCO Global Geoparks, areas, heritage sites, revalidation, new dossiers."""
from lib import F, P, I, CH, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Du lịch / Tin hoạt động

Phát huy giá trị 3 công viên địa chất toàn cầu UNESCO của Việt Nam

24/10/2024 10:15

Việt Nam hiện có 3 công viên địa chất toàn cầu UNESCO với tổng diện tích 10.392,7 km², gồm Cao nguyên đá Đồng Văn ở Hà Giang (2.356,8 km²), Non nước Cao Bằng (3.275,9 km²) và Đắk Nông (4.760 km²). Các công viên này có lần lượt 130, 132 và 65 điểm di sản.

Năm 2023, ba công viên đón khoảng 3,9 triệu lượt khách; tổng thu từ du lịch ước đạt 5.870 tỷ đồng, tăng 27,5% so với năm 2022. Việt Nam đứng thứ hai khu vực Đông Nam Á về số công viên địa chất toàn cầu, sau Indonesia. Tính đến tháng 5/2024, Mạng lưới Công viên địa chất toàn cầu UNESCO có 213 thành viên tại 48 quốc gia.

Theo quy định, mỗi công viên được UNESCO tái thẩm định 4 năm một lần. Trong đợt tái thẩm định gần nhất, Non nước Cao Bằng được giữ "thẻ xanh", còn Đắk Nông nhận "thẻ vàng" với thời hạn 2 năm để khắc phục các khuyến nghị.

Hiện có 2 hồ sơ đang được xây dựng để đề nghị UNESCO công nhận là Công viên địa chất Lạng Sơn và Lý Sơn - Sa Huỳnh (Quảng Ngãi). Riêng Công viên địa chất Lạng Sơn có diện tích khoảng 2.980 km² với 55 điểm di sản.

Chiến lược phát triển du lịch Việt Nam ban hành kèm Quyết định số 147/QĐ-TTg đặt mục tiêu đến năm 2030 có thêm từ 2 đến 3 công viên địa chất được UNESCO công nhận. Tại Hội nghị Mạng lưới Công viên địa chất châu Á - Thái Bình Dương lần thứ 8, đại diện Bộ khẳng định sẽ tiếp tục hỗ trợ các địa phương hoàn thiện hồ sơ.

Bộ Văn hóa, Thể thao và Du lịch - Số 51 Ngô Quyền, Hoàn Kiếm, Hà Nội
Lượt truy cập: 12.604.377
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến tháng 5/2024", None, "2024-05-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Phát huy giá trị 3 công viên", "3", 3, "count", "công viên địa chất toàn cầu UNESCO",
      "công viên địa chất toàn cầu UNESCO của Việt Nam"),
    F("hiện có 3 công viên", "3", 3, "count", "công viên địa chất toàn cầu UNESCO",
      "công viên địa chất toàn cầu UNESCO của Việt Nam"),
    F("diện tích 10.392,7 km²", "10.392,7", 10392.7, "measure", "km²", "tổng diện tích công viên địa chất toàn cầu UNESCO"),
    F("(2.356,8 km²)", "2.356,8", 2356.8, "measure", "km²", "diện tích công viên địa chất toàn cầu UNESCO", total=10392.7,
      location="Hà Giang"),
    F("(3.275,9 km²)", "3.275,9", 3275.9, "measure", "km²", "diện tích công viên địa chất toàn cầu UNESCO", total=10392.7,
      location="Cao Bằng"),
    F("(4.760 km²)", "4.760", 4760, "measure", "km²", "diện tích công viên địa chất toàn cầu UNESCO", total=10392.7, location="Đắk Nông"),
    F("lần lượt 130", "130", 130, "count", "điểm di sản", "điểm di sản của công viên", location="Hà Giang"),
    F("130, 132", "132", 132, "count", "điểm di sản", "điểm di sản của công viên", location="Cao Bằng"),
    F("và 65 điểm di sản", "65", 65, "count", "điểm di sản", "điểm di sản của công viên", location="Đắk Nông"),
    F("ba công viên đón", "ba", 3, "count", "công viên", "công viên địa chất", optional=True),
    F("khoảng 3,9 triệu lượt khách", "3,9", 3900000, "count", "lượt khách", "lượt khách ba công viên đón", Y23,
      approx="about"),
    F("ước đạt 5.870 tỷ đồng", "5.870", 5870000000000, "money", "đồng", "tổng thu từ du lịch", Y23,
      change=CH("increase", 27.5, baseline="năm 2022"), status="estimate"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "số công viên địa chất toàn cầu khu vực Đông Nam Á"),
    F("có 213 thành viên", "213", 213, "count", "thành viên", "thành viên Mạng lưới Công viên địa chất toàn cầu UNESCO",
      ASOF, location=""),
    F("tại 48 quốc gia", "48", 48, "count", "quốc gia", "quốc gia có thành viên Mạng lưới Công viên địa chất toàn cầu UNESCO",
      ASOF, location=""),
    F("4 năm một lần", "4", 4, "measure", "năm", "chu kỳ tái thẩm định", optional=True),
    F("thời hạn 2 năm", "2", 2, "measure", "năm", "thời hạn khắc phục", optional=True, location="Đắk Nông"),
    F("có 2 hồ sơ", "2", 2, "count", "hồ sơ", "hồ sơ đề nghị UNESCO công nhận công viên địa chất"),
    F("khoảng 2.980 km²", "2.980", 2980, "measure", "km²", "diện tích Công viên địa chất Lạng Sơn", approx="about",
      location="Lạng Sơn"),
    F("với 55 điểm di sản", "55", 55, "count", "điểm di sản", "điểm di sản Công viên địa chất Lạng Sơn", location="Lạng Sơn"),
    F("từ 2 đến 3 công viên", "2", 2, "count", "công viên địa chất", "công viên địa chất được UNESCO công nhận thêm", T30,
      value_max=3, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL): Vietnam's three UNESCO Global Geoparks — areas, heritage sites, 2023 visitors, revalidation, new dossiers, 2030 target.",
    "Dateline '24/10/2024 10:15'. National figures are 'Việt Nam'; each geopark's area/sites take its province (Hà Giang named; Cao Bằng and",
    "Đắk Nông through the geopark's name), the Lạng Sơn dossier takes Lạng Sơn. Global network counts (213 members, 48 countries) have no location.",
    "The three areas follow 'gồm' after the 10.392,7 km² whole and add up to it (total). 'ba công viên' restates the 3 (optional).",
    "'đứng thứ hai' is a rank (2). '4 năm một lần' (revalidation cycle) and 'thời hạn 2 năm' are rule/durations: optional.",
    "Not figures: Quyết định số 147/QĐ-TTg, 'lần thứ 8' (conference edition), 'Số 51 Ngô Quyền', 'Lượt truy cập: 12.604.377', dates.",
    "revised: the three bracketed areas take the list's indicator as subject ('diện tích công viên địa chất toàn cầu UNESCO'), per FIGURES.md",
    "'Lists that share one indicator' (the geopark's province is already the location); they named each geopark before.",
]

if __name__ == "__main__":
    emit("p675-4", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Việt Nam")
