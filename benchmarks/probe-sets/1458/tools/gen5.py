"""p1458-5: national newspaper: wire and cable exports 10 months 2024, markets, industry capacity, copper price."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 14/11/2024, 10:25 (GMT+7)

Xuất khẩu dây cáp điện lập đỉnh nhờ thị trường Mỹ

Kim ngạch xuất khẩu dây điện và dây cáp điện 10 tháng đạt gần 3 tỷ USD, cao nhất từ trước tới nay, trong đó Mỹ chiếm hơn 50%.

Số liệu của Tổng cục Hải quan cho thấy, 10 tháng đầu năm nay, xuất khẩu dây điện và dây cáp điện của Việt Nam đạt 2,96 tỷ USD, tăng 21,4% so với cùng kỳ năm ngoái. Riêng tháng 10, kim ngạch đạt 338 triệu USD, tăng 6,2% so với tháng trước.

Mỹ tiếp tục là thị trường lớn nhất với 1,52 tỷ USD, tăng 34%; tiếp đến là Nhật Bản 412 triệu USD, Hàn Quốc 186 triệu USD và Úc 143 triệu USD.

Theo Hội Doanh nghiệp Dây và Cáp điện Việt Nam, cả nước hiện có khoảng 200 doanh nghiệp sản xuất dây và cáp điện, trong đó khoảng 40 doanh nghiệp có sản phẩm xuất khẩu. Năng lực sản xuất toàn ngành khoảng 1,2 triệu tấn mỗi năm, đáp ứng trên 90% nhu cầu trong nước.

Ông Lê Quang Vinh, Tổng giám đốc Công ty cổ phần Cáp điện Sao Phương Nam (Bình Dương), cho biết 10 tháng qua doanh nghiệp xuất khẩu 5.800 tấn cáp nhôm và cáp đồng sang Mỹ, gấp 2,5 lần cùng kỳ. "Đơn hàng đã kín đến hết quý I/2025, nhà máy phải chạy 3 ca mỗi ngày", ông nói.

Tuy vậy, giá đồng trên Sàn giao dịch kim loại London (LME) đã tăng khoảng 15% từ đầu năm, có thời điểm lên hơn 11.000 USD/tấn, khiến biên lợi nhuận của nhiều doanh nghiệp bị thu hẹp. Bộ Công Thương dự báo cả năm 2024, xuất khẩu dây điện và dây cáp điện có thể đạt 3,5-3,6 tỷ USD.

Minh Sơn
12 bình luận
"""

VN = "Việt Nam"
BD = "Bình Dương"
M10H = per("10 tháng", "2024-01-01", "2024-10-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
T10 = per("tháng 10", "2024-10-01", "2024-10-31")
M10Q = per("10 tháng qua", "2024-01-01", "2024-10-31")
YTD = per("từ đầu năm", "2024-01-01", "2024-11-14")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu dây điện và dây cáp điện"

FIGS = [
    fig("gần 3 tỷ", "3", 3e9, "money", "USD", approx="nearly", subject=EXP, period=M10H, location=VN),
    fig("hơn 50%", "50", 50, "percent", "%", approx="over",
        subject="tỷ trọng của Mỹ trong " + EXP, period=M10H, location=VN),
    fig("đạt 2,96 tỷ", "2,96", 2.96e9, "money", "USD",
        change=chg("increase", 21.4, "%", "cùng kỳ năm ngoái"),
        subject="xuất khẩu dây điện và dây cáp điện của Việt Nam", period=M10, location=VN),
    fig("đạt 338 triệu", "338", 338e6, "money", "USD",
        change=chg("increase", 6.2, "%", "tháng trước"), subject=EXP, period=T10, location=VN),
    fig("với 1,52 tỷ", "1,52", 1.52e9, "money", "USD", change=chg("increase", 34, "%"),
        subject=EXP + " sang Mỹ", period=inh(M10), location=VN),
    fig("Nhật Bản 412 triệu", "412", 412e6, "money", "USD",
        subject=EXP + " sang Nhật Bản", period=inh(M10), location=VN),
    fig("Hàn Quốc 186 triệu", "186", 186e6, "money", "USD",
        subject=EXP + " sang Hàn Quốc", period=inh(M10), location=VN),
    fig("Úc 143 triệu", "143", 143e6, "money", "USD",
        subject=EXP + " sang Úc", period=inh(M10), location=VN),
    fig("khoảng 200 doanh nghiệp", "200", 200, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất dây và cáp điện", location=VN),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about", total=200,
        subject="doanh nghiệp có sản phẩm xuất khẩu", location=VN),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "tấn/năm", approx="about",
        subject="năng lực sản xuất toàn ngành", location=VN),
    fig("trên 90%", "90", 90, "percent", "%", approx="over",
        subject="nhu cầu trong nước được đáp ứng", location=VN),
    fig("xuất khẩu 5.800 tấn", "5.800", 5800, "measure", "tấn",
        change=chg("increase", 2.5, "lần", "cùng kỳ"),
        subject="cáp nhôm và cáp đồng doanh nghiệp xuất khẩu sang Mỹ", period=M10Q, location=BD),
    fig("chạy 3 ca", "3", 3, "measure", "ca/ngày", subject="ca nhà máy phải chạy mỗi ngày", location=BD),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="giá đồng trên Sàn giao dịch kim loại London (LME)", period=YTD),
    fig("hơn 11.000", "11.000", 11000, "money", "USD/tấn", approx="over",
        subject="giá đồng trên Sàn giao dịch kim loại London (LME)", period=YTD),
    fig("đạt 3,5-3,6", "3,5", 3.5e9, "money", "USD", value_max=3.6e9, status="forecast",
        subject="xuất khẩu dây điện và dây cáp điện", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/11/2024, 10:25 (GMT+7)', section path, sapo, quote, byline and comment count at the end.",
    "Distractors: 10:25, (GMT+7), 'quý I/2025' (a date in a quote), '12 bình luận'.",
    "Year-less '10 tháng', 'tháng 10', '10 tháng qua' and 'từ đầu năm' take 2024 (dateline; 'năm nay'). 'từ đầu năm' ends at the dateline.",
    "Sapo 'trong đó Mỹ chiếm hơn 50%' is a percent figure of its own (a share of the 3 tỷ USD).",
    "Export markets are trade partners, not places: location Việt Nam; the partner goes into the subject. List items inherit '10 tháng đầu năm nay'.",
    "'khoảng 40 doanh nghiệp' after 'trong đó': total 200. '1,2 triệu tấn mỗi năm' is a rate: unit tấn/năm. 'đáp ứng trên 90%' is no attribute cue: own figure.",
    "The Sao Phương Nam figures are Bình Dương; 'gấp 2,5 lần cùng kỳ' is the change of 5.800 tấn; '3 ca mỗi ngày' is a measure in ca/ngày.",
    "The LME copper price (15%, 11.000 USD/tấn) is a world price: no place of the figure, so no location (borderline).",
    "'dự báo cả năm 2024 ... 3,5-3,6 tỷ USD': forecast, range.",
]

if __name__ == "__main__":
    write("p1458-5", TEXT, NOTES, FIGS, published="2024-11-14")
