"""p802-5: Báo Hà Tĩnh style, summer sesame in Cẩm Xuyên 2023, sesame oil pressing; byline + bare date at the end."""
from lib import F, write, year, inherit, change, period

TEXT = """Vừng hè - cây trồng "ít vốn, nhiều lãi" trên đất cát Cẩm Xuyên

Vụ hè năm 2023, nông dân huyện Cẩm Xuyên gieo 1.120 ha vừng, chiếm gần 40% diện tích vừng toàn tỉnh. Nhờ thời tiết thuận lợi, năng suất ước đạt 8,5 tạ/ha, cao hơn 1,3 tạ/ha so với năm 2022.

Tại xã Cẩm Thịnh, mỗi sào vừng (500 m2) cho thu khoảng 45 kg hạt; với giá bán 55.000 đồng/kg, trừ chi phí, người trồng lãi 1,5-1,8 triệu đồng/sào. Gia đình ông Trần Văn Sáu ở thôn 7 trồng 12 sào, thu về hơn 20 triệu đồng sau 80 ngày gieo trồng.

Cùng với bán hạt, nhiều hộ đưa vừng đến xưởng ép dầu của HTX Nông nghiệp Cẩm Thịnh. Từ đầu năm đến nay, HTX đã ép hơn 9 tấn vừng, cho khoảng 3.600 lít dầu; cứ 2,5 kg vừng ép được 1 lít dầu, giá bán 180.000 đồng/lít. Xưởng tạo việc làm thường xuyên cho 6 lao động với thu nhập 6,5 triệu đồng/người/tháng.

"Dầu vừng ép lạnh của HTX đã đạt chuẩn OCOP 3 sao, mỗi tháng tiêu thụ 400-450 lít, chủ yếu qua các cửa hàng nông sản sạch ở TP Hà Tĩnh", Giám đốc HTX Lê Thị Hằng cho biết.

Theo Phòng NN&PTNT huyện, năm 2024 huyện phấn đấu mở rộng diện tích vừng lên 1.300 ha, trong đó 400 ha luân canh trên đất 2 lúa chuyển đổi; dự kiến hỗ trợ 50% kinh phí mua máy tách hạt cho 10 tổ hợp tác.

NGỌC LINH
18/08/2023
"""

Y = year("Vụ hè năm 2023", 2023)
YI = inherit(Y)
SINCE = period("Từ đầu năm đến nay", "2023-01-01", "2023-08-18")
Y24 = year("năm 2024", 2024)

FIGS = [
    F("gieo 1.120 ha vừng", "1.120", 1120, "measure", "ha", "diện tích vừng gieo", Y, percent=40),
    F("ước đạt 8,5 tạ/ha", "8,5", 8.5, "measure", "tạ/ha", "năng suất vừng", YI, status="estimate",
      change=change("increase", 1.3, "tạ/ha", "năm 2022")),
    F("(500 m2)", "500", 500, "measure", "m2", "diện tích một sào", optional=True),
    F("khoảng 45 kg hạt", "45", 45, "measure", "kg/sào", "sản lượng vừng hạt mỗi sào", approx="about"),
    F("giá bán 55.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá bán vừng"),
    F("lãi 1,5-1,8 triệu đồng/sào", "1,5", 1.5e6, "money", "đồng/sào", "lãi người trồng vừng", value_max=1.8e6),
    F("trồng 12 sào", "12", 12, "measure", "sào", "diện tích vừng gia đình ông Trần Văn Sáu trồng"),
    F("hơn 20 triệu đồng", "20", 20e6, "money", "đồng", "tiền thu về của gia đình ông Trần Văn Sáu", approx="over"),
    F("sau 80 ngày", "80", 80, "measure", "ngày", "thời gian gieo trồng vừng", optional=True),
    F("ép hơn 9 tấn vừng", "9", 9, "measure", "tấn", "vừng HTX đã ép", SINCE, approx="over"),
    F("khoảng 3.600 lít dầu", "3.600", 3600, "measure", "lít", "dầu vừng ép được", SINCE, approx="about"),
    F("cứ 2,5 kg vừng", "2,5", 2.5, "measure", "kg/lít", "lượng vừng ép được 1 lít dầu"),
    F("giá bán 180.000 đồng/lít", "180.000", 180000, "money", "đồng/lít", "giá bán dầu vừng"),
    F("cho 6 lao động", "6", 6, "count", "lao động", "lao động có việc làm thường xuyên tại xưởng ép dầu"),
    F("thu nhập 6,5 triệu đồng", "6,5", 6.5e6, "money", "đồng/người/tháng", "thu nhập lao động xưởng ép dầu"),
    F("tiêu thụ 400-450 lít", "400", 400, "measure", "lít/tháng", "dầu vừng ép lạnh tiêu thụ mỗi tháng",
      value_max=450),
    F("lên 1.300 ha", "1.300", 1300, "measure", "ha", "diện tích vừng", Y24, status="target"),
    F("trong đó 400 ha", "400", 400, "measure", "ha", "diện tích vừng luân canh trên đất 2 lúa chuyển đổi", Y24,
      total=1300, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "kinh phí mua máy tách hạt được hỗ trợ", Y24,
      status="forecast"),
    F("cho 10 tổ hợp tác", "10", 10, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ mua máy tách hạt", Y24,
      status="forecast"),
]

COMMENTS = [
    "Báo Hà Tĩnh style: summer sesame (vừng) in huyện Cẩm Xuyên 2023, yield, profit per sào, HTX sesame-oil pressing, 2024 targets.",
    "Byline NGỌC LINH and bare date 18/08/2023 at the end give published. The province is only 'toàn tỉnh' / 'TP Hà Tĩnh' (a",
    "sales outlet); the figures describe the district: location Cẩm Xuyên (xã Cẩm Thịnh lies in it).",
    "Distractors: 'thôn 7', the name 'Trần Văn Sáu', 'OCOP 3 sao' (a rating), 'đất 2 lúa' (a land class), 'TP Hà Tĩnh'.",
    "'(500 m2)' defines the sào and 'sau 80 ngày' is the crop's duration: optional. '1 lít dầu' is a rate denominator (kg/lít).",
    "'chiếm gần 40%' is the share of 1.120 ha (percent 40; 'gần' qualifies the share, the area is exact).",
    "'mỗi sào ... khoảng 45 kg' -> kg/sào; 'mỗi tháng tiêu thụ 400-450 lít' -> lít/tháng. Price, ratio, wage have no period phrase.",
    "'phấn đấu' governs 1.300 and the part 400 (target, total 1.300); 'dự kiến hỗ trợ 50% ... cho 10 tổ hợp tác' is forecast.",
]

write(5, TEXT, FIGS, COMMENTS, published="2023-08-18", location="Cẩm Xuyên")
