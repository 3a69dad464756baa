from lib import P, F, build

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/11/2024, 10:20 (GMT+7)

Xuất khẩu bơ tăng gấp đôi, nông dân Tây Nguyên mở rộng diện tích

Kim ngạch xuất khẩu bơ 10 tháng năm nay ước đạt 42 triệu USD, gấp 2,3 lần cùng kỳ năm 2023, theo Hiệp hội Rau quả Việt Nam (Vinafruit).

Trung Quốc tiếp tục là thị trường lớn nhất, chiếm khoảng 65% kim ngạch; tiếp theo là Nhật Bản, Hàn Quốc và Úc. Hiện cả nước có 186 mã số vùng trồng và 25 cơ sở đóng gói bơ được phép xuất khẩu sang Trung Quốc.

Theo Cục Trồng trọt (Bộ Nông nghiệp và Phát triển nông thôn), cả nước có khoảng 75.600 ha bơ, sản lượng năm 2023 đạt hơn 310.000 tấn. Trong đó, các tỉnh Tây Nguyên chiếm gần 70% diện tích với khoảng 52.800 ha. Đắk Lắk là địa phương có diện tích bơ lớn nhất với hơn 24.000 ha, tiếp đến là Lâm Đồng (16.300 ha), Đắk Nông (9.850 ha) và Gia Lai (7.200 ha).

Phần lớn diện tích bơ ở Tây Nguyên được trồng xen trong vườn cà phê, sầu riêng. Anh Y Siêm Byă ở buôn Ea Kmar (huyện Krông Pắc, Đắk Lắk) cho biết, 1,2 ha cà phê của gia đình trồng xen 120 cây bơ 034, vụ này thu gần 24 tấn quả.

Giá bơ 034 tại vườn ở Đắk Lắk trong tháng 10 dao động 25.000-40.000 đồng/kg, tăng 5.000-7.000 đồng/kg so với tháng trước. Các thương lái cho biết, khoảng 30% sản lượng bơ chất lượng cao được tuyển chọn cho xuất khẩu.

Ông Đặng Phúc Nguyên, Tổng thư ký Vinafruit, cho rằng dư địa của bơ còn lớn: mục tiêu đến năm 2030 kim ngạch xuất khẩu bơ đạt 100 triệu USD. Tuy nhiên, hiện chỉ chưa đến 10% diện tích bơ cả nước đạt tiêu chuẩn VietGAP hoặc GlobalGAP, và tỷ lệ bơ qua chế biến sâu mới khoảng 5%.

Hoàng Sơn
"""

PUB = "2024-11-12"
M10 = P("10 tháng năm nay", "2024-01-01", "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T10 = P("tháng 10", "2023-10-01", "2023-10-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "xuất khẩu bơ", optional=True),
    F("ước đạt 42 triệu USD", "42", 42000000, "money", "USD", "kim ngạch xuất khẩu bơ", M10, status="estimate",
      location="Việt Nam",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"}),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu bơ",
      approx="about", location="Việt Nam"),
    F("có 186 mã số", "186", 186, "count", "mã số vùng trồng", "mã số vùng trồng bơ được phép xuất khẩu sang Trung Quốc",
      location="Việt Nam"),
    F("và 25 cơ sở", "25", 25, "count", "cơ sở đóng gói", "cơ sở đóng gói bơ được phép xuất khẩu sang Trung Quốc",
      location="Việt Nam"),
    F("khoảng 75.600 ha", "75.600", 75600, "measure", "ha", "diện tích bơ", approx="about", location="Việt Nam"),
    F("hơn 310.000 tấn", "310.000", 310000, "measure", "tấn", "sản lượng bơ", Y23, approx="over", location="Việt Nam"),
    F("khoảng 52.800 ha", "52.800", 52800, "measure", "ha", "diện tích bơ các tỉnh Tây Nguyên", approx="about",
      total=75600, percent=70, location="Việt Nam"),
    F("hơn 24.000 ha", "24.000", 24000, "measure", "ha", "diện tích bơ", approx="over", location="Đắk Lắk"),
    F("Lâm Đồng (16.300 ha)", "16.300", 16300, "measure", "ha", "diện tích bơ", location="Lâm Đồng"),
    F("Đắk Nông (9.850 ha)", "9.850", 9850, "measure", "ha", "diện tích bơ", location="Đắk Nông"),
    F("Gia Lai (7.200 ha)", "7.200", 7200, "measure", "ha", "diện tích bơ", location="Gia Lai"),
    F("1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích cà phê của gia đình anh Y Siêm Byă", location="Krông Pắc"),
    F("xen 120 cây", "120", 120, "count", "cây", "cây bơ 034 trồng xen của gia đình anh Y Siêm Byă",
      location="Krông Pắc"),
    F("gần 24 tấn", "24", 24, "measure", "tấn", "sản lượng bơ gia đình anh Y Siêm Byă thu vụ này", approx="nearly",
      location="Krông Pắc"),
    F("dao động 25.000-40.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bơ 034 tại vườn", T10,
      value_max=40000, location="Đắk Lắk",
      change={"direction": "increase", "value": 5000, "unit": "đồng/kg", "baseline": "tháng trước"}),
    F("khoảng 30% sản lượng", "30", 30, "percent", "%", "sản lượng bơ chất lượng cao được tuyển chọn cho xuất khẩu",
      approx="about", optional=True),
    F("đạt 100 triệu USD", "100", 100000000, "money", "USD", "kim ngạch xuất khẩu bơ", Y30, status="target",
      location="Việt Nam"),
    F("chưa đến 10%", "10", 10, "percent", "%", "diện tích bơ cả nước đạt tiêu chuẩn VietGAP hoặc GlobalGAP",
      approx="under", location="Việt Nam"),
    F("mới khoảng 5%", "5", 5, "percent", "%", "tỷ lệ bơ qua chế biến sâu", approx="about", location="Việt Nam"),
]

COMMENTS = """
National press (business section), 'Thứ ba, 12/11/2024, 10:20 (GMT+7)': avocado exports, national and Tây Nguyên area, provinces, a household, prices.
No doc-level location: national figures are 'Việt Nam' (cả nước, Vinafruit/Cục Trồng trọt totals); the Tây Nguyên regional figure also takes
'Việt Nam' (a region is no province, as in earlier probe sets); provinces in the list go to location; the household is in Krông Pắc.
'10 tháng năm nay' = Jan–Oct 2024 (dateline year).
'trong tháng 10' (no year) takes the year of the nearest earlier period, 'năm 2023' (paragraph 3), by FIGURES.md's rule: 2023-10
(revised from 2024-10, which is what a reader would infer; the spec's literal rule says 2023). 'gấp 2,3 lần cùng kỳ năm 2023' after the amount is its change (2.3 lần), not a multiple figure.
'Trong đó, các tỉnh Tây Nguyên chiếm gần 70% diện tích với khoảng 52.800 ha': total 75600, percent 70.
'tăng 5.000-7.000 đồng/kg so với tháng trước': change of the price range, value 5000 (first number of the range).
'khoảng 30% sản lượng …' is a traders' estimate without a clear place (optional). Headline 'gấp đôi' restates the body's 2,3 lần (optional multiple).
Distractors: bơ 034, '(GMT+7)', time 10:20, 'cây bơ 034' within a count.
"""

build(5, COMMENTS, TEXT, FIGS, published=PUB, location=None)
