"""p1190-8: provincial newspaper online (Báo Cà Mau, '(CMO) -' tag), sedge (lác) growing and mat/carpet weaving."""
from lib import F, P, I, C, T, write

TEXT = """Báo Cà Mau điện tử > Kinh tế

Hơn 1.300 hộ sống nhờ nghề đan thảm lác

Cập nhật lúc 10:25, Thứ Ba, 22/10/2024

(CMO) - Toàn tỉnh hiện có hơn 1.300 hộ với khoảng 2.600 lao động tham gia trồng lác (cói) và đan thảm, đệm, giỏ lác; trong đó huyện Trần Văn Thời chiếm 62% số hộ. Diện tích lác của tỉnh khoảng 380 ha, giảm 120 ha so với năm 2020; năng suất bình quân 9-10 tấn/ha/vụ.

Quý III/2024, các cơ sở trên địa bàn tỉnh thu mua khoảng 850 tấn lác khô, tăng 8% so với quý II; giá lác khô bình quân 14.000 đồng/kg. Sản phẩm thảm lác chủ yếu được bán cho các doanh nghiệp ở TP Hồ Chí Minh để xuất khẩu sang Nhật Bản, Hàn Quốc.

Tại xã Khánh Bình Tây Bắc (huyện Trần Văn Thời), Tổ hợp tác đan lác ấp 3 có 35 thành viên, mỗi người đan từ 2 đến 3 tấm thảm/ngày. Tổ trưởng Nguyễn Thị Mai cho biết, giá công đan một tấm thảm khổ 1,2 x 1,8 m hiện là 45.000 đồng, thu nhập của chị em từ 2,5 triệu đồng/người/tháng trở lên. Tháng 9 vừa qua, huyện Trần Văn Thời tổ chức Hội thi tay nghề đan lác lần thứ 2 với 48 thí sinh. Từ đầu năm đến nay, tổ đã giao cho doanh nghiệp 6.800 tấm thảm, gấp đôi cùng kỳ năm 2023.

Thời gian tới, tỉnh dự kiến hỗ trợ thành lập thêm 4 tổ hợp tác đan lác; phấn đấu đến năm 2025 nâng thu nhập bình quân của lao động đan lác lên 3,5 triệu đồng/tháng.

TRẦN NGUYÊN
"""

TVT = "Trần Văn Thời"
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("Hơn 1.300 hộ sống", "1.300", 1300, "count", "hộ", approx="over",
      subject="hộ sống nhờ nghề đan thảm lác"),
    F("hơn 1.300 hộ với", "1.300", 1300, "count", "hộ", approx="over",
      subject="hộ tham gia trồng lác và đan thảm, đệm, giỏ lác"),
    F("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
      subject="lao động tham gia trồng lác và đan thảm, đệm, giỏ lác"),
    F("chiếm 62%", "62", 62, "percent", "%", subject="tỷ lệ số hộ trồng lác, đan thảm", location=TVT),
    F("khoảng 380 ha", "380", 380, "measure", "ha", approx="about",
      change=C("decrease", 120, "ha", "năm 2020"), subject="diện tích lác"),
    F("bình quân 9-10 tấn", "9", 9, "measure", "tấn/ha/vụ", value_max=10, subject="năng suất lác bình quân"),
    F("khoảng 850 tấn", "850", 850, "measure", "tấn", approx="about",
      change=C("increase", 8, "%", "quý II"), subject="lác khô các cơ sở thu mua", period=Q3),
    F("bình quân 14.000 đồng", "14.000", 14000, "money", "đồng/kg", subject="giá lác khô bình quân", period=Q3),
    F("có 35 thành viên", "35", 35, "count", "thành viên", subject="thành viên Tổ hợp tác đan lác",
      location=TVT),
    F("từ 2 đến 3 tấm", "2", 2, "measure", "tấm thảm/ngày", value_max=3,
      subject="số tấm thảm mỗi người đan", location=TVT),
    F("khổ 1,2 x", "1,2", 1.2, "measure", "m", optional=True, location=TVT),
    F("x 1,8 m", "1,8", 1.8, "measure", "m", optional=True, location=TVT),
    F("là 45.000 đồng", "45.000", 45000, "money", "đồng/tấm", subject="giá công đan một tấm thảm",
      location=TVT),
    F("từ 2,5 triệu", "2,5", 2.5e6, "money", "đồng/người/tháng", approx="at_least",
      subject="thu nhập của chị em", location=TVT),
    F("doanh nghiệp 6.800 tấm", "6.800", 6800, "count", "tấm thảm",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023"), subject="tấm thảm tổ giao cho doanh nghiệp",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-22"), location=TVT),
    F("với 48 thí sinh", "48", 48, "count", "thí sinh", subject="thí sinh Hội thi tay nghề đan lác",
      period=P("Tháng 9", "2024-09-01", "2024-09-30"), location=TVT),
    F("thêm 4 tổ", "4", 4, "count", "tổ hợp tác", status="forecast", subject="tổ hợp tác đan lác thành lập thêm"),
    F("lên 3,5 triệu", "3,5", 3.5e6, "money", "đồng/tháng", status="target",
      subject="thu nhập bình quân của lao động đan lác", period=P("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Provincial newspaper online (Báo Cà Mau): headline figure, 'Cập nhật lúc 10:25, Thứ Ba, 22/10/2024', tag '(CMO) -', byline at the end.",
    "'trong đó huyện Trần Văn Thời chiếm 62% số hộ' is a percent figure of its own (location Trần Văn Thời).",
    "Group passage in xã Khánh Bình Tây Bắc (huyện Trần Văn Thời) → location Trần Văn Thời across its sentences.",
    "'gấp đôi cùng kỳ năm 2023' after a count → change increase 2 lần. 'giá công đan một tấm' → unit đồng/tấm ('một' is the denominator).",
    "'Tháng 9 vừa qua' is year-less: nearest earlier period is 'Quý III/2024' → 2024-09. 'lần thứ 2' is an ordinal.",
    "The product size '1,2 x 1,8 m' is a specification (optional). 'ấp 3' is a name. 'Từ đầu năm đến nay' ends at the published date.",
]

if __name__ == "__main__":
    write("p1190-8", TEXT, NOTES, FIGS, published="2024-10-22", location="Cà Mau")
