"""p675-1: Hà Giang province portal — Cao nguyên đá Đồng Văn geopark, visitors and revenue, H1/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Cao nguyên đá Đồng Văn đón hơn 1,4 triệu lượt khách trong 6 tháng đầu năm

Cập nhật: 08/07/2024 16:42 | Lượt xem: 3.582

Theo Ban Quản lý Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn, 6 tháng đầu năm 2024, các điểm du lịch trong vùng công viên đã đón hơn 1,4 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 58,3% kế hoạch năm. Trong đó, khách quốc tế ước đạt 112.450 lượt, chiếm khoảng 8%. Tổng thu từ du lịch ước đạt 2.165,4 tỷ đồng, tăng 21,2% so với cùng kỳ. Mức chi tiêu bình quân đạt khoảng 1,55 triệu đồng/lượt khách.

Dẫn đầu về lượng khách là các huyện Đồng Văn, Mèo Vạc, Quản Bạ và Yên Minh với lần lượt 512.300, 386.700, 298.500 và 204.100 lượt.

Công viên địa chất có diện tích 2.356,8 km², trải trên 4 huyện vùng cao của tỉnh Hà Giang, với 130 điểm di sản địa chất, trong đó 41 điểm có giá trị quốc tế và quốc gia. Toàn vùng có hơn 5.200 phòng ở 486 cơ sở lưu trú, trong đó 213 cơ sở là homestay do người dân địa phương vận hành.

Từ đầu năm đến nay, Ban Quản lý đã bố trí 3,75 tỷ đồng cho công tác bảo tồn, lắp đặt biển chỉ dẫn tại 26 điểm di sản dọc Quốc lộ 4C. Năm 2024, tỉnh phấn đấu đón 2,4 triệu lượt khách đến vùng công viên, doanh thu du lịch đạt 4.500 tỷ đồng.

Thực hiện Quyết định số 1352/QĐ-UBND, du khách có thể liên hệ Trung tâm Thông tin xúc tiến du lịch qua số điện thoại 0219.3866.488 để được hỗ trợ.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 1,4 triệu lượt khách trong", "1,4", 1400000, "count", "lượt khách",
      "lượt khách đến Cao nguyên đá Đồng Văn", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("đã đón hơn 1,4 triệu lượt khách", "1,4", 1400000, "count", "lượt khách",
      "lượt khách đến các điểm du lịch trong vùng công viên", H1, approx="over",
      percent=58.3, change=CH("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("ước đạt 112.450 lượt", "112.450", 112450, "count", "lượt", "khách quốc tế", H1i,
      total=1400000, percent=8, status="estimate"),
    F("ước đạt 2.165,4 tỷ đồng", "2.165,4", 2165400000000, "money", "đồng", "tổng thu từ du lịch", H1i,
      change=CH("increase", 21.2, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 1,55 triệu đồng/lượt khách", "1,55", 1550000, "money", "đồng/lượt khách",
      "mức chi tiêu bình quân", approx="about"),
    F("lần lượt 512.300", "512.300", 512300, "count", "lượt", "lượng khách", H1i, location="Đồng Văn"),
    F("512.300, 386.700", "386.700", 386700, "count", "lượt", "lượng khách", H1i, location="Mèo Vạc"),
    F("386.700, 298.500", "298.500", 298500, "count", "lượt", "lượng khách", H1i, location="Quản Bạ"),
    F("và 204.100 lượt", "204.100", 204100, "count", "lượt", "lượng khách", H1i, location="Yên Minh"),
    F("diện tích 2.356,8 km²", "2.356,8", 2356.8, "measure", "km²", "diện tích công viên địa chất"),
    F("trải trên 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao công viên địa chất trải trên"),
    F("với 130 điểm di sản", "130", 130, "count", "điểm di sản địa chất", "điểm di sản địa chất"),
    F("trong đó 41 điểm", "41", 41, "count", "điểm", "điểm di sản có giá trị quốc tế và quốc gia", total=130),
    F("hơn 5.200 phòng", "5.200", 5200, "count", "phòng", "phòng lưu trú toàn vùng", approx="over"),
    F("ở 486 cơ sở lưu trú", "486", 486, "count", "cơ sở lưu trú", "cơ sở lưu trú toàn vùng"),
    F("trong đó 213 cơ sở", "213", 213, "count", "cơ sở", "cơ sở homestay do người dân địa phương vận hành",
      total=486),
    F("bố trí 3,75 tỷ đồng", "3,75", 3750000000, "money", "đồng", "kinh phí bố trí cho công tác bảo tồn", SINCE),
    F("tại 26 điểm di sản", "26", 26, "count", "điểm di sản", "điểm di sản được lắp đặt biển chỉ dẫn", SINCE),
    F("phấn đấu đón 2,4 triệu lượt khách", "2,4", 2400000, "count", "lượt khách",
      "lượt khách đến vùng công viên", Y24, status="target"),
    F("đạt 4.500 tỷ đồng", "4.500", 4500000000000, "money", "đồng", "doanh thu du lịch", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang: Cao nguyên đá Đồng Văn geopark — visitors, revenue, districts, heritage sites, lodging, H1/2024.",
    "Dateline 'Cập nhật: 08/07/2024 16:42'; 'Lượt xem: 3.582', 'Quốc lộ 4C', 'Quyết định số 1352/QĐ-UBND', the phone number are not figures.",
    "Geopark-wide figures are located in Hà Giang (named: 'tỉnh Hà Giang'); the 'lần lượt' district list takes each district as location.",
    "'trải trên 4 huyện': 'trên' means 'across' here, not 'over' (approx exact). 213 homestays follow 'trong đó' after 486 cơ sở (total).",
    "112.450 (ước đạt) is part of the 1,4 triệu whole (trong đó), share 8%; 'đạt 58,3% kế hoạch năm' is the whole's percent.",
    "Headline '6 tháng đầu năm' has no year: it takes 2024 from the dateline (no earlier dated phrase).",
]

if __name__ == "__main__":
    emit("p675-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Hà Giang")
