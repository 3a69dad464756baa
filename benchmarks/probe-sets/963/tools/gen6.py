"""p963-6: national newspaper, TP Hồ Chí Minh petrol stations not yet issuing per-sale e-invoices, May 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 16/5/2024, 14:30 (GMT+7)

Hơn 40 cửa hàng xăng dầu ở TP HCM chưa xuất hóa đơn từng lần bán

Cục Thuế TP Hồ Chí Minh cho biết đến ngày 15/5, trong số 562 cửa hàng xăng dầu trên địa bàn, 519 cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng, còn 43 cửa hàng chưa thực hiện.

Theo Cục Thuế, các cửa hàng chưa triển khai phần lớn thuộc doanh nghiệp nhỏ, có từ 1 đến 3 cửa hàng, chủ yếu ở huyện Củ Chi, Bình Chánh và Quận 12. Đại diện một doanh nghiệp có trụ sở tại Quận 7 cho biết chi phí đầu tư thiết bị kết nối cột bơm với phần mềm hóa đơn khoảng 60-80 triệu đồng mỗi cột bơm, trong khi biên lợi nhuận bán lẻ rất thấp.

Theo Nghị định 125/2020/NĐ-CP, cửa hàng không lập hóa đơn khi bán hàng có thể bị phạt từ 4 đến 8 triệu đồng cho mỗi hành vi. Từ đầu năm đến nay, Cục Thuế đã kiểm tra 37 doanh nghiệp kinh doanh xăng dầu, truy thu và phạt 5,8 tỷ đồng.

Tại TP HCM, từ 15h chiều nay, giá xăng E5 RON 92 tại các cửa hàng của Petrolimex giảm 620 đồng/lít, xuống 22.280 đồng/lít; xăng RON 95-III còn 23.460 đồng/lít. Dầu diesel 0,05S ở mức 19.930 đồng/lít.

Cả nước hiện có khoảng 17.000 cửa hàng xăng dầu, trong đó gần 15.300 cửa hàng đã xuất hóa đơn từng lần bán, theo Tổng cục Thuế. TP HCM đứng thứ 3 cả nước về số cửa hàng xăng dầu, sau Hà Nội và Đồng Nai.

Lê Tuyết
"""

ASOF = P("đến ngày 15/5", end="2024-05-15")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-16")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("Hơn 40 cửa hàng", "40", 40, "count", "cửa hàng",
      "cửa hàng xăng dầu chưa xuất hóa đơn từng lần bán", approx="over"),
    F("số 562 cửa hàng", "562", 562, "count", "cửa hàng", "cửa hàng xăng dầu trên địa bàn", ASOF),
    F("519 cửa hàng", "519", 519, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn điện tử theo từng lần bán hàng", ASOF, total=562),
    F("còn 43 cửa hàng", "43", 43, "count", "cửa hàng",
      "cửa hàng chưa xuất hóa đơn điện tử theo từng lần bán hàng", ASOF, total=562),
    F("từ 1 đến 3 cửa hàng", "1", 1, "count", "cửa hàng", "cửa hàng của doanh nghiệp nhỏ",
      value_max=3, optional=True),
    F("khoảng 60-80 triệu đồng", "60", 60000000, "money", "đồng/cột bơm",
      "chi phí đầu tư thiết bị kết nối cột bơm với phần mềm hóa đơn", approx="about",
      value_max=80000000),
    F("từ 4 đến 8 triệu đồng", "4", 4000000, "money", "đồng",
      "mức phạt cửa hàng không lập hóa đơn khi bán hàng", value_max=8000000, location="Việt Nam"),
    F("kiểm tra 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
      "doanh nghiệp kinh doanh xăng dầu được kiểm tra", YTD),
    F("phạt 5,8 tỷ đồng", "5,8", 5800000000, "money", "đồng", "truy thu và phạt", YTD),
    F("xuống 22.280 đồng/lít", "22.280", 22280, "money", "đồng/lít", "giá xăng E5 RON 92",
      change=C("decrease", 620, "đồng/lít")),
    F("còn 23.460 đồng/lít", "23.460", 23460, "money", "đồng/lít", "giá xăng RON 95-III"),
    F("mức 19.930 đồng/lít", "19.930", 19930, "money", "đồng/lít", "giá dầu diesel 0,05S"),
    F("khoảng 17.000 cửa hàng", "17.000", 17000, "count", "cửa hàng", "cửa hàng xăng dầu",
      approx="about", location="Việt Nam"),
    F("gần 15.300 cửa hàng", "15.300", 15300, "count", "cửa hàng",
      "cửa hàng đã xuất hóa đơn từng lần bán", approx="nearly", total=17000, location="Việt Nam"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "số cửa hàng xăng dầu"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ năm, 16/5/2024, 14:30 (GMT+7)', byline at the end: TP HCM petrol stations and per-sale e-invoices.",
    "City figures carry location 'TP Hồ Chí Minh' (written 'TP HCM' / 'TP Hồ Chí Minh' in the text); the national count and the legal fine range are Việt Nam.",
    "'trong số 562 cửa hàng ..., 519 ..., còn 43' → both parts total 562. 'có từ 1 đến 3 cửa hàng' describes a category of firm (optional).",
    "'giảm 620 đồng/lít, xuống 22.280 đồng/lít': 620 is the change of the new price, not a figure. Prices get no period (an effective time, '15h chiều nay').",
    "'Hơn 40' headline: no period. The fine range of Nghị định 125 is a national rule: location Việt Nam (a choice).",
    "Distractors: 'E5 RON 92', 'RON 95-III', 'diesel 0,05S', 'Quận 12', 'Quận 7', 'Nghị định 125/2020/NĐ-CP', '15h', 14:30 (GMT+7).",
]

write("p963-6", TEXT, FIGS, NOTES, published="2024-05-16", location=HCM)
