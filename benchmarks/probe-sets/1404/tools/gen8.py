"""p1404-8: radio/TV site (Đài PT-TH TP Cần Thơ): used motorbike market at year end; registrations, lệ phí trước bạ."""
from lib import fig, per, inh, chg, write

TEXT = """CẦN THƠ TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TP CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Podcast

Sức mua xe máy cũ tăng dịp cuối năm

Thứ Hai, 16/12/2024 - 18:25
Nghe bài viết 03:12

(CTV) - Những tuần cuối năm, các cửa hàng mua bán xe máy cũ trên đường 30 Tháng 4 (quận Ninh Kiều) đông khách trở lại, lượng xe bán ra tăng 20-30% so với các tháng trước. Dọc tuyến đường này hiện có khoảng ba chục cửa hàng.

Cửa hàng Xe máy Phước Thành đang bày bán khoảng 120 chiếc, mỗi ngày bán ra 8-10 chiếc. Giá phổ biến từ 12 đến 25 triệu đồng/chiếc; các dòng xe tay ga đời 2020 trở lên như Honda Vision, Honda Air Blade 125 có giá trên 28 triệu đồng.

Anh Nguyễn Hoàng Nam, ngụ phường An Khánh, vừa mua chiếc Honda Wave Alpha cũ giá 11,5 triệu đồng, cho biết chỉ mất khoảng 30 phút làm thủ tục sang tên tại công an phường.

Theo Phòng Cảnh sát giao thông Công an TP Cần Thơ, 11 tháng năm 2024, toàn thành phố đăng ký mới 41.286 xe mô tô, giảm 6,2% so với cùng kỳ; làm thủ tục sang tên 18.540 xe mô tô cũ. Từ đầu năm đến nay, thu lệ phí trước bạ xe máy ước đạt 92 tỷ đồng, bằng 88% dự toán năm.

Lệ phí trước bạ xe máy lần đầu tại Cần Thơ là 5%, từ lần thứ 2 trở đi là 1%. Dự kiến trong tháng 12 năm nay, lượng xe máy đăng ký mới khoảng 4.500 chiếc.

Thanh Tâm - Hữu Phước

Tin liên quan:
- Cần Thơ: Ra quân xử lý xe hết niên hạn sử dụng
- Chợ xe cũ Cái Răng nhộn nhịp ngày cuối tuần
"""

M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-16")
T12 = per("trong tháng 12 năm nay", "2024-12-01", "2024-12-31")
NK = "Ninh Kiều"

FIGS = [
    fig("tăng 20-30%", "20", 20, "percent", "%", value_max=30, subject="lượng xe bán ra", location=NK),
    fig("khoảng ba chục", "ba chục", 30, "count", "cửa hàng", approx="about",
        subject="cửa hàng dọc tuyến đường", location=NK),
    fig("khoảng 120 chiếc", "120", 120, "count", "chiếc", approx="about",
        subject="xe Cửa hàng Xe máy Phước Thành đang bày bán", location=NK),
    fig("bán ra 8-10 chiếc", "8", 8, "measure", "chiếc/ngày", value_max=10,
        subject="xe cửa hàng bán ra mỗi ngày", location=NK),
    fig("từ 12 đến 25 triệu", "12", 12e6, "money", "đồng/chiếc", value_max=25e6,
        subject="giá phổ biến", location=NK),
    fig("trên 28 triệu", "28", 28e6, "money", "đồng", approx="over",
        subject="giá các dòng xe tay ga đời 2020 trở lên", location=NK),
    fig("giá 11,5 triệu", "11,5", 11.5e6, "money", "đồng", subject="giá chiếc Honda Wave Alpha cũ", location=NK),
    fig("khoảng 30 phút", "30", 30, "measure", "phút", approx="about",
        subject="thời gian làm thủ tục sang tên tại công an phường", location=NK),
    fig("mới 41.286 xe", "41.286", 41286, "count", "xe mô tô",
        change=chg("decrease", 6.2, "%", "cùng kỳ"), subject="xe mô tô đăng ký mới", period=M11),
    fig("sang tên 18.540 xe", "18.540", 18540, "count", "xe mô tô",
        subject="xe mô tô cũ làm thủ tục sang tên", period=M11),
    fig("ước đạt 92 tỷ", "92", 92e9, "money", "đồng", status="estimate", percent=88,
        subject="thu lệ phí trước bạ xe máy", period=YTD),
    fig("Cần Thơ là 5%", "5", 5, "percent", "%", subject="lệ phí trước bạ xe máy lần đầu"),
    fig("trở đi là 1%", "1", 1, "percent", "%", subject="lệ phí trước bạ xe máy từ lần thứ 2 trở đi"),
    fig("khoảng 4.500 chiếc", "4.500", 4500, "count", "chiếc", approx="about", status="forecast",
        subject="lượng xe máy đăng ký mới", period=T12),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): station banner, menu, 'Thứ Hai, 16/12/2024 - 18:25', audio length 'Nghe bài viết 03:12', tag '(CTV) -', byline, related links.",
    "Distractors: 18:25, '03:12' (audio length), street name 'đường 30 Tháng 4', 'đời 2020', 'Honda Air Blade 125', 'lần thứ 2', 'Cái Răng' link.",
    "The shops on đường 30 Tháng 4 (quận Ninh Kiều) → location Ninh Kiều for the first three paragraphs; the city figures → Cần Thơ.",
    "revised after the first run: the buyer in phường An Khánh (price 11,5 triệu, 'khoảng 30 phút' at the ward police) Cần Thơ → Ninh Kiều:",
    "An Khánh is a ward of quận Ninh Kiều, and a smaller named place implies the unit that contains it (as a district implies its province).",
    "'tăng 20-30% so với các tháng trước' stands as the claim (percent, no change); 'Những tuần cuối năm' gives no period.",
    "'khoảng ba chục cửa hàng' = 30 (number word + chục), approx about. 'mỗi ngày bán ra 8-10 chiếc' → measure chiếc/ngày.",
    "'Từ đầu năm đến nay ... ước đạt 92 tỷ đồng, bằng 88% dự toán năm' → estimate, percent 88, period ending at the dateline.",
    "Fee rates 5% and 1% are standing percent figures (no period). 'Dự kiến trong tháng 12 năm nay' → forecast, December 2024.",
]

if __name__ == "__main__":
    write("p1404-8", TEXT, NOTES, FIGS, published="2024-12-16", location="Cần Thơ")
