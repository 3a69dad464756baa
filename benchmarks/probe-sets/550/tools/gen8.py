"""p550-8: Đà Nẵng city portal, tourism in the first half of 2024 and the DIFF fireworks festival."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Kinh tế / Du lịch - Dịch vụ

Du lịch Đà Nẵng bứt phá trong nửa đầu năm, khách quốc tế tăng hơn 55%

Ngày cập nhật 16/07/2024

Theo Sở Du lịch, 6 tháng đầu năm 2024, tổng lượt khách do cơ sở lưu trú phục vụ ước đạt 4,3 triệu lượt, tăng 31,3% so với cùng kỳ năm 2023; trong đó khách quốc tế ước 1,65 triệu lượt, tăng 55,4%. Tổng thu du lịch ước đạt 18.200 tỷ đồng, bằng 52% kế hoạch năm.

Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) 2024 diễn ra từ ngày 8/6 đến 13/7 với 5 đêm thi của 8 đội pháo hoa đến từ 8 quốc gia, thu hút hơn 700.000 lượt người xem trực tiếp dọc đường Bạch Đằng và đường 2 Tháng 9. Công suất phòng các khách sạn ven sông Hàn vào các đêm thi đạt 90-95%.

Các điểm tham quan đón nhiều khách nhất là Bà Nà Hills ở huyện Hòa Vang (1,35 triệu lượt), Khu danh thắng Ngũ Hành Sơn ở quận Ngũ Hành Sơn (980.000 lượt) và bán đảo Sơn Trà ở quận Sơn Trà (620.000 lượt). Sân bay quốc tế Đà Nẵng hiện có 29 đường bay quốc tế trực tiếp, tăng 4 đường bay so với cuối năm 2023.

Năm 2024, thành phố phấn đấu đón 8,9 triệu lượt khách lưu trú, tổng thu du lịch đạt khoảng 35.000 tỷ đồng. Dự kiến 6 tháng cuối năm, thành phố tổ chức 12 sự kiện lớn.

Cơ quan chủ quản: UBND thành phố Đà Nẵng, 24 Trần Phú, quận Hải Châu. Điện thoại: 0236.3821.151
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
DIFF = P("từ ngày 8/6 đến 13/7", "2024-06-08", "2024-07-13")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng hơn 55%", "55", 55, "percent", "%", approx="over", subject="khách quốc tế", period=I(H1)),
    F("ước đạt 4,3 triệu lượt", "4,3", 4300000, "count", "lượt", change=CH("increase", 31.3, baseline="cùng kỳ năm 2023"),
      status="estimate", subject="tổng lượt khách do cơ sở lưu trú phục vụ", period=H1),
    F("ước 1,65 triệu lượt", "1,65", 1650000, "count", "lượt", total=4300000, change=CH("increase", 55.4),
      status="estimate", subject="khách quốc tế", period=H1),
    F("ước đạt 18.200 tỷ đồng", "18.200", 18200e9, "money", "đồng", percent=52, status="estimate",
      subject="tổng thu du lịch", period=I(H1)),
    F("với 5 đêm thi", "5", 5, "count", "đêm thi", subject="đêm thi Lễ hội Pháo hoa quốc tế Đà Nẵng (DIFF) 2024",
      period=DIFF),
    F("của 8 đội", "8", 8, "count", "đội pháo hoa", subject="đội pháo hoa tham gia DIFF 2024", period=DIFF),
    F("từ 8 quốc gia", "8", 8, "count", "quốc gia", subject="quốc gia có đội pháo hoa tham gia DIFF 2024",
      period=DIFF),
    F("hơn 700.000 lượt người", "700.000", 700000, "count", "lượt người", approx="over",
      subject="lượt người xem trực tiếp DIFF 2024", period=DIFF),
    F("đạt 90-95%", "90", 90, "percent", "%", value_max=95,
      subject="công suất phòng các khách sạn ven sông Hàn vào các đêm thi", period=I(DIFF)),
    F("Hòa Vang (1,35 triệu lượt)", "1,35", 1350000, "count", "lượt", subject="lượt khách đến Bà Nà Hills",
      period=I(H1), location="Hòa Vang"),
    F("Ngũ Hành Sơn (980.000 lượt)", "980.000", 980000, "count", "lượt",
      subject="lượt khách đến Khu danh thắng Ngũ Hành Sơn", period=I(H1), location="Ngũ Hành Sơn"),
    F("Sơn Trà (620.000 lượt)", "620.000", 620000, "count", "lượt", subject="lượt khách đến bán đảo Sơn Trà",
      period=I(H1), location="Sơn Trà"),
    F("có 29 đường bay", "29", 29, "count", "đường bay quốc tế",
      change=CH("increase", 4, "đường bay", baseline="cuối năm 2023"),
      subject="đường bay quốc tế trực tiếp của Sân bay quốc tế Đà Nẵng"),
    F("đón 8,9 triệu lượt khách lưu trú", "8,9", 8900000, "count", "lượt khách lưu trú", status="target",
      subject="lượt khách lưu trú", period=Y),
    F("khoảng 35.000 tỷ đồng", "35.000", 35000e9, "money", "đồng", approx="about", status="target",
      subject="tổng thu du lịch", period=Y),
    F("tổ chức 12 sự kiện", "12", 12, "count", "sự kiện", status="forecast", subject="sự kiện lớn",
      period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng, 'Ngày cập nhật 16/07/2024': tourism 6 tháng 2024, DIFF 2024, visitor sites by district, 2024 targets.",
    "Headline 'khách quốc tế tăng hơn 55%' is a growth rate that is the claim: percent, over, no change. 'bằng 52% kế hoạch năm' → percent of 18.200 tỷ.",
    "'ước' governs the trong đó part (1,65 triệu: total 4,3 triệu, estimate). DIFF counts take the festival period stated in the same sentence;",
    "'8 đội … từ 8 quốc gia' are two count figures. Site list: each site's district (huyện Hòa Vang, quận Ngũ Hành Sơn, quận Sơn Trà) is its location.",
    "'29 đường bay …, tăng 4 đường bay so với cuối năm 2023' → change in the figure's unit; 'hiện có' gives no period.",
    "Distractors: 'DIFF 2024', 'ngày 8/6 đến 13/7', 'đường 2 Tháng 9', 'đường Bạch Đằng', '24 Trần Phú', phone 0236.3821.151, 'Ngày cập nhật'.",
]

if __name__ == "__main__":
    emit("p550-8", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Đà Nẵng")
