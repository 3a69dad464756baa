"""p1295-6: national newspaper: 'Thứ hai, 23/9/2024, 06:00 (GMT+7)', sapo, photo caption, quote, byline at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 23/9/2024, 06:00 (GMT+7)

Vú sữa Việt sang Mỹ: giá cao, đơn hàng tăng

Nhờ mở rộng vùng trồng đạt chuẩn, nhiều doanh nghiệp xuất khẩu vú sữa ký được đơn hàng tăng 30-40% so với năm ngoái.

Ông Phạm Quốc Thái, Tổng giám đốc Công ty cổ phần Trái cây Mekong Xanh (huyện Châu Thành, Tiền Giang), cho biết 8 tháng đầu năm nay công ty xuất 420 tấn vú sữa Lò Rèn, trong đó 310 tấn sang Mỹ, phần còn lại đi Canada và UAE. Doanh thu từ mặt hàng này đạt gần 1,6 triệu USD, vượt mục tiêu cả năm là 1,5 triệu USD.

Theo ông Thái, giá thu mua vú sữa đạt chuẩn xuất khẩu hiện 33.000-36.000 đồng/kg, còn giá xuất sang Mỹ bằng đường hàng không khoảng 5,5 USD/kg. Công ty liên kết với 9 hợp tác xã, bao tiêu cho hơn 260 ha; dự kiến cả năm xuất khoảng 700 tấn.

Công nhân phân loại vú sữa tại nhà đóng gói ở xã Vĩnh Kim. Ảnh: Hoàng Nam

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), năm 2023 kim ngạch xuất khẩu vú sữa của cả nước ước đạt 21 triệu USD, đứng thứ 12 trong các loại trái cây xuất khẩu. Ông Lê Minh Khoa, Phó tổng thư ký hiệp hội, cho rằng Mỹ hiện chiếm khoảng 45% kim ngạch, nhưng lượng vú sữa xuất khẩu mới chiếm chưa tới 5% tổng sản lượng khoảng 70.000 tấn mỗi năm.

"Vú sữa rất dễ dập, thời gian bảo quản chỉ 20-25 ngày nên chủ yếu phải đi máy bay, chi phí vận chuyển chiếm tới 40% giá bán", ông Khoa nói.

Hoàng Nam
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
F24 = per("cả năm", "2024-01-01", "2024-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
CT = "Châu Thành"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="đơn hàng doanh nghiệp xuất khẩu vú sữa ký được"),
    fig("xuất 420 tấn", "420", 420, "measure", "tấn", subject="vú sữa Lò Rèn công ty xuất", period=M8, location=CT),
    fig("trong đó 310 tấn", "310", 310, "measure", "tấn", total=420, subject="vú sữa Lò Rèn xuất sang Mỹ", period=M8,
        location=CT),
    fig("gần 1,6 triệu USD", "1,6", 1.6e6, "money", "USD", approx="nearly", target=tgt(1.5e6, "USD", met=True),
        subject="doanh thu từ mặt hàng vú sữa", period=inh(M8), location=CT),
    fig("hiện 33.000-36.000", "33.000", 33000, "money", "đồng/kg", value_max=36000,
        subject="giá thu mua vú sữa đạt chuẩn xuất khẩu", location=CT),
    fig("khoảng 5,5 USD/kg", "5,5", 5.5, "money", "USD/kg", approx="about",
        subject="giá xuất sang Mỹ bằng đường hàng không", location=CT),
    fig("với 9 hợp tác xã", "9", 9, "count", "hợp tác xã", subject="hợp tác xã công ty liên kết", location=CT),
    fig("hơn 260 ha", "260", 260, "measure", "ha", approx="over", subject="diện tích công ty bao tiêu", location=CT),
    fig("khoảng 700 tấn", "700", 700, "measure", "tấn", approx="about", status="forecast",
        subject="vú sữa công ty xuất", period=F24, location=CT),
    fig("ước đạt 21 triệu USD", "21", 21e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu vú sữa của cả nước", period=Y23),
    fig("đứng thứ 12", "12", 12, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu vú sữa trong các loại trái cây xuất khẩu", period=Y23),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", subject="tỷ trọng của Mỹ trong kim ngạch xuất khẩu vú sữa"),
    fig("chưa tới 5%", "5", 5, "percent", "%", approx="under",
        subject="lượng vú sữa xuất khẩu trong tổng sản lượng"),
    fig("khoảng 70.000 tấn", "70.000", 70000, "measure", "tấn/năm", approx="about", subject="tổng sản lượng vú sữa"),
    fig("chỉ 20-25 ngày", "20", 20, "measure", "ngày", value_max=25, subject="thời gian bảo quản vú sữa"),
    fig("tới 40%", "40", 40, "percent", "%", subject="chi phí vận chuyển trong giá bán"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 23/9/2024, 06:00 (GMT+7)' (published), sapo, photo caption, quote, byline at the end.",
    "Distractors: 'Thứ hai' (weekday), time 06:00, '(GMT+7)', 'năm ngoái' (baseline), 'Phạm Quốc Thái', 'Lê Minh Khoa', caption.",
    "Sapo 'đơn hàng tăng 30-40% so với năm ngoái' has no base amount: a percent range figure, no change.",
    "The company (huyện Châu Thành, Tiền Giang) passage is located in Châu Thành; Vinafruit's and the quote's figures are Việt Nam.",
    "'8 tháng đầu năm nay' and 'cả năm' take 2024 from published. 'vượt mục tiêu cả năm là 1,5 triệu USD' → target 1.5e6, met true.",
    "'ước đạt 21 triệu USD, đứng thứ 12 ...' → the rank continues the 'ước đạt' clause: estimate.",
    "'Mỹ hiện chiếm khoảng 45% kim ngạch' and 'chưa tới 5% tổng sản lượng' are percent figures (no amount before them);",
    "'khoảng 70.000 tấn mỗi năm' is a yearly rate (tấn/năm). 'thời gian bảo quản chỉ 20-25 ngày' is a measured claim, not a period.",
    "'chiếm tới 40%': 'tới' stresses the size but is no approx word of the spec → exact.",
]

if __name__ == "__main__":
    write("p1295-6", TEXT, NOTES, FIGS, published="2024-09-23", location="Việt Nam")
