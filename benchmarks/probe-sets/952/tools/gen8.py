"""p952-8: Báo Quảng Nam online (QNO) — Nam Trà My cassia 2024: output, value, communes (lần lượt), prices, households, 2025 plan."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Nam > Kinh tế
Nam Trà My thu gần 200 tỷ đồng từ cây quế
Cập nhật lúc 16:20, Thứ Sáu, 10/01/2025

(QNO) - Năm 2024, người dân huyện Nam Trà My khai thác 3.450 tấn vỏ quế, giá trị ước đạt 196 tỷ đồng, tăng 18% so với năm 2023.

Theo UBND huyện, toàn huyện hiện có 5.420 ha quế, trong đó 2.100 ha quế Trà My bản địa trên 15 năm tuổi. Các xã Trà Linh, Trà Cang, Trà Nam lần lượt khai thác 820, 760 và 610 tấn vỏ quế, dẫn đầu toàn huyện. Giá quế Trà My loại 1 hiện từ 60.000 đến 75.000 đồng/kg, tăng khoảng 10.000 đồng/kg so với đầu năm 2024.

Số hộ có thu nhập từ quế trên 100 triệu đồng/năm đã tăng lên 430 hộ, gấp đôi năm 2021. Toàn huyện có 2 hợp tác xã và 6 tổ hợp tác chế biến quế, trong đó HTX Quế Trà Linh 1 mỗi năm chưng cất khoảng 4 tấn tinh dầu.

Cũng trong năm 2024, huyện đã cấp 360.000 cây quế giống cho 1.250 hộ dân với tổng kinh phí hơn 1,8 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia 1719.

Ở huyện Bắc Trà My, diện tích quế đạt 2.880 ha; năm 2024 khai thác 1.150 tấn vỏ.

Thực hiện Nghị quyết số 17/2021/NQ-HĐND về phát triển quế Trà My giai đoạn 2021-2025, huyện Nam Trà My phấn đấu năm 2025 trồng mới 400 ha, nâng tổng diện tích lên khoảng 5.800 ha; dự kiến sản lượng vỏ quế đạt 3.700 tấn.

ALĂNG NGƯỚC
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y24c = P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COMM = "vỏ quế khai thác"

FIGS = [
    F("gần 200 tỷ đồng", "200", 200e9, "money", "đồng", "giá trị thu từ cây quế", approx="nearly"),
    F("khai thác 3.450 tấn", "3.450", 3450, "measure", "tấn", "vỏ quế khai thác", Y24),
    F("ước đạt 196 tỷ đồng", "196", 196e9, "money", "đồng", "giá trị vỏ quế khai thác", Y24, status="estimate",
      change=C("increase", 18, "%", "năm 2023")),
    F("có 5.420 ha", "5.420", 5420, "measure", "ha", "diện tích quế"),
    F("đó 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích quế Trà My bản địa trên 15 năm tuổi", total=5420),
    F("trên 15 năm tuổi", "15", 15, "measure", "năm", "tuổi cây quế bản địa", approx="over", optional=True),
    F("lần lượt khai thác 820", "820", 820, "measure", "tấn", COMM),
    F("820, 760 và", "760", 760, "measure", "tấn", COMM),
    F("và 610 tấn", "610", 610, "measure", "tấn", COMM),
    F("từ 60.000 đến 75.000", "60.000", 60000, "money", "đồng/kg", "giá quế Trà My loại 1", value_max=75000,
      change=C("increase", 10000, "đồng/kg", "đầu năm 2024", approx="about")),
    F("trên 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "thu nhập từ quế", approx="over", optional=True),
    F("lên 430 hộ", "430", 430, "count", "hộ", "hộ có thu nhập từ quế trên 100 triệu đồng/năm",
      change=C("increase", 2, "lần", "năm 2021")),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã chế biến quế"),
    F("6 tổ hợp tác", "6", 6, "count", "tổ hợp tác", "tổ hợp tác chế biến quế"),
    F("khoảng 4 tấn", "4", 4, "measure", "tấn/năm", "tinh dầu HTX Quế Trà Linh 1 chưng cất", approx="about"),
    F("cấp 360.000 cây", "360.000", 360000, "count", "cây", "cây quế giống được cấp", Y24c),
    F("cho 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ dân được cấp cây quế giống", Y24c),
    F("hơn 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tổng kinh phí cấp cây quế giống", Y24c, approx="over"),
    F("đạt 2.880 ha", "2.880", 2880, "measure", "ha", "diện tích quế", location="Bắc Trà My"),
    F("khai thác 1.150 tấn", "1.150", 1150, "measure", "tấn", "vỏ quế khai thác", Y24b, location="Bắc Trà My"),
    F("trồng mới 400 ha", "400", 400, "measure", "ha", "diện tích quế trồng mới", Y25, status="target"),
    F("khoảng 5.800 ha", "5.800", 5800, "measure", "ha", "tổng diện tích quế", Y25, status="target", approx="about"),
    F("đạt 3.700 tấn", "3.700", 3700, "measure", "tấn", "sản lượng vỏ quế", Y25, status="forecast"),
]

NOTES = [
    "Báo Quảng Nam online: Nam Trà My cassia in 2024; headline figure; 'Cập nhật lúc 16:20, Thứ Sáu, 10/01/2025'; '(QNO) -' tag.",
    "Not figures: '16:20', 'HTX Quế Trà Linh 1' (name), 'Nghị quyết số 17/2021/NQ-HĐND', 'giai đoạn 2021-2025', 'Chương trình mục tiêu quốc gia 1719'.",
    "Optional thresholds: 'trên 15 năm tuổi', 'trên 100 triệu đồng/năm'. 'gấp đôi năm 2021' after 430 hộ → change ×2 (lần).",
    "Commune list with 'lần lượt' shares 'vỏ quế' (tấn); communes lie in Nam Trà My (location). Bắc Trà My figures are that district.",
    "'tăng khoảng 10.000 đồng/kg so với đầu năm 2024' is the change of the price range (unit đồng/kg).",
]

write("p952-8", TEXT, NOTES, FIGS, published="2025-01-10", location="Nam Trà My")
