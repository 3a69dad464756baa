"""p1108-2: district portal of Thanh Miện (Hải Dương) - Chi Lăng Nam stork island."""
from lib import F, P, I, C, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH MIỆN
Tin hoạt động xã, thị trấn
Đảo cò Chi Lăng Nam đón khách trở lại
22/05/2023 15:40

Sau thời gian tạm dừng để tu bổ, Khu du lịch sinh thái Đảo cò Chi Lăng Nam đã mở cửa đón khách trở lại. Theo UBND xã Chi Lăng Nam, từ đầu năm đến nay, đảo cò đón khoảng 8.200 lượt khách, tăng 35% so với cùng kỳ năm 2022, đạt 41% kế hoạch năm; trong đó có gần 300 lượt khách nước ngoài. Với giá vé 20.000 đồng/lượt, doanh thu từ bán vé ước đạt 164 triệu đồng.

Đảo cò nằm giữa hồ nước rộng khoảng 2,6 ha, cách trung tâm huyện 7 km, cách Hà Nội khoảng 70 km. Qua đợt khảo sát tháng 4/2023, trên đảo có 15 loài chim, chủ yếu là cò trắng, cò ruồi, cò bợ, vạc và diệc xám, với số lượng ước tính từ 12.000 đến 15.000 cá thể. Vào mùa sinh sản, mật độ tổ chim có nơi đạt 8-10 tổ/cây.

Để bảo vệ đàn chim, xã bố trí 6 người trông coi thường xuyên, chi trả 3,5 triệu đồng/người/tháng; đồng thời vận động 100% hộ dân quanh hồ cam kết không săn bắt chim. Năm 2022, công an xã phát hiện 2 trường hợp dùng súng hơi bắn chim, xử phạt tổng cộng 15 triệu đồng.

Năm 2023, xã phấn đấu đón 20.000 lượt khách. Huyện dự kiến đầu tư khoảng 3,5 tỷ đồng để nâng cấp tuyến đường vào đảo cò từ đường tỉnh 392 và xây dựng nhà chờ, bến thuyền theo Quyết định số 1215/QĐ-UBND của UBND huyện.

Tác giả: Thu Hà (Trung tâm Văn hóa - Thông tin huyện)
"""

SINCE = P("từ đầu năm đến nay", "2023-01-01", "2023-05-22")
APR = P("tháng 4/2023", "2023-04-01", "2023-04-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("khoảng 8.200 lượt khách", "8.200", 8200, "count", "lượt khách", "lượt khách đến đảo cò", SINCE,
      approx="about", percent=41, change=C("increase", 35, "%", "cùng kỳ năm 2022")),
    F("gần 300 lượt khách", "300", 300, "count", "lượt khách", "lượt khách nước ngoài", SINCE,
      approx="nearly", total=8200),
    F("giá vé 20.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "giá vé"),
    F("ước đạt 164 triệu đồng", "164", 164000000, "money", "đồng", "doanh thu từ bán vé", I(SINCE), status="estimate"),
    F("khoảng 2,6 ha", "2,6", 2.6, "measure", "ha", "diện tích hồ nước quanh đảo cò", approx="about"),
    F("huyện 7 km", "7", 7, "measure", "km", "khoảng cách từ đảo cò đến trung tâm huyện"),
    F("khoảng 70 km", "70", 70, "measure", "km", "khoảng cách từ đảo cò đến Hà Nội", approx="about"),
    F("có 15 loài chim", "15", 15, "count", "loài", "loài chim trên đảo", APR),
    F("từ 12.000 đến 15.000 cá thể", "12.000", 12000, "count", "cá thể", "số lượng chim trên đảo", APR,
      value_max=15000, status="estimate"),
    F("đạt 8-10 tổ/cây", "8", 8, "measure", "tổ/cây", "mật độ tổ chim", value_max=10),
    F("bố trí 6 người", "6", 6, "count", "người", "người trông coi đảo cò"),
    F("chi trả 3,5 triệu đồng/người/tháng", "3,5", 3500000, "money", "đồng/người/tháng", "mức chi trả cho người trông coi"),
    F("vận động 100% hộ dân", "100", 100, "percent", "%", "hộ dân quanh hồ cam kết không săn bắt chim"),
    F("phát hiện 2 trường hợp", "2", 2, "count", "trường hợp", "trường hợp dùng súng hơi bắn chim", Y22),
    F("tổng cộng 15 triệu đồng", "15", 15000000, "money", "đồng", "tiền xử phạt", Y22),
    F("đón 20.000 lượt khách", "20.000", 20000, "count", "lượt khách", "lượt khách đến đảo cò", Y23, status="target"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3500000000, "money", "đồng", "vốn đầu tư nâng cấp tuyến đường vào đảo cò, nhà chờ, bến thuyền",
      approx="about", status="forecast"),
]

NOTES = [
    "District portal of Thanh Miện (Hải Dương); dateline 22/05/2023 15:40, author at the end. Location: the district (xã Chi Lăng Nam lies in it).",
    "'từ đầu năm đến nay' = 2023-01-01..2023-05-22. 'đạt 41% kế hoạch năm' is the percent of 8.200 lượt khách; 300 foreign visitors after 'trong đó' -> total 8.200.",
    "'ước tính từ 12.000 đến 15.000 cá thể' is a range with status estimate. Distances to the district centre and to Hà Nội describe the island: location Thanh Miện.",
    "Distractors: 22/05/2023 15:40, đường tỉnh 392, Quyết định số 1215/QĐ-UBND.",
]

build("p1108-2", TEXT, FIGS, NOTES, published="2023-05-22", location="Thanh Miện")
