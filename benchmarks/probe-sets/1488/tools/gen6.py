"""p1488-6: national newspaper: a pen maker in quận Bình Tân (TP HCM), 8 months of 2024, national market size."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 5/9/2024, 10:20 (GMT+7)

Hãng bút Việt đưa sản phẩm tới 45 quốc gia

Khởi nghiệp năm 1996 với xưởng nhỏ chưa tới 20 công nhân, Công ty cổ phần Văn phòng phẩm Sài Gòn Lam nay mỗi năm làm ra khoảng 700 triệu sản phẩm, bán tới 45 quốc gia và vùng lãnh thổ.

Nhà máy chính của công ty đặt tại đường số 7, Khu công nghiệp Tân Tạo, quận Bình Tân, TP HCM, với 3.100 lao động. Năm 2023, doanh thu đạt 2.480 tỷ đồng; lợi nhuận sau thuế 215 tỷ đồng, giảm 4% so với năm trước do giá nhựa và mực nhập khẩu tăng. Xuất khẩu chiếm 28% doanh thu.

"Chúng tôi đã tự động hóa khoảng 60% công đoạn, riêng khâu ép đầu bi đạt gần như 100%", ông Trần Minh Quân, Tổng giám đốc, cho biết. Tám tháng đầu năm nay, doanh thu của công ty đạt 1.750 tỷ đồng, tăng 7,2% so với cùng kỳ. Cả năm, công ty dự kiến doanh thu khoảng 2.700 tỷ đồng.

Ông Quân cho biết công ty đang xây dựng nhà máy thứ hai tại huyện Đức Hòa (Long An) với vốn đầu tư một nghìn tỷ đồng, dự kiến nâng công suất thêm 40%.

Theo Hiệp hội Văn phòng phẩm Việt Nam, quy mô thị trường văn phòng phẩm cả nước khoảng 1,5 tỷ USD mỗi năm và tăng trưởng bình quân 6-8% một năm. Hàng Việt chiếm khoảng 60% thị phần, song phân khúc bút cao cấp vẫn do các thương hiệu Nhật Bản, Đức nắm giữ.

Ngọc Lan
"""

P = "2024-09-05"
Y96 = per("năm 1996", "1996-01-01", "1996-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M8 = per("Tám tháng đầu năm nay", "2024-01-01", "2024-08-31")
CN = per("Cả năm", "2024-01-01", "2024-12-31")
BT = "Bình Tân"
VN = "Việt Nam"

FIGS = [
    fig("phẩm tới 45 quốc gia", "45", 45, "count", "quốc gia", subject="quốc gia hãng bút Việt đưa sản phẩm tới"),
    fig("chưa tới 20 công nhân", "20", 20, "count", "công nhân", approx="under",
        subject="công nhân của xưởng nhỏ", period=Y96),
    fig("khoảng 700 triệu", "700", 700e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm công ty làm ra mỗi năm"),
    fig("bán tới 45 quốc gia", "45", 45, "count", "quốc gia", subject="quốc gia và vùng lãnh thổ công ty bán tới"),
    fig("với 3.100 lao động", "3.100", 3100, "count", "lao động", subject="lao động"),
    fig("đạt 2.480 tỷ", "2.480", 2480e9, "money", "đồng", subject="doanh thu", period=Y23),
    fig("thuế 215 tỷ", "215", 215e9, "money", "đồng", change=chg("decrease", 4, "%", "năm trước"),
        subject="lợi nhuận sau thuế", period=Y23),
    fig("chiếm 28%", "28", 28, "percent", "%", subject="xuất khẩu chiếm trong doanh thu", period=inh(Y23)),
    fig("khoảng 60% công đoạn", "60", 60, "percent", "%", approx="about", subject="công đoạn đã tự động hóa"),
    fig("gần như 100%", "100", 100, "percent", "%", approx="nearly", subject="tự động hóa khâu ép đầu bi"),
    fig("đạt 1.750 tỷ", "1.750", 1750e9, "money", "đồng", change=chg("increase", 7.2, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=M8),
    fig("khoảng 2.700 tỷ", "2.700", 2700e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh thu", period=CN),
    fig("vốn đầu tư một nghìn tỷ", "một", 1e12, "money", "đồng", subject="vốn đầu tư nhà máy thứ hai",
        location="Đức Hòa"),
    fig("thêm 40%", "40", 40, "percent", "%", status="forecast", subject="nâng công suất thêm",
        location="Đức Hòa"),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "USD/năm", approx="about", change=chg("increase", 6, "%"),
        subject="quy mô thị trường văn phòng phẩm cả nước", location=VN),
    fig("bình quân 6-8%", "6", 6, "percent", "%", value_max=8, subject="tăng trưởng bình quân", location=VN,
        optional=True),
    fig("khoảng 60% thị phần", "60", 60, "percent", "%", approx="about", subject="thị phần hàng Việt", location=VN),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 5/9/2024, 10:20 (GMT+7)' (published), headline, sapo, quote, byline at the end.",
    "The firm's plant is in quận Bình Tân (TP HCM): its figures are located in Bình Tân; the headline and sapo describe the same firm.",
    "'chưa tới 20 công nhân năm 1996' -> under, period 1996. 'mỗi năm làm ra khoảng 700 triệu sản phẩm' -> rate, measure sản phẩm/năm.",
    "'Xuất khẩu chiếm 28% doanh thu' stands in its own sentence after 2.480 tỷ and 215 tỷ: a percent figure, period inherited.",
    "'Tám tháng đầu năm nay' (number word) takes the year of published. 'Cả năm, ... dự kiến ... khoảng 2.700 tỷ' -> forecast, about.",
    "'nhà máy thứ hai' is an ordinal (not a figure); the new plant in huyện Đức Hòa (Long An): its capital and capacity are located there.",
    "'một nghìn tỷ đồng' = 10^12 (number word + combined multiplier). 'dự kiến nâng công suất thêm 40%' -> forecast percent.",
    "Association figures ('quy mô thị trường ... cả nước', 'tăng trưởng bình quân 6-8%', 'Hàng Việt ... 60% thị phần') -> Việt Nam.",
    "'khoảng 1,5 tỷ USD mỗi năm và tăng trưởng bình quân 6-8% một năm': the growth after the amount is its change (increase 6%, lower end);",
    "the 6-8% as a percent figure of its own is optional (an average annual growth rate may be read as a claim of its own).",
    "Distractors: '(GMT+7)', time 10:20, 'năm 1996' as a period, 'đường số 7', 'nhà máy thứ hai', 'năm trước' (baseline).",
]

if __name__ == "__main__":
    write("p1488-6", TEXT, NOTES, FIGS, published=P, location=BT)
