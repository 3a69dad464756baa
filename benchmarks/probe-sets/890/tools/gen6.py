from lib import Doc, per, chg

d = Doc("p890-6", published="2024-11-14", location="Việt Nam", notes=[
    "National newspaper (VnExpress style), 'Thứ năm, 14/11/2024, 06:30 (GMT+7)': xuất khẩu bưởi 10 tháng 2024, thị trường, một doanh nghiệp ở Hậu Giang.",
    "Trade partners (Hà Lan, Hoa Kỳ, Trung Quốc, Mỹ) are not places of a figure: location Việt Nam. The company's figures: Hậu Giang.",
    "Market parts after 'Trong đó' (new sentence) take the 79,6 triệu USD whole; their period is inherited. 'Quốc lộ 61C' is a road.",
    "'giá cao hơn thị trường 1.000-2.000 đồng/kg' has no base amount: a money range figure. 'cao gấp khoảng 4 lần' stands alone: a multiple.",
    "'nâng lên 80 tấn/ngày vào quý I/2025': the quarter is a schedule, no period recorded.",
])
d.text = """Kinh doanh › Hàng hóa
Thứ năm, 14/11/2024, 06:30 (GMT+7)

Xuất khẩu bưởi 10 tháng tăng gần 30%

Bưởi Việt đang thâm nhập sâu hơn vào các thị trường khó tính, trong đó Mỹ và châu Âu.

Kim ngạch xuất khẩu bưởi của Việt Nam 10 tháng năm 2024 đạt 79,6 triệu USD, tăng 29,4% so với cùng kỳ năm ngoái, theo số liệu của Hiệp hội Rau quả Việt Nam (Vinafruit). Trong đó, Hà Lan là thị trường lớn nhất với 21,3 triệu USD, chiếm 26,8%; tiếp đến là Hoa Kỳ 14,7 triệu USD, Trung Quốc 9,2 triệu USD.

Theo Vinafruit, bưởi da xanh bán lẻ tại các siêu thị châu Á ở California (Mỹ) có giá khoảng 6-8 USD/kg. Mức giá này cao gấp khoảng 4 lần giá bưởi trong nước.

Tại Hậu Giang, Công ty TNHH Nông sản Phú Hưng từ đầu năm đến nay đã xuất khẩu 1.850 tấn bưởi Năm Roi và da xanh, trong đó hơn 600 tấn sang Mỹ. Công ty liên kết với 215 hộ dân, bao tiêu khoảng 480 ha bưởi với giá cao hơn thị trường 1.000-2.000 đồng/kg. Nhà máy đóng gói của công ty trên Quốc lộ 61C hiện có công suất 50 tấn/ngày; công ty dự kiến nâng lên 80 tấn/ngày vào quý I/2025 với tổng vốn đầu tư khoảng 35 tỷ đồng.

Theo Bộ Nông nghiệp và Phát triển nông thôn, năm 2024 sản lượng bưởi cả nước dự báo đạt 1,2 triệu tấn. Vinafruit dự kiến kim ngạch xuất khẩu bưởi cả năm có thể đạt 95-100 triệu USD, cao nhất từ trước tới nay.

Thi Hà
"""
d.add("tăng gần 30%", "30", 30, "percent", "%", approx="nearly",
      subject="xuất khẩu bưởi", period=per("10 tháng", "2024-01-01", "2024-10-31"))
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M10i = per("10 tháng năm 2024", "2024-01-01", "2024-10-31", inherited=True)
d.add("đạt 79,6 triệu USD", "79,6", 79.6e6, "money", "USD",
      change=chg("increase", 29.4, "%", "cùng kỳ năm ngoái"),
      subject="kim ngạch xuất khẩu bưởi", period=M10)
d.add("với 21,3 triệu USD", "21,3", 21.3e6, "money", "USD", total=79.6e6, percent=26.8,
      subject="kim ngạch xuất khẩu bưởi sang Hà Lan", period=M10i)
d.add("Hoa Kỳ 14,7 triệu USD", "14,7", 14.7e6, "money", "USD", total=79.6e6,
      subject="kim ngạch xuất khẩu bưởi sang Hoa Kỳ", period=M10i)
d.add("Trung Quốc 9,2 triệu USD", "9,2", 9.2e6, "money", "USD", total=79.6e6,
      subject="kim ngạch xuất khẩu bưởi sang Trung Quốc", period=M10i)
d.add("khoảng 6-8 USD/kg", "6", 6, "money", "USD/kg", value_max=8, approx="about",
      subject="giá bán lẻ bưởi da xanh tại các siêu thị châu Á ở California")
d.add("gấp khoảng 4 lần", "4", 4, "multiple", "lần", approx="about",
      subject="giá bán lẻ bưởi tại Mỹ so với giá bưởi trong nước")
HG = "Hậu Giang"
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
d.add("xuất khẩu 1.850 tấn", "1.850", 1850, "measure", "tấn",
      subject="bưởi Năm Roi và da xanh xuất khẩu của Công ty TNHH Nông sản Phú Hưng", period=YTD, location=HG)
d.add("hơn 600 tấn", "600", 600, "measure", "tấn", approx="over", total=1850,
      subject="bưởi xuất khẩu sang Mỹ", period=YTD, location=HG)
d.add("với 215 hộ", "215", 215, "count", "hộ", subject="hộ dân liên kết với công ty", location=HG)
d.add("khoảng 480 ha", "480", 480, "measure", "ha", approx="about",
      subject="diện tích bưởi được công ty bao tiêu", location=HG)
d.add("thị trường 1.000-2.000 đồng/kg", "1.000", 1000, "money", "đồng/kg", value_max=2000,
      subject="giá bao tiêu cao hơn thị trường", location=HG)
d.add("công suất 50 tấn/ngày", "50", 50, "measure", "tấn/ngày",
      subject="công suất nhà máy đóng gói", location=HG)
d.add("lên 80 tấn/ngày", "80", 80, "measure", "tấn/ngày", status="forecast",
      subject="công suất nhà máy đóng gói", location=HG)
d.add("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư nâng công suất nhà máy", location=HG)
d.add("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", status="forecast",
      subject="sản lượng bưởi cả nước", period=per("năm 2024", "2024-01-01", "2024-12-31"))
d.add("đạt 95-100 triệu USD", "95", 95e6, "money", "USD", value_max=100e6, status="forecast",
      subject="kim ngạch xuất khẩu bưởi cả năm", period=per("cả năm", "2024-01-01", "2024-12-31"))
d.write()
