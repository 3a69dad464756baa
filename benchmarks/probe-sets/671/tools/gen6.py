"""p671-6: National press (VnExpress-like) — organic coconut certification: area by province, premium, profit, cost, 2030 target."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hơn 36.000 ha dừa được chứng nhận hữu cơ

Dừa hữu cơ được doanh nghiệp thu mua cao hơn dừa thường 10-15%, giúp nông dân miền Tây có thêm thu nhập.

Theo Hiệp hội Dừa Việt Nam, cả nước hiện có hơn 36.000 ha dừa đạt chứng nhận hữu cơ theo tiêu chuẩn của Mỹ (USDA), châu Âu (EU) hoặc Nhật Bản (JAS), tăng gấp 2 lần so với năm 2021, chiếm gần 18% diện tích trồng dừa. Bến Tre dẫn đầu với 21.530 ha; tiếp đến là Trà Vinh, Tiền Giang và Vĩnh Long với diện tích lần lượt 6.200 ha, 3.850 ha và 2.100 ha.

Cả nước có 17 doanh nghiệp liên kết với nông dân xây dựng vùng nguyên liệu dừa hữu cơ, với khoảng 28.500 hộ tham gia. Giá thu mua dừa hữu cơ hiện cao hơn dừa thường từ 8.000 đến 12.000 đồng/chục. Theo tính toán của Viện Cây ăn quả miền Nam, lợi nhuận của vườn dừa hữu cơ đạt khoảng 95 triệu đồng/ha/năm, cao hơn 25% so với canh tác thông thường.

"Chi phí chứng nhận dao động 300-500 triệu đồng cho mỗi vùng trồng từ 500 ha trở lên, lại phải tái đánh giá hằng năm, nên hợp tác xã nhỏ rất khó tự làm", ông Cao Bá Đăng Khoa, Tổng thư ký Hiệp hội, cho biết.

Theo Đề án phát triển ngành dừa bền vững, đến năm 2030 cả nước phấn đấu có 60.000 ha dừa hữu cơ, chiếm khoảng 30% diện tích trồng dừa.

Vườn dừa xiêm hữu cơ tại xã Tân Thiềng, huyện Chợ Lách, bên Quốc lộ 57. Ảnh: Hoài Thu

Hoài Thu
"""

T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 36.000 ha dừa được", "36.000", 36000, "measure", "ha", "dừa được chứng nhận hữu cơ", approx="over"),
    F("dừa thường 10-15%", "10", 10, "percent", "%", "mức giá thu mua dừa hữu cơ cao hơn dừa thường", value_max=15),
    F("hơn 36.000 ha dừa", "36.000", 36000, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ", approx="over",
      percent=18, change=CH("increase", 2, "lần", "năm 2021")),
    F("với 21.530 ha", "21.530", 21530, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ", location="Bến Tre"),
    F("lần lượt 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ", location="Trà Vinh"),
    F("3.850 ha", "3.850", 3850, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ", location="Tiền Giang"),
    F("2.100 ha", "2.100", 2100, "measure", "ha", "diện tích dừa đạt chứng nhận hữu cơ", location="Vĩnh Long"),
    F("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
      "doanh nghiệp liên kết với nông dân xây dựng vùng nguyên liệu dừa hữu cơ"),
    F("khoảng 28.500 hộ", "28.500", 28500, "count", "hộ", "hộ tham gia vùng nguyên liệu dừa hữu cơ", approx="about"),
    F("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/chục", "Giá thu mua dừa hữu cơ cao hơn dừa thường",
      value_max=12000),
    F("khoảng 95 triệu", "95", 95000000, "money", "đồng/ha/năm", "lợi nhuận của vườn dừa hữu cơ", approx="about",
      change=CH("increase", 25, "%", "canh tác thông thường")),
    F("300-500 triệu", "300", 300000000, "money", "đồng", "Chi phí chứng nhận hữu cơ cho mỗi vùng trồng",
      value_max=500000000),
    F("từ 500 ha trở lên", "500", 500, "measure", "ha", "quy mô vùng trồng", approx="at_least", optional=True),
    F("có 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích dừa hữu cơ", T30, percent=30, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, invented): 'Thứ hai, 3/6/2024, 07:00 (GMT+7)' (published); dừa hữu cơ — diện tích chứng nhận, tỉnh, giá, lợi nhuận.",
    "Headline 'Hơn 36.000 ha' is a figure of its own; the sapo's 'cao hơn dừa thường 10-15%' is a rate as the claim (percent range, no change).",
    "'tăng gấp 2 lần so với năm 2021' is the change (lần) of 36.000 ha; 'chiếm gần 18%' its percent. 'lần lượt' maps 6.200/3.850/2.100 ha to",
    "Trà Vinh/Tiền Giang/Vĩnh Long (location); the list has no cue of parts, so no total. 'hiện' gives no period. 'cao hơn dừa thường từ 8.000",
    "đến 12.000 đồng/chục' is a price premium as the claim: money range. 'từ 500 ha trở lên' is a threshold: optional. 'Quốc lộ 57',",
    "'(GMT+7)', 'USDA/EU/JAS' are not figures. National: location Việt Nam.",
]

if __name__ == "__main__":
    emit("p671-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
