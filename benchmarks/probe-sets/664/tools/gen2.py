"""p664-2: huyện Nho Quan district portal — Vườn quốc gia Cúc Phương cứu hộ quý I/2025."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHO QUAN

Trang chủ | Tin tức - Sự kiện | Kinh tế

Vườn quốc gia Cúc Phương tiếp nhận 57 cá thể động vật hoang dã trong quý I

Thứ Năm, 17/04/2025 - 15:20

Quý I/2025, các trung tâm cứu hộ thuộc Vườn quốc gia Cúc Phương (xã Cúc Phương, huyện Nho Quan) đã tiếp nhận 57 cá thể động vật hoang dã do lực lượng chức năng các tỉnh chuyển giao, gồm 22 cá thể tê tê Java, 9 cá thể tê tê vàng, 14 cá thể linh trưởng và 12 cá thể rùa các loại. So với cùng kỳ năm 2024, số cá thể tiếp nhận tăng 18,8%.

Hiện Trung tâm Cứu hộ linh trưởng nguy cấp đang nuôi dưỡng 176 cá thể thuộc 15 loài; Trung tâm Cứu hộ thú ăn thịt và tê tê đang chăm sóc 63 cá thể tê tê, tỷ lệ lấp đầy chuồng trại ở mức 120-125%. Chi phí thức ăn, thuốc men cho mỗi cá thể tê tê khoảng 1,5 triệu đồng/tháng.

Trong quý, hai trung tâm đã phối hợp thả 31 cá thể về rừng tự nhiên của Vườn, trong đó có 18 cá thể tê tê; tỷ lệ tê tê sống sót sau cứu hộ đạt khoảng 70%. Tổng kinh phí cứu hộ gần 420 triệu đồng, trong đó ngân sách nhà nước 150 triệu đồng, còn lại do các tổ chức bảo tồn tài trợ.

Cùng thời gian, Hạt Kiểm lâm Vườn quốc gia tổ chức 245 lượt tuần tra, truy quét với 1.120 lượt người tham gia, tháo gỡ 384 bẫy thú, phá dỡ 7 lán trại trái phép tại các tiểu khu 621, 637 và khu vực giáp đường ĐT.477.

Mọi thông tin xin liên hệ Hạt Kiểm lâm Vườn quốc gia Cúc Phương, điện thoại 0229.3848.006.

Đinh Hà (Trung tâm VH-TT&TT huyện)
"""

Q = P("Quý I/2025", "2025-01-01", "2025-03-31")
Qh = P("quý I", "2025-01-01", "2025-03-31")
Qt = P("Trong quý", "2025-01-01", "2025-03-31")

FIGS = [
    F("tiếp nhận 57 cá thể động vật hoang dã trong quý I", "57", 57, "count", "cá thể",
      "cá thể động vật hoang dã Vườn quốc gia Cúc Phương tiếp nhận", Qh),
    F("tiếp nhận 57 cá thể động vật hoang dã do", "57", 57, "count", "cá thể",
      "cá thể động vật hoang dã các trung tâm cứu hộ tiếp nhận", Q),
    F("gồm 22 cá thể", "22", 22, "count", "cá thể", "tê tê Java tiếp nhận", Q, total=57),
    F("9 cá thể tê tê vàng", "9", 9, "count", "cá thể", "tê tê vàng tiếp nhận", Q, total=57),
    F("14 cá thể linh trưởng", "14", 14, "count", "cá thể", "linh trưởng tiếp nhận", Q, total=57),
    F("12 cá thể rùa", "12", 12, "count", "cá thể", "rùa các loại tiếp nhận", Q, total=57),
    F("tăng 18,8%", "18,8", 18.8, "percent", "%", "số cá thể tiếp nhận tăng so với cùng kỳ", I(Q)),
    F("nuôi dưỡng 176 cá thể", "176", 176, "count", "cá thể", "cá thể Trung tâm Cứu hộ linh trưởng nguy cấp đang nuôi dưỡng"),
    F("thuộc 15 loài", "15", 15, "count", "loài", "loài linh trưởng đang nuôi dưỡng"),
    F("chăm sóc 63 cá thể", "63", 63, "count", "cá thể", "cá thể tê tê Trung tâm Cứu hộ thú ăn thịt và tê tê đang chăm sóc"),
    F("120-125%", "120", 120, "percent", "%", "tỷ lệ lấp đầy chuồng trại", value_max=125),
    F("1,5 triệu đồng/tháng", "1,5", 1.5e6, "money", "đồng/tháng", "chi phí thức ăn, thuốc men cho mỗi cá thể tê tê",
      approx="about"),
    F("hai trung tâm", "hai", 2, "count", "trung tâm", "trung tâm cứu hộ phối hợp thả động vật", optional=True),
    F("thả 31 cá thể", "31", 31, "count", "cá thể", "cá thể thả về rừng tự nhiên", Qt),
    F("có 18 cá thể tê tê", "18", 18, "count", "cá thể", "tê tê thả về rừng tự nhiên", Qt, total=31),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ tê tê sống sót sau cứu hộ", Qt, approx="about"),
    F("gần 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí cứu hộ", I(Q), approx="nearly"),
    F("nhà nước 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí cứu hộ từ ngân sách nhà nước", I(Q),
      total=420e6),
    F("245 lượt", "245", 245, "count", "lượt", "lượt tuần tra, truy quét của Hạt Kiểm lâm", I(Q)),
    F("1.120 lượt người", "1.120", 1120, "count", "lượt người", "lượt người tham gia tuần tra, truy quét", I(Q)),
    F("384 bẫy thú", "384", 384, "count", "bẫy thú", "bẫy thú tháo gỡ", I(Q)),
    F("7 lán trại", "7", 7, "count", "lán trại", "lán trại trái phép phá dỡ", I(Q)),
]

COMMENTS = [
    "Cổng TTĐT huyện Nho Quan (Ninh Bình): Vườn quốc gia Cúc Phương tiếp nhận, thả động vật hoang dã quý I/2025; kiểm lâm tuần tra.",
    "Dateline 'Thứ Năm, 17/04/2025 - 15:20'; headline 'trong quý I' has no year: takes 2025 from the dateline (published).",
    "Distractors: 'tiểu khu 621, 637', 'ĐT.477', phone 0229.3848.006. '18,8%' is a growth rate as its own claim: percent figure, no change.",
    "'gồm' list after 57 adds up (22+9+14+12): total 57. 'Trong quý' gives the quarter (scored); 'Cùng thời gian' is an anaphor (inherited).",
    "revised after scoring: 'hai trung tâm' (the two centres already named, anaphoric) added as optional, as shared h27/h05 treat such counts.",
    "District portal, figures about the park in xã Cúc Phương, huyện Nho Quan: location Nho Quan.",
]

if __name__ == "__main__":
    emit("p664-2", TEXT, COMMENTS, FIGS, published="2025-04-17", location="Nho Quan")
