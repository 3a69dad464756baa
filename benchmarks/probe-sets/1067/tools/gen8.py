from lib import F, P, I, C, T, write

TEXT = """
Báo Phú Yên Online
Kinh tế
Thị xã Sông Cầu: Gần 2,4 triệu lít nước mắm xuất xưởng trong 9 tháng
Thứ Hai, 14/10/2024, 15:40

(BPY) - 9 tháng đầu năm, các cơ sở chế biến nước mắm trên địa bàn thị xã Sông Cầu sản xuất gần 2,4 triệu lít, đạt 78% kế hoạch năm và tăng 9,5% so với cùng kỳ. Trong đó, phường Xuân Yên sản xuất 1,1 triệu lít; các xã Xuân Hòa, Xuân Cảnh, Xuân Thịnh lần lượt đạt 520.000 lít, 430.000 lít và 310.000 lít.

Hiện thị xã có 57 cơ sở sản xuất nước mắm với gần 900 thùng gỗ, bể xi măng ủ chượp; riêng làng nghề nước mắm Gành Đỏ có 23 cơ sở. Phần lớn cơ sở nằm dọc Quốc lộ 1A và khu phố Long Bình, phường Xuân Đài.

Giá nước mắm nhĩ Gành Đỏ dao động 100.000-140.000 đồng/lít; nước mắm thường 35.000-45.000 đồng/lít. Nghề nước mắm tạo việc làm cho khoảng 650 lao động địa phương. Thu nhập của lao động làm nghề bình quân 6,8 triệu đồng/người/tháng, tăng 0,5 triệu đồng so với năm 2023.

Thị xã hiện có 9 sản phẩm nước mắm đạt OCOP, đứng thứ 2 toàn tỉnh về số sản phẩm OCOP ngành thủy sản.

Dự kiến cả năm 2024, sản lượng nước mắm của thị xã đạt khoảng 3,1 triệu lít, vượt 2% kế hoạch. Thị xã phấn đấu đến năm 2025 có thêm 3 sản phẩm OCOP 4 sao, giá trị sản xuất ngành nước mắm đạt 150 tỷ đồng.

NGỌC HÂN
"""

M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
SL = "sản lượng nước mắm"

FIGS = [
    F("Gần 2,4 triệu lít", "2,4", 2.4e6, "measure", "lít", "nước mắm xuất xưởng",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("xuất gần 2,4 triệu lít", "2,4", 2.4e6, "measure", "lít", "nước mắm các cơ sở chế biến sản xuất", M9,
      approx="nearly", percent=78, change=C("increase", 9.5, baseline="cùng kỳ")),
    F("xuất 1,1 triệu lít", "1,1", 1.1e6, "measure", "lít", "nước mắm phường Xuân Yên sản xuất", I(M9), total=2.4e6),
    F("đạt 520.000 lít", "520.000", 520000, "measure", "lít", SL, I(M9), total=2.4e6),
    F("lít, 430.000 lít", "430.000", 430000, "measure", "lít", SL, I(M9), total=2.4e6),
    F("và 310.000 lít", "310.000", 310000, "measure", "lít", SL, I(M9), total=2.4e6),
    F("có 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở sản xuất nước mắm"),
    F("gần 900 thùng", "900", 900, "count", "thùng", "thùng gỗ, bể xi măng ủ chượp", approx="nearly"),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở sản xuất nước mắm làng nghề Gành Đỏ", total=57),
    F("dao động 100.000-140.000 đồng/lít", "100.000", 100000, "money", "đồng/lít", "giá nước mắm nhĩ Gành Đỏ",
      value_max=140000),
    F("thường 35.000-45.000 đồng/lít", "35.000", 35000, "money", "đồng/lít", "giá nước mắm thường", value_max=45000),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động nghề nước mắm", approx="about"),
    F("bình quân 6,8 triệu đồng/người/tháng", "6,8", 6.8e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làm nghề", change=C("increase", 500000, "đồng", baseline="năm 2023")),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm nước mắm đạt OCOP"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "số sản phẩm OCOP ngành thủy sản"),
    F("khoảng 3,1 triệu lít", "3,1", 3.1e6, "measure", "lít", "sản lượng nước mắm của thị xã",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=C("increase", 2, baseline="kế hoạch")),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm OCOP 4 sao", T25, status="target"),
    F("đạt 150 tỷ đồng", "150", 150e9, "money", "đồng", "giá trị sản xuất ngành nước mắm", T25, status="target"),
]

NOTES = [
    "Báo Phú Yên online, '(BPY) -' tag, 'Thứ Hai, 14/10/2024, 15:40', byline at end; headline repeats the 9-month figure (year from the dateline).",
    "Trong đó + 'lần lượt' list of wards/communes: parts of the 2,4 triệu lít (sum 2,36) -> total; a commune is not a location level, so they stay Sông Cầu.",
    "'riêng làng nghề Gành Đỏ có 23 cơ sở' after '57 cơ sở' in the same sentence -> total 57. 'vượt 2% kế hoạch' -> change with baseline kế hoạch. 'Quốc lộ 1A', 'OCOP 4 sao': not figures.",
]

if __name__ == "__main__":
    write("p1067-8", TEXT, FIGS, NOTES, published="2024-10-14", location="Sông Cầu")
