"""p812-8: Báo Đồng Nai online, (ĐNO) tag, măng cụt TP Long Khánh and the fruit festival, 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Báo Đồng Nai điện tử
Cập nhật lúc 16:40, Thứ sáu, 07/06/2024

Hơn 1.500 ha măng cụt Long Khánh vào mùa thu hoạch

(ĐNO) - Theo Phòng Kinh tế TP.Long Khánh, vụ năm 2024 toàn thành phố có hơn 1.500 ha măng cụt, trong đó khoảng 1.280 ha đang cho trái. Do nắng nóng kéo dài từ đầu năm, năng suất măng cụt giảm 20-30% so với năm 2023; sản lượng cả vụ ước đạt 9.600 tấn. Toàn tỉnh Đồng Nai hiện có khoảng 1.900 ha măng cụt, riêng Long Khánh chiếm gần 80%.

Hiện giá măng cụt tại vườn dao động 60.000-75.000 đồng/kg, tăng gần gấp đôi so với cùng kỳ năm trước; thương lái thu mua măng cụt xuất khẩu với giá 80.000 đồng/kg. Với giá này, nhiều nhà vườn dọc Quốc lộ 1A và Quốc lộ 56 thu lãi 250-300 triệu đồng/ha.

TP.Long Khánh sẽ tổ chức Lễ hội trái cây Long Khánh lần thứ 3 năm 2024 từ ngày 20 đến 23/6 tại Quảng trường Trung tâm hành chính thành phố, đường Hồ Thị Hương. Lễ hội dự kiến có 150 gian hàng của 80 nhà vườn, doanh nghiệp, hợp tác xã. Năm 2023, lễ hội thu hút hơn 120.000 lượt khách, doanh thu bán trái cây đạt khoảng 12 tỷ đồng, gấp 1,5 lần năm 2022.

Toàn thành phố hiện có 4 mã số vùng trồng măng cụt với diện tích 210 ha, 35 ha đạt chứng nhận VietGAP. Mục tiêu đến năm 2025, diện tích măng cụt đạt chuẩn VietGAP, hữu cơ của thành phố chiếm ít nhất 20%.

THANH HẢI
"""

NOTES = [
    "Báo Đồng Nai (ĐNO): măng cụt TP Long Khánh vụ 2024 — diện tích, năng suất, sản lượng, giá, lãi, Lễ hội trái cây Long Khánh, mã số vùng trồng, mục tiêu 2025.",
    "'Cập nhật lúc 16:40, Thứ sáu, 07/06/2024' gives published. 'lần thứ 3', 'Quốc lộ 1A', 'Quốc lộ 56', 'đường Hồ Thị Hương' are not figures.",
    "Headline 'Hơn 1.500 ha' is a figure (same as the body). 1.280 ha after 'trong đó' takes the whole 1.500.",
    "'năng suất … giảm 20-30% so với năm 2023' has no base amount: a percent range figure, no change. 'tăng gần gấp đôi' is the price range's change (2 lần, nearly).",
    "'dự kiến' governs 150 gian hàng and 80 nhà vườn …; festival days (previous sentence) give them an inherited period. 'gấp 1,5 lần năm 2022' is the change of 12 tỷ đồng.",
    "'khoảng 1.900 ha' is the province's (Đồng Nai); 'riêng Long Khánh chiếm gần 80%' is a share of another place: a percent figure of its own (Long Khánh).",
    "'35 ha đạt chứng nhận VietGAP' follows 210 ha with a comma, no part-of cue: no total.",
]

v24 = Y("vụ năm 2024", 2024)
y23 = Y("Năm 2023", 2023)
fest = P("từ ngày 20 đến 23/6", "2024-06-20", "2024-06-23", inherited=True)
FIGS = [
    F("Hơn 1.500 ha măng cụt Long Khánh", "1.500", 1500, "measure", "ha", "diện tích măng cụt", approx="over"),
    F("có hơn 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích măng cụt", v24, approx="over"),
    F("khoảng 1.280 ha", "1.280", 1280, "measure", "ha", "diện tích măng cụt đang cho trái", v24, approx="about", total=1500),
    F("giảm 20-30%", "20", 20, "percent", "%", "mức giảm năng suất măng cụt so với năm 2023", value_max=30),
    F("ước đạt 9.600 tấn", "9.600", 9600, "measure", "tấn", "sản lượng măng cụt cả vụ", I(v24), status="estimate"),
    F("khoảng 1.900 ha", "1.900", 1900, "measure", "ha", "diện tích măng cụt", approx="about", location="Đồng Nai"),
    F("chiếm gần 80%", "80", 80, "percent", "%", "tỷ trọng diện tích măng cụt của Long Khánh trong toàn tỉnh", approx="nearly"),
    F("60.000-75.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá măng cụt tại vườn", value_max=75000,
      change=C("increase", 2, "lần", "cùng kỳ năm trước", "nearly")),
    F("giá 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá thu mua măng cụt xuất khẩu"),
    F("250-300 triệu đồng/ha", "250", 250e6, "money", "đồng/ha", "lãi của nhà vườn", value_max=300e6),
    F("có 150 gian hàng", "150", 150, "count", "gian hàng", "gian hàng Lễ hội trái cây Long Khánh", fest, status="forecast"),
    F("của 80 nhà vườn", "80", 80, "count", "nhà vườn, doanh nghiệp, hợp tác xã", "nhà vườn, doanh nghiệp, hợp tác xã tham gia lễ hội",
      fest, status="forecast"),
    F("hơn 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", "lượt khách lễ hội", y23, approx="over"),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "doanh thu bán trái cây tại lễ hội", y23, approx="about",
      change=C("increase", 1.5, "lần", "năm 2022")),
    F("có 4 mã số", "4", 4, "count", "mã số vùng trồng", "mã số vùng trồng măng cụt"),
    F("diện tích 210 ha", "210", 210, "measure", "ha", "diện tích mã số vùng trồng măng cụt"),
    F("35 ha đạt", "35", 35, "measure", "ha", "diện tích măng cụt đạt chứng nhận VietGAP"),
    F("ít nhất 20%", "20", 20, "percent", "%", "tỷ lệ diện tích măng cụt đạt chuẩn VietGAP, hữu cơ",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

if __name__ == "__main__":
    write("p812-8", TEXT, NOTES, FIGS, published="2024-06-07", location="Long Khánh")
