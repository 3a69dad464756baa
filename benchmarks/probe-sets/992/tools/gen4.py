"""p992-4: ministry site (Bộ Nông nghiệp và Môi trường), national figures on typhoon shelters."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Thủy sản
Thứ Năm, 12/06/2025 10:20

Cả nước mới đáp ứng khoảng 65% nhu cầu neo đậu tránh trú bão của tàu cá

Theo Cục Thủy sản và Kiểm ngư, tính đến ngày 31/5/2025, cả nước đã đầu tư xây dựng 89 khu neo đậu tránh trú bão cho tàu cá, trong đó 27 khu cấp vùng và 62 khu cấp tỉnh, với tổng sức chứa khoảng 54.700 tàu. Con số này mới đáp ứng khoảng 65% nhu cầu của đội tàu 83.540 chiếc đã đăng ký.

Các địa phương có nhiều khu neo đậu nhất lần lượt là Quảng Ninh (9 khu), Kiên Giang (7 khu), Quảng Ngãi (6 khu) và Khánh Hòa (5 khu). Tuy nhiên, nhiều khu bị bồi lắng nghiêm trọng; riêng năm 2024, các địa phương đã nạo vét khoảng 2,3 triệu m3, kinh phí gần 690 tỷ đồng, tăng 18% so với năm 2023.

Theo Quy hoạch hệ thống cảng cá, khu neo đậu tránh trú bão thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1579/QĐ-TTg ngày 22/9/2021), đến năm 2030 cả nước sẽ có 143 khu neo đậu với sức chứa 105.000 tàu, đáp ứng 100% nhu cầu. Vốn đầu tư giai đoạn 2021-2025 cho các khu neo đậu được bố trí 7.850 tỷ đồng; đến nay đã giải ngân 5.120 tỷ đồng, đạt 65,2%.

Cục đề nghị các địa phương phấn đấu trong năm 2025 hoàn thành nạo vét tối thiểu 20 khu neo đậu bị bồi lắng nặng. Theo quy định hiện hành, mức phí neo đậu tối đa 200.000 đồng/tàu/lượt đối với tàu dài từ 24 m trở lên.

Cổng thông tin điện tử Bộ Nông nghiệp và Môi trường
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến ngày 31/5/2025", end="2025-05-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
BY2030 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("khoảng 65% nhu cầu neo đậu", "65", 65, "percent", "%", "tỷ lệ đáp ứng nhu cầu neo đậu tránh trú bão của tàu cá",
      approx="about"),
    F("xây dựng 89 khu", "89", 89, "count", "khu", "khu neo đậu tránh trú bão cho tàu cá", ASOF),
    F("trong đó 27 khu", "27", 27, "count", "khu", "khu neo đậu cấp vùng", ASOF, total=89),
    F("và 62 khu", "62", 62, "count", "khu", "khu neo đậu cấp tỉnh", ASOF, total=89),
    F("khoảng 54.700 tàu", "54.700", 54700, "count", "tàu", "tổng sức chứa các khu neo đậu", ASOF, approx="about"),
    F("khoảng 65% nhu cầu của", "65", 65, "percent", "%", "tỷ lệ đáp ứng nhu cầu neo đậu của đội tàu", I(ASOF),
      approx="about"),
    F("đội tàu 83.540 chiếc", "83.540", 83540, "count", "chiếc", "đội tàu cá đã đăng ký", I(ASOF)),
    F("Quảng Ninh (9 khu)", "9", 9, "count", "khu", "khu neo đậu tránh trú bão", I(ASOF), location="Quảng Ninh"),
    F("Kiên Giang (7 khu)", "7", 7, "count", "khu", "khu neo đậu tránh trú bão", I(ASOF), location="Kiên Giang"),
    F("Quảng Ngãi (6 khu)", "6", 6, "count", "khu", "khu neo đậu tránh trú bão", I(ASOF), location="Quảng Ngãi"),
    F("Khánh Hòa (5 khu)", "5", 5, "count", "khu", "khu neo đậu tránh trú bão", I(ASOF), location="Khánh Hòa"),
    F("khoảng 2,3 triệu m3", "2,3", 2300000, "measure", "m3", "khối lượng nạo vét khu neo đậu", Y24, approx="about"),
    F("gần 690 tỷ đồng", "690", 690000000000, "money", "đồng", "kinh phí nạo vét", Y24, approx="nearly",
      change=C("increase", 18, baseline="năm 2023")),
    F("có 143 khu", "143", 143, "count", "khu", "khu neo đậu", BY2030, status="target"),
    F("sức chứa 105.000 tàu", "105.000", 105000, "count", "tàu", "sức chứa các khu neo đậu", BY2030, percent=100,
      status="target"),
    F("bố trí 7.850 tỷ đồng", "7.850", 7850000000000, "money", "đồng", "vốn đầu tư cho các khu neo đậu",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 5.120 tỷ đồng", "5.120", 5120000000000, "money", "đồng", "vốn đầu tư đã giải ngân",
      P("đến nay", end="2025-06-12"), percent=65.2),
    F("tối thiểu 20 khu", "20", 20, "count", "khu", "khu neo đậu bị bồi lắng nặng hoàn thành nạo vét",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("tối đa 200.000 đồng/tàu/lượt", "200.000", 200000, "money", "đồng/tàu/lượt", "mức phí neo đậu",
      approx="at_most"),
    F("từ 24 m trở lên", "24", 24, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
]

build("p992-4", TEXT, FIGS, published="2025-06-12", location="Việt Nam", comments=[
    "Ministry site (Bộ Nông nghiệp và Môi trường), 12/06/2025: national typhoon shelters, capacity, dredging 2024, 2030 plan, capital.",
    "Headline 65% and body 65% are two mentions (both figures); the body one stands in its own sentence after 'Con số này', so it is a",
    "percent figure, not an attribute of 54.700 (attributes do not cross a sentence). 'đáp ứng 100% nhu cầu' after 105.000 tàu is its share.",
    "Province ranking list: each item a figure, province as location, subject the list's indicator; the items do not sum to 89 (no total).",
    "'đến nay đã giải ngân 5.120 tỷ đồng, đạt 65,2%': period 'đến nay' (as-of the dateline); 65,2% is its share.",
    "'tối đa 200.000 đồng/tàu/lượt' is a regulated ceiling (at_most, actual); 'từ 24 m trở lên' a class threshold: optional.",
    "Distractors: Quyết định số 1579/QĐ-TTg ngày 22/9/2021, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', address Số 2 Ngọc Hà, phone 024.3846.8161.",
])
