"""p522-6: national press - TP HCM compensation and land recovery for Vành đai 3."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Giao thông
Thứ tư, 11/9/2024, 06:30 (GMT+7)

TP HCM chi gần 13.800 tỷ đồng bồi thường mặt bằng Vành đai 3

Sau hơn hai năm triển khai, TP HCM đã thu hồi khoảng 372 ha đất để làm đường Vành đai 3, chi trả gần 13.800 tỷ đồng tiền bồi thường, hỗ trợ cho hơn 2.700 hộ dân.

Theo Ban Bồi thường giải phóng mặt bằng thành phố, đến cuối tháng 8/2024, các địa phương đã bàn giao 99,2% mặt bằng cho chủ đầu tư. Trong số 372 ha, TP Thủ Đức, huyện Hóc Môn, Củ Chi và Bình Chánh lần lượt thu hồi 46,9 ha, 98,3 ha, 121,6 ha và 105,2 ha.

Mức bồi thường đất ở cao nhất thuộc về TP Thủ Đức với 53 triệu đồng/m², trong khi đất nông nghiệp được bồi thường từ 1,5 đến 4 triệu đồng/m² tùy vị trí. Mức giá này gấp khoảng 2,5 lần bảng giá đất do UBND thành phố ban hành theo Quyết định 02/2020/QĐ-UBND.

Ngoài tiền bồi thường, thành phố bố trí 5 khu tái định cư với tổng cộng 1.150 nền đất và 860 căn hộ; đến nay mới có 214 hộ nhận nền tái định cư. Nhiều hộ dân ở ấp 3, xã Tân Thạnh Đông (Củ Chi) cho biết muốn nhận tiền để tự lo chỗ ở.

Toàn tuyến Vành đai 3 qua TP HCM dài 47,5 km, tổng mức đầu tư hơn 41.000 tỷ đồng; dự án dự kiến thông xe năm 2026. Trước đó, ngày 18/6/2023, thành phố đã khởi công dự án thành phần 1A tại nút giao Tân Vạn.

Gia Minh
"""

AUG = P("đến cuối tháng 8/2024", None, "2024-08-31")

FIGS = [
    F("chi gần 13.800 tỷ đồng", "13.800", 13800e9, "money", "đồng", approx="nearly",
      subject="bồi thường mặt bằng Vành đai 3"),
    F("khoảng 372 ha", "372", 372, "measure", "ha", approx="about", subject="diện tích đất thu hồi để làm đường Vành đai 3"),
    F("trả gần 13.800 tỷ đồng", "13.800", 13800e9, "money", "đồng", approx="nearly",
      subject="tiền bồi thường, hỗ trợ đã chi trả"),
    F("hơn 2.700 hộ", "2.700", 2700, "count", "hộ", approx="over", subject="hộ dân được chi trả bồi thường, hỗ trợ"),
    F("bàn giao 99,2%", "99,2", 99.2, "percent", "%", subject="mặt bằng đã bàn giao cho chủ đầu tư", period=AUG),
    F("thu hồi 46,9 ha", "46,9", 46.9, "measure", "ha", total=372, subject="diện tích đất thu hồi",
      period=I(AUG), location="Thủ Đức"),
    F("46,9 ha, 98,3 ha", "98,3", 98.3, "measure", "ha", total=372, subject="diện tích đất thu hồi",
      period=I(AUG), location="Hóc Môn"),
    F("121,6 ha", "121,6", 121.6, "measure", "ha", total=372, subject="diện tích đất thu hồi",
      period=I(AUG), location="Củ Chi"),
    F("và 105,2 ha", "105,2", 105.2, "measure", "ha", total=372, subject="diện tích đất thu hồi",
      period=I(AUG), location="Bình Chánh"),
    F("với 53 triệu đồng/m²", "53", 53e6, "money", "đồng/m²", subject="mức bồi thường đất ở cao nhất",
      location="Thủ Đức"),
    F("từ 1,5 đến 4 triệu đồng/m²", "1,5", 1.5e6, "money", "đồng/m²", value_max=4e6,
      subject="mức bồi thường đất nông nghiệp"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", approx="about",
      subject="mức giá bồi thường so với bảng giá đất do UBND thành phố ban hành"),
    F("bố trí 5 khu", "5", 5, "count", "khu tái định cư", subject="khu tái định cư bố trí"),
    F("cộng 1.150 nền", "1.150", 1150, "count", "nền đất", subject="nền đất tái định cư"),
    F("và 860 căn hộ", "860", 860, "count", "căn hộ", subject="căn hộ tái định cư"),
    F("có 214 hộ", "214", 214, "count", "hộ", subject="hộ nhận nền tái định cư",
      period=P("đến nay", None, "2024-09-11")),
    F("dài 47,5 km", "47,5", 47.5, "measure", "km", subject="chiều dài tuyến Vành đai 3 qua TP HCM"),
    F("hơn 41.000 tỷ đồng", "41.000", 41000e9, "money", "đồng", approx="over",
      subject="tổng mức đầu tư tuyến Vành đai 3 qua TP HCM"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ tư, 11/9/2024, 06:30 (GMT+7)' (published), byline at the end. TP HCM: bồi thường,",
    "thu hồi đất Vành đai 3. Location 'TP. Hồ Chí Minh' (the text writes 'TP HCM'); districts in the 'lần lượt' list go to location.",
    "Distractors: '(GMT+7)', 'hơn hai năm' (a duration), 'Quyết định 02/2020/QĐ-UBND', 'ấp 3', 'ngày 18/6/2023', 'dự án thành",
    "phần 1A', 'năm 2026'. 'Trong số 372 ha' restates the whole: an attribute (total) of the four parts, not a figure.",
    "The headline 13.800 tỷ is a figure of its own (as is the lead's). 'gấp khoảng 2,5 lần' standing alone -> multiple, about.",
    "'dự kiến thông xe năm 2026' has no figure. The lead sentence has no period phrase ('Sau hơn hai năm' is a duration): no period.",
]

emit("p522-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="TP. Hồ Chí Minh")
