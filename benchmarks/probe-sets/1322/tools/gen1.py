"""p1322-1: province portal (Khánh Hòa): hotel occupancy and guests 9 months 2024, room rates in Nha Trang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Kinh tế

Công suất phòng khách sạn 9 tháng đạt gần 68%

Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.862

Theo Sở Du lịch, 9 tháng đầu năm 2024, các cơ sở lưu trú trên địa bàn tỉnh Khánh Hòa phục vụ khoảng 7,8 triệu lượt khách lưu trú, tăng 21,4% so với cùng kỳ năm 2023, bằng 86,7% kế hoạch năm; trong đó khách quốc tế ước đạt 2,9 triệu lượt. Công suất sử dụng phòng bình quân đạt 67,8%, tăng 6,2 điểm phần trăm so với cùng kỳ.

Toàn tỉnh hiện có 1.320 cơ sở lưu trú với hơn 52.000 buồng, trong đó có 214 khách sạn từ 3 đến 5 sao với 31.500 buồng, chiếm 60,6% tổng số buồng. Riêng khách sạn 5 sao có 38 cơ sở, đứng thứ 2 cả nước sau TP Hồ Chí Minh.

Từ đầu năm đến nay, giá phòng bình quân của các khách sạn 4-5 sao tại TP Nha Trang dao động từ 1,6 đến 2,4 triệu đồng/đêm, tăng khoảng 10% so với cùng kỳ. Doanh thu dịch vụ lưu trú 9 tháng ước đạt 9.850 tỷ đồng, chiếm 41% tổng thu từ du lịch.

Quý IV, ngành du lịch phấn đấu đón thêm 1,2 triệu lượt khách lưu trú, đưa tổng số cả năm lên khoảng 9 triệu lượt, hoàn thành kế hoạch năm. Năm 2025, tỉnh dự kiến đưa vào hoạt động thêm 6 khách sạn 5 sao với khoảng 2.400 buồng tại Bãi Dài, huyện Cam Lâm.

Tin liên quan:
- Khánh Hòa đón chuyến tàu biển quốc tế thứ 3 trong tháng
- Festival Biển Nha Trang - Khánh Hòa năm 2025 có nhiều hoạt động mới
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-10")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("9 tháng đạt gần 68%", "68", 68, "percent", "%", approx="nearly",
        subject="công suất phòng khách sạn", period=NINE_SHORT),
    fig("khoảng 7,8 triệu", "7,8", 7.8e6, "count", "lượt khách", approx="about", percent=86.7,
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023"),
        subject="lượt khách lưu trú các cơ sở lưu trú phục vụ", period=NINE),
    fig("ước đạt 2,9 triệu", "2,9", 2.9e6, "count", "lượt", total=7.8e6, status="estimate",
        subject="lượt khách quốc tế", period=NINE),
    fig("bình quân đạt 67,8%", "67,8", 67.8, "percent", "%",
        change=chg("increase", 6.2, "điểm phần trăm", "cùng kỳ"),
        subject="công suất sử dụng phòng bình quân", period=inh(NINE)),
    fig("có 1.320 cơ sở", "1.320", 1320, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    fig("hơn 52.000 buồng", "52.000", 52000, "count", "buồng", approx="over",
        subject="buồng của các cơ sở lưu trú"),
    fig("có 214 khách sạn", "214", 214, "count", "khách sạn", total=1320,
        subject="khách sạn từ 3 đến 5 sao"),
    fig("với 31.500 buồng", "31.500", 31500, "count", "buồng", total=52000, percent=60.6,
        subject="buồng của khách sạn từ 3 đến 5 sao"),
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", subject="khách sạn 5 sao"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số khách sạn 5 sao"),
    fig("từ 1,6 đến 2,4", "1,6", 1.6e6, "money", "đồng/đêm", value_max=2.4e6,
        change=chg("increase", 10, "%", "cùng kỳ", approx="about"),
        subject="giá phòng bình quân của các khách sạn 4-5 sao", period=YTD, location="Nha Trang"),
    fig("ước đạt 9.850 tỷ", "9.850", 9850e9, "money", "đồng", status="estimate", percent=41,
        subject="doanh thu dịch vụ lưu trú", period=NINE_SHORT),
    fig("thêm 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target",
        subject="lượt khách lưu trú đón thêm", period=Q4),
    fig("khoảng 9 triệu", "9", 9e6, "count", "lượt", approx="about", status="target",
        subject="tổng số lượt khách lưu trú cả năm", period=YEAR),
    fig("thêm 6 khách sạn", "6", 6, "count", "khách sạn", status="forecast",
        subject="khách sạn 5 sao đưa vào hoạt động thêm", period=Y25, location="Cam Lâm"),
    fig("khoảng 2.400 buồng", "2.400", 2400, "count", "buồng", approx="about", status="forecast",
        subject="buồng của các khách sạn 5 sao đưa vào hoạt động", period=Y25, location="Cam Lâm"),
]

NOTES = [
    "Province portal (Khánh Hòa): hotel guests and occupancy 9 months 2024; breadcrumb, 'Cập nhật: 10/10/2024 15:05 | Lượt xem: 1.862'.",
    "Distractors: 15:05, Lượt xem 1.862, class labels 'từ 3 đến 5 sao', '5 sao' (x3), '4-5 sao', ordinal 'thứ 3 trong tháng', 'năm 2025' in a link.",
    "Headline '9 tháng đạt gần 68%' is its own figure (nearly); year-less '9 tháng' takes 2024.",
    "'bằng 86,7% kế hoạch năm' is the percent attribute; 'tăng 6,2 điểm phần trăm' is a change in điểm phần trăm on a level (67,8%).",
    "'trong đó có 214 khách sạn ... với 31.500 buồng': each part takes the whole of its own unit (1.320 cơ sở, 52.000 buồng).",
    "'đứng thứ 2 cả nước' ranks the count of 5-star hotels; place stays Khánh Hòa. 'hiện' figures have no period.",
    "Nha Trang price passage: location Nha Trang; 'Từ đầu năm đến nay' ends at the dateline. Cam Lâm: forecast hotels of 2025.",
    "'phấn đấu' governs both clauses of the Quý IV sentence (target).",
]

if __name__ == "__main__":
    write("p1322-1", TEXT, NOTES, FIGS, published="2024-10-10", location="Khánh Hòa")
