"""p566-2: district-level portal (thị xã Sa Pa, Lào Cai), cold spell and frost, January 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA
Tin tức > Tin trong thị xã
Thứ Tư, 24/01/2024 - 10:15

Sa Pa: Nhiệt độ xuống -2,1°C, băng giá xuất hiện tại 6 xã

Theo Trạm Khí tượng Sa Pa, do ảnh hưởng của đợt không khí lạnh tăng cường, sáng ngày 23/01, nhiệt độ thấp nhất tại trung tâm thị xã xuống 0,4°C; tại đỉnh Fansipan (độ cao 3.143 m) nhiệt độ xuống tới -2,1°C. Băng giá, sương muối xuất hiện tại 6/16 xã, phường, dày nhất ở các xã Bản Khoang, Tả Giàng Phình, Ngũ Chỉ Sơn.

Nhiệt độ trung bình ngày 23/01 chỉ đạt 2,8°C, thấp hơn TBNN cùng thời kỳ 6,5°C. Đây là đợt rét đậm, rét hại thứ 3 kể từ đầu mùa đông 2023-2024. Dự báo trong 2-3 ngày tới, nhiệt độ thấp nhất tại Sa Pa phổ biến từ -1 đến 2°C.

Theo báo cáo nhanh của UBND thị xã, tính đến 16 giờ ngày 23/01, rét hại đã làm chết 37 con gia súc (gồm 21 con trâu, 16 con bò); gần 45 ha rau và 12,5 ha lúa xuân mới cấy bị ảnh hưởng, ước thiệt hại khoảng 1,2 tỷ đồng. Thị xã đã cấp 2.000 tấm bạt che chuồng trại, trị giá 100 triệu đồng, và hỗ trợ 2 triệu đồng/ha lúa bị chết rét.

Lượng khách du lịch đến Sa Pa trong 3 ngày cuối tuần qua ước đạt 28.000 lượt, tăng 35% so với tuần trước. Người dân cần hỗ trợ liên hệ đường dây nóng 0214.3871.975 hoặc Phòng Kinh tế thị xã, số 5 đường Xuân Viên.

Lò Thị Hoa - Trung tâm VH-TT&TT thị xã
"""

D23 = P("sáng ngày 23/01", "2024-01-23", "2024-01-23")
ASOF = P("tính đến 16 giờ ngày 23/01", None, "2024-01-23")

FIGS = [
    F("xuống -2,1°C, băng giá", "2,1", -2.1, "measure", "°C", "nhiệt độ", I(D23)),
    F("tại 6 xã", "6", 6, "count", "xã", "xã xuất hiện băng giá", I(D23)),
    F("xuống 0,4°C", "0,4", 0.4, "measure", "°C", "nhiệt độ thấp nhất tại trung tâm thị xã", D23),
    F("độ cao 3.143 m", "3.143", 3143, "measure", "m", "độ cao đỉnh Fansipan", optional=True),
    F("xuống tới -2,1°C.", "2,1", -2.1, "measure", "°C", "nhiệt độ tại đỉnh Fansipan", D23),
    F("tại 6/16 xã", "6", 6, "count", "xã, phường", "xã, phường xuất hiện băng giá, sương muối", I(D23), total=16),
    F("đạt 2,8°C", "2,8", 2.8, "measure", "°C", "nhiệt độ trung bình",
      P("ngày 23/01", "2024-01-23", "2024-01-23"),
      change=CH("decrease", 6.5, "°C", "TBNN cùng thời kỳ")),
    F("từ -1 đến 2°C", "1", -1, "measure", "°C", "nhiệt độ thấp nhất tại Sa Pa", value_max=2, status="forecast"),
    F("chết 37 con gia súc", "37", 37, "count", "con gia súc", "gia súc bị chết do rét hại", ASOF),
    F("gồm 21 con trâu", "21", 21, "count", "con trâu", "trâu bị chết do rét hại", ASOF, total=37),
    F("16 con bò", "16", 16, "count", "con bò", "bò bị chết do rét hại", ASOF, total=37),
    F("gần 45 ha", "45", 45, "measure", "ha", "rau bị ảnh hưởng", ASOF, approx="nearly"),
    F("12,5 ha", "12,5", 12.5, "measure", "ha", "lúa xuân mới cấy bị ảnh hưởng", ASOF),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "thiệt hại do rét hại", ASOF,
      approx="about", status="estimate"),
    F("cấp 2.000 tấm bạt", "2.000", 2000, "count", "tấm bạt", "tấm bạt che chuồng trại được cấp"),
    F("trị giá 100 triệu đồng", "100", 100e6, "money", "đồng", "trị giá bạt che chuồng trại"),
    F("hỗ trợ 2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "hỗ trợ lúa bị chết rét"),
    F("đạt 28.000 lượt", "28.000", 28000, "count", "lượt", "lượng khách du lịch đến Sa Pa",
      change=CH("increase", 35, "%", "tuần trước"), status="estimate"),
]

COMMENTS = [
    "Cổng TTĐT thị xã Sa Pa (Lào Cai): đợt rét hại, băng giá ngày 23/01/2024; thiệt hại, hỗ trợ; byline at the end.",
    "Temperatures below zero have negative values (-2,1°C → -2.1; 'từ -1 đến 2°C' → -1..2).",
    "Fansipan's height 3.143 m is background, optional. Not figures: 'thứ 3' (ordinal), 'mùa đông 2023-2024', 'trong 2-3 ngày tới',",
    "'3 ngày cuối tuần qua' (durations locating the figure in time), '16 giờ', phone 0214.3871.975, 'số 5 đường Xuân Viên'.",
    "Sa Pa is a thị xã (district level): location Sa Pa for all figures.",
]

if __name__ == "__main__":
    emit("p566-2", TEXT, COMMENTS, FIGS, published="2024-01-24", location="Sa Pa")
