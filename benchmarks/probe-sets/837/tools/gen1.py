"""p837-1: province portal, Sơn La, maize 2024."""
from lib import F, P, Y, C, T, write

text = """Cổng thông tin điện tử tỉnh Sơn La
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Sơn La: Thu hoạch hơn 80% diện tích ngô vụ xuân hè
Cập nhật: 14/08/2024 15:42 | Lượt xem: 2.317

Năm 2024, toàn tỉnh gieo trồng 118.450 ha ngô, giảm 3.200 ha so với năm 2023, đạt 98,7% kế hoạch. Trong đó, ngô vụ xuân hè 104.300 ha, ngô vụ thu đông 14.150 ha. Các huyện có diện tích ngô lớn là Mai Sơn (19.800 ha), Yên Châu (16.450 ha), Thuận Châu (14.200 ha).

Đến ngày 10/8, các địa phương đã thu hoạch được khoảng 85.600 ha ngô vụ xuân hè, chiếm 82,1% diện tích gieo trồng. Năng suất bình quân ước đạt 45,2 tạ/ha, tăng 1,8 tạ/ha so với cùng kỳ; sản lượng ngô hạt cả năm dự kiến đạt trên 520 nghìn tấn.

Giá ngô hạt khô tại ruộng hiện dao động từ 6.800 đến 7.300 đồng/kg, cao hơn khoảng 500 đồng/kg so với đầu vụ. Với mức giá này, mỗi ha ngô cho lãi từ 12 đến 15 triệu đồng, thấp hơn nhiều so với cây ăn quả.

Thực hiện Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy, từ năm 2021 đến nay tỉnh đã chuyển đổi gần 22.000 ha ngô trên đất dốc sang trồng cây ăn quả và cây lâu năm. Tỷ lệ diện tích ngô sử dụng giống lai năng suất cao đạt 96%; diện tích áp dụng biện pháp canh tác bền vững trên đất dốc đạt 31.500 ha.

Năm 2025, tỉnh phấn đấu ổn định diện tích ngô khoảng 110.000 ha, sản lượng đạt 500.000 tấn; trong đó ngô sinh khối phục vụ chăn nuôi bò sữa tại huyện Mộc Châu 4.500 ha.

Bạn đọc cần thêm thông tin xin liên hệ Sở Nông nghiệp và PTNT, số 56 đường Tô Hiệu, TP Sơn La, điện thoại 0212.3852.133.
"""

Y24 = Y("Năm 2024", 2024)
figs = [
    F("Thu hoạch hơn 80% diện tích", "80", 80, "percent", "%", "diện tích ngô vụ xuân hè đã thu hoạch",
      approx="over"),
    F("gieo trồng 118.450 ha ngô", "118.450", 118450, "measure", "ha", "diện tích gieo trồng ngô",
      percent=98.7, change=C("decrease", 3200, "ha", "năm 2023"), period=Y24),
    F("ngô vụ xuân hè 104.300 ha", "104.300", 104300, "measure", "ha", "ngô vụ xuân hè",
      total=118450, period=Y("Năm 2024", 2024, True)),
    F("ngô vụ thu đông 14.150 ha", "14.150", 14150, "measure", "ha", "ngô vụ thu đông",
      total=118450, period=Y("Năm 2024", 2024, True)),
    F("Mai Sơn (19.800 ha)", "19.800", 19800, "measure", "ha", "diện tích ngô",
      location="Mai Sơn", period=Y("Năm 2024", 2024, True)),
    F("Yên Châu (16.450 ha)", "16.450", 16450, "measure", "ha", "diện tích ngô",
      location="Yên Châu", period=Y("Năm 2024", 2024, True)),
    F("Thuận Châu (14.200 ha)", "14.200", 14200, "measure", "ha", "diện tích ngô",
      location="Thuận Châu", period=Y("Năm 2024", 2024, True)),
    F("khoảng 85.600 ha ngô", "85.600", 85600, "measure", "ha", "diện tích ngô vụ xuân hè đã thu hoạch",
      approx="about", percent=82.1, period=P("Đến ngày 10/8", None, "2024-08-10")),
    F("ước đạt 45,2 tạ/ha", "45,2", 45.2, "measure", "tạ/ha", "năng suất ngô bình quân",
      change=C("increase", 1.8, "tạ/ha", "cùng kỳ"), status="estimate"),
    F("trên 520 nghìn tấn", "520", 520000, "measure", "tấn", "sản lượng ngô hạt cả năm",
      approx="over", status="forecast", period=Y("cả năm", 2024)),
    F("từ 6.800 đến 7.300 đồng/kg", "6.800", 6800, "money", "đồng/kg", "giá ngô hạt khô tại ruộng",
      value_max=7300, change=C("increase", 500, "đồng/kg", "đầu vụ", "about")),
    F("từ 12 đến 15 triệu đồng", "12", 12000000, "money", "đồng/ha", "lãi mỗi ha ngô",
      value_max=15000000),
    F("gần 22.000 ha ngô", "22.000", 22000, "measure", "ha",
      "diện tích ngô trên đất dốc chuyển đổi sang cây ăn quả và cây lâu năm", approx="nearly",
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-08-14")),
    F("cao đạt 96%", "96", 96, "percent", "%", "tỷ lệ diện tích ngô sử dụng giống lai năng suất cao"),
    F("đạt 31.500 ha", "31.500", 31500, "measure", "ha",
      "diện tích áp dụng biện pháp canh tác bền vững trên đất dốc"),
    F("khoảng 110.000 ha", "110.000", 110000, "measure", "ha", "diện tích ngô", approx="about",
      status="target", period=Y("Năm 2025", 2025)),
    F("đạt 500.000 tấn", "500.000", 500000, "measure", "tấn", "sản lượng ngô", status="target",
      period=Y("Năm 2025", 2025)),
    F("Mộc Châu 4.500 ha", "4.500", 4500, "measure", "ha", "ngô sinh khối phục vụ chăn nuôi bò sữa",
      total=110000, status="target", location="Mộc Châu", period=Y("Năm 2025", 2025)),
]

notes = [
    "Sơn La provincial portal: maize 2024 (area, harvest progress, yield, price, conversion on sloping land, 2025 targets).",
    "Distractors: Cập nhật date/time, Lượt xem 2.317, Nghị quyết số 05-NQ/TU, số 56 đường Tô Hiệu, phone 0212.3852.133, date 10/8.",
    "Headline has no period. 'Đến ngày 10/8' = as-of 2024-08-10 (year of the nearest earlier period, Năm 2024).",
    "District list in brackets does not add up to 118.450 ha: no total. 4.500 ha silage maize after 'trong đó' is part of the",
    "110.000 ha area target (same thing, same period), not of the 500.000 tấn output that stands just before the cue.",
]
write(1, text, figs, notes, published="2024-08-14", location="Sơn La")
