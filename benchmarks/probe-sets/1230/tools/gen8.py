"""p1230-8: provincial newspaper online (Báo Phú Yên), fresh areca price slump, September 2023."""
from lib import F, P, I, C, T, write

TEXT = """BÁO PHÚ YÊN ONLINE
Kinh tế | Nông nghiệp

Giá cau tươi giảm gần 80%, nông dân lao đao

Thứ Hai, 11/09/2023 16:05

(BPY) - Những ngày này, giá cau tươi tại các huyện miền núi của tỉnh chỉ còn 8.000-10.000 đồng/kg, giảm gần 80% so với cùng kỳ năm 2022 (khoảng 45.000 đồng/kg).

Toàn tỉnh hiện có 2.140 ha cau, trong đó huyện Sơn Hòa 760 ha, Sông Hinh 615 ha, Tây Hòa 390 ha. Vụ cau năm nay, sản lượng ước đạt khoảng 9.500 tấn, tăng 15% so với năm trước do nhiều diện tích trồng mới bắt đầu cho quả. Trong quý III, thương lái trong tỉnh mới thu mua khoảng 1.200 tấn cau tươi, chỉ bằng 48% cùng kỳ.

Ông Nguyễn Văn Tư ở xã Sơn Hà, huyện Sơn Hòa có 1,5 ha cau đang cho thu hoạch. Năm 2022, ông bán cau thu gần 300 triệu đồng; năm nay, dù sản lượng tương đương, ông dự kiến chỉ thu chưa tới 80 triệu đồng. "Giá này thì chỉ đủ tiền công hái, phân bón", ông Tư nói.

Tại xã Hòa Mỹ Tây (huyện Tây Hòa), cơ sở sấy cau của anh Lê Văn Hùng có 3 lò sấy, mỗi ngày thu mua 10-12 tấn cau tươi, giải quyết việc làm cho 25 lao động với tiền công 200.000 đồng/người/ngày. Từ tháng 8 đến nay, lượng cau khô xuất đi giảm khoảng 50% do phía Trung Quốc hạn chế nhập khẩu.

Theo Sở NN&PTNT, tỉnh khuyến cáo nông dân không trồng mới cau ồ ạt; dự kiến đến cuối năm 2023, diện tích cau toàn tỉnh giữ ở mức khoảng 2.100 ha.

THÙY TRANG
"""

Y23 = P("Vụ cau năm nay", "2023-01-01", "2023-12-31")
Q3 = P("Trong quý III", "2023-07-01", "2023-09-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23B = P("năm nay", "2023-01-01", "2023-12-31")
EOY = P("đến cuối năm 2023", None, "2023-12-31")
AREA = "diện tích cau"
TU = "ông Nguyễn Văn Tư"
HUNG = "cơ sở sấy cau của anh Lê Văn Hùng"

FIGS = [
    F("giảm gần 80%,", "80", 80, "percent", "%", approx="nearly", subject="giá cau tươi"),
    F("còn 8.000-10.000", "8.000", 8000, "money", "đồng/kg", value_max=10000,
      change=C("decrease", 80, "%", "cùng kỳ năm 2022", approx="nearly"), subject="giá cau tươi tại các huyện miền núi"),
    F("(khoảng 45.000 đồng/kg)", "45.000", 45000, "money", "đồng/kg", approx="about",
      subject="giá cau tươi tại các huyện miền núi cùng kỳ năm 2022"),
    F("có 2.140 ha", "2.140", 2140, "measure", "ha", subject=AREA),
    F("Sơn Hòa 760 ha", "760", 760, "measure", "ha", total=2140, subject=AREA, location="Sơn Hòa"),
    F("Sông Hinh 615 ha", "615", 615, "measure", "ha", total=2140, subject=AREA, location="Sông Hinh"),
    F("Tây Hòa 390 ha", "390", 390, "measure", "ha", total=2140, subject=AREA, location="Tây Hòa"),
    F("khoảng 9.500 tấn", "9.500", 9500, "measure", "tấn", approx="about", status="estimate",
      change=C("increase", 15, "%", "năm trước"), subject="sản lượng cau", period=Y23),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about", percent=48,
      subject="cau tươi thương lái trong tỉnh thu mua", period=Q3),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject=f"diện tích cau đang cho thu hoạch của {TU}", location="Sơn Hòa"),
    F("gần 300 triệu", "300", 300000000, "money", "đồng", approx="nearly", subject=f"tiền bán cau của {TU}",
      location="Sơn Hòa", period=Y22),
    F("chưa tới 80 triệu", "80", 80000000, "money", "đồng", approx="under", status="forecast",
      subject=f"tiền bán cau của {TU}", location="Sơn Hòa", period=Y23B),
    F("có 3 lò", "3", 3, "count", "lò sấy", subject=f"lò sấy của {HUNG}", location="Tây Hòa"),
    F("thu mua 10-12 tấn", "10", 10, "measure", "tấn/ngày", value_max=12, subject="cau tươi cơ sở thu mua mỗi ngày",
      location="Tây Hòa"),
    F("cho 25 lao động", "25", 25, "count", "lao động", subject=f"lao động của {HUNG}", location="Tây Hòa"),
    F("200.000 đồng", "200.000", 200000, "money", "đồng/người/ngày", subject="tiền công lao động sấy cau",
      location="Tây Hòa"),
    F("giảm khoảng 50%", "50", 50, "percent", "%", approx="about", subject="lượng cau khô xuất đi",
      location="Tây Hòa", period=P("Từ tháng 8 đến nay", "2023-08-01", "2023-09-11")),
    F("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about", status="forecast", subject=AREA, period=EOY),
]

NOTES = [
    "revised after the first run: the two lead prices keep the sentence's qualifier 'tại các huyện miền núi' in the subject (the",
    "location can only say Phú Yên; the price is for the mountain districts, as 'tại vườn', 'tại chợ' are kept in p1230-1/-2).",
    "Provincial newspaper online (Báo Phú Yên): 'Thứ Hai, 11/09/2023 16:05', tag '(BPY) -', byline at the end; location Phú Yên.",
    "Headline 'giảm gần 80%' stands alone as the claim: a percent figure. In the lead the same 80% is the change of the price range.",
    "'(khoảng 45.000 đồng/kg)' restates the baseline price of 'cùng kỳ năm 2022' (a figure of its own; the period is only 'cùng kỳ').",
    "'trong đó huyện Sơn Hòa 760 ha, …' → parts of 2.140 ha (total), districts as locations (they need not add up after 'trong đó').",
    "'Vụ cau năm nay … ước đạt' → estimate, 2023; 'Trong quý III' (year-less) → Q3 2023; 'chỉ bằng 48% cùng kỳ' → percent.",
    "Farmer passage in Sơn Hòa, dryer passage in Tây Hòa (locations). 'ông dự kiến chỉ thu chưa tới 80 triệu' → forecast, under.",
    "'Từ tháng 8 đến nay, lượng cau khô xuất đi giảm khoảng 50%' (the dryer's shipments): percent figure, 2023-08-01 to the published date.",
    "Distractors: 16:05, '(BPY)', the date line.",
]

if __name__ == "__main__":
    write("p1230-8", TEXT, NOTES, FIGS, published="2023-09-11", location="Phú Yên")
