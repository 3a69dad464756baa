"""p806-4: Cục Du lịch Quốc gia Việt Nam (central agency site), national adventure tourism 2024."""
from lib import F, P, I, C, build

TEXT = """CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Tin du lịch
Du lịch mạo hiểm năm 2024: hơn 1,3 triệu lượt khách trải nghiệm
Ngày đăng: 20/03/2025 | Lượt xem: 1.146
(TITC) - Theo báo cáo tổng hợp của Cục Du lịch Quốc gia Việt Nam, năm 2024 cả nước có 412 doanh nghiệp, hộ kinh doanh cung cấp dịch vụ du lịch mạo hiểm tại 38 tỉnh, thành phố, phục vụ hơn 1,3 triệu lượt khách, tăng 22% so với năm 2023; doanh thu ước đạt khoảng 1.650 tỷ đồng.
Trong đó, trekking và leo núi vẫn là loại hình thu hút đông khách nhất với khoảng 780.000 lượt, chiếm 60%; dù lượn đạt 96.000 lượt bay; khinh khí cầu đạt 41.500 lượt khách, gấp 1,8 lần năm 2023. Các địa phương dẫn đầu về lượt khách du lịch mạo hiểm là Lâm Đồng (352.000 lượt), Lào Cai (241.000 lượt), Khánh Hòa (128.000 lượt) và Hà Giang (97.000 lượt).
Về an toàn, năm 2024 cả nước ghi nhận 27 sự cố trong hoạt động du lịch mạo hiểm, giảm 9 vụ so với năm 2023, làm 6 người tử vong và 31 người bị thương. Nguyên nhân chủ yếu do thời tiết thay đổi đột ngột (chiếm khoảng 45% số vụ) và du khách không tuân thủ hướng dẫn.
Thực hiện Luật Du lịch 2017 và Thông tư số 06/2017/TT-BVHTTDL, Cục đã phối hợp với các địa phương tổ chức 14 lớp tập huấn cho hơn 1.100 học viên là hướng dẫn viên, nhân viên cứu hộ.
Năm 2025, Cục đặt mục tiêu 100% đơn vị kinh doanh dịch vụ du lịch mạo hiểm được công bố đủ điều kiện an toàn; dự kiến lượt khách du lịch mạo hiểm đạt khoảng 1,5 triệu lượt, doanh thu toàn ngành khoảng 2.000 tỷ đồng.
Cục Du lịch Quốc gia Việt Nam - Địa chỉ: 80 Quán Sứ, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.3760
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = I(Y24)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "lượt khách du lịch mạo hiểm"

FIGS = [
    F("hơn 1,3 triệu lượt khách trải nghiệm", "1,3", 1300000, "count", "lượt khách",
      "lượt khách trải nghiệm du lịch mạo hiểm", P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("có 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp, hộ kinh doanh",
      "doanh nghiệp, hộ kinh doanh cung cấp dịch vụ du lịch mạo hiểm", Y24),
    F("tại 38 tỉnh", "38", 38, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có dịch vụ du lịch mạo hiểm", Y24),
    F("phục vụ hơn 1,3 triệu lượt khách", "1,3", 1300000, "count", "lượt khách",
      "lượt khách du lịch mạo hiểm được phục vụ", Y24, approx="over",
      change=C("increase", 22, "%", "năm 2023")),
    F("khoảng 1.650 tỷ đồng", "1.650", 1650000000000, "money", "đồng",
      "doanh thu du lịch mạo hiểm", Y24, approx="about", status="estimate"),
    F("khoảng 780.000 lượt", "780.000", 780000, "count", "lượt",
      "lượt khách trekking và leo núi", Y24i, approx="about", total=1300000, percent=60),
    F("đạt 96.000 lượt bay", "96.000", 96000, "count", "lượt bay", "lượt bay dù lượn", Y24i),
    F("đạt 41.500 lượt khách", "41.500", 41500, "count", "lượt khách", "lượt khách khinh khí cầu",
      Y24i, total=1300000, change=C("increase", 1.8, "lần", "năm 2023")),
    F("Lâm Đồng (352.000 lượt)", "352.000", 352000, "count", "lượt", SUBJ, Y24i, location="Lâm Đồng"),
    F("Lào Cai (241.000 lượt)", "241.000", 241000, "count", "lượt", SUBJ, Y24i, location="Lào Cai"),
    F("Khánh Hòa (128.000 lượt)", "128.000", 128000, "count", "lượt", SUBJ, Y24i, location="Khánh Hòa"),
    F("Hà Giang (97.000 lượt)", "97.000", 97000, "count", "lượt", SUBJ, Y24i, location="Hà Giang"),
    F("ghi nhận 27 sự cố", "27", 27, "count", "sự cố", "sự cố trong hoạt động du lịch mạo hiểm", Y24,
      change=C("decrease", 9, "vụ", "năm 2023")),
    F("làm 6 người tử vong", "6", 6, "count", "người", "người tử vong do sự cố du lịch mạo hiểm", Y24),
    F("và 31 người bị thương", "31", 31, "count", "người", "người bị thương do sự cố du lịch mạo hiểm", Y24),
    F("chiếm khoảng 45% số vụ", "45", 45, "percent", "%",
      "sự cố do thời tiết thay đổi đột ngột", Y24i, approx="about"),
    F("tổ chức 14 lớp tập huấn", "14", 14, "count", "lớp tập huấn", "lớp tập huấn hướng dẫn viên, nhân viên cứu hộ", Y24i),
    F("hơn 1.100 học viên", "1.100", 1100, "count", "học viên", "học viên được tập huấn", Y24i, approx="over"),
    F("mục tiêu 100% đơn vị", "100", 100, "percent", "%",
      "đơn vị kinh doanh dịch vụ du lịch mạo hiểm được công bố đủ điều kiện an toàn", Y25, status="target"),
    F("khoảng 1,5 triệu lượt", "1,5", 1500000, "count", "lượt", SUBJ, Y25, approx="about", status="forecast"),
    F("khoảng 2.000 tỷ đồng", "2.000", 2000000000000, "money", "đồng", "doanh thu toàn ngành du lịch mạo hiểm",
      Y25, approx="about", status="forecast"),
]

NOTES = [
    "Cục Du lịch Quốc gia Việt Nam site: national adventure tourism 2024 (location Việt Nam); top-province list in brackets",
    "gives those provinces as locations. 96.000 lượt bay counts flights, not visitors, so it is no part of the 1,3 triệu lượt khách;",
    "780.000 and 41.500 lượt khách after 'Trong đó' take total 1.300.000. 'gấp 1,8 lần năm 2023' is the change of 41.500.",
    "Headline 'năm 2024' is in the headline sentence: scored. 'ước đạt khoảng' -> estimate, approx about.",
    "Distractors: Ngày đăng 20/03/2025, Lượt xem 1.146, Luật Du lịch 2017, Thông tư số 06/2017/TT-BVHTTDL, 80 Quán Sứ, phone.",
]

build("p806-4", TEXT, FIGS, NOTES, published="2025-03-20", location="Việt Nam")
