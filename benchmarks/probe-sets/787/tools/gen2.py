"""p787-2: district portal (huyện Nam Đàn, Nghệ An): lotus season 2023, seed prices, processing, Làng Sen tourism."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN NAM ĐÀN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Nam Đàn: Mùa sen năm nay cho thu nhập khá
Thứ Ba, 18/07/2023 - 10:20

Thực hiện Nghị quyết số 05-NQ/HU của Huyện ủy về phát triển sản phẩm sen gắn với du lịch, vụ sen năm 2023 toàn huyện Nam Đàn trồng 265 ha, tăng 40 ha so với năm 2022, tập trung chủ yếu ở các xã Kim Liên (82 ha), Nam Cát (46 ha), Hùng Tiến (38 ha) và Xuân Hòa (31 ha). Nhiều diện tích lúa kém hiệu quả đã được chuyển sang trồng sen kết hợp nuôi cá.

Đến ngày 15/7, các hộ đã thu hoạch khoảng 60% diện tích. Năng suất hạt tươi bình quân ước đạt 1,2 tấn/ha. Giá hạt sen tươi đầu vụ lên tới 60.000 đồng/kg, hiện ổn định ở mức 40.000-45.000 đồng/kg; sen khô bóc vỏ bán từ 250.000 đến 300.000 đồng/kg. Sau khi trừ chi phí, mỗi sào sen (500 m2) cho lãi từ 3 đến 4 triệu đồng, cao hơn khoảng 2,5 lần so với cấy lúa.

Xã Kim Liên hiện có 3 cơ sở chế biến trà sen, tâm sen và mứt sen, mỗi năm tiêu thụ khoảng 35 tấn hạt sen. Trong tháng 5/2023, Khu di tích Kim Liên (Quốc lộ 46) đón hơn 310.000 lượt khách về dự Lễ hội Làng Sen, nhiều hộ bán hoa sen, chụp ảnh sen có thu nhập 300.000-500.000 đồng/ngày.

Năm 2024, huyện phấn đấu mở rộng diện tích sen lên 300 ha, xây dựng 2 mô hình sen - cá với quy mô 10 ha/mô hình, hỗ trợ 50% chi phí giống cho hộ chuyển đổi. Người dân có nhu cầu liên hệ Phòng Nông nghiệp và PTNT huyện, điện thoại 0238.3823.105.

Ngọc Anh - Phòng Nông nghiệp và PTNT huyện
"""

Y23 = P("vụ sen năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến ngày 15/7", None, "2023-07-15")
M5 = P("Trong tháng 5/2023", "2023-05-01", "2023-05-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("trồng 265 ha", "265", 265, "measure", "ha", "diện tích trồng sen", Y23,
      change=C("increase", 40, "ha", "năm 2022")),
    F("Kim Liên (82 ha)", "82", 82, "measure", "ha", "diện tích trồng sen", Y23),
    F("Nam Cát (46 ha)", "46", 46, "measure", "ha", "diện tích trồng sen", Y23),
    F("Hùng Tiến (38 ha)", "38", 38, "measure", "ha", "diện tích trồng sen", Y23),
    F("Xuân Hòa (31 ha)", "31", 31, "measure", "ha", "diện tích trồng sen", Y23),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "tỷ lệ diện tích sen đã thu hoạch", ASOF, approx="about"),
    F("ước đạt 1,2 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", "năng suất hạt sen tươi bình quân", I(Y23),
      status="estimate"),
    F("lên tới 60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá hạt sen tươi đầu vụ", I(Y23)),
    F("mức 40.000-45.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá hạt sen tươi", value_max=45000),
    F("từ 250.000 đến 300.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá sen khô bóc vỏ", I(Y23),
      value_max=300000),
    F("(500 m2)", "500", 500, "measure", "m2", "diện tích một sào", optional=True),
    F("lãi từ 3 đến 4 triệu đồng", "3", 3e6, "money", "đồng/sào", "lãi mỗi sào sen", I(Y23), value_max=4e6,
      change=C("increase", 2.5, "lần", "cấy lúa", approx="about")),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chế biến trà sen, tâm sen và mứt sen"),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", "hạt sen tiêu thụ mỗi năm của các cơ sở chế biến",
      approx="about"),
    F("hơn 310.000 lượt khách", "310.000", 310000, "count", "lượt khách", "lượt khách về dự Lễ hội Làng Sen", M5,
      approx="over"),
    F("300.000-500.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", "thu nhập của hộ bán hoa sen, chụp ảnh sen",
      M5, value_max=500000),
    F("lên 300 ha", "300", 300, "measure", "ha", "diện tích sen", Y24, status="target"),
    F("xây dựng 2 mô hình", "2", 2, "count", "mô hình", "mô hình sen - cá", Y24, status="target"),
    F("10 ha/mô hình", "10", 10, "measure", "ha/mô hình", "quy mô mô hình sen - cá", Y24, status="target"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "tỷ lệ hỗ trợ chi phí giống cho hộ chuyển đổi", Y24,
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Nam Đàn (Nghệ An): vụ sen 2023, giá hạt sen, chế biến, Lễ hội Làng Sen, kế hoạch 2024.",
    "Location is the district for every figure (the communes Kim Liên, Nam Cát, ... lie in it; the spec's places stop at district).",
    "'hiện ổn định ở mức' gives no period; '(500 m2)' defines a sào: optional. 'cao hơn khoảng 2,5 lần so với cấy lúa' is the change of the lãi range.",
    "Distractors: Nghị quyết số 05-NQ/HU, Thứ Ba, 10:20, Quốc lộ 46, phone 0238.3823.105, dates 18/07/2023 and 15/7.",
]

write(2, TEXT, FIGS, NOTES, published="2023-07-18", location="Nam Đàn")
