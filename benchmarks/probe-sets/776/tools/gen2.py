"""p776-2: Mù Cang Chải district portal — cattle deaths and frost damage in the cold spell of 18-24/01/2024."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÙ CANG CHẢI
Tin tức > Nông nghiệp - Nông thôn
Thứ Năm, 25/01/2024 - 15:45

Mù Cang Chải: 217 con gia súc chết do rét đậm, rét hại

Từ ngày 18/01 đến ngày 24/01/2024, do ảnh hưởng của đợt không khí lạnh tăng cường, nhiệt độ thấp nhất tại khu vực đèo Khau Phạ xuống 0,6 độ C, xuất hiện băng giá và sương muối trên diện rộng.

Theo thống kê của Phòng Nông nghiệp và PTNT huyện, đợt rét đã làm chết 217 con gia súc, tăng 62 con so với đợt rét tháng 12/2022; trong đó có 164 con trâu, 38 con bò và 15 con ngựa. Các xã có số gia súc chết nhiều là Chế Tạo (46 con), Lao Chải (39 con), Dế Xu Phình (31 con), Nậm Khắt (28 con).

Bên cạnh đó, có 86,4 ha rau màu vụ đông và 23 ha cây dược liệu bị sương muối làm cháy lá, giảm năng suất từ 30 đến 50%. Tổng giá trị thiệt hại ban đầu ước khoảng 3,9 tỷ đồng.

Thực hiện Quyết định số 76/QĐ-UBND của UBND tỉnh Yên Bái, huyện sẽ hỗ trợ 1,5 triệu đồng/con đối với trâu, bò dưới 6 tháng tuổi và 3 triệu đồng/con đối với trâu, bò từ 6 tháng tuổi trở lên. Dự kiến tổng kinh phí hỗ trợ khoảng 590 triệu đồng.

Hiện toàn huyện còn khoảng 28.600 con trâu, bò; 92% số hộ chăn nuôi đã che chắn chuồng trại, dự trữ được hơn 4.100 tấn rơm, cỏ khô. Huyện phấn đấu đến năm 2025 có 100% số hộ chăn nuôi có chuồng trại kiên cố, bảo đảm chống rét.

Đường dây nóng trực ban phòng, chống thiên tai huyện: 0216.3878.022.
"""

W = P("Từ ngày 18/01 đến ngày 24/01/2024", "2024-01-18", "2024-01-24")
Wi = I(W)
G = "gia súc chết do rét đậm, rét hại"
FIG = [
    F("Chải: 217 con", "217", 217, "count", "con gia súc", G, Wi),
    F("xuống 0,6 độ C", "0,6", 0.6, "measure", "độ C", "nhiệt độ thấp nhất tại khu vực đèo Khau Phạ", W),
    F("chết 217 con gia súc", "217", 217, "count", "con gia súc", G, Wi,
      change=CH("increase", 62, "con", "đợt rét tháng 12/2022")),
    F("có 164 con trâu", "164", 164, "count", "con trâu", "trâu chết do rét", Wi, total=217),
    F("38 con bò", "38", 38, "count", "con bò", "bò chết do rét", Wi, total=217),
    F("15 con ngựa", "15", 15, "count", "con ngựa", "ngựa chết do rét", Wi, total=217),
    F("Chế Tạo (46 con)", "46", 46, "count", "con", "số gia súc chết", Wi),
    F("Lao Chải (39 con)", "39", 39, "count", "con", "số gia súc chết", Wi),
    F("Dế Xu Phình (31 con)", "31", 31, "count", "con", "số gia súc chết", Wi),
    F("Nậm Khắt (28 con)", "28", 28, "count", "con", "số gia súc chết", Wi),
    F("có 86,4 ha", "86,4", 86.4, "measure", "ha", "diện tích rau màu vụ đông bị sương muối làm cháy lá", Wi),
    F("và 23 ha", "23", 23, "measure", "ha", "diện tích cây dược liệu bị sương muối làm cháy lá", Wi),
    F("từ 30 đến 50%", "30", 30, "percent", "%", "mức giảm năng suất rau màu, cây dược liệu", Wi, value_max=50),
    F("ước khoảng 3,9 tỷ đồng", "3,9", 3.9e9, "money", "đồng", "tổng giá trị thiệt hại ban đầu", Wi,
      approx="about", status="estimate"),
    F("hỗ trợ 1,5 triệu đồng/con", "1,5", 1.5e6, "money", "đồng/con", "mức hỗ trợ trâu, bò dưới 6 tháng tuổi bị chết"),
    F("dưới 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", None, None, approx="under", optional=True),
    F("và 3 triệu đồng/con", "3", 3e6, "money", "đồng/con", "mức hỗ trợ trâu, bò từ 6 tháng tuổi trở lên bị chết"),
    F("từ 6 tháng tuổi", "6", 6, "measure", "tháng tuổi", None, None, approx="at_least", optional=True),
    F("khoảng 590 triệu đồng", "590", 590e6, "money", "đồng", "tổng kinh phí hỗ trợ", None,
      approx="about", status="forecast"),
    F("khoảng 28.600 con", "28.600", 28600, "count", "con trâu, bò", "đàn trâu, bò toàn huyện", None, approx="about"),
    F("92% số hộ", "92", 92, "percent", "%", "số hộ chăn nuôi đã che chắn chuồng trại"),
    F("hơn 4.100 tấn", "4.100", 4100, "measure", "tấn", "rơm, cỏ khô dự trữ", None, approx="over"),
    F("có 100% số hộ", "100", 100, "percent", "%", "số hộ chăn nuôi có chuồng trại kiên cố, bảo đảm chống rét",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

emit("p776-2", TEXT, [
    "Cổng TTĐT huyện Mù Cang Chải (Yên Bái): rét đậm, rét hại 18-24/01/2024 (invented).",
    "District portal: location is the district throughout; the commune list (Chế Tạo, Lao Chải …) is commune-level, and the spec",
    "names only province, city or district, so those items keep the district as location. The commune list neither adds up to",
    "217 nor follows a cue: no total. 'tăng 62 con so với …' right after 217 is its change. '6 tháng tuổi' thresholds optional.",
    "'Hiện' sentences: no period. Decision number, phone, dateline are distractors.",
], FIG, published="2024-01-25", location="Mù Cang Chải")
