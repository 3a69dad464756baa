"""p1048-5: Báo Phú Thọ (provincial Party paper), deer farming in Thanh Sơn district; byline and bare date at the end."""
from lib import F, write, period, inherit, change

TEXT = """Hươu sao "mở lối" thoát nghèo ở Thanh Sơn

Những năm gần đây, nhiều hộ dân ở huyện Thanh Sơn đã mạnh dạn chuyển sang nuôi hươu sao lấy nhung. Toàn huyện hiện có 214 hộ nuôi với tổng đàn gần 1.300 con, gấp 2,5 lần so với năm 2018.

Xã Tân Minh là địa phương có nhiều hộ nuôi nhất với 63 hộ, 410 con. Anh Hà Văn Sáu ở khu 5, xã Tân Minh cho biết, năm 2017 gia đình anh mua 4 con giống về nuôi, đến nay đàn hươu đã lên 26 con. Mỗi năm, gia đình cắt được khoảng 12 kg nhung, sau khi trừ chi phí còn lãi trên 150 triệu đồng.

Theo ông Đinh Công Bốn, Trưởng phòng Nông nghiệp và PTNT huyện, năm 2023 giá nhung hươu giảm mạnh, chỉ còn 1,2-1,5 triệu đồng/lạng, giảm khoảng 20-25% so với năm 2022; giá hươu giống cũng xuống còn 8-10 triệu đồng/con. Dù vậy, thu nhập của lao động nuôi hươu vẫn đạt bình quân 6,5 triệu đồng/người/tháng.

Để giữ vững đàn, huyện đã hỗ trợ thành lập Hợp tác xã Hươu sao Tân Minh với 21 thành viên, kết nối tiêu thụ với 3 doanh nghiệp dược phẩm. Các hộ nuôi dọc Quốc lộ 32A còn kết hợp bán nhung tươi, nhung ngâm rượu cho khách du lịch về thăm vùng chè và đền thờ ở địa phương.

Mục tiêu đến năm 2025, toàn huyện có 1.800 con hươu, trong đó xã Tân Minh chiếm khoảng 40%.

Đinh Tú
18/10/2023
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", end="2025-12-31")

FIGS = [
    F("có 214 hộ", "214", 214, "count", "hộ", "hộ nuôi hươu sao"),
    F("gần 1.300 con", "1.300", 1300, "count", "con", "tổng đàn hươu sao", approx="nearly",
      change=change("increase", 2.5, "lần", "năm 2018")),
    F("với 63 hộ", "63", 63, "count", "hộ", "hộ nuôi hươu xã Tân Minh"),
    F("hộ, 410 con", "410", 410, "count", "con", "đàn hươu xã Tân Minh"),
    F("mua 4 con giống", "4", 4, "count", "con", "hươu giống gia đình anh Hà Văn Sáu mua về nuôi",
      period=period("năm 2017", "2017-01-01", "2017-12-31")),
    F("lên 26 con", "26", 26, "count", "con", "đàn hươu của gia đình anh Hà Văn Sáu",
      period=period("đến nay", end="2023-10-18")),
    F("khoảng 12 kg", "12", 12, "measure", "kg", "nhung gia đình cắt được mỗi năm", approx="about"),
    F("trên 150 triệu đồng", "150", 150e6, "money", "đồng", "lãi sau khi trừ chi phí", approx="over"),
    F("còn 1,2-1,5 triệu", "1,2", 1200000, "money", "đồng/lạng", "giá nhung hươu", value_max=1500000,
      change=change("decrease", 20, "%", "năm 2022", "about"), period=Y23),
    F("còn 8-10 triệu", "8", 8000000, "money", "đồng/con", "giá hươu giống", value_max=10000000, period=Y23),
    F("bình quân 6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập của lao động nuôi hươu",
      period=inherit(Y23)),
    F("với 21 thành viên", "21", 21, "count", "thành viên", "thành viên Hợp tác xã Hươu sao Tân Minh"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp dược phẩm kết nối tiêu thụ"),
    F("có 1.800 con", "1.800", 1800, "count", "con", "tổng đàn hươu", status="target", period=T25),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "đàn hươu xã Tân Minh trong tổng đàn của huyện", approx="about",
      status="target", period=T25),
]

NOTES = [
    "Probe 1048-5: Báo Phú Thọ style feature, byline 'Đinh Tú' and bare date '18/10/2023' at the end. Location Thanh Sơn (district;",
    "xã Tân Minh lies in it). 'gấp 2,5 lần so với năm 2018' is the change of 1.300 con. 'đến nay' -> as-of the article date;",
    "'năm 2017 ... mua 4 con giống' -> period năm 2017. Bare 'hiện' -> no period. 'giảm khoảng 20-25%' -> change 20 (about).",
    "'chiếm khoảng 40%' (share of Tân Minh in the target herd) is a percent figure of its own, status target.",
    "Not figures: khu 5, Hà Văn Sáu, Đinh Công Bốn, Quốc lộ 32A, năm 2018/2017 as dates, 18/10/2023.",
]

write(5, TEXT, FIGS, NOTES, published="2023-10-18", location="Thanh Sơn")
