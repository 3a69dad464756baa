"""p539-6: national press (VnExpress style), bacterial leaf blight on vụ Mùa rice after typhoon, national figures."""
from lib import F, P, Y, I, CH, emit

TEXT = """Thứ tư, 18/9/2024, 16:20 (GMT+7)

Hơn 48.000 ha lúa mùa nhiễm bệnh bạc lá sau bão

Sau bão số 3, bệnh bạc lá vi khuẩn bùng phát trên diện rộng, gây hại 48.350 ha lúa mùa trên cả nước, chủ yếu ở các tỉnh phía Bắc, gấp 3,2 lần cùng kỳ năm ngoái.

Theo Cục Bảo vệ thực vật, đến ngày 16/9, diện tích nhiễm nặng là 6.420 ha, trong đó 1.150 ha có nguy cơ mất trắng. Các địa phương bị nhiễm nhiều nhất là Thái Bình (9.870 ha), Nam Định (8.240 ha), Hải Dương (6.015 ha) và Hà Nội (5.300 ha).

Bên cạnh bạc lá, rầy lưng trắng và rầy nâu gây hại khoảng 12.600 ha, mật độ phổ biến 1.000-2.000 con/m². Sâu đục thân hai chấm lứa 5 cũng đang nở rộ, diện tích nhiễm trong tháng 9 dự báo khoảng 15.000 ha.

Cục Bảo vệ thực vật cho biết đã xuất cấp 50 tấn thuốc bảo vệ thực vật từ nguồn dự trữ quốc gia cho 6 tỉnh, trị giá khoảng 17,5 tỷ đồng. Chi phí phun thuốc trung bình 1,2-1,5 triệu đồng/ha mỗi lần, nhiều hộ phải phun 2-3 lần.

Ông Nguyễn Quý Dương, Phó cục trưởng Cục Bảo vệ thực vật, cho biết ở nhiều địa phương, tỷ lệ diện tích lúa mùa gieo cấy các giống nhiễm bạc lá như BC15, Thiên ưu 8 chiếm tới 45%. "Đến năm 2025 cần giảm tỷ lệ này xuống dưới 20%", ông nói.

Năm 2023, cả nước có khoảng 25.000 ha lúa bị nhiễm bạc lá, chủ yếu ở các tỉnh Bắc Trung Bộ.

Gia Chính
"""

AS_OF = P("đến ngày 16/9", None, "2024-09-16")

FIGS = [
    F("Hơn 48.000 ha", "48.000", 48000, "measure", "ha", "lúa mùa nhiễm bệnh bạc lá", approx="over"),
    F("gây hại 48.350 ha", "48.350", 48350, "measure", "ha", "diện tích lúa mùa nhiễm bệnh bạc lá vi khuẩn",
      change=CH("increase", 3.2, "lần", "cùng kỳ năm ngoái")),
    F("là 6.420 ha", "6.420", 6420, "measure", "ha", "diện tích nhiễm nặng bệnh bạc lá", AS_OF),
    F("đó 1.150 ha", "1.150", 1150, "measure", "ha", "diện tích lúa có nguy cơ mất trắng", AS_OF, total=6420),
    F("Thái Bình (9.870 ha)", "9.870", 9870, "measure", "ha", "diện tích lúa nhiễm bệnh bạc lá", location="Thái Bình"),
    F("Nam Định (8.240 ha)", "8.240", 8240, "measure", "ha", "diện tích lúa nhiễm bệnh bạc lá", location="Nam Định"),
    F("Hải Dương (6.015 ha)", "6.015", 6015, "measure", "ha", "diện tích lúa nhiễm bệnh bạc lá", location="Hải Dương"),
    F("Hà Nội (5.300 ha)", "5.300", 5300, "measure", "ha", "diện tích lúa nhiễm bệnh bạc lá", location="Hà Nội"),
    F("khoảng 12.600 ha", "12.600", 12600, "measure", "ha", "diện tích lúa bị rầy lưng trắng và rầy nâu gây hại",
      approx="about"),
    F("1.000-2.000 con/m²", "1.000", 1000, "measure", "con/m²", "mật độ rầy phổ biến", value_max=2000),
    F("khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích nhiễm sâu đục thân hai chấm",
      P("trong tháng 9", "2024-09-01", "2024-09-30"), approx="about", status="forecast"),
    F("cấp 50 tấn", "50", 50, "measure", "tấn", "thuốc bảo vệ thực vật xuất cấp từ nguồn dự trữ quốc gia"),
    F("cho 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh được xuất cấp thuốc bảo vệ thực vật"),
    F("khoảng 17,5 tỷ", "17,5", 17500000000, "money", "đồng", "trị giá thuốc bảo vệ thực vật xuất cấp", approx="about"),
    F("trung bình 1,2-1,5 triệu", "1,2", 1200000, "money", "đồng/ha", "chi phí phun thuốc trung bình mỗi lần",
      value_max=1500000),
    F("phun 2-3 lần", "2", 2, "count", "lần", "số lần phun thuốc của nhiều hộ", value_max=3),
    F("tới 45%", "45", 45, "percent", "%", "tỷ lệ diện tích lúa mùa gieo cấy các giống nhiễm bạc lá"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ diện tích lúa mùa gieo cấy các giống nhiễm bạc lá",
      P("Đến năm 2025", None, "2025-12-31"), approx="under", status="target"),
    F("khoảng 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích lúa bị nhiễm bạc lá", Y("Năm 2023", 2023),
      approx="about"),
]

COMMENTS = [
    "National press (VnExpress style dateline 'Thứ tư, 18/9/2024, 16:20 (GMT+7)', byline at the end): bacterial leaf blight after typhoon.",
    "National figures ('trên cả nước', Cục BVTV totals): Việt Nam; provinces in the bracketed list go to location (no total: they do not add up).",
    "'gấp 3,2 lần cùng kỳ năm ngoái' after the area is its change. Year-less 'đến ngày 16/9', 'trong tháng 9' take 2024 from the dateline.",
    "'ở nhiều địa phương ... chiếm tới 45%' keeps Việt Nam (no single place). 'phun 2-3 lần' is a count of sprayings (unit lần), not a multiple.",
    "Distractors: '(GMT+7)', 'bão số 3' (a storm's name), 'sâu đục thân hai chấm' (species name), 'lứa 5' (ordinal), 'BC15', 'Thiên ưu 8'.",
]

emit("p539-6", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Việt Nam")
