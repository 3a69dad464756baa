from lib import write, F, P, C, T
H = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
HI = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
D = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
Y = P("năm 2024", "2024-01-01", "2024-12-31")
text = """Chợ Mới: Bảo đảm an toàn giao thông tại các bến đò, bến phà

Theo Phòng Kinh tế và Hạ tầng huyện Chợ Mới, trên địa bàn huyện hiện có 4 bến phà và 52 bến đò ngang đang hoạt động, phục vụ nhu cầu đi lại của người dân các cù lao Giêng, cù lao Ông Chưởng. 6 tháng đầu năm, các bến đò ngang vận chuyển 964.500 lượt khách, giảm 6,1% so với cùng kỳ do cầu Ông Chưởng đã đưa vào sử dụng; các bến phà vận chuyển khoảng 1,35 triệu lượt xe hai bánh và gần 2,8 triệu lượt người.

Trong đó, phà Thuận Giang vận chuyển 1,12 triệu lượt người; phà Mỹ Hiệp 835.000 lượt; phà Kiến An 610.000 lượt; phà Long Điền A hơn 230.000 lượt.

Từ đầu năm đến nay, Đội Cảnh sát đường thủy phối hợp UBND các xã kiểm tra 148 lượt phương tiện, lập biên bản 23 trường hợp vi phạm, phạt tiền 86,5 triệu đồng; tạm đình chỉ hoạt động 2 bến đò chưa có giấy phép tại xã Kiến Thành và xã Nhơn Mỹ.

Huyện đã cấp mới giấy phép hoạt động cho 6 bến đò, nâng tổng số bến được cấp phép lên 49/52 bến (đạt 94,2%). Kế hoạch năm 2024 là 52/52 bến đò ngang có giấy phép.

Về trang thiết bị an toàn, 100% đò ngang đã được trang bị áo phao, phao tròn theo quy định, với tổng số 3.120 áo phao và 418 phao tròn. Theo quy định, mỗi đò chở tối đa 12 người; đò kết hợp chở xe không quá 8 xe máy mỗi chuyến. Ông Trần Văn Lực, Trưởng phòng Kinh tế và Hạ tầng, cho biết huyện sẽ lắp đặt bảng nội quy, biển báo tại 100% bến trong quý III.

Tin, ảnh: Thanh Tâm - Trung tâm Văn hóa - Thông tin và Thể thao huyện
12/7/2024
"""
figs = [
    F("hiện có 4 bến phà", "4", 4, "count", "bến phà", "bến phà đang hoạt động"),
    F("và 52 bến đò ngang", "52", 52, "count", "bến đò ngang", "bến đò ngang đang hoạt động"),
    F("gần 2,8 triệu lượt người", "2,8", 2800000, "count", "lượt người", "lượt người các bến phà vận chuyển", approx="nearly", period=H),
    F("khoảng 1,35 triệu", "1,35", 1350000, "count", "lượt xe hai bánh", "lượt xe hai bánh các bến phà vận chuyển", approx="about", period=H),
    F("vận chuyển 964.500 lượt", "964.500", 964500, "count", "lượt khách", "lượt khách các bến đò ngang vận chuyển",
      change=C("decrease", 6.1, "%", "cùng kỳ"), period=H),
    F("Thuận Giang vận chuyển 1,12 triệu", "1,12", 1120000, "count", "lượt người", "lượt người phà Thuận Giang vận chuyển", total=2800000, period=HI),
    F("Mỹ Hiệp 835.000 lượt", "835.000", 835000, "count", "lượt", "lượt người phà Mỹ Hiệp vận chuyển", total=2800000, period=HI),
    F("Kiến An 610.000 lượt", "610.000", 610000, "count", "lượt", "lượt người phà Kiến An vận chuyển", total=2800000, period=HI),
    F("hơn 230.000 lượt", "230.000", 230000, "count", "lượt", "lượt người phà Long Điền A vận chuyển", approx="over", total=2800000, period=HI),
    F("kiểm tra 148 lượt", "148", 148, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", period=D),
    F("biên bản 23 trường hợp", "23", 23, "count", "trường hợp vi phạm", "trường hợp vi phạm lập biên bản", period=D),
    F("phạt tiền 86,5 triệu", "86,5", 86500000, "money", "đồng", "tiền phạt vi phạm", period=D),
    F("hoạt động 2 bến đò", "2", 2, "count", "bến đò", "bến đò chưa có giấy phép bị tạm đình chỉ hoạt động", period=D),
    F("cho 6 bến đò", "6", 6, "count", "bến đò", "bến đò được cấp mới giấy phép hoạt động"),
    F("lên 49/52 bến", "49", 49, "count", "bến", "bến đò ngang được cấp phép", total=52, percent=94.2),
    F("là 52/52 bến", "52", 52, "count", "bến đò ngang", "bến đò ngang có giấy phép", total=52, status="target", period=Y),
    F(", 100% đò ngang", "100", 100, "percent", "%", "đò ngang được trang bị áo phao, phao tròn theo quy định"),
    F("tổng số 3.120 áo phao", "3.120", 3120, "count", "áo phao", "áo phao trang bị trên đò ngang"),
    F("và 418 phao tròn", "418", 418, "count", "phao tròn", "phao tròn trang bị trên đò ngang"),
    F("tối đa 12 người", "12", 12, "count", "người", "số người tối đa mỗi đò được chở", approx="at_most", optional=True),
    F("không quá 8 xe máy", "8", 8, "count", "xe máy", "số xe máy tối đa mỗi chuyến đò kết hợp chở xe", approx="at_most", optional=True),
    F("tại 100% bến", "100", 100, "percent", "%", "bến được lắp đặt bảng nội quy, biển báo", status="forecast",
      period=P("quý III", "2024-07-01", "2024-09-30"), optional=True),
]
write("p400-2", text, figs, published="2024-07-12", location="Chợ Mới", comments=[
    "Cổng TTĐT huyện Chợ Mới, An Giang (district portal): ferries and cross-river boats, first half of 2024. Bare date '12/7/2024' at the end, after the byline.",
    "Location: the district for every figure (communes Kiến Thành, Nhơn Mỹ are not locations). '6 tháng đầu năm' has no year: 2024 from the published date.",
    "'Trong đó' after a sentence break follows 'gần 2,8 triệu lượt người' (the figure right before it, same thing): the four ferries' total.",
    "'49/52 bến (đạt 94,2%)': total 52, percent 94.2. 'Kế hoạch năm 2024 là 52/52 bến': a target figure with total 52.",
    "'hiện có …' stock counts carry no period. Regulatory limits 'tối đa 12 người', 'không quá 8 xe máy': optional.",
    "'huyện sẽ lắp đặt … tại 100% bến trong quý III': a plan with no listed cue ('sẽ'): optional.",
])
