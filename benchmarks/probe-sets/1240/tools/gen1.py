"""p1240-1: Đồng Tháp province portal, lotus-pond eco-tourism, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch

Đồng Tháp: Du lịch sinh thái đầm sen đón gần 480 nghìn lượt khách

Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.318

(dongthap.gov.vn) - 6 tháng đầu năm 2024, các điểm du lịch sinh thái gắn với đầm sen trên địa bàn tỉnh Đồng Tháp đón 478.650 lượt khách, tăng 18,2% so với cùng kỳ năm 2023, đạt 61,4% kế hoạch năm. Trong đó, khách quốc tế 12.430 lượt, khách lưu trú qua đêm 35.870 lượt. Tổng doanh thu từ dịch vụ tham quan, ăn uống, chụp ảnh và bán sản phẩm từ sen ước đạt 96,5 tỷ đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 2.450 ha sen, trong đó khoảng 180 ha kết hợp khai thác du lịch, tập trung tại các huyện Tháp Mười (85 ha), Cao Lãnh (52 ha) và Lấp Vò (26 ha). Năng suất hạt sen tươi bình quân đạt 1,8 tấn/ha/vụ; giá bán tại ruộng dao động từ 35.000 đến 42.000 đồng/kg.

Tại Khu du lịch Đồng Sen Tháp Mười (xã Mỹ Hòa, huyện Tháp Mười), giá vé tham quan là 20.000 đồng/người; vào những ngày cao điểm, khu đón hơn 3.000 lượt khách/ngày. Khu du lịch hiện giải quyết việc làm cho 146 lao động địa phương với thu nhập bình quân 6,8 triệu đồng/người/tháng.

Năm 2024, tỉnh phấn đấu đón 780.000 lượt khách đến các điểm du lịch đầm sen. Dự kiến vào tháng 12, tỉnh tổ chức Lễ hội Sen Đồng Tháp lần thứ 2 với khoảng 50 gian hàng trưng bày sản phẩm OCOP. Mọi thông tin xin liên hệ đường dây nóng du lịch 0277.3851.223.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DEC = P("tháng 12", "2024-12-01", "2024-12-31")
TM = "Tháp Mười"

FIGS = [
    F("gần 480 nghìn lượt khách", "480", 480000, "count", "lượt khách", approx="nearly",
      subject="lượt khách du lịch sinh thái đầm sen"),
    F("đón 478.650 lượt khách", "478.650", 478650, "count", "lượt khách", percent=61.4,
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023"),
      subject="lượt khách đến các điểm du lịch sinh thái gắn với đầm sen", period=H1),
    F("quốc tế 12.430 lượt", "12.430", 12430, "count", "lượt", total=478650,
      subject="lượt khách quốc tế", period=I(H1)),
    F("qua đêm 35.870 lượt", "35.870", 35870, "count", "lượt", total=478650,
      subject="lượt khách lưu trú qua đêm", period=I(H1)),
    F("ước đạt 96,5 tỷ", "96,5", 96500000000, "money", "đồng", status="estimate",
      subject="tổng doanh thu từ dịch vụ tham quan, ăn uống, chụp ảnh và bán sản phẩm từ sen", period=I(H1)),
    F("có 2.450 ha sen", "2.450", 2450, "measure", "ha", subject="diện tích sen", period=ASOF),
    F("khoảng 180 ha", "180", 180, "measure", "ha", approx="about", total=2450,
      subject="diện tích sen kết hợp khai thác du lịch", period=ASOF),
    F("Tháp Mười (85 ha)", "85", 85, "measure", "ha", location=TM,
      subject="diện tích sen kết hợp khai thác du lịch", period=ASOF),
    F("Cao Lãnh (52 ha)", "52", 52, "measure", "ha", location="Cao Lãnh",
      subject="diện tích sen kết hợp khai thác du lịch", period=ASOF),
    F("Lấp Vò (26 ha)", "26", 26, "measure", "ha", location="Lấp Vò",
      subject="diện tích sen kết hợp khai thác du lịch", period=ASOF),
    F("đạt 1,8 tấn/ha/vụ", "1,8", 1.8, "measure", "tấn/ha/vụ",
      subject="năng suất hạt sen tươi bình quân"),
    F("từ 35.000 đến 42.000", "35.000", 35000, "money", "đồng/kg", value_max=42000,
      subject="giá bán hạt sen tươi tại ruộng"),
    F("là 20.000 đồng/người", "20.000", 20000, "money", "đồng/người", location=TM,
      subject="giá vé tham quan Khu du lịch Đồng Sen Tháp Mười"),
    F("hơn 3.000 lượt khách/ngày", "3.000", 3000, "measure", "lượt khách/ngày", approx="over", location=TM,
      subject="lượt khách Khu du lịch Đồng Sen Tháp Mười đón vào ngày cao điểm"),
    F("cho 146 lao động", "146", 146, "count", "lao động", location=TM,
      subject="lao động địa phương được Khu du lịch Đồng Sen Tháp Mười giải quyết việc làm"),
    F("6,8 triệu", "6,8", 6800000, "money", "đồng/người/tháng", location=TM,
      subject="thu nhập bình quân của lao động Khu du lịch Đồng Sen Tháp Mười"),
    F("đón 780.000 lượt khách", "780.000", 780000, "count", "lượt khách", status="target",
      subject="lượt khách đến các điểm du lịch đầm sen", period=Y24),
    F("khoảng 50 gian hàng", "50", 50, "count", "gian hàng", approx="about", status="forecast",
      subject="gian hàng trưng bày sản phẩm OCOP tại Lễ hội Sen Đồng Tháp", period=DEC),
]

NOTES = [
    "Province portal (Đồng Tháp): lotus-pond eco-tourism, 6 months 2024. Breadcrumb, 'Cập nhật: 12/07/2024 14:20 | Lượt xem: 2.318'.",
    "Distractors: time 14:20, view counter 2.318, 'lần thứ 2' (ordinal), hotline 0277.3851.223, 'xã Mỹ Hòa'.",
    "Headline figure: no period. 'Trong đó' parts (international, overnight) count lượt khách of the 478.650: total.",
    "District list in brackets (85+52+26=163, not 180): no total, districts go to location. 'huyện Cao Lãnh' -> Cao Lãnh.",
    "The Đồng Sen Tháp Mười passage is placed in huyện Tháp Mười: its figures take that district.",
    "'vào tháng 12' (year-less, separate sentence) takes 2024 from 'Năm 2024' before it; 'Dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1240-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Đồng Tháp")
