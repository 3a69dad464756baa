from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông - Lâm nghiệp
Yên Bái trồng mới hơn 9.100 ha rừng trong 6 tháng đầu năm
Cập nhật: 15/07/2024 08:30
Lượt xem: 3.482

(yenbai.gov.vn) - Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh trồng mới được 9.146,5 ha rừng tập trung, đạt 81,7% kế hoạch năm, tăng 6,2% so với cùng kỳ. Các huyện có diện tích trồng lớn là Văn Yên (2.310 ha), Yên Bình (1.985 ha), Trấn Yên (1.420 ha) và Lục Yên (1.130 ha).

Sản lượng gỗ rừng trồng khai thác ước đạt 412.600 m³, tăng 9,4% so với cùng kỳ năm 2023; trong đó gỗ lớn khoảng 58.000 m³. Giá trị sản xuất lâm nghiệp ước đạt 2.185 tỷ đồng. Các vườn ươm trên địa bàn đã sản xuất gần 38 triệu cây giống lâm nghiệp, trong đó cây giống nuôi cấy mô chiếm 23%.

Tính đến ngày 30/6/2024, diện tích rừng được cấp chứng chỉ quản lý rừng bền vững (FSC) của tỉnh đạt 22.480 ha, tăng 3.150 ha so với cuối năm 2023. Tỷ lệ che phủ rừng duy trì ở mức 63%.

Toàn tỉnh hiện có 1.136 cơ sở chế biến lâm sản, trong đó 42 doanh nghiệp chế biến sâu với tổng công suất khoảng 350.000 m³/năm, tập trung tại Khu công nghiệp phía Nam và dọc Quốc lộ 37.

Phấn đấu đến năm 2025, diện tích rừng có chứng chỉ FSC của tỉnh đạt 30.000 ha, sản lượng khai thác gỗ rừng trồng đạt 1 triệu m³/năm.

Chi tiết liên hệ: Chi cục Kiểm lâm tỉnh, số 628 đường Điện Biên, phường Đồng Tâm, TP Yên Bái; điện thoại: 0216.3852.467.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H124 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mới hơn 9.100 ha", "9.100", 9100, "measure", "ha", "diện tích rừng trồng mới", H1, approx="over"),
    F("được 9.146,5 ha", "9.146,5", 9146.5, "measure", "ha", "diện tích trồng mới rừng tập trung", H124,
      percent=81.7, change=CH("increase", 6.2, "%", "cùng kỳ")),
    F("Văn Yên (2.310 ha)", "2.310", 2310, "measure", "ha", "diện tích trồng rừng", I(H124), location="Văn Yên"),
    F("Yên Bình (1.985 ha)", "1.985", 1985, "measure", "ha", "diện tích trồng rừng", I(H124), location="Yên Bình"),
    F("Trấn Yên (1.420 ha)", "1.420", 1420, "measure", "ha", "diện tích trồng rừng", I(H124), location="Trấn Yên"),
    F("Lục Yên (1.130 ha)", "1.130", 1130, "measure", "ha", "diện tích trồng rừng", I(H124), location="Lục Yên"),
    F("ước đạt 412.600 m³", "412.600", 412600, "measure", "m³", "sản lượng gỗ rừng trồng khai thác", I(H124),
      change=CH("increase", 9.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 58.000 m³", "58.000", 58000, "measure", "m³", "gỗ lớn khai thác", I(H124),
      approx="about", total=412600, status="estimate"),
    F("ước đạt 2.185 tỷ đồng", "2.185", 2185e9, "money", "đồng", "giá trị sản xuất lâm nghiệp", I(H124), status="estimate"),
    F("gần 38 triệu cây", "38", 38e6, "count", "cây giống", "cây giống lâm nghiệp các vườn ươm sản xuất", I(H124), approx="nearly"),
    F("chiếm 23%", "23", 23, "percent", "%", "tỷ lệ cây giống nuôi cấy mô", I(H124)),
    F("đạt 22.480 ha", "22.480", 22480, "measure", "ha",
      "diện tích rừng được cấp chứng chỉ quản lý rừng bền vững (FSC)", ASOF,
      change=CH("increase", 3150, "ha", "cuối năm 2023")),
    F("mức 63%", "63", 63, "percent", "%", "tỷ lệ che phủ rừng"),
    F("có 1.136 cơ sở", "1.136", 1136, "count", "cơ sở", "cơ sở chế biến lâm sản"),
    F("42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", "doanh nghiệp chế biến sâu", total=1136),
    F("khoảng 350.000 m³/năm", "350.000", 350000, "measure", "m³/năm", "tổng công suất doanh nghiệp chế biến sâu",
      approx="about"),
    F("đạt 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", T25, status="target"),
    F("đạt 1 triệu m³/năm", "1", 1e6, "measure", "m³/năm", "sản lượng khai thác gỗ rừng trồng", T25, status="target"),
]

COMMENTS = [
    "Yên Bái province portal: planted forest, timber harvest, seedlings, FSC area, processing firms, H1/2024.",
    "Headline '6 tháng đầu năm' takes 2024 (the Cập nhật date); districts in brackets go to location, no total (no cue, do not add up).",
    "'trong đó cây giống nuôi cấy mô chiếm 23%' has no number of its own before the share: a percent figure, not an attribute.",
    "Distractors: Lượt xem 3.482, số 628 đường Điện Biên, Quốc lộ 37, phone 0216.3852.467, dates.",
]

emit("p542-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Yên Bái")
