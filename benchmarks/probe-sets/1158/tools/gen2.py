"""p1158-2: district portal (huyện Mộc Châu, Sơn La), plum and white mustard flower season, January 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn hóa - Xã hội

Mộc Châu rực rỡ mùa hoa mận, hoa cải trắng

Ngày đăng: 02/02/2024 | Người viết: Minh Thu

Từ cuối tháng 12 đến nay, hàng nghìn du khách mỗi ngày đổ về Mộc Châu ngắm hoa mận, hoa cải trắng. Tháng 1/2024, huyện đón khoảng 162.000 lượt khách, tăng 21% so với tháng 1/2023; doanh thu từ dịch vụ du lịch ước đạt 245 tỷ đồng.

Toàn huyện hiện có 1.830 ha mận, trong đó 1.250 ha đang cho thu hoạch, tập trung ở các xã Nà Mường, Tân Lập, Chiềng Hắc và thị trấn Nông trường Mộc Châu. Đồi cải trắng ở tiểu khu 19/5 rộng khoảng 8 ha, mở cửa đón khách từ 7 giờ đến 17 giờ hằng ngày.

Tại bản Nà Ka, xã Mường Sang, gia đình anh Hà Văn Tuấn có hai héc ta mận hậu và gần 5.000 m2 cải trắng. Mỗi ngày vườn đón từ 300 đến 500 khách, thu phí 20.000 đồng/người; anh Tuấn cho biết thu nhập từ dịch vụ chụp ảnh mùa hoa năm nay ước trên 150 triệu đồng.

Để phục vụ du khách, huyện bố trí 12 điểm trông giữ xe, lắp đặt 45 biển chỉ dẫn; dự kiến dịp Tết Nguyên đán Giáp Thìn, Mộc Châu đón trên 250.000 lượt khách. Năm 2024, huyện phấn đấu đón 3,5 triệu lượt khách, tổng thu từ du lịch đạt 4.200 tỷ đồng. Ngày hội hoa mận bản Nà Ka lần thứ 2 sẽ diễn ra ngày 17/2.

Địa chỉ: Tiểu khu 4, thị trấn Mộc Châu, huyện Mộc Châu, tỉnh Sơn La | Điện thoại: 0212.3866.129
"""

JAN = P("Tháng 1/2024", "2024-01-01", "2024-01-31")
NAY = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hàng nghìn du khách", "nghìn", 1000, "count", "du khách", approx="over", optional=True,
      subject="du khách đổ về Mộc Châu mỗi ngày"),
    F("khoảng 162.000 lượt", "162.000", 162000, "count", "lượt khách", approx="about",
      change=C("increase", 21, "%", "tháng 1/2023"), subject="lượt khách huyện đón", period=JAN),
    F("ước đạt 245 tỷ", "245", 245e9, "money", "đồng", status="estimate",
      subject="doanh thu từ dịch vụ du lịch", period=JAN),
    F("có 1.830 ha", "1.830", 1830, "measure", "ha", subject="diện tích mận"),
    F("1.250 ha", "1.250", 1250, "measure", "ha", total=1830, subject="diện tích mận đang cho thu hoạch"),
    F("khoảng 8 ha", "8", 8, "measure", "ha", approx="about", subject="diện tích đồi cải trắng ở tiểu khu 19/5"),
    F("có hai héc ta", "hai", 2, "measure", "héc ta", subject="diện tích mận hậu của gia đình anh Hà Văn Tuấn"),
    F("gần 5.000 m2", "5.000", 5000, "measure", "m2", approx="nearly",
      subject="diện tích cải trắng của gia đình anh Hà Văn Tuấn"),
    F("từ 300 đến 500 khách", "300", 300, "measure", "khách/ngày", value_max=500,
      subject="khách vườn đón mỗi ngày"),
    F("20.000 đồng/người", "20.000", 20000, "money", "đồng/người", subject="phí vào vườn"),
    F("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over", status="estimate",
      subject="thu nhập từ dịch vụ chụp ảnh mùa hoa", period=NAY),
    F("bố trí 12 điểm", "12", 12, "count", "điểm trông giữ xe", subject="điểm trông giữ xe"),
    F("lắp đặt 45 biển", "45", 45, "count", "biển chỉ dẫn", subject="biển chỉ dẫn lắp đặt"),
    F("trên 250.000 lượt", "250.000", 250000, "count", "lượt khách", approx="over", status="forecast",
      subject="lượt khách dịp Tết Nguyên đán Giáp Thìn"),
    F("đón 3,5 triệu", "3,5", 3.5e6, "count", "lượt khách", status="target", subject="lượt khách huyện đón",
      period=Y24),
    F("đạt 4.200 tỷ", "4.200", 4200e9, "money", "đồng", status="target", subject="tổng thu từ du lịch",
      period=Y24),
]

NOTES = [
    "District portal (huyện Mộc Châu, Sơn La): plum / white mustard flower season. 'Ngày đăng: 02/02/2024' (published).",
    "Distractors: 'tiểu khu 19/5', 'Tiểu khu 4', 'từ 7 giờ đến 17 giờ', 'lần thứ 2', 'ngày 17/2', phone 0212.3866.129, 'cuối tháng 12'.",
    "'hàng nghìn du khách' (optional). Farm passage in bản Nà Ka, xã Mường Sang: location stays Mộc Châu. 'hai héc ta' is a number word.",
    "'Mỗi ngày vườn đón từ 300 đến 500 khách' is a per-day rate (measure, unit khách/ngày). 'dự kiến' governs its own clause only:",
    "12 điểm and 45 biển before the ';' are actual. 'dịp Tết Nguyên đán Giáp Thìn' names no dates: no period given.",
]

if __name__ == "__main__":
    write("p1158-2", TEXT, NOTES, FIGS, published="2024-02-02", location="Mộc Châu")
