"""p525-8: News agency site (TTXVN style) — Ninh Thuận drought, 9 months 2023, crop conversion, water supply."""
from lib import emit, fig, per, inh, chg

TEXT = """Ninh Thuận: 9 tháng, hơn 4.300 ha đất sản xuất phải dừng canh tác do hạn hán

Cập nhật lúc 15:20 ngày 12/10/2023

TTXVN - Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận, 9 tháng năm 2023, do lượng mưa thấp hơn trung bình nhiều năm từ 20 đến 30%, toàn tỉnh có 4.357 ha đất sản xuất phải dừng canh tác, tăng 27% so với cùng kỳ. Tổng dung tích 23 hồ chứa thủy lợi hiện đạt 86,4 triệu m³, bằng 42% dung tích thiết kế.

Quý III/2023, tỉnh đã chuyển đổi 1.215 ha lúa sang cây trồng cạn ít dùng nước như bắp, đậu, nho, đạt 121,5% kế hoạch; hỗ trợ người dân 5 triệu đồng/ha tiền mua giống. Các huyện chuyển đổi nhiều là Ninh Phước, Ninh Sơn và Thuận Nam với diện tích lần lượt 430 ha, 385 ha và 270 ha.

Để bảo đảm nước sinh hoạt, tỉnh đã khoan 56 giếng, lắp đặt 14 trạm bơm dã chiến và dùng xe bồn chở nước cho khoảng 2.600 hộ tại các xã vùng cao dọc Quốc lộ 27, định mức cấp 60 lít/người/ngày. Tổng kinh phí chống hạn 9 tháng ước đạt 41,75 tỷ đồng.

Tỉnh dự kiến đến cuối năm 2023 hoàn thành nạo vét 28 km kênh chính hệ thống Nha Trinh - Lâm Cấm và đưa vào vận hành hồ chứa nước Sông Than với dung tích 66,89 triệu m³, tưới cho 3.000 ha. Phấn đấu đến năm 2025, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 70%.

Đường dây nóng của Ban Chỉ huy PCTT và TKCN tỉnh: 0259.3822.266.
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = per("Quý III/2023", "2023-07-01", "2023-09-30")
END23 = per("đến cuối năm 2023", end="2023-12-31")
CONV = "diện tích lúa chuyển đổi sang cây trồng cạn"

FIGS = [
    fig("hơn 4.300 ha", "4.300", 4300, "measure", "ha", "đất sản xuất phải dừng canh tác do hạn hán",
        per("9 tháng", "2023-01-01", "2023-09-30"), approx="over"),
    fig("từ 20 đến 30%", "20", 20, "percent", "%", "lượng mưa thấp hơn trung bình nhiều năm", M9, value_max=30),
    fig("có 4.357 ha", "4.357", 4357, "measure", "ha", "đất sản xuất phải dừng canh tác", M9,
        change=chg("increase", 27, "%", "cùng kỳ")),
    fig("dung tích 23 hồ", "23", 23, "count", "hồ chứa", "hồ chứa thủy lợi"),
    fig("đạt 86,4 triệu m³", "86,4", 86.4e6, "measure", "m³", "tổng dung tích hồ chứa thủy lợi", percent=42),
    fig("chuyển đổi 1.215 ha", "1.215", 1215, "measure", "ha", CONV, Q3, percent=121.5),
    fig("5 triệu đồng/ha", "5", 5e6, "money", "đồng/ha", "mức hỗ trợ tiền mua giống", Q3),
    fig("lần lượt 430 ha", "430", 430, "measure", "ha", CONV, inh(Q3), location="Ninh Phước"),
    fig("385 ha", "385", 385, "measure", "ha", CONV, inh(Q3), location="Ninh Sơn"),
    fig("và 270 ha", "270", 270, "measure", "ha", CONV, inh(Q3), location="Thuận Nam"),
    fig("khoan 56 giếng", "56", 56, "count", "giếng", "giếng khoan cấp nước sinh hoạt"),
    fig("lắp đặt 14 trạm bơm", "14", 14, "count", "trạm bơm", "trạm bơm dã chiến lắp đặt"),
    fig("khoảng 2.600 hộ", "2.600", 2600, "count", "hộ", "hộ được chở nước sinh hoạt bằng xe bồn", approx="about"),
    fig("60 lít/người/ngày", "60", 60, "measure", "lít/người/ngày", "định mức cấp nước sinh hoạt"),
    fig("ước đạt 41,75 tỷ đồng", "41,75", 41.75e9, "money", "đồng", "tổng kinh phí chống hạn",
        per("9 tháng", "2023-01-01", "2023-09-30"), status="estimate"),
    fig("nạo vét 28 km", "28", 28, "measure", "km", "kênh chính hệ thống Nha Trinh - Lâm Cấm nạo vét", END23,
        status="forecast"),
    fig("66,89 triệu m³", "66,89", 66.89e6, "measure", "m³", "dung tích hồ chứa nước Sông Than", END23,
        status="forecast"),
    fig("cho 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích tưới của hồ chứa nước Sông Than", END23,
        status="forecast"),
    fig("đạt 70%", "70", 70, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

COMMENTS = [
    "TTXVN-style news site, 'Cập nhật lúc 15:20 ngày 12/10/2023' (published): Ninh Thuận drought over 9 months of 2023, reservoirs, crop",
    "conversion in Q3, water supply, money, forecasts and a 2025 target.",
    "The headline's '9 tháng' has no year: it takes the published year 2023 (scored, same line). '9 tháng' in the money sentence takes 2023 too.",
    "'thấp hơn trung bình nhiều năm từ 20 đến 30%' is the rate itself: a percent range with no change.",
    "'lần lượt 430 ha, 385 ha và 270 ha' for Ninh Phước, Ninh Sơn, Thuận Nam: location by position; they do not add up to 1.215 ha and have",
    "no part cue: no total. 'đạt 121,5% kế hoạch' is the share of 1.215 ha; 'bằng 42% dung tích thiết kế' the share of 86,4 triệu m³.",
    "'dự kiến đến cuối năm 2023 …' governs its clause: 28 km, the reservoir's 66,89 triệu m³ and 3.000 ha are forecast, as-of end 2023.",
    "Not figures: 'Quốc lộ 27', 'Cập nhật lúc 15:20', the hotline number, 'Nha Trinh - Lâm Cấm', 'Sông Than'.",
]

if __name__ == "__main__":
    emit("p525-8", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Ninh Thuận")
