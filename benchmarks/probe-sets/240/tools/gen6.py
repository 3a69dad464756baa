from lib import F, P, CH, TG, build

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 12/10/2024, 10:20 (GMT+7)

Xuất khẩu cà phê vượt 4 tỷ USD sau 9 tháng

Giá cà phê neo cao giúp kim ngạch xuất khẩu mặt hàng này lập kỷ lục mới dù lượng hàng giảm.

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, Việt Nam xuất khẩu 1,07 triệu tấn cà phê, giảm 11,2% so với cùng kỳ năm ngoái. Tuy vậy, nhờ giá tăng cao, kim ngạch đạt 4,24 tỷ USD, tăng 37,8%. Giá xuất khẩu bình quân ước đạt 3.960 USD/tấn, tăng 55,2% so với cùng kỳ, mức cao nhất từ trước đến nay.

Riêng tháng 9/2024, lượng cà phê xuất khẩu đạt 72.000 tấn, giảm 21,5% so với tháng 8; trị giá 402 triệu USD.

Đức, Italy và Tây Ban Nha là ba thị trường nhập khẩu lớn nhất, lần lượt chiếm 13,4%, 9,1% và 6,5% tổng lượng xuất khẩu. Đáng chú ý, xuất khẩu cà phê sang Indonesia tăng gấp 3,2 lần.

Tại thị trường nội địa, giá cà phê nhân xô ở Đắk Lắk ngày 11/10 dao động 118.000-120.500 đồng/kg, gần gấp đôi cùng kỳ năm ngoái.

Theo Hiệp hội Cà phê - Ca cao Việt Nam (Vicofa), khoảng 30% sản lượng cà phê cả nước hiện được sản xuất theo các tiêu chuẩn bền vững như 4C, Rainforest Alliance, Fairtrade. Vicofa dự báo kim ngạch xuất khẩu cà phê cả năm 2024 có thể đạt 5,4-5,5 tỷ USD; sản lượng niên vụ 2024-2025 dự kiến khoảng 1,5 triệu tấn, giảm khoảng 10% so với niên vụ trước.

Thi Hà
Chia sẻ | 35 bình luận
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SEP = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("vượt 4 tỷ USD", "4", 4000000000, "money", "USD", "kim ngạch xuất khẩu cà phê", approx="over",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("1,07 triệu tấn", "1,07", 1070000, "measure", "tấn", "lượng cà phê xuất khẩu",
      change=CH("-", 11.2, "%", "cùng kỳ năm ngoái"), period=M9),
    F("đạt 4,24 tỷ USD", "4,24", 4240000000, "money", "USD", "kim ngạch xuất khẩu cà phê",
      change=CH("+", 37.8, "%"), period=M9i),
    F("3.960 USD/tấn", "3.960", 3960, "money", "USD/tấn", "giá cà phê xuất khẩu bình quân",
      change=CH("+", 55.2, "%", "cùng kỳ"), status="estimate", period=M9i),
    F("đạt 72.000 tấn", "72.000", 72000, "measure", "tấn", "lượng cà phê xuất khẩu",
      change=CH("-", 21.5, "%", "tháng 8"), period=SEP),
    F("402 triệu USD", "402", 402000000, "money", "USD", "trị giá cà phê xuất khẩu", period=SEP),
    F("ba thị trường", "ba", 3, "count", "thị trường", "thị trường nhập khẩu cà phê lớn nhất", opt=True),
    F("chiếm 13,4%", "13,4", 13.4, "percent", "%", "tỷ trọng trong tổng lượng cà phê xuất khẩu", period=M9i),
    F("13,4%, 9,1%", "9,1", 9.1, "percent", "%", "tỷ trọng trong tổng lượng cà phê xuất khẩu", period=M9i),
    F("và 6,5%", "6,5", 6.5, "percent", "%", "tỷ trọng trong tổng lượng cà phê xuất khẩu", period=M9i),
    F("gấp 3,2 lần", "3,2", 3.2, "multiple", "lần", "xuất khẩu cà phê sang Indonesia", period=M9i),
    F("118.000-120.500 đồng/kg", "118.000", 118000, "money", "đồng/kg", "giá cà phê nhân xô", value_max=120500,
      change=CH("+", 2, "lần", "cùng kỳ năm ngoái", approx="nearly"), loc="Đắk Lắk"),
    F("khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng cà phê được sản xuất theo các tiêu chuẩn bền vững",
      approx="about"),
    F("5,4-5,5 tỷ USD", "5,4", 5400000000, "money", "USD", "kim ngạch xuất khẩu cà phê", value_max=5500000000,
      status="forecast", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1,5 triệu tấn", "1,5", 1500000, "measure", "tấn", "sản lượng cà phê", approx="about",
      change=CH("-", 10, "%", "niên vụ trước", approx="about"), status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-style business page): coffee exports 9 months 2024, September, markets, prices, certified share, forecast.",
    "Dateline 'Thứ bảy, 12/10/2024, 10:20 (GMT+7)'; byline and 'Chia sẻ | 35 bình luận' (page furniture) at the end.",
    "Distractors: '(GMT+7)', 'ngày 11/10' (a date), '4C' (certificate name), 'niên vụ 2024-2025', 'tháng 8' and 'cùng kỳ năm ngoái' (baselines).",
    "Title 'vượt 4 tỷ USD sau 9 tháng' is a figure; '9 tháng' takes the year 2024 from the dateline (same 'sentence': scored).",
    "National figures: location Việt Nam (default); trade partners (Đức, Italy, Tây Ban Nha, Indonesia) are not places.",
    "The domestic price 'ở Đắk Lắk' is a provincial figure (location Đắk Lắk); 'ngày 11/10' is a single day: no gold period.",
    "'gần gấp đôi cùng kỳ năm ngoái' is the price's change (2 lần, nearly). 'tăng gấp 3,2 lần' with no base amount is a multiple.",
    "'lần lượt chiếm 13,4%, 9,1% và 6,5%': three percent figures sharing the indicator; 'ba thị trường' (list head) optional.",
    "Periods of the value, price, shares and multiple are inherited from '9 tháng năm 2024' in the earlier sentence.",
    "'dự báo' / 'dự kiến': status forecast. The crop-year output has no gold period ('niên vụ' has no rule in FIGURES.md).",
]

build(6, TEXT, FIGS, COMMENTS, published="2024-10-12", location="Việt Nam")
