"""p581-5: Báo Cần Thơ (Party newspaper) — concentrated promotion programme Dec 2023: businesses, discounts, sales, inspections."""
from lib import F, P, INH, CH, emit

TEXT = """Gần 600 doanh nghiệp tham gia chương trình khuyến mại tập trung năm 2023

Chương trình khuyến mại tập trung trên địa bàn TP Cần Thơ diễn ra từ ngày 01/12 đến ngày 31/12/2023 thu hút 587 doanh nghiệp, cơ sở kinh doanh với hơn 2.100 điểm bán hàng tham gia, tăng 64 doanh nghiệp so với năm 2022.

Mức giảm giá phổ biến từ 20 đến 50%, nhiều mặt hàng thời trang, điện máy được giảm 70%; đặc biệt có 46 doanh nghiệp áp dụng mức giảm giá tối đa 100% vào các khung "giờ vàng". Số doanh nghiệp bán hàng trực tuyến gấp 2 lần năm trước.

Theo Sở Công Thương, tổng doanh thu bán hàng trong thời gian khuyến mại ước đạt 3.245,6 tỷ đồng, tăng 11,2% so với cùng kỳ, chiếm khoảng 8,5% tổng mức bán lẻ hàng hóa cả năm của thành phố. Trong đó, các siêu thị, trung tâm thương mại đạt 1.120 tỷ đồng; các cửa hàng điện máy, điện thoại đạt khoảng 865 tỷ đồng; kênh thương mại điện tử đạt 412,3 tỷ đồng, tăng 38,5% so với năm 2022.

Để bảo vệ quyền lợi người tiêu dùng, Đội Quản lý thị trường số 2 và số 4 đã kiểm tra 38 cơ sở, xử phạt 7 cơ sở vi phạm về khuyến mại, niêm yết giá với số tiền 86,5 triệu đồng. Hội Bảo vệ quyền lợi người tiêu dùng thành phố tiếp nhận 9 đơn khiếu nại, đã giải quyết xong 8 đơn.

Năm 2024, thành phố dự kiến tổ chức chương trình với khoảng 650 doanh nghiệp tham gia, tập trung tại các quận Ninh Kiều, Cái Răng và Bình Thủy.

KHÁNH TRUNG
08/01/2024
"""

DEC = P("từ ngày 01/12 đến ngày 31/12/2023", "2023-12-01", "2023-12-31")

FIGS = [
    F("Gần 600 doanh nghiệp", "600", 600, "count", "doanh nghiệp",
      "doanh nghiệp tham gia chương trình khuyến mại tập trung", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="nearly"),
    F("thu hút 587 doanh nghiệp", "587", 587, "count", "doanh nghiệp",
      "doanh nghiệp, cơ sở kinh doanh tham gia chương trình khuyến mại tập trung", DEC,
      change=CH("increase", 64, unit="doanh nghiệp", baseline="năm 2022")),
    F("hơn 2.100 điểm", "2.100", 2100, "count", "điểm bán hàng",
      "điểm bán hàng tham gia chương trình khuyến mại tập trung", DEC, approx="over"),
    F("từ 20 đến 50%", "20", 20, "percent", "%", "mức giảm giá phổ biến", INH(DEC), value_max=50),
    F("được giảm 70%", "70", 70, "percent", "%", "mức giảm giá mặt hàng thời trang, điện máy", INH(DEC)),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
      "doanh nghiệp áp dụng mức giảm giá tối đa 100%", INH(DEC)),
    F("tối đa 100%", "100", 100, "percent", "%", "mức giảm giá vào các khung giờ vàng", INH(DEC), approx="at_most"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "số doanh nghiệp bán hàng trực tuyến so với năm trước", INH(DEC)),
    F("ước đạt 3.245,6 tỷ đồng", "3.245,6", 3245600000000, "money", "đồng",
      "tổng doanh thu bán hàng trong thời gian khuyến mại", INH(DEC),
      percent=8.5, change=CH("increase", 11.2, baseline="cùng kỳ"), status="estimate"),
    F("đạt 1.120 tỷ đồng", "1.120", 1120000000000, "money", "đồng",
      "doanh thu các siêu thị, trung tâm thương mại", INH(DEC), total=3245600000000, status="estimate"),
    F("khoảng 865 tỷ đồng", "865", 865000000000, "money", "đồng",
      "doanh thu các cửa hàng điện máy, điện thoại", INH(DEC), approx="about", total=3245600000000,
      status="estimate"),
    F("đạt 412,3 tỷ đồng", "412,3", 412300000000, "money", "đồng",
      "doanh thu kênh thương mại điện tử", INH(DEC), total=3245600000000,
      change=CH("increase", 38.5, baseline="năm 2022"), status="estimate"),
    F("kiểm tra 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở Đội Quản lý thị trường kiểm tra", INH(DEC)),
    F("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở vi phạm về khuyến mại, niêm yết giá bị xử phạt", INH(DEC)),
    F("tiền 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "số tiền xử phạt", INH(DEC)),
    F("tiếp nhận 9 đơn", "9", 9, "count", "đơn",
      "đơn khiếu nại Hội Bảo vệ quyền lợi người tiêu dùng thành phố tiếp nhận", INH(DEC)),
    F("xong 8 đơn", "8", 8, "count", "đơn", "đơn khiếu nại đã giải quyết xong", INH(DEC)),
    F("khoảng 650 doanh nghiệp", "650", 650, "count", "doanh nghiệp",
      "doanh nghiệp tham gia chương trình khuyến mại", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Cần Thơ (Party newspaper, invented): chương trình khuyến mại tập trung 01/12-31/12/2023; byline 'KHÁNH TRUNG' and the date",
    "'08/01/2024' at the end = published. Not figures: 'Đội Quản lý thị trường số 2 và số 4', '01/12', '31/12/2023', 'giờ vàng'.",
    "The date range 'từ ngày 01/12 đến ngày 31/12/2023' is the period of the body figures (scored where stated in the sentence); the",
    "headline's 'năm 2023' gives the headline figure the year. 'tăng 64 doanh nghiệp so với năm 2022' is the change of 587 doanh nghiệp",
    "(same unit), across the clause with 2.100 điểm bán hàng. 'gấp 2 lần năm trước' standing alone as its own sentence: a multiple.",
    "'ước đạt 3.245,6 tỷ' carries change 11,2% and share 8,5% (chiếm); the 'Trong đó' parts take it as total and stay estimate.",
    "'tối đa 100%' is at_most; the 2024 figure is 'dự kiến' → forecast. Venues (Ninh Kiều, Cái Răng, Bình Thủy) do not make it a district figure.",
]

if __name__ == "__main__":
    emit("p581-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Cần Thơ")
