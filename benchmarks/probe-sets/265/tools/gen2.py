from lib import F, P, Y, C, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
Kinh tế - Xã hội
Thứ Tư, 15/05/2024 - 10:20

Làng nghề mây tre đan Chương Mỹ: Xuất khẩu quý I/2024 tăng 12,5%

Chương Mỹ hiện có 174 làng có nghề, trong đó 39 làng được UBND thành phố Hà Nội công nhận làng nghề truyền thống, chủ yếu là nghề mây tre giang đan. Nghề mây tre đan thu hút khoảng 25.000 lao động, chiếm gần 15% lao động nông thôn của huyện.

Quý I/2024, giá trị sản xuất của các làng nghề mây tre đan ước đạt 612 tỷ đồng, tăng 9,3% so với cùng kỳ năm 2023; kim ngạch xuất khẩu ước đạt 18,6 triệu USD, tăng 12,5%. Về cơ cấu thị trường, tỷ trọng kim ngạch xuất khẩu sang Nhật Bản chiếm 32%, Hoa Kỳ 27% và các nước EU 21%.

Toàn huyện có 86 doanh nghiệp, hợp tác xã và hơn 1.200 hộ sản xuất, kinh doanh hàng mây tre đan. Thu nhập bình quân của lao động làng nghề từ 6 đến 8 triệu đồng/người/tháng, cao hơn khoảng 1,5 lần so với lao động thuần nông.

Tiêu biểu là làng nghề Phú Vinh (xã Phú Nghĩa) với trên 1.500 hộ làm nghề, 12 sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên. Sản phẩm của làng đã có mặt tại hơn 30 quốc gia và vùng lãnh thổ.

Năm 2024, huyện phấn đấu kim ngạch xuất khẩu hàng mây tre đan đạt 80 triệu USD, tăng 10% so với năm 2023; đào tạo nghề cho 1.000 lao động nông thôn. Hội chợ làng nghề Chương Mỹ lần thứ 3 sẽ diễn ra từ ngày 18 đến 22/10/2024 tại Sân vận động huyện (Quốc lộ 6, thị trấn Chúc Sơn).

Minh Hương - Trung tâm VH-TT&TT huyện
Địa chỉ: Khu Bắc Sơn, thị trấn Chúc Sơn, huyện Chương Mỹ, TP Hà Nội. ĐT: 024.3386.6207
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1I = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
Y24 = Y(2024, "Năm 2024")

FIGS = [
    F("quý I/2024 tăng 12,5%", "12,5", 12.5, "percent", "%", "xuất khẩu làng nghề mây tre đan",
      P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("có 174 làng", "174", 174, "count", "làng có nghề", "làng có nghề"),
    F("trong đó 39 làng", "39", 39, "count", "làng", "làng được công nhận làng nghề truyền thống", total=174),
    F("khoảng 25.000 lao động", "25.000", 25000, "count", "lao động", "lao động nghề mây tre đan",
      approx="about", percent=15),
    F("ước đạt 612 tỷ đồng", "612", 612e9, "money", "đồng", "giá trị sản xuất của các làng nghề mây tre đan", Q1,
      status="estimate", change=C("increase", 9.3, "%", "cùng kỳ năm 2023")),
    F("ước đạt 18,6 triệu USD", "18,6", 18.6e6, "money", "USD", "kim ngạch xuất khẩu", Q1,
      status="estimate", change=C("increase", 12.5, "%")),
    F("chiếm 32%", "32", 32, "percent", "%", "tỷ trọng kim ngạch xuất khẩu sang Nhật Bản", Q1I),
    F("Hoa Kỳ 27%", "27", 27, "percent", "%", "tỷ trọng kim ngạch xuất khẩu sang Hoa Kỳ", Q1I),
    F("EU 21%", "21", 21, "percent", "%", "tỷ trọng kim ngạch xuất khẩu sang các nước EU", Q1I),
    F("có 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp, hợp tác xã",
      "doanh nghiệp, hợp tác xã sản xuất, kinh doanh hàng mây tre đan"),
    F("hơn 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ sản xuất, kinh doanh hàng mây tre đan", approx="over"),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      value_max=8e6, change=C("increase", 1.5, "lần", "lao động thuần nông", approx="about")),
    F("trên 1.500 hộ", "1.500", 1500, "count", "hộ", "hộ làm nghề làng nghề Phú Vinh", approx="over"),
    F("12 sản phẩm", "12", 12, "count", "sản phẩm", "sản phẩm đạt chứng nhận OCOP"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
    F("hơn 30 quốc gia", "30", 30, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có sản phẩm của làng",
      approx="over"),
    F("đạt 80 triệu USD", "80", 80e6, "money", "USD", "kim ngạch xuất khẩu hàng mây tre đan", Y24,
      status="target", change=C("increase", 10, "%", "năm 2023")),
    F("cho 1.000 lao động", "1.000", 1000, "count", "lao động", "đào tạo nghề cho lao động nông thôn", Y24, status="target"),
    F("lần thứ 3", "3", 3, "count", "lần", optional=True),
]

COMMENTS = [
    "District portal of Chương Mỹ (Hà Nội): rattan-bamboo craft villages, Q1/2024 output and exports, market shares, incomes, 2024 targets.",
    "Dateline 'Thứ Tư, 15/05/2024 - 10:20'; byline and address at the end; distractors: phone 024.3386.6207, 'Quốc lộ 6', dates 18-22/10/2024,",
    "'UBND thành phố Hà Nội' (an organ, not the place of the figures), commune 'xã Phú Nghĩa' (not a district: location stays Chương Mỹ).",
    "Title 'Xuất khẩu quý I/2024 tăng 12,5%' is a growth-rate claim: percent figure without change. In the body 12,5% is the change of 18,6 triệu USD.",
    "'chiếm gần 15% lao động nông thôn' is the percent of 25.000 lao động. Market shares: trade partners stay in the subject, location Chương Mỹ.",
    "'cao hơn khoảng 1,5 lần so với lao động thuần nông' is the change (lần) of the income range. 'OCOP từ 3 sao' (a rating level) and 'lần thứ 3' optional.",
    "Status: 'ước đạt' in both Q1 clauses -> estimate; 'phấn đấu' -> target for both 2024 clauses.",
]

if __name__ == "__main__":
    emit("p265-2", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Chương Mỹ")
