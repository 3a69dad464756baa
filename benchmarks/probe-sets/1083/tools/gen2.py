"""p1083-2: quận Tây Hồ (Hà Nội) district portal, Nhật Tân peach and Tứ Liên kumquat for Tết Ất Tỵ."""
from lib import F, write, year, period, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN TÂY HỒ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Đô thị
Đào Nhật Tân, quất Tứ Liên vào vụ Tết Ất Tỵ
Ngày đăng: 16/01/2025 14:32

Theo UBND quận Tây Hồ, vụ Tết Ất Tỵ 2025, toàn quận có 145 ha trồng đào, quất và cây cảnh (Nhật Tân 48 ha, Phú Thượng 41 ha, Tứ Liên 37 ha, Quảng An 19 ha), giảm gần 10 ha so với năm 2024 do quá trình đô thị hóa. Trong đó, diện tích đào khoảng 62 ha với hơn 85.000 gốc đào cành, đào thế; diện tích quất 54 ha, cho khoảng 110.000 chậu quất các loại.

Giá đào Tết này tương đối ổn định: đào cành loại phổ thông từ 300.000 đến 800.000 đồng/cành, đào thế từ 5 đến 50 triệu đồng/cây, cá biệt có cây trên 100 triệu đồng. Quất chậu loại trung bình có giá 600.000-1.200.000 đồng/chậu, tăng khoảng 10% so với năm trước.

Năm 2024, các nhà vườn trên địa bàn quận đã tiêu thụ khoảng 92% sản lượng đào, quất, doanh thu đạt gần 210 tỷ đồng. Dự kiến dịp Tết Ất Tỵ, doanh thu từ đào, quất của quận đạt khoảng 230 tỷ đồng.

Để giữ thương hiệu làng nghề, quận đã hỗ trợ 126 hộ trồng đào, quất sản xuất theo hướng VietGAP, chiếm 38% tổng số hộ trồng; tổ chức 2 điểm bán đào, quất tập trung tại bãi giữa sông Hồng và đường Âu Cơ, phục vụ người dân từ ngày 15 đến 28 tháng Chạp. Lễ hội hoa đào Nhật Tân lần thứ 5 dự kiến khai mạc ngày 20/01/2025.

UBND quận Tây Hồ - Số 657 Lạc Long Quân, phường Phú Thượng; điện thoại: 024.3753.2475.
"""

SUBJ_AREA = "diện tích trồng đào, quất và cây cảnh"
Y24 = year(2024, "Năm 2024")

FIGS = [
    F("có 145 ha", "145", 145, "measure", "ha", SUBJ_AREA, change=change("decrease", 10, "ha", "năm 2024", "nearly")),
    F("Nhật Tân 48 ha", "48", 48, "measure", "ha", SUBJ_AREA, total=145),
    F("Phú Thượng 41 ha", "41", 41, "measure", "ha", SUBJ_AREA, total=145),
    F("Tứ Liên 37 ha", "37", 37, "measure", "ha", SUBJ_AREA, total=145),
    F("Quảng An 19 ha", "19", 19, "measure", "ha", SUBJ_AREA, total=145),
    F("đào khoảng 62 ha", "62", 62, "measure", "ha", "diện tích đào", approx="about", total=145),
    F("hơn 85.000 gốc", "85.000", 85000, "count", "gốc", "gốc đào cành, đào thế", approx="over"),
    F("quất 54 ha", "54", 54, "measure", "ha", "diện tích quất", total=145),
    F("khoảng 110.000 chậu", "110.000", 110000, "count", "chậu", "chậu quất các loại", approx="about"),
    F("từ 300.000 đến 800.000 đồng/cành", "300.000", 300000, "money", "đồng/cành", "giá đào cành loại phổ thông",
      value_max=800000),
    F("từ 5 đến 50 triệu đồng/cây", "5", 5000000, "money", "đồng/cây", "giá đào thế", value_max=50000000),
    F("trên 100 triệu đồng", "100", 100000000, "money", "đồng", "giá đào thế cá biệt", approx="over"),
    F("600.000-1.200.000 đồng/chậu", "600.000", 600000, "money", "đồng/chậu", "giá quất chậu loại trung bình",
      value_max=1200000, change=change("increase", 10, "%", "năm trước", "about")),
    F("khoảng 92%", "92", 92, "percent", "%", "tỷ lệ sản lượng đào, quất tiêu thụ", approx="about", period=Y24),
    F("gần 210 tỷ đồng", "210", 210000000000, "money", "đồng", "doanh thu từ đào, quất", approx="nearly",
      period=Y24),
    F("khoảng 230 tỷ đồng", "230", 230000000000, "money", "đồng", "doanh thu từ đào, quất", approx="about",
      status="forecast"),
    F("126 hộ", "126", 126, "count", "hộ", "hộ trồng đào, quất sản xuất theo hướng VietGAP được hỗ trợ",
      percent=38),
    F("tổ chức 2 điểm bán", "2", 2, "count", "điểm bán", "điểm bán đào, quất tập trung"),
]

NOTES = [
    "Tây Hồ district portal: peach/kumquat area by ward, prices, 2024 sales, 2025 forecast (Tết Ất Tỵ).",
    "Wards (Nhật Tân, Phú Thượng, Tứ Liên, Quảng An) are below district level: location stays Tây Hồ.",
    "The bracketed ward list adds up to 145 ha (48+41+37+19): total 145; the change 'giảm gần 10 ha' belongs to",
    "145 across the bracket. 'Trong đó' after the sentence break: the ha parts take 145; gốc/chậu counts get no total.",
    "'vụ Tết Ất Tỵ 2025', 'Tết này' give no period. Distractors: 'từ ngày 15 đến 28 tháng Chạp', 'lần thứ 5',",
    "'ngày 20/01/2025', 'Số 657 Lạc Long Quân', phone '024.3753.2475', time '14:32'.",
]

write(2, TEXT, FIGS, NOTES, published="2025-01-16", location="Tây Hồ")
