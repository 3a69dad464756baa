"""p908-5: provincial Party newspaper (Bà Rịa - Vũng Tàu), falling cobia / grouper prices at Long Sơn, byline + bare date at the end."""
from lib import F, period, inherit, change, target, write

TEXT = """
Người nuôi cá lồng bè ở Long Sơn lao đao vì giá giảm
Những ngày này, trên các bè nuôi dọc sông Chà Và (xã Long Sơn, TP. Vũng Tàu), không khí ảm đạm khi giá cá bớp, cá mú liên tục đi xuống. Từ Quốc lộ 51 rẽ vào cầu Chà Và, nhiều bè cá đã bỏ trống.
Theo Phòng Kinh tế TP. Vũng Tàu, xã Long Sơn hiện có 312 hộ nuôi với khoảng 5.200 ô lồng, chiếm gần 70% số ô lồng nuôi thủy sản của thành phố. Năm 2024, sản lượng cá nuôi lồng của xã đạt khoảng 2.300 tấn, nhưng giá bán bình quân chỉ bằng 75% năm 2023. Toàn tỉnh hiện có khoảng 9.600 ô lồng nuôi cá biển, tập trung ở TP. Vũng Tàu, huyện Côn Đảo và thị xã Phú Mỹ.
Ông Trần Văn Năm, chủ bè ở ấp 3 Bà Trao, cho biết cá bớp loại 6-8 kg/con hiện thương lái chỉ mua 115.000-120.000 đồng/kg, giảm 40.000 đồng/kg so với cùng thời điểm năm trước, trong khi giá thành nuôi khoảng 110.000 đồng/kg. Chi phí thức ăn cá tạp hiện là 14.000 đồng/kg, gấp 1,4 lần năm 2021. Với 20 ô lồng đang nuôi khoảng 9 tấn cá, gia đình ông ước lỗ hơn 150 triệu đồng trong vụ này.
Cá mú trân, cá mú đỏ cũng giảm giá từ 10-15% do đầu ra phụ thuộc vào thương lái thu mua xuất sang Trung Quốc. Nhiều hộ đã treo lồng, chỉ nuôi cầm chừng.
Để gỡ khó, UBND TP. Vũng Tàu dự kiến hỗ trợ 50% chi phí con giống cho các hộ chuyển sang nuôi cá chim vây vàng, với tổng kinh phí khoảng 1,2 tỷ đồng trong năm 2025; đồng thời kết nối 3 doanh nghiệp chế biến để bao tiêu sản phẩm.
MINH THẮNG
14/03/2025
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ nuôi cá lồng bè"),
    F("khoảng 5.200 ô lồng", "5.200", 5200, "count", "ô lồng", "ô lồng nuôi",
      approx="about", percent=70),
    F("khoảng 2.300 tấn", "2.300", 2300, "measure", "tấn", "sản lượng cá nuôi lồng",
      approx="about", period=Y24),
    F("bằng 75% năm 2023", "75", 75, "percent", "%", "giá bán bình quân so với năm 2023",
      period=Y24),
    F("khoảng 9.600 ô lồng", "9.600", 9600, "count", "ô lồng", "ô lồng nuôi cá biển",
      approx="about", location="Bà Rịa - Vũng Tàu"),
    F("loại 6-8 kg/con", "6", 6, "measure", "kg/con", "trọng lượng cá bớp",
      value_max=8, optional=True),
    F("mua 115.000-120.000 đồng/kg", "115.000", 115000, "money", "đồng/kg",
      "giá thương lái mua cá bớp", value_max=120000,
      change=change("decrease", 40000, "đồng/kg", "cùng thời điểm năm trước")),
    F("khoảng 110.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá thành nuôi cá bớp",
      approx="about"),
    F("là 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", "chi phí thức ăn cá tạp",
      change=change("increase", 1.4, "lần", "năm 2021")),
    F("Với 20 ô lồng", "20", 20, "count", "ô lồng", "ô lồng gia đình ông Trần Văn Năm nuôi"),
    F("khoảng 9 tấn", "9", 9, "measure", "tấn", "cá đang nuôi", approx="about"),
    F("hơn 150 triệu đồng", "150", 150_000_000, "money", "đồng", "lỗ trong vụ",
      approx="over", status="estimate"),
    F("từ 10-15%", "10", 10, "percent", "%", "giá cá mú trân, cá mú đỏ giảm",
      value_max=15),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí con giống",
      status="forecast", period=Y25),
    F("khoảng 1,2 tỷ đồng", "1,2", 1_200_000_000, "money", "đồng", "tổng kinh phí hỗ trợ",
      approx="about", status="forecast", period=Y25),
    F("kết nối 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      "doanh nghiệp chế biến kết nối bao tiêu sản phẩm", status="forecast", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Bà Rịa - Vũng Tàu): falling cobia/grouper prices at xã Long Sơn, TP. Vũng Tàu; byline 'MINH THẮNG' and bare date '14/03/2025' at the end.",
    "Location: the city, Vũng Tàu (xã Long Sơn lies in it); the provincial count 'Toàn tỉnh ... 9.600 ô lồng' is Bà Rịa - Vũng Tàu.",
    "'chiếm gần 70%' -> percent of 5.200 ô lồng. 'giá bán bình quân chỉ bằng 75% năm 2023': no base amount, a percent figure of its own.",
    "'giảm 40.000 đồng/kg so với cùng thời điểm năm trước' -> change of the price range; 'gấp 1,4 lần năm 2021' after 14.000 đồng/kg -> change increase 1,4 lần.",
    "'cá bớp loại 6-8 kg/con' names a size grade: optional. 'ước lỗ' -> estimate.",
    "'dự kiến ... ; đồng thời kết nối 3 doanh nghiệp' -> forecast continues; period 'trong năm 2025' in the same sentence.",
    "Distractors: 'Quốc lộ 51', 'Ông Trần Văn Năm', 'ấp 3 Bà Trao', 'năm trước', '14/03/2025'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2025-03-14", location="Vũng Tàu")
