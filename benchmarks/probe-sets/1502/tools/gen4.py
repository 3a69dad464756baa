"""p1502-4: provincial newspaper (Báo Bình Dương): outdoor plastic-rattan furniture exports, a firm in TP Tân Uyên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế > Doanh nghiệp

Bàn ghế nhựa giả mây “đắt hàng” dịp cuối năm

Thứ Hai, 25/11/2024 | 07:45

(BDO) - Những tháng cuối năm, nhiều doanh nghiệp sản xuất đồ nội thất nhựa tại TP Tân Uyên tất bật chạy đơn hàng xuất khẩu cho mùa Giáng sinh và năm mới.

Tại Công ty TNHH Nội thất nhựa Hưng Phát Đạt (phường Khánh Bình, TP Tân Uyên), khoảng 450 công nhân làm việc cả ngày Chủ nhật. Ông Lê Minh Hoàng, Phó Giám đốc công ty cho biết, từ đầu năm đến nay công ty đã xuất khẩu 1.240 container bàn ghế nhựa giả mây sang Mỹ và châu Âu, gấp 1,5 lần cùng kỳ năm 2023. Doanh thu 10 tháng đạt 620 tỷ đồng, tăng 32%. Sản phẩm bán chạy nhất là bộ bàn ghế sân vườn mẫu HPD-808, giá xuất xưởng từ 95 đến 140 USD/bộ.

Mỗi tháng, nhà máy sử dụng khoảng 900 tấn hạt nhựa PP, PE, trong đó 30% là nhựa tái sinh. “Giá hạt nhựa công ty mua vào tăng khoảng 10% so với đầu năm nên biên lợi nhuận chỉ còn 4-5%”, ông Hoàng nói. Năm 2025, công ty đặt mục tiêu doanh thu 800 tỷ đồng và tuyển thêm 150 lao động.

Theo Sở Công Thương, 10 tháng năm 2024, kim ngạch xuất khẩu đồ gỗ và nội thất của tỉnh ước đạt 3,85 tỷ USD, tăng 24,6% so với cùng kỳ; trong đó nhóm nội thất nhựa và nhựa giả mây khoảng 410 triệu USD, chiếm 10,6%. Toàn tỉnh hiện có khoảng 70 doanh nghiệp sản xuất bàn ghế nhựa, giải quyết việc làm cho trên 12.000 lao động.

NGỌC THẢO
"""

YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-25")
M10 = per("10 tháng", "2024-01-01", "2024-10-31")
M10b = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("khoảng 450 công nhân", "450", 450, "count", "công nhân", approx="about",
        subject="công nhân Công ty TNHH Nội thất nhựa Hưng Phát Đạt", location=TU),
    fig("xuất khẩu 1.240 container", "1.240", 1240, "count", "container",
        change=chg("increase", 1.5, "lần", "cùng kỳ năm 2023"),
        subject="bàn ghế nhựa giả mây công ty xuất khẩu", period=YTD, location=TU),
    fig("đạt 620 tỷ", "620", 620e9, "money", "đồng", change=chg("increase", 32, "%"),
        subject="doanh thu của công ty", period=M10, location=TU),
    fig("từ 95 đến 140", "95", 95, "money", "USD/bộ", value_max=140,
        subject="giá xuất xưởng bộ bàn ghế sân vườn", location=TU),
    fig("khoảng 900 tấn", "900", 900, "measure", "tấn/tháng", approx="about",
        subject="hạt nhựa PP, PE nhà máy sử dụng mỗi tháng", location=TU),
    fig("trong đó 30%", "30", 30, "percent", "%",
        subject="tỷ lệ nhựa tái sinh trong hạt nhựa nhà máy sử dụng", location=TU),
    fig("khoảng 10%", "10", 10, "percent", "%", approx="about",
        subject="giá hạt nhựa công ty mua vào so với đầu năm", location=TU),
    fig("còn 4-5%", "4", 4, "percent", "%", value_max=5,
        subject="biên lợi nhuận", location=TU),
    fig("doanh thu 800 tỷ", "800", 800e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y25, location=TU),
    fig("thêm 150 lao động", "150", 150, "count", "lao động", status="target",
        subject="lao động tuyển thêm", period=Y25, location=TU),
    fig("ước đạt 3,85 tỷ", "3,85", 3.85e9, "money", "USD", status="estimate",
        change=chg("increase", 24.6, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu đồ gỗ và nội thất của tỉnh", period=M10b),
    fig("khoảng 410 triệu", "410", 410e6, "money", "USD", approx="about", total=3.85e9, percent=10.6,
        status="estimate", subject="kim ngạch xuất khẩu nhóm nội thất nhựa và nhựa giả mây", period=M10b),
    fig("khoảng 70 doanh nghiệp", "70", 70, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất bàn ghế nhựa"),
    fig("trên 12.000 lao động", "12.000", 12000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất bàn ghế nhựa giải quyết việc làm"),
]

NOTES = [
    "Provincial newspaper (Báo Bình Dương): 'Thứ Hai, 25/11/2024 | 07:45', tag '(BDO) -', sapo, quote, byline at the end.",
    "Distractors: 07:45, product code 'mẫu HPD-808', 'phường Khánh Bình', weekday 'Chủ nhật'.",
    "Firm passage (TP Tân Uyên) → location Tân Uyên; province figures (Sở Công Thương) → Bình Dương (default).",
    "'gấp 1,5 lần cùng kỳ năm 2023' after 1.240 container → change increase 1.5 lần. 'Doanh thu 10 tháng đạt 620 tỷ đồng, tăng 32%' → change without baseline.",
    "'từ đầu năm đến nay' ends at the dateline 2024-11-25; year-less '10 tháng' → 2024.",
    "'Mỗi tháng ... khoảng 900 tấn' is a rate (tấn/tháng); 'trong đó 30% là nhựa tái sinh' is a percent figure of its own.",
    "'Giá hạt nhựa ... tăng khoảng 10% so với đầu năm' is a growth rate as the claim (percent, no change). 'biên lợi nhuận chỉ còn 4-5%' → range.",
    "'Năm 2025, công ty đặt mục tiêu ...' → both figures target. '; trong đó ... khoảng 410 triệu USD, chiếm 10,6%' → total 3,85 tỷ, percent 10.6, estimate carried over from 'ước đạt'.",
]

if __name__ == "__main__":
    write("p1502-4", TEXT, NOTES, FIGS, published="2024-11-25", location="Bình Dương")
