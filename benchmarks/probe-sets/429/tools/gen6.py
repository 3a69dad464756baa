import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """Thời sự › Nông nghiệp
Thứ tư, 10/4/2024, 14:20 (GMT+7)

Hơn 40.000 hộ thiếu nước sinh hoạt vì hạn mặn

Năm tỉnh miền Tây đã công bố tình huống khẩn cấp về hạn hán, xâm nhập mặn; Chính phủ hỗ trợ 1,2 nghìn tỷ đồng để khắc phục.

Đến ngày 9/4, 5 tỉnh Đồng bằng sông Cửu Long đã công bố tình huống khẩn cấp về thiên tai hạn hán, xâm nhập mặn, gồm Tiền Giang, Bến Tre, Long An, Kiên Giang và Cà Mau.

Theo Tổng cục Phòng chống thiên tai, mặn xâm nhập sâu nhất khoảng 75 km, trên các sông chính phổ biến từ 60 đến 70 km, thấp hơn mùa khô 2019-2020 nhưng cao hơn trung bình nhiều năm.

Cả nước hiện có khoảng 41.600 hộ thiếu nước sinh hoạt, nhiều nhất là Cà Mau 13.800 hộ, Tiền Giang 11.500 hộ, Bến Tre 9.700 hộ và Kiên Giang 4.200 hộ. Con số này chỉ bằng 43% so với mùa khô 2019-2020, khi có tới 96.000 hộ thiếu nước.

Về sản xuất, ước tính khoảng 26.000 ha lúa Đông Xuân bị thiệt hại, trong đó Kiên Giang 9.800 ha, Cà Mau 7.300 ha. Ngoài ra, hơn 12.000 ha cây ăn trái bị ảnh hưởng.

Ngày 5/4, Thủ tướng quyết định hỗ trợ 1.200 tỷ đồng từ nguồn dự phòng ngân sách trung ương cho 5 tỉnh trên, tăng 200 tỷ đồng so với đề xuất ban đầu của các địa phương. Riêng Cà Mau được hỗ trợ 350 tỷ đồng, chiếm 29,2% tổng kinh phí.

Dự báo đến cuối tháng 5, mặn có thể xuất hiện thêm 2 đợt, mỗi đợt kéo dài 5-7 ngày. Người dân được khuyến cáo trữ nước ngọt, hạn chế gieo sạ mới khi độ mặn trên 2‰.

Hoàng Nam
"""

fc = P("Dự báo đến cuối tháng 5", None, "2024-05-31")
subj_h = "hộ thiếu nước sinh hoạt"
subj_l = "diện tích lúa Đông Xuân bị thiệt hại"

figs = [
    F("Hơn 40.000 hộ", "40.000", 40000, "count", "hộ", subj_h, approx="over"),
    F("Năm tỉnh miền Tây", "Năm", 5, "count", "tỉnh", "tỉnh công bố tình huống khẩn cấp về hạn hán, xâm nhập mặn", optional=True),
    F("hỗ trợ 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "kinh phí Chính phủ hỗ trợ khắc phục hạn mặn"),
    F("9/4, 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh công bố tình huống khẩn cấp về thiên tai hạn hán, xâm nhập mặn",
      period=P("Đến ngày 9/4", None, "2024-04-09")),
    F("khoảng 75 km", "75", 75, "measure", "km", "độ xâm nhập mặn sâu nhất", approx="about"),
    F("từ 60 đến 70 km", "60", 60, "measure", "km", "độ xâm nhập mặn trên các sông chính", value_max=70),
    F("khoảng 41.600 hộ", "41.600", 41600, "count", "hộ", subj_h, approx="about"),
    F("Cà Mau 13.800 hộ", "13.800", 13800, "count", "hộ", subj_h, location="Cà Mau"),
    F("Tiền Giang 11.500 hộ", "11.500", 11500, "count", "hộ", subj_h, location="Tiền Giang"),
    F("Bến Tre 9.700 hộ", "9.700", 9700, "count", "hộ", subj_h, location="Bến Tre"),
    F("Kiên Giang 4.200 hộ", "4.200", 4200, "count", "hộ", subj_h, location="Kiên Giang"),
    F("bằng 43%", "43", 43, "percent", "%", "số hộ thiếu nước sinh hoạt so với mùa khô 2019-2020"),
    F("tới 96.000 hộ", "96.000", 96000, "count", "hộ", "hộ thiếu nước mùa khô 2019-2020"),
    F("khoảng 26.000 ha", "26.000", 26000, "measure", "ha", subj_l, approx="about", status="estimate"),
    F("Kiên Giang 9.800 ha", "9.800", 9800, "measure", "ha", subj_l, total=26000, status="estimate", location="Kiên Giang"),
    F("Cà Mau 7.300 ha", "7.300", 7300, "measure", "ha", subj_l, total=26000, status="estimate", location="Cà Mau"),
    F("hơn 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích cây ăn trái bị ảnh hưởng", approx="over"),
    F("hỗ trợ 1.200 tỷ đồng", "1.200", 1200000000000, "money", "đồng", "kinh phí hỗ trợ từ nguồn dự phòng ngân sách trung ương",
      change=C("increase", 200000000000, "đồng", "đề xuất ban đầu của các địa phương")),
    F("cho 5 tỉnh trên", "5", 5, "count", "tỉnh", "tỉnh được hỗ trợ", optional=True),
    F("hỗ trợ 350 tỷ đồng", "350", 350000000000, "money", "đồng", "kinh phí hỗ trợ", percent=29.2,
      location="Cà Mau"),
    F("thêm 2 đợt", "2", 2, "count", "đợt", "đợt mặn xuất hiện thêm", status="forecast", period=fc),
    F("kéo dài 5-7 ngày", "5", 5, "measure", "ngày", "thời gian kéo dài mỗi đợt mặn", value_max=7,
      status="forecast", period=fc),
    F("trên 2‰", "2", 2, "measure", "‰", "độ mặn", approx="over", optional=True),
]

comments = """
National online press (VnExpress-like): hạn mặn ĐBSCL mùa khô 2024 — provinces declaring emergency, households short of water, rice damage,
Prime Minister's support. Dateline "Thứ tư, 10/4/2024, 14:20 (GMT+7)"; byline at the end. "(GMT+7)", "Ngày 5/4" are not figures.
National figures (cả nước, the Tổng cục's report, the Prime Minister's support) take Việt Nam; list items take their province.
"5 tỉnh …, gồm Tiền Giang, …" stays national. The lead's "Năm tỉnh" and "cho 5 tỉnh trên" restate the 5 (optional); "1,2 nghìn tỷ" in the lead = 1.200 tỷ.
Household items after "nhiều nhất là" have no part-of cue (and do not add up): no total. "Con số này chỉ bằng 43% so với mùa khô 2019-2020"
stands alone in its sentence: a percent figure. 96.000 hộ is a figure of its own (the 2019-2020 level).
"ước tính" makes 26.000 ha and its parts after "trong đó" estimates; the next sentence ("Ngoài ra, hơn 12.000 ha") is actual.
"tăng 200 tỷ đồng so với đề xuất ban đầu" is the change of 1.200 tỷ; "chiếm 29,2%" is the percent of 350 tỷ.
"Dự báo đến cuối tháng 5" (year from the dateline) is forecast, end 2024-05-31; "5-7 ngày" is the length of each salinity wave (a claim, measure).
"độ mặn trên 2‰" is a threshold (optional). "mùa khô 2019-2020", "mùa khô 2024" are seasons, not spec periods: no period given.
"""

build("p429-6", text, comments, figs, published="2024-04-10", location="Việt Nam")
