from lib import *

text = """Pháp luật > Bảo vệ người tiêu dùng
Thứ Ba, 16/4/2024, 10:20 (GMT+7)

Hàng giả, hàng nhái "đội lốt" sàn thương mại điện tử

Năm 2023, lực lượng quản lý thị trường cả nước đã kiểm tra 65.218 vụ, phát hiện 49.572 vụ vi phạm, thu nộp ngân sách hơn 530 tỷ đồng. Trong đó, số vụ liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ là 5.871 vụ, tăng 9,4% so với năm 2022.

Riêng trên môi trường thương mại điện tử, Tổng cục Quản lý thị trường đã phối hợp với các sàn gỡ bỏ khoảng 1,2 triệu sản phẩm có dấu hiệu vi phạm, gấp 3 lần năm 2022, và khóa gần 8.000 gian hàng.

Khảo sát của Hiệp hội Chống hàng giả và Bảo vệ thương hiệu Việt Nam (VATAP) với 1.500 người tiêu dùng trên cả nước cho thấy từ 20 đến 30% người được hỏi từng mua phải hàng giả khi mua sắm trực tuyến; 62,5% không biết cách khiếu nại. Hiệp hội ước tính hàng giả gây thất thu ngân sách khoảng 2 nghìn tỷ đồng mỗi năm.

Quý I/2024, các lực lượng chức năng tiếp tục phát hiện 1.436 vụ vi phạm về hàng giả, xâm phạm sở hữu trí tuệ, trong đó 318 vụ trên không gian mạng, chiếm 22,1%. Nhiều vụ có quy mô lớn, như vụ kho hàng ở quận Hà Đông (Hà Nội) với hơn 40.000 sản phẩm mỹ phẩm giả.

Theo Nghị định số 98/2020/NĐ-CP, hành vi buôn bán hàng giả mạo nhãn hiệu có thể bị phạt tiền tới 200 triệu đồng; trường hợp nghiêm trọng bị truy cứu trách nhiệm hình sự theo Điều 192 Bộ luật Hình sự. Năm 2024, Tổng cục phấn đấu giảm ít nhất 15% số vụ vi phạm trên thương mại điện tử so với năm 2023.

Minh Anh
"""

Y23i = Y(2023, inh=True)
figs = [
    F("kiểm tra «65.218» vụ", "count", 65218, "vụ", "vụ kiểm tra của lực lượng quản lý thị trường", period=Y(2023, "Năm 2023")),
    F("phát hiện «49.572» vụ", "count", 49572, "vụ", "vụ vi phạm được phát hiện", period=Y(2023, "Năm 2023")),
    F("hơn «530» tỷ đồng", "money", 530e9, "đồng", "tiền thu nộp ngân sách", approx="over", period=Y(2023, "Năm 2023")),
    F("là «5.871» vụ", "count", 5871, "vụ", "vụ liên quan đến hàng giả, hàng xâm phạm quyền sở hữu trí tuệ",
      total=49572, change=ch("increase", 9.4, "%", "năm 2022"), period=Y23i),
    F("khoảng «1,2» triệu sản phẩm", "count", 1.2e6, "sản phẩm", "sản phẩm có dấu hiệu vi phạm bị gỡ bỏ trên sàn thương mại điện tử",
      approx="about", change=ch("increase", 3, "lần", "năm 2022"), period=Y23i),
    F("gần «8.000» gian hàng", "count", 8000, "gian hàng", "gian hàng bị khóa", approx="nearly", period=Y23i),
    F("với «1.500» người", "count", 1500, "người tiêu dùng", "người tiêu dùng được khảo sát"),
    F("từ «20» đến 30%", "percent", 20, "%", "người được hỏi từng mua phải hàng giả khi mua sắm trực tuyến", value_max=30),
    F("«62,5»% không", "percent", 62.5, "%", "người được hỏi không biết cách khiếu nại"),
    F("khoảng «2» nghìn tỷ", "money", 2e12, "đồng", "thất thu ngân sách do hàng giả", approx="about",
      status="estimate"),
    F("phát hiện «1.436» vụ", "count", 1436, "vụ", "vụ vi phạm về hàng giả, xâm phạm sở hữu trí tuệ",
      period=per("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("đó «318» vụ", "count", 318, "vụ", "vụ vi phạm trên không gian mạng", total=1436, percent=22.1,
      period=per("Quý I/2024", "2024-01-01", "2024-03-31")),
    F("hơn «40.000» sản phẩm", "count", 40000, "sản phẩm", "sản phẩm mỹ phẩm giả trong kho hàng", approx="over",
      location="Hà Đông", period=per("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)),
    F("ít nhất «15»%", "percent", 15, "%", "mức giảm số vụ vi phạm trên thương mại điện tử", approx="at_least",
      status="target", period=Y(2024, "Năm 2024")),
    F("tới «200» triệu", "money", 200e6, "đồng", "mức phạt tiền tối đa đối với hành vi buôn bán hàng giả mạo nhãn hiệu",
      approx="at_most", optional=True),
]

comments = [
    "National press (VnExpress-like): hàng giả, xâm phạm SHTT và thương mại điện tử — QLTT cả nước năm 2023, gỡ sản phẩm, khảo sát VATAP, quý I/2024, target 2024.",
    "Dateline 'Thứ Ba, 16/4/2024, 10:20 (GMT+7)'; byline at the end. National figures: location 'Việt Nam'; the Hà Đông warehouse case takes the district (Hà Nội's quận).",
    "'Trong đó, số vụ … là 5.871 vụ' follows the money figure 530 tỷ, but the whole counting the same thing (vụ vi phạm) is 49.572: total 49572.",
    "'gấp 3 lần năm 2022' is the change of 1,2 triệu sản phẩm (lần). '318 vụ … chiếm 22,1%' after 'trong đó' is part of 1.436 (total + percent).",
    "'từ 20 đến 30%' range; '62,5%' a share with no base amount. 'khoảng 2 nghìn tỷ đồng mỗi năm' (×10^12) after 'ước tính' is an estimate; 'mỗi năm' is no period.",
    "Survey figures have no period phrase: null. 'giảm ít nhất 15% … so với năm 2023' after 'phấn đấu' is a target rate (percent, at_least, no change), period năm 2024.",
    "'phạt tiền tới 200 triệu đồng' is a legal ceiling, not a statistic: optional. Distractors: 'Nghị định số 98/2020/NĐ-CP', 'Điều 192 Bộ luật Hình sự', '(GMT+7)'.",
]
build("p327-6", text, figs, comments, published="2024-04-16", location="Việt Nam")
