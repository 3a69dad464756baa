from lib import *

T = """
BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế > Nông nghiệp
Diêm dân lo giá muối xuống thấp đầu vụ
12/03/2024 08:45

(BL) - Tính đến ngày 10/3/2024, toàn tỉnh đã đưa vào sản xuất khoảng 1.400 ha muối, đạt 93,3% kế hoạch, trong đó muối trắng trải bạt khoảng 1.050 ha, chiếm 75%; sản lượng thu hoạch hơn 21.500 tấn. Tuy nhiên, giá muối giảm mạnh khiến nhiều diêm dân lo lắng.

Theo Sở Nông nghiệp và Phát triển nông thôn, diện tích sản xuất muối tập trung ở thị xã Giá Rai (khoảng 560 ha), huyện Đông Hải (780 ha) và huyện Hòa Bình (60 ha). Hiện giá muối trắng tại ruộng chỉ còn từ 1.300 - 1.500 đồng/kg, giảm 1.000 - 1.200 đồng/kg so với cùng kỳ năm 2023; muối đen giá 700 - 800 đồng/kg.

Ông Nguyễn Văn Tư, diêm dân ở ấp 3, xã Long Điền Đông (huyện Đông Hải), cho biết gia đình ông có 2,5 ha ruộng muối, mỗi vụ thu khoảng 200 tấn, nhưng với giá hiện nay chỉ lãi chưa tới 40 triệu đồng. "Mỗi công nhân cào muối phải trả 300.000 đồng/ngày, trong khi giá muối cứ giảm" - ông Tư nói.

Lượng muối tồn kho trong dân hiện khoảng 8.000 tấn, trong đó huyện Đông Hải gần 5.600 tấn. Để hỗ trợ diêm dân, các doanh nghiệp trên địa bàn đã thu mua tạm trữ 5.000 tấn muối; Ngân hàng Chính sách xã hội tỉnh cho 320 hộ diêm dân vay ưu đãi với dư nợ 12,8 tỷ đồng, mức vay tối đa 100 triệu đồng/hộ.

Kế hoạch năm 2024, tỉnh phấn đấu sản lượng muối đạt 60.000 tấn, tăng 9% so với năm 2023. Diêm dân cần hỗ trợ có thể gọi đường dây nóng 0291.3824.116.

HOÀNG LAN
Chia sẻ | In bài | 0 bình luận
"""

a = Article("p439-2", T, [
    "Party newspaper (Báo Bạc Liêu), bare dateline '12/03/2024 08:45', '(BL) -' tag, byline and share bar at the end. Early salt season 2024, price drop.",
    "'đạt 93,3% kế hoạch' is the share of 1.400 ha; 'trong đó ... 1.050 ha, chiếm 75%' total 1400 + percent 75. District list shares 'diện tích sản xuất muối' (no total: no cue).",
    "Ranges '1.300 - 1.500', '700 - 800'; change range 'giảm 1.000 - 1.200 đồng/kg' gives change value 1000 (lower end, as for value). 'Hiện' is not a period: null.",
    "Farmer's own figures are figures (Đông Hải). 'tối đa 100 triệu đồng/hộ' at_most. Distractors: 'ấp 3', hotline, '0 bình luận', dates.",
], published="2024-03-12", location="Bạc Liêu")

PA = ASOF("Tính đến ngày 10/3/2024", "2024-03-10")
PAi = ASOF("Tính đến ngày 10/3/2024", "2024-03-10", inh=True)
a.f("khoảng 1.400 ha muối", "1.400", 1400, "measure", "ha", "diện tích sản xuất muối", PA, approx="about", percent=93.3)
a.f("khoảng 1.050 ha", "1.050", 1050, "measure", "ha", "diện tích muối trắng trải bạt", PA, approx="about",
    total=1400, percent=75)
a.f("hơn 21.500 tấn", "21.500", 21500, "measure", "tấn", "sản lượng muối thu hoạch", PA, approx="over")
a.f("(khoảng 560 ha)", "560", 560, "measure", "ha", "diện tích sản xuất muối", PAi, approx="about", location="Giá Rai")
a.f("Đông Hải (780 ha)", "780", 780, "measure", "ha", "diện tích sản xuất muối", PAi, location="Đông Hải")
a.f("Hòa Bình (60 ha)", "60", 60, "measure", "ha", "diện tích sản xuất muối", PAi, location="Hòa Bình")
a.f("từ 1.300 - 1.500 đồng/kg", "1.300", 1300, "money", "đồng/kg", "giá muối trắng tại ruộng", value_max=1500,
    change=CH("-", 1000, "đồng/kg", "cùng kỳ năm 2023"))
a.f("giá 700 - 800 đồng/kg", "700", 700, "money", "đồng/kg", "giá muối đen", value_max=800)
a.f("có 2,5 ha ruộng muối", "2,5", 2.5, "measure", "ha", "ruộng muối của gia đình ông Tư", location="Đông Hải")
a.f("khoảng 200 tấn", "200", 200, "measure", "tấn", "sản lượng muối mỗi vụ của gia đình ông Tư", approx="about",
    location="Đông Hải")
a.f("chưa tới 40 triệu đồng", "40", 40000000, "money", "đồng", "tiền lãi mỗi vụ của gia đình ông Tư", approx="under",
    location="Đông Hải")
a.f("300.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", "tiền công cào muối", location="Đông Hải")
a.f("khoảng 8.000 tấn", "8.000", 8000, "measure", "tấn", "muối tồn kho trong dân", approx="about")
a.f("gần 5.600 tấn", "5.600", 5600, "measure", "tấn", "muối tồn kho trong dân", approx="nearly", total=8000,
    location="Đông Hải")
a.f("tạm trữ 5.000 tấn", "5.000", 5000, "measure", "tấn", "muối doanh nghiệp thu mua tạm trữ")
a.f("cho 320 hộ diêm dân", "320", 320, "count", "hộ diêm dân", "hộ diêm dân vay ưu đãi")
a.f("dư nợ 12,8 tỷ đồng", "12,8", 12800000000, "money", "đồng", "dư nợ vay ưu đãi của hộ diêm dân")
a.f("tối đa 100 triệu đồng/hộ", "100", 100000000, "money", "đồng/hộ", "mức vay ưu đãi", approx="at_most")
a.f("đạt 60.000 tấn", "60.000", 60000, "measure", "tấn", "sản lượng muối", Y("Kế hoạch năm 2024", 2024),
    status="target", change=CH("+", 9, "%", "năm 2023"))
a.write()
