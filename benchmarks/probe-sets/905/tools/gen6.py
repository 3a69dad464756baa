"""p905-6: national newspaper, Đà Nẵng repair yards at Thọ Quang booked out before the fishing season (2025)."""
from lib import F, P, I, CH, write

TEXT = """Thời sự › Dân sinh
Thứ bảy, 15/3/2025, 07:30 (GMT+7)
Xưởng sửa tàu cá ở Đà Nẵng kín lịch trước mùa biển

Hơn 200 tàu cá xếp hàng chờ lên đà tại 5 cơ sở sửa chữa ở âu thuyền Thọ Quang, nhiều chủ tàu phải đợi 7-10 ngày mới đến lượt.

Sáng 14/3, tại cơ sở đóng sửa tàu Thành Lợi ở phường Thọ Quang, quận Sơn Trà, khoảng 30 công nhân chia ca hàn vỏ, cạo hà, sơn lại thân tàu. Ông Lê Văn Thành, chủ cơ sở, cho biết đà của ông tiếp nhận tối đa 12 tàu cùng lúc, phí kéo tàu lên đà từ 3 đến 5 triệu đồng/lượt tùy kích cỡ. Một lần bảo dưỡng định kỳ cho tàu dài 20 m, chủ tàu tốn trung bình 80-120 triệu đồng.

Theo Chi cục Thủy sản Đà Nẵng, năm 2024 các cơ sở trên địa bàn sửa chữa 2.150 lượt tàu, tăng 6% so với năm trước; trong đó tàu ngoại tỉnh chiếm khoảng 35%, chủ yếu từ Quảng Nam và Quảng Ngãi. Thành phố hiện quản lý 1.186 tàu cá, trong đó 497 tàu dài từ 15 m trở lên.

Ngư dân Nguyễn Văn Hùng (48 tuổi) có tàu ĐNa 90234 TS vỏ gỗ, công suất 620 CV, cho biết mỗi lần lên đà mất khoảng 10 ngày. "Chi phí sửa chữa năm ngoái hết hơn 250 triệu đồng, chiếm gần 30% tiền lời cả năm", ông nói.

Trên cả nước, theo Cục Thủy sản và Kiểm ngư, hiện có khoảng 86.000 tàu cá đăng ký, trong đó gần 29.000 tàu dài từ 15 m trở lên. Bộ Nông nghiệp và Môi trường đặt mục tiêu đến năm 2030 giảm số tàu khai thác xuống còn khoảng 83.600 chiếc.

Nguyễn Đông
"""

FIGS = [
    F("Hơn 200 tàu cá", "200", "count", "tàu cá", "tàu cá xếp hàng chờ lên đà", approx="over"),
    F("tại 5 cơ sở", "5", "count", "cơ sở", "cơ sở sửa chữa ở âu thuyền Thọ Quang"),
    F("đợi 7-10 ngày", "7", "measure", "ngày", "thời gian chủ tàu chờ lên đà", max_number="10"),
    F("khoảng 30 công nhân", "30", "count", "công nhân", "công nhân cơ sở đóng sửa tàu Thành Lợi", approx="about",
      location="Sơn Trà"),
    F("tối đa 12 tàu", "12", "count", "tàu", "tàu đà tiếp nhận cùng lúc", approx="at_most", location="Sơn Trà"),
    F("từ 3 đến 5 triệu", "3", "money", "đồng/lượt", "phí kéo tàu lên đà", mult=10**6, max_number="5",
      location="Sơn Trà"),
    F("tàu dài 20 m", "20", "measure", "m", "chiều dài tàu", optional=True),
    F("80-120 triệu đồng", "80", "money", "đồng", "chi phí một lần bảo dưỡng định kỳ tàu dài 20 m",
      mult=10**6, max_number="120", location="Sơn Trà"),
    F("sửa chữa 2.150 lượt tàu", "2.150", "count", "lượt tàu", "lượt tàu được các cơ sở sửa chữa",
      change=CH("increase", 6, "%", "năm trước"), period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("chiếm khoảng 35%", "35", "percent", "%", "tỷ lệ tàu ngoại tỉnh trong lượt tàu sửa chữa", approx="about",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("quản lý 1.186 tàu cá", "1.186", "count", "tàu cá", "tàu cá thành phố quản lý"),
    F("497 tàu dài", "497", "count", "tàu", "tàu dài từ 15 m trở lên", total=1186),
    F("497 tàu dài từ 15 m", "15", "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("(48 tuổi)", "48", "measure", "tuổi", "tuổi ngư dân", optional=True),
    F("công suất 620 CV", "620", "measure", "CV", "công suất tàu", optional=True),
    F("mất khoảng 10 ngày", "10", "measure", "ngày", "thời gian mỗi lần lên đà", approx="about"),
    F("hơn 250 triệu đồng", "250", "money", "đồng", "chi phí sửa chữa tàu", mult=10**6, approx="over",
      percent=30, period=P("năm ngoái", "2024-01-01", "2024-12-31")),
    F("khoảng 86.000 tàu cá", "86.000", "count", "tàu cá", "tàu cá đăng ký", approx="about", location="Việt Nam"),
    F("gần 29.000 tàu", "29.000", "count", "tàu", "tàu dài từ 15 m trở lên", approx="nearly", total=86000,
      location="Việt Nam"),
    F("29.000 tàu dài từ 15 m", "15", "measure", "m", "chiều dài tàu", approx="at_least", optional=True,
      location="Việt Nam"),
    F("khoảng 83.600 chiếc", "83.600", "count", "chiếc", "tàu khai thác", approx="about", status="target",
      period=P("đến năm 2030", None, "2030-12-31"), location="Việt Nam"),
]

write("p905-6", TEXT, FIGS, published="2025-03-15", location="Đà Nẵng", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 15/3/2025, 07:30 (GMT+7)'): Đà Nẵng repair yards at Thọ Quang; national fleet at the end.",
    "Tàu ngoại tỉnh 'chủ yếu từ Quảng Nam và Quảng Ngãi' are origins, not the place of the figure (Đà Nẵng). National fleet figures: Việt Nam.",
    "'chiếm khoảng 35%' after 'trong đó tàu ngoại tỉnh' is a share of a part, a percent figure of its own; 'chiếm gần 30%' after 250 triệu is its percent.",
    "The Thành Lợi yard (phường Thọ Quang, quận Sơn Trà) and its owner's figures are Sơn Trà; the lead (âu thuyền Thọ Quang, no district named) stays Đà Nẵng.",
    "revised after the first run: 30 công nhân, 12 tàu, 3-5 triệu, 80-120 triệu from Đà Nẵng to Sơn Trà (the yard's district, as in p905-2/5/8).",
    "Optional: length thresholds and the example boat (20 m, 620 CV), the fisherman's age. Distractors: Sáng 14/3, ĐNa 90234 TS, 07:30.",
])
