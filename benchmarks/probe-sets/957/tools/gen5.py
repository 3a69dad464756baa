"""p957-5: Báo Ninh Thuận (Party/provincial paper), Ninh Hải: ốc hương and nhum sọ; byline + bare date at the end."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """BÁO NINH THUẬN - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH NINH THUẬN
Kinh tế

Ninh Hải: Nghề nuôi ốc hương, nhum sọ khởi sắc

Những năm gần đây, nghề nuôi ốc hương ở huyện Ninh Hải phát triển mạnh; toàn huyện hiện có khoảng 210 ha ao nuôi, tập trung ở các xã Nhơn Hải, Tri Hải và Thanh Hải.

Gia đình anh Nguyễn Văn Ba ở thôn Mỹ Tân, xã Thanh Hải đầu tư 4 ao nuôi với tổng diện tích 1,2 ha. Vụ vừa qua, sau hơn 5 tháng nuôi, anh thu hoạch 3,4 tấn ốc, bán với giá 290.000 đồng/kg, trừ chi phí còn lãi gần 400 triệu đồng.

Không chỉ ốc hương, mô hình nuôi nhum sọ trong lồng tại vịnh Vĩnh Hy (xã Vĩnh Hải), dọc tuyến Tỉnh lộ 702, cũng cho hiệu quả. Năm 2023, Hợp tác xã Thủy sản Vĩnh Hy thả 12.000 con giống trong 60 lồng, tỷ lệ sống đạt 82%; nhum cỡ 250-300 g/con được bán với giá 35.000-40.000 đồng/con.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2023 sản lượng ốc hương toàn huyện đạt 780 tấn, tăng 120 tấn so với năm 2022; giá trị thu được khoảng 215 tỷ đồng, chiếm gần 35% giá trị sản xuất thủy sản của huyện. Năm 2024, huyện phấn đấu mở rộng diện tích nuôi ốc hương lên 250 ha, trong đó có 30 ha nuôi theo hướng hữu cơ.

Tuy nhiên, theo ông Trần Minh Sáu, Phó Trưởng phòng Nông nghiệp và PTNT huyện, giá con giống ốc hương đã tăng từ 120 đồng/con lên 180 đồng/con, đẩy chi phí nuôi tăng khoảng 30%. Huyện đang phối hợp với Trung tâm Giống thủy sản cấp I để chủ động nguồn giống tại chỗ.

HOÀNG NGUYÊN
25/4/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 210 ha", "210", 210, "measure", "ha", "diện tích ao nuôi ốc hương", approx="about"),
    F("đầu tư 4 ao nuôi", "4", 4, "count", "ao", "ao nuôi ốc hương của gia đình"),
    F("tổng diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", "tổng diện tích ao nuôi"),
    F("sau hơn 5 tháng", "5", 5, "measure", "tháng", "thời gian nuôi", approx="over", optional=True),
    F("thu hoạch 3,4 tấn", "3,4", 3.4, "measure", "tấn", "ốc hương thu hoạch"),
    F("giá 290.000 đồng/kg", "290.000", 290000, "money", "đồng/kg", "giá bán ốc hương"),
    F("gần 400 triệu đồng", "400", 400e6, "money", "đồng", "lãi vụ nuôi ốc hương", approx="nearly"),
    F("thả 12.000 con giống", "12.000", 12000, "count", "con giống", "con giống nhum sọ thả nuôi",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("trong 60 lồng", "60", 60, "count", "lồng", "lồng nuôi nhum sọ",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ sống của nhum sọ", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("cỡ 250-300 g/con", "250", 250, "measure", "g/con", "cỡ nhum sọ", value_max=300, optional=True),
    F("giá 35.000-40.000 đồng/con", "35.000", 35000, "money", "đồng/con", "giá bán nhum sọ", value_max=40000),
    F("đạt 780 tấn", "780", 780, "measure", "tấn", "sản lượng ốc hương", Y23,
      change=C("increase", 120, "tấn", "năm 2022")),
    F("khoảng 215 tỷ đồng", "215", 215e9, "money", "đồng", "giá trị thu được từ ốc hương", Y23, approx="about",
      percent=35),
    F("lên 250 ha", "250", 250, "measure", "ha", "diện tích nuôi ốc hương", Y24, status="target"),
    F("có 30 ha", "30", 30, "measure", "ha", "diện tích nuôi ốc hương theo hướng hữu cơ", Y24, total=250,
      status="target"),
    F("từ 120 đồng/con", "120", 120, "money", "đồng/con", "giá con giống ốc hương trước đây"),
    F("lên 180 đồng/con", "180", 180, "money", "đồng/con", "giá con giống ốc hương"),
    F("tăng khoảng 30%", "30", 30, "percent", "%", "mức tăng chi phí nuôi ốc hương", approx="about"),
]

NOTES = [
    "Báo Ninh Thuận feature on huyện Ninh Hải; byline HOÀNG NGUYÊN and bare date 25/4/2024 at the end.",
    "Every figure lies in Ninh Hải (the farmer's commune Thanh Hải and vịnh Vĩnh Hy, xã Vĩnh Hải, are in the district).",
    "'chiếm gần 35%' after 215 tỷ is its percent (the 'gần' of a share is not scored). 'tăng từ 120 ... lên 180 đồng/con':",
    "two price figures, no change value is stated. 'chi phí nuôi tăng khoảng 30%' is a rate standing as the claim.",
    "'hơn 5 tháng' (cycle) and 'cỡ 250-300 g/con' (size) optional.",
    "Not figures: Nguyễn Văn Ba, Trần Minh Sáu (names with number words), Tỉnh lộ 702, 'cấp I', 25/4/2024.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-5", TEXT, FIGS, NOTES, published="2024-04-25", location="Ninh Hải"))
