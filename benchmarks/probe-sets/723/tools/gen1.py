"""p723-1: Quảng Ngãi province portal, fishing ports and anchorages, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Quảng Ngãi: Hơn 9.800 lượt tàu cá cập cảng trong 6 tháng đầu năm 2024

Cập nhật: 08/07/2024 15:20 | Lượt xem: 1.362

(Cổng TTĐT Quảng Ngãi) - Theo báo cáo của Ban Quản lý cảng cá Quảng Ngãi, 6 tháng đầu năm 2024 các cảng cá trên địa bàn tỉnh đã đón 9.846 lượt tàu cá ra vào cập cảng, tăng 7,2% so với cùng kỳ năm 2023, đạt 54,7% kế hoạch năm. Trong đó, cảng cá Tịnh Kỳ đón 4.215 lượt, cảng cá Sa Huỳnh 3.108 lượt và cảng cá Lý Sơn 2.523 lượt.

Tổng sản lượng thủy sản qua cảng ước đạt 28.540 tấn, tăng 5,4% so với cùng kỳ, trong đó cá ngừ đại dương khoảng 1.150 tấn. Tổng thu phí, giá dịch vụ tại các cảng đạt 4,86 tỷ đồng, bằng 52,3% dự toán năm.

Đối với khu neo đậu tránh trú bão, hiện toàn tỉnh có 4 khu neo đậu với sức chứa khoảng 3.200 tàu cá; trong đó khu neo đậu Sa Huỳnh có thể tiếp nhận 800 tàu có công suất đến 400 CV. Năm 2024, tỉnh bố trí 35 tỷ đồng để nạo vét luồng vào cảng cá Tịnh Kỳ với khối lượng dự kiến 120.000 m3. Dự án Khu neo đậu tránh trú bão kết hợp cảng cá Mỹ Á (thị xã Đức Phổ) đã giải ngân 48,5/62 tỷ đồng.

Thực hiện Quyết định số 1459/QĐ-UBND của UBND tỉnh, Ban Quản lý cảng cá phấn đấu năm 2024 đạt 18.000 lượt tàu cập cảng và 55.000 tấn hàng qua cảng.

Ban Quản lý cảng cá Quảng Ngãi - Số 52 Hùng Vương, TP Quảng Ngãi - ĐT: 0255.3822.316
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 9.800 lượt", "9.800", 9800, "count", "lượt tàu cá", "lượt tàu cá cập cảng",
      P("trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="over"),
    F("đón 9.846 lượt", "9.846", 9846, "count", "lượt tàu cá",
      "lượt tàu cá ra vào cập cảng các cảng cá trên địa bàn tỉnh", H1,
      percent=54.7, change=CH("increase", 7.2, baseline="cùng kỳ năm 2023")),
    F("Tịnh Kỳ đón 4.215 lượt", "4.215", 4215, "count", "lượt", "lượt tàu cá cập cảng cá Tịnh Kỳ",
      I(H1), total=9846),
    F("Sa Huỳnh 3.108 lượt", "3.108", 3108, "count", "lượt", "lượt tàu cá cập cảng cá Sa Huỳnh",
      I(H1), total=9846),
    F("Lý Sơn 2.523 lượt", "2.523", 2523, "count", "lượt", "lượt tàu cá cập cảng cá Lý Sơn",
      I(H1), total=9846, location="Lý Sơn"),
    F("ước đạt 28.540 tấn", "28.540", 28540, "measure", "tấn", "tổng sản lượng thủy sản qua cảng",
      I(H1), change=CH("increase", 5.4, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng cá ngừ đại dương qua cảng",
      I(H1), approx="about", total=28540, status="estimate"),
    F("đạt 4,86 tỷ đồng", "4,86", 4.86e9, "money", "đồng", "tổng thu phí, giá dịch vụ tại các cảng",
      I(H1), percent=52.3),
    F("có 4 khu neo đậu", "4", 4, "count", "khu neo đậu", "khu neo đậu tránh trú bão"),
    F("khoảng 3.200 tàu cá", "3.200", 3200, "count", "tàu cá", "sức chứa các khu neo đậu tránh trú bão",
      approx="about"),
    F("tiếp nhận 800 tàu", "800", 800, "count", "tàu", "sức chứa khu neo đậu Sa Huỳnh", total=3200),
    F("đến 400 CV", "400", 400, "measure", "CV", "công suất tàu", approx="at_most", optional=True),
    F("bố trí 35 tỷ đồng", "35", 35e9, "money", "đồng", "vốn nạo vét luồng vào cảng cá Tịnh Kỳ", Y24),
    F("dự kiến 120.000 m3", "120.000", 120000, "measure", "m3",
      "khối lượng nạo vét luồng vào cảng cá Tịnh Kỳ", Y24, status="forecast"),
    F("48,5/62 tỷ đồng", "48,5", 48.5e9, "money", "đồng",
      "vốn giải ngân dự án Khu neo đậu tránh trú bão kết hợp cảng cá Mỹ Á", total=62e9,
      location="Đức Phổ"),
    F("đạt 18.000 lượt", "18.000", 18000, "count", "lượt tàu", "lượt tàu cập cảng", Y24, status="target"),
    F("55.000 tấn hàng", "55.000", 55000, "measure", "tấn", "hàng qua cảng", Y24, status="target"),
]

COMMENTS = [
    "Quảng Ngãi provincial portal: fishing-port calls, landed volume, fees, anchorages, dredging, H1/2024 and 2024 plan.",
    "Breadcrumb, 'Cập nhật: 08/07/2024 15:20 | Lượt xem: 1.362' (counter not a figure), footer address and phone.",
    "Ports named after a district take it as location (Lý Sơn; shared h21 gives 'Đại học Quốc gia Hà Nội' Hà Nội);",
    "Tịnh Kỳ and Sa Huỳnh are commune-level names, so the province. '(thị xã Đức Phổ)' makes the Mỹ Á project Đức Phổ.",
    "'48,5/62 tỷ đồng' has no plan word: total 62 tỷ. 'đến 400 CV' is a threshold (optional).",
]

if __name__ == "__main__":
    emit("p723-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Ngãi")
