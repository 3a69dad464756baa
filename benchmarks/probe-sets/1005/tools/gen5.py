"""p1005-5: Báo Nghệ An (Party paper), overloaded trucks wreck roads in western Nghệ An, 10 months of 2023."""
from lib import F, P, C, T, build

TEXT = """Xe quá tải "băm nát" đường giao thông miền Tây Nghệ An

Những tháng gần đây, trên Quốc lộ 48, Quốc lộ 7 và đường tỉnh 545, tình trạng xe chở đá, gỗ keo, mía quá tải lưu thông diễn ra khá phổ biến, khiến nhiều đoạn đường xuống cấp nghiêm trọng.

Theo Thanh tra Sở Giao thông vận tải Nghệ An, 10 tháng đầu năm 2023, lực lượng chức năng đã kiểm tra 3.918 phương tiện, xử lý 1.104 xe vi phạm tải trọng, phạt tiền 9,7 tỷ đồng, tăng 18% so với cùng kỳ. Trong đó, các huyện Quỳ Hợp, Nghĩa Đàn và thị xã Thái Hòa có số xe vi phạm nhiều nhất, lần lượt 312, 247 và 168 xe.

Đoạn Quốc lộ 48 qua huyện Quỳ Hợp dài khoảng 26 km nhiều chỗ hằn lún sâu 10-15 cm, ổ gà nối tiếp nhau. Năm 2023, tỉnh đã bố trí 45 tỷ đồng để sửa chữa các tuyến đường ở miền Tây, nhưng chỉ sau vài tháng mặt đường lại hư hỏng.

Một tài xế ở xã Châu Quang (huyện Quỳ Hợp) thừa nhận, chở vượt khoảng 20 tấn thì mỗi chuyến kiếm thêm 1,5 triệu đồng, trong khi mức phạt với lái xe chở quá tải trên 50% đến 100% là từ 7 đến 8 triệu đồng, nên nhiều chủ xe vẫn chấp nhận rủi ro.

Ông Hồ Văn Bảy, Chánh Thanh tra Sở GTVT cho biết, từ nay đến cuối năm, Sở dự kiến bố trí 4 tổ cân lưu động trực 24/24 giờ tại các điểm nóng, đồng thời đề nghị các mỏ đá lắp camera tại cổng ra vào theo Thông tư số 12/2022/TT-BGTVT.

THANH LÊ
18/11/2023
"""

M10 = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
M10i = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31", inherited=True)

FIGS = [
    F("kiểm tra 3.918 phương tiện", "3.918", 3918, "count", "phương tiện", "phương tiện được kiểm tra", period=M10),
    F("xử lý 1.104 xe", "1.104", 1104, "count", "xe", "xe vi phạm tải trọng bị xử lý", period=M10),
    F("phạt tiền 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "tiền phạt",
      change=C("increase", 18, "%", "cùng kỳ"), period=M10),
    F("lần lượt 312", "312", 312, "count", "xe", "số xe vi phạm", total=1104, location="Quỳ Hợp", period=M10i),
    F("312, 247 và", "247", 247, "count", "xe", "số xe vi phạm", total=1104, location="Nghĩa Đàn", period=M10i),
    F("và 168 xe", "168", 168, "count", "xe", "số xe vi phạm", total=1104, location="Thái Hòa", period=M10i),
    F("khoảng 26 km", "26", 26, "measure", "km", "chiều dài đoạn Quốc lộ 48", approx="about",
      location="Quỳ Hợp"),
    F("sâu 10-15 cm", "10", 10, "measure", "cm", "độ sâu hằn lún", value_max=15, location="Quỳ Hợp"),
    F("bố trí 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí sửa chữa các tuyến đường ở miền Tây",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn", "khối lượng hàng chở vượt", approx="about", location="Quỳ Hợp"),
    F("thêm 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng/chuyến", "tiền kiếm thêm mỗi chuyến", location="Quỳ Hợp"),
    F("trên 50% đến 100%", "50", 50, "percent", "%", "mức quá tải", value_max=100, approx="over", optional=True),
    F("từ 7 đến 8 triệu đồng", "7", 7e6, "money", "đồng", "mức phạt với lái xe chở quá tải trên 50% đến 100%",
      value_max=8e6, optional=True),
    F("bố trí 4 tổ cân", "4", 4, "count", "tổ cân lưu động", "tổ cân lưu động", status="forecast",
      period=P("từ nay đến cuối năm", "2023-11-18", "2023-12-31")),
]

build("p1005-5", TEXT, FIGS, published="2023-11-18", location="Nghệ An", comments=[
    "Báo Nghệ An (invented): overloaded trucks on Quốc lộ 48 / Quốc lộ 7; byline 'THANH LÊ' and bare date '18/11/2023' at the end.",
    "Not figures: Quốc lộ 48, Quốc lộ 7, đường tỉnh 545, 'Hồ Văn Bảy' (name), '24/24 giờ' (round the clock), Thông tư số 12/2022/TT-BGTVT.",
    "'Trong đó … lần lượt 312, 247 và 168 xe' are parts of the 1.104 xe (a list sharing one indicator, districts as location).",
    "The driver's statements are located in Quỳ Hợp (xã Châu Quang, huyện Quỳ Hợp); '1,5 triệu đồng' per trip → unit đồng/chuyến.",
    "The legal fine frame 'từ 7 đến 8 triệu đồng' for a class 'trên 50% đến 100%' describes a rule, not an event: both optional.",
    "'từ nay đến cuối năm' with 'dự kiến' → forecast; period from the article date to 2023-12-31.",
])
