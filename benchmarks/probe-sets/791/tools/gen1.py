"""p791-1: province portal (Đồng Tháp), drones in H1/2024."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Đồng Tháp: Thiết bị bay phun thuốc phủ hơn 60% diện tích lúa
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.315

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh Đồng Tháp có 1.246 máy bay không người lái (UAV) phục vụ sản xuất nông nghiệp, tăng 28,5% so với cùng kỳ năm 2023. Trong đó, huyện Tháp Mười nhiều nhất với 312 chiếc, tiếp đến là Tam Nông 245 chiếc, Cao Lãnh 198 chiếc. Riêng quý II/2024, nông dân và các tổ dịch vụ mua mới 187 máy.

Diện tích lúa được phun thuốc bảo vệ thực vật bằng UAV ước đạt 298.600 lượt ha, chiếm 61,4% tổng diện tích phun thuốc; diện tích bón phân bằng UAV đạt khoảng 54.300 lượt ha. Chi phí thuê phun phổ biến từ 30.000 đến 35.000 đồng/ha, thấp hơn khoảng 40% so với thuê lao động phun thủ công. Phun bằng UAV giúp tiết kiệm 20-30% lượng thuốc và khoảng 90% lượng nước; mỗi giờ một máy phun được 15-20 ha. Tốc độ này gấp khoảng 25 lần so với phun bằng bình đeo vai.

Tổ dịch vụ của anh Lê Văn Tư ở ấp 3, xã Phú Cường (huyện Tam Nông) có 6 máy, mỗi vụ phục vụ trên 2.500 ha cho nông dân dọc Quốc lộ 30.

Tính đến 30/6, toàn tỉnh có 1.873 người được cấp chứng chỉ điều khiển UAV, trong đó 1.120 người là nông dân trực tiếp sản xuất. Theo Kế hoạch số 215/KH-UBND, đến năm 2025 tỉnh phấn đấu có 1.500 UAV và 70% diện tích lúa được phun thuốc bằng thiết bị bay.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T2025 = P("đến năm 2025", None, "2025-12-31")
UAV = "máy bay không người lái (UAV) phục vụ sản xuất nông nghiệp"

FIGS = [
    F("phủ hơn 60% diện tích lúa", "60", 60, "percent", "%", "diện tích lúa được phun thuốc bằng thiết bị bay",
      approx="over"),
    F("có 1.246 máy bay", "1.246", 1246, "count", "máy bay không người lái", UAV, H1,
      change=C("increase", 28.5, "%", "cùng kỳ năm 2023")),
    F("nhiều nhất với 312 chiếc", "312", 312, "count", "chiếc", UAV, I(H1), total=1246, location="Tháp Mười"),
    F("Tam Nông 245 chiếc", "245", 245, "count", "chiếc", UAV, I(H1), total=1246, location="Tam Nông"),
    F("Cao Lãnh 198 chiếc", "198", 198, "count", "chiếc", UAV, I(H1), total=1246, location="Cao Lãnh"),
    F("mua mới 187 máy", "187", 187, "count", "máy", "máy bay không người lái nông dân và các tổ dịch vụ mua mới",
      P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("ước đạt 298.600 lượt ha", "298.600", 298600, "measure", "lượt ha",
      "diện tích lúa được phun thuốc bảo vệ thực vật bằng UAV", I(H1), percent=61.4, status="estimate"),
    F("khoảng 54.300 lượt ha", "54.300", 54300, "measure", "lượt ha", "diện tích bón phân bằng UAV", I(H1),
      approx="about"),
    F("từ 30.000 đến 35.000 đồng/ha", "30.000", 30000, "money", "đồng/ha", "chi phí thuê phun bằng UAV",
      value_max=35000, change=C("decrease", 40, "%", "thuê lao động phun thủ công", "about")),
    F("tiết kiệm 20-30% lượng thuốc", "20", 20, "percent", "%", "lượng thuốc tiết kiệm khi phun bằng UAV",
      value_max=30),
    F("khoảng 90% lượng nước", "90", 90, "percent", "%", "lượng nước tiết kiệm khi phun bằng UAV", approx="about"),
    F("phun được 15-20 ha", "15", 15, "measure", "ha/giờ", "diện tích một máy phun được mỗi giờ", value_max=20),
    F("gấp khoảng 25 lần", "25", 25, "multiple", "lần", "tốc độ phun bằng UAV so với phun bằng bình đeo vai",
      approx="about"),
    F("có 6 máy", "6", 6, "count", "máy", "máy của tổ dịch vụ", location="Tam Nông"),
    F("trên 2.500 ha", "2.500", 2500, "measure", "ha/vụ", "diện tích tổ dịch vụ phục vụ mỗi vụ", approx="over",
      location="Tam Nông"),
    F("có 1.873 người", "1.873", 1873, "count", "người", "người được cấp chứng chỉ điều khiển UAV",
      P("Tính đến 30/6", None, "2024-06-30")),
    F("trong đó 1.120 người", "1.120", 1120, "count", "người",
      "người được cấp chứng chỉ điều khiển UAV là nông dân trực tiếp sản xuất",
      P("Tính đến 30/6", None, "2024-06-30"), total=1873),
    F("có 1.500 UAV", "1.500", 1500, "count", "UAV", "UAV tỉnh phấn đấu có", T2025, status="target"),
    F("và 70% diện tích lúa", "70", 70, "percent", "%", "diện tích lúa được phun thuốc bằng thiết bị bay", T2025,
      status="target"),
]

NOTES = [
    "Đồng Tháp provincial portal: drones (UAV) in farming, first half of 2024. Breadcrumb, Cập nhật dateline, view counter.",
    "Distractors: Lượt xem 2.315, 09:45, quý II/2024 as a period, ấp 3, Lê Văn Tư, Quốc lộ 30, Kế hoạch số 215/KH-UBND.",
    "District items after 'Trong đó' take the whole 1.246 as total. General cost/saving/speed statements carry no period.",
    "'Tính đến 30/6' takes 2024 from quý II/2024 before it.",
]

emit("p791-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Đồng Tháp")
