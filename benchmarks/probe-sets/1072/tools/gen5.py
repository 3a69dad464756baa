"""p1072-5: Báo Đồng Nai style, grapefruit price slump, byline and bare date at the end (20/07/2023)."""
from lib import F, P, I, C, T, write

TEXT = """Giá bưởi da xanh rớt mạnh, nhà vườn lo lắng

Những tháng gần đây, giá bưởi da xanh tại các huyện Xuân Lộc, Thống Nhất, Cẩm Mỹ giảm sâu. Thương lái chỉ thu mua bưởi loại 1 với giá 15.000-18.000 đồng/kg, giảm gần 40% so với cùng kỳ năm 2022; bưởi loại 2 chỉ còn 8.000 đồng/kg.

Theo Sở NN&PTNT, toàn tỉnh hiện có trên 8.900 ha bưởi, trong đó bưởi da xanh hơn 6.200 ha. Nhiều diện tích trồng mới giai đoạn 2018-2020 nay đã cho trái nên sản lượng năm 2023 dự kiến đạt 135.000 tấn, tăng khoảng 15% so với năm trước.

Ông Trần Văn Tư, ngụ ấp 4, xã Xuân Bắc (huyện Xuân Lộc) có 3 ha bưởi da xanh, cho biết mỗi kg bưởi có chi phí sản xuất khoảng 9.000-10.000 đồng, với giá hiện nay nhà vườn gần như hòa vốn. Năm ngoái, vườn của ông thu về hơn 900 triệu đồng, năm nay ước chỉ còn khoảng 450 triệu đồng.

Huyện Xuân Lộc có diện tích bưởi lớn nhất tỉnh với 2.450 ha, kế đến là Thống Nhất 1.380 ha, Cẩm Mỹ 1.120 ha. Riêng xã Xuân Bắc có 42 tổ hợp tác và 2 hợp tác xã trồng bưởi với 310 thành viên.

Tỉnh đã xây dựng 18 mã số vùng trồng bưởi với diện tích 760 ha, nhưng sản lượng bưởi xuất khẩu 6 tháng đầu năm chỉ đạt 420 tấn, chiếm chưa tới 1% sản lượng. Ngành nông nghiệp khuyến cáo nông dân không mở rộng diện tích, tập trung nâng chất lượng, phấn đấu đến năm 2025 có 50% diện tích bưởi áp dụng quy trình VietGAP.

HẢI QUÂN
20/07/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
LAST = P("Năm ngoái", "2022-01-01", "2022-12-31")
THIS = P("năm nay", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("giá 15.000-18.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá thu mua bưởi da xanh loại 1",
      value_max=18000, change=C("decrease", 40, baseline="cùng kỳ năm 2022", approx="nearly")),
    F("còn 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá bưởi loại 2"),
    F("trên 8.900 ha", "8.900", 8900, "measure", "ha", "diện tích bưởi", approx="over"),
    F("hơn 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích bưởi da xanh", approx="over", total=8900),
    F("đạt 135.000 tấn", "135.000", 135000, "measure", "tấn", "sản lượng bưởi", Y23, status="forecast",
      change=C("increase", 15, baseline="năm trước", approx="about")),
    F("có 3 ha", "3", 3, "measure", "ha", "diện tích bưởi da xanh của ông Trần Văn Tư", location="Xuân Lộc"),
    F("khoảng 9.000-10.000 đồng", "9.000", 9000, "money", "đồng/kg", "chi phí sản xuất mỗi kg bưởi",
      value_max=10000, approx="about", location="Xuân Lộc"),
    F("hơn 900 triệu đồng", "900", 900000000, "money", "đồng", "tiền thu về của vườn", LAST,
      approx="over", location="Xuân Lộc"),
    F("khoảng 450 triệu đồng", "450", 450000000, "money", "đồng", "tiền thu về của vườn", THIS,
      approx="about", status="estimate", location="Xuân Lộc"),
    F("với 2.450 ha", "2.450", 2450, "measure", "ha", "diện tích bưởi", location="Xuân Lộc"),
    F("Thống Nhất 1.380 ha", "1.380", 1380, "measure", "ha", "diện tích bưởi", location="Thống Nhất"),
    F("Cẩm Mỹ 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích bưởi", location="Cẩm Mỹ"),
    F("có 42 tổ hợp tác", "42", 42, "count", "tổ hợp tác", "tổ hợp tác trồng bưởi", location="Xuân Lộc"),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã trồng bưởi", location="Xuân Lộc"),
    F("với 310 thành viên", "310", 310, "count", "thành viên", "thành viên tổ hợp tác, hợp tác xã trồng bưởi",
      location="Xuân Lộc"),
    F("dựng 18 mã số", "18", 18, "count", "mã số vùng trồng", "mã số vùng trồng bưởi"),
    F("diện tích 760 ha", "760", 760, "measure", "ha", "diện tích mã số vùng trồng bưởi"),
    F("đạt 420 tấn", "420", 420, "measure", "tấn", "sản lượng bưởi xuất khẩu", H1, percent=1),
    F("có 50% diện tích", "50", 50, "percent", "%", "tỷ lệ diện tích bưởi áp dụng quy trình VietGAP", T25,
      status="target"),
]

NOTES = [
    "Báo Đồng Nai style: grapefruit price slump; no dateline on top, byline 'HẢI QUÂN' and bare date 20/07/2023 at the end.",
    "Not figures: ông Trần Văn Tư (a name), ấp 4, giai đoạn 2018-2020 (a planting period), loại 1 / loại 2, the closing date.",
    "'mỗi kg bưởi có chi phí sản xuất khoảng 9.000-10.000 đồng' is a per-unit amount: unit đồng/kg.",
    "The farmer lives in xã Xuân Bắc (huyện Xuân Lộc): his figures and the commune's groups take the district Xuân Lộc",
    "(FIGURES.md: province, city or district). 'Năm ngoái' = 2022, 'năm nay' = 2023 (the article's year).",
    "'sản lượng năm 2023 dự kiến đạt' → forecast; 'ước chỉ còn khoảng 450 triệu' → estimate; 'phấn đấu đến năm 2025' → target.",
    "'chiếm chưa tới 1% sản lượng' is the share of 420 tấn: percent 1 (its 'under' belongs to the share, not scored).",
    "'Riêng xã Xuân Bắc có 42 tổ hợp tác' is no part of the district list (a different indicator): no total.",
]

write(5, TEXT, FIGS, NOTES, published="2023-07-20", location="Đồng Nai")
