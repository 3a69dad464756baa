"""p1037-2: huyện Vĩnh Bảo (Hải Phòng) district portal, cremation 10 months 2023, cemetery planning."""
from lib import F, P, I, C, T, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN VĨNH BẢO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội

Vĩnh Bảo: Tỷ lệ hỏa táng 10 tháng đạt trên 56%

Thứ Ba, 14/11/2023 - 10:20

Theo Phòng Lao động - Thương binh và Xã hội huyện, 10 tháng năm 2023, trên địa bàn huyện có 1.062 người qua đời, trong đó 598 trường hợp hỏa táng, chiếm 56,3%, tăng 87 trường hợp so với cùng kỳ năm 2022. Tỷ lệ này vẫn thấp hơn mức bình quân chung của thành phố (khoảng 72%).

Số ca hỏa táng tập trung nhiều ở thị trấn Vĩnh Bảo (74 ca), xã Tân Hưng (41 ca), xã Vĩnh An (38 ca); một số xã ven sông như Vĩnh Tiến, Cao Minh tỷ lệ hỏa táng còn dưới 30%.

Thành phố Hải Phòng hỗ trợ 5 triệu đồng cho mỗi trường hợp hỏa táng có hộ khẩu thường trú trên địa bàn. Từ đầu năm đến nay, huyện đã chi trả gần 3 tỷ đồng tiền hỗ trợ cho các gia đình.

Về quy hoạch nghĩa trang, đến nay 28/30 xã, thị trấn đã hoàn thành quy hoạch nghĩa trang nhân dân. Năm 2023, huyện đã di dời 412 ngôi mộ nằm trong hành lang đường tỉnh 17B và Quốc lộ 37.

Huyện đang triển khai dự án Nghĩa trang nhân dân tập trung tại xã Tân Hưng với diện tích 15,2 ha, tổng mức đầu tư khoảng 96 tỷ đồng, trong đó dành 2,5 ha cho khu lưu giữ tro cốt; dự kiến hoàn thành trong quý II/2024.

Huyện phấn đấu năm 2024 tỷ lệ hỏa táng đạt 65%, đến năm 2025 đạt trên 70%, trong đó thị trấn Vĩnh Bảo đạt 90%.

Minh Thu (Trung tâm Văn hóa, Thông tin và Thể thao huyện)

Địa chỉ: số 16 đường 20/8, thị trấn Vĩnh Bảo, huyện Vĩnh Bảo, TP Hải Phòng. Điện thoại: 0225.3884.215
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
FIGS = [
    F("đạt trên 56%", "56", 56, "percent", "%", "tỷ lệ hỏa táng", P("10 tháng", "2023-01-01", "2023-10-31"), approx="over"),
    F("có 1.062 người", "1.062", 1062, "count", "người", "người qua đời", M10),
    F("598 trường hợp", "598", 598, "count", "trường hợp", "trường hợp hỏa táng", M10, total=1062, percent=56.3,
      change=C("increase", 87, "trường hợp", "cùng kỳ năm 2022")),
    F("(khoảng 72%)", "72", 72, "percent", "%", "tỷ lệ hỏa táng bình quân chung của thành phố", I(M10),
      approx="about", location="Hải Phòng"),
    F("(74 ca)", "74", 74, "count", "ca", "ca hỏa táng", I(M10)),
    F("(41 ca)", "41", 41, "count", "ca", "ca hỏa táng", I(M10)),
    F("(38 ca)", "38", 38, "count", "ca", "ca hỏa táng", I(M10)),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ hỏa táng một số xã ven sông", I(M10), approx="under"),
    F("hỗ trợ 5 triệu đồng", "5", 5e6, "money", "đồng/trường hợp", "mức hỗ trợ mỗi trường hợp hỏa táng", location="Hải Phòng"),
    F("gần 3 tỷ đồng", "3", 3e9, "money", "đồng", "tiền hỗ trợ hỏa táng huyện đã chi trả",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-11-14"), approx="nearly"),
    F("28/30 xã", "28", 28, "count", "xã, thị trấn", "xã, thị trấn hoàn thành quy hoạch nghĩa trang nhân dân",
      P("đến nay", None, "2023-11-14"), total=30),
    F("di dời 412 ngôi mộ", "412", 412, "count", "ngôi mộ", "ngôi mộ di dời khỏi hành lang đường",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("diện tích 15,2 ha", "15,2", 15.2, "measure", "ha", "diện tích Nghĩa trang nhân dân tập trung"),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "tổng mức đầu tư dự án Nghĩa trang nhân dân tập trung", approx="about"),
    F("dành 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích khu lưu giữ tro cốt", total=15.2),
    F("đạt 65%", "65", 65, "percent", "%", "tỷ lệ hỏa táng", P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng", P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
    F("đạt 90%", "90", 90, "percent", "%", "tỷ lệ hỏa táng thị trấn Vĩnh Bảo", P("đến năm 2025", None, "2025-12-31"), status="target"),
]
COMMENTS = [
    "Cổng TTĐT huyện Vĩnh Bảo (Hải Phòng): hỏa táng 10 tháng năm 2023, hỗ trợ của thành phố, quy hoạch nghĩa trang, mục tiêu 2024-2025.",
    "Not figures: '14/11/2023 - 10:20', 'đường tỉnh 17B', 'Quốc lộ 37', 'quý II/2024' (completion date), 'số 16 đường 20/8', phone.",
    "Communes (thị trấn, xã) are below the district: their figures keep location Vĩnh Bảo. The city's support level and average are Hải Phòng.",
    "2,5 ha after 'trong đó' is part of the 15,2 ha (same unit), not of the 96 tỷ đồng that the cue directly follows.",
    "'thấp hơn mức bình quân chung ... (khoảng 72%)': 72% is a level of its own, not a change.",
]
emit("p1037-2", TEXT, FIGS, COMMENTS, published="2023-11-14", location="Vĩnh Bảo")
