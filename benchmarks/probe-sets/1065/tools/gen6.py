from lib import F, P, I, C, T, write

TEXT = """
Kinh doanh > Hàng hóa
Thứ năm, 5/6/2025, 14:30 (GMT+7)

Hơn 95% cửa hàng xăng dầu ở TP HCM xuất hóa đơn từng lần bán

Sau 5 ngày Nghị định 70/2025/NĐ-CP có hiệu lực, 531 trong tổng số 558 cửa hàng xăng dầu tại TP Hồ Chí Minh đã xuất hóa đơn điện tử cho từng lần bán hàng tính đến sáng 5/6.

Theo Cục Thuế TP HCM, 27 cửa hàng còn lại chủ yếu là cửa hàng nhỏ ở các huyện Củ Chi, Bình Chánh và Cần Giờ, đang chờ nâng cấp phần mềm và thiết bị kết nối. Trong 5 tháng đầu năm, Cục Thuế đã kiểm tra 64 cửa hàng, truy thu và xử phạt hơn 3,2 tỷ đồng. Mỗi ngày, các cửa hàng trên địa bàn phát hành bình quân khoảng 420.000 hóa đơn, tăng gấp gần 4 lần so với trước khi áp dụng quy định mới.

Anh Nguyễn Văn Tư, quản lý một cửa hàng trên đường Nguyễn Văn Linh, cho biết mỗi ngày cửa hàng bán khoảng 12.000 lít và xuất hơn 1.300 hóa đơn. Phần lớn khách mua dưới 100.000 đồng, nhiều người đổ xăng xe máy chỉ 30.000-50.000 đồng mỗi lần và không lấy hóa đơn, nhưng hệ thống vẫn tự động lập hóa đơn sau mỗi lần bơm.

Trên cả nước, theo Bộ Tài chính, đến ngày 4/6 đã có khoảng 15.800 trong số gần 17.500 cửa hàng xăng dầu kết nối dữ liệu hóa đơn với cơ quan thuế. Cửa hàng không lập hóa đơn khi bán hàng có thể bị phạt từ 4 đến 8 triệu đồng cho mỗi hành vi.

Tại kỳ điều hành lần thứ 22 trong năm, giá bán lẻ xăng dầu trên cả nước được điều chỉnh tăng: xăng E5 RON 92 có giá 19.360 đồng/lít, xăng RON 95-III là 19.980 đồng/lít, tăng lần lượt 210 đồng và 270 đồng mỗi lít so với kỳ trước.

Thu Hằng
"""

NOTES = [
    "Probe 1065-6: national newspaper, TP HCM petrol stations after e-invoice-per-sale rule (Nghị định 70/2025/NĐ-CP), June 2025.",
    "Distractors: 14:30 (GMT+7), 'Sau 5 ngày' (duration that locates), Nghị định 70/2025/NĐ-CP, 'lần thứ 22' (ordinal), RON 92 / RON 95-III.",
    "'531 trong tổng số 558' -> total 558 (558 is an attribute, not a figure). '15.800 trong số gần 17.500' likewise.",
    "'27 cửa hàng còn lại': no part-of cue, no total; the districts Củ Chi, Bình Chánh, Cần Giờ only say where they are: location TP Hồ Chí Minh (several districts).",
    "'5 tháng đầu năm' takes 2025 from the dateline.",
    "'tăng gấp gần 4 lần so với trước khi áp dụng' is the change of 420.000 hóa đơn/ngày. Daily amounts are rates (unit .../ngày).",
    "'dưới 100.000 đồng' (what most customers buy) is recorded, approx under; '30.000-50.000 đồng mỗi lần' is a range, unit đồng/lần.",
    "The legal fine range 'từ 4 đến 8 triệu đồng' is a rule, not an observed fact: optional.",
    "Retail prices 'trên cả nước' are national: location Việt Nam; they carry no period (none stated).",
    "Price rises: 'tăng lần lượt 210 đồng và 270 đồng mỗi lít' are changes of the two prices (lần lượt distributes them).",
]

AS = P("tính đến sáng 5/6", end="2025-06-05")
M5 = P("5 tháng đầu năm", "2025-01-01", "2025-05-31")

FIGS = [
    F("Hơn 95%", "95", 95, "percent", "%", "cửa hàng xăng dầu ở TP HCM xuất hóa đơn từng lần bán", I(AS), approx="over"),
    F("531 trong tổng số 558", "531", 531, "count", "cửa hàng",
      "cửa hàng xăng dầu đã xuất hóa đơn điện tử cho từng lần bán hàng", AS, total=558),
    F("27 cửa hàng còn lại", "27", 27, "count", "cửa hàng", "cửa hàng còn lại đang chờ nâng cấp phần mềm và thiết bị kết nối",
      I(AS)),
    F("kiểm tra 64 cửa hàng", "64", 64, "count", "cửa hàng", "cửa hàng được Cục Thuế kiểm tra", M5),
    F("hơn 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "số tiền truy thu và xử phạt", M5, approx="over"),
    F("khoảng 420.000 hóa đơn", "420.000", 420000, "measure", "hóa đơn/ngày", "hóa đơn phát hành bình quân mỗi ngày",
      approx="about", change=C("increase", 4, "lần", "trước khi áp dụng quy định mới", approx="nearly")),
    F("khoảng 12.000 lít", "12.000", 12000, "measure", "lít/ngày", "lượng xăng dầu một cửa hàng bán mỗi ngày", approx="about"),
    F("hơn 1.300 hóa đơn", "1.300", 1300, "measure", "hóa đơn/ngày", "hóa đơn một cửa hàng xuất mỗi ngày", approx="over"),
    F("dưới 100.000 đồng", "100.000", 100000, "money", "đồng", "số tiền phần lớn khách mua", approx="under"),
    F("30.000-50.000 đồng", "30.000", 30000, "money", "đồng/lần", "số tiền đổ xăng xe máy mỗi lần", value_max=50000),
    F("khoảng 15.800 trong số", "15.800", 15800, "count", "cửa hàng",
      "cửa hàng xăng dầu kết nối dữ liệu hóa đơn với cơ quan thuế", P("đến ngày 4/6", end="2025-06-04"),
      approx="about", total=17500, location="Việt Nam"),
    F("từ 4 đến 8 triệu đồng", "4", 4000000, "money", "đồng", "mức phạt không lập hóa đơn khi bán hàng", value_max=8000000,
      location="Việt Nam", optional=True),
    F("19.360 đồng/lít", "19.360", 19360, "money", "đồng/lít", "giá bán lẻ xăng E5 RON 92",
      change=C("increase", 210, "đồng", "kỳ trước"), location="Việt Nam"),
    F("19.980 đồng/lít", "19.980", 19980, "money", "đồng/lít", "giá bán lẻ xăng RON 95-III",
      change=C("increase", 270, "đồng", "kỳ trước"), location="Việt Nam"),
]

write("p1065-6", TEXT, NOTES, FIGS, published="2025-06-05", location="TP Hồ Chí Minh")
