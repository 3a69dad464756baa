"""p1284-1: province portal (Lào Cai): livestock deaths and crop damage in the cold spell of late January 2024."""
from lib import F, period, inherited, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Rét hại kéo dài, gần 300 con gia súc bị chết

Cập nhật: 26/01/2024 16:45 | Lượt xem: 1.386

Theo báo cáo nhanh của Sở Nông nghiệp và Phát triển nông thôn, từ ngày 21/1/2024 đến nay, đợt rét đậm, rét hại kèm sương muối, băng giá đã làm 286 con gia súc trên địa bàn tỉnh bị chết, trong đó 117 con trâu, 152 con bò và 17 con ngựa. Thiệt hại về chăn nuôi ước tính khoảng 4,3 tỷ đồng.

Về trồng trọt, sương muối xuất hiện dày tại các huyện Bát Xát, Bắc Hà, Si Ma Cai và thị xã Sa Pa làm hư hại 138,6 ha cây trồng, gồm 42,5 ha mạ, 71,3 ha rau màu và 24,8 ha chè. Riêng diện tích mạ bị chết hoàn toàn, phải gieo lại khoảng 30 ha.

Nhiệt độ thấp nhất tại thị xã Sa Pa là -1,5 độ C vào sáng 24/1; trên đỉnh Fansipan nhiệt độ xuống -4 độ C, băng tuyết phủ trắng nhiều khu vực.

Toàn tỉnh hiện có hơn 214.000 con trâu, bò, ngựa; người dân đã dự trữ khoảng 165.000 tấn thức ăn thô xanh, đạt 87% kế hoạch. UBND tỉnh đã xuất cấp 25 tấn muối, 1.200 lít hóa chất sát trùng cho 6 huyện vùng cao; hướng dẫn người dân che chắn chuồng trại, không thả rông gia súc khi nhiệt độ xuống dưới 12 độ C.

Đài Khí tượng Thủy văn tỉnh dự báo rét đậm, rét hại còn kéo dài đến hết ngày 30/1, nhiệt độ thấp nhất ở vùng núi cao phổ biến từ 0 đến 3 độ C, có nơi dưới 0 độ C.

Tin liên quan:
- Sa Pa: Du khách đổ về ngắm băng tuyết trên đỉnh Fansipan
- Bát Xát triển khai Kế hoạch số 15/KH-UBND phòng, chống đói rét cho gia súc
"""

SPELL = period("từ ngày 21/1/2024 đến nay", "2024-01-21", "2024-01-26")
DAY24 = period("sáng 24/1", "2024-01-24", "2024-01-24")
SP = "Sa Pa"

FIGS = [
    F("gần 300 con", "300", 300, "count", "con", approx="nearly", subject="gia súc bị chết"),
    F("làm 286 con", "286", 286, "count", "con", subject="gia súc trên địa bàn tỉnh bị chết", period=SPELL),
    F("117 con trâu", "117", 117, "count", "con", total=286, subject="trâu bị chết", period=SPELL),
    F("152 con bò", "152", 152, "count", "con", total=286, subject="bò bị chết", period=SPELL),
    F("17 con ngựa", "17", 17, "count", "con", total=286, subject="ngựa bị chết", period=SPELL),
    F("khoảng 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", approx="about", status="estimate",
      subject="thiệt hại về chăn nuôi", period=inherited(SPELL)),
    F("hư hại 138,6 ha", "138,6", 138.6, "measure", "ha", subject="cây trồng bị sương muối làm hư hại",
      period=inherited(SPELL)),
    F("42,5 ha mạ", "42,5", 42.5, "measure", "ha", total=138.6, subject="mạ bị hư hại", period=inherited(SPELL)),
    F("71,3 ha rau", "71,3", 71.3, "measure", "ha", total=138.6, subject="rau màu bị hư hại",
      period=inherited(SPELL)),
    F("24,8 ha chè", "24,8", 24.8, "measure", "ha", total=138.6, subject="chè bị hư hại", period=inherited(SPELL)),
    F("khoảng 30 ha", "30", 30, "measure", "ha", approx="about",
      subject="diện tích mạ bị chết hoàn toàn, phải gieo lại", period=inherited(SPELL)),
    F("là -1,5 độ C", "1,5", -1.5, "measure", "độ C", subject="nhiệt độ thấp nhất",
      period=DAY24, location=SP),
    F("xuống -4 độ C", "4", -4, "measure", "độ C", subject="nhiệt độ trên đỉnh Fansipan", period=DAY24,
      location=SP),
    F("hơn 214.000 con", "214.000", 214000, "count", "con", approx="over", subject="trâu, bò, ngựa toàn tỉnh"),
    F("khoảng 165.000 tấn", "165.000", 165000, "measure", "tấn", approx="about", percent=87,
      subject="thức ăn thô xanh người dân đã dự trữ"),
    F("cấp 25 tấn", "25", 25, "measure", "tấn", subject="muối UBND tỉnh xuất cấp"),
    F("1.200 lít", "1.200", 1200, "measure", "lít", subject="hóa chất sát trùng UBND tỉnh xuất cấp"),
    F("cho 6 huyện", "6", 6, "count", "huyện", subject="huyện vùng cao được cấp muối, hóa chất"),
    F("dưới 12 độ C", "12", 12, "measure", "độ C", approx="under",
      subject="nhiệt độ không thả rông gia súc", optional=True),
    F("từ 0 đến 3 độ C", "0", 0, "measure", "độ C", value_max=3, status="forecast",
      subject="nhiệt độ thấp nhất ở vùng núi cao"),
    F("dưới 0 độ C", "0", 0, "measure", "độ C", approx="under", status="forecast",
      subject="nhiệt độ thấp nhất có nơi"),
]

NOTES = [
    "Province portal (Lào Cai): breadcrumb, 'Cập nhật: 26/01/2024 16:45 | Lượt xem: 1.386', related links.",
    "Distractors: 16:45, Lượt xem 1.386, dates 21/1/2024, 24/1, 30/1, 'Kế hoạch số 15/KH-UBND' in a link.",
    "'từ ngày 21/1/2024 đến nay' ends at the dateline (2024-01-26); the 'trong đó' parts share the sentence (scored).",
    "Crop damage in four districts is a province figure (Lào Cai); 'gồm' parts take total 138,6; 'Riêng ... khoảng 30 ha' has no cue: no total.",
    "Negative temperatures keep their sign (-1,5 and -4 độ C); 'vào sáng 24/1' is a one-day period; Fansipan lies in Sa Pa.",
    "'đạt 87% kế hoạch' is the percent of the 165.000 tấn stock. 'khi nhiệt độ xuống dưới 12 độ C' is a rule threshold: optional.",
    "'dự báo' governs the forecast temperatures (0-3 độ C range, 'dưới 0 độ C'); 'đến hết ngày 30/1' is the spell's end, not given as a period.",
]

if __name__ == "__main__":
    write("p1284-1", TEXT, NOTES, FIGS, published="2024-01-26", location="Lào Cai")
