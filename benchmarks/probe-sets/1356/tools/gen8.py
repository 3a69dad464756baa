"""p1356-8: radio/TV site (VOV): nationwide heat on 19/4/2024, stroke admissions and national power peak."""
from lib import fig, per, inh, chg, write

TEXT = """VOV.VN
Thời sự | Xã hội | Sức khỏe | Video | Podcast

Nắng nóng đặc biệt gay gắt, nhiều nơi trên 43 độ C

Thứ Bảy, 20/04/2024 | 19:05

VOV.VN - Ngày 19/4, nắng nóng đặc biệt gay gắt tiếp tục xảy ra ở Bắc Trung Bộ và Nam Bộ; cả nước có 21 trạm quan trắc ghi nhận nhiệt độ cao nhất trên 40 độ C.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, tại huyện Tương Dương (Nghệ An), nhiệt độ cao nhất đo được 43,8 độ C, cao hơn giá trị lịch sử cùng thời kỳ 0,7 độ C. Tại Nam Bộ, nhiệt độ cao nhất ở TP Biên Hòa (Đồng Nai) là 39,8 độ C, tỉnh Tây Ninh 39,6 độ C.

Dự báo trong 2-3 ngày tới, nắng nóng tiếp tục duy trì, nhiệt độ cao nhất phổ biến 38-41 độ C, có nơi trên 42 độ C; độ ẩm tương đối thấp nhất 35-50%.

Theo Bộ Y tế, nắng nóng kéo dài làm gia tăng các bệnh tim mạch, đột quỵ và hô hấp. Tại Bệnh viện Hữu nghị Đa khoa Nghệ An, số bệnh nhân đột quỵ nhập viện những ngày gần đây khoảng 40-45 ca/ngày, tăng 20% so với trước đợt nắng nóng.

Cùng ngày, theo Tập đoàn Điện lực Việt Nam (EVN), công suất tiêu thụ cực đại của hệ thống điện quốc gia đạt 44.300 MW; sản lượng điện tiêu thụ đạt 921 triệu kWh, tăng khoảng 13% so với cùng kỳ năm 2023. EVN khuyến nghị khách hàng theo dõi lượng điện dùng hằng ngày qua ứng dụng EVNCSKH hoặc gọi tổng đài 19001909.

Hoài Nam/VOV-Bắc Trung Bộ
Bình luận (0)
Tin liên quan:
- Nắng nóng gay gắt ở Bắc Bộ, Trung Bộ trong tháng 6/2023
- Thủ tướng chỉ đạo bảo đảm cung ứng điện mùa khô
"""

D19 = per("Ngày 19/4", "2024-04-19", "2024-04-19")

FIGS = [
    fig("nhiều nơi trên 43 độ C", "43", 43, "measure", "độ C", approx="over", subject="nhiệt độ"),
    fig("có 21 trạm", "21", 21, "count", "trạm quan trắc",
        subject="trạm quan trắc ghi nhận nhiệt độ cao nhất trên 40 độ C", period=D19),
    fig("cao nhất trên 40 độ C", "40", 40, "measure", "độ C", approx="over",
        subject="nhiệt độ cao nhất", period=D19),
    fig("đo được 43,8 độ C", "43,8", 43.8, "measure", "độ C",
        change=chg("increase", 0.7, "độ C", "giá trị lịch sử cùng thời kỳ"),
        subject="nhiệt độ cao nhất", period=inh(D19), location="Tương Dương"),
    fig("là 39,8 độ C", "39,8", 39.8, "measure", "độ C", subject="nhiệt độ cao nhất",
        period=inh(D19), location="Biên Hòa"),
    fig("Tây Ninh 39,6 độ C", "39,6", 39.6, "measure", "độ C", subject="nhiệt độ cao nhất",
        period=inh(D19), location="Tây Ninh"),
    fig("phổ biến 38-41 độ C", "38", 38, "measure", "độ C", value_max=41, status="forecast",
        subject="nhiệt độ cao nhất phổ biến"),
    fig("có nơi trên 42 độ C", "42", 42, "measure", "độ C", approx="over", status="forecast",
        subject="nhiệt độ cao nhất"),
    fig("thấp nhất 35-50%", "35", 35, "percent", "%", value_max=50, status="forecast",
        subject="độ ẩm tương đối thấp nhất"),
    fig("khoảng 40-45 ca/ngày", "40", 40, "measure", "ca/ngày", value_max=45, approx="about",
        change=chg("increase", 20, "%", "trước đợt nắng nóng"),
        subject="số bệnh nhân đột quỵ nhập viện", location="Nghệ An"),
    fig("đạt 44.300 MW", "44.300", 44300, "measure", "MW",
        subject="công suất tiêu thụ cực đại của hệ thống điện quốc gia", period=inh(D19)),
    fig("đạt 921 triệu", "921", 921e6, "measure", "kWh",
        change=chg("increase", 13, "%", "cùng kỳ năm 2023", approx="about"),
        subject="sản lượng điện tiêu thụ", period=inh(D19)),
]

NOTES = [
    "Radio/TV site (VOV.VN): nationwide heat on 19/4/2024; menu, 'Thứ Bảy, 20/04/2024 | 19:05', tag 'VOV.VN -', byline 'Hoài Nam/VOV-Bắc Trung Bộ', 'Bình luận (0)', related links.",
    "Distractors: 19:05, 'Ngày 19/4', 'Cùng ngày', 'trong 2-3 ngày tới' (a span that locates the forecast), 'tổng đài 19001909', 'EVNCSKH', 'Bình luận (0)', 'tháng 6/2023' in a link.",
    "'trên 40 độ C' after '21 trạm ... ghi nhận nhiệt độ cao nhất' states the temperatures reached (over 40): a measure figure, as is the headline 'trên 43 độ C'.",
    "Places: 'huyện Tương Dương (Nghệ An)' → Tương Dương; 'TP Biên Hòa (Đồng Nai)' → Biên Hòa; 'tỉnh Tây Ninh' → Tây Ninh (list items share the indicator 'nhiệt độ cao nhất'). Bệnh viện Hữu nghị Đa khoa Nghệ An → Nghệ An. Others Việt Nam.",
    "'Cùng ngày' refers back to Ngày 19/4 (inherited). 'Dự báo' governs the three figures of its sentence (forecast); no dated period.",
    "'khoảng 40-45 ca/ngày': about + range; 'những ngày gần đây' gives no period.",
]

if __name__ == "__main__":
    write("p1356-8", TEXT, NOTES, FIGS, published="2024-04-20", location="Việt Nam")
