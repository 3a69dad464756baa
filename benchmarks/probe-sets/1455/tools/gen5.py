"""p1455-5: provincial Party newspaper (Báo Quảng Nam, QNO): lantern makers of TP Hội An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Làng nghề

Làng đèn lồng Hội An vào mùa cao điểm

18/11/2024 07:15

(QNO) - Những tháng cuối năm, các cơ sở làm đèn lồng ở TP Hội An tất bật sản xuất để kịp giao hàng cho khách trong và ngoài nước. Mỗi ngày, phố cổ tiêu thụ hàng nghìn chiếc đèn lồng các loại.

Cơ sở đèn lồng Thanh Tâm của anh Võ Minh Tâm (phường Cẩm Phô) hiện có 14 lao động, mỗi tháng làm ra khoảng 4.500 chiếc đèn lồng khung tre bọc lụa. Giá bán tại xưởng từ 60.000 đến 350.000 đồng/chiếc tùy kích cỡ; riêng loại đèn lồng đường kính 80 cm có giá khoảng 1,2 triệu đồng.

Năm 2023, cơ sở bán được hơn 48.000 chiếc, doanh thu khoảng 2,6 tỷ đồng, trong đó đơn hàng xuất khẩu sang Úc, Pháp chiếm 30%. "Năm nay, tôi dự kiến mở thêm một cửa hàng ở đường Trần Phú", anh Tâm nói.

Theo Phòng Kinh tế TP Hội An, toàn thành phố hiện có 68 cơ sở sản xuất đèn lồng, giải quyết việc làm cho khoảng 750 lao động, thu nhập từ 6 đến 8 triệu đồng/người/tháng. Mười tháng đầu năm 2024, các cơ sở sản xuất khoảng 1,15 triệu chiếc đèn lồng, tăng 14% so với cùng kỳ; trong đó xuất khẩu trực tiếp hơn 210.000 chiếc.

Giá tre, lụa năm nay tăng khoảng 15-20%, trong khi giá bán đèn lồng gần như không đổi. Nhiều cơ sở chuyển sang dùng khung sắt sơn tĩnh điện để giảm chi phí.

TP Hội An phấn đấu đến năm 2025 có ít nhất 3 sản phẩm đèn lồng đạt chuẩn OCOP 4 sao và xây dựng một điểm trưng bày, giới thiệu nghề làm đèn lồng tại số 46 Bạch Đằng.

HOÀNG NHI

Tin cùng chuyên mục:
- Quảng Nam: Hội chợ Quà tặng du lịch lần thứ 2
- Hội An: Ra mắt tour trải nghiệm làm đèn lồng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
M10 = per("Mười tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y24b = per("năm nay", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng nghìn chiếc", "nghìn", 1000, "count", "chiếc", approx="about", optional=True,
        subject="đèn lồng phố cổ tiêu thụ mỗi ngày"),
    fig("có 14 lao động", "14", 14, "count", "lao động",
        subject="lao động cơ sở đèn lồng Thanh Tâm"),
    fig("khoảng 4.500 chiếc", "4.500", 4500, "measure", "chiếc/tháng", approx="about",
        subject="đèn lồng khung tre bọc lụa cơ sở làm ra mỗi tháng"),
    fig("từ 60.000 đến 350.000", "60.000", 60000, "money", "đồng/chiếc", value_max=350000,
        subject="giá bán đèn lồng tại xưởng"),
    fig("đường kính 80 cm", "80", 80, "measure", "cm", optional=True,
        subject="đường kính đèn lồng"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="about",
        subject="giá loại đèn lồng đường kính 80 cm"),
    fig("hơn 48.000 chiếc", "48.000", 48000, "count", "chiếc", approx="over",
        subject="đèn lồng cơ sở bán được", period=Y23),
    fig("khoảng 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="about",
        subject="doanh thu cơ sở", period=Y23),
    fig("chiếm 30%", "30", 30, "percent", "%",
        subject="đơn hàng xuất khẩu sang Úc, Pháp trong doanh thu", period=Y23),
    fig("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast",
        subject="cửa hàng mở thêm", period=Y24),
    fig("có 68 cơ sở", "68", 68, "count", "cơ sở",
        subject="cơ sở sản xuất đèn lồng"),
    fig("khoảng 750 lao động", "750", 750, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất đèn lồng giải quyết việc làm"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động"),
    fig("khoảng 1,15 triệu", "1,15", 1.15e6, "count", "chiếc", approx="about",
        change=chg("increase", 14, "%", "cùng kỳ"),
        subject="đèn lồng các cơ sở sản xuất", period=M10),
    fig("hơn 210.000 chiếc", "210.000", 210000, "count", "chiếc", approx="over", total=1.15e6,
        subject="đèn lồng xuất khẩu trực tiếp", period=M10),
    fig("khoảng 15-20%", "15", 15, "percent", "%", approx="about", value_max=20,
        subject="giá tre, lụa", period=Y24b),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm đèn lồng đạt chuẩn OCOP 4 sao", period=TO25),
    fig("một điểm trưng bày", "một", 1, "count", "điểm trưng bày", status="target",
        subject="điểm trưng bày, giới thiệu nghề làm đèn lồng", period=TO25),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): section line, '18/11/2024 07:15', tag '(QNO) -', sapo, byline HOÀNG NHI, related links.",
    "Distractors: 07:15, 'OCOP 4 sao', 'số 46 Bạch Đằng', 'đường Trần Phú', 'lần thứ 2' in a link title,",
    "and 'Mười tháng đầu năm 2024' (a period written with a number word).",
    "All figures describe TP Hội An (the workshop is in phường Cẩm Phô of the city): default location Hội An.",
    "'hàng nghìn chiếc' (an indefinite amount) and the lantern size 'đường kính 80 cm' (a product spec) are optional.",
    "'mỗi tháng làm ra khoảng 4.500 chiếc' is a rate: measure, unit chiếc/tháng. 'trong đó đơn hàng xuất khẩu ... chiếm 30%' is a percent figure.",
    "'Năm nay, tôi dự kiến mở thêm một cửa hàng' → forecast, year from published. 'phấn đấu đến năm 2025' governs both clauses (target).",
    "'trong đó xuất khẩu trực tiếp hơn 210.000 chiếc' after '; ' is a part of 1,15 triệu chiếc (total).",
    "'Giá tre, lụa năm nay tăng khoảng 15-20%': growth rate as the claim, range, approx about.",
]

if __name__ == "__main__":
    write("p1455-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Hội An")
