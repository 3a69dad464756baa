"""p1307-4: provincial newspaper (Báo Ninh Thuận, NTO): jujube prices before Tết, a grower in Ninh Phước, Q4 output, exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NINH THUẬN ĐIỆN TỬ
Kinh tế > Nông nghiệp

Nhà vườn trồng táo phấn khởi vì được giá

Thứ Sáu, 20/12/2024 | 08:15

(NTO) - Những ngày cuối năm, giá táo tăng mạnh giúp nhà vườn trên địa bàn tỉnh có thêm thu nhập đón Tết. Hiện táo xanh loại 1 được thương lái thu mua tại vườn từ 15.000-17.000 đồng/kg, tăng gần gấp đôi so với đầu tháng 11.

Gia đình ông Lê Văn Hùng ở thôn Hậu Sanh, xã Phước Hậu (Ninh Phước) có 1,2 ha táo. Vụ này ông thu hoạch khoảng 55 tấn, trừ chi phí còn lãi hơn 400 triệu đồng. "Táo được mùa, được giá, mỗi ngày vườn nhà tôi xuất bán 2-3 tấn", ông Hùng phấn khởi nói.

Theo Sở Nông nghiệp và Phát triển nông thôn, quý IV năm nay sản lượng táo toàn tỉnh ước đạt 9.800 tấn, tăng 7% so với cùng kỳ; trong đó táo xanh khoảng 8.600 tấn. Toàn tỉnh có gần 4.200 hộ trồng táo, trong đó hơn 2.500 hộ ở huyện Ninh Phước. Hiện tỉnh có 8 cơ sở thu mua, sơ chế táo với tổng công suất 120 tấn/ngày, hàng chủ yếu đưa đi chợ đầu mối Long Biên (Hà Nội) và Bình Điền (TP Hồ Chí Minh).

Từ đầu năm đến nay, các doanh nghiệp trên địa bàn đã xuất khẩu khoảng 1,25 nghìn tấn táo sang Trung Quốc và Malaysia, gấp 2,5 lần năm 2023.

Dự kiến từ nay đến Tết Nguyên đán Ất Tỵ, toàn tỉnh còn khoảng 3.500 tấn táo cho thu hoạch. Ngành nông nghiệp khuyến cáo nhà vườn bảo đảm thời gian cách ly thuốc bảo vệ thực vật tối thiểu 7 ngày trước khi thu hoạch.

THANH HÀ
"""

Q4 = per("quý IV năm nay", "2024-10-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-20")
NP = "Ninh Phước"

FIGS = [
    fig("từ 15.000-17.000", "15.000", 15000, "money", "đồng/kg", value_max=17000,
        change=chg("increase", 2, "lần", "đầu tháng 11", approx="nearly"),
        subject="giá táo xanh loại 1 thương lái thu mua tại vườn"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích táo của gia đình ông Lê Văn Hùng", location=NP),
    fig("khoảng 55 tấn", "55", 55, "measure", "tấn", approx="about", subject="sản lượng táo ông thu hoạch",
        location=NP),
    fig("lãi hơn 400 triệu", "400", 400e6, "money", "đồng", approx="over", subject="lãi", location=NP),
    fig("xuất bán 2-3 tấn", "2", 2, "measure", "tấn/ngày", value_max=3, subject="táo vườn nhà xuất bán mỗi ngày",
        location=NP),
    fig("ước đạt 9.800 tấn", "9.800", 9800, "measure", "tấn", status="estimate",
        change=chg("increase", 7, "%", "cùng kỳ"), subject="sản lượng táo toàn tỉnh", period=Q4),
    fig("khoảng 8.600 tấn", "8.600", 8600, "measure", "tấn", approx="about", total=9800, status="estimate",
        subject="sản lượng táo xanh", period=Q4),
    fig("gần 4.200 hộ", "4.200", 4200, "count", "hộ", approx="nearly", subject="hộ trồng táo"),
    fig("hơn 2.500 hộ", "2.500", 2500, "count", "hộ", approx="over", total=4200, subject="hộ trồng táo",
        location=NP),
    fig("có 8 cơ sở", "8", 8, "count", "cơ sở", subject="cơ sở thu mua, sơ chế táo"),
    fig("suất 120 tấn/ngày", "120", 120, "measure", "tấn/ngày", subject="tổng công suất cơ sở thu mua, sơ chế táo"),
    fig("khoảng 1,25 nghìn", "1,25", 1250, "measure", "tấn", approx="about",
        change=chg("increase", 2.5, "lần", "năm 2023"), subject="táo các doanh nghiệp xuất khẩu", period=YTD),
    fig("khoảng 3.500 tấn", "3.500", 3500, "measure", "tấn", approx="about", status="forecast",
        subject="táo còn cho thu hoạch"),
    fig("tối thiểu 7 ngày", "7", 7, "measure", "ngày", approx="at_least",
        subject="thời gian cách ly thuốc bảo vệ thực vật", optional=True),
]

NOTES = [
    "Provincial newspaper (Báo Ninh Thuận): headline, 'Thứ Sáu, 20/12/2024 | 08:15', tag '(NTO) -', byline THANH HÀ at the end.",
    "Distractors: 08:15, 'loại 1', 'tháng 11' (a baseline), 'Chợ đầu mối Long Biên', 'Ất Tỵ', 'năm 2023' as a baseline.",
    "'tăng gần gấp đôi so với đầu tháng 11' → change ×2 (nearly) of the price range; 'gấp 2,5 lần năm 2023' after an amount → change.",
    "Grower passage: location Ninh Phước (district in brackets); 'Vụ này' and quoted daily sales carry no dated period.",
    "'quý IV năm nay' → 2024 (dateline); 'trong đó táo xanh khoảng 8.600 tấn' → total 9.800, estimate carried from 'ước đạt'.",
    "'gần 4.200 hộ trồng táo, trong đó hơn 2.500 hộ ở huyện Ninh Phước' → total 4.200 (the nominal whole, approx nearly), location of the part Ninh Phước.",
    "Hà Nội, TP Hồ Chí Minh are destinations; Trung Quốc, Malaysia are export markets: the location stays Ninh Thuận.",
    "'Từ đầu năm đến nay' ends at the dateline. 'từ nay đến Tết' is not a dated period (no period).",
    "Optional: 'tối thiểu 7 ngày' is a required withholding interval (a rule, not a measured fact); a reader may or may not count it.",
]

if __name__ == "__main__":
    write("p1307-4", TEXT, NOTES, FIGS, published="2024-12-20", location="Ninh Thuận")
