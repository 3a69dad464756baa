"""p525-5: Party newspaper (Báo Đắk Lắk) — drought on coffee and rice, reservoirs, pumping, byline and date at the end."""
from lib import emit, fig, per, inh, chg

TEXT = """Đắk Lắk: Chủ động chống hạn cho cây trồng mùa khô

(ĐLO) Mùa khô năm 2024, nắng nóng kéo dài khiến mực nước tại nhiều hồ chứa trên địa bàn tỉnh xuống thấp. Tính đến ngày 10/3/2024, dung tích các hồ chứa thủy lợi chỉ đạt bình quân 45-50% dung tích thiết kế; có 87 hồ chứa nhỏ đã cạn nước hoặc dưới mực nước chết.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh có 2.780 ha cây trồng bị ảnh hưởng do hạn hán, giảm 1.950 ha so với cùng kỳ năm 2023, gồm 1.126 ha lúa, 1.354 ha cà phê và 300 ha hoa màu. Các huyện bị ảnh hưởng nặng là Ea Súp (820 ha), Krông Bông (615 ha) và M'Đrắk (430 ha), chủ yếu ở các xã dọc Quốc lộ 29.

Để ứng phó, ngành nông nghiệp đã phối hợp với Công ty TNHH MTV Quản lý công trình thủy lợi Đắk Lắk điều tiết nước hợp lý, nạo vét 146 km kênh mương, đào 312 ao, giếng tạm và bố trí 205 máy bơm dầu phục vụ tưới. Nhờ vậy, khoảng 90% diện tích cà phê đã được tưới đủ lượt 2 và lượt 3; lượng nước tưới bình quân từ 400 đến 500 m³/ha/lượt.

Tổng kinh phí chống hạn năm 2024 ước khoảng 32 tỷ đồng, tăng 18% so với năm 2023. Tỉnh đặt mục tiêu đến năm 2025 nâng tỷ lệ diện tích cây trồng được tưới chủ động lên 65%, trong đó diện tích tưới tiết kiệm nước đạt 30.000 ha.

Tại huyện Ea Súp, hồ Ea Súp Thượng với dung tích thiết kế 146,8 triệu m³ hiện chỉ còn 38% dung tích, đủ cấp nước cho khoảng 4.500 ha lúa vụ Đông Xuân.

HOÀNG ANH
22/3/2024
"""

ASOF = per("Tính đến ngày 10/3/2024", end="2024-03-10")
T25 = per("đến năm 2025", end="2025-12-31")
DIST = "diện tích cây trồng bị ảnh hưởng nặng do hạn hán"

FIGS = [
    fig("bình quân 45-50%", "45", 45, "percent", "%", "dung tích các hồ chứa thủy lợi so với dung tích thiết kế", ASOF,
        value_max=50),
    fig("có 87 hồ chứa", "87", 87, "count", "hồ chứa", "hồ chứa nhỏ đã cạn nước hoặc dưới mực nước chết", ASOF),
    fig("có 2.780 ha", "2.780", 2780, "measure", "ha", "diện tích cây trồng bị ảnh hưởng do hạn hán",
        change=chg("decrease", 1950, "ha", "cùng kỳ năm 2023")),
    fig("gồm 1.126 ha lúa", "1.126", 1126, "measure", "ha", "diện tích lúa bị ảnh hưởng do hạn hán", total=2780),
    fig("1.354 ha cà phê", "1.354", 1354, "measure", "ha", "diện tích cà phê bị ảnh hưởng do hạn hán", total=2780),
    fig("và 300 ha hoa màu", "300", 300, "measure", "ha", "diện tích hoa màu bị ảnh hưởng do hạn hán", total=2780),
    fig("Ea Súp (820 ha)", "820", 820, "measure", "ha", DIST, location="Ea Súp"),
    fig("Krông Bông (615 ha)", "615", 615, "measure", "ha", DIST, location="Krông Bông"),
    fig("M'Đrắk (430 ha)", "430", 430, "measure", "ha", DIST, location="M'Đrắk"),
    fig("nạo vét 146 km", "146", 146, "measure", "km", "kênh mương nạo vét"),
    fig("đào 312 ao", "312", 312, "count", "ao, giếng tạm", "ao, giếng tạm đào"),
    fig("bố trí 205 máy bơm", "205", 205, "count", "máy bơm", "máy bơm dầu phục vụ tưới"),
    fig("khoảng 90% diện tích", "90", 90, "percent", "%", "diện tích cà phê được tưới đủ lượt 2 và lượt 3",
        approx="about"),
    fig("từ 400 đến 500 m³/ha/lượt", "400", 400, "measure", "m³/ha/lượt", "lượng nước tưới bình quân",
        value_max=500),
    fig("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "tổng kinh phí chống hạn",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="about",
        change=chg("increase", 18, "%", "năm 2023"), status="estimate"),
    fig("lên 65%", "65", 65, "percent", "%", "tỷ lệ diện tích cây trồng được tưới chủ động", T25, status="target"),
    fig("đạt 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích tưới tiết kiệm nước", T25, status="target"),
    fig("thiết kế 146,8 triệu m³", "146,8", 146.8e6, "measure", "m³", "dung tích thiết kế hồ Ea Súp Thượng",
        location="Ea Súp"),
    fig("còn 38% dung tích", "38", 38, "percent", "%", "dung tích còn lại của hồ Ea Súp Thượng", location="Ea Súp"),
    fig("khoảng 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích lúa vụ Đông Xuân được hồ Ea Súp Thượng cấp nước",
        approx="about", location="Ea Súp"),
]

COMMENTS = [
    "Báo Đắk Lắk (ĐLO), Party newspaper: drought 2024 on rice and coffee, reservoirs, dredging, pumps, money, 2025 targets.",
    "Byline 'HOÀNG ANH' and bare date '22/3/2024' at the end → published. 'Quốc lộ 29', 'lượt 2 và lượt 3', 'Công ty TNHH MTV' are not figures.",
    "'gồm 1.126 ha lúa, 1.354 ha cà phê và 300 ha hoa màu' add up to 2.780 ha (total), the change 'giảm 1.950 ha …' between them belongs to 2.780.",
    "District items in brackets neither add up nor follow a cue: no total; district → location. '45-50%' is a range, '400 đến 500 m³/ha/lượt' a rate.",
    "'30.000 ha' after 'trong đó' follows a percent target (65%), not a whole of the same thing: no total.",
    "The last paragraph is about huyện Ea Súp: location Ea Súp; 'hiện' gives no period.",
]

if __name__ == "__main__":
    emit("p525-5", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Đắk Lắk")
