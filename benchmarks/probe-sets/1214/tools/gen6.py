"""p1214-6: national newspaper: shrimp feed prices up, farmers in Sóc Trăng squeezed."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế > Nông nghiệp

Giá thức ăn tôm tăng, người nuôi ở Sóc Trăng lo lỗ

Thứ Tư, 05/06/2024, 08:30 (GMT+7)

Từ đầu năm đến nay, các hãng thức ăn thủy sản đã hai lần điều chỉnh giá thức ăn tôm, mỗi lần tăng từ 500 đến 1.000 đồng/kg. Hiện giá thức ăn tôm thẻ chân trắng loại tốt ở mức 36.000-42.000 đồng/kg, cao hơn khoảng 8% so với cùng kỳ năm ngoái.

Ông Lâm Văn Sang, ngụ xã Lai Hòa, thị xã Vĩnh Châu, nuôi 3 ao tôm thẻ trên diện tích 1,2 ha cho biết, chi phí thức ăn chiếm khoảng 60% tổng chi phí nuôi. Mỗi vụ, gia đình ông dùng khoảng 14 tấn thức ăn; với giá mới, chi phí tăng thêm gần 25 triệu đồng/vụ, trong khi tôm thẻ cỡ 100 con/kg chỉ bán được 85.000-90.000 đồng/kg, thấp hơn 15.000 đồng/kg so với đầu năm.

Theo Sở Nông nghiệp và Phát triển nông thôn Sóc Trăng, 5 tháng đầu năm 2024 toàn tỉnh thả nuôi 18.600 ha tôm nước lợ, đạt 33,8% kế hoạch; sản lượng thu hoạch 41.250 tấn. Nhu cầu thức ăn tôm cả năm ước khoảng 230.000 tấn, trong khi trên địa bàn tỉnh chỉ có 2 nhà máy sản xuất thức ăn thủy sản với tổng công suất 120.000 tấn/năm.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), cả nước hiện có khoảng 110 doanh nghiệp sản xuất thức ăn tôm, trong đó doanh nghiệp FDI chiếm gần 70% thị phần. Ba tháng gần đây, giá nguyên liệu bột cá, bột đậu nành nhập khẩu tăng từ 10 đến 15%.

MINH HUY
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
VC = "Vĩnh Châu"
VN = "Việt Nam"

FIGS = [
    F("hai lần", "hai", 2, "count", "lần", subject="lần điều chỉnh giá thức ăn tôm", period=YTD),
    F("từ 500 đến 1.000", "500", 500, "money", "đồng/kg", value_max=1000,
      subject="mức tăng giá thức ăn tôm mỗi lần điều chỉnh", period=YTD),
    F("mức 36.000-42.000", "36.000", 36000, "money", "đồng/kg", value_max=42000,
      change=C("increase", 8, "%", "cùng kỳ năm ngoái", approx="about"),
      subject="giá thức ăn tôm thẻ chân trắng loại tốt"),
    F("nuôi 3 ao", "3", 3, "count", "ao", subject="ao tôm thẻ của ông Lâm Văn Sang", location=VC),
    F("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích nuôi tôm thẻ của ông Lâm Văn Sang", location=VC),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ lệ chi phí thức ăn trong tổng chi phí nuôi", location=VC),
    F("khoảng 14 tấn", "14", 14, "measure", "tấn/vụ", approx="about",
      subject="thức ăn gia đình ông dùng mỗi vụ", location=VC),
    F("gần 25 triệu", "25", 25000000, "money", "đồng/vụ", approx="nearly",
      subject="chi phí tăng thêm", location=VC),
    F("cỡ 100 con/kg", "100", 100, "measure", "con/kg", optional=True, subject="cỡ tôm thẻ", location=VC),
    F("được 85.000-90.000", "85.000", 85000, "money", "đồng/kg", value_max=90000,
      change=C("decrease", 15000, "đồng/kg", "đầu năm"), subject="giá bán tôm thẻ cỡ 100 con/kg", location=VC),
    F("nuôi 18.600 ha", "18.600", 18600, "measure", "ha", percent=33.8,
      subject="diện tích thả nuôi tôm nước lợ", period=M5),
    F("thu hoạch 41.250 tấn", "41.250", 41250, "measure", "tấn", subject="sản lượng tôm nước lợ thu hoạch", period=M5),
    F("khoảng 230.000 tấn", "230.000", 230000, "measure", "tấn", approx="about", status="estimate",
      subject="nhu cầu thức ăn tôm", period=YEAR),
    F("có 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản trên địa bàn tỉnh"),
    F("công suất 120.000 tấn", "120.000", 120000, "measure", "tấn/năm",
      subject="tổng công suất nhà máy sản xuất thức ăn thủy sản trên địa bàn tỉnh"),
    F("khoảng 110 doanh nghiệp", "110", 110, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp sản xuất thức ăn tôm", location=VN),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="thị phần thức ăn tôm của doanh nghiệp FDI", location=VN),
    F("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15,
      subject="giá nguyên liệu bột cá, bột đậu nành nhập khẩu", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 05/06/2024, 08:30 (GMT+7)', byline at the end. Default location Sóc Trăng; the farm of ông Lâm Văn Sang",
    "is in thị xã Vĩnh Châu (its figures → Vĩnh Châu); the VASEP paragraph ('cả nước') → Việt Nam.",
    "Distractors: 08:30, '(GMT+7)', 'xã Lai Hòa', 'Ba tháng gần đây' (a duration locating the rise, not a figure).",
    "'hai lần điều chỉnh' is a number word: count of adjustments, 2 lần. 'Từ đầu năm đến nay' ends at published (2024-06-05).",
    "'mỗi lần tăng từ 500 đến 1.000 đồng/kg' and 'tăng từ 10 đến 15%' have no base amount: figures of their own, no change object.",
    "'Hiện' prices and the farm portrait get no period. 'cả năm ước khoảng 230.000 tấn' → estimate, 2024 (year of the earlier period).",
    "'cỡ 100 con/kg' is a size grade (optional). 'trong đó doanh nghiệp FDI chiếm gần 70% thị phần': a share of the market,",
    "not of the 110 enterprises → a percent figure of its own. '2 nhà máy' stands in a 'trong khi' clause with its own verb: actual.",
]

if __name__ == "__main__":
    write("p1214-6", TEXT, NOTES, FIGS, published="2024-06-05", location="Sóc Trăng")
