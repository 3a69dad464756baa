"""p1052-6: national newspaper, An Giang farmers still pay for in-field pumping (2025)."""
from lib import F, P, I, C, T, write_set

TEXT = """Thứ ba, 15/4/2025, 06:00 (GMT+7)

Nông dân An Giang vẫn trả tiền bơm nước dù được miễn thủy lợi phí

Giá dịch vụ thủy lợi đã được ngân sách chi trả, nhưng phần bơm nước từ kênh nội đồng vào ruộng thì nông dân vẫn phải tự lo.

Ông Nguyễn Văn Ba, 58 tuổi, ở xã Vĩnh Phú, huyện Thoại Sơn, canh tác 3 ha lúa trong vùng đê bao khép kín. Mỗi vụ, ông trả cho tổ hợp tác bơm tưới 450.000 đồng/ha, riêng vụ Hè Thu năm ngoái phải bơm tiêu nhiều nên tăng lên 600.000 đồng/ha. "Bơm điện còn đỡ, chỗ nào phải chạy máy dầu thì chi phí gấp 2,5 lần", ông nói.

Theo Sở Nông nghiệp và Môi trường An Giang, năm 2024 toàn tỉnh có 1.148 trạm bơm điện, phục vụ tưới tiêu cho khoảng 240.000 ha, chiếm 85% diện tích đất lúa. Kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi của tỉnh năm 2024 là 188,3 tỷ đồng, tăng 12,3 tỷ đồng so với năm 2023. Khoản hỗ trợ này chỉ tính đến cống đầu kênh, phần nội đồng do các tổ chức thủy lợi cơ sở thu theo thỏa thuận, phổ biến từ 300.000 đến 500.000 đồng/ha/vụ.

Ở cấp quốc gia, Bộ Nông nghiệp và Môi trường cho biết mỗi năm ngân sách dành khoảng 7.500 tỷ đồng hỗ trợ giá dịch vụ thủy lợi cho gần 8 triệu ha gieo trồng. Bộ đang đề xuất sửa Nghị định số 96/2018/NĐ-CP theo hướng hỗ trợ thêm cho khâu tưới nội đồng; nếu được thông qua, kinh phí hỗ trợ dự kiến tăng thêm khoảng 1.200 tỷ đồng mỗi năm.

Đến hết quý I/2025, An Giang đã điện khí hóa 92% số trạm bơm. Tỉnh đặt mục tiêu đến năm 2030 điện khí hóa 100% trạm bơm phục vụ sản xuất nông nghiệp.

Ngọc Tài
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Ba, 58 tuổi", "58", 58, "measure", "tuổi", "tuổi của nông dân Nguyễn Văn Ba",
      location="Thoại Sơn", optional=True),
    F("canh tác 3 ha", "3", 3, "measure", "ha", "diện tích lúa canh tác của hộ ông Ba",
      location="Thoại Sơn", optional=True),
    F("bơm tưới 450.000 đồng/ha", "450.000", 450000, "money", "đồng/ha",
      "tiền trả cho tổ hợp tác bơm tưới mỗi vụ", location="Thoại Sơn"),
    F("lên 600.000 đồng/ha", "600.000", 600000, "money", "đồng/ha",
      "tiền bơm nước vụ Hè Thu năm ngoái", P("vụ Hè Thu năm ngoái"), location="Thoại Sơn"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "chi phí bơm bằng máy dầu so với bơm điện", location="Thoại Sơn"),
    F("có 1.148 trạm bơm", "1.148", 1148, "count", "trạm bơm điện", "trạm bơm điện", Y24),
    F("khoảng 240.000 ha", "240.000", 240000, "measure", "ha",
      "diện tích được trạm bơm điện phục vụ tưới tiêu", Y24, approx="about", percent=85),
    F("là 188,3 tỷ đồng", "188,3", 188.3e9, "money", "đồng",
      "kinh phí hỗ trợ sử dụng sản phẩm, dịch vụ công ích thủy lợi", Y24,
      change=C("increase", 12.3e9, "đồng", "năm 2023")),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/ha/vụ",
      "mức thu phần nội đồng của tổ chức thủy lợi cơ sở", value_max=500000),
    F("khoảng 7.500 tỷ đồng", "7.500", 7500e9, "money", "đồng",
      "ngân sách hỗ trợ giá dịch vụ thủy lợi mỗi năm", approx="about", location="Việt Nam"),
    F("gần 8 triệu ha", "8", 8e6, "measure", "ha",
      "diện tích gieo trồng được hỗ trợ giá dịch vụ thủy lợi", approx="nearly",
      location="Việt Nam"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng",
      "kinh phí hỗ trợ tăng thêm mỗi năm", approx="about", status="forecast",
      location="Việt Nam"),
    F("hóa 92% số trạm bơm", "92", 92, "percent", "%", "trạm bơm được điện khí hóa",
      P("Đến hết quý I/2025", None, "2025-03-31")),
    F("điện khí hóa 100% trạm bơm", "100", 100, "percent", "%",
      "trạm bơm phục vụ sản xuất nông nghiệp được điện khí hóa",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "National newspaper, 'Thứ ba, 15/4/2025, 06:00 (GMT+7)': An Giang farmers still pay in-field pumping although the fee is subsidised.",
    "The farmer's figures are located in his district Thoại Sơn; his age and farm size are an example's specification (optional).",
    "'tăng 12,3 tỷ đồng so với năm 2023' is a change in đồng; 'gấp 2,5 lần' standing alone in a quote is a multiple.",
    "National budget figures (Bộ Nông nghiệp và Môi trường) are Việt Nam. 'vụ Hè Thu năm ngoái' is a crop season: text-only period.",
    "Distractors: dateline with time, 'Nguyễn Văn Ba', Nghị định số 96/2018/NĐ-CP, byline.",
]

write_set("p1052-6", TEXT, FIGS, NOTES, published="2025-04-15", location="An Giang")
