"""p957-6: national newspaper, Lý Sơn (Quảng Ngãi) sea-urchin farming, 6/4/2025."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 6/4/2025, 07:30 (GMT+7)

Dân đảo Lý Sơn lãi 150 triệu đồng mỗi năm nhờ nuôi nhum

Con nhum (cầu gai) vốn chỉ được ngư dân lặn bắt ven bờ nay được nuôi trong lồng, trở thành đặc sản phục vụ du khách ra đảo.

Ông Võ Văn Bốn, 52 tuổi, ở thôn Tây, xã An Vĩnh, huyện đảo Lý Sơn (Quảng Ngãi), đang nuôi 3.000 con nhum trong 25 lồng thả dưới chân kè chắn sóng. Nhum giống ông mua lại của ngư dân với giá 5.000 đồng/con, nuôi bằng rong mơ khoảng 4-6 tháng, khi đạt 200-250 g/con thì bán cho nhà hàng với giá 25.000-30.000 đồng/con. Trừ chi phí, mỗi năm gia đình ông lãi khoảng 150 triệu đồng, cao gấp 2 lần so với thời đi bạn ghe câu mực.

Theo UBND huyện Lý Sơn, toàn huyện hiện có 46 hộ nuôi nhum với khoảng 52.000 con; sản lượng năm 2024 đạt gần 11 tấn, phục vụ chủ yếu du khách. Năm 2024, Lý Sơn đón hơn 400.000 lượt khách, tăng 18% so với năm trước.

Từ năm 2022 đến nay, huyện còn phối hợp với Viện Nghiên cứu nuôi trồng thủy sản III thả nuôi thử nghiệm 8.000 con bào ngư vành tai, tỷ lệ sống đạt 65-70%.

Bà Nguyễn Thị Lệ, Phó chủ tịch UBND huyện, cho biết huyện dự kiến giao khoảng 20 ha mặt nước quanh đảo Bé cho người dân nuôi nhum, bào ngư, phấn đấu đến năm 2030 sản lượng nuôi biển của huyện đạt 50 tấn mỗi năm. "Nuôi nhum vừa giảm áp lực khai thác, vừa giữ nghề cho bà con", bà Lệ nói.

Phạm Linh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("lãi 150 triệu đồng mỗi năm", "150", 150e6, "money", "đồng/năm", "lãi nhờ nuôi nhum"),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi ông Võ Văn Bốn", optional=True),
    F("nuôi 3.000 con nhum", "3.000", 3000, "count", "con", "nhum ông Võ Văn Bốn đang nuôi"),
    F("trong 25 lồng", "25", 25, "count", "lồng", "lồng nuôi nhum"),
    F("giá 5.000 đồng/con", "5.000", 5000, "money", "đồng/con", "giá nhum giống"),
    F("khoảng 4-6 tháng", "4", 4, "measure", "tháng", "thời gian nuôi nhum", value_max=6, approx="about",
      optional=True),
    F("đạt 200-250 g/con", "200", 200, "measure", "g/con", "trọng lượng nhum khi bán", value_max=250,
      optional=True),
    F("giá 25.000-30.000 đồng/con", "25.000", 25000, "money", "đồng/con", "giá bán nhum cho nhà hàng",
      value_max=30000),
    F("lãi khoảng 150 triệu đồng", "150", 150e6, "money", "đồng/năm", "lãi mỗi năm của gia đình", approx="about",
      change=C("increase", 2, "lần", "thời đi bạn ghe câu mực")),
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ nuôi nhum"),
    F("khoảng 52.000 con", "52.000", 52000, "count", "con", "nhum đang nuôi", approx="about"),
    F("gần 11 tấn", "11", 11, "measure", "tấn", "sản lượng nhum", Y24, approx="nearly"),
    F("hơn 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", "lượt khách đến Lý Sơn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", change=C("increase", 18, "%", "năm trước")),
    F("thử nghiệm 8.000 con", "8.000", 8000, "count", "con", "bào ngư vành tai thả nuôi thử nghiệm",
      P("Từ năm 2022 đến nay", "2022-01-01", "2025-04-06")),
    F("đạt 65-70%", "65", 65, "percent", "%", "tỷ lệ sống của bào ngư vành tai",
      P("Từ năm 2022 đến nay", "2022-01-01", "2025-04-06"), value_max=70),
    F("khoảng 20 ha", "20", 20, "measure", "ha", "diện tích mặt nước giao cho người dân nuôi nhum, bào ngư",
      approx="about", status="forecast"),
    F("đạt 50 tấn", "50", 50, "measure", "tấn/năm", "sản lượng nuôi biển của huyện",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "National newspaper, dateline 'Chủ nhật, 6/4/2025, 07:30 (GMT+7)', byline at the end. All figures are Lý Sơn",
    "(district of Quảng Ngãi). Headline figure '150 triệu đồng mỗi năm' (no period). 'cao gấp 2 lần so với ...' after",
    "150 triệu is its change (unit lần), like 'cao hơn ... so với'. 'hiện có' sentences carry no period;",
    "'Từ năm 2022 đến nay' runs to the dateline. '52 tuổi' (age of the farmer), '4-6 tháng' (cycle), '200-250 g/con' optional.",
    "'dự kiến giao khoảng 20 ha' -> forecast; 'phấn đấu đến năm 2030 ... 50 tấn mỗi năm' -> target.",
    "Not figures: 07:30 (GMT+7), Võ Văn Bốn (number word), Viện ... III, thôn Tây.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-6", TEXT, FIGS, NOTES, published="2025-04-06", location="Lý Sơn"))
