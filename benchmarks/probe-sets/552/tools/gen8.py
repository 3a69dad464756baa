from lib import write, fig, per, inh, chg

TEXT = """TỔNG CÔNG TY ĐIỆN LỰC TP. HỒ CHÍ MINH
Trang chủ » Tin tức » Hoạt động sản xuất kinh doanh

EVNHCMC giải ngân hơn 5.100 tỷ đồng đầu tư lưới điện trong 10 tháng

03/11/2023 15:20

Trong 10 tháng năm 2023, Tổng công ty Điện lực TP.HCM (EVNHCMC) đã giải ngân 5.126,4 tỷ đồng vốn đầu tư xây dựng, đạt 78,6% kế hoạch năm, tăng 6,2% so với cùng kỳ. Đơn vị đã đưa vào vận hành 6 trạm biến áp 110 kV mới với tổng dung lượng 756 MVA và 42,7 km đường dây 110 kV; ngầm hóa 186,3 km lưới điện trung, hạ thế, nâng tỷ lệ ngầm hóa lưới trung thế toàn thành phố lên 60,2%, lưới hạ thế lên 42,5%.

Điện thương phẩm 10 tháng ước đạt 24,16 tỷ kWh, tăng 3,05% so với cùng kỳ năm 2022. Tỷ lệ tổn thất điện năng là 2,89%, giảm 0,21 điểm phần trăm so với cùng kỳ.

Tính đến ngày 31/10/2023, trên địa bàn thành phố có 16.486 khách hàng lắp đặt điện mặt trời mái nhà với tổng công suất 543,8 MWp; trong đó nhiều nhất là thành phố Thủ Đức (3.215 khách hàng), huyện Củ Chi (2.804 khách hàng) và huyện Bình Chánh (2.167 khách hàng). Sản lượng điện mặt trời mái nhà phát lên lưới 10 tháng ước đạt 512,6 triệu kWh.

Trong quý IV/2023, EVNHCMC dự kiến đóng điện thêm 5 công trình 110 kV, trong đó có trạm biến áp 110 kV Tân Cảng 2 và đường dây 110 kV Quận 8 - Chánh Hưng; phấn đấu giải ngân cả năm đạt 100% kế hoạch vốn được giao.

Hotline: 1900 54 54 54 | Trụ sở: 35 Tôn Đức Thắng, phường Bến Nghé, Quận 1
"""

M10 = per("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10b = per("10 tháng", "2023-01-01", "2023-10-31")
ASOF = per("Tính đến ngày 31/10/2023", end="2023-10-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")

FIGS = [
    fig("hơn 5.100 tỷ", "5.100", 5100e9, "money", "đồng", "giải ngân đầu tư lưới điện", M10b, approx="over"),
    fig("giải ngân 5.126,4 tỷ", "5.126,4", 5126.4e9, "money", "đồng", "vốn đầu tư xây dựng giải ngân", M10,
        percent=78.6, change=chg("increase", 6.2, baseline="cùng kỳ")),
    fig("hành 6 trạm", "6", 6, "count", "trạm biến áp", "trạm biến áp 110 kV mới đưa vào vận hành", inh(M10)),
    fig("dung lượng 756 MVA", "756", 756, "measure", "MVA", "tổng dung lượng trạm biến áp 110 kV mới", inh(M10)),
    fig("và 42,7 km", "42,7", 42.7, "measure", "km", "đường dây 110 kV đưa vào vận hành", inh(M10)),
    fig("ngầm hóa 186,3 km", "186,3", 186.3, "measure", "km", "lưới điện trung, hạ thế ngầm hóa", inh(M10)),
    fig("lên 60,2%", "60,2", 60.2, "percent", "%", "tỷ lệ ngầm hóa lưới trung thế toàn thành phố", inh(M10)),
    fig("lên 42,5%", "42,5", 42.5, "percent", "%", "tỷ lệ ngầm hóa lưới hạ thế", inh(M10)),
    fig("ước đạt 24,16 tỷ kWh", "24,16", 24.16e9, "measure", "kWh", "điện thương phẩm", M10b, status="estimate",
        change=chg("increase", 3.05, baseline="cùng kỳ năm 2022")),
    fig("là 2,89%", "2,89", 2.89, "percent", "%", "tỷ lệ tổn thất điện năng", inh(M10b),
        change=chg("decrease", 0.21, "điểm phần trăm", "cùng kỳ")),
    fig("có 16.486 khách hàng", "16.486", 16486, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", ASOF),
    fig("công suất 543,8 MWp", "543,8", 543.8, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", ASOF),
    fig("(3.215 khách hàng)", "3.215", 3215, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", ASOF,
        total=16486, location="Thủ Đức"),
    fig("(2.804 khách hàng)", "2.804", 2804, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", ASOF,
        total=16486, location="Củ Chi"),
    fig("(2.167 khách hàng)", "2.167", 2167, "count", "khách hàng", "khách hàng lắp đặt điện mặt trời mái nhà", ASOF,
        total=16486, location="Bình Chánh"),
    fig("ước đạt 512,6 triệu kWh", "512,6", 512.6e6, "measure", "kWh", "sản lượng điện mặt trời mái nhà phát lên lưới",
        M10b, status="estimate"),
    fig("thêm 5 công trình", "5", 5, "count", "công trình", "công trình 110 kV đóng điện thêm", Q4, status="forecast"),
    fig("đạt 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ giải ngân cả năm so với kế hoạch vốn được giao",
        inh(per("cả năm", "2023-01-01", "2023-12-31")), status="target"),
]

HEADER = [
    "Tổng công ty Điện lực TP.HCM (power-company site; '03/11/2023 15:20' under the headline): giải ngân đầu tư lưới điện,",
    "trạm biến áp, ngầm hóa, điện thương phẩm, tổn thất, điện mặt trời mái nhà 10 tháng năm 2023; kế hoạch quý IV/2023.",
    "Headline '10 tháng' takes 2023 from `published`. 'đạt 78,6% kế hoạch năm' is the percent of 5.126,4 tỷ. 'lên 60,2%', 'lên 42,5%'",
    "are levels (percent figures, no change). '2,89%, giảm 0,21 điểm phần trăm' is a level with its change (unit điểm phần trăm).",
    "District items after 'trong đó nhiều nhất là' count khách hàng: total 16.486 (the whole counting the same thing, not the",
    "MWp figure just before the cue); the districts are their locations. 'phấn đấu … đạt 100% kế hoạch' is a target percent;",
    "'cả năm' is a period without a form the spec lists (left unscored). Not figures: voltage classes '110 kV', 'Tân Cảng 2',",
    "'Quận 8', 'Quận 1', hotline '1900 54 54 54', address '35 Tôn Đức Thắng'.",
]

if __name__ == "__main__":
    write("p552-8", TEXT, HEADER, FIGS, published="2023-11-03", location="TP. Hồ Chí Minh")
