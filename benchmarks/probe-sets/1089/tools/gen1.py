"""p1089-1: province portal (Thái Bình), mechanised rice transplanting, machine fleet, rates by stage."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Cơ giới hóa khâu cấy lúa đạt gần 50%

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh gieo cấy 75.420 ha lúa vụ Xuân, trong đó diện tích cấy bằng máy đạt 37.410 ha, chiếm 49,6%, tăng 6,2 điểm phần trăm so với vụ Xuân năm 2023.

Toàn tỉnh hiện có 8.940 máy kéo các loại (trong đó 2.150 máy có công suất từ 35 mã lực trở lên), 1.265 máy gặt đập liên hợp, 612 máy cấy và 148 thiết bị bay không người lái phục vụ phun thuốc bảo vệ thực vật. So với năm 2020, số máy cấy tăng gấp 3,4 lần. Hiện nay, mức độ cơ giới hóa trong sản xuất lúa của tỉnh ở khâu làm đất đạt 100%, tưới tiêu 98,5%, thu hoạch 97,2%, phun thuốc bảo vệ thực vật 62% và sấy 41%.

Tại HTX Nông nghiệp An Ninh 2 (huyện Quỳnh Phụ), 3 máy cấy của HTX đảm nhận 180 ha, chiếm 75% diện tích lúa của xã. Ông Phạm Văn Bảy, Giám đốc HTX cho biết, mỗi máy cấy 4 hàng cấy được 2-2,5 ha/ngày, thay thế 25-30 lao động. Giá dịch vụ cấy máy của HTX (kể cả làm mạ khay) từ 220.000 đến 250.000 đồng/sào, thấp hơn khoảng 30% so với cấy tay.

Theo Kế hoạch số 86/KH-UBND ngày 12/3/2024, tỉnh phấn đấu đến năm 2025 mức độ cơ giới hóa khâu gieo cấy đạt 60%, khâu sấy đạt 50%. Tỉnh hỗ trợ 30% giá mua máy cấy mới, tối đa 100 triệu đồng/máy; 6 tháng đầu năm 2024 đã có 46 máy cấy được hỗ trợ với tổng kinh phí 3,8 tỷ đồng.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
QP = "Quỳnh Phụ"

FIGS = [
    F("đạt gần 50%", "50", 50, "percent", "%", "tỷ lệ cơ giới hóa khâu cấy lúa", approx="nearly"),
    F("gieo cấy 75.420 ha", "75.420", 75420, "measure", "ha", "diện tích gieo cấy lúa vụ Xuân", period=Y24),
    F("đạt 37.410 ha", "37.410", 37410, "measure", "ha", "diện tích lúa vụ Xuân cấy bằng máy",
      total=75420, percent=49.6, change=C("increase", 6.2, "điểm phần trăm", "vụ Xuân năm 2023"), period=Y24),
    F("có 8.940 máy kéo", "8.940", 8940, "count", "máy kéo", "máy kéo các loại"),
    F("2.150 máy có công suất", "2.150", 2150, "count", "máy", "máy kéo có công suất từ 35 mã lực trở lên", total=8940),
    F("từ 35 mã lực trở lên", "35", 35, "measure", "mã lực", "công suất máy kéo", approx="at_least", optional=True),
    F("1.265 máy gặt đập liên hợp", "1.265", 1265, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp"),
    F("612 máy cấy", "612", 612, "count", "máy cấy", "máy cấy"),
    F("148 thiết bị bay", "148", 148, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ phun thuốc bảo vệ thực vật"),
    F("tăng gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "số máy cấy so với năm 2020"),
    F("làm đất đạt 100%", "100", 100, "percent", "%", "mức độ cơ giới hóa khâu làm đất trong sản xuất lúa"),
    F("tưới tiêu 98,5%", "98,5", 98.5, "percent", "%", "mức độ cơ giới hóa khâu tưới tiêu trong sản xuất lúa"),
    F("thu hoạch 97,2%", "97,2", 97.2, "percent", "%", "mức độ cơ giới hóa khâu thu hoạch trong sản xuất lúa"),
    F("thực vật 62%", "62", 62, "percent", "%", "mức độ cơ giới hóa khâu phun thuốc bảo vệ thực vật trong sản xuất lúa"),
    F("sấy 41%", "41", 41, "percent", "%", "mức độ cơ giới hóa khâu sấy trong sản xuất lúa"),
    F("3 máy cấy của HTX", "3", 3, "count", "máy cấy", "máy cấy của HTX Nông nghiệp An Ninh 2", location=QP),
    F("đảm nhận 180 ha", "180", 180, "measure", "ha", "diện tích lúa máy cấy của HTX đảm nhận", percent=75, location=QP),
    F("máy cấy 4 hàng", "4", 4, "count", "hàng", "số hàng của máy cấy", optional=True, location=QP),
    F("2-2,5 ha/ngày", "2", 2, "measure", "ha/ngày", "diện tích mỗi máy cấy cấy được", value_max=2.5, location=QP),
    F("thay thế 25-30 lao động", "25", 25, "count", "lao động", "lao động mỗi máy cấy thay thế", value_max=30, location=QP),
    F("từ 220.000 đến", "220.000", 220000, "money", "đồng/sào", "giá dịch vụ cấy máy của HTX (kể cả làm mạ khay)",
      value_max=250000, change=C("decrease", 30, "%", "cấy tay", "about"), location=QP),
    F("gieo cấy đạt 60%", "60", 60, "percent", "%", "mức độ cơ giới hóa khâu gieo cấy", status="target", period=TO25),
    F("khâu sấy đạt 50%", "50", 50, "percent", "%", "mức độ cơ giới hóa khâu sấy", status="target", period=TO25),
    F("hỗ trợ 30% giá", "30", 30, "percent", "%", "mức hỗ trợ giá mua máy cấy mới"),
    F("tối đa 100 triệu", "100", 100e6, "money", "đồng/máy", "mức hỗ trợ tối đa mua máy cấy mới", approx="at_most"),
    F("có 46 máy cấy", "46", 46, "count", "máy cấy", "máy cấy được hỗ trợ", period=H1),
    F("kinh phí 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", "tổng kinh phí hỗ trợ máy cấy", period=H1),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Bình, 18/07/2024: cấy lúa bằng máy, số máy móc, mức độ cơ giới hóa theo khâu, HTX ở Quỳnh Phụ, mục tiêu 2025.",
    "Headline 'gần 50%' is a figure of its own (no period: year-less headline). 'vụ Xuân' is part of the subject; period from 'năm 2024'.",
    "'tăng 6,2 điểm phần trăm' is the change of 37.410 ha (the figure the clause follows), unit điểm phần trăm.",
    "'từ 35 mã lực trở lên' (category threshold) and 'máy cấy 4 hàng' (machine type) are optional.",
    "HTX figures are located in huyện Quỳnh Phụ. Distractors: Lượt xem 2.315, 09:45, Kế hoạch số 86/KH-UBND ngày 12/3/2024, An Ninh 2, Phạm Văn Bảy.",
]

if __name__ == "__main__":
    write("p1089-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Thái Bình")
