"""p683-5: Báo Lào Cai (Party newspaper) — Sa Pa herb linkage with Traphaco: area, yields, contract prices per kg, income/ha, plans."""
from lib import F, P, I, CH, emit

TEXT = """BÁO LÀO CAI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai

Sa Pa: Liên kết trồng dược liệu, thu nhập trên 150 triệu đồng/ha

Những năm gần đây, mô hình liên kết trồng dược liệu giữa người dân thị xã Sa Pa với Công ty Cổ phần Traphaco đã mang lại hiệu quả rõ rệt.

Năm 2023, toàn thị xã có 486 ha dược liệu, trong đó atiso 215 ha, đương quy 132 ha, xuyên khung 78 ha, còn lại là các loại cây khác. Diện tích trồng theo hợp đồng liên kết đạt 342 ha, chiếm 70,4%; số hộ tham gia liên kết là 1.086 hộ, tăng 124 hộ so với năm 2022.

Năng suất atiso bình quân 35-40 tấn lá tươi/ha; đương quy đạt khoảng 2,5 tấn khô/ha. Với giá thu mua theo hợp đồng 4.500 đồng/kg lá atiso tươi và 90.000 đồng/kg đương quy khô, mỗi ha cho thu nhập từ 150 đến 225 triệu đồng. Thu nhập này cao gấp 3 lần so với trồng ngô.

Năm 2024, Traphaco dự kiến mở rộng vùng nguyên liệu tại Sa Pa lên 400 ha, đồng thời hỗ trợ 100% cây giống và 50% chi phí phân bón cho các hộ trồng mới. Thị xã phấn đấu đến năm 2025 có 550 ha dược liệu, trong đó 200 ha đạt tiêu chuẩn GACP-WHO.

Hiện 3 hợp tác xã tại các xã Bản Khoang, Tả Giàng Phình, Tả Van đã xây dựng 4 lò sấy, công suất mỗi lò 2 tấn sản phẩm/mẻ. Anh Giàng A Páo ở thôn Sín Chải, xã Tả Van cho biết gia đình trồng 1,2 ha đương quy, năm 2023 thu về gần 280 triệu đồng.

Thanh Hà
06/05/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trên 150 triệu đồng/ha", "150", 150e6, "money", "đồng/ha", "thu nhập từ trồng dược liệu liên kết", approx="over"),
    F("có 486 ha", "486", 486, "measure", "ha", "diện tích dược liệu", Y23),
    F("atiso 215 ha", "215", 215, "measure", "ha", "diện tích atiso", Y23, total=486),
    F("đương quy 132 ha", "132", 132, "measure", "ha", "diện tích đương quy", Y23, total=486),
    F("xuyên khung 78 ha", "78", 78, "measure", "ha", "diện tích xuyên khung", Y23, total=486),
    F("đạt 342 ha", "342", 342, "measure", "ha", "diện tích trồng theo hợp đồng liên kết", I(Y23), percent=70.4),
    F("là 1.086 hộ", "1.086", 1086, "count", "hộ", "số hộ tham gia liên kết", I(Y23),
      change=CH("increase", 124, "hộ", "năm 2022")),
    F("35-40 tấn lá tươi/ha", "35", 35, "measure", "tấn lá tươi/ha", "năng suất atiso bình quân", value_max=40),
    F("khoảng 2,5 tấn khô/ha", "2,5", 2.5, "measure", "tấn khô/ha", "năng suất đương quy", approx="about"),
    F("hợp đồng 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", "giá thu mua lá atiso tươi theo hợp đồng"),
    F("và 90.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá thu mua đương quy khô theo hợp đồng"),
    F("từ 150 đến 225 triệu đồng", "150", 150e6, "money", "đồng/ha", "thu nhập mỗi ha dược liệu", value_max=225e6),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ dược liệu so với trồng ngô"),
    F("lên 400 ha", "400", 400, "measure", "ha", "vùng nguyên liệu của Traphaco tại Sa Pa", Y24, status="forecast"),
    F("hỗ trợ 100%", "100", 100, "percent", "%", "hỗ trợ cây giống cho các hộ trồng mới", Y24, status="forecast"),
    F("và 50%", "50", 50, "percent", "%", "hỗ trợ chi phí phân bón cho các hộ trồng mới", Y24, status="forecast"),
    F("có 550 ha", "550", 550, "measure", "ha", "diện tích dược liệu", T25, status="target"),
    F("trong đó 200 ha", "200", 200, "measure", "ha", "diện tích dược liệu đạt tiêu chuẩn GACP-WHO", T25,
      total=550, status="target"),
    F("Hiện 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã xây dựng lò sấy"),
    F("4 lò sấy", "4", 4, "count", "lò sấy", "lò sấy dược liệu"),
    F("mỗi lò 2 tấn", "2", 2, "measure", "tấn sản phẩm/mẻ", "công suất mỗi lò sấy"),
    F("trồng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích đương quy của gia đình anh Giàng A Páo"),
    F("gần 280 triệu đồng", "280", 280e6, "money", "đồng", "thu nhập từ đương quy của gia đình anh Giàng A Páo",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
]

COMMENTS = [
    "Báo Lào Cai (Party newspaper), byline and bare date at the end: Sa Pa herb linkage with Traphaco — area by crop, yields, contract prices, income/ha, plans.",
    "Location is the thị xã Sa Pa (district level) throughout; communes and the village (thôn Sín Chải) are not locations.",
    "Yield units keep their qualifier (tấn lá tươi/ha, tấn khô/ha); 'mỗi ha cho thu nhập …' is a rate (đồng/ha). 'Thu nhập này cao gấp 3 lần …' stands as its own sentence: a multiple.",
    "'dự kiến …, đồng thời hỗ trợ 100% … và 50% …' keeps forecast; 'phấn đấu đến năm 2025 … trong đó 200 ha' keeps target and total 550.",
    "Distractors: byline date, company and commune names.",
]

if __name__ == "__main__":
    emit("p683-5", TEXT, COMMENTS, FIGS, published="2024-05-06", location="Sa Pa")
