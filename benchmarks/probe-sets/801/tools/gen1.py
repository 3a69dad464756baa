"""p801-1: Cao Bằng province portal, làng rèn Phúc Sen (huyện Quảng Hòa)."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
Cổng thông tin điện tử tỉnh Cao Bằng
Trang chủ » Tin tức - Sự kiện » Kinh tế
Làng rèn Phúc Sen thu về hơn 40 tỷ đồng mỗi năm
Cập nhật: 12/08/2024 09:15 | Lượt xem: 2.317

Theo UBND huyện Quảng Hòa, xã Phúc Sen hiện có 386 hộ làm nghề rèn, chiếm khoảng 62% tổng số hộ trong xã, thu hút trên 700 lao động thường xuyên. Dao, cuốc, xẻng, liềm của làng được bán khắp các tỉnh dọc Quốc lộ 3 và sang cả thị trường Trung Quốc.

Năm 2023, các lò rèn trong xã sản xuất khoảng 185.000 sản phẩm các loại, tăng 8,5% so với năm 2022; doanh thu đạt hơn 40 tỷ đồng. Thu nhập bình quân của lao động nghề rèn từ 5 đến 7 triệu đồng/người/tháng.

6 tháng đầu năm 2024, sản lượng ước đạt 98.000 sản phẩm, bằng 53% kế hoạch năm; doanh thu ước đạt 21,6 tỷ đồng, tăng 12% so với cùng kỳ. Riêng quý II/2024, doanh thu ước đạt 11,8 tỷ đồng, tăng 15,2% so với quý I.

Đến nay, toàn xã có 5 sản phẩm OCOP, trong đó 2 sản phẩm đạt 4 sao và 3 sản phẩm đạt 3 sao; 2 hợp tác xã rèn với 46 thành viên đang hoạt động hiệu quả.

Để giảm khói bụi và tiếng ồn, từ năm 2021 đến nay, huyện đã hỗ trợ 124 hộ chuyển sang lò rèn có chụp hút khói và máy búa giảm chấn với tổng kinh phí 1,86 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 50% theo Nghị quyết số 08/2021/NQ-HĐND.

Theo Kế hoạch số 215/KH-UBND, huyện phấn đấu đến năm 2025 có 100% hộ rèn sử dụng lò cải tiến, doanh thu làng nghề đạt 50 tỷ đồng/năm. Lễ hội làng rèn Phúc Sen lần thứ 3 sẽ được tổ chức vào tháng 10 tới.
"""

Y23 = year("Năm 2023", 2023)
H1 = months("6 tháng đầu năm 2024", 2024, 1, 6)
NOW = asof("Đến nay", "2024-08-12")
SINCE = span("từ năm 2021 đến nay", "2021-01-01", "2024-08-12")
T25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("thu về hơn 40 tỷ đồng mỗi năm", "40", 40e9, "money", "đồng", "doanh thu làng rèn Phúc Sen mỗi năm", approx="over"),
    F("hiện có 386 hộ làm nghề rèn", "386", 386, "count", "hộ", "hộ làm nghề rèn", percent=62),
    F("trên 700 lao động thường xuyên", "700", 700, "count", "lao động", "lao động thường xuyên", approx="over"),
    F("khoảng 185.000 sản phẩm", "185.000", 185000, "count", "sản phẩm", "sản phẩm các lò rèn sản xuất", Y23,
      approx="about", change=up(8.5, baseline="năm 2022")),
    F("doanh thu đạt hơn 40 tỷ đồng", "40", 40e9, "money", "đồng", "doanh thu", Y23, approx="over"),
    F("từ 5 đến 7 triệu đồng/người/tháng", "5", 5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động nghề rèn", inherit(Y23), value_max=7e6),
    F("ước đạt 98.000 sản phẩm", "98.000", 98000, "count", "sản phẩm", "sản lượng", H1, percent=53, status="estimate"),
    F("ước đạt 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "doanh thu", H1, change=up(12, baseline="cùng kỳ"),
      status="estimate"),
    F("ước đạt 11,8 tỷ đồng", "11,8", 11.8e9, "money", "đồng", "doanh thu", months("quý II/2024", 2024, 4, 6),
      change=up(15.2, baseline="quý I"), status="estimate"),
    F("toàn xã có 5 sản phẩm OCOP", "5", 5, "count", "sản phẩm", "sản phẩm OCOP", NOW),
    F("2 sản phẩm đạt 4 sao", "2", 2, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", NOW, total=5),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("3 sản phẩm đạt 3 sao", "3", 3, "count", "sản phẩm", "sản phẩm OCOP đạt 3 sao", NOW, total=5),
    F("đạt 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("2 hợp tác xã rèn", "2", 2, "count", "hợp tác xã", "hợp tác xã rèn", NOW),
    F("với 46 thành viên", "46", 46, "count", "thành viên", "thành viên hợp tác xã rèn", NOW),
    F("hỗ trợ 124 hộ", "124", 124, "count", "hộ", "hộ được hỗ trợ chuyển sang lò rèn có chụp hút khói", SINCE),
    F("tổng kinh phí 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "tổng kinh phí hỗ trợ", SINCE),
    F("ngân sách tỉnh hỗ trợ 50%", "50", 50, "percent", "%", "ngân sách tỉnh hỗ trợ", SINCE),
    F("có 100% hộ rèn", "100", 100, "percent", "%", "hộ rèn sử dụng lò cải tiến", T25, status="target"),
    F("đạt 50 tỷ đồng/năm", "50", 50e9, "money", "đồng/năm", "doanh thu làng nghề", T25, status="target"),
]

build(1, TEXT, FIGS, published="2024-08-12", location="Quảng Hòa", comments=[
    "Cổng TTĐT tỉnh Cao Bằng: làng rèn Phúc Sen, huyện Quảng Hòa - households, output, revenue, OCOP, smoke hoods, 2025 targets.",
    "Location is the district Quảng Hòa (the commune lies in it). Headline has no period. 'X sao' OCOP ratings are optional.",
    "'Đến nay' / 'từ năm 2021 đến nay' end at the dateline 2024-08-12. 'khoảng 62%' is the share of 386 hộ (percent attribute).",
])
