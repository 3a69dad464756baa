import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CƯ M'GAR
Tin hoạt động | Kinh tế

Cư M'gar: Hơn 1.200 ha cây trồng thiếu nước tưới
Ngày đăng: 02/04/2024

Theo báo cáo của Phòng Nông nghiệp và Phát triển nông thôn huyện, từ đầu mùa khô đến ngày 31/3/2024, toàn huyện có 1.236 ha cây trồng bị thiếu nước, trong đó cà phê 948 ha, hồ tiêu 173 ha, lúa 115 ha. Diện tích bị ảnh hưởng tăng gấp 2,4 lần so với cùng kỳ năm 2023.

Đáng lo ngại, trong số 948 ha cà phê thiếu nước có 87 ha có nguy cơ mất trắng, tập trung ở các xã Ea Kuếh, Ea Kiết và Cư Dliê M'nông.

Huyện hiện có 29 công trình thủy lợi (26 hồ chứa, 3 đập dâng) với tổng dung tích thiết kế 41,5 triệu m3. Đến nay, dung tích các hồ chỉ còn khoảng 11,2 triệu m3, bằng 27% thiết kế; 7 hồ đã cạn đến mực nước chết.

Từ đầu năm đến nay, huyện đã hỗ trợ 1,85 tỷ đồng cho các xã nạo vét 12,6 km kênh mương, sửa chữa 8 trạm bơm điện; nhân dân đóng góp gần 4,2 nghìn ngày công. Các hộ dân đã khoan mới 312 giếng, đào 95 ao trữ nước.

Năm 2024, huyện phấn đấu chuyển đổi 350 ha lúa kém hiệu quả, thường xuyên thiếu nước sang cây trồng cạn; giai đoạn 2021-2025 chuyển đổi tổng cộng 1.500 ha. Người dân cần hỗ trợ kỹ thuật liên hệ Trạm Khuyến nông huyện, số 56 đường Hùng Vương, thị trấn Quảng Phú, điện thoại 0262.3834.115.
"""

dry = P("từ đầu mùa khô đến ngày 31/3/2024", None, "2024-03-31")
now = P("Đến nay", None, "2024-04-02")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-02")
ytd_i = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-02", inherited=True)

figs = [
    F("Hơn 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích cây trồng thiếu nước tưới", approx="over"),
    F("có 1.236 ha", "1.236", 1236, "measure", "ha", "diện tích cây trồng bị thiếu nước", period=dry),
    F("cà phê 948 ha", "948", 948, "measure", "ha", "diện tích cà phê bị thiếu nước", total=1236, period=dry),
    F("hồ tiêu 173 ha", "173", 173, "measure", "ha", "diện tích hồ tiêu bị thiếu nước", total=1236, period=dry),
    F("lúa 115 ha", "115", 115, "measure", "ha", "diện tích lúa bị thiếu nước", total=1236, period=dry),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "diện tích bị ảnh hưởng so với cùng kỳ năm 2023"),
    F("trong số 948 ha", "948", 948, "measure", "ha", "diện tích cà phê thiếu nước", optional=True),
    F("có 87 ha", "87", 87, "measure", "ha", "diện tích cà phê có nguy cơ mất trắng", total=948,
      period=P("từ đầu mùa khô đến ngày 31/3/2024", None, "2024-03-31", inherited=True)),
    F("có 29 công trình", "29", 29, "count", "công trình thủy lợi", "công trình thủy lợi"),
    F("(26 hồ chứa", "26", 26, "count", "hồ chứa", "hồ chứa", total=29),
    F("3 đập dâng)", "3", 3, "count", "đập dâng", "đập dâng", total=29),
    F("thiết kế 41,5 triệu m3", "41,5", 41500000, "measure", "m3", "tổng dung tích thiết kế"),
    F("khoảng 11,2 triệu m3", "11,2", 11200000, "measure", "m3", "dung tích các hồ", approx="about",
      percent=27, period=now),
    F("7 hồ đã cạn", "7", 7, "count", "hồ", "hồ cạn đến mực nước chết", period=now),
    F("hỗ trợ 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "kinh phí huyện hỗ trợ các xã", period=ytd),
    F("nạo vét 12,6 km", "12,6", 12.6, "measure", "km", "kênh mương được nạo vét", period=ytd),
    F("sửa chữa 8 trạm bơm", "8", 8, "count", "trạm bơm điện", "trạm bơm điện được sửa chữa", period=ytd),
    F("gần 4,2 nghìn ngày công", "4,2", 4200, "count", "ngày công", "ngày công nhân dân đóng góp",
      approx="nearly", period=ytd),
    F("khoan mới 312 giếng", "312", 312, "count", "giếng", "giếng khoan mới", period=ytd_i),
    F("đào 95 ao", "95", 95, "count", "ao", "ao trữ nước được đào", period=ytd_i),
    F("chuyển đổi 350 ha", "350", 350, "measure", "ha", "diện tích lúa chuyển đổi sang cây trồng cạn",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tổng cộng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích chuyển đổi sang cây trồng cạn",
      status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
]

comments = """
Cổng TTĐT huyện Cư M'gar (Đắk Lắk): cây trồng thiếu nước đến 31/3/2024, công trình thủy lợi, hỗ trợ chống hạn, kế hoạch chuyển đổi cây trồng.
"Ngày đăng: 02/04/2024" (no time) is the dateline. Address "số 56 đường Hùng Vương" and phone 0262.3834.115 are not figures.
"từ đầu mùa khô đến ngày 31/3/2024": the start of the dry season has no date, so only the end is given.
948/173/115 ha after "trong đó" add up to 1.236 ha. "tăng gấp 2,4 lần so với cùng kỳ" stands alone in its sentence: a multiple figure, no change.
"trong số 948 ha" restates 948 (optional) and is the 87 ha's total. The bracket (26 hồ chứa, 3 đập dâng) adds up to 29 công trình.
"bằng 27% thiết kế" is the percent of 11,2 triệu m3. "Đến nay" ends at the dateline. Communes (xã Ea Kuếh …) are not locations of the
district figure. "phấn đấu" governs both clauses of the last sentence (targets); "giai đoạn 2021-2025" gives the second its period.
"""

build("p429-3", text, comments, figs, published="2024-04-02", location="Cư M'gar")
