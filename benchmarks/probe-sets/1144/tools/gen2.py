"""p1144-2: district portal (huyện Mộc Châu, Sơn La), plum blossom festival day, a family's plum garden."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Trang chủ / Tin tức - Sự kiện / Kinh tế - Du lịch

Ngày hội Hoa mận Mộc Châu năm 2024 đón trên 45 nghìn lượt khách
Thứ Hai, 29/01/2024 - 09:15

Ngày hội Hoa mận Mộc Châu năm 2024 diễn ra trong hai ngày 27 và 28/1 tại bản Nà Ka, xã Mường Sang đã thu hút trên 45 nghìn lượt khách, trong đó khoảng 1.100 lượt khách quốc tế. Doanh thu từ dịch vụ ăn uống, lưu trú, bán nông sản trong hai ngày ước đạt 32 tỷ đồng.

Ngày hội có 42 gian hàng trưng bày sản phẩm OCOP, nông sản, 5 đội văn nghệ quần chúng với gần 200 diễn viên, nghệ nhân tham gia biểu diễn. Tổng kinh phí tổ chức khoảng 1,2 tỷ đồng, chủ yếu từ nguồn xã hội hóa của 9 doanh nghiệp, hợp tác xã trên địa bàn. Huyện huy động 150 người gồm công an, dân quân, đoàn viên bảo đảm an ninh, phân luồng giao thông trên Quốc lộ 6.

Tại bản Nà Ka, gia đình ông Hà Văn Thuận có 3 ha mận hậu đang mùa hoa nở trắng. Từ đầu tháng 1 đến nay, vườn mận đón khoảng 300 lượt khách mỗi ngày cuối tuần, thu phí tham quan 20.000 đồng/người. Theo ông Thuận, tiền vé và dịch vụ chụp ảnh mùa hoa năm nay dự kiến mang lại cho gia đình hơn 150 triệu đồng, cao gấp đôi thu nhập từ bán quả.

Năm 2023, huyện Mộc Châu đón 3,1 triệu lượt khách, tổng thu từ du lịch đạt 2.350 tỷ đồng; khách lưu trú chiếm 38%. Năm 2024, huyện phấn đấu đón 3,4 triệu lượt khách. Hiện toàn huyện có 512 cơ sở lưu trú với hơn 4.600 phòng; dịp lễ hội, công suất phòng đạt từ 90 đến 100%.

Hà Linh (Phòng VH&TT huyện)

UBND huyện Mộc Châu - Tiểu khu 4, thị trấn Mộc Châu, tỉnh Sơn La. ĐT: 0212.3866.105
"""

FEST = P("trong hai ngày 27 và 28/1", "2024-01-27", "2024-01-28")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ đầu tháng 1 đến nay", "2024-01-01", "2024-01-29")

FIGS = [
    F("đón trên 45 nghìn", "45", 45000, "count", "lượt khách", approx="over",
      subject="lượt khách Ngày hội Hoa mận Mộc Châu đón"),
    F("thu hút trên 45 nghìn", "45", 45000, "count", "lượt khách", approx="over",
      subject="lượt khách Ngày hội Hoa mận Mộc Châu thu hút", period=FEST),
    F("khoảng 1.100 lượt", "1.100", 1100, "count", "lượt khách quốc tế", approx="about", total=45000,
      subject="lượt khách quốc tế", period=FEST),
    F("ước đạt 32 tỷ", "32", 32e9, "money", "đồng", status="estimate",
      subject="doanh thu từ dịch vụ ăn uống, lưu trú, bán nông sản", period=I(FEST)),
    F("có 42 gian hàng", "42", 42, "count", "gian hàng", subject="gian hàng trưng bày sản phẩm OCOP, nông sản",
      period=I(FEST)),
    F("5 đội văn nghệ", "5", 5, "count", "đội văn nghệ quần chúng", subject="đội văn nghệ quần chúng",
      period=I(FEST)),
    F("gần 200 diễn viên", "200", 200, "count", "diễn viên, nghệ nhân", approx="nearly",
      subject="diễn viên, nghệ nhân tham gia biểu diễn", period=I(FEST)),
    F("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", subject="tổng kinh phí tổ chức"),
    F("của 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã đóng góp xã hội hóa"),
    F("huy động 150 người", "150", 150, "count", "người",
      subject="người bảo đảm an ninh, phân luồng giao thông"),
    F("có 3 ha", "3", 3, "measure", "ha", subject="diện tích mận hậu của gia đình ông Hà Văn Thuận"),
    F("khoảng 300 lượt khách", "300", 300, "measure", "lượt khách/ngày", approx="about",
      subject="lượt khách đến vườn mận mỗi ngày cuối tuần", period=SINCE),
    F("20.000 đồng/người", "20.000", 20000, "money", "đồng/người", subject="phí tham quan vườn mận",
      period=SINCE),
    F("hơn 150 triệu", "150", 150e6, "money", "đồng", approx="over", status="forecast",
      change=C("increase", 2, "lần", "thu nhập từ bán quả"),
      subject="tiền vé và dịch vụ chụp ảnh mùa hoa mang lại cho gia đình"),
    F("đón 3,1 triệu", "3,1", 3.1e6, "count", "lượt khách", subject="lượt khách huyện đón", period=Y23),
    F("đạt 2.350 tỷ", "2.350", 2350e9, "money", "đồng", subject="tổng thu từ du lịch", period=Y23),
    F("chiếm 38%", "38", 38, "percent", "%", subject="tỷ lệ khách lưu trú", period=Y23),
    F("đón 3,4 triệu", "3,4", 3.4e6, "count", "lượt khách", status="target", subject="lượt khách", period=Y24),
    F("có 512 cơ sở", "512", 512, "count", "cơ sở lưu trú", subject="cơ sở lưu trú toàn huyện"),
    F("hơn 4.600 phòng", "4.600", 4600, "count", "phòng", approx="over", subject="phòng của các cơ sở lưu trú"),
    F("từ 90 đến 100%", "90", 90, "percent", "%", value_max=100, subject="công suất phòng dịp lễ hội"),
]

NOTES = [
    "Revised after the first run: the place was removed from one subject (a figure's own place belongs to location, not subject).",
    "District portal of huyện Mộc Châu (Sơn La): 'Thứ Hai, 29/01/2024 - 09:15' (published); byline 'Hà Linh (Phòng VH&TT huyện)'.",
    "Location: the district, Mộc Châu (bản Nà Ka, xã Mường Sang is in it; the family farm stays Mộc Châu).",
    "Distractors: 'hai ngày 27 và 28/1' (period, number word 'hai' as a duration), 'Quốc lộ 6', 'Tiểu khu 4', phone, 'năm 2024' in the event name.",
    "Headline figure has no period (the event name's 'năm 2024' is not the period of a two-day count).",
    "'300 lượt khách mỗi ngày cuối tuần' is a rate (lượt khách/ngày, measure). 'cao gấp đôi thu nhập từ bán quả' is the change (2 lần) of 150 triệu;",
    "'dự kiến mang lại' makes 150 triệu a forecast. 'khách lưu trú chiếm 38%' is a percent figure of its own (no base number for the part).",
    "'Từ đầu tháng 1 đến nay' ends at the published date.",
]

if __name__ == "__main__":
    write("p1144-2", TEXT, NOTES, FIGS, published="2024-01-29", location="Mộc Châu")
