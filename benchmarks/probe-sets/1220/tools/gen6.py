"""p1220-6: national newspaper, Bát Tràng pottery village short of white clay from Trúc Thôn (Chí Linh)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp
Thứ Năm, 7/3/2024, 06:00 (GMT+7)

Làng gốm Bát Tràng 'khát' đất sét trắng

Giá đất sét trắng từ Trúc Thôn (Hải Dương) về Bát Tràng đã lên 2,1 triệu đồng mỗi tấn, khiến nhiều lò gốm phải thu hẹp sản xuất.

Xưởng gốm của anh Phạm Văn Thắng ở thôn 3, xã Bát Tràng, huyện Gia Lâm (Hà Nội) mỗi tháng dùng khoảng 30 tấn đất sét trắng. Tháng 1/2023, anh mua với giá 1,6 triệu đồng một tấn, nay tăng thêm 500.000 đồng. "Riêng tiền đất mỗi tháng đã hơn 60 triệu đồng, chưa kể gas nung", anh nói. Xưởng hiện có 14 thợ, ít hơn hai người so với năm ngoái.

Theo UBND xã Bát Tràng, làng hiện có khoảng 1.000 hộ làm gốm với gần 2.500 lò nung, mỗi năm tiêu thụ từ 40.000 đến 45.000 tấn đất sét. Khoảng 80% lượng đất sét trắng được mua từ mỏ Trúc Thôn, thành phố Chí Linh; phần còn lại lấy từ Phú Thọ, Yên Bái và Lâm Đồng.

Ông Nguyễn Đức Hòa, Phó giám đốc công ty khai thác mỏ Trúc Thôn, cho biết năm 2023 mỏ chỉ khai thác được 62.000 tấn, đạt 69% công suất thiết kế, do khu vực được cấp phép đã thu hẹp còn 18,5 ha. Trữ lượng còn lại của mỏ ước khoảng 1,7 triệu tấn, đủ khai thác thêm khoảng 25 năm.

Theo Tổng cục Hải quan, năm 2023 cả nước xuất khẩu gốm sứ đạt khoảng 610 triệu USD, giảm 7% so với năm 2022. Các nghệ nhân cho rằng nếu nguồn đất ổn định, giá thành sản phẩm Bát Tràng có thể giảm từ 10 đến 15%.

Gia Chính
"""

M1 = P("Tháng 1/2023", "2023-01-01", "2023-01-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23n = P("năm 2023", "2023-01-01", "2023-12-31")
WS = "xưởng gốm của anh Phạm Văn Thắng"

FIGS = [
    F("lên 2,1 triệu", "2,1", 2100000, "money", "đồng/tấn",
      subject="giá đất sét trắng từ Trúc Thôn về Bát Tràng"),
    F("khoảng 30 tấn", "30", 30, "measure", "tấn", approx="about",
      subject="đất sét trắng " + WS + " dùng mỗi tháng"),
    F("giá 1,6 triệu", "1,6", 1600000, "money", "đồng/tấn", subject="giá mua đất sét trắng", period=M1),
    F("thêm 500.000 đồng", "500.000", 500000, "money", "đồng", subject="giá đất sét trắng tăng thêm"),
    F("hơn 60 triệu", "60", 60000000, "money", "đồng", approx="over", subject="tiền đất mỗi tháng"),
    F("có 14 thợ", "14", 14, "count", "thợ", change=C("decrease", 2, "người", "năm ngoái"),
      subject="thợ của xưởng"),
    F("khoảng 1.000 hộ", "1.000", 1000, "count", "hộ", approx="about", subject="hộ làm gốm"),
    F("gần 2.500 lò", "2.500", 2500, "count", "lò nung", approx="nearly", subject="lò nung"),
    F("từ 40.000 đến 45.000", "40.000", 40000, "measure", "tấn", value_max=45000,
      subject="đất sét tiêu thụ mỗi năm"),
    F("Khoảng 80%", "80", 80, "percent", "%", approx="about",
      subject="lượng đất sét trắng mua từ mỏ Trúc Thôn"),
    F("được 62.000 tấn", "62.000", 62000, "measure", "tấn", percent=69,
      subject="sản lượng khai thác mỏ Trúc Thôn", period=Y23, location="Chí Linh"),
    F("còn 18,5 ha", "18,5", 18.5, "measure", "ha", subject="khu vực mỏ Trúc Thôn được cấp phép",
      location="Chí Linh"),
    F("khoảng 1,7 triệu", "1,7", 1700000, "measure", "tấn", approx="about", status="estimate",
      subject="trữ lượng còn lại của mỏ Trúc Thôn", location="Chí Linh"),
    F("thêm khoảng 25 năm", "25", 25, "measure", "năm", approx="about", status="estimate",
      subject="thời gian khai thác thêm của mỏ Trúc Thôn", location="Chí Linh"),
    F("khoảng 610 triệu", "610", 610000000, "money", "USD", approx="about",
      change=C("decrease", 7, "%", "năm 2022"), subject="xuất khẩu gốm sứ", period=Y23n, location="Việt Nam"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, status="forecast",
      subject="giá thành sản phẩm Bát Tràng có thể giảm"),
]

NOTES = [
    "National newspaper: 'Thứ Năm, 7/3/2024, 06:00 (GMT+7)', byline 'Gia Chính' at the end → published 2024-03-07.",
    "Default location Gia Lâm: Bát Tràng is a commune of huyện Gia Lâm (Hà Nội), named in the second paragraph; the village and workshop",
    "figures describe it. The Trúc Thôn mine (thành phố Chí Linh, Hải Dương) → Chí Linh; national exports → Việt Nam.",
    "Distractors: 'thôn 3', time 06:00, 'GMT+7', 'Tháng 1/2023' (a period).",
    "'2,1 triệu đồng mỗi tấn', '1,6 triệu đồng một tấn' are prices per tonne (unit đồng/tấn; 'một tấn' is the denominator, not a figure).",
    "'nay tăng thêm 500.000 đồng' has no base amount in its clause: a money figure of its own. 'ít hơn hai người so với năm ngoái' is the change of 14 thợ.",
    "'ước khoảng 1,7 triệu tấn' → about + estimate; 'đủ khai thác thêm khoảng 25 năm' continues it (a measure, not a period).",
    "'có thể giảm từ 10 đến 15%' is the craftsmen's projection (forecast).",
]

if __name__ == "__main__":
    write("p1220-6", TEXT, NOTES, FIGS, published="2024-03-07", location="Gia Lâm")
