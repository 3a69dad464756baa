"""p1005-6: national newspaper, quarry trucks wreck a provincial road in Lương Sơn (Hòa Bình), 2025."""
from lib import F, P, C, T, build

TEXT = """Thời sự › Giao thông

Thứ năm, 13/3/2025, 07:40 (GMT+7)

Xe chở đá quá tải phá nát tỉnh lộ ở Hòa Bình

Đường tỉnh 446 đoạn qua huyện Lương Sơn dài gần 14 km, được nâng cấp năm 2021 với tổng vốn 216 tỷ đồng, nay bong tróc, hằn lún nhiều đoạn do xe tải chở đá quá tải chạy qua hằng ngày.

Theo Sở Giao thông vận tải Hòa Bình, huyện Lương Sơn hiện có 27 mỏ đá đang hoạt động, công suất khai thác khoảng 6,5 triệu m3 mỗi năm. Mỗi ngày có khoảng 600-700 lượt xe chở đá ra vào các mỏ, nhiều xe chở vượt tải trọng 50-80%.

Năm 2024, tổ công tác liên ngành của tỉnh đã kiểm tra 4.380 lượt xe, xử phạt 1.215 trường hợp với số tiền hơn 11,2 tỷ đồng, tạm đình chỉ hoạt động 3 mỏ không lắp trạm cân. Tuy vậy, theo người dân xã Hòa Sơn, xe quá tải vẫn chạy nhiều vào ban đêm, từ 22h đến 4h sáng.

Ông Bùi Văn Thắng, Phó giám đốc Sở GTVT, cho biết tỉnh đã 2 lần sửa chữa cục bộ tuyến đường với kinh phí gần 9,8 tỷ đồng. Để nâng cấp toàn tuyến, ước tính cần khoảng 180 tỷ đồng, gấp khoảng 18 lần số đã chi sửa chữa.

UBND tỉnh Hòa Bình đặt mục tiêu đến hết năm 2025, 100% mỏ đá tại Lương Sơn lắp trạm cân và camera kết nối dữ liệu với Sở GTVT; hiện mới có 19/27 mỏ đã lắp. Mỗi mỏ vi phạm sẽ bị đình chỉ khai thác từ 1 đến 3 tháng.

Theo Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025, chủ xe giao xe cho người điều khiển chở quá tải trên 150% có thể bị phạt đến 80 triệu đồng.

Đức Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("dài gần 14 km", "14", 14, "measure", "km", "chiều dài đoạn đường tỉnh 446", approx="nearly",
      location="Lương Sơn"),
    F("tổng vốn 216 tỷ đồng", "216", 216e9, "money", "đồng", "tổng vốn nâng cấp đường tỉnh 446",
      period=P("năm 2021", "2021-01-01", "2021-12-31"), location="Lương Sơn"),
    F("có 27 mỏ đá", "27", 27, "count", "mỏ đá", "mỏ đá đang hoạt động", location="Lương Sơn"),
    F("khoảng 6,5 triệu m3", "6,5", 6.5e6, "measure", "m3/năm", "công suất khai thác", approx="about",
      location="Lương Sơn"),
    F("khoảng 600-700 lượt", "600", 600, "measure", "lượt xe/ngày", "lượt xe chở đá ra vào các mỏ mỗi ngày",
      value_max=700, approx="about", location="Lương Sơn"),
    F("tải trọng 50-80%", "50", 50, "percent", "%", "mức chở vượt tải trọng", value_max=80, location="Lương Sơn"),
    F("kiểm tra 4.380 lượt", "4.380", 4380, "count", "lượt xe", "lượt xe được kiểm tra", period=Y24),
    F("xử phạt 1.215 trường hợp", "1.215", 1215, "count", "trường hợp", "trường hợp bị xử phạt", period=Y24),
    F("hơn 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "số tiền xử phạt", approx="over", period=Y24),
    F("chỉ hoạt động 3 mỏ", "3", 3, "count", "mỏ", "mỏ bị tạm đình chỉ hoạt động do không lắp trạm cân", period=Y24),
    F("đã 2 lần sửa chữa", "2", 2, "count", "lần", "lần sửa chữa cục bộ tuyến đường", optional=True),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "kinh phí sửa chữa cục bộ tuyến đường", approx="nearly"),
    F("khoảng 180 tỷ đồng", "180", 180e9, "money", "đồng", "kinh phí nâng cấp toàn tuyến", approx="about",
      change=C("increase", 18, "lần", "số đã chi sửa chữa", approx="about"), status="estimate"),
    F("2025, 100% mỏ", "100", 100, "percent", "%", "mỏ đá lắp trạm cân và camera kết nối dữ liệu", status="target",
      period=P("đến hết năm 2025", None, "2025-12-31"), location="Lương Sơn"),
    F("19/27 mỏ", "19", 19, "count", "mỏ", "mỏ đã lắp trạm cân và camera", total=27, location="Lương Sơn"),
    F("từ 1 đến 3 tháng", "1", 1, "measure", "tháng", "thời gian đình chỉ khai thác mỏ vi phạm", value_max=3,
      optional=True),
    F("trên 150%", "150", 150, "percent", "%", "mức quá tải", approx="over", optional=True),
    F("đến 80 triệu đồng", "80", 80e6, "money", "đồng", "mức phạt chủ xe giao xe chở quá tải trên 150%",
      approx="at_most", optional=True),
]

build("p1005-6", TEXT, FIGS, published="2025-03-13", location="Hòa Bình", comments=[
    "National newspaper style (invented), 'Thứ năm, 13/3/2025, 07:40 (GMT+7)', byline at the end. Quarry trucks in Lương Sơn (Hòa Bình).",
    "Not figures: Đường tỉnh 446, '22h đến 4h sáng' (times), Nghị định số 168/2024/NĐ-CP, 'ngày 1/1/2025', name 'Bùi Văn Thắng'.",
    "Figures about the road, the mines and their trucks are located in Lương Sơn; the province's 2024 enforcement figures in Hòa Bình.",
    "'gấp khoảng 18 lần số đã chi' follows the estimate 180 tỷ: its change (a multiple only when it stands alone).",
    "'2 lần sửa chữa' (a count of occasions), the rule frames 'từ 1 đến 3 tháng', 'trên 150%', 'đến 80 triệu đồng' (legal maxima): optional.",
    "'hiện mới có 19/27 mỏ' → total 27, no period ('hiện'). 'đến hết năm 2025' (target) → end 2025-12-31, start null.",
    "revised after scoring: 'gấp khoảng 18 lần' is no longer a multiple figure; it is the change (increase 18 lần, about) of 180 tỷ.",
])
