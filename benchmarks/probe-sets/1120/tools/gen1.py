"""p1120-1: Thái Bình province portal, rat campaign of spring crop 2024 (15/1-20/3)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Diệt hơn 1,2 triệu con chuột bảo vệ lúa xuân

Cập nhật: 26/03/2024 10:15 | Lượt xem: 2.418

Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh về chiến dịch diệt chuột bảo vệ sản xuất vụ xuân, các địa phương trong tỉnh đã đồng loạt ra quân diệt chuột tập trung. Kết quả, từ ngày 15/1 đến ngày 20/3/2024, toàn tỉnh diệt được 1.236.500 con chuột, đạt 123,6% kế hoạch, tăng 18,2% so với cùng kỳ năm 2023. Trong đó, nhiều nhất là các huyện Quỳnh Phụ (241.300 con), Đông Hưng (205.800 con) và Vũ Thư (176.400 con).

Toàn tỉnh có 260/260 xã, phường, thị trấn tham gia chiến dịch với hơn 95.000 lượt người. Các địa phương đã sử dụng 8,5 tấn thuốc bả sinh học và khoảng 3.600 bẫy các loại; tổng kinh phí hỗ trợ từ ngân sách tỉnh và huyện là 2,35 tỷ đồng.

Nhiều nơi thu mua đuôi chuột để khuyến khích nông dân. Huyện Quỳnh Phụ hỗ trợ 1.000 đồng/đuôi; riêng xã An Ninh trích thêm ngân sách xã, nâng mức thưởng lên 2.000 đồng/đuôi. Tổ diệt chuột thôn Lộng Khê 3, xã An Khê (Quỳnh Phụ) gồm 12 thành viên, mỗi đêm bắt từ 150 đến 200 con. Từ đầu vụ đến nay, tổ đã nộp hơn 9.000 đuôi chuột, nhận gần 14 triệu đồng tiền thưởng.

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, nhờ ra quân sớm, diện tích lúa bị chuột hại vụ này chỉ khoảng 320 ha, giảm 45% so với vụ xuân năm 2023, chủ yếu hại nhẹ với tỷ lệ dưới 5%. Ước tính chiến dịch đã giúp giảm thất thoát khoảng 1.100 tấn thóc, trị giá trên 8 tỷ đồng.

Dự kiến đến cuối vụ, toàn tỉnh diệt thêm khoảng 300.000 con chuột; tỉnh phấn đấu giữ diện tích lúa bị hại dưới 200 ha.
"""

CAMP = P("từ ngày 15/1 đến ngày 20/3/2024", "2024-01-15", "2024-03-20")
QP = "Quỳnh Phụ"
KILLED = "chuột bị tiêu diệt"

FIGS = [
    F("hơn 1,2 triệu con", "1,2", 1200000, "count", "con chuột", approx="over",
      subject="chuột bị tiêu diệt bảo vệ lúa xuân"),
    F("được 1.236.500 con", "1.236.500", 1236500, "count", "con chuột", percent=123.6,
      change=C("increase", 18.2, "%", "cùng kỳ năm 2023"), subject=KILLED, period=CAMP),
    F("Quỳnh Phụ (241.300 con)", "241.300", 241300, "count", "con", total=1236500,
      subject=KILLED, period=I(CAMP), location=QP),
    F("Đông Hưng (205.800 con)", "205.800", 205800, "count", "con", total=1236500,
      subject=KILLED, period=I(CAMP), location="Đông Hưng"),
    F("Vũ Thư (176.400 con)", "176.400", 176400, "count", "con", total=1236500,
      subject=KILLED, period=I(CAMP), location="Vũ Thư"),
    F("có 260/260 xã", "260", 260, "count", "xã, phường, thị trấn", total=260,
      subject="xã, phường, thị trấn tham gia chiến dịch", period=I(CAMP)),
    F("hơn 95.000 lượt", "95.000", 95000, "count", "lượt người", approx="over",
      subject="lượt người tham gia chiến dịch", period=I(CAMP)),
    F("8,5 tấn", "8,5", 8.5, "measure", "tấn", subject="thuốc bả sinh học đã sử dụng", period=I(CAMP)),
    F("khoảng 3.600 bẫy", "3.600", 3600, "count", "bẫy", approx="about",
      subject="bẫy các loại đã sử dụng", period=I(CAMP)),
    F("là 2,35 tỷ", "2,35", 2350000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ từ ngân sách tỉnh và huyện", period=I(CAMP)),
    F("hỗ trợ 1.000 đồng/đuôi", "1.000", 1000, "money", "đồng/đuôi",
      subject="mức hỗ trợ thu mua đuôi chuột", location=QP),
    F("lên 2.000 đồng/đuôi", "2.000", 2000, "money", "đồng/đuôi",
      subject="mức thưởng đuôi chuột của xã An Ninh", location=QP),
    F("gồm 12 thành viên", "12", 12, "count", "thành viên",
      subject="thành viên tổ diệt chuột thôn Lộng Khê 3", location=QP),
    F("từ 150 đến 200 con", "150", 150, "measure", "con/đêm", value_max=200,
      subject="chuột tổ diệt chuột bắt mỗi đêm", location=QP),
    F("hơn 9.000 đuôi", "9.000", 9000, "count", "đuôi chuột", approx="over",
      subject="đuôi chuột tổ đã nộp", location=QP),
    F("gần 14 triệu", "14", 14000000, "money", "đồng", approx="nearly",
      subject="tiền thưởng tổ diệt chuột nhận", location=QP),
    F("khoảng 320 ha", "320", 320, "measure", "ha", approx="about",
      change=C("decrease", 45, "%", "vụ xuân năm 2023"),
      subject="diện tích lúa bị chuột hại"),
    F("dưới 5%", "5", 5, "percent", "%", approx="under", subject="tỷ lệ hại"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", approx="about", status="estimate",
      subject="thóc giảm thất thoát nhờ chiến dịch"),
    F("trên 8 tỷ", "8", 8000000000, "money", "đồng", approx="over", status="estimate",
      subject="giá trị thóc giảm thất thoát"),
    F("khoảng 300.000 con", "300.000", 300000, "count", "con chuột", approx="about", status="forecast",
      subject="chuột diệt thêm đến cuối vụ"),
    F("dưới 200 ha", "200", 200, "measure", "ha", approx="under", status="target",
      subject="diện tích lúa bị hại"),
]

NOTES = [
    "Province portal (Thái Bình): spring-crop rat campaign 2024. Breadcrumb, 'Cập nhật: 26/03/2024 10:15 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 10:15, 'Kế hoạch số 12/KH-UBND', 'thôn Lộng Khê 3', dates 15/1 and 20/3/2024 (the period).",
    "District items in brackets after 'Trong đó' are parts of 1.236.500 (total) with the district as location.",
    "Crop-season phrases ('vụ này', 'từ đầu vụ đến nay', 'đến cuối vụ') have no calendar dates in FIGURES.md: no gold period (not scored).",
    "'mỗi đêm bắt từ 150 đến 200 con' is a rate (con/đêm, measure). Tổ and xã An Ninh / An Khê lie in Quỳnh Phụ (location).",
    "'trị giá trên 8 tỷ đồng' is a money figure of its own (not a share attribute). 'Dự kiến' → forecast; 'phấn đấu' (own clause after ';') → target.",
]

if __name__ == "__main__":
    write("p1120-1", TEXT, NOTES, FIGS, published="2024-03-26", location="Thái Bình")
