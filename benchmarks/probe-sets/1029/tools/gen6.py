from lib import F, P, I, C, T, build

TEXT = """Thời sự > Nông nghiệp
Thứ bảy, 18/11/2023, 07:30 (GMT+7)

Đàn voi 6 con về phá rẫy sầu riêng ở Đắk Nông

Đàn voi rừng quanh quẩn suốt hai tuần ở xã Đắk Ngo, huyện Tuy Đức, phá hàng chục ha cây trồng, khiến nhiều nông dân mất trắng.

Từ đầu tháng 11 đến nay, đàn voi gồm 6 con, trong đó có 2 con non, nhiều lần từ rừng phòng hộ ra rẫy của người dân thôn 4, xã Đắk Ngo, sát Quốc lộ 14C. Theo UBND xã, voi đã phá khoảng 5 ha cà phê, 3 ha sắn và hơn 400 cây sầu riêng của 17 hộ, ước thiệt hại hơn 1,2 tỷ đồng.

Gia đình ông Điểu K'Lang (55 tuổi) có 1,2 ha sầu riêng 4 năm tuổi, bị voi quật ngã 87 cây. "Mỗi cây đang cho trái bán được 3-4 triệu đồng, giờ coi như mất hết", ông nói.

Theo Chi cục Kiểm lâm Đắk Nông, năm 2022 toàn tỉnh xảy ra 19 vụ voi phá hoại tài sản, còn 10 tháng năm 2023 đã lên tới 31 vụ, chủ yếu ở các huyện Tuy Đức, Đắk Song và Krông Nô. Tỉnh hiện có khoảng 20-25 cá thể voi hoang dã, sống rải rác thành 3-4 đàn nhỏ.

Đắk Nông chưa có chính sách hỗ trợ riêng cho thiệt hại do voi; người dân chỉ được xem xét hỗ trợ theo Nghị định số 02/2017/NĐ-CP với mức tối đa 15 triệu đồng/ha, trong khi một ha sầu riêng kinh doanh cho thu nhập 400-600 triệu đồng mỗi năm.

Theo Chi cục Kiểm lâm, làm 1 km hàng rào điện ở vùng đồi dốc của huyện Tuy Đức tốn khoảng 350-400 triệu đồng, thấp hơn nhiều so với thiệt hại hằng năm. Cả nước hiện có khoảng 30 km hàng rào điện ngăn voi, phần lớn ở Đồng Nai và Đắk Lắk.

Ngọc Oanh
"""

P11 = P("Từ đầu tháng 11 đến nay", "2023-11-01", "2023-11-18")
NOTES = [
    "National newspaper (VnExpress style, 'Thứ bảy, 18/11/2023, 07:30 (GMT+7)'): a herd of 6 elephants in xã Đắk Ngo, huyện Tuy Đức (Đắk Nông).",
    "Commune figures are located Tuy Đức (the district); the headline names Đắk Nông; provincial counts Đắk Nông; the national fence length Việt Nam.",
    "'hàng chục ha' (a vague number word) optional; ages '55 tuổi', '4 năm tuổi' (an example's specification) optional.",
    "'làm 1 km hàng rào … tốn khoảng 350-400 triệu đồng': 1 km is the rate's denominator (unit đồng/km), not a figure.",
    "'một ha sầu riêng … 400-600 triệu đồng mỗi năm': unit đồng/ha/năm. Support cap under the national decree: located Đắk Nông (its farmers).",
    "Distractors: 'hai tuần', thôn 4, Quốc lộ 14C, Nghị định số 02/2017/NĐ-CP, the headline's '6 con' is a figure (headline).",
]
FIGS = [
    F("Đàn voi 6 con", "6", 6, "count", "con", "voi trong đàn về phá rẫy sầu riêng", location="Đắk Nông"),
    F("phá hàng chục ha", "hàng chục", 10, "measure", "ha", "diện tích cây trồng bị voi phá", approx="about",
      location="Tuy Đức", optional=True),
    F("gồm 6 con", "6", 6, "count", "con", "voi trong đàn", P11, location="Tuy Đức"),
    F("có 2 con non", "2", 2, "count", "con", "voi con non trong đàn", P11, total=6, location="Tuy Đức"),
    F("khoảng 5 ha cà phê", "5", 5, "measure", "ha", "diện tích cà phê bị voi phá", I(P11), approx="about",
      location="Tuy Đức"),
    F("3 ha sắn", "3", 3, "measure", "ha", "diện tích sắn bị voi phá", I(P11), location="Tuy Đức"),
    F("hơn 400 cây sầu riêng", "400", 400, "count", "cây sầu riêng", "cây sầu riêng bị voi phá", I(P11),
      approx="over", location="Tuy Đức"),
    F("của 17 hộ", "17", 17, "count", "hộ", "hộ bị voi phá cây trồng", I(P11), location="Tuy Đức"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "thiệt hại do voi phá", I(P11), approx="over",
      status="estimate", location="Tuy Đức"),
    F("(55 tuổi)", "55", 55, "measure", "tuổi", "tuổi ông Điểu K'Lang", location="Tuy Đức", optional=True),
    F("có 1,2 ha sầu riêng", "1,2", 1.2, "measure", "ha", "diện tích sầu riêng của gia đình ông Điểu K'Lang",
      location="Tuy Đức"),
    F("4 năm tuổi", "4", 4, "measure", "năm tuổi", location="Tuy Đức", optional=True),
    F("quật ngã 87 cây", "87", 87, "count", "cây", "cây sầu riêng bị voi quật ngã", location="Tuy Đức"),
    F("bán được 3-4 triệu đồng", "3", 3e6, "money", "đồng/cây", "giá trị mỗi cây sầu riêng đang cho trái",
      value_max=4e6, location="Tuy Đức"),
    F("xảy ra 19 vụ", "19", 19, "count", "vụ", "vụ voi phá hoại tài sản", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("lên tới 31 vụ", "31", 31, "count", "vụ", "vụ voi phá hoại tài sản",
      P("10 tháng năm 2023", "2023-01-01", "2023-10-31")),
    F("khoảng 20-25 cá thể", "20", 20, "count", "cá thể", "cá thể voi hoang dã", approx="about", value_max=25),
    F("thành 3-4 đàn", "3", 3, "count", "đàn", "đàn voi nhỏ", value_max=4),
    F("tối đa 15 triệu đồng/ha", "15", 15e6, "money", "đồng/ha", "mức hỗ trợ thiệt hại theo Nghị định",
      approx="at_most"),
    F("thu nhập 400-600 triệu đồng", "400", 400e6, "money", "đồng/ha/năm", "thu nhập một ha sầu riêng kinh doanh",
      value_max=600e6),
    F("khoảng 350-400 triệu đồng", "350", 350e6, "money", "đồng/km", "chi phí làm hàng rào điện",
      approx="about", value_max=400e6, location="Tuy Đức"),
    F("khoảng 30 km", "30", 30, "measure", "km", "hàng rào điện ngăn voi", approx="about", location="Việt Nam"),
]
build("p1029-6", TEXT, NOTES, FIGS, published="2023-11-18", location="Đắk Nông")
