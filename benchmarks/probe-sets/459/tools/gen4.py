from lib import *
T = """Bắc Giang: Chỉ số sản xuất công nghiệp tháng 4 tăng gần 19%

(BGĐT) - Theo Thống kê tỉnh, chỉ số sản xuất công nghiệp (IIP) tháng 4/2025 của Bắc Giang ước tăng 4,7% so với tháng trước và tăng 18,8% so với cùng kỳ năm 2024. Lũy kế 4 tháng đầu năm, IIP tăng 21,4%, cao nhất vùng trung du và miền núi phía Bắc, đứng thứ 2 cả nước.

Giá trị sản xuất công nghiệp (giá so sánh 2010) 4 tháng ước đạt trên 152,6 nghìn tỷ đồng, tăng 22,1%. Khu vực có vốn đầu tư nước ngoài tiếp tục chiếm tỷ trọng lớn, khoảng 89,5%. Các địa phương có giá trị sản xuất công nghiệp lớn là thị xã Việt Yên 61,2 nghìn tỷ đồng, huyện Yên Dũng 27,8 nghìn tỷ đồng, thành phố Bắc Giang 21,05 nghìn tỷ đồng.

Kim ngạch xuất khẩu tháng 4 ước đạt 3,85 tỷ USD, tăng 31,2% so với cùng kỳ. Tính chung 4 tháng, xuất khẩu đạt 14,2 tỷ USD, bằng 33,8% kế hoạch năm (42 tỷ USD). Nhóm hàng điện tử, máy tính và linh kiện chiếm khoảng 82% tổng kim ngạch.

Thu ngân sách nhà nước 4 tháng đạt 4.618 tỷ đồng, tăng 15,3% so với cùng kỳ. Từ đầu năm đến nay, toàn tỉnh thu hút 23 dự án FDI mới và 41 lượt dự án điều chỉnh vốn, tổng vốn đăng ký mới và tăng thêm khoảng 635 triệu USD. Tháng 4, có 128 doanh nghiệp thành lập mới, chủ yếu là doanh nghiệp có vốn đăng ký từ 2 đến 5 tỷ đồng.

Về giá cả, CPI tháng 4 tăng 0,07% so với tháng trước, trong đó nhóm giao thông giảm 1,35% do giá xăng dầu điều chỉnh giảm; nhóm hàng ăn và dịch vụ ăn uống tăng 0,42%.

Dự báo trong tháng 5, nhiều dự án tại Khu công nghiệp Quang Châu và Khu công nghiệp Vân Trung mở rộng đi vào hoạt động; tỉnh phấn đấu cả năm IIP tăng trên 25%.

Thu Hà
10:45, 06/05/2025
"""
HDR = """Báo Bắc Giang điện tử (Party newspaper, '(BGĐT)' tag), byline and bare 'hh:mm, dd/mm/yyyy' at the end: 06/05/2025.
The headline figure 'tăng gần 19%' takes the year of the dateline (no earlier date). 'giá so sánh 2010' is a price base, not a figure.
District list (thị xã Việt Yên, huyện Yên Dũng, thành phố Bắc Giang): each item a figure, the district is its location.
'bằng 33,8% kế hoạch năm (42 tỷ USD)': percent 33.8 and the bracketed plan as target. 'từ 2 đến 5 tỷ đồng' (size class) is optional.
'chiếm khoảng 89,5%' / 'chiếm khoảng 82%': share figures of their own (no base amount), period from the previous sentence (inherited).
The closing 'phấn đấu ... trên 25%' is a target for the whole year 2025."""
M4 = P("tháng 4/2025", "2025-04-01", "2025-04-30")
N4 = P("4 tháng", "2025-01-01", "2025-04-30")
N4i = P("4 tháng", "2025-01-01", "2025-04-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-05-06")
figs = [
 F("tăng gần 19%", "19", 19, "percent", "%", "chỉ số sản xuất công nghiệp tháng 4", P("tháng 4", "2025-04-01", "2025-04-30"), approx="nearly"),
 F("ước tăng 4,7%", "4,7", 4.7, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) tháng 4/2025 so với tháng trước", M4, status="estimate"),
 F("tăng 18,8%", "18,8", 18.8, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) tháng 4/2025 so với cùng kỳ", M4, status="estimate"),
 F("IIP tăng 21,4%", "21,4", 21.4, "percent", "%", "IIP lũy kế 4 tháng đầu năm", P("Lũy kế 4 tháng đầu năm", "2025-01-01", "2025-04-30")),
 F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "IIP lũy kế 4 tháng đầu năm", P("Lũy kế 4 tháng đầu năm", "2025-01-01", "2025-04-30")),
 F("ước đạt trên 152,6 nghìn tỷ đồng", "152,6", 152600000000000, "money", "đồng", "giá trị sản xuất công nghiệp",
   N4, status="estimate", approx="over", change=CH("increase", 22.1)),
 F("khoảng 89,5%", "89,5", 89.5, "percent", "%", "tỷ trọng khu vực có vốn đầu tư nước ngoài", N4i, approx="about"),
 F("Việt Yên 61,2 nghìn tỷ đồng", "61,2", 61200000000000, "money", "đồng", "giá trị sản xuất công nghiệp", N4i, location="Việt Yên"),
 F("Yên Dũng 27,8 nghìn tỷ đồng", "27,8", 27800000000000, "money", "đồng", "giá trị sản xuất công nghiệp", N4i, location="Yên Dũng"),
 F("Bắc Giang 21,05 nghìn tỷ đồng", "21,05", 21050000000000, "money", "đồng", "giá trị sản xuất công nghiệp", N4i, location="thành phố Bắc Giang"),
 F("ước đạt 3,85 tỷ USD", "3,85", 3850000000, "money", "USD", "kim ngạch xuất khẩu", P("tháng 4", "2025-04-01", "2025-04-30"),
   status="estimate", change=CH("increase", 31.2, baseline="cùng kỳ")),
 F("đạt 14,2 tỷ USD", "14,2", 14200000000, "money", "USD", "xuất khẩu", P("Tính chung 4 tháng", "2025-01-01", "2025-04-30"),
   percent=33.8, target=TG(42000000000, "USD")),
 F("khoảng 82%", "82", 82, "percent", "%", "tỷ trọng nhóm hàng điện tử, máy tính và linh kiện trong tổng kim ngạch",
   P("Tính chung 4 tháng", "2025-01-01", "2025-04-30", inh=True), approx="about"),
 F("đạt 4.618 tỷ đồng", "4.618", 4618000000000, "money", "đồng", "thu ngân sách nhà nước", N4,
   change=CH("increase", 15.3, baseline="cùng kỳ")),
 F("thu hút 23 dự án", "23", 23, "count", "dự án FDI", "dự án FDI mới", YTD),
 F("41 lượt dự án", "41", 41, "count", "lượt dự án", "lượt dự án điều chỉnh vốn", YTD),
 F("khoảng 635 triệu USD", "635", 635000000, "money", "USD", "tổng vốn đăng ký mới và tăng thêm", YTD, approx="about"),
 F("có 128 doanh nghiệp", "128", 128, "count", "doanh nghiệp", "doanh nghiệp thành lập mới", P("Tháng 4", "2025-04-01", "2025-04-30")),
 F("từ 2 đến 5 tỷ đồng", "2", 2000000000, "money", "đồng", "vốn đăng ký", value_max=5000000000, optional=True),
 F("CPI tháng 4 tăng 0,07%", "0,07", 0.07, "percent", "%", "CPI tháng 4 so với tháng trước", P("tháng 4", "2025-04-01", "2025-04-30")),
 F("giao thông giảm 1,35%", "1,35", 1.35, "percent", "%", "CPI nhóm giao thông", P("tháng 4", "2025-04-01", "2025-04-30")),
 F("ăn uống tăng 0,42%", "0,42", 0.42, "percent", "%", "CPI nhóm hàng ăn và dịch vụ ăn uống", P("tháng 4", "2025-04-01", "2025-04-30")),
 F("tăng trên 25%", "25", 25, "percent", "%", "IIP cả năm", P("cả năm", "2025-01-01", "2025-12-31"), approx="over", status="target"),
]
write("p459-4", T, HDR, figs, published="2025-05-06", location="Bắc Giang")
