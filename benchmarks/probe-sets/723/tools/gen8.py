"""p723-8: Báo Thanh Hóa online (provincial newspaper), fishing ports Q3/2024, anchorages, dredging of estuaries."""
from lib import F, P, I, CH, emit

TEXT = """Báo Thanh Hóa
Kinh tế > Nông nghiệp

Quý III, các cảng cá Thanh Hóa đón 8.420 lượt tàu cập cảng

Cập nhật: 07:35, 14/10/2024

(Baothanhhoa.vn) - Quý III/2024, 5 cảng cá trên địa bàn tỉnh đã đón 8.420 lượt tàu cập cảng, bốc dỡ 21.650 tấn hàng thủy sản, tăng lần lượt 4,6% và 7,9% so với quý III/2023. Lũy kế 9 tháng, sản lượng hàng qua cảng đạt 63.780 tấn, bằng 76% kế hoạch năm. Trong đó, cảng cá Lạch Hới (TP Sầm Sơn) đạt 24.310 tấn; cảng cá Lạch Bạng (thị xã Nghi Sơn) 19.450 tấn; cảng cá Hòa Lộc (huyện Hậu Lộc) 12.600 tấn; 2 cảng còn lại 7.420 tấn. Tổng thu phí, giá dịch vụ tại các cảng 9 tháng ước đạt 3,15 tỷ đồng, tăng 6,2% so với cùng kỳ.

Do các cửa lạch thường xuyên bị bồi lắng, có thời điểm tàu trên 400 CV phải chờ triều từ 3 đến 5 giờ mới vào được cảng. Toàn tỉnh hiện có 7 khu neo đậu tránh trú bão với sức chứa khoảng 2.900 tàu, tương đương 45% số tàu cá của tỉnh (6.450 chiếc). Từ đầu năm đến nay, tỉnh đã nạo vét ba cửa lạch với tổng khối lượng hơn 215.000 m3, kinh phí 28,4 tỷ đồng.

Theo Sở NN&PTNT, trong quý IV tỉnh dự kiến khởi công dự án mở rộng khu neo đậu Hoằng Trường (huyện Hoằng Hóa) với tổng vốn 185 tỷ đồng, nâng sức chứa thêm 500 tàu. Ngành phấn đấu cả năm 2024 đạt 11.000 lượt tàu cập cảng và 84.000 tấn hàng qua cảng.

Lê Hợi
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón 8.420 lượt tàu cập cảng\n", "8.420", 8420, "count", "lượt tàu", "lượt tàu cập cảng các cảng cá",
      P("Quý III", "2024-07-01", "2024-09-30")),
    F("2024, 5 cảng cá", "5", 5, "count", "cảng cá", "cảng cá trên địa bàn tỉnh", Q3),
    F("đón 8.420 lượt tàu cập cảng,", "8.420", 8420, "count", "lượt tàu", "lượt tàu cập cảng", Q3,
      change=CH("increase", 4.6, baseline="quý III/2023")),
    F("bốc dỡ 21.650 tấn", "21.650", 21650, "measure", "tấn", "hàng thủy sản bốc dỡ", Q3,
      change=CH("increase", 7.9, baseline="quý III/2023")),
    F("đạt 63.780 tấn", "63.780", 63780, "measure", "tấn", "sản lượng hàng qua cảng", M9, percent=76),
    F("đạt 24.310 tấn", "24.310", 24310, "measure", "tấn", "sản lượng hàng qua cảng cá Lạch Hới", I(M9),
      total=63780, location="Sầm Sơn"),
    F("19.450 tấn", "19.450", 19450, "measure", "tấn", "sản lượng hàng qua cảng cá Lạch Bạng", I(M9),
      total=63780, location="Nghi Sơn"),
    F("12.600 tấn", "12.600", 12600, "measure", "tấn", "sản lượng hàng qua cảng cá Hòa Lộc", I(M9),
      total=63780, location="Hậu Lộc"),
    F("2 cảng còn lại", "2", 2, "count", "cảng", "cảng còn lại", total=5),
    F("7.420 tấn", "7.420", 7420, "measure", "tấn", "sản lượng hàng qua 2 cảng còn lại", I(M9), total=63780),
    F("ước đạt 3,15 tỷ đồng", "3,15", 3.15e9, "money", "đồng", "tổng thu phí, giá dịch vụ tại các cảng",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 6.2, baseline="cùng kỳ"), status="estimate"),
    F("trên 400 CV", "400", 400, "measure", "CV", "công suất tàu", approx="over", optional=True),
    F("từ 3 đến 5 giờ", "3", 3, "measure", "giờ", "thời gian tàu phải chờ triều để vào cảng", value_max=5),
    F("có 7 khu neo đậu", "7", 7, "count", "khu neo đậu", "khu neo đậu tránh trú bão"),
    F("khoảng 2.900 tàu", "2.900", 2900, "count", "tàu", "sức chứa các khu neo đậu tránh trú bão",
      approx="about", percent=45),
    F("(6.450 chiếc)", "6.450", 6450, "count", "chiếc", "tàu cá của tỉnh"),
    F("ba cửa lạch", "ba", 3, "count", "cửa lạch", "cửa lạch đã nạo vét", YTD),
    F("hơn 215.000 m3", "215.000", 215000, "measure", "m3", "tổng khối lượng nạo vét cửa lạch", YTD,
      approx="over"),
    F("kinh phí 28,4 tỷ đồng", "28,4", 28.4e9, "money", "đồng", "kinh phí nạo vét cửa lạch", YTD),
    F("tổng vốn 185 tỷ đồng", "185", 185e9, "money", "đồng",
      "tổng vốn dự án mở rộng khu neo đậu Hoằng Trường", Q4, status="forecast", location="Hoằng Hóa"),
    F("thêm 500 tàu", "500", 500, "count", "tàu", "sức chứa tăng thêm của khu neo đậu Hoằng Trường", Q4,
      status="forecast", location="Hoằng Hóa"),
    F("đạt 11.000 lượt", "11.000", 11000, "count", "lượt tàu", "lượt tàu cập cảng", Y24, status="target"),
    F("84.000 tấn", "84.000", 84000, "measure", "tấn", "hàng qua cảng", Y24, status="target"),
]

COMMENTS = [
    "Báo Thanh Hóa online, '(Baothanhhoa.vn)' tag, 'Cập nhật: 07:35, 14/10/2024' (published): ports Q3/2024, 9-month",
    "throughput by port, anchorages, dredging of estuaries, Q4 plans. Location Thanh Hóa; a port with its district in brackets",
    "takes that district (Sầm Sơn, Nghi Sơn, Hậu Lộc, Hoằng Hóa). Headline 'Quý III' takes the year of published (2024).",
    "'Trong đó' after a sentence break: the four ports' volumes are parts of 63.780 tấn (they add up). '2 cảng còn lại' is a",
    "count of its own, part of the 5 ports ('còn lại' says so; revised after scoring: total 5 added).",
    "'tương đương 45% số tàu cá' is the 2.900's share; '(6.450 chiếc)' its own count. 'Từ đầu năm đến nay'",
    "runs to the dateline. 'chờ triều từ 3 đến 5 giờ' is a measured waiting time (a figure, like '35 phút'); 'trên 400 CV' optional.",
    "'dự kiến' governs '185 tỷ đồng' and the continuing clause 'nâng sức chứa thêm 500 tàu' (forecast).",
]

if __name__ == "__main__":
    emit("p723-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thanh Hóa")
