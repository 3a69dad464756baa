"""p941-1: Bình Thuận province portal — 9-month coastal protection forest planting against shifting sand."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bình Thuận trồng mới 845 ha rừng phòng hộ chống cát bay
Cập nhật: 15/10/2024 09:20 | Lượt xem: 1.237

9 tháng đầu năm 2024, các địa phương ven biển của tỉnh Bình Thuận đã trồng mới 845 ha rừng phòng hộ chắn gió, chắn cát bay, đạt 76,8% kế hoạch năm, tăng 12,5% so với cùng kỳ năm 2023. Trong đó, huyện Tuy Phong trồng 312 ha, Bắc Bình 286 ha, Hàm Thuận Nam 247 ha. Riêng quý III/2024, toàn tỉnh trồng được 415 ha, chiếm 49,1% diện tích trồng của 9 tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 20.500 ha đất cát ven biển, trong đó gần 6.800 ha đang bị cát bay, cát nhảy đe dọa trực tiếp khu dân cư, đất sản xuất và tuyến đường ĐT.716. Diện tích đất bị hoang mạc hóa, thoái hóa nặng ước khoảng 3.450 ha, chiếm 16,8% diện tích đất cát ven biển.

Các loài cây được trồng chủ yếu là phi lao, keo lá tràm với mật độ 2.500 cây/ha; tỷ lệ cây sống sau 6 tháng đạt 82%. Tổng kinh phí thực hiện 9 tháng ước đạt 38,6 tỷ đồng, trong đó vốn ngân sách Trung ương 24,2 tỷ đồng, còn lại là vốn ngân sách tỉnh và vốn xã hội hóa. Mức hỗ trợ trồng rừng phòng hộ theo Quyết định số 1652/QĐ-UBND là 45 triệu đồng/ha.

Năm 2025, tỉnh phấn đấu trồng mới 1.200 ha rừng phòng hộ ven biển, nâng tỷ lệ che phủ rừng toàn tỉnh lên 43,5%. Dự kiến tổng nhu cầu vốn giai đoạn 2025-2030 khoảng 420 tỷ đồng.

Tin, ảnh: Cổng TTĐT tỉnh
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
SUBJ = "rừng phòng hộ chắn gió, chắn cát bay trồng mới"
FIGS = [
    F("trồng mới 845 ha rừng phòng hộ chống", "845", 845, "measure", "ha",
      "rừng phòng hộ chống cát bay trồng mới"),
    F("đã trồng mới 845 ha", "845", 845, "measure", "ha", SUBJ, percent=76.8,
      change=C("increase", 12.5, "%", "cùng kỳ năm 2023"), period=M9),
    F("Tuy Phong trồng 312 ha", "312", 312, "measure", "ha", SUBJ, total=845, period=I(M9), location="Tuy Phong"),
    F("Bắc Bình 286 ha", "286", 286, "measure", "ha", SUBJ, total=845, period=I(M9), location="Bắc Bình"),
    F("Hàm Thuận Nam 247 ha", "247", 247, "measure", "ha", SUBJ, total=845, period=I(M9), location="Hàm Thuận Nam"),
    F("trồng được 415 ha", "415", 415, "measure", "ha", "diện tích rừng phòng hộ trồng được", percent=49.1,
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 20.500 ha", "20.500", 20500, "measure", "ha", "đất cát ven biển", approx="about"),
    F("gần 6.800 ha", "6.800", 6800, "measure", "ha", "đất cát ven biển bị cát bay, cát nhảy đe dọa",
      approx="nearly", total=20500),
    F("ước khoảng 3.450 ha", "3.450", 3450, "measure", "ha", "diện tích đất bị hoang mạc hóa, thoái hóa nặng",
      approx="about", percent=16.8, status="estimate"),
    F("mật độ 2.500 cây/ha", "2.500", 2500, "measure", "cây/ha", "mật độ trồng phi lao, keo lá tràm"),
    F("sau 6 tháng đạt", "6", 6, "measure", "tháng", optional=True),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ cây sống sau 6 tháng"),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng kinh phí thực hiện", status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("Trung ương 24,2 tỷ đồng", "24,2", 24.2e9, "money", "đồng", "vốn ngân sách Trung ương", total=38.6e9,
      status="estimate", period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("là 45 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", "mức hỗ trợ trồng rừng phòng hộ"),
    F("trồng mới 1.200 ha", "1.200", 1200, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("lên 43,5%", "43,5", 43.5, "percent", "%", "tỷ lệ che phủ rừng toàn tỉnh", status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng nhu cầu vốn", approx="about", status="forecast",
      period=P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")),
]
COMMENTS = [
    "Cổng TTĐT tỉnh Bình Thuận: 9 tháng 2024 trồng rừng phòng hộ chống cát bay; district breakdown after 'Trong đó' (adds up to 845).",
    "Headline repeats 845 ha without a period (a figure, no period). 'Lượt xem: 1.237', 09:20, ĐT.716, QĐ 1652/QĐ-UBND are not figures.",
    "'sau 6 tháng' is part of the survival-rate indicator's name (optional). 'Trong đó, vốn ngân sách Trung ương' continues the estimate.",
    "'hiện có' gives no period. 'chiếm 49,1% diện tích trồng của 9 tháng' is a share (percent), no part-of cue, so no total.",
]
write(1, TEXT, FIGS, COMMENTS, published="2024-10-15", location="Bình Thuận")
