"""p860-6: national newspaper, an arowana (cá rồng) farm in Vĩnh Cửu, Đồng Nai."""
from lib import F, P, I, C, T, write_set

TEXT = """VnNews  ›  Kinh doanh  ›  Nông nghiệp
Chủ nhật, 9/6/2024, 07:40 (GMT+7)

Nuôi cá rồng, thu 18 tỷ đồng một năm

Trang trại rộng 2 ha ở huyện Vĩnh Cửu, Đồng Nai có hơn 1.500 con cá rồng bố mẹ, mỗi năm xuất bán khoảng 6.000 con giống cho thị trường trong nước, Singapore và Trung Quốc.

Ông Phạm Minh Sáu, 52 tuổi, chủ trang trại, kể ông theo nghề từ năm 2009. Ban đầu ông nhập 20 cặp cá rồng huyết long từ Indonesia với giá 40 triệu đồng một cặp. Hiện trại có 120 bể nuôi, mỗi bể chứa 6-8 m3 nước, hệ thống lọc và điều nhiệt chạy suốt ngày đêm.

Cá rồng giống dài 12-15 cm được bán với giá 3-5 triệu đồng một con tùy dòng; cá trưởng thành loại đẹp có giá từ 20 đến 50 triệu đồng. Năm 2023, trại đạt doanh thu khoảng 18 tỷ đồng, tỷ suất lợi nhuận gần 40%. Từ đầu năm đến nay, trại đã bán 2.700 con, tăng 20% so với cùng kỳ năm trước, trong đó 1.100 con xuất khẩu.

Theo Chi cục Thủy sản Đồng Nai, toàn tỉnh hiện có 14 cơ sở nuôi cá rồng, chiếm khoảng 30% số cơ sở nuôi cá rồng cả nước. Giá cá rồng trên thị trường trong tỉnh giảm khoảng 15-20% so với năm 2019 do nguồn cung tăng.

Ông Sáu dự kiến mở rộng thêm 1 ha trong năm 2025, nâng sản lượng lên 10.000 con mỗi năm. Trại đang tạo việc làm cho 11 lao động với thu nhập 9 triệu đồng mỗi người mỗi tháng.

Hoàng Nam
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-09")
PROV = "Đồng Nai"

FIGS = [
    F("thu 18 tỷ đồng", "18", 18_000_000_000, "money", "đồng", "doanh thu trại cá rồng mỗi năm"),
    F("rộng 2 ha", "2", 2, "measure", "ha", "diện tích trang trại"),
    F("hơn 1.500 con", "1.500", 1500, "count", "con", "cá rồng bố mẹ", approx="over"),
    F("khoảng 6.000 con", "6.000", 6000, "count", "con", "cá rồng giống xuất bán mỗi năm", approx="about"),
    F("52 tuổi", "52", 52, "measure", "tuổi", "tuổi chủ trang trại", optional=True),
    F("nhập 20 cặp", "20", 20, "count", "cặp", "cá rồng huyết long nhập từ Indonesia"),
    F("40 triệu đồng một cặp", "40", 40_000_000, "money", "đồng/cặp", "giá cá rồng huyết long nhập"),
    F("có 120 bể", "120", 120, "count", "bể", "bể nuôi"),
    F("6-8 m3", "6", 6, "measure", "m3", "lượng nước mỗi bể", value_max=8),
    F("dài 12-15 cm", "12", 12, "measure", "cm", "chiều dài cá rồng giống", value_max=15, optional=True),
    F("3-5 triệu đồng một con", "3", 3_000_000, "money", "đồng/con", "giá cá rồng giống", value_max=5_000_000),
    F("từ 20 đến 50 triệu đồng", "20", 20_000_000, "money", "đồng", "giá cá rồng trưởng thành loại đẹp",
      value_max=50_000_000),
    F("khoảng 18 tỷ đồng", "18", 18_000_000_000, "money", "đồng", "doanh thu của trại", Y23, approx="about"),
    F("gần 40%", "40", 40, "percent", "%", "tỷ suất lợi nhuận", Y23, approx="nearly"),
    F("bán 2.700 con", "2.700", 2700, "count", "con", "cá rồng trại đã bán", YTD,
      change=C("increase", 20, "%", "cùng kỳ năm trước")),
    F("1.100 con", "1.100", 1100, "count", "con", "cá rồng xuất khẩu", YTD, total=2700),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở nuôi cá rồng", percent=30, location=PROV),
    F("khoảng 15-20%", "15", 15, "percent", "%", "giá cá rồng trên thị trường trong tỉnh giảm so với năm 2019",
      value_max=20, approx="about", location=PROV),
    F("thêm 1 ha", "1", 1, "measure", "ha", "diện tích trang trại mở rộng thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("10.000 con", "10.000", 10000, "count", "con", "sản lượng cá rồng mỗi năm", status="forecast"),
    F("cho 11 lao động", "11", 11, "count", "lao động", "lao động của trại"),
    F("9 triệu đồng mỗi người mỗi tháng", "9", 9_000_000, "money", "đồng/người/tháng", "thu nhập của lao động"),
]

COMMENTS = [
    "National newspaper ('Chủ nhật, 9/6/2024, 07:40 (GMT+7)'): an arowana farm in huyện Vĩnh Cửu, Đồng Nai; byline 'Hoàng Nam'.",
    "The farm's figures are located in its district Vĩnh Cửu (also the headline figure); the provincial agency's figures are Đồng Nai.",
    "Buyers (Singapore, Trung Quốc) and the origin Indonesia are not places of a figure. 'tỷ suất lợi nhuận gần 40%' is its own percent",
    "(no đạt/chiếm cue); 'giảm khoảng 15-20%' is a rate with no base amount: a percent figure, no change. '52 tuổi' and the",
    "size class 'dài 12-15 cm' are optional. Not figures: 'từ năm 2009', 'Phạm Minh Sáu', the dateline and time.",
]

write_set("p860-6", TEXT, FIGS, COMMENTS, published="2024-06-09", location="Vĩnh Cửu")
