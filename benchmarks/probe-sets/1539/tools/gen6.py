"""p1539-6: national newspaper: a Long An chili-sauce exporter; national sauce/condiment exports 7 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ tư, 18/9/2024, 06:00 (GMT+7)

Tương ớt Việt vào siêu thị Mỹ

Từ xưởng nhỏ 200 m2, Công ty TNHH Thực phẩm Hồng Phát ở Long An nay mỗi tháng xuất 25-30 container tương ớt, nước chấm sang Mỹ và Canada.

Ông Lê Minh Phát, giám đốc công ty, lập xưởng năm 2015 với 6 công nhân. Hiện nhà máy của công ty tại Khu công nghiệp Hải Sơn rộng 2,5 ha, có 320 công nhân, công suất 18.000 tấn sản phẩm mỗi năm.

8 tháng đầu năm nay, công ty xuất khẩu hơn 9.600 tấn sản phẩm, doanh thu đạt 17,5 triệu USD, tăng 24% so với cùng kỳ. Thị trường Mỹ chiếm khoảng 65% doanh thu. Sản phẩm chủ lực là tương ớt "Lửa 79", bán lẻ tại Mỹ với giá 3,99 USD/chai.

"Chúng tôi mất gần ba năm để đạt chứng nhận FDA và vào được hai chuỗi siêu thị lớn", ông Phát nói. Công ty liên kết với khoảng 400 hộ nông dân trong và ngoài tỉnh, bao tiêu mỗi năm khoảng 7.000 tấn ớt với giá sàn 20.000 đồng/kg.

Theo Tổng cục Hải quan, 7 tháng năm 2024, xuất khẩu nước sốt và gia vị hỗn hợp của cả nước đạt 142 triệu USD, tăng 11,3% so với cùng kỳ năm 2023, trong đó Mỹ là thị trường lớn nhất với 38,2 triệu USD.

Cuối năm nay, công ty dự kiến đưa vào vận hành thêm một dây chuyền công suất 6.000 tấn/năm, nâng doanh thu cả năm lên 28-30 triệu USD.

Hoàng Nam
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
M7 = per("7 tháng năm 2024", "2024-01-01", "2024-07-31")
Y15 = per("năm 2015", "2015-01-01", "2015-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("xưởng nhỏ 200 m2", "200", 200, "measure", "m2", subject="diện tích xưởng ban đầu"),
    fig("xuất 25-30 container", "25", 25, "measure", "container/tháng", value_max=30,
        subject="tương ớt, nước chấm công ty xuất mỗi tháng"),
    fig("với 6 công nhân", "6", 6, "count", "công nhân", subject="công nhân của xưởng khi thành lập", period=Y15),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích nhà máy"),
    fig("có 320 công nhân", "320", 320, "count", "công nhân", subject="công nhân nhà máy"),
    fig("công suất 18.000 tấn", "18.000", 18000, "measure", "tấn/năm", subject="công suất nhà máy"),
    fig("hơn 9.600 tấn", "9.600", 9600, "measure", "tấn", approx="over",
        subject="sản phẩm công ty xuất khẩu", period=M8),
    fig("đạt 17,5 triệu", "17,5", 17.5e6, "money", "USD", change=chg("increase", 24, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=M8),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ trọng thị trường Mỹ trong doanh thu", period=inh(M8)),
    fig("giá 3,99 USD/chai", "3,99", 3.99, "money", "USD/chai", subject="giá bán lẻ tương ớt Lửa 79 tại Mỹ"),
    fig("gần ba năm", "ba", 3, "measure", "năm", approx="nearly",
        subject="thời gian để đạt chứng nhận FDA", optional=True),
    fig("hai chuỗi siêu thị", "hai", 2, "count", "chuỗi siêu thị", subject="chuỗi siêu thị lớn công ty vào được"),
    fig("khoảng 400 hộ", "400", 400, "count", "hộ", approx="about", subject="hộ nông dân liên kết với công ty"),
    fig("khoảng 7.000 tấn", "7.000", 7000, "measure", "tấn/năm", approx="about",
        subject="ớt công ty bao tiêu mỗi năm"),
    fig("sàn 20.000", "20.000", 20000, "money", "đồng/kg", subject="giá sàn bao tiêu ớt"),
    fig("đạt 142 triệu", "142", 142e6, "money", "USD", change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu nước sốt và gia vị hỗn hợp", period=M7, location=VN),
    fig("với 38,2 triệu", "38,2", 38.2e6, "money", "USD", total=142e6,
        subject="xuất khẩu nước sốt và gia vị hỗn hợp sang thị trường Mỹ", period=M7, location=VN),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền công ty đưa vào vận hành thêm"),
    fig("công suất 6.000 tấn/năm", "6.000", 6000, "measure", "tấn/năm", status="forecast",
        subject="công suất dây chuyền mới"),
    fig("lên 28-30 triệu", "28", 28e6, "money", "USD", value_max=30e6, status="forecast",
        subject="doanh thu cả năm", period=YEAR),
]

NOTES = [
    "National newspaper: 'Thứ tư, 18/9/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. Company in Long An (default location);",
    "the customs figures of 'cả nước' are Việt Nam (Mỹ is a trade partner, not a place of the figure).",
    "Distractors: 06:00, (GMT+7), 'năm 2015' (founding year), 'Lửa 79' (product name), 'Khu công nghiệp Hải Sơn', FDA.",
    "'mỗi tháng xuất 25-30 container' → range, rate container/tháng; 'mỗi năm' amounts → tấn/năm.",
    "'8 tháng đầu năm nay' = 2024-01-01..2024-08-31 (year of the dateline); '7 tháng năm 2024' ends 2024-07-31.",
    "'trong đó Mỹ là thị trường lớn nhất với 38,2 triệu USD' → part of 142 triệu USD (same thing, same period).",
    "'gần ba năm để đạt chứng nhận' is a duration in a quote: optional. 'Cuối năm nay ... dự kiến' → forecast;",
    "'Cuối năm nay' has no defined dates, so the line and its capacity get no period; 'cả năm' = 2024.",
]

if __name__ == "__main__":
    write("p1539-6", TEXT, NOTES, FIGS, published="2024-09-18", location="Long An")
