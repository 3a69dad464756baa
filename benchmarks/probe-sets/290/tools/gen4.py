from lib import *

text = """Kinh tế > Thị trường
Thứ ba, 8/10/2024, 10:15 (GMT+7)

Xuất khẩu hồ tiêu 9 tháng thu về hơn 1 tỷ USD

Theo Hiệp hội Hồ tiêu và Cây gia vị Việt Nam (VPSA), 9 tháng năm 2024, cả nước xuất khẩu 200.815 tấn hồ tiêu các loại, giảm 13,6% so với cùng kỳ; kim ngạch đạt 1,05 tỷ USD, tăng 42,7%. Trong đó, hồ tiêu đen đạt 172.400 tấn, hồ tiêu trắng 28.415 tấn.

Giá xuất khẩu bình quân 9 tháng đạt 5.229 USD/tấn, tăng 65,2% so với cùng kỳ năm 2023. Mỹ tiếp tục là thị trường lớn nhất với 58.250 tấn, chiếm 29% tổng lượng xuất khẩu; tiếp theo là Đức 13.870 tấn, UAE 12.100 tấn và Ấn Độ 10.560 tấn.

Top 5 doanh nghiệp xuất khẩu lớn nhất chiếm 35,8% thị phần, dẫn đầu là Olam Việt Nam với 21.430 tấn. Trong 9 tháng, các doanh nghiệp cũng nhập khẩu 29.640 tấn hồ tiêu, trị giá 139,8 triệu USD, chủ yếu từ Brazil, Campuchia và Indonesia để phối trộn, tái xuất.

Việt Nam hiện đứng thứ nhất thế giới về sản xuất và xuất khẩu hồ tiêu, chiếm khoảng 60% thị phần toàn cầu. Tuy nhiên, sản lượng hồ tiêu năm 2024 ước khoảng 170.000 tấn, giảm khoảng 10% so với năm 2023 do diện tích thu hẹp còn khoảng 110.000 ha. Các vùng trồng tiêu chủ lực là Đắk Nông, Đắk Lắk, Gia Lai, Bình Phước, Đồng Nai và Bà Rịa - Vũng Tàu.

VPSA dự báo năm 2024 kim ngạch xuất khẩu hồ tiêu có thể đạt 1,3-1,4 tỷ USD, cao nhất kể từ năm 2017. Theo Chiến lược phát triển ngành hồ tiêu, đến năm 2030 diện tích hồ tiêu cả nước duy trì khoảng 100.000 ha, kim ngạch xuất khẩu đạt 1,5 tỷ USD; ít nhất 70% sản lượng được sản xuất theo tiêu chuẩn bền vững.

Hội nghị tổng kết ngành hồ tiêu dự kiến diễn ra ngày 25/10 tại TP Buôn Ma Thuột. Thông tin liên hệ: 028.3930.8129.

Hà An
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9y = P("9 tháng", "2024-01-01", "2024-09-30")
N9yi = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("thu về hơn 1 tỷ USD", "1", 1000000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", P("9 tháng", "2024-01-01", "2024-09-30"), approx="over", optional=True),
    F("xuất khẩu 200.815 tấn", "200.815", 200815, "measure", "tấn", "hồ tiêu các loại xuất khẩu", N9,
      change=ch("decrease", 13.6, "%", "cùng kỳ")),
    F("đạt 1,05 tỷ USD", "1,05", 1050000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", N9,
      change=ch("increase", 42.7, "%")),
    F("đen đạt 172.400 tấn", "172.400", 172400, "measure", "tấn", "hồ tiêu đen xuất khẩu", N9i, total=200815),
    F("trắng 28.415 tấn", "28.415", 28415, "measure", "tấn", "hồ tiêu trắng xuất khẩu", N9i, total=200815),
    F("đạt 5.229 USD/tấn", "5.229", 5229, "money", "USD/tấn", "giá xuất khẩu hồ tiêu bình quân", N9y,
      change=ch("increase", 65.2, "%", "cùng kỳ năm 2023")),
    F("với 58.250 tấn", "58.250", 58250, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang Mỹ", N9yi, percent=29),
    F("Đức 13.870 tấn", "13.870", 13870, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang Đức", N9yi),
    F("UAE 12.100 tấn", "12.100", 12100, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang UAE", N9yi),
    F("Ấn Độ 10.560 tấn", "10.560", 10560, "measure", "tấn", "lượng hồ tiêu xuất khẩu sang Ấn Độ", N9yi),
    F("Top 5 doanh", "5", 5, "count", "doanh nghiệp", optional=True),
    F("chiếm 35,8% thị phần", "35,8", 35.8, "percent", "%", "thị phần của 5 doanh nghiệp xuất khẩu lớn nhất", N9yi),
    F("với 21.430 tấn", "21.430", 21430, "measure", "tấn", "lượng hồ tiêu xuất khẩu của Olam Việt Nam", N9yi),
    F("nhập khẩu 29.640 tấn", "29.640", 29640, "measure", "tấn", "hồ tiêu nhập khẩu", N9y),
    F("trị giá 139,8 triệu USD", "139,8", 139800000, "money", "USD", "trị giá hồ tiêu nhập khẩu", N9y),
    F("đứng thứ nhất thế giới", "nhất", 1, "rank", "hạng", "sản xuất và xuất khẩu hồ tiêu"),
    F("khoảng 60% thị phần", "60", 60, "percent", "%", "thị phần hồ tiêu toàn cầu của Việt Nam", approx="about"),
    F("ước khoảng 170.000 tấn", "170.000", 170000, "measure", "tấn", "sản lượng hồ tiêu", Y24, approx="about",
      status="estimate", change=ch("decrease", 10, "%", "năm 2023", "about")),
    F("còn khoảng 110.000 ha", "110.000", 110000, "measure", "ha", "diện tích hồ tiêu", Y24, approx="about"),
    F("đạt 1,3-1,4 tỷ USD", "1,3", 1300000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", Y24,
      value_max=1400000000, status="forecast"),
    F("khoảng 100.000 ha", "100.000", 100000, "measure", "ha", "diện tích hồ tiêu cả nước", T30, approx="about", status="target"),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", "kim ngạch xuất khẩu hồ tiêu", T30, status="target"),
    F("ít nhất 70% sản lượng", "70", 70, "percent", "%", "sản lượng được sản xuất theo tiêu chuẩn bền vững", T30,
      approx="at_least", status="target"),
]
comments = [
    "National press: xuất khẩu hồ tiêu 9 tháng năm 2024 (VPSA). Dateline 'Thứ ba, 8/10/2024, 10:15 (GMT+7)'; byline at the end. Location Việt Nam.",
    "'giảm 13,6% so với cùng kỳ' belongs to 200.815 tấn; 'kim ngạch đạt 1,05 tỷ USD, tăng 42,7%' (no baseline written). Black + white = 200.815 ('Trong đó').",
    "Trade partners (Mỹ, Đức, UAE, Ấn Độ, Brazil …) are not places of the figure: location stays Việt Nam; subject names the market.",
    "'Top 5 doanh nghiệp' label: optional. 'đứng thứ nhất thế giới' rank 1; 'chiếm khoảng 60% thị phần' follows a rank, so it is a percent figure of its own.",
    "'diện tích thu hẹp còn khoảng 110.000 ha' states only the new level (no change); same sentence as 'năm 2024'.",
    "'dự báo … có thể đạt 1,3-1,4 tỷ USD' forecast range; 'kể từ năm 2017' distractor. 'đến năm 2030' targets incl. 'ít nhất 70%'.",
    "Headline 'thu về hơn 1 tỷ USD' restates 1,05 tỷ USD rounded: optional (as the headline in p290-8).",
    "Distractors: 'ngày 25/10', 'TP Buôn Ma Thuột' (venue), phone 028.3930.8129, '(GMT+7)', '10:15'.",
    "revised: headline 'thu về hơn 1 tỷ USD' added as optional (had been left unannotated; consistent with the headline in p290-8).",
]
build(4, text, comments, figs, published="2024-10-08", location="Việt Nam")
