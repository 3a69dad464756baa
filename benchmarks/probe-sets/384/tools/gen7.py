from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng không
Thứ năm, 15/2/2024, 06:00 (GMT+7)

Hàng hóa qua sân bay giảm 13% năm 2023

Sản lượng hàng hóa thông qua các cảng hàng không năm 2023 đạt hơn 1,23 triệu tấn, giảm 13% so với năm 2022, theo số liệu của Cục Hàng không Việt Nam.

Trong đó, hàng quốc tế chiếm khoảng 78%, hàng nội địa chiếm 22%. Sân bay Nội Bài (Hà Nội) dẫn đầu với 652.000 tấn, tiếp đến là Tân Sơn Nhất (TP Hồ Chí Minh) 418.000 tấn, Đà Nẵng 38.500 tấn. Riêng nhà ga hàng hóa ALS tại Nội Bài có công suất thiết kế 500.000 tấn/năm nhưng mới khai thác khoảng 60% công suất.

Theo một lãnh đạo doanh nghiệp logistics hàng không, nguyên nhân chính là nhu cầu tiêu dùng tại thị trường Mỹ và châu Âu suy yếu, trong khi các hãng bay nước ngoài tăng tải bằng máy bay chuyên dụng Boeing 747-400F và Boeing 777F. Các hãng bay Việt Nam hiện chỉ đảm nhận khoảng 11-12% thị phần vận chuyển hàng hóa quốc tế; phần còn lại do hơn 60 hãng nước ngoài khai thác.

Cả nước hiện có 22 cảng hàng không đang khai thác, trong đó 10 cảng quốc tế, song chỉ Nội Bài và Tân Sơn Nhất có nhà ga hàng hóa chuyên biệt.

Cục Hàng không dự báo năm 2024 sản lượng sẽ phục hồi, tăng khoảng 14%, đạt khoảng 1,4 triệu tấn. Theo quy hoạch, đến năm 2030 Cảng hàng không quốc tế Long Thành (Đồng Nai) có nhà ga hàng hóa công suất 1,2 triệu tấn/năm; nhà ga T3 Tân Sơn Nhất khánh thành tháng 4/2025 chỉ phục vụ hành khách.

Anh Tú
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("sân bay giảm 13% năm 2023", "13", 13, "percent", "%", "hàng hóa qua sân bay", Y23),
    F("hơn 1,23 triệu tấn", "1,23", 1230000, "measure", "tấn", "sản lượng hàng hóa thông qua các cảng hàng không", Y23,
      approx="over", change=CH("decrease", 13, baseline="năm 2022")),
    F("khoảng 78%", "78", 78, "percent", "%", "tỷ trọng hàng quốc tế", I(Y23), approx="about"),
    F("chiếm 22%", "22", 22, "percent", "%", "tỷ trọng hàng nội địa", I(Y23)),
    F("với 652.000 tấn", "652.000", 652000, "measure", "tấn", "sản lượng hàng hóa qua sân bay", I(Y23),
      location="Hà Nội"),
    F("Minh) 418.000 tấn", "418.000", 418000, "measure", "tấn", "sản lượng hàng hóa qua sân bay", I(Y23),
      location="TP Hồ Chí Minh"),
    F("Đà Nẵng 38.500 tấn", "38.500", 38500, "measure", "tấn", "sản lượng hàng hóa qua sân bay", I(Y23),
      location="Đà Nẵng"),
    F("thiết kế 500.000 tấn/năm", "500.000", 500000, "measure", "tấn/năm", "công suất thiết kế nhà ga hàng hóa ALS",
      location="Hà Nội"),
    F("khoảng 60% công suất", "60", 60, "percent", "%", "tỷ lệ khai thác công suất nhà ga hàng hóa ALS", I(Y23),
      approx="about", location="Hà Nội"),
    F("khoảng 11-12% thị phần", "11", 11, "percent", "%", "thị phần vận chuyển hàng hóa quốc tế của các hãng bay Việt Nam",
      value_max=12, approx="about"),
    F("hơn 60 hãng", "60", 60, "count", "hãng", "hãng nước ngoài khai thác vận chuyển hàng hóa quốc tế", approx="over"),
    F("có 22 cảng hàng không", "22", 22, "count", "cảng hàng không", "cảng hàng không đang khai thác"),
    F("trong đó 10 cảng", "10", 10, "count", "cảng", "cảng hàng không quốc tế", total=22),
    F("tăng khoảng 14%, đạt khoảng 1,4 triệu tấn", "1,4", 1400000, "measure", "tấn",
      "sản lượng hàng hóa thông qua các cảng hàng không", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast", change=CH("increase", 14, approx="about")),
    F("công suất 1,2 triệu tấn/năm", "1,2", 1200000, "measure", "tấn/năm",
      "công suất nhà ga hàng hóa Cảng hàng không quốc tế Long Thành", P("đến năm 2030", None, "2030-12-31"),
      status="target", location="Đồng Nai"),
]

emit("p384-7", TEXT, [
    "National press (VnExpress style): hàng hóa hàng không năm 2023. Dateline 'Thứ năm, 15/2/2024, 06:00 (GMT+7)', byline at the end.",
    "Distractors: '(GMT+7)', 'Boeing 747-400F', 'Boeing 777F', 'nhà ga T3', 'tháng 4/2025', 'năm 2022' (baseline).",
    "Airports in a list: the city in brackets (or the airport named after the city) is the location; subject the list indicator only (as h01 ministries).",
    "revised: airport list subjects no longer name the airport (a place item is never the subject; non-place items take the list indicator).",
    "'Trong đó, hàng quốc tế chiếm khoảng 78%, …' are percent figures (a percent has no total). 'hơn 60 hãng' count over.",
    "'tăng khoảng 14%, đạt khoảng 1,4 triệu tấn': the change before the figure attaches to it; 'dự báo' → forecast.",
    "'khoảng 60% công suất' of the ALS terminal: a percent figure; inherits 2023 (unscored). Capacities carry no period.",
], FIGS, published="2024-02-15", location="Việt Nam")
