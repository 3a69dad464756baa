"""p1453-2: district portal (huyện Văn Lâm, Hưng Yên): a cooperative blowing ruột phích; the district's producers."""
from lib import fig, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Kinh tế - Xã hội | Văn bản

Nghề thổi ruột phích ở Lạc Hồng vào mùa cao điểm

05/12/2023 - 10:20

Những tháng cuối năm, xưởng của Hợp tác xã Thủy tinh Hồng Phúc (xã Lạc Hồng) đỏ lửa suốt ngày đêm. Hợp tác xã có hai lò nung và 46 thợ, trong đó 19 thợ bậc cao; mỗi ngày xuất xưởng khoảng 3.500 ruột phích các cỡ từ 0,45 đến 2 lít.

Theo ông Nguyễn Văn Hậu, Giám đốc hợp tác xã, 11 tháng năm 2023 đơn vị sản xuất gần 920 nghìn ruột phích, doanh thu đạt 21,6 tỷ đồng, tăng 14% so với cùng kỳ và vượt 8% kế hoạch năm. Giá bán buôn ruột phích từ 17.000 đến 26.000 đồng/chiếc tùy loại. Thu nhập của thợ bình quân 8,2 triệu đồng/người/tháng, cao hơn năm 2022 khoảng 700.000 đồng.

Năm 2024, hợp tác xã phấn đấu doanh thu 25 tỷ đồng và dự kiến tuyển thêm ba chục lao động, chủ yếu là thanh niên trong xã.

Toàn huyện hiện có 9 cơ sở sản xuất ruột phích và bình giữ nhiệt, gồm 3 doanh nghiệp, 1 hợp tác xã và 5 hộ kinh doanh, giải quyết việc làm cho khoảng 600 lao động. Sản phẩm được bán tới hơn 20 tỉnh, thành phố và xuất khẩu sang Lào, Campuchia. Huyện đặt mục tiêu đến năm 2025 có ít nhất 2 sản phẩm ruột phích đạt chuẩn OCOP 3 sao trở lên.

Tin khác:
- Văn Lâm: Ra quân tổng vệ sinh môi trường đón Tết
- Hội nghị tổng kết công tác Mặt trận năm 2023

Cơ quan chủ quản: UBND huyện Văn Lâm
Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên. Điện thoại: 0221.3985.062
"""

M11 = period("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
BY25 = period("đến năm 2025", None, "2025-12-31")
HTX = "Hợp tác xã Thủy tinh Hồng Phúc"

FIGS = [
    fig("hai lò nung", "hai", 2, "count", "lò nung", subject="lò nung của hợp tác xã"),
    fig("và 46 thợ", "46", 46, "count", "thợ", subject="thợ của hợp tác xã"),
    fig("trong đó 19 thợ", "19", 19, "count", "thợ", total=46, subject="thợ bậc cao"),
    fig("khoảng 3.500 ruột", "3.500", 3500, "measure", "ruột phích/ngày", approx="about",
        subject="ruột phích xuất xưởng mỗi ngày"),
    fig("từ 0,45 đến 2 lít", "0,45", 0.45, "measure", "lít", value_max=2,
        subject="cỡ ruột phích", optional=True),
    fig("gần 920 nghìn", "920", 920e3, "count", "ruột phích", approx="nearly",
        subject="ruột phích hợp tác xã sản xuất", period=M11),
    fig("đạt 21,6 tỷ", "21,6", 21.6e9, "money", "đồng",
        change=change("increase", 14, "%", "cùng kỳ"), subject="doanh thu của hợp tác xã", period=M11),
    fig("vượt 8%", "8", 8, "percent", "%", subject="doanh thu vượt kế hoạch năm", period=M11, optional=True),
    fig("từ 17.000 đến 26.000", "17.000", 17000, "money", "đồng/chiếc", value_max=26000,
        subject="giá bán buôn ruột phích"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        change=change("increase", 700000, "đồng", "năm 2022", approx="about"),
        subject="thu nhập bình quân của thợ"),
    fig("doanh thu 25 tỷ", "25", 25e9, "money", "đồng", status="target",
        subject="doanh thu của hợp tác xã", period=Y24),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động", status="forecast",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất ruột phích và bình giữ nhiệt"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=9, subject="doanh nghiệp"),
    fig(", 1 hợp tác xã", "1", 1, "count", "hợp tác xã", total=9, subject="hợp tác xã"),
    fig("và 5 hộ kinh doanh", "5", 5, "count", "hộ kinh doanh", total=9, subject="hộ kinh doanh"),
    fig("khoảng 600 lao động", "600", 600, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("hơn 20 tỉnh", "20", 20, "count", "tỉnh, thành phố", approx="over",
        subject="tỉnh, thành phố sản phẩm được bán tới", location="Việt Nam"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm ruột phích đạt chuẩn OCOP 3 sao trở lên", period=BY25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, menu, '05/12/2023 - 10:20' under the headline, 'Tin khác', footer.",
    "Distractors: 10:20, 'xã Lạc Hồng', 'OCOP 3 sao', 'năm 2023' in a link title, phone 0221.3985.062, 'Thị trấn Như Quỳnh'.",
    "Location: the whole page is the district (a commune is not a location level), so the figures are Văn Lâm, except",
    "'hơn 20 tỉnh, thành phố', a count of provinces, which the spec places in Việt Nam.",
    "'trong đó 19 thợ bậc cao' → total 46; 'gồm 3 doanh nghiệp, 1 hợp tác xã và 5 hộ kinh doanh' → total 9 (adds up).",
    "'mỗi ngày xuất xưởng khoảng 3.500 ruột phích' is a daily rate: measure, unit 'ruột phích/ngày'.",
    "Optional: the size range 'các cỡ từ 0,45 đến 2 lít' (a product spec, not a statistic); 'vượt 8% kế hoạch năm' is the",
    "second change of 21,6 tỷ (the first is 'tăng 14% so với cùng kỳ'), so by the spec a percent figure of its own, optional.",
    "'cao hơn năm 2022 khoảng 700.000 đồng' is a change in đồng, approx about. 'ba chục lao động' = 30 (number words).",
    "'Năm 2024 ... phấn đấu doanh thu 25 tỷ đồng' → target; 'và dự kiến tuyển thêm ba chục lao động' → forecast (its own cue).",
    "'mục tiêu đến năm 2025 ... ít nhất 2 sản phẩm' → target, at_least, period end 2025-12-31.",
    "revised after the first run: 'hai lò nung' subject 'lò nung của Hợp tác xã Thủy tinh Hồng Phúc' → 'lò nung của hợp tác xã'",
    "(the sentence names 'Hợp tác xã'; the full name stands in the previous sentence; same as 'thợ của hợp tác xã').",
]

if __name__ == "__main__":
    write(2, TEXT, NOTES, FIGS, published="2023-12-05", location="Văn Lâm")
