"""p543-6: national press (VnExpress style dateline), air cargo 2023."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh > Hàng không
Thứ hai, 15/1/2024, 07:00 (GMT+7)

Hàng hóa qua đường hàng không năm 2023 đạt hơn 1,2 triệu tấn

Sản lượng hàng hóa thông qua các cảng hàng không năm 2023 giảm 4,1%, trong khi giá cước vận chuyển giảm từ 30 đến 40% so với đỉnh năm 2022.

Theo Cục Hàng không Việt Nam, năm 2023 tổng sản lượng hàng hóa thông qua các cảng hàng không cả nước đạt 1,24 triệu tấn, giảm 4,1% so với năm 2022. Trong đó, hàng quốc tế đạt khoảng 1,02 triệu tấn, hàng nội địa 224.600 tấn.

Riêng hai cảng Nội Bài và Tân Sơn Nhất xử lý gần 1,06 triệu tấn, chiếm 85,3% toàn ngành. Các hãng hàng không Việt Nam vận chuyển 396.000 tấn, chiếm 31,9% thị phần; phần còn lại do hơn 50 hãng nước ngoài đảm nhận.

Ông Trần Quang Minh, đại diện Cục Hàng không cho biết, nhu cầu vận chuyển hàng điện tử, linh kiện sụt giảm khiến sản lượng chững lại. Vietnam Airlines hiện chỉ chở hàng trên khoang bụng tàu bay chở khách, trong khi một số hãng đã đầu tư tàu bay chuyên chở hàng, như Vietjet có hai chiếc Boeing 737-800BCF.

Năm 2024, sản lượng hàng hóa dự báo đạt khoảng 1,37 triệu tấn, tăng 10,5% so với năm 2023. Tại Nội Bài (Hà Nội), dự án nhà ga hàng hóa mới với tổng vốn khoảng 3.200 tỷ đồng, công suất 1 triệu tấn/năm đang được đề xuất đầu tư.

Giá dịch vụ phục vụ hàng hóa tại các cảng lớn hiện dao động 1.800-2.200 đồng/kg.

Anh Tú
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn",
      "hàng hóa qua đường hàng không", Y23, approx="over"),
    F("năm 2023 giảm 4,1%,", "4,1", 4.1, "percent", "%",
      "sản lượng hàng hóa thông qua các cảng hàng không", Y23),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "giá cước vận chuyển hàng hóa đường hàng không", Y23, value_max=40),
    F("đạt 1,24 triệu tấn", "1,24", 1240000, "measure", "tấn",
      "tổng sản lượng hàng hóa thông qua các cảng hàng không cả nước", Y23,
      change=CH("decrease", 4.1, baseline="năm 2022")),
    F("khoảng 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn",
      "hàng quốc tế", I(Y23), approx="about", total=1240000),
    F("nội địa 224.600 tấn", "224.600", 224600, "measure", "tấn",
      "hàng nội địa", I(Y23), total=1240000),
    # added after the first run (re-reading the spec): "hai cảng" counts the two airports it names; a number word, but
    # no statistic of its own -- optional (neither missed nor false).
    F("Riêng hai cảng", "hai", 2, "count", "cảng", "cảng hàng không Nội Bài và Tân Sơn Nhất", optional=True),
    F("gần 1,06 triệu tấn", "1,06", 1060000, "measure", "tấn",
      "hàng hóa hai cảng Nội Bài và Tân Sơn Nhất xử lý", I(Y23), approx="nearly", percent=85.3),
    F("vận chuyển 396.000 tấn", "396.000", 396000, "measure", "tấn",
      "hàng hóa các hãng hàng không Việt Nam vận chuyển", I(Y23), percent=31.9),
    F("hơn 50 hãng", "50", 50, "count", "hãng nước ngoài",
      "hãng nước ngoài vận chuyển hàng hóa", I(Y23), approx="over"),
    F("hai chiếc", "hai", 2, "count", "chiếc",
      "tàu bay chuyên chở hàng của Vietjet"),
    F("khoảng 1,37 triệu tấn", "1,37", 1370000, "measure", "tấn",
      "sản lượng hàng hóa", Y24, approx="about", status="forecast",
      change=CH("increase", 10.5, baseline="năm 2023")),
    F("khoảng 3.200 tỷ đồng", "3.200", 3200000000000, "money", "đồng",
      "tổng vốn dự án nhà ga hàng hóa mới tại Nội Bài", approx="about", location="Hà Nội"),
    F("công suất 1 triệu tấn/năm", "1", 1000000, "measure", "tấn/năm",
      "công suất nhà ga hàng hóa mới tại Nội Bài", location="Hà Nội"),
    F("1.800-2.200 đồng/kg", "1.800", 1800, "money", "đồng/kg",
      "giá dịch vụ phục vụ hàng hóa tại các cảng lớn", value_max=2200),
]

COMMENTS = [
    "National press (breadcrumb, 'Thứ hai, 15/1/2024, 07:00 (GMT+7)', byline 'Anh Tú' at the end): air cargo through airports in 2023.",
    "Location Việt Nam; the Nội Bài cargo-terminal project names its city in brackets: location Hà Nội. Hai cảng Nội Bài và Tân Sơn Nhất",
    "(two cities) stays national. Cargo in tonnes is measure/tấn.",
    "The sapo's 'giảm 4,1%' has no base amount in its sentence: a percent figure; 'giá cước ... giảm từ 30 đến 40%' likewise (range).",
    "'Riêng hai cảng ...' is no part cue: no total for 1,06 triệu tấn. 'hàng quốc tế'/'hàng nội địa' after 'Trong đó' take 1,24 triệu tấn.",
    "revised after the first run: 'Riêng hai cảng Nội Bài và Tân Sơn Nhất' added as an optional count (it only counts the named pair).",
    "Not figures: 'Boeing 737-800BCF', '(GMT+7)', '07:00', 'đỉnh năm 2022' (a baseline, not the period).",
]

if __name__ == "__main__":
    emit("p543-6", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Việt Nam")
