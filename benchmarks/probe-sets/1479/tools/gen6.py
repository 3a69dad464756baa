"""p1479-6: national newspaper: home health devices sold online, QLTT TP HCM seizures, thermometer accuracy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Sức khỏe > Tin tức
Thứ ba, 12/11/2024, 06:00 (GMT+7)

Nhiệt kế, máy đo huyết áp trôi nổi tràn lan trên mạng

Chỉ với 39.000 đồng, người mua đã có thể đặt nhiệt kế hồng ngoại không rõ nguồn gốc trên sàn thương mại điện tử, trong khi hàng chính hãng có giá từ 450.000 đồng trở lên.

Theo nền tảng phân tích dữ liệu DataViet, 10 tháng năm 2024, doanh số nhóm thiết bị y tế gia đình trên bốn sàn thương mại điện tử lớn tại Việt Nam đạt khoảng 2.150 tỷ đồng, tăng 36% so với cùng kỳ năm 2023. Trong đó, máy đo huyết áp đạt 640 tỷ đồng, nhiệt kế điện tử 310 tỷ đồng. Riêng doanh số máy đo huyết áp đã gấp 2,5 lần năm 2021. Sản lượng bán ra ước khoảng 3,2 triệu sản phẩm. Giá phổ biến từ 150.000 đồng đến 1,5 triệu đồng/chiếc.

Từ đầu năm đến nay, Cục Quản lý thị trường TP Hồ Chí Minh đã xử lý 57 vụ việc, thu giữ 12.380 thiết bị y tế không rõ nguồn gốc, gồm 7.460 nhiệt kế điện tử, 3.120 máy đo huyết áp và 1.800 máy đo đường huyết, trị giá gần 1,8 tỷ đồng. Kho hàng lớn nhất bị phát hiện tại số 47/12 đường Tân Kỳ Tân Quý, quận Tân Phú.

Theo ông Lê Hoàng Nam, Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 (Quatest 3), nhiệt kế đạt chuẩn có sai số không quá 0,1 độ C. Trong 30 mẫu nhiệt kế điện tử lấy tại các nhà thuốc, chợ ở TP Hồ Chí Minh, có 11 mẫu sai lệch từ 0,5 đến 1,5 độ C. "Người dân nên mua tại nhà thuốc, cửa hàng uy tín và giữ hóa đơn", ông Nam khuyến cáo.

Minh Thư

Xem thêm: Cách chọn máy đo huyết áp cho người trên 60 tuổi
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
VN, HCM = "Việt Nam", "TP Hồ Chí Minh"

FIGS = [
    fig("Chỉ với 39.000 đồng", "39.000", 39000, "money", "đồng",
        subject="giá nhiệt kế hồng ngoại không rõ nguồn gốc", location=VN),
    fig("từ 450.000 đồng trở lên", "450.000", 450000, "money", "đồng", approx="at_least",
        subject="giá nhiệt kế hồng ngoại chính hãng", location=VN),
    fig("trên bốn sàn", "bốn", 4, "count", "sàn", subject="sàn thương mại điện tử lớn", period=M10, location=VN),
    fig("khoảng 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="about",
        change=chg("increase", 36, "%", "cùng kỳ năm 2023"),
        subject="doanh số nhóm thiết bị y tế gia đình trên sàn thương mại điện tử", period=M10, location=VN),
    fig("đạt 640 tỷ", "640", 640e9, "money", "đồng", total=2150e9, subject="doanh số máy đo huyết áp",
        period=inh(M10), location=VN),
    fig("nhiệt kế điện tử 310 tỷ", "310", 310e9, "money", "đồng", total=2150e9, subject="doanh số nhiệt kế điện tử",
        period=inh(M10), location=VN),
    fig("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="doanh số máy đo huyết áp so với năm 2021",
        period=inh(M10), location=VN),
    fig("ước khoảng 3,2 triệu", "3,2", 3.2e6, "count", "sản phẩm", approx="about", status="estimate",
        subject="sản lượng thiết bị y tế gia đình bán ra", period=inh(M10), location=VN),
    fig("từ 150.000 đồng đến 1,5 triệu", "150.000", 150000, "money", "đồng/chiếc", value_max=1.5e6,
        subject="giá phổ biến", location=VN),
    fig("xử lý 57 vụ việc", "57", 57, "count", "vụ việc", subject="vụ việc Cục Quản lý thị trường xử lý",
        period=YTD, location=HCM),
    fig("thu giữ 12.380 thiết bị", "12.380", 12380, "count", "thiết bị",
        subject="thiết bị y tế không rõ nguồn gốc thu giữ", period=YTD, location=HCM),
    fig("gồm 7.460 nhiệt kế", "7.460", 7460, "count", "nhiệt kế", total=12380, subject="nhiệt kế điện tử thu giữ",
        period=YTD, location=HCM),
    fig("3.120 máy đo huyết áp", "3.120", 3120, "count", "máy", total=12380, subject="máy đo huyết áp thu giữ",
        period=YTD, location=HCM),
    fig("1.800 máy đo đường huyết", "1.800", 1800, "count", "máy", total=12380, subject="máy đo đường huyết thu giữ",
        period=YTD, location=HCM),
    fig("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly", subject="trị giá thiết bị y tế thu giữ",
        period=YTD, location=HCM),
    fig("không quá 0,1 độ C", "0,1", 0.1, "measure", "độ C", approx="at_most", subject="sai số nhiệt kế đạt chuẩn"),
    fig("Trong 30 mẫu", "30", 30, "count", "mẫu", subject="mẫu nhiệt kế điện tử lấy tại các nhà thuốc, chợ",
        location=HCM),
    fig("có 11 mẫu", "11", 11, "count", "mẫu", total=30, subject="mẫu nhiệt kế điện tử sai lệch", location=HCM),
    fig("từ 0,5 đến 1,5 độ C", "0,5", 0.5, "measure", "độ C", value_max=1.5, subject="mức sai lệch của các mẫu",
        location=HCM),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ ba, 12/11/2024, 06:00 (GMT+7)', headline, sapo, byline, 'Xem thêm' link.",
    "Distractors: '(GMT+7)', 'Quatest 3' and 'Trung tâm ... 3' (a name), address 'số 47/12 đường Tân Kỳ Tân Quý' (looks like a fraction),",
    "'quận Tân Phú', 'năm 2021' (the baseline of 'gấp'), 'người trên 60 tuổi' in a link title (page furniture).",
    "Sapo prices: the platforms ('sàn thương mại điện tử') are named as Vietnamese in the next paragraph ('tại Việt Nam'): location Việt Nam.",
    "revised after the first run: the two sapo prices were location null; the text implies Việt Nam (see above). DataViet figures: Việt Nam. QLTT and the sample test: TP Hồ Chí Minh.",
    "The 0,1 độ C tolerance of a standard thermometer is a general fact: location null. 'từ 450.000 đồng trở lên' = at least.",
    "'Trong đó' after a sentence break: the two sales figures take total 2.150 tỷ. 'gồm' parts take total 12.380 (device kinds of the whole).",
    "'Riêng doanh số máy đo huyết áp đã gấp 2,5 lần năm 2021' stands alone as the claim: kind multiple, no change.",
    "'Sản lượng bán ra ước khoảng ...' → estimate and about. The price range stands in its own sentence: actual, no period (a standing price).",
    "'Trong 30 mẫu ..., có 11 mẫu' → total 30 (the spec's 'Trong N ..., có M' pattern).",
    "'bốn sàn' gets the sentence's period (10 tháng năm 2024) as the scope of the figures it counts.",
]

if __name__ == "__main__":
    write("p1479-6", TEXT, NOTES, FIGS, published="2024-11-12", location=None)
