from lib import F, P, emit

TEXT = """Bắc Giang điều chỉnh giá nước sạch sinh hoạt từ ngày 1/7
THU HƯƠNG 14:32, 25/06/2024

BGĐT - UBND tỉnh vừa ban hành Quyết định số 715/QĐ-UBND phê duyệt phương án giá nước sạch sinh hoạt trên địa bàn tỉnh áp dụng từ ngày 1/7/2024. Theo đó, giá nước sạch sinh hoạt bình quân tại khu vực đô thị là 9.850 đồng/m3 (chưa bao gồm thuế giá trị gia tăng), tăng bình quân 8,6% so với mức giá đang áp dụng từ năm 2019.

Cụ thể, đối với hộ dân cư tại thành phố Bắc Giang và các thị trấn: bậc 1 (10 m3 đầu tiên) giá 7.920 đồng/m3; bậc 2 (từ trên 10 m3 đến 20 m3) giá 9.350 đồng/m3; bậc 3 (từ trên 20 m3 đến 30 m3) giá 11.240 đồng/m3; bậc 4 (trên 30 m3) giá 13.680 đồng/m3. Hộ nghèo, hộ cận nghèo được áp dụng mức giá 6.500 đồng/m3.

Với khu vực nông thôn, giá nước sinh hoạt bình quân là 7.100 đồng/m3, tăng 5,2%. Giá nước cho cơ quan hành chính, đơn vị sự nghiệp là 12.500 đồng/m3; hoạt động sản xuất vật chất 13.900 đồng/m3; kinh doanh dịch vụ 19.800 đồng/m3.

Theo Công ty cổ phần Nước sạch Bắc Giang, với mức giá mới, mỗi hộ gia đình sử dụng bình quân 15 m3/tháng sẽ trả thêm khoảng 11.000 đồng/tháng. Năm 2023, giá thành sản xuất 1 m3 nước sạch của công ty là 10.460 đồng, cao hơn giá bán bình quân 1.210 đồng/m3, khiến công ty lỗ gần 14,5 tỷ đồng. Hiện công ty cung cấp nước cho khoảng 96.000 khách hàng, chiếm 38,5% số hộ toàn tỉnh.

Khách hàng cần giải đáp về giá nước liên hệ Phòng Kinh doanh, số 2 đường Hoàng Văn Thụ, phường Hoàng Văn Thụ, điện thoại 0204.3854.286.
"""

TARIFF = "giá nước sạch sinh hoạt hộ dân cư"

FIGS = [
    F("là 9.850 đồng/m3", "9.850", 9850, "money", "đồng/m3", "giá nước sạch sinh hoạt bình quân tại khu vực đô thị",
      change={"direction": "increase", "value": 8.6, "unit": "%", "baseline": "mức giá đang áp dụng từ năm 2019"}),
    F("(10 m3 đầu tiên)", "10", 10, "measure", "m3", "mức sử dụng bậc 1", optional=True),
    F("từ trên 10 m3 đến 20 m3", "10", 10, "measure", "m3", "mức sử dụng bậc 2", value_max=20, approx="over", optional=True),
    F("từ trên 20 m3 đến 30 m3", "20", 20, "measure", "m3", "mức sử dụng bậc 3", value_max=30, approx="over", optional=True),
    F("(trên 30 m3)", "30", 30, "measure", "m3", "mức sử dụng bậc 4", approx="over", optional=True),
    F("giá 7.920 đồng/m3", "7.920", 7920, "money", "đồng/m3", TARIFF + " bậc 1"),
    F("giá 9.350 đồng/m3", "9.350", 9350, "money", "đồng/m3", TARIFF + " bậc 2"),
    F("giá 11.240 đồng/m3", "11.240", 11240, "money", "đồng/m3", TARIFF + " bậc 3"),
    F("giá 13.680 đồng/m3", "13.680", 13680, "money", "đồng/m3", TARIFF + " bậc 4"),
    F("giá 6.500 đồng/m3", "6.500", 6500, "money", "đồng/m3", "mức giá nước hộ nghèo, hộ cận nghèo"),
    F("là 7.100 đồng/m3", "7.100", 7100, "money", "đồng/m3", "giá nước sinh hoạt bình quân khu vực nông thôn",
      change={"direction": "increase", "value": 5.2, "unit": "%"}),
    F("là 12.500 đồng/m3", "12.500", 12500, "money", "đồng/m3", "Giá nước cho cơ quan hành chính, đơn vị sự nghiệp"),
    F("vật chất 13.900 đồng/m3", "13.900", 13900, "money", "đồng/m3", "Giá nước cho hoạt động sản xuất vật chất"),
    F("dịch vụ 19.800 đồng/m3", "19.800", 19800, "money", "đồng/m3", "Giá nước cho kinh doanh dịch vụ"),
    F("bình quân 15 m3/tháng", "15", 15, "measure", "m3/tháng", "mức sử dụng nước bình quân mỗi hộ gia đình", optional=True),
    F("khoảng 11.000 đồng/tháng", "11.000", 11000, "money", "đồng/tháng", "tiền nước mỗi hộ gia đình trả thêm", approx="about"),
    F("là 10.460 đồng", "10.460", 10460, "money", "đồng/m3", "giá thành sản xuất nước sạch",
      change={"direction": "increase", "value": 1210, "unit": "đồng/m3", "baseline": "giá bán bình quân"},
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("lỗ gần 14,5 tỷ đồng", "14,5", 14500000000, "money", "đồng", "công ty lỗ", approx="nearly",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 96.000 khách hàng", "96.000", 96000, "count", "khách hàng", "khách hàng được công ty cung cấp nước", approx="about", percent=38.5),
]

emit(5, TEXT, [
    "Báo Bắc Giang (Party newspaper, tag 'BGĐT'): new domestic water tariffs from 1/7/2024 by tier and user group.",
    "Dateline with byline 'THU HƯƠNG 14:32, 25/06/2024'. Distractors: 'Quyết định số 715/QĐ-UBND', 'từ ngày 1/7/2024', 'từ năm 2019' (in a baseline),",
    "tier labels 'bậc 1..4', '1 m3' (rate denominator of the production cost), address 'số 2 đường Hoàng Văn Thụ', phone 0204.3854.286.",
    "Tariffs are money with unit 'đồng/m3'. Tier consumption bands '(10 m3 đầu tiên)', 'từ trên 10 m3 đến 20 m3' … and the assumed '15 m3/tháng' are criteria: optional.",
    "'tăng 5,2%' with no baseline is still the change of 7.100. 'cao hơn giá bán bình quân 1.210 đồng/m3' is the change of 10.460 (unit đồng/m3).",
    "Tariffs apply from 1/7/2024 (an effective date, not a period): no period. 'thành phố Bắc Giang' shares the province's name: location Bắc Giang throughout.",
    "'chiếm 38,5% số hộ toàn tỉnh' is the percent of 96.000 khách hàng.",
], FIGS, published="2024-06-25", location="Bắc Giang")
