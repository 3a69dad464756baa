"""p1211-6: national newspaper: macadamia prices up, a farm in Lâm Hà (Lâm Đồng), provincial and national figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ Ba, 22/10/2024, 06:00 (GMT+7)

Mắc ca được giá, nông dân Lâm Hà thu tiền tỷ

Vụ thu hoạch năm nay, hạt mắc ca tươi nguyên vỏ được thương lái mua với giá 80.000-95.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với năm ngoái.

Ông Nguyễn Văn Thuận ở thôn Tân Lin, xã Tân Hà, huyện Lâm Hà có 3 ha mắc ca trồng xen cà phê. Vụ này vườn nhà ông cho khoảng 9 tấn hạt tươi, ước thu hơn 750 triệu đồng. Theo ông Thuận, lợi nhuận trên mỗi ha cà phê xen mắc ca hiện gấp đôi cà phê trồng thuần. Cả xã Tân Hà có 430 ha mắc ca, trong đó 280 ha đang cho thu hoạch.

Theo Sở NN&PTNT Lâm Đồng, tính đến hết tháng 9/2024 toàn tỉnh có 4.650 ha mắc ca, đứng thứ 2 cả nước sau Đắk Lắk. Sản lượng năm 2024 dự kiến đạt 6.200 tấn hạt tươi, tăng 18% so với năm 2023. Tỉnh có 5 cơ sở chế biến nhân và dầu mắc ca, công suất mỗi cơ sở từ 500 đến 2.000 tấn hạt/năm. Dầu mắc ca ép lạnh bán lẻ khoảng 1,2 triệu đồng/lít.

Hiệp hội Mắc ca Việt Nam cho biết cả nước hiện có gần 23.000 ha mắc ca ở 18 tỉnh, thành phố. Năm 2023, xuất khẩu nhân mắc ca đạt khoảng 85 triệu USD, trong đó thị trường Trung Quốc chiếm hơn 60%. Theo đề án của Bộ NN&PTNT, đến năm 2030 diện tích mắc ca cả nước đạt 60.000-80.000 ha, sản lượng hạt khoảng 100.000 tấn.

Ông Nguyễn Văn Thuận (ngồi giữa) giới thiệu dầu mắc ca với khách tham quan tại Festival Hoa Đà Lạt lần thứ 10. Ảnh: Phước Tuần

Phước Tuần
"""

LAST = P("năm ngoái", None, None)
ASOF = P("tính đến hết tháng 9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FARM = "Lâm Hà"
VN = "Việt Nam"

FIGS = [
    F("giá 80.000-95.000", "80.000", 80000, "money", "đồng/kg", value_max=95000,
      change=C("increase", 20000, "đồng/kg", "năm ngoái", approx="about"),
      subject="giá hạt mắc ca tươi nguyên vỏ thương lái mua", period=P("Vụ thu hoạch năm nay", "2024-01-01", "2024-12-31")),
    F("có 3 ha", "3", 3, "measure", "ha", subject="diện tích mắc ca trồng xen cà phê của ông Nguyễn Văn Thuận",
      location=FARM),
    F("khoảng 9 tấn", "9", 9, "measure", "tấn", approx="about",
      subject="hạt mắc ca tươi vườn nhà ông Thuận cho", location=FARM),
    F("hơn 750 triệu", "750", 750e6, "money", "đồng", approx="over", status="estimate",
      subject="tiền thu từ vườn mắc ca của ông Thuận", location=FARM),
    F("gấp đôi", "đôi", 2, "multiple", "lần",
      subject="lợi nhuận trên mỗi ha cà phê xen mắc ca so với cà phê trồng thuần", location=FARM),
    F("có 430 ha", "430", 430, "measure", "ha", subject="diện tích mắc ca xã Tân Hà", location=FARM),
    F("280 ha", "280", 280, "measure", "ha", total=430, subject="diện tích mắc ca đang cho thu hoạch",
      location=FARM),
    F("có 4.650 ha", "4.650", 4650, "measure", "ha", subject="diện tích mắc ca", period=ASOF),
    F("đứng thứ 2", "2", 2, "rank", "hạng", subject="diện tích mắc ca", period=ASOF),
    F("đạt 6.200 tấn", "6.200", 6200, "measure", "tấn", status="forecast",
      change=C("increase", 18, "%", "năm 2023"), subject="sản lượng hạt mắc ca tươi", period=Y24),
    F("có 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở chế biến nhân và dầu mắc ca"),
    F("từ 500 đến", "500", 500, "measure", "tấn/năm", value_max=2000,
      subject="công suất mỗi cơ sở chế biến mắc ca"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/lít", approx="about",
      subject="giá bán lẻ dầu mắc ca ép lạnh"),
    F("gần 23.000 ha", "23.000", 23000, "measure", "ha", approx="nearly", subject="diện tích mắc ca",
      location=VN),
    F("ở 18 tỉnh", "18", 18, "count", "tỉnh, thành phố", subject="tỉnh, thành phố trồng mắc ca", location=VN),
    F("khoảng 85 triệu", "85", 85e6, "money", "USD", approx="about", subject="xuất khẩu nhân mắc ca",
      period=Y23, location=VN),
    F("hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ trọng thị trường Trung Quốc trong xuất khẩu nhân mắc ca", period=Y23, location=VN),
    F("đạt 60.000-80.000", "60.000", 60000, "measure", "ha", value_max=80000, status="target",
      subject="diện tích mắc ca", period=T30, location=VN),
    F("khoảng 100.000 tấn", "100.000", 100000, "measure", "tấn", approx="about", status="target",
      subject="sản lượng hạt mắc ca", period=T30, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 22/10/2024, 06:00 (GMT+7)' (published); photo caption and byline at the end.",
    "Default location Lâm Đồng. The farm and xã Tân Hà lie in huyện Lâm Hà (location Lâm Hà); Hiệp hội and đề án figures are national (Việt Nam).",
    "Distractors: time 06:00, 'thôn Tân Lin', 'Festival Hoa Đà Lạt lần thứ 10', 'sau Đắk Lắk' (a place in a rank).",
    "'Vụ thu hoạch năm nay' = 2024 (published); 'năm ngoái' is only the baseline. 'ước thu hơn 750 triệu' → estimate.",
    "'gấp đôi cà phê trồng thuần' stands as the claim → multiple 2 (đôi). 'đứng thứ 2 cả nước' → rank; the as-of date is in the same sentence.",
    "'thị trường Trung Quốc chiếm hơn 60%' is a share of its own (no base figure in its clause; Trung Quốc is a partner, not a place).",
    "'đến năm 2030 … đạt 60.000-80.000 ha' → target range; the output continues the clause → target.",
]

if __name__ == "__main__":
    write("p1211-6", TEXT, NOTES, FIGS, published="2024-10-22", location="Lâm Đồng")
