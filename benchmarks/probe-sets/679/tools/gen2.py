"""p679-2: thị xã Cửa Lò (Nghệ An) district portal: touting fines, licensed vendors, beach cleaning."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ CỬA LÒ
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Hai, 08/07/2024 - 14:20 | Lượt xem: 356

Cửa Lò xử phạt 37 trường hợp chèo kéo, đeo bám du khách

Từ ngày 15/4/2024 (khai trương mùa du lịch) đến nay, Đội kiểm tra liên ngành thị xã đã tổ chức 126 lượt kiểm tra dọc tuyến bãi biển dài 8,2 km, phát hiện và lập biên bản 52 trường hợp vi phạm, tăng 15 trường hợp so với cùng kỳ năm 2023. Trong đó, 37 trường hợp chèo kéo, đeo bám, nài ép du khách; 11 trường hợp kinh doanh không đúng vị trí quy định và 4 trường hợp niêm yết giá không đúng. Tổng số tiền phạt hơn 186 triệu đồng, đã nộp ngân sách nhà nước 172,5 triệu đồng.

Đến nay, thị xã đã cấp thẻ cho 412 người bán hàng rong trên bãi biển, đạt 91,6% số người đăng ký. Các phường có đông người bán hàng rong được cấp thẻ là Thu Thủy (148 người), Nghi Thu (96 người) và Nghi Hương (87 người).

Công tác vệ sinh môi trường bãi biển được duy trì hằng ngày với 65 công nhân của Công ty CP Môi trường đô thị Cửa Lò; bình quân mỗi ngày thu gom khoảng 18-20 tấn rác. Riêng dịp nghỉ lễ 30/4 - 1/5, lượng rác tăng lên gần 35 tấn/ngày. Trong ngày cao điểm 29/6, bãi biển Cửa Lò đón khoảng 85.000 lượt khách tắm biển.

Thị xã đặt mục tiêu năm 2024 đón 3,2 triệu lượt khách, doanh thu du lịch đạt 5.300 tỷ đồng.

Người dân, du khách phát hiện hành vi chèo kéo khách có thể phản ánh qua đường dây nóng 0238.3824.115 hoặc trực tiếp tại trụ sở UBND thị xã, số 18 đường Bình Minh, phường Thu Thủy.

Hoàng Yến - Trung tâm VH-TT&TT thị xã
"""

S = P("Từ ngày 15/4/2024 (khai trương mùa du lịch) đến nay", "2024-04-15", "2024-07-08")
NOW = P("Đến nay", None, "2024-07-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phạt 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp chèo kéo, đeo bám du khách bị xử phạt"),
    F("tổ chức 126 lượt", "126", 126, "count", "lượt kiểm tra",
      "lượt kiểm tra dọc tuyến bãi biển của Đội kiểm tra liên ngành thị xã", S),
    F("dài 8,2 km", "8,2", 8.2, "measure", "km", "tuyến bãi biển"),
    F("biên bản 52 trường hợp", "52", 52, "count", "trường hợp", "trường hợp vi phạm được lập biên bản", S,
      change=CH("increase", 15, "trường hợp", "cùng kỳ năm 2023")),
    F("Trong đó, 37 trường hợp", "37", 37, "count", "trường hợp",
      "trường hợp chèo kéo, đeo bám, nài ép du khách", I(S), total=52),
    F("11 trường hợp kinh doanh", "11", 11, "count", "trường hợp",
      "trường hợp kinh doanh không đúng vị trí quy định", I(S), total=52),
    F("4 trường hợp niêm yết", "4", 4, "count", "trường hợp",
      "trường hợp niêm yết giá không đúng", I(S), total=52),
    F("hơn 186 triệu đồng", "186", 186000000, "money", "đồng", "tổng số tiền phạt", I(S), approx="over"),
    F("nhà nước 172,5 triệu đồng", "172,5", 172500000, "money", "đồng",
      "tiền phạt đã nộp ngân sách nhà nước", I(S)),
    F("cho 412 người", "412", 412, "count", "người bán hàng rong",
      "người bán hàng rong trên bãi biển được cấp thẻ", NOW, percent=91.6),
    # wards (phường) are below district level: the spec's location is province/city/district, so Cửa Lò stays
    F("Thu Thủy (148 người)", "148", 148, "count", "người", "người bán hàng rong được cấp thẻ phường Thu Thủy", I(NOW)),
    F("Nghi Thu (96 người)", "96", 96, "count", "người", "người bán hàng rong được cấp thẻ phường Nghi Thu", I(NOW)),
    F("Nghi Hương (87 người)", "87", 87, "count", "người", "người bán hàng rong được cấp thẻ phường Nghi Hương", I(NOW)),
    F("với 65 công nhân", "65", 65, "count", "công nhân",
      "công nhân duy trì vệ sinh môi trường bãi biển"),
    F("khoảng 18-20 tấn", "18", 18, "measure", "tấn", "rác thu gom bình quân mỗi ngày",
      value_max=20, approx="about"),
    F("gần 35 tấn/ngày", "35", 35, "measure", "tấn/ngày", "lượng rác",
      P("dịp nghỉ lễ 30/4 - 1/5", "2024-04-30", "2024-05-01"), approx="nearly"),
    F("khoảng 85.000 lượt", "85.000", 85000, "count", "lượt khách", "khách tắm biển bãi biển Cửa Lò đón",
      P("ngày cao điểm 29/6", "2024-06-29", "2024-06-29"), approx="about"),
    F("đón 3,2 triệu lượt", "3,2", 3200000, "count", "lượt khách", "lượt khách thị xã đón", Y24, status="target"),
    F("đạt 5.300 tỷ đồng", "5.300", 5300000000000, "money", "đồng", "doanh thu du lịch", Y24, status="target"),
]

COMMENTS = [
    "Cửa Lò (Nghệ An) town portal, dateline 'Thứ Hai, 08/07/2024 - 14:20', Lượt xem 356: touting fines, licensed vendors, beach cleaning.",
    "Not figures: Lượt xem 356, dates 15/4/2024, 30/4 - 1/5, 29/6, hotline 0238.3824.115, 'số 18 đường Bình Minh'.",
    "'Từ ngày 15/4/2024 ... đến nay' runs to the dateline; 'Đến nay' is as-of the dateline; single days are one-day periods.",
    "Ward items (phường Thu Thủy ...) keep location Cửa Lò: FIGURES.md locations are province/city/district; the three wards do not add up to 412 and follow no cue: no total.",
    "revised after the first scoring: subject of 126 lượt now keeps the sentence's own naming 'dọc tuyến bãi biển' (FIGURES.md: the indicator as the sentence names it).",
    "'lượng rác tăng lên gần 35 tấn/ngày' is the new level (a figure), not a change. 172,5 triệu nộp ngân sách: no cue, no total.",
]

if __name__ == "__main__":
    emit("p679-2", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Cửa Lò")
