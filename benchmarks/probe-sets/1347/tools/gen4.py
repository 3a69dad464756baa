"""p1347-4: provincial newspaper (Báo Quảng Bình): a farmer raising cá chạch sụn in tarpaulin tanks, Lệ Thủy."""
from lib import F, P, INH, CHG, TGT, write

TEXT = """BÁO QUẢNG BÌNH ĐIỆN TỬ
Kinh tế | Nông nghiệp

Thứ Sáu, 14/03/2025 | 07:45

Làm giàu từ nuôi cá chạch sụn trong bể lót bạt

Chỉ với 12 bể lót bạt trên diện tích khoảng 400 m2 sau nhà, mỗi năm anh Võ Đình Hưng ở thôn 3, xã Phong Thủy (huyện Lệ Thủy) thu về hơn 300 triệu đồng tiền lãi.

(QBĐT) - Năm 2020, sau nhiều năm làm thợ xây ở miền Nam, anh Hưng về quê vay 150 triệu đồng đầu tư 4 bể nuôi thử cá chạch sụn. Hiện trang trại của anh nằm cạnh Quốc lộ 1A, có 12 bể, mỗi bể rộng 30 m2, thả từ 3.000 đến 3.500 con giống.

"Cá chạch sụn dễ nuôi nhưng phải giữ nước sạch, nhiệt độ từ 25 đến 30 độ C. Thời gian nuôi khoảng 5 tháng, cá đạt cỡ 25-30 con/kg thì xuất bán", anh Hưng chia sẻ.

Năm 2024, anh Hưng xuất bán 2 lứa với tổng sản lượng 4,8 tấn cá thương phẩm; với giá bình quân 190.000 đồng/kg, trừ chi phí, anh lãi khoảng 320 triệu đồng. Ngoài ra, anh còn ươm và cung cấp cho thị trường gần 200 nghìn con giống, giải quyết việc làm cho 3 lao động địa phương với mức lương 6 triệu đồng/người/tháng.

Theo Phòng Nông nghiệp và PTNT huyện Lệ Thủy, toàn huyện hiện có 27 hộ nuôi cá chạch sụn, gồm 19 hộ nuôi trong bể lót bạt và 8 hộ nuôi trong bể xi măng. Sản lượng năm 2024 của huyện đạt 32 tấn, tăng gần 40% so với năm 2023. Huyện đang hỗ trợ xây dựng sản phẩm "Chạch sụn Lệ Thủy" tham gia Chương trình OCOP, phấn đấu đạt 3 sao trong năm 2025.

HOÀNG TÂM
"""

Y20 = P("Năm 2020", "2020-01-01", "2020-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Chỉ với 12 bể", "12", 12, "count", "bể lót bạt", subject="bể lót bạt nuôi cá chạch sụn của anh Võ Đình Hưng"),
    F("khoảng 400 m2", "400", 400, "measure", "m2", approx="about", subject="diện tích đặt bể sau nhà"),
    F("hơn 300 triệu", "300", 300e6, "money", "đồng/năm", approx="over", subject="tiền lãi anh Hưng thu về mỗi năm"),
    F("vay 150 triệu", "150", 150e6, "money", "đồng", subject="tiền anh Hưng vay đầu tư", period=Y20),
    F("đầu tư 4 bể", "4", 4, "count", "bể", subject="bể nuôi thử cá chạch sụn", period=Y20),
    F("có 12 bể", "12", 12, "count", "bể", subject="bể của trang trại"),
    F("rộng 30 m2", "30", 30, "measure", "m2", subject="diện tích mỗi bể"),
    F("từ 3.000 đến 3.500", "3.000", 3000, "count", "con giống", value_max=3500, subject="con giống thả mỗi bể"),
    F("từ 25 đến 30 độ", "25", 25, "measure", "độ C", value_max=30, subject="nhiệt độ nước nuôi cá chạch sụn"),
    F("khoảng 5 tháng", "5", 5, "measure", "tháng", approx="about", subject="thời gian nuôi"),
    F("cỡ 25-30 con/kg", "25", 25, "measure", "con/kg", value_max=30, subject="cỡ cá xuất bán"),
    F("xuất bán 2 lứa", "2", 2, "count", "lứa", subject="lứa cá anh Hưng xuất bán", period=Y24),
    F("sản lượng 4,8 tấn", "4,8", 4.8, "measure", "tấn", subject="tổng sản lượng cá thương phẩm", period=Y24),
    F("bình quân 190.000", "190.000", 190000, "money", "đồng/kg", subject="giá bình quân", period=Y24),
    F("lãi khoảng 320 triệu", "320", 320e6, "money", "đồng", approx="about", subject="lãi của anh Hưng", period=Y24),
    F("gần 200 nghìn", "200", 200000, "count", "con giống", approx="nearly",
      subject="con giống anh Hưng ươm và cung cấp cho thị trường", period=INH(Y24)),
    F("cho 3 lao động", "3", 3, "count", "lao động", subject="lao động địa phương được giải quyết việc làm",
      period=INH(Y24)),
    F("lương 6 triệu", "6", 6e6, "money", "đồng/người/tháng", subject="mức lương lao động", period=INH(Y24)),
    F("có 27 hộ", "27", 27, "count", "hộ", subject="hộ nuôi cá chạch sụn"),
    F("gồm 19 hộ", "19", 19, "count", "hộ", total=27, subject="hộ nuôi trong bể lót bạt"),
    F("và 8 hộ", "8", 8, "count", "hộ", total=27, subject="hộ nuôi trong bể xi măng"),
    F("đạt 32 tấn", "32", 32, "measure", "tấn", change=CHG("increase", 40, "%", "năm 2023", approx="nearly"),
      subject="sản lượng cá chạch sụn của huyện", period=Y24b),
    F("phấn đấu đạt 3 sao", "3", 3, "count", "sao", status="target",
      subject="sao OCOP của sản phẩm Chạch sụn Lệ Thủy", period=Y25, optional=True),
]

NOTES = [
    "Provincial newspaper (Báo Quảng Bình): 'Thứ Sáu, 14/03/2025 | 07:45', sapo, tag '(QBĐT) -', byline at the end.",
    "Distractors: 07:45, 'thôn 3', 'Quốc lộ 1A', (QBĐT), the founding year 'Năm 2020' as a period, 'Chương trình OCOP'.",
    "All figures are located in Lệ Thủy (the farmer's district and the district totals).",
    "Sapo 'mỗi năm ... hơn 300 triệu đồng tiền lãi' is a yearly rate (đồng/năm; the prefix rule also accepts đồng); no period.",
    "'Hiện ... 12 bể', tank size, stocking, water temperature and culture time are standing facts: no period.",
    "'Thời gian nuôi khoảng 5 tháng' states the duration as the claim (not a locating period) → measure in tháng.",
    "'gồm 19 hộ ... và 8 hộ' add up to 27 → total 27. 'tăng gần 40% so với năm 2023' → change, approx nearly.",
    "'phấn đấu đạt 3 sao' (OCOP rating) is half a name, half a target: optional.",
]

if __name__ == "__main__":
    write("p1347-4", TEXT, NOTES, FIGS, published="2025-03-14", location="Lệ Thủy")
