from lib import *

text = """Ngành điều: Xuất khẩu tăng tốc, nguyên liệu vẫn phụ thuộc nhập khẩu

Theo Hiệp hội Điều Việt Nam (Vinacas), quý III/2024, cả nước xuất khẩu 198.500 tấn nhân điều, trị giá 1,25 tỷ USD, tăng 9,7% về lượng và 24,3% về trị giá so với quý III/2023.

Lũy kế 9 tháng năm 2024, xuất khẩu hạt điều đạt 563.400 tấn, kim ngạch 3,38 tỷ USD, tăng 24,6% so với cùng kỳ năm 2023. Giá xuất khẩu bình quân đạt khoảng 6.000 USD/tấn. Về thị trường, thị phần trong tổng kim ngạch xuất khẩu điều 9 tháng lần lượt là: Mỹ (27,4%), Trung Quốc (15,8%), Hà Lan (8,6%).

Để có nguyên liệu cho chế biến, 9 tháng các doanh nghiệp đã nhập khẩu khoảng 2,1 triệu tấn điều thô, trong đó từ Campuchia 980.000 tấn, Bờ Biển Ngà 640.000 tấn, Ghana 215.000 tấn.

Trong khi đó, sản lượng điều thô trong nước năm 2024 ước chỉ đạt 340.000-350.000 tấn. Lượng này chỉ đáp ứng chưa đến 20% nhu cầu nguyên liệu của các nhà máy. Diện tích điều cả nước đã giảm từ hơn 440.000 ha (năm 2010) xuống còn khoảng 305.000 ha, tập trung ở Bình Phước, Đồng Nai, Đắk Nông, Bình Thuận.

Cả nước hiện có khoảng 500 doanh nghiệp, cơ sở chế biến điều với tổng công suất trên 3 triệu tấn điều thô/năm. Việt Nam giữ vị trí số 1 thế giới về chế biến và xuất khẩu nhân điều suốt 18 năm liên tiếp.

Năm 2024, ngành điều phấn đấu kim ngạch xuất khẩu đạt 4 tỷ USD. Theo Đề án phát triển ngành điều, đến năm 2030, diện tích điều cả nước duy trì khoảng 300.000 ha, năng suất bình quân đạt 1,6 tấn/ha, tỷ lệ chế biến sâu đạt trên 50%.

Ông Phạm Văn Công, Chủ tịch Vinacas, cho biết hiệp hội đang kiến nghị cơ quan chức năng tiếp tục tái canh, cải tạo vườn điều để nâng năng suất, đồng thời kiểm soát chất lượng điều thô nhập khẩu.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9y = P("9 tháng", "2024-01-01", "2024-09-30")
N9yi = P("9 tháng", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("xuất khẩu 198.500 tấn", "198.500", 198500, "measure", "tấn", "nhân điều xuất khẩu", Q3,
      change=ch("increase", 9.7, "%", "quý III/2023")),
    F("trị giá 1,25 tỷ USD", "1,25", 1250000000, "money", "USD", "trị giá xuất khẩu nhân điều", Q3,
      change=ch("increase", 24.3, "%", "quý III/2023")),
    F("đạt 563.400 tấn", "563.400", 563400, "measure", "tấn", "xuất khẩu hạt điều", N9),
    F("kim ngạch 3,38 tỷ USD", "3,38", 3380000000, "money", "USD", "kim ngạch xuất khẩu hạt điều", N9,
      change=ch("increase", 24.6, "%", "cùng kỳ năm 2023")),
    F("khoảng 6.000 USD/tấn", "6.000", 6000, "money", "USD/tấn", "giá xuất khẩu bình quân", N9i, approx="about"),
    F("Mỹ (27,4%)", "27,4", 27.4, "percent", "%", "thị phần trong tổng kim ngạch xuất khẩu điều của Mỹ", N9y),
    F("Trung Quốc (15,8%)", "15,8", 15.8, "percent", "%", "thị phần trong tổng kim ngạch xuất khẩu điều của Trung Quốc", N9y),
    F("Hà Lan (8,6%)", "8,6", 8.6, "percent", "%", "thị phần trong tổng kim ngạch xuất khẩu điều của Hà Lan", N9y),
    F("khoảng 2,1 triệu tấn", "2,1", 2100000, "measure", "tấn", "điều thô nhập khẩu", N9y, approx="about"),
    F("Campuchia 980.000 tấn", "980.000", 980000, "measure", "tấn", "điều thô nhập khẩu từ Campuchia", N9y, total=2100000),
    F("Bờ Biển Ngà 640.000 tấn", "640.000", 640000, "measure", "tấn", "điều thô nhập khẩu từ Bờ Biển Ngà", N9y, total=2100000),
    F("Ghana 215.000 tấn", "215.000", 215000, "measure", "tấn", "điều thô nhập khẩu từ Ghana", N9y, total=2100000),
    F("đạt 340.000-350.000 tấn", "340.000", 340000, "measure", "tấn", "sản lượng điều thô trong nước", Y24,
      value_max=350000, status="estimate"),
    F("chưa đến 20%", "20", 20, "percent", "%", "tỷ lệ đáp ứng nhu cầu nguyên liệu của các nhà máy", P("năm 2024", "2024-01-01", "2024-12-31", inh=True),
      approx="under"),
    F("hơn 440.000 ha", "440.000", 440000, "measure", "ha", "diện tích điều cả nước", P("năm 2010", "2010-01-01", "2010-12-31"),
      approx="over"),
    F("khoảng 305.000 ha", "305.000", 305000, "measure", "ha", "diện tích điều cả nước", approx="about"),
    F("khoảng 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp, cơ sở", "doanh nghiệp, cơ sở chế biến điều", approx="about"),
    F("trên 3 triệu tấn", "3", 3000000, "measure", "tấn/năm", "tổng công suất chế biến điều", approx="over"),
    F("vị trí số 1", "1", 1, "rank", "hạng", "chế biến và xuất khẩu nhân điều"),
    F("18 năm liên tiếp", "18", 18, "count", "năm", optional=True),
    F("đạt 4 tỷ USD", "4", 4000000000, "money", "USD", "kim ngạch xuất khẩu điều", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 300.000 ha", "300.000", 300000, "measure", "ha", "diện tích điều cả nước", T30, approx="about", status="target"),
    F("đạt 1,6 tấn/ha", "1,6", 1.6, "measure", "tấn/ha", "năng suất điều bình quân", T30, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ chế biến sâu", T30, approx="over", status="target"),
]
comments = [
    "National press, no dateline at all (published null). Cashew exports Q3 and 9 months 2024, raw-nut imports, processing capacity, 2030 targets. Location Việt Nam.",
    "'tăng 9,7% về lượng và 24,3% về trị giá so với quý III/2023' — the respective construction: 9,7% is the change of 198.500 tấn, 24,3% of 1,25 tỷ USD.",
    "'Lũy kế 9 tháng năm 2024' in the same sentence; the next sentences take it (inherited) or restate year-less '9 tháng' (year 2024 from earlier).",
    "Market shares list (partners are not places: location Việt Nam). Imports 'trong đó từ …' parts of 2,1 triệu tấn (total 2100000).",
    "'Lượng này chỉ đáp ứng chưa đến 20%' is a sentence of its own: a percent figure (under), period inherited.",
    "'giảm từ hơn 440.000 ha (năm 2010) xuống còn khoảng 305.000 ha': two levels, no change object; the bracketed year is the first one's period.",
    "'suốt 18 năm liên tiếp' streak: optional. 'vị trí số 1' rank. Targets: 'Năm 2024 … phấn đấu', 'đến năm 2030'. Distractors: 'quý III/2023', 'Đề án', person name.",
    "revised: capacity unit 'tấn điều thô/năm' → 'tấn/năm' (shortest noun phrase, as 'tấn/ngày' in p290-7).",
]
build(6, text, comments, figs, location="Việt Nam")
