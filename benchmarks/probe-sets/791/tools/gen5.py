"""p791-5: Party/provincial newspaper (Báo Đắk Lắk), drones for coffee and durian, byline + bare date at the end."""
from lib import F, P, I, C, T, emit

TEXT = """Thiết bị bay "lên đồi" phục vụ cà phê, sầu riêng

Những năm gần đây, nhiều nông hộ ở các huyện Cư M'gar, Krông Pắc đã thuê thiết bị bay không người lái để phun thuốc, bón phân cho vườn cà phê, sầu riêng. Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, từ đầu năm đến nay diện tích cây trồng được phun bằng thiết bị bay trên địa bàn tỉnh Đắk Lắk ước khoảng 21.500 lượt ha; đến cuối tháng 5/2023 toàn tỉnh có 142 thiết bị bay nông nghiệp, tăng gần gấp đôi so với cuối năm 2022.

Anh Y Suôn Niê ở buôn Ea Kmar 2, xã Ea Kpam, huyện Cư M'gar đầu tư 2 máy với tổng giá trị gần 900 triệu đồng, mỗi ngày phun được 15-20 ha cà phê. Anh cho biết giá dịch vụ phun cho cà phê khoảng 250.000 đồng/ha, cao hơn lúa do cây cao, tán rộng, nhưng vẫn rẻ hơn khoảng 30% so với thuê nhân công. Mỗi tháng anh thu nhập trên 25 triệu đồng sau khi trừ chi phí.

Nhu cầu lớn nhưng lực lượng điều khiển có chứng chỉ còn mỏng. Năm 2023, Trung tâm Khuyến nông tỉnh phối hợp mở 3 lớp huấn luyện với 96 học viên, trong đó 88 người đủ điều kiện được cấp chứng chỉ. Học phí mỗi khóa 12 ngày khoảng 8 triệu đồng/người.

Theo ông Nguyễn Văn Ba, Chi cục trưởng, phun bằng thiết bị bay giúp giảm 20% lượng thuốc, tiết kiệm 90-95% nước. Tỉnh đặt mục tiêu đến năm 2025 có 250 thiết bị bay và 500 người được cấp chứng chỉ điều khiển.

HOÀNG GIA
18/06/2023
"""

Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
CM = "Cư M'gar"

FIGS = [
    F("ước khoảng 21.500 lượt ha", "21.500", 21500, "measure", "lượt ha",
      "diện tích cây trồng được phun bằng thiết bị bay", P("từ đầu năm đến nay", "2023-01-01", "2023-06-18"),
      approx="about", status="estimate"),
    F("có 142 thiết bị bay", "142", 142, "count", "thiết bị bay nông nghiệp", "thiết bị bay nông nghiệp",
      P("đến cuối tháng 5/2023", None, "2023-05-31"),
      change=C("increase", 2, "lần", "cuối năm 2022", "nearly")),
    F("đầu tư 2 máy", "2", 2, "count", "máy", "máy anh Y Suôn Niê đầu tư", location=CM),
    F("gần 900 triệu đồng", "900", 900000000, "money", "đồng", "tổng giá trị 2 máy", approx="nearly", location=CM),
    F("phun được 15-20 ha", "15", 15, "measure", "ha/ngày", "diện tích cà phê phun được mỗi ngày", value_max=20,
      location=CM),
    F("khoảng 250.000 đồng/ha", "250.000", 250000, "money", "đồng/ha", "giá dịch vụ phun cho cà phê",
      approx="about", change=C("decrease", 30, "%", "thuê nhân công", "about"), location=CM),
    F("trên 25 triệu đồng", "25", 25000000, "money", "đồng/tháng", "thu nhập mỗi tháng sau khi trừ chi phí",
      approx="over", location=CM),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp huấn luyện điều khiển thiết bị bay", Y2023),
    F("với 96 học viên", "96", 96, "count", "học viên", "học viên các lớp huấn luyện", Y2023),
    F("trong đó 88 người", "88", 88, "count", "người", "người đủ điều kiện được cấp chứng chỉ", Y2023, total=96),
    F("khóa 12 ngày", "12", 12, "measure", "ngày", "thời gian mỗi khóa", optional=True),
    F("khoảng 8 triệu đồng/người", "8", 8000000, "money", "đồng/người", "học phí mỗi khóa", I(Y2023),
      approx="about"),
    F("giảm 20% lượng thuốc", "20", 20, "percent", "%", "lượng thuốc giảm khi phun bằng thiết bị bay"),
    F("tiết kiệm 90-95% nước", "90", 90, "percent", "%", "nước tiết kiệm khi phun bằng thiết bị bay",
      value_max=95),
    F("có 250 thiết bị bay", "250", 250, "count", "thiết bị bay", "thiết bị bay", T2025, status="target"),
    F("và 500 người", "500", 500, "count", "người", "người được cấp chứng chỉ điều khiển", T2025, status="target"),
]

NOTES = [
    "Báo Đắk Lắk style: drones spraying coffee and durian; byline HOÀNG GIA and bare date 18/06/2023 at the end.",
    "'từ đầu năm đến nay' = 2023-01-01..published (nothing dated stands before it). 'tăng gần gấp đôi so với cuối năm 2022'",
    "is the change of 142 (increase, 2 lần, nearly; 'đôi' = 2). The farmer's figures are in huyện Cư M'gar (named in the sentence).",
    "'rẻ hơn khoảng 30% so với thuê nhân công' = a decrease change of the price. 'khóa 12 ngày' (course length) is optional.",
    "Distractors: buôn Ea Kmar 2, Nguyễn Văn Ba, the byline, 'Những năm gần đây'.",
]

emit("p791-5", TEXT, FIGS, NOTES, published="2023-06-18", location="Đắk Lắk")
