"""p923-2: district portal, huyện Phụng Hiệp (Hậu Giang), cá trê vàng lai in earthen ponds, Q1/2024."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHỤNG HIỆP
Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn
Thứ Ba, 12/03/2024 - 10:20
Nuôi cá trê vàng trong ao đất: hướng đi hiệu quả ở xã Tân Long

Xã Tân Long hiện có 46 hộ nuôi cá trê vàng lai trong ao đất với tổng diện tích khoảng 18,5 ha, tăng 4,2 ha so với năm 2023. Các ao nuôi tập trung ở ấp Tân Phú A, Tân Phú B và dọc Quốc lộ 61. Quý I/2024, các hộ đã thả nuôi hơn 2,3 triệu con giống; sản lượng thu hoạch ước đạt 620 tấn, tăng 15,7% so với cùng kỳ.

Theo ông Lê Văn Năm, Trưởng ấp Tân Phú A, cá trê vàng lai dễ nuôi, ít dịch bệnh. Người nuôi thả với mật độ 100-120 con/m2, sau 90-100 ngày nuôi cá đạt cỡ 6-8 con/kg, tỷ lệ hao hụt chỉ khoảng 20%. Năng suất bình quân đạt 60-80 tấn/ha. Với giá bán tại ao 28.000-30.000 đồng/kg, sau khi trừ chi phí, người nuôi lãi từ 3.000 đến 5.000 đồng/kg.

Gia đình ông Nguyễn Văn Út ở ấp Tân Phú B có 3 ao với diện tích 4.500 m2. Vụ cá vừa qua, ông thu hoạch 32 tấn, lãi hơn 120 triệu đồng. Nhờ nuôi cá, gia đình tạo việc làm thường xuyên cho 4 lao động với thu nhập 7 triệu đồng/người/tháng.

Toàn huyện Phụng Hiệp hiện có 214 ha nuôi cá trê, chiếm gần 40% diện tích nuôi cá trê của tỉnh Hậu Giang. Năm 2024, huyện phấn đấu nâng diện tích lên 250 ha, dự kiến sản lượng cả năm đạt khoảng 14.000 tấn.

Minh Khoa (Trung tâm VH-TT-TT huyện)
Lượt xem: 487
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ nuôi cá trê vàng lai trong ao đất"),
    F("khoảng 18,5 ha", "18,5", 18.5, "measure", "ha", "diện tích nuôi cá trê vàng lai",
      approx="about", change=C("increase", 4.2, "ha", "năm 2023")),
    F("hơn 2,3 triệu con giống", "2,3", 2_300_000, "count", "con giống", "con giống thả nuôi", Q1,
      approx="over"),
    F("ước đạt 620 tấn", "620", 620, "measure", "tấn", "sản lượng thu hoạch", Q1,
      status="estimate", change=C("increase", 15.7, "%", "cùng kỳ")),
    F("mật độ 100-120 con/m2", "100", 100, "measure", "con/m2", "mật độ thả", value_max=120),
    F("sau 90-100 ngày nuôi", "90", 90, "measure", "ngày", "thời gian nuôi", value_max=100, optional=True),
    F("cỡ 6-8 con/kg", "6", 6, "measure", "con/kg", "cỡ cá trê thu hoạch", value_max=8),
    F("chỉ khoảng 20%", "20", 20, "percent", "%", "tỷ lệ hao hụt", approx="about"),
    F("đạt 60-80 tấn/ha", "60", 60, "measure", "tấn/ha", "năng suất bình quân", value_max=80),
    F("tại ao 28.000-30.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá bán cá trê vàng lai tại ao",
      value_max=30000),
    F("từ 3.000 đến 5.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "lãi của người nuôi", value_max=5000),
    F("có 3 ao", "3", 3, "count", "ao", "ao nuôi của gia đình ông Nguyễn Văn Út"),
    F("diện tích 4.500 m2", "4.500", 4500, "measure", "m2", "diện tích ao nuôi của gia đình ông Nguyễn Văn Út"),
    F("thu hoạch 32 tấn", "32", 32, "measure", "tấn", "sản lượng cá thu hoạch vụ vừa qua"),
    F("lãi hơn 120 triệu đồng", "120", 120_000_000, "money", "đồng", "lãi vụ cá vừa qua", approx="over"),
    F("cho 4 lao động", "4", 4, "count", "lao động", "lao động có việc làm thường xuyên"),
    F("thu nhập 7 triệu đồng/người/tháng", "7", 7_000_000, "money", "đồng/người/tháng", "thu nhập của lao động"),
    F("có 214 ha", "214", 214, "measure", "ha", "diện tích nuôi cá trê", percent=40),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích nuôi cá trê", Y24, status="target"),
    F("khoảng 14.000 tấn", "14.000", 14000, "measure", "tấn", "sản lượng cá trê cả năm", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "District portal (huyện Phụng Hiệp, Hậu Giang): xã Tân Long, cá trê vàng lai in earthen ponds, Q1/2024; invented for probe set 923.",
    "Dateline 'Thứ Ba, 12/03/2024 - 10:20' above the headline. Commune figures are located in the district Phụng Hiệp.",
    "Not figures: Quốc lộ 61, ấp Tân Phú A/B, ông Lê Văn Năm, ông Nguyễn Văn Út, 'Lượt xem: 487', 'VH-TT-TT'.",
    "'hiện' sentences get no period. 'tăng 4,2 ha so với năm 2023' is the change of 18,5 ha (unit ha).",
    "'sau 90-100 ngày nuôi' describes the cycle that leads to the harvest size: optional.",
    "'chiếm gần 40% diện tích ... của tỉnh Hậu Giang' is the percent of 214 ha (approx of the share is not recorded).",
    "'phấn đấu ... 250 ha' target; 'dự kiến sản lượng cả năm ... khoảng 14.000 tấn' forecast, period Năm 2024.",
]

if __name__ == "__main__":
    build("p923-2", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Phụng Hiệp")
