"""p564-4: Bộ NN&PTNT site - national coffee exports 2023, markets, area by province, 2030 targets."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thị trường nông sản
Ngày đăng: 09/01/2024 | Lượt xem: 2.156

Xuất khẩu cà phê năm 2023 đạt kỷ lục 4,24 tỷ USD

Theo Cục Chế biến và Phát triển thị trường nông sản, năm 2023 cả nước xuất khẩu 1,61 triệu tấn cà phê, giảm 8,5% so với năm 2022, nhưng kim ngạch đạt 4,24 tỷ USD, tăng 3,3%. Giá xuất khẩu bình quân đạt 2.630 USD/tấn, tăng 12,9% so với năm trước. Riêng quý IV/2023, xuất khẩu cà phê đạt 385.000 tấn, trị giá 1,12 tỷ USD.

Đức và Italy tiếp tục là hai thị trường tiêu thụ cà phê lớn nhất của Việt Nam, chiếm lần lượt 13,1% và 9,2% tổng kim ngạch. Tiếp theo là Nhật Bản 245 triệu USD, Tây Ban Nha 238 triệu USD, Mỹ 215 triệu USD. Xuất khẩu cà phê rang xay, hòa tan đạt khoảng 720 triệu USD, chiếm 17% tổng kim ngạch.

Về sản xuất, năm 2023 diện tích cà phê cả nước khoảng 710.000 ha, trong đó Đắk Lắk có diện tích lớn nhất (213.000 ha), tiếp đến là Lâm Đồng (176.000 ha), Đắk Nông (142.000 ha) và Gia Lai (104.000 ha); sản lượng đạt hơn 1,84 triệu tấn. Việt Nam tiếp tục đứng thứ 2 thế giới về sản lượng và xuất khẩu cà phê, sau Brazil.

Theo Chiến lược phát triển ngành cà phê bền vững đến năm 2030 (Quyết định số 3417/QĐ-BNN-TT), cả nước phấn đấu duy trì diện tích khoảng 600.000-650.000 ha, năng suất bình quân đạt 3 tấn/ha, diện tích được chứng nhận bền vững đạt trên 50%; kim ngạch xuất khẩu đạt 6 tỷ USD vào năm 2030.

Thứ trưởng Trần Thanh Nam đề nghị các địa phương đẩy mạnh tái canh, xây dựng vùng trồng đáp ứng Quy định chống phá rừng của EU (EUDR) có hiệu lực từ ngày 30/12/2024.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("kỷ lục 4,24 tỷ USD", "4,24", 4240000000, "money", "USD", "xuất khẩu cà phê",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xuất khẩu 1,61 triệu tấn", "1,61", 1610000, "measure", "tấn", "cà phê xuất khẩu", Y23,
      change=CH("decrease", 8.5, "%", "năm 2022")),
    F("kim ngạch đạt 4,24 tỷ USD", "4,24", 4240000000, "money", "USD", "kim ngạch xuất khẩu cà phê", Y23,
      change=CH("increase", 3.3, "%")),
    F("đạt 2.630 USD/tấn", "2.630", 2630, "money", "USD/tấn", "giá xuất khẩu bình quân", I(Y23),
      change=CH("increase", 12.9, "%", "năm trước")),
    F("đạt 385.000 tấn", "385.000", 385000, "measure", "tấn", "xuất khẩu cà phê",
      P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("trị giá 1,12 tỷ USD", "1,12", 1120000000, "money", "USD", "trị giá xuất khẩu cà phê",
      P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("là hai thị trường", "hai", 2, "count", "thị trường", "thị trường tiêu thụ cà phê lớn nhất", optional=True),
    F("lần lượt 13,1%", "13,1", 13.1, "percent", "%", "tỷ trọng tổng kim ngạch xuất khẩu cà phê của Đức", location="Việt Nam"),
    F("và 9,2% tổng", "9,2", 9.2, "percent", "%", "tỷ trọng tổng kim ngạch xuất khẩu cà phê của Italy", location="Việt Nam"),
    F("Nhật Bản 245 triệu USD", "245", 245000000, "money", "USD", "kim ngạch xuất khẩu cà phê sang Nhật Bản"),
    F("Tây Ban Nha 238 triệu USD", "238", 238000000, "money", "USD", "kim ngạch xuất khẩu cà phê sang Tây Ban Nha"),
    F("Mỹ 215 triệu USD", "215", 215000000, "money", "USD", "kim ngạch xuất khẩu cà phê sang Mỹ"),
    F("khoảng 720 triệu USD", "720", 720000000, "money", "USD", "xuất khẩu cà phê rang xay, hòa tan", approx="about", percent=17),
    F("khoảng 710.000 ha", "710.000", 710000, "measure", "ha", "diện tích cà phê cả nước", Y23, approx="about"),
    F("(213.000 ha)", "213.000", 213000, "measure", "ha", "diện tích cà phê", Y23, total=710000, location="Đắk Lắk"),
    F("(176.000 ha)", "176.000", 176000, "measure", "ha", "diện tích cà phê", Y23, total=710000, location="Lâm Đồng"),
    F("(142.000 ha)", "142.000", 142000, "measure", "ha", "diện tích cà phê", Y23, total=710000, location="Đắk Nông"),
    F("(104.000 ha)", "104.000", 104000, "measure", "ha", "diện tích cà phê", Y23, total=710000, location="Gia Lai"),
    F("hơn 1,84 triệu tấn", "1,84", 1840000, "measure", "tấn", "sản lượng cà phê", Y23, approx="over"),
    F("đứng thứ 2 thế giới", "2", 2, "rank", "hạng", "sản lượng và xuất khẩu cà phê"),
    F("khoảng 600.000-650.000 ha", "600.000", 600000, "measure", "ha", "diện tích cà phê", T30,
      value_max=650000, approx="about", status="target"),
    F("đạt 3 tấn/ha", "3", 3, "measure", "tấn/ha", "năng suất bình quân", T30, status="target"),
    F("đạt trên 50%", "50", 50, "percent", "%", "diện tích được chứng nhận bền vững", T30, approx="over", status="target"),
    F("đạt 6 tỷ USD", "6", 6000000000, "money", "USD", "kim ngạch xuất khẩu",
      P("vào năm 2030", "2030-01-01", "2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT (ministry site): xuất khẩu cà phê năm 2023, thị trường, diện tích theo tỉnh, mục tiêu 2030.",
    "'Ngày đăng: 09/01/2024' is the dateline; 'Lượt xem: 2.156', 'Quyết định số 3417/QĐ-BNN-TT', 'ngày 30/12/2024', 'Số 2 Ngọc Hà',",
    "the phone number and 'quý IV/2023' are not figures. 'hai thị trường' only names Đức and Italy: optional.",
    "Trade partners are not places: their figures stay 'Việt Nam' with the country in the subject. The province list follows",
    "'trong đó' right after the national 710.000 ha: each item takes total 710000 and its province as location.",
    "Headline 4,24 tỷ USD carries its own 'năm 2023'. The 2030 targets: 'đến năm 2030' (as-of end), '6 tỷ USD vào năm 2030' (that year).",
    "'chiếm 17% tổng kim ngạch' is the percent of 720 triệu USD; 'chiếm lần lượt 13,1% và 9,2%' stand as percent figures (no base amount).",
]

if __name__ == "__main__":
    emit("p564-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
