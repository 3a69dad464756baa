"""p886-7: Chi cục Phát triển nông thôn Kon Tum (department site, no dateline), stove conversion, one-cell-per-line table."""
from lib import F, period, change, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KON TUM
CHI CỤC PHÁT TRIỂN NÔNG THÔN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Chuyển đổi bếp đun cho đồng bào vùng sâu

Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2023 Chi cục phối hợp với các huyện Kon Plông, Tu Mơ Rông và Đăk Glei hỗ trợ 1.265 hộ chuyển đổi bếp đun, tăng 23% so với năm 2022. Kết quả theo loại bếp như sau:

Đơn vị tính: bếp
Loại bếp
Năm 2022
Năm 2023
Kế hoạch 2024
Bếp củi cải tiến
720
865
900
Bếp khí sinh học (biogas)
185
240
260
Bếp điện từ
123
160
250
Tổng số
1.028
1.265
1.410

Theo đánh giá của Chi cục, bếp củi cải tiến giúp mỗi hộ giảm 35-45% lượng củi; một công trình khí sinh học 7 m3 đủ chất đốt nấu ăn cho gia đình 4-5 người. Mức hỗ trợ là 3 triệu đồng/công trình khí sinh học, 1,5 triệu đồng/bếp củi cải tiến và 1 triệu đồng/bếp điện từ.

Tổng kinh phí năm 2023 là 2,18 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia chiếm 85%. Đến nay, tỷ lệ hộ dùng bếp cải tiến hoặc chất đốt sạch tại các huyện này đạt 27,4%, còn hơn 9.800 hộ vẫn đun bếp củi hở.

CHI CỤC PHÁT TRIỂN NÔNG THÔN TỈNH KON TUM
Địa chỉ: 182 Bà Triệu, phường Quyết Thắng, TP Kon Tum
Điện thoại: 0260.3862.457 - Fax: 0260.3862.458
Tổng lượt truy cập: 1.204.337 | Đang trực tuyến: 46
"""

P22 = period("Năm 2022", "2022-01-01", "2022-12-31")
P23 = period("Năm 2023", "2023-01-01", "2023-12-31")
PK24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
P23b = period("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hỗ trợ 1.265 hộ", "1.265", 1265, "count", "hộ", "hộ chuyển đổi bếp đun",
      change=change("increase", 23, baseline="năm 2022"), period=period("năm 2023", "2023-01-01", "2023-12-31")),
]
ROWS = [
    ("Bếp củi cải tiến", "Bếp củi cải tiến\n720", "720\n865", "865\n900", ("720", "865", "900")),
    ("Bếp khí sinh học (biogas)", "(biogas)\n185", "185\n240", "240\n260", ("185", "240", "260")),
    ("Bếp điện từ", "Bếp điện từ\n123", "123\n160", "160\n250", ("123", "160", "250")),
    ("Tổng số bếp chuyển đổi", "Tổng số\n1.028", "1.028\n1.265", "1.265\n1.410", ("1.028", "1.265", "1.410")),
]
for label, a22, a23, a24, (n22, n23, n24) in ROWS:
    FIGS += [
        F(a22, n22, float(n22.replace(".", "")), "count", "bếp", f"{label} năm 2022", period=P22),
        F(a23, n23, float(n23.replace(".", "")), "count", "bếp", f"{label} năm 2023", period=P23),
        F(a24, n24, float(n24.replace(".", "")), "count", "bếp", f"{label} kế hoạch 2024", status="target", period=PK24),
    ]
FIGS += [
    F("giảm 35-45%", "35", 35, "percent", "%", "lượng củi mỗi hộ giảm nhờ bếp củi cải tiến", value_max=45),
    F("sinh học 7 m3", "7", 7, "measure", "m3", "thể tích công trình khí sinh học", optional=True),
    F("gia đình 4-5 người", "4", 4, "count", "người", "người trong gia đình", value_max=5, optional=True),
    F("là 3 triệu đồng", "3", 3e6, "money", "đồng/công trình", "mức hỗ trợ công trình khí sinh học"),
    F("1,5 triệu đồng/bếp", "1,5", 1.5e6, "money", "đồng/bếp", "mức hỗ trợ bếp củi cải tiến"),
    F("1 triệu đồng/bếp", "1", 1e6, "money", "đồng/bếp", "mức hỗ trợ bếp điện từ"),
    F("là 2,18 tỷ đồng", "2,18", 2.18e9, "money", "đồng", "tổng kinh phí", period=P23b),
    F("chiếm 85%", "85", 85, "percent", "%", "vốn Chương trình mục tiêu quốc gia trong tổng kinh phí", period=P23b),
    F("đạt 27,4%", "27,4", 27.4, "percent", "%", "tỷ lệ hộ dùng bếp cải tiến hoặc chất đốt sạch"),
    F("hơn 9.800 hộ", "9.800", 9800, "count", "hộ", "hộ vẫn đun bếp củi hở", approx="over"),
]

NOTES = [
    "Chi cục Phát triển nông thôn tỉnh Kon Tum (department site): no dateline, footer with address, phone, fax and visit counter.",
    "Table pasted one cell per line (Đơn vị tính: bếp; Loại bếp | Năm 2022 | Năm 2023 | Kế hoạch 2024): every cell a figure,",
    "subject = row label + column label, period from the column header (scored), 'Kế hoạch 2024' gives status target; no totals in cells.",
    "The prose 1.265 hộ (change +23% vs 2022) and the table's 1.265 bếp are separate mentions. 'chiếm 85%' after 'trong đó vốn ...'",
    "is a share of a part: a percent figure of its own. 'Đến nay' with no dateline gives no period. Three named districts: location Kon Tum.",
    "Optional: the example biogas plant's '7 m3' and 'gia đình 4-5 người'. Not figures: '182 Bà Triệu', phone/fax, 'Tổng lượt truy cập', 'Đang trực tuyến: 46'.",
]

write("p886-7", TEXT, FIGS, NOTES, location="Kon Tum")
