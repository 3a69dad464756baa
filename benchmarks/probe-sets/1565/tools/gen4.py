"""p1565-4: provincial Party newspaper (Báo Bình Thuận): Phan Thiết dried-seafood village before Tết."""
from lib import fig, per, chg, write

TEXT = """BÁO BÌNH THUẬN ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Làng khô Phan Thiết tất bật vào mùa Tết

Thứ Sáu, 17/01/2025 | 07:30

(BTO) - Những ngày cận Tết Ất Tỵ 2025, các cơ sở chế biến khô ở phường Phú Hài, Đức Long (TP Phan Thiết) tăng ca để kịp giao hàng, sản lượng tăng khoảng 30% so với ngày thường.

Tại cơ sở khô mực Hai Thơm trên đường Võ Văn Kiệt, hơn 20 công nhân làm việc từ 5 giờ sáng. Chị Nguyễn Thị Thơm, chủ cơ sở, cho biết tháng 12/2024 cơ sở bán ra gần 3 tấn khô mực, gấp đôi tháng trước. Khô mực loại 1 đang có giá 1,3-1,6 triệu đồng/kg, mực xé sợi 650.000 đồng/kg, khô cá đuối 280.000 đồng/kg.

Theo Phòng Kinh tế TP Phan Thiết, toàn thành phố hiện có 143 cơ sở chế biến hải sản khô, thu hút khoảng 1.600 lao động. Năm 2024, sản lượng khô các loại của thành phố ước đạt 5.200 tấn, tăng 6% so với năm 2023, giá trị khoảng 780 tỷ đồng.

Toàn tỉnh Bình Thuận hiện có 9 sản phẩm khô hải sản đạt chứng nhận OCOP, trong đó 2 sản phẩm đạt 4 sao. Theo Sở Công Thương, nhu cầu khô mực dịp Tết dự báo tăng 15-20% so với năm trước. Từ đầu tháng 12/2024 đến nay, đoàn kiểm tra liên ngành đã kiểm tra 38 cơ sở, phát hiện ba cơ sở vi phạm về nhãn hàng hóa, xử phạt 27,5 triệu đồng.

Ông Lê Minh Tâm, Phó trưởng Phòng Kinh tế thành phố cho biết, thời gian tới thành phố hỗ trợ các cơ sở đăng ký mã số vùng nguyên liệu và quảng bá thương hiệu khô mực Phan Thiết trên các sàn thương mại điện tử.

NGUYỄN HOÀNG
"""

DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ đầu tháng 12/2024 đến nay", "2024-12-01", "2025-01-17")
PT = "Phan Thiết"

FIGS = [
    fig("tăng khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="sản lượng các cơ sở chế biến khô", location=PT),
    fig("hơn 20 công nhân", "20", 20, "count", "công nhân", approx="over",
        subject="công nhân cơ sở khô mực Hai Thơm", location=PT),
    fig("gần 3 tấn", "3", 3, "measure", "tấn", approx="nearly",
        change=chg("increase", 2, "lần", "tháng trước"),
        subject="khô mực cơ sở bán ra", period=DEC, location=PT),
    fig("1,3-1,6 triệu", "1,3", 1.3e6, "money", "đồng/kg", value_max=1.6e6,
        subject="giá khô mực loại 1", location=PT),
    fig("sợi 650.000", "650.000", 650000, "money", "đồng/kg", subject="giá mực xé sợi", location=PT),
    fig("đuối 280.000", "280.000", 280000, "money", "đồng/kg", subject="giá khô cá đuối", location=PT),
    fig("có 143 cơ sở", "143", 143, "count", "cơ sở", subject="cơ sở chế biến hải sản khô", location=PT),
    fig("khoảng 1.600 lao động", "1.600", 1600, "count", "lao động", approx="about",
        subject="lao động các cơ sở chế biến hải sản khô thu hút", location=PT),
    fig("ước đạt 5.200 tấn", "5.200", 5200, "measure", "tấn", status="estimate",
        change=chg("increase", 6, "%", "năm 2023"),
        subject="sản lượng khô các loại của thành phố", period=Y24, location=PT),
    fig("khoảng 780 tỷ", "780", 780e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị sản lượng khô các loại", period=Y24, location=PT),
    fig("có 9 sản phẩm", "9", 9, "count", "sản phẩm", subject="sản phẩm khô hải sản đạt chứng nhận OCOP"),
    fig("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", total=9, subject="sản phẩm khô hải sản đạt 4 sao"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="nhu cầu khô mực dịp Tết"),
    fig("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở đoàn kiểm tra liên ngành kiểm tra",
        period=SINCE),
    fig("phát hiện ba cơ sở", "ba", 3, "count", "cơ sở", subject="cơ sở vi phạm về nhãn hàng hóa",
        period=SINCE),
    fig("xử phạt 27,5 triệu", "27,5", 27.5e6, "money", "đồng", subject="tiền xử phạt", period=SINCE),
]

NOTES = [
    "Provincial Party newspaper (Báo Bình Thuận): section menu, 'Thứ Sáu, 17/01/2025 | 07:30', tag '(BTO) -', byline at the end.",
    "Distractors: 07:30, 'Tết Ất Tỵ 2025', '5 giờ sáng' (time of day), 'đạt 4 sao' (OCOP rating level, like 'mức độ 3'), 'mã số vùng nguyên liệu'.",
    "Sapo 'sản lượng tăng khoảng 30% so với ngày thường' is a growth rate as the claim: percent, no change; 'Những ngày cận Tết' gives no dated period.",
    "The Phan Thiết passages (a workshop, then the city's Phòng Kinh tế) take location Phan Thiết; the province paragraph takes Bình Thuận (the BTO default).",
    "'gần 3 tấn ..., gấp đôi tháng trước' -> change increase 2 lần (baseline tháng trước), as in shared gold 004 ('tăng 51 lần').",
    "'ước đạt 5.200 tấn ..., giá trị khoảng 780 tỷ đồng': the estimate cue continues into the value clause.",
    "'dự báo tăng 15-20% so với năm trước' is a forecast growth rate (percent figure, no change). Inspection figures: 'Từ đầu tháng 12/2024 đến nay' ends at the dateline.",
    "'phát hiện ba cơ sở vi phạm' after 'kiểm tra 38 cơ sở': no part-of-whole cue, so no total.",
]

if __name__ == "__main__":
    write("p1565-4", TEXT, NOTES, FIGS, published="2025-01-17", location="Bình Thuận")
