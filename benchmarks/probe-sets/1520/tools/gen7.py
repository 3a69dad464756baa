"""p1520-7: news agency (TTXVN): sedge (cói) photo frames of huyện Kim Sơn, Ninh Bình."""
from lib import F, P, year, inh, ch, write

TEXT = """TTXVN | Kinh tế - Làng nghề
22/08/2024 14:35

Khung ảnh cói Kim Sơn sang châu Âu

Ninh Bình, 22/8 (TTXVN) - Từ cây cói quen thuộc, các hợp tác xã ở huyện Kim Sơn (Ninh Bình) đã làm ra những chiếc khung ảnh, khung gương đan tay được khách hàng châu Âu ưa chuộng.

Kim Sơn là địa phương có diện tích cói lớn thứ hai cả nước với khoảng 600 ha, năng suất bình quân 12 tấn/ha. Huyện hiện có 49 đơn vị làm hàng cói, gồm 9 hợp tác xã và 40 tổ hợp tác, thu hút khoảng 3.500 lao động nông thôn.

Tại Hợp tác xã Thủ công mỹ nghệ Bình Minh (xã Kim Chính), mỗi tháng có khoảng 25.000 khung ảnh cói được xuất sang Đức, Hà Lan và Ba Lan. 8 tháng đầu năm nay, doanh thu của hợp tác xã đạt 6,8 tỷ đồng, tăng 18% so với cùng kỳ năm 2023. Dự kiến trong quý IV năm nay, hợp tác xã tuyển thêm 50 lao động để kịp đơn hàng Giáng sinh. Hợp tác xã có 85 xã viên và ba chục lao động thời vụ, thu nhập từ 4,5 đến 6 triệu đồng/người/tháng. Giá cói nguyên liệu hiện khoảng 9.000 đồng/kg, tăng 1.500 đồng so với đầu năm.

Theo Sở Công Thương Ninh Bình, năm 2023, kim ngạch xuất khẩu hàng cói của tỉnh đạt 31,5 triệu USD, chiếm 38,2% kim ngạch xuất khẩu hàng thủ công mỹ nghệ. Huyện Kim Sơn đặt mục tiêu đến năm 2025 kim ngạch xuất khẩu hàng cói đạt 20 triệu USD.

Nguyễn Thành (TTXVN)
"""

NB = "Ninh Bình"

FIGS = [
    F("lớn thứ hai", "hai", 2, "rank", "hạng", subject="diện tích cói"),
    F("khoảng 600 ha", "600", 600, "measure", "ha", approx="about", subject="diện tích cói"),
    F("quân 12 tấn/ha", "12", 12, "measure", "tấn/ha", subject="năng suất cói bình quân"),
    F("có 49 đơn vị", "49", 49, "count", "đơn vị", subject="đơn vị làm hàng cói"),
    F("gồm 9 hợp tác xã", "9", 9, "count", "hợp tác xã", total=49, subject="hợp tác xã làm hàng cói"),
    F("và 40 tổ hợp tác", "40", 40, "count", "tổ hợp tác", total=49, subject="tổ hợp tác làm hàng cói"),
    F("khoảng 3.500 lao động", "3.500", 3500, "count", "lao động", approx="about",
      subject="lao động nông thôn làm hàng cói"),
    F("khoảng 25.000 khung", "25.000", 25000, "measure", "khung ảnh/tháng", approx="about",
      subject="khung ảnh cói hợp tác xã Bình Minh xuất khẩu mỗi tháng"),
    F("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=ch("increase", 18, "%", "cùng kỳ năm 2023"),
      subject="doanh thu của hợp tác xã Bình Minh", period=P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")),
    F("thêm 50 lao động", "50", 50, "count", "lao động", status="forecast",
      subject="lao động hợp tác xã tuyển thêm", period=P("quý IV năm nay", "2024-10-01", "2024-12-31")),
    F("có 85 xã viên", "85", 85, "count", "xã viên", subject="xã viên hợp tác xã Bình Minh"),
    F("và ba chục lao động", "ba chục", 30, "count", "lao động", subject="lao động thời vụ hợp tác xã Bình Minh"),
    F("từ 4,5 đến 6 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", value_max=6e6,
      subject="thu nhập xã viên và lao động thời vụ"),
    F("khoảng 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg", approx="about",
      change=ch("increase", 1500, "đồng", "đầu năm"), subject="giá cói nguyên liệu"),
    F("đạt 31,5 triệu", "31,5", 31.5e6, "money", "USD", percent=38.2,
      subject="kim ngạch xuất khẩu hàng cói của tỉnh", period=year("năm 2023", 2023), location=NB),
    F("đạt 20 triệu", "20", 20e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu hàng cói",
      period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "News agency (TTXVN): section line, '22/08/2024 14:35', dateline 'Ninh Bình, 22/8 (TTXVN) -', byline '(TTXVN)' at the end.",
    "Distractors: '22/8', '14:35', 'Giáng sinh', 'xã Kim Chính', 'Bình Minh' (a name).",
    "Default location Kim Sơn (the district of every passage); the province's export figure is Ninh Bình. Đức, Hà Lan, Ba Lan are markets.",
    "'lớn thứ hai cả nước' → rank 2 (number word) of Kim Sơn. 'gồm 9 hợp tác xã và 40 tổ hợp tác' → parts of the 49 units (9 + 40 = 49).",
    "'mỗi tháng có khoảng 25.000 khung ảnh cói được xuất' → a monthly rate (measure, khung ảnh/tháng). 'ba chục' = 30.",
    "'8 tháng đầu năm nay' and 'quý IV năm nay' take 2024 from the dateline. 'Dự kiến' → forecast, 'mục tiêu đến năm 2025' → target.",
    "'tăng 1.500 đồng so với đầu năm' → change of the price in đồng. 'chiếm 38,2% ...' → percent of 31,5 triệu USD.",
]

if __name__ == "__main__":
    write("p1520-7", TEXT, NOTES, FIGS, published="2024-08-22", location="Kim Sơn")
