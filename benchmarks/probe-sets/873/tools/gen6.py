"""p873-6: national newspaper, Chợ Lớn votive-paper market (TP HCM) before Rằm tháng Bảy 2023."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 26/8/2023, 08:15 (GMT+7)

Vàng mã 'hàng hiệu' ế ẩm trước Rằm tháng Bảy

Sức mua vàng mã tại khu Chợ Lớn giảm 20-30% so với năm ngoái, nhiều tiểu thương phải hạ giá để đẩy hàng.

Dọc đường Hải Thượng Lãn Ông và Phùng Hưng (quận 5, TP HCM), hơn 70 sạp hàng mã bày kín lối đi. Bà Lý Mỹ Lan, chủ một sạp có thâm niên 30 năm, cho biết năm nay doanh thu mỗi ngày chỉ khoảng 5-6 triệu đồng, bằng 60% cùng kỳ. Mọi năm, sạp thuê thêm 2 người phụ bán, năm nay bà tự xoay xở.

Các mặt hàng "công nghệ" như điện thoại, máy tính bảng bằng giấy có giá 35.000-80.000 đồng một chiếc; bộ biệt thự kèm xe hơi, người hầu có giá 2,5 triệu đồng. Giá giấy đầu vào tăng khoảng 15%, khiến giá bán trung bình nhích thêm 5.000-10.000 đồng mỗi món.

Theo Ban quản lý chợ Bình Tây, 7 tháng đầu năm 2023, các hộ kinh doanh hàng mã trong chợ đạt doanh thu khoảng 42 tỷ đồng, giảm 18% so với cùng kỳ. Số hộ đăng ký kinh doanh mặt hàng này giảm từ 64 hộ xuống còn 51 hộ.

Ở phía Bắc, phố Hàng Mã (Hà Nội) cũng vắng khách hơn mọi năm. Một khảo sát trực tuyến của báo với hơn 1.200 độc giả cả nước cho thấy 46% người dưới 35 tuổi không còn đốt vàng mã hoặc chỉ đốt tượng trưng.

Theo ước tính của Hiệp hội Giấy và Bột giấy Việt Nam, mỗi năm cả nước tiêu thụ khoảng 45.000 tấn giấy cho sản xuất hàng mã.

Hoài Thương
"""

HCM = "TP Hồ Chí Minh"
VN = "Việt Nam"
Q5 = "Quận 5"  # revised: district named in the text, as p873-1/2 use the district
NAMNAY = P("năm nay", "2023-01-01", "2023-12-31")
Y7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")

FIGS = [
    F("giảm 20-30%", "20", 20, "percent", "%", "sức mua vàng mã tại khu Chợ Lớn giảm", value_max=30),
    F("hơn 70 sạp", "70", 70, "count", "sạp", "sạp hàng mã", approx="over", location=Q5),
    F("thâm niên 30 năm", "30", 30, "measure", "năm", "thâm niên của sạp", optional=True, location=Q5),
    F("khoảng 5-6 triệu đồng", "5", 5e6, "money", "đồng", "doanh thu mỗi ngày của sạp",
      value_max=6e6, approx="about", percent=60, period=NAMNAY, location=Q5),
    F("thêm 2 người", "2", 2, "count", "người", "người phụ bán sạp thuê thêm mọi năm", location=Q5),
    F("giá 35.000-80.000 đồng", "35.000", 35000, "money", "đồng/chiếc", "giá điện thoại, máy tính bảng bằng giấy",
      value_max=80000),
    F("giá 2,5 triệu đồng", "2,5", 2.5e6, "money", "đồng", "giá bộ biệt thự kèm xe hơi, người hầu"),
    F("tăng khoảng 15%", "15", 15, "percent", "%", "giá giấy đầu vào tăng", approx="about"),
    F("thêm 5.000-10.000 đồng", "5.000", 5000, "money", "đồng/món", "giá bán trung bình nhích thêm", value_max=10000),
    F("khoảng 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu của các hộ kinh doanh hàng mã trong chợ Bình Tây",
      approx="about", change=C("decrease", 18, "%", "cùng kỳ"), period=Y7),
    F("từ 64 hộ", "64", 64, "count", "hộ", "hộ đăng ký kinh doanh hàng mã trước đây"),
    F("còn 51 hộ", "51", 51, "count", "hộ", "hộ đăng ký kinh doanh hàng mã"),
    F("hơn 1.200 độc giả", "1.200", 1200, "count", "độc giả", "độc giả tham gia khảo sát", approx="over", location=VN),
    F("46% người", "46", 46, "percent", "%", "người dưới 35 tuổi không còn đốt vàng mã hoặc chỉ đốt tượng trưng",
      location=VN),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", "độ tuổi", approx="under", optional=True, location=VN),
    F("khoảng 45.000 tấn", "45.000", 45000, "measure", "tấn", "giấy tiêu thụ cho sản xuất hàng mã mỗi năm",
      approx="about", status="estimate", location=VN),
]

NOTES = [
    "National newspaper: votive-paper market in Chợ Lớn (quận 5, TP HCM) before Rằm tháng Bảy; dateline 'Thứ bảy, 26/8/2023, 08:15 (GMT+7)'.",
    "revised after the first run: the stalls on Hải Thượng Lãn Ông / Phùng Hưng '(quận 5, TP HCM)' and Bà Lan's stall take the district Quận 5,",
    "the convention used for Song Hồ (Thuận Thành) and Phúc Am (Thường Tín) in this set; the first gold had TP Hồ Chí Minh there.",
    "Other market figures: location TP Hồ Chí Minh (written 'TP HCM'). The reader survey ('độc giả cả nước') and the paper association's estimate ('cả nước'): Việt Nam.",
    "'giảm 20-30%', 'tăng khoảng 15%': rates with no base amount, percent figures. 'bằng 60% cùng kỳ' is the share of the 5-6 triệu đồng range.",
    "'giảm từ 64 hộ xuống còn 51 hộ': two levels, each a count figure (not a range, no change value written).",
    "'nhích thêm 5.000-10.000 đồng mỗi món' is an increase amount with no base: a money figure of its own. 'có giá 35.000-80.000 đồng một chiếc': đồng/chiếc.",
    "Optional: 'thâm niên 30 năm' (a stall's description), 'dưới 35 tuổi' (a category threshold).",
    "Not figures: 08:15, GMT+7, quận 5, Rằm tháng Bảy, 'Mọi năm'/'năm nay' as periods only.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2023-08-26", location=HCM)
