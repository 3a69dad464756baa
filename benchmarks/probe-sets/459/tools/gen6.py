from lib import *
T = """Nhiều địa phương công bố số liệu kinh tế tháng 10, IIP tăng hai con số

Thứ hai, 4/11/2024, 10:15 (GMT+7)

Theo số liệu do các cục thống kê địa phương công bố, chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 của cả nước ước tăng 7% so với tháng trước và tăng 7,2% so với cùng kỳ năm trước. Tính chung 10 tháng, IIP toàn ngành công nghiệp ước tăng 8,3%.

Trong 63 tỉnh, thành phố, có 57 địa phương có IIP 10 tháng tăng so với cùng kỳ. Một số địa phương có mức tăng cao là Phú Thọ (32,1%), Bắc Giang (27,6%), Hà Tĩnh (22,4%), Khánh Hòa (20,8%); ngược lại, IIP giảm ở Cà Mau (4,3%) và Quảng Ngãi (2,7%).

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 10 ước đạt 570,2 nghìn tỷ đồng, tăng 1,4% so với tháng trước và tăng 7,1% so với cùng kỳ. Trong đó, TP Hồ Chí Minh đạt 84,6 nghìn tỷ đồng, Hà Nội đạt 67,3 nghìn tỷ đồng, lần lượt xếp thứ nhất và thứ hai cả nước.

Về xuất khẩu, tháng 10 kim ngạch của Bình Dương ước đạt 3,2 tỷ USD; Bắc Ninh gần 5,3 tỷ USD; Thái Nguyên khoảng 2,9 tỷ USD. Tính đến hết tháng 10, cả nước có 18 địa phương đạt kim ngạch xuất khẩu trên 10 tỷ USD.

Trong tháng, cả nước có hơn 15,1 nghìn doanh nghiệp đăng ký thành lập mới với số vốn đăng ký 126,8 nghìn tỷ đồng, tăng 11,5% về số doanh nghiệp so với tháng 9. CPI tháng 10 tăng 0,33% so với tháng trước; bình quân 10 tháng năm 2024 tăng 3,78% so với cùng kỳ.

Theo Bộ Kế hoạch và Đầu tư, để hoàn thành mục tiêu tăng trưởng GDP cả năm khoảng 7%, quý IV cần tăng khoảng 7,4-7,6%.

Minh Anh
"""
HDR = """National press, dateline 'Thứ hai, 4/11/2024, 10:15 (GMT+7)', byline at the end. Default location Việt Nam; list items that are provinces
take the province as location, subject the list's indicator. 'IIP tăng hai con số' (double-digit) is no figure; '(GMT+7)' is no figure.
'Trong 63 tỉnh, thành phố' is structure (optional), '57 địa phương' has total 63. 'Trong đó, TP Hồ Chí Minh đạt ..., Hà Nội ...' are parts of the
national retail total (total 570,2 nghìn tỷ). 'lần lượt xếp thứ nhất và thứ hai' are ranks of the two cities. The second change of the retail total
(7,1% so với cùng kỳ) is an optional percent figure. 'tăng 11,5% về số doanh nghiệp' is the change of the count, not of the capital between.
'trên 10 tỷ USD' is a threshold (optional). The closing GDP goal and the required Q4 rate are targets."""
M10 = P("tháng 10/2024", "2024-10-01", "2024-10-31")
T10 = P("tháng 10", "2024-10-01", "2024-10-31")
T10i = P("tháng 10", "2024-10-01", "2024-10-31", inh=True)
N10i = P("10 tháng", "2024-01-01", "2024-10-31", inh=True)
R = 570200000000000
figs = [
 F("ước tăng 7% so", "7", 7, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 so với tháng trước", M10, status="estimate"),
 F("tăng 7,2% so", "7,2", 7.2, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 so với cùng kỳ năm trước", M10, status="estimate"),
 F("ước tăng 8,3%", "8,3", 8.3, "percent", "%", "IIP toàn ngành công nghiệp 10 tháng", P("Tính chung 10 tháng", "2024-01-01", "2024-10-31"), status="estimate"),
 F("Trong 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True),
 F("có 57 địa phương", "57", 57, "count", "địa phương", "địa phương có IIP 10 tháng tăng so với cùng kỳ",
   P("10 tháng", "2024-01-01", "2024-10-31"), total=63),
 F("Phú Thọ (32,1%)", "32,1", 32.1, "percent", "%", "mức tăng IIP", N10i, location="Phú Thọ"),
 F("Bắc Giang (27,6%)", "27,6", 27.6, "percent", "%", "mức tăng IIP", N10i, location="Bắc Giang"),
 F("Hà Tĩnh (22,4%)", "22,4", 22.4, "percent", "%", "mức tăng IIP", N10i, location="Hà Tĩnh"),
 F("Khánh Hòa (20,8%)", "20,8", 20.8, "percent", "%", "mức tăng IIP", N10i, location="Khánh Hòa"),
 F("Cà Mau (4,3%)", "4,3", 4.3, "percent", "%", "IIP giảm", N10i, location="Cà Mau"),
 F("Quảng Ngãi (2,7%)", "2,7", 2.7, "percent", "%", "IIP giảm", N10i, location="Quảng Ngãi"),
 F("ước đạt 570,2 nghìn tỷ đồng", "570,2", R, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
   T10, status="estimate", change=CH("increase", 1.4, baseline="tháng trước")),
 F("tăng 7,1% so", "7,1", 7.1, "percent", "%", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng so với cùng kỳ",
   T10, status="estimate", optional=True),
 F("Minh đạt 84,6 nghìn tỷ đồng", "84,6", 84600000000000, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
   T10i, total=R, location="TP Hồ Chí Minh"),
 F("Hà Nội đạt 67,3 nghìn tỷ đồng", "67,3", 67300000000000, "money", "đồng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
   T10i, total=R, location="Hà Nội"),
 F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", T10i, location="TP Hồ Chí Minh"),
 F("thứ hai cả nước", "hai", 2, "rank", "hạng", "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", T10i, location="Hà Nội"),
 F("ước đạt 3,2 tỷ USD", "3,2", 3200000000, "money", "USD", "kim ngạch xuất khẩu", T10, status="estimate", location="Bình Dương"),
 F("gần 5,3 tỷ USD", "5,3", 5300000000, "money", "USD", "kim ngạch xuất khẩu", T10, status="estimate", approx="nearly", location="Bắc Ninh"),
 F("khoảng 2,9 tỷ USD", "2,9", 2900000000, "money", "USD", "kim ngạch xuất khẩu", T10, status="estimate", approx="about", location="Thái Nguyên"),
 F("có 18 địa phương", "18", 18, "count", "địa phương", "địa phương đạt kim ngạch xuất khẩu trên 10 tỷ USD",
   P("Tính đến hết tháng 10", None, "2024-10-31")),
 F("trên 10 tỷ USD", "10", 10000000000, "money", "USD", "kim ngạch xuất khẩu", approx="over", optional=True),
 F("hơn 15,1 nghìn doanh nghiệp", "15,1", 15100, "count", "doanh nghiệp", "doanh nghiệp đăng ký thành lập mới",
   P("Trong tháng", "2024-10-01", "2024-10-31"), approx="over", change=CH("increase", 11.5, baseline="tháng 9")),
 F("đăng ký 126,8 nghìn tỷ đồng", "126,8", 126800000000000, "money", "đồng", "số vốn đăng ký",
   P("Trong tháng", "2024-10-01", "2024-10-31")),
 F("CPI tháng 10 tăng 0,33%", "0,33", 0.33, "percent", "%", "CPI tháng 10 so với tháng trước", T10),
 F("tăng 3,78%", "3,78", 3.78, "percent", "%", "CPI bình quân 10 tháng năm 2024 so với cùng kỳ",
   P("bình quân 10 tháng năm 2024", "2024-01-01", "2024-10-31")),
 F("cả năm khoảng 7%", "7", 7, "percent", "%", "tăng trưởng GDP cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
   approx="about", status="target"),
 F("khoảng 7,4-7,6%", "7,4", 7.4, "percent", "%", "tăng trưởng GDP quý IV", P("quý IV", "2024-10-01", "2024-12-31"),
   value_max=7.6, approx="about", status="target"),
]
write("p459-6", T, HDR, figs, published="2024-11-04", location="Việt Nam")
