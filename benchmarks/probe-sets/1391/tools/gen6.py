"""p1391-6: national newspaper: Hàng Mã street (Hà Nội) Christmas goods, weak demand, December 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ bảy, 16/12/2023, 09:15 (GMT+7)

Phố Hàng Mã vắng khách mua đồ Noel

Sức mua đồ trang trí Giáng sinh tại phố Hàng Mã (Hà Nội) giảm 20-30% so với năm ngoái dù giá nhiều mặt hàng gần như đi ngang.

Chị Lê Thu Hà, chủ một cửa hàng ở số 38 Hàng Mã, cho biết từ đầu tháng 12 đến nay cửa hàng chỉ bán được khoảng 40 cây thông mỗi ngày, giảm khoảng 40% so với cùng kỳ. Cây thông nhựa cao 1,8 m giá 850.000 đồng, loại 2,4 m giá 1,6 triệu đồng; bộ quả châu 24 quả giá 90.000 đồng.

"Khách chủ yếu xem, chụp ảnh rồi về, người mua thường chọn đồ nhỏ dưới 200.000 đồng", chị Hà nói.

Theo khảo sát của phóng viên, trên phố Hàng Mã và Lương Văn Can hiện có khoảng 70 cửa hàng bán đồ Noel, ít hơn 10 cửa hàng so với năm 2022. Ông Phạm Quốc Toản, chủ cửa hàng 15 Lương Văn Can, nói hàng năm nay nhập chủ yếu từ Trung Quốc, chiếm tới 80% số mặt hàng; hàng Việt Nam gồm nến, thiệp, hang đá giấy chỉ chiếm 20%.

Theo Sở Công Thương Hà Nội, năm 2023 thành phố có 32 siêu thị, trung tâm thương mại tổ chức khu trưng bày Giáng sinh; dự kiến doanh thu bán lẻ tháng 12 tăng khoảng 5-7% so với tháng 11. Giỏ quà Tết có giá phổ biến từ 500.000 đồng đến 3 triệu đồng; đơn đặt giỏ quà của doanh nghiệp giảm khoảng 15% so với năm trước.

Minh Anh

Xem thêm:
- Giá vé máy bay Tết Giáp Thìn 2024 tăng cao
- Hà Nội mở thêm phố đi bộ mới dịp cuối năm
"""

SINCE = per("từ đầu tháng 12 đến nay", "2023-12-01", "2023-12-16")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
DEC = per("tháng 12", "2023-12-01", "2023-12-31")

FIGS = [
    fig("giảm 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="sức mua đồ trang trí Giáng sinh tại phố Hàng Mã"),
    fig("khoảng 40 cây", "40", 40, "measure", "cây/ngày", approx="about",
        change=chg("decrease", 40, "%", "cùng kỳ", approx="about"),
        subject="cây thông cửa hàng bán được mỗi ngày", period=SINCE),
    fig("cao 1,8 m", "1,8", 1.8, "measure", "m", subject="chiều cao cây thông nhựa", optional=True),
    fig("giá 850.000", "850.000", 850000, "money", "đồng", subject="giá cây thông nhựa cao 1,8 m"),
    fig("loại 2,4 m", "2,4", 2.4, "measure", "m", subject="chiều cao cây thông nhựa", optional=True),
    fig("giá 1,6 triệu", "1,6", 1.6e6, "money", "đồng", subject="giá cây thông nhựa loại 2,4 m"),
    fig("bộ quả châu 24 quả", "24", 24, "count", "quả", subject="số quả châu trong một bộ", optional=True),
    fig("giá 90.000", "90.000", 90000, "money", "đồng", subject="giá bộ quả châu"),
    fig("dưới 200.000", "200.000", 200000, "money", "đồng", approx="under",
        subject="giá đồ nhỏ người mua thường chọn"),
    fig("khoảng 70 cửa hàng", "70", 70, "count", "cửa hàng", approx="about",
        change=chg("decrease", 10, "cửa hàng", "năm 2022"), subject="cửa hàng bán đồ Noel"),
    fig("chiếm tới 80%", "80", 80, "percent", "%", subject="hàng nhập từ Trung Quốc trong số mặt hàng"),
    fig("chỉ chiếm 20%", "20", 20, "percent", "%", subject="hàng Việt Nam"),
    fig("có 32 siêu thị", "32", 32, "count", "siêu thị, trung tâm thương mại",
        subject="siêu thị, trung tâm thương mại tổ chức khu trưng bày Giáng sinh", period=Y23),
    fig("tăng khoảng 5-7%", "5", 5, "percent", "%", value_max=7, approx="about", status="forecast",
        subject="doanh thu bán lẻ", period=DEC),
    fig("từ 500.000 đồng", "500.000", 500000, "money", "đồng", value_max=3e6, subject="giá giỏ quà Tết"),
    fig("giảm khoảng 15%", "15", 15, "percent", "%", approx="about",
        subject="đơn đặt giỏ quà của doanh nghiệp"),
]

NOTES = [
    "National newspaper: breadcrumb 'Kinh doanh › Hàng hóa', 'Thứ bảy, 16/12/2023, 09:15 (GMT+7)', sapo, quotes, byline, 'Xem thêm'.",
    "Distractors: 09:15, '(GMT+7)', 'số 38 Hàng Mã', '15 Lương Văn Can', 'Giáp Thìn 2024' in a link title",
    "(page furniture, not the article), baselines 'năm ngoái', 'năm 2022', 'tháng 11'.",
    "Location Hà Nội throughout (Hàng Mã, Lương Văn Can; Trung Quốc is a source of goods, not a place).",
    "'khoảng 40 cây thông mỗi ngày' is a per-day rate (measure, cây/ngày); 'giảm khoảng 40% so với cùng kỳ' is its change.",
    "'từ đầu tháng 12 đến nay' ends at the dateline 2023-12-16; 'tháng 12' takes the year of 'năm 2023' earlier in the sentence.",
    "'ít hơn 10 cửa hàng so với năm 2022' is a change (decrease, 10 cửa hàng). 'dưới 200.000 đồng' → approx under.",
    "'chiếm tới 80%': 'tới' is emphasis, exact. Tree heights and 'bộ quả châu 24 quả' describe products: optional.",
    "Growth rates standing as the claim ('giảm 20-30%', 'tăng khoảng 5-7%', 'giảm khoảng 15%') are percent figures, no change.",
]

if __name__ == "__main__":
    write("p1391-6", TEXT, NOTES, FIGS, published="2023-12-16", location="Hà Nội")
