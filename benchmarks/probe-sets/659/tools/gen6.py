"""p659-6: national press — drugs seized on the Việt - Lào border, 5 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Thu giữ gần 1,6 tấn ma túy trên tuyến biên giới Việt - Lào trong 5 tháng

Trong 5 tháng đầu năm 2024, Bộ đội Biên phòng 10 tỉnh có chung đường biên giới với Lào đã bắt giữ 463 vụ, 702 đối tượng phạm tội về ma túy; thu giữ gần 1,6 tấn ma túy các loại, tăng 2,3 lần so với cùng kỳ năm 2023.

Theo Cục Phòng, chống ma túy và tội phạm (Bộ Tư lệnh BĐBP), ma túy tổng hợp chiếm khoảng 85% tổng lượng ma túy thu giữ; riêng heroin khoảng 210 kg. Số vụ có đối tượng là người nước ngoài là 41 vụ, chiếm 8,9%.

Nghệ An, Sơn La và Điện Biên là ba địa phương bắt giữ nhiều vụ nhất, lần lượt 118, 97 và 76 vụ. Tại Quảng Trị, Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo trên Quốc lộ 9 đã bắt giữ 2 vụ vận chuyển tổng cộng 312 kg ma túy đá chỉ trong tháng 4.

Tuyến biên giới Việt - Lào dài 2.337 km, địa hình rừng núi hiểm trở với hàng trăm đường mòn, lối mở. Giá ma túy trong nước cao gấp 3 lần so với khu vực Tam giác vàng, nên các đường dây tìm mọi cách đưa hàng qua biên giới. Mỗi bánh heroin tại khu vực biên giới được mua bán với giá từ 180 đến 220 triệu đồng.

Thiếu tướng Nguyễn Văn Nam, Cục trưởng Cục Phòng, chống ma túy và tội phạm, cho biết từ nay đến cuối năm lực lượng dự kiến bổ sung 120 tổ công tác tăng cường cho các đồn trọng điểm; đồng thời đưa 35 chó nghiệp vụ vào kiểm soát tại các cửa khẩu.

Phạm Dự
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
APR = P("tháng 4", "2024-04-01", "2024-04-30")
DRUG = "vụ phạm tội về ma túy bắt giữ"

FIGS = [
    F("Thu giữ gần 1,6 tấn ma túy trên", "1,6", 1.6, "measure", "tấn",
      "ma túy thu giữ trên tuyến biên giới Việt - Lào", P("5 tháng", "2024-01-01", "2024-05-31"), approx="nearly"),
    F("Biên phòng 10 tỉnh", "10", 10, "count", "tỉnh", "tỉnh có chung đường biên giới với Lào", optional=True),
    F("bắt giữ 463 vụ", "463", 463, "count", "vụ", DRUG, M5),
    F("702 đối tượng", "702", 702, "count", "đối tượng", "đối tượng phạm tội về ma túy bị bắt giữ", M5),
    F("thu giữ gần 1,6 tấn ma túy các loại", "1,6", 1.6, "measure", "tấn", "ma túy các loại thu giữ", M5,
      approx="nearly", change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("khoảng 85%", "85", 85, "percent", "%", "tỷ trọng ma túy tổng hợp trong tổng lượng ma túy thu giữ", I(M5),
      approx="about"),
    F("khoảng 210 kg", "210", 210, "measure", "kg", "heroin thu giữ", I(M5), approx="about"),
    F("là 41 vụ", "41", 41, "count", "vụ", "vụ có đối tượng là người nước ngoài", I(M5), percent=8.9),
    F("là ba địa phương", "ba", 3, "count", "địa phương", optional=True),
    F("lần lượt 118", "118", 118, "count", "vụ", DRUG, I(M5), location="Nghệ An"),
    F("118, 97 và", "97", 97, "count", "vụ", DRUG, I(M5), location="Sơn La"),
    F("và 76 vụ", "76", 76, "count", "vụ", DRUG, I(M5), location="Điện Biên"),
    F("bắt giữ 2 vụ", "2", 2, "count", "vụ", "vụ vận chuyển ma túy đá bị Đồn Biên phòng Cửa khẩu Quốc tế Lao Bảo bắt giữ",
      APR, location="Quảng Trị"),
    F("312 kg", "312", 312, "measure", "kg", "ma túy đá vận chuyển trong các vụ bị bắt giữ", APR, location="Quảng Trị"),
    F("dài 2.337 km", "2.337", 2337, "measure", "km", "chiều dài tuyến biên giới Việt - Lào"),
    F("hàng trăm đường mòn", "trăm", 100, "count", "đường mòn", approx="about", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "giá ma túy trong nước so với khu vực Tam giác vàng"),
    F("từ 180 đến 220 triệu đồng", "180", 180e6, "money", "đồng", "giá mỗi bánh heroin tại khu vực biên giới",
      value_max=220e6),
    F("bổ sung 120 tổ công tác", "120", 120, "count", "tổ công tác", "tổ công tác tăng cường cho các đồn trọng điểm",
      status="forecast"),
    F("35 chó nghiệp vụ", "35", 35, "count", "chó nghiệp vụ", "chó nghiệp vụ đưa vào kiểm soát tại các cửa khẩu",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end): drugs on the Việt - Lào border, 5 months 2024.",
    "Ten provinces: location Việt Nam; 'lần lượt 118, 97 và 76 vụ' items go to Nghệ An, Sơn La, Điện Biên; the Lao Bảo items to Quảng Trị.",
    "'tăng 2,3 lần so với cùng kỳ' is the change of 1,6 tấn; 'gấp 3 lần' standing alone (price comparison) is a multiple.",
    "'riêng heroin khoảng 210 kg' gets no total ('riêng' is no part cue, and the whole is in tấn). '10 tỉnh', 'ba địa phương',",
    "'hàng trăm đường mòn' are optional. 'dự kiến' → forecast, continuing into 'đồng thời'; 'từ nay đến cuối năm' left without period.",
    "Distractors: (GMT+7), 07:00, Quốc lộ 9, 'Tam giác vàng'.",
]

if __name__ == "__main__":
    emit("p659-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
