from lib import build, F, P, C, T

text = """Báo Sóc Trăng
Kinh tế

Giá tôm nguyên liệu giảm, người nuôi gặp khó

THANH PHONG

(STO) - Tính đến ngày 30/9/2024, toàn tỉnh đã thả nuôi 48.620 ha tôm nước lợ, đạt 92,7% kế hoạch; trong đó tôm thẻ chân trắng 39.850 ha, tôm sú 8.770 ha. Sản lượng thu hoạch đạt khoảng 156.000 tấn.

Các huyện, thị xã có diện tích nuôi lớn là Trần Đề (15.230 ha), thị xã Vĩnh Châu (14.905 ha), Mỹ Xuyên (9.870 ha) và Cù Lao Dung (3.120 ha).

Theo khảo sát của phóng viên tại ấp Huỳnh Thu, xã Lịch Hội Thượng, hiện giá tôm thẻ chân trắng loại 100 con/kg được thương lái thu mua 90.000-92.000 đồng/kg, giảm từ 8.000 đến 10.000 đồng/kg so với tháng 6; tôm thẻ loại 50 con/kg giá 128.000 đồng/kg; tôm sú loại 30 con/kg khoảng 200.000 đồng/kg. Trong khi đó, chi phí thức ăn chiếm khoảng 60-65% giá thành nuôi.

Anh Trần Văn Tư, ngụ ấp 3, xã Vĩnh Hải, cho biết gia đình thả nuôi 4 ao tôm thẻ, tổng diện tích 1,2 ha, nhưng vụ này lãi chưa tới 50 triệu đồng do giá giảm.

Ông Lâm Văn Hải, Phó Giám đốc Sở NN&PTNT cho biết, năm 2024 tỉnh đặt kế hoạch thả nuôi 52.450 ha tôm nước lợ, sản lượng 210.000 tấn. Hiện tỉnh có 19 nhà máy chế biến thủy sản, tổng công suất khoảng 250.000 tấn thành phẩm/năm, nhưng mới hoạt động khoảng 70% công suất do thiếu nguyên liệu.

Để hỗ trợ người nuôi, Sở khuyến cáo thả nuôi đúng lịch thời vụ; thông tin kỹ thuật liên hệ Chi cục Thủy sản, số 16 đường Phan Đình Phùng, điện thoại 0299.3821.574.

04/10/2024
"""

TD = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TDi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("thả nuôi 48.620 ha", "48.620", 48620, "measure", "ha", "diện tích thả nuôi tôm nước lợ", percent=92.7, period=TD),
    F("chân trắng 39.850 ha", "39.850", 39850, "measure", "ha", "diện tích thả nuôi tôm thẻ chân trắng", total=48620, period=TD),
    F("tôm sú 8.770 ha", "8.770", 8770, "measure", "ha", "diện tích thả nuôi tôm sú", total=48620, period=TD),
    F("khoảng 156.000 tấn", "156.000", 156000, "measure", "tấn", "sản lượng tôm thu hoạch", approx="about", period=TDi),
    F("(15.230 ha)", "15.230", 15230, "measure", "ha", "diện tích nuôi tôm", location="Trần Đề", period=TDi),
    F("(14.905 ha)", "14.905", 14905, "measure", "ha", "diện tích nuôi tôm", location="Vĩnh Châu", period=TDi),
    F("(9.870 ha)", "9.870", 9870, "measure", "ha", "diện tích nuôi tôm", location="Mỹ Xuyên", period=TDi),
    F("(3.120 ha)", "3.120", 3120, "measure", "ha", "diện tích nuôi tôm", location="Cù Lao Dung", period=TDi),
    F("thẻ chân trắng loại 100 con/kg", "100", 100, "measure", "con/kg", "cỡ tôm thẻ chân trắng", optional=True),
    F("thu mua 90.000-92.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá tôm thẻ chân trắng loại 100 con/kg thương lái thu mua",
      value_max=92000, change=C("decrease", 8000, "đồng/kg", "tháng 6")),
    F("loại 50 con/kg", "50", 50, "measure", "con/kg", "cỡ tôm thẻ", optional=True),
    F("giá 128.000 đồng/kg", "128.000", 128000, "money", "đồng/kg", "giá tôm thẻ loại 50 con/kg"),
    F("loại 30 con/kg", "30", 30, "measure", "con/kg", "cỡ tôm sú", optional=True),
    F("khoảng 200.000 đồng/kg", "200.000", 200000, "money", "đồng/kg", "giá tôm sú loại 30 con/kg", approx="about"),
    F("khoảng 60-65%", "60", 60, "percent", "%", "chi phí thức ăn trong giá thành nuôi", value_max=65, approx="about"),
    F("nuôi 4 ao", "4", 4, "count", "ao", "ao tôm thẻ của gia đình anh Trần Văn Tư"),
    F("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", "tổng diện tích ao tôm của gia đình anh Trần Văn Tư"),
    F("chưa tới 50 triệu đồng", "50", 50e6, "money", "đồng", "lãi vụ nuôi của gia đình anh Trần Văn Tư", approx="under"),
    F("nuôi 52.450 ha", "52.450", 52450, "measure", "ha", "kế hoạch thả nuôi tôm nước lợ", status="target", period=Y24),
    F("sản lượng 210.000 tấn", "210.000", 210000, "measure", "tấn", "sản lượng tôm nước lợ", status="target", period=Y24),
    F("có 19 nhà máy", "19", 19, "count", "nhà máy", "nhà máy chế biến thủy sản"),
    F("khoảng 250.000 tấn", "250.000", 250000, "measure", "tấn/năm", "tổng công suất thành phẩm nhà máy chế biến thủy sản",
      approx="about"),
    F("khoảng 70% công suất", "70", 70, "percent", "%", "công suất hoạt động của nhà máy chế biến thủy sản", approx="about"),
]

comments = """
Báo Sóc Trăng (Party newspaper): brackish shrimp farming to 30/9/2024, districts, raw shrimp prices by size, a farmer's case, 2024 plan,
processing plants. Byline at the top (THANH PHONG), bare date '04/10/2024' at the end (taken as the article's date). '(STO)' implies Sóc Trăng.
Distractors: 'ấp 3', 'ấp Huỳnh Thu, xã Lịch Hội Thượng', 'số 16 đường Phan Đình Phùng', phone 0299.3821.574, 'tháng 6' (baseline only).
'Tính đến ngày 30/9/2024' is an as-of date (start null). 'đạt 92,7% kế hoạch' is the area's share; the two species after 'trong đó' are parts.
District list: district names go to location, subject is the list's indicator; period inherited.
Size grades (100/50/30 con/kg) are optional. Price range '90.000-92.000' carries the change 'giảm từ 8.000 đến 10.000 đồng/kg so với tháng 6'
(a change has one value: the lower end 8.000). 'chiếm khoảng 60-65% giá thành' is a percent range of its own.
The farmer's 4 ponds, 1,2 ha and 'lãi chưa tới 50 triệu đồng' are stated facts (location Sóc Trăng; the commune is not a district).
'đặt kế hoạch thả nuôi 52.450 ha ..., sản lượng 210.000 tấn' are targets for 2024.
Revised: capacity unit 'tấn thành phẩm/năm' -> 'tấn/năm' (shortest unit, as p426-1 '320.000 tấn/năm'; the product goes to the subject).
"""

build("p426-5", text, comments, figs, published="2024-10-04", location="Sóc Trăng")
