"""p952-1: Yên Bái province portal — cassia area, bark output, prices, organic area, essential oil capacity, 2025 targets."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Yên Bái: Cây quế mang lại nguồn thu hơn 1.200 tỷ đồng mỗi năm
Cập nhật: 14/08/2024 09:25 | Lượt xem: 2.318

(Cổng TTĐT Yên Bái) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng diện tích quế toàn tỉnh đạt 88.650 ha, tăng 2.130 ha so với cuối năm 2023, chiếm khoảng 45% diện tích quế cả nước. Trong đó, diện tích quế đã cho khai thác là 41.200 ha.

Vùng quế tập trung tại các huyện Văn Yên (56.300 ha), Trấn Yên (11.800 ha), Văn Chấn (10.450 ha) và Lục Yên (6.700 ha).

Sáu tháng đầu năm, toàn tỉnh khai thác 9.850 tấn vỏ quế khô, đạt 54,7% kế hoạch năm, tăng 8,2% so với cùng kỳ; sản lượng cành, lá quế ước đạt 31.000 tấn. Giá vỏ quế khô loại 1 hiện dao động từ 38.000 đến 42.000 đồng/kg, cao hơn khoảng 15% so với đầu năm; quế cành khoảng 12.000 đồng/kg.

Toàn tỉnh có 6.500 ha quế được cấp chứng nhận hữu cơ theo tiêu chuẩn USDA, EU và JAS, gấp 2,6 lần năm 2020. Trong đó, huyện Văn Yên có 4.120 ha. Tỉnh có 3 doanh nghiệp chế biến tinh dầu quế quy mô lớn và 142 cơ sở chưng cất, tổng công suất khoảng 1.100 tấn tinh dầu/năm.

Thực hiện Nghị quyết số 69-NQ/TU của Tỉnh ủy về phát triển lâm nghiệp bền vững, tỉnh phấn đấu đến năm 2025 có 10.000 ha quế hữu cơ, giá trị sản phẩm quế đạt 1.500 tỷ đồng/năm. Ước tính cả năm 2024, giá trị sản phẩm từ cây quế đạt trên 1.200 tỷ đồng.

Ý kiến bạn đọc (0)
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
AREA_LIST = "diện tích quế"

FIGS = [
    F("hơn 1.200 tỷ đồng mỗi năm", "1.200", 1.2e12, "money", "đồng", "nguồn thu từ cây quế", approx="over"),
    F("đạt 88.650 ha", "88.650", 88650, "measure", "ha", "tổng diện tích quế toàn tỉnh", ASOF,
      change=C("increase", 2130, "ha", "cuối năm 2023"), percent=45),
    F("là 41.200 ha", "41.200", 41200, "measure", "ha", "diện tích quế đã cho khai thác", I(ASOF), total=88650),
    F("Văn Yên (56.300 ha)", "56.300", 56300, "measure", "ha", AREA_LIST, location="Văn Yên"),
    F("Trấn Yên (11.800 ha)", "11.800", 11800, "measure", "ha", AREA_LIST, location="Trấn Yên"),
    F("Văn Chấn (10.450 ha)", "10.450", 10450, "measure", "ha", AREA_LIST, location="Văn Chấn"),
    F("Lục Yên (6.700 ha)", "6.700", 6700, "measure", "ha", AREA_LIST, location="Lục Yên"),
    F("khai thác 9.850 tấn", "9.850", 9850, "measure", "tấn", "vỏ quế khô khai thác", H1,
      percent=54.7, change=C("increase", 8.2, "%", "cùng kỳ")),
    F("ước đạt 31.000 tấn", "31.000", 31000, "measure", "tấn", "sản lượng cành, lá quế", H1, status="estimate"),
    F("từ 38.000 đến 42.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá vỏ quế khô loại 1",
      value_max=42000, change=C("increase", 15, "%", "đầu năm", approx="about")),
    F("khoảng 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá quế cành", approx="about"),
    F("có 6.500 ha", "6.500", 6500, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ",
      change=C("increase", 2.6, "lần", "năm 2020")),
    F("có 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích quế được cấp chứng nhận hữu cơ", total=6500, location="Văn Yên"),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp chế biến tinh dầu quế quy mô lớn"),
    F("142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở chưng cất tinh dầu quế"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn/năm", "tổng công suất chưng cất tinh dầu quế", approx="about"),
    F("có 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích quế hữu cơ", T25, status="target"),
    F("đạt 1.500 tỷ đồng/năm", "1.500", 1.5e12, "money", "đồng/năm", "giá trị sản phẩm quế", T25, status="target"),
    F("đạt trên 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "giá trị sản phẩm từ cây quế", Y24,
      approx="over", status="estimate"),
]

NOTES = [
    "Cổng TTĐT tỉnh Yên Bái: cassia area, bark and leaf output H1/2024, prices, organic area, distilleries, 2025 targets.",
    "Dateline 'Cập nhật: 14/08/2024 09:25'; 'Lượt xem: 2.318', 'Nghị quyết số 69-NQ/TU', 'Ý kiến bạn đọc (0)' are not figures.",
    "The district list (sum 85.250 ≠ 88.650, separate paragraph) gets no total. 'gấp 2,6 lần năm 2020' after 6.500 ha is its change (lần).",
    "'Sáu tháng đầu năm' takes 2024 from the as-of date before it.",
]

write("p952-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Yên Bái")
