"""p1179-1: Tuyên Quang province portal, cam sành Hàm Yên harvest 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng Thông tin điện tử tỉnh Tuyên Quang
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàm Yên: Cam sành vào vụ, sản lượng ước đạt hơn 72.000 tấn

Cập nhật: 20/11/2024 08:30 | Lượt xem: 2.418

Vụ cam năm 2024, toàn huyện Hàm Yên có 8.146 ha cam, trong đó cam sành 7.352 ha. Diện tích cho thu hoạch năm nay là 6.910 ha, năng suất bình quân ước đạt 10,5 tấn/ha, sản lượng ước đạt 72.550 tấn, tăng 4,8% so với vụ trước.

Hiện giá cam sành tại vườn dao động từ 12.000 đến 18.000 đồng/kg; cam loại 1 được thương lái dọc Quốc lộ 2 thu mua 20.000 đồng/kg. Tổng giá trị sản xuất cam của huyện năm 2024 ước khoảng 1.100 tỷ đồng.

Toàn huyện có 1.250 ha cam được cấp giấy chứng nhận VietGAP, chiếm 15,3% diện tích; 12 sản phẩm từ cam đạt chứng nhận OCOP 3 sao và 4 sao.

Tại xã Phù Lưu, gia đình ông Nguyễn Văn Thắng ở thôn Làng Chang 2 có 3,5 ha cam sành với khoảng 2.800 gốc. Năm nay, vườn cho thu gần 90 tấn quả; trừ chi phí, gia đình lãi trên 700 triệu đồng. Ông Thắng còn tạo việc làm thường xuyên cho hai lao động địa phương với mức lương 6 triệu đồng/người/tháng.

Toàn tỉnh Tuyên Quang hiện có 9.420 ha cam, Hàm Yên chiếm gần 86,5%. Huyện phấn đấu đến năm 2025 duy trì ổn định khoảng 8.000 ha cam, trong đó ít nhất 2.000 ha đạt chứng nhận VietGAP.

Lễ hội Cam sành Hàm Yên lần thứ 5 dự kiến diễn ra từ ngày 20 đến 22/12/2024 tại thị trấn Tân Yên.

Liên hệ: Phòng Nông nghiệp và PTNT huyện Hàm Yên, điện thoại 0207.3880.215
"""

Y24 = P("Vụ cam năm 2024", "2024-01-01", "2024-12-31")
NAYNAY = P("năm nay", "2024-01-01", "2024-12-31")
Y24B = P("năm 2024", "2024-01-01", "2024-12-31")
FARM = P("Năm nay", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt hơn 72.000 tấn", "72.000", 72000, "measure", "tấn", approx="over", status="estimate",
      subject="sản lượng cam sành"),
    F("có 8.146 ha", "8.146", 8146, "measure", "ha", subject="diện tích cam", period=Y24),
    F("cam sành 7.352 ha", "7.352", 7352, "measure", "ha", total=8146, subject="diện tích cam sành", period=Y24),
    F("là 6.910 ha", "6.910", 6910, "measure", "ha", subject="diện tích cam cho thu hoạch", period=NAYNAY),
    F("ước đạt 10,5 tấn/ha", "10,5", 10.5, "measure", "tấn/ha", status="estimate",
      subject="năng suất cam bình quân", period=NAYNAY),
    F("ước đạt 72.550 tấn", "72.550", 72550, "measure", "tấn", status="estimate",
      change=C("increase", 4.8, "%", "vụ trước"), subject="sản lượng cam", period=NAYNAY),
    F("từ 12.000 đến 18.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", value_max=18000,
      subject="giá cam sành tại vườn"),
    F("thu mua 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg",
      subject="giá thương lái thu mua cam loại 1"),
    F("khoảng 1.100 tỷ", "1.100", 1.1e12, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị sản xuất cam", period=Y24B),
    F("có 1.250 ha", "1.250", 1250, "measure", "ha", percent=15.3,
      subject="diện tích cam được cấp giấy chứng nhận VietGAP"),
    F("12 sản phẩm", "12", 12, "count", "sản phẩm", subject="sản phẩm từ cam đạt chứng nhận OCOP"),
    F("có 3,5 ha", "3,5", 3.5, "measure", "ha", subject="diện tích cam sành của gia đình ông Nguyễn Văn Thắng"),
    F("khoảng 2.800 gốc", "2.800", 2800, "count", "gốc", approx="about",
      subject="gốc cam sành của gia đình ông Nguyễn Văn Thắng"),
    F("gần 90 tấn", "90", 90, "measure", "tấn", approx="nearly", subject="sản lượng quả vườn cam gia đình ông Thắng",
      period=FARM),
    F("trên 700 triệu", "700", 700e6, "money", "đồng", approx="over", subject="tiền lãi của gia đình ông Thắng",
      period=FARM),
    F("cho hai lao động", "hai", 2, "count", "lao động", subject="lao động địa phương có việc làm thường xuyên"),
    F("6 triệu đồng/người/tháng", "6", 6e6, "money", "đồng/người/tháng", subject="mức lương lao động địa phương"),
    F("có 9.420 ha", "9.420", 9420, "measure", "ha", subject="diện tích cam", location="Tuyên Quang"),
    F("gần 86,5%", "86,5", 86.5, "percent", "%", approx="nearly",
      subject="tỷ trọng diện tích cam của Hàm Yên trong toàn tỉnh"),
    F("khoảng 8.000 ha", "8.000", 8000, "measure", "ha", approx="about", status="target",
      subject="diện tích cam duy trì ổn định", period=TO25),
    F("ít nhất 2.000 ha", "2.000", 2000, "measure", "ha", approx="at_least", status="target", total=8000,
      subject="diện tích cam đạt chứng nhận VietGAP", period=TO25),
]

NOTES = [
    "Province portal (Tuyên Quang), news on the district Hàm Yên: breadcrumb, 'Cập nhật: 20/11/2024 08:30 | Lượt xem: 2.418'.",
    "Default location Hàm Yên (the district the article describes); the provincial total 9.420 ha is Tuyên Quang.",
    "Distractors: view counter, time 08:30, 'Quốc lộ 2', 'OCOP 3 sao và 4 sao' (rating levels), 'thôn Làng Chang 2',",
    "'lần thứ 5', festival dates 'từ ngày 20 đến 22/12/2024', phone 0207.3880.215.",
    "Headline figure has no period. 'năm nay' / 'Năm nay' read as 2024 (published year, and the nearest earlier period).",
    "'chiếm 15,3% diện tích' is the share of 1.250 ha (percent attribute, no numeric total). 'Hàm Yên chiếm gần 86,5%' has its",
    "own subject (a district's share of the province): a percent figure. 'ước khoảng' → about + estimate.",
    "'hai lao động' is a number word. The farm in xã Phù Lưu is in Hàm Yên: default location.",
]

if __name__ == "__main__":
    write("p1179-1", TEXT, NOTES, FIGS, published="2024-11-20", location="Hàm Yên")
