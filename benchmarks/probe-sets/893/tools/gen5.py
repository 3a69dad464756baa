"""p893-5: Báo Đà Nẵng (Party/city newspaper) - empty rooms around Hòa Khánh industrial park, late 2023."""
from lib import F, P, I, C, T, build

TEXT = """
Xã hội

Nhà trọ công nhân ở Liên Chiểu vắng khách

Những tháng cuối năm, nhiều dãy trọ quanh Khu công nghiệp Hòa Khánh (quận Liên Chiểu) treo biển cho thuê. Bà Lê Thị Ba, chủ dãy trọ 24 phòng ở kiệt 112 Nguyễn Lương Bằng, cho biết hiện chỉ còn 15 phòng có người thuê, dù giá đã giảm từ 1,3 triệu xuống 1,1 triệu đồng/phòng/tháng.

Theo UBND phường Hòa Khánh Bắc, trên địa bàn phường có 1.150 hộ kinh doanh nhà trọ với khoảng 9.600 phòng; tỷ lệ phòng trống hiện khoảng 25-30%, cao hơn nhiều so với mức 10% của năm 2022.

Theo Ban Quản lý các khu công nghệ cao và các khu công nghiệp Đà Nẵng, 10 tháng năm 2023, số lao động tại các khu công nghiệp giảm 6.420 người so với cuối năm 2022, xuống còn khoảng 76.500 người. Trong đó, lao động ngoại tỉnh chiếm khoảng 40%, phần lớn thuê trọ gần nơi làm việc.

Để giảm chi phí cho công nhân, thành phố đã đưa vào sử dụng 6 khu chung cư dành cho công nhân với 2.254 căn hộ, giá thuê khoảng 600.000-900.000 đồng/căn/tháng. Năm 2024, thành phố dự kiến bố trí thêm khoảng 1.000 căn hộ nhà ở xã hội cho công nhân thuê tại khu chung cư Hòa Hiệp 3.

Dịp này, Liên đoàn Lao động thành phố trao 320 suất quà, mỗi suất trị giá 500.000 đồng, cho công nhân ở trọ có hoàn cảnh khó khăn. Anh Nguyễn Văn Sáu, một công nhân quê Quảng Nam thuê trọ tại phường Hòa Khánh Nam, cho biết tiền trọ, điện nước mỗi tháng của gia đình anh hết gần 2 triệu đồng, chiếm khoảng 30% thu nhập.

MAI QUẾ
18/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LC = "Liên Chiểu"

FIGS = [
    F("dãy trọ 24 phòng", "24", 24, "count", "phòng", "phòng của dãy trọ", location=LC),
    F("còn 15 phòng", "15", 15, "count", "phòng", "phòng có người thuê", location=LC),
    F("từ 1,3 triệu", "1,3", 1300000, "money", "đồng/phòng/tháng", "giá thuê phòng trước khi giảm", location=LC),
    F("xuống 1,1 triệu", "1,1", 1100000, "money", "đồng/phòng/tháng", "giá thuê phòng sau khi giảm", location=LC),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ kinh doanh nhà trọ", location=LC),
    F("khoảng 9.600 phòng", "9.600", 9600, "count", "phòng", "phòng trọ", approx="about", location=LC),
    F("khoảng 25-30%", "25", 25, "percent", "%", "tỷ lệ phòng trống", value_max=30, approx="about", location=LC),
    F("mức 10% của năm 2022", "10", 10, "percent", "%", "tỷ lệ phòng trống",
      P("năm 2022", "2022-01-01", "2022-12-31"), location=LC),
    F("khoảng 76.500 người", "76.500", 76500, "count", "người", "lao động tại các khu công nghiệp", M10,
      approx="about", change=C("decrease", 6420, "người", "cuối năm 2022")),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "lao động ngoại tỉnh", I(M10), approx="about"),
    F("sử dụng 6 khu chung cư", "6", 6, "count", "khu chung cư", "khu chung cư dành cho công nhân"),
    F("với 2.254 căn hộ", "2.254", 2254, "count", "căn hộ", "căn hộ chung cư dành cho công nhân"),
    F("khoảng 600.000-900.000", "600.000", 600000, "money", "đồng/căn/tháng",
      "giá thuê căn hộ chung cư công nhân", value_max=900000, approx="about"),
    F("khoảng 1.000 căn hộ", "1.000", 1000, "count", "căn hộ", "căn hộ nhà ở xã hội cho công nhân thuê", Y24,
      approx="about", status="forecast"),
    F("trao 320 suất quà", "320", 320, "count", "suất quà", "suất quà cho công nhân ở trọ có hoàn cảnh khó khăn"),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", "trị giá mỗi suất quà"),
    F("gần 2 triệu đồng", "2", 2000000, "money", "đồng/tháng", "tiền trọ, điện nước mỗi tháng của gia đình công nhân",
      approx="nearly", percent=30, location=LC),
]

NOTES = [
    "Báo Đà Nẵng: nhà trọ quanh KCN Hòa Khánh (quận Liên Chiểu) vắng khách; byline MAI QUẾ and bare date 18/11/2023 at the end.",
    "Location: figures of the boarding houses, the wards Hòa Khánh Bắc/Nam and the landlord are 'Liên Chiểu' (district); the",
    "city-wide figures (Ban Quản lý, Liên đoàn Lao động thành phố, chung cư công nhân) are 'Đà Nẵng'.",
    "'giảm từ 1,3 triệu xuống 1,1 triệu': both prices are figures (the old one a figure of its own, no change value is stated).",
    "'giảm 6.420 người so với cuối năm 2022, xuống còn khoảng 76.500 người': the figure is the level 76.500 with the fall as its change.",
    "'mỗi tháng' and 'mỗi suất' go into the unit (đồng/tháng, đồng/suất); 'chiếm khoảng 30% thu nhập' is the share of the 2 triệu.",
    "Distractors: kiệt 112 Nguyễn Lương Bằng, Hòa Hiệp 3 (a name), Lê Thị Ba / Nguyễn Văn Sáu (names with number words), 18/11/2023.",
    "'cao hơn nhiều so với mức 10% của năm 2022' gives no change value; the 10% is its own figure with period 2022.",
]

build("p893-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Đà Nẵng")
