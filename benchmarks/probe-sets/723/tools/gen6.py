"""p723-6: national press, fishing boats called to shelter before typhoon Yagi (Sept 2024)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự
Thứ sáu, 6/9/2024, 10:15 (GMT+7)

Gần 50.000 tàu cá được gọi vào bờ tránh bão Yagi

Theo Bộ Nông nghiệp và Phát triển nông thôn, đến 6h sáng nay cả nước đã kiểm đếm, thông báo cho 49.620 tàu cá với hơn 221.000 lao động biết diễn biến của bão; trong đó 2.150 tàu vẫn đang hoạt động trên biển.

Tại Quảng Ninh, Hải Phòng và Thái Bình, số tàu cá đã vào nơi neo đậu an toàn lần lượt là 6.251, 2.815 và 1.094 chiếc. Ông Nguyễn Văn Hưng, Phó chánh Văn phòng thường trực Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Ninh, cho biết 27 khu neo đậu của tỉnh chỉ có sức chứa khoảng 5.000 tàu, thấp hơn 20% so với số tàu cần trú. "Nhiều khu neo đậu đã kín chỗ, tàu phải nằm cách nhau chỉ 3-5 m", ông nói.

Cả nước hiện có 161 khu neo đậu tránh trú bão với sức chứa khoảng 83.000 tàu, trong khi tổng số tàu cá là 86.820 chiếc. Như vậy, năng lực neo đậu mới đáp ứng khoảng 95% nhu cầu; riêng Quảng Ninh chỉ đạt khoảng 80%.

Năm 2024, bộ đã bố trí 1.250 tỷ đồng cho 12 dự án khu neo đậu tránh trú bão kết hợp cảng cá. Số vốn này gấp 1,5 lần năm 2023. Dự kiến đến cuối năm nay, 4 dự án sẽ hoàn thành, bổ sung chỗ neo đậu cho khoảng 3.500 tàu cá. Bộ yêu cầu các địa phương hoàn thành nạo vét luồng tại 9 khu neo đậu bị bồi lắng trước ngày 15/10.

Gia Chính
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 50.000 tàu cá", "50.000", 50000, "count", "tàu cá", "tàu cá được gọi vào bờ tránh bão Yagi",
      approx="nearly"),
    F("cho 49.620 tàu cá", "49.620", 49620, "count", "tàu cá", "tàu cá được kiểm đếm, thông báo diễn biến của bão"),
    F("hơn 221.000 lao động", "221.000", 221000, "count", "lao động",
      "lao động được thông báo diễn biến của bão", approx="over"),
    F("2.150 tàu", "2.150", 2150, "count", "tàu", "tàu vẫn đang hoạt động trên biển", total=49620),
    F("là 6.251,", "6.251", 6251, "count", "chiếc", "tàu cá đã vào nơi neo đậu an toàn", location="Quảng Ninh"),
    F("2.815 và", "2.815", 2815, "count", "chiếc", "tàu cá đã vào nơi neo đậu an toàn", location="Hải Phòng"),
    F("1.094 chiếc", "1.094", 1094, "count", "chiếc", "tàu cá đã vào nơi neo đậu an toàn", location="Thái Bình"),
    F("27 khu neo đậu", "27", 27, "count", "khu neo đậu", "khu neo đậu của tỉnh", location="Quảng Ninh"),
    F("khoảng 5.000 tàu", "5.000", 5000, "count", "tàu", "sức chứa khu neo đậu của tỉnh", approx="about",
      change=CH("decrease", 20, baseline="số tàu cần trú"), location="Quảng Ninh"),
    F("3-5 m", "3", 3, "measure", "m", "khoảng cách giữa các tàu neo đậu", value_max=5, location="Quảng Ninh"),
    F("có 161 khu neo đậu", "161", 161, "count", "khu neo đậu", "khu neo đậu tránh trú bão"),
    F("khoảng 83.000 tàu", "83.000", 83000, "count", "tàu", "sức chứa các khu neo đậu tránh trú bão",
      approx="about"),
    F("là 86.820 chiếc", "86.820", 86820, "count", "chiếc", "tổng số tàu cá"),
    F("khoảng 95%", "95", 95, "percent", "%", "năng lực neo đậu đáp ứng nhu cầu", approx="about"),
    F("khoảng 80%", "80", 80, "percent", "%", "năng lực neo đậu đáp ứng nhu cầu", approx="about",
      location="Quảng Ninh"),
    F("bố trí 1.250 tỷ đồng", "1.250", 1250e9, "money", "đồng",
      "vốn bố trí cho dự án khu neo đậu tránh trú bão kết hợp cảng cá", Y24),
    F("cho 12 dự án", "12", 12, "count", "dự án", "dự án khu neo đậu tránh trú bão kết hợp cảng cá", Y24),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "số vốn bố trí cho dự án khu neo đậu so với năm 2023"),
    F("nay, 4 dự án", "4", 4, "count", "dự án", "dự án khu neo đậu sẽ hoàn thành", status="forecast"),
    F("khoảng 3.500 tàu cá", "3.500", 3500, "count", "tàu cá", "chỗ neo đậu bổ sung", approx="about",
      status="forecast"),
    F("tại 9 khu neo đậu", "9", 9, "count", "khu neo đậu", "khu neo đậu bị bồi lắng cần nạo vét luồng"),
]

COMMENTS = [
    "National press, 'Thứ sáu, 6/9/2024, 10:15 (GMT+7)': boats called to shelter before typhoon Yagi, anchorage capacity.",
    "Location Việt Nam; 'lần lượt là 6.251, 2.815 và 1.094 chiếc' gives each province its item; the Quảng Ninh official's",
    "figures are Quảng Ninh's. '6h sáng nay' (time of day) and 'trước ngày 15/10' are not figures and give no period.",
    "'Dự kiến đến cuối năm nay' makes the next clause forecast (no defined period). 'Số vốn này gấp 1,5 lần năm 2023' stands alone as its own sentence: a multiple. 'thấp hơn 20% so với số tàu cần trú'",
    "is the change of 5.000 tàu. 'trong khi tổng số tàu cá là 86.820 chiếc' is its own count (not a total of 83.000).",
]

if __name__ == "__main__":
    emit("p723-6", TEXT, COMMENTS, FIGS, published="2024-09-06", location="Việt Nam")
