"""p498-8: commune portal (xã Y Tý, huyện Bát Xát, Lào Cai) — cold spell and frost, January 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ Y TÝ - HUYỆN BÁT XÁT
Trang chủ / Tin tức / Tin hoạt động của xã
Ngày đăng: 22/01/2024 | Lượt xem: 346

Nhiệt độ xuống 0,5 độ C, băng giá xuất hiện tại 6/11 thôn

Do ảnh hưởng của không khí lạnh tăng cường, từ đêm 20/1 đến sáng 22/1/2024, trên địa bàn xã xảy ra rét hại, nhiệt độ thấp nhất đo được tại điểm đo thôn Mò Phú Chải là 0,5 độ C, ban ngày nhiệt độ cao nhất chỉ 6-8 độ C. Băng giá xuất hiện trên diện rộng, dày 1-2 cm trên mặt ruộng và mái nhà.

Theo thống kê của UBND xã, tính đến 16 giờ ngày 22/1, rét hại đã làm chết 27 con gia súc, trong đó 19 con trâu, 8 con bò; 3,5 ha rau màu và 12 ha chè bị ảnh hưởng do sương muối. Ước giá trị thiệt hại khoảng 520 triệu đồng.

Xã đã huy động 145 lượt cán bộ, đoàn viên thanh niên đến 432 hộ chăn nuôi hướng dẫn che chắn chuồng trại, dự trữ 86 tấn thức ăn thô xanh; 100% trường học trên địa bàn cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ dưới 7 độ C.

Theo Trạm Khí tượng Bát Xát, dự báo từ ngày 23 đến 25/1, nhiệt độ thấp nhất tại vùng núi cao của xã tiếp tục dao động từ -1 đến 2 độ C, khả năng xảy ra băng giá và mưa tuyết trên các đỉnh núi cao trên 2.800 m.

Năm 2023, toàn xã có 2.160 con trâu, bò, giảm 4,2% so với năm 2022. Xã phấn đấu đến năm 2025 có 90% hộ chăn nuôi làm chuồng trại kiên cố, tránh rét cho gia súc.

Liên hệ: UBND xã Y Tý, thôn Phìn Hồ, điện thoại 0214.3883.105.
"""

COLD = P("từ đêm 20/1 đến sáng 22/1/2024", "2024-01-20", "2024-01-22")
ASOF = P("tính đến 16 giờ ngày 22/1", None, "2024-01-22")
FC = P("từ ngày 23 đến 25/1", "2024-01-23", "2024-01-25")

FIGS = [
    F("xuống 0,5 độ C", "0,5", 0.5, "measure", "độ C", "nhiệt độ", I(COLD)),
    F("tại 6/11 thôn", "6", 6, "count", "thôn", "thôn xuất hiện băng giá", I(COLD), total=11),
    F("là 0,5 độ C", "0,5", 0.5, "measure", "độ C", "nhiệt độ thấp nhất đo được tại điểm đo thôn Mò Phú Chải", COLD),
    F("chỉ 6-8 độ C", "6", 6, "measure", "độ C", "nhiệt độ cao nhất ban ngày", COLD, value_max=8),
    F("dày 1-2 cm", "1", 1, "measure", "cm", "độ dày băng giá trên mặt ruộng và mái nhà", I(COLD), value_max=2),
    F("chết 27 con", "27", 27, "count", "con", "gia súc bị chết do rét hại", ASOF),
    F("19 con", "19", 19, "count", "con", "trâu bị chết", ASOF, total=27),
    F("8 con", "8", 8, "count", "con", "bò bị chết", ASOF, total=27),
    F("3,5 ha", "3,5", 3.5, "measure", "ha", "rau màu bị ảnh hưởng do sương muối", ASOF),
    F("12 ha", "12", 12, "measure", "ha", "chè bị ảnh hưởng do sương muối", ASOF),
    F("khoảng 520 triệu đồng", "520", 520_000_000, "money", "đồng", "giá trị thiệt hại", I(ASOF),
      approx="about", status="estimate"),
    F("145 lượt", "145", 145, "count", "lượt cán bộ, đoàn viên thanh niên", "lượt cán bộ, đoàn viên thanh niên được huy động"),
    F("432 hộ", "432", 432, "count", "hộ chăn nuôi", "hộ chăn nuôi được hướng dẫn che chắn chuồng trại"),
    F("86 tấn", "86", 86, "measure", "tấn", "thức ăn thô xanh dự trữ"),
    F("100% trường học", "100", 100, "percent", "%", "trường học cho học sinh mầm non, tiểu học nghỉ học khi rét"),
    F("dưới 7 độ C", "7", 7, "measure", "độ C", "ngưỡng nhiệt độ cho học sinh nghỉ học", approx="under", optional=True),
    F("từ -1 đến 2 độ C", "-1", -1, "measure", "độ C", "nhiệt độ thấp nhất tại vùng núi cao của xã", FC,
      value_max=2, status="forecast"),
    F("trên 2.800 m", "2.800", 2800, "measure", "m", "độ cao đỉnh núi", approx="over", optional=True),
    F("có 2.160 con", "2.160", 2160, "count", "con", "trâu, bò", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 4.2, "%", "năm 2022")),
    F("có 90% hộ", "90", 90, "percent", "%", "hộ chăn nuôi làm chuồng trại kiên cố",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Commune portal (xã Y Tý, huyện Bát Xát, Lào Cai): cold spell and frost 20-22/1/2024, livestock losses, response, forecast 23-25/1.",
    "'Ngày đăng: 22/01/2024' (published), 'Lượt xem: 346', '16 giờ', phone, 'thôn Phìn Hồ' are not figures.",
    "Location: communes and villages are not province/city/district, so the commune's figures take its district, Bát Xát.",
    "Negative range 'từ -1 đến 2 độ C': value -1, value_max 2. Thresholds ('dưới 7 độ C', 'đỉnh núi cao trên 2.800 m') are optional.",
    "'trong đó 19 con trâu, 8 con bò' are parts of 27 con gia súc; '6/11 thôn' a part with its whole.",
    "The headline 0,5 độ C and 6/11 thôn inherit the lead's period; 'Ước … khoảng 520 triệu đồng' is an estimate with approx about.",
]

if __name__ == "__main__":
    emit("p498-8", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Bát Xát")
