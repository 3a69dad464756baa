"""p1115-5: Báo Thừa Thiên Huế (Party paper), Thanh Tân hot spring (Phong Điền), 2022-2023; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO THỪA THIÊN HUẾ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THỪA THIÊN HUẾ
Du lịch

Suối khoáng nóng Thanh Tân hút khách trở lại

Sau thời gian vắng khách, khu du lịch suối khoáng nóng Thanh Tân (huyện Phong Điền) đang đón lượng khách tăng mạnh. Năm 2022, khu du lịch đón 186.000 lượt khách, gấp 2,4 lần năm 2021; 5 tháng đầu năm 2023 đón gần 97.000 lượt, tăng 35% so với cùng kỳ.

Ông Trần Văn Mười, Giám đốc khu du lịch, cho biết nguồn nước khoáng tại đây có nhiệt độ 68 độ C, lưu lượng khoảng 12 lít/giây. Giá vé tắm khoáng tại hồ bơi chung là 120.000 đồng/người lớn và 60.000 đồng/trẻ em; tắm bùn khoáng 290.000 đồng/người. Năm 2022, doanh thu của khu du lịch đạt 42 tỷ đồng, nộp ngân sách 3,6 tỷ đồng. Khu du lịch hiện tạo việc làm cho 215 lao động, trong đó 70% là người địa phương.

Toàn tỉnh Thừa Thiên Huế hiện có 3 điểm suối khoáng nóng đang khai thác. Theo Sở Du lịch, năm 2022 các điểm này đón tổng cộng khoảng 420.000 lượt khách, doanh thu khoảng 165 tỷ đồng.

Theo quy hoạch, đến năm 2030 tỉnh sẽ có 5 khu du lịch suối khoáng nóng, đón khoảng 1 triệu lượt khách mỗi năm. Hiện khu Thanh Tân đang triển khai dự án mở rộng giai đoạn 2 với tổng vốn 850 tỷ đồng trên diện tích 40 ha, dự kiến hoàn thành vào quý IV/2024. Dự án nằm cách Quốc lộ 1A hơn 10 km, cách trung tâm TP Huế khoảng 30 km.

Ông Mười cho biết, để giữ chân du khách, khu du lịch đang xây dựng thêm các gói trị liệu kết hợp thảo dược, yoga và ẩm thực chay; đồng thời ứng dụng phần mềm đặt vé trực tuyến từ tháng 7 tới.

HOÀNG LINH
08/06/2023
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y22b = P("năm 2022", "2022-01-01", "2022-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
PD = "Phong Điền"

FIGS = [
    F("đón 186.000 lượt khách", "186.000", 186000, "count", "lượt khách", "lượt khách khu du lịch đón", Y22,
      change=C("+", 2.4, "lần", "năm 2021"), location=PD),
    F("gần 97.000 lượt", "97.000", 97000, "count", "lượt", "lượt khách khu du lịch đón", M5, approx="nearly",
      change=C("+", 35, "%", "cùng kỳ"), location=PD),
    F("nhiệt độ 68 độ C", "68", 68, "measure", "độ C", "nhiệt độ nguồn nước khoáng", location=PD),
    F("khoảng 12 lít/giây", "12", 12, "measure", "lít/giây", "lưu lượng nguồn nước khoáng", approx="about",
      location=PD),
    F("120.000 đồng/người lớn", "120.000", 120000, "money", "đồng/người lớn", "giá vé tắm khoáng tại hồ bơi chung",
      location=PD),
    F("60.000 đồng/trẻ em", "60.000", 60000, "money", "đồng/trẻ em", "giá vé tắm khoáng tại hồ bơi chung",
      location=PD),
    F("290.000 đồng/người", "290.000", 290000, "money", "đồng/người", "giá vé tắm bùn khoáng", location=PD),
    F("đạt 42 tỷ đồng", "42", 42e9, "money", "đồng", "doanh thu của khu du lịch", Y22, location=PD),
    F("nộp ngân sách 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "nộp ngân sách", Y22, location=PD),
    F("cho 215 lao động", "215", 215, "count", "lao động", "lao động khu du lịch tạo việc làm", location=PD),
    F("trong đó 70%", "70", 70, "percent", "%", "lao động là người địa phương", location=PD),
    F("có 3 điểm", "3", 3, "count", "điểm", "điểm suối khoáng nóng đang khai thác"),
    F("khoảng 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", "lượt khách các điểm suối khoáng nóng đón",
      Y22b, approx="about"),
    F("khoảng 165 tỷ đồng", "165", 165e9, "money", "đồng", "doanh thu các điểm suối khoáng nóng", Y22b, approx="about"),
    F("có 5 khu", "5", 5, "count", "khu du lịch", "khu du lịch suối khoáng nóng", TO30, status="target"),
    F("khoảng 1 triệu lượt khách", "1", 1000000, "count", "lượt khách/năm", "lượt khách khu du lịch suối khoáng nóng",
      TO30, approx="about", status="target"),
    F("tổng vốn 850 tỷ đồng", "850", 850e9, "money", "đồng", "tổng vốn dự án mở rộng giai đoạn 2", location=PD),
    F("diện tích 40 ha", "40", 40, "measure", "ha", "diện tích dự án mở rộng", location=PD),
    F("hơn 10 km", "10", 10, "measure", "km", "khoảng cách từ dự án đến Quốc lộ 1A", approx="over", location=PD),
    F("khoảng 30 km", "30", 30, "measure", "km", "khoảng cách từ dự án đến trung tâm TP Huế", approx="about",
      location=PD),
]

write(5, TEXT, FIGS, [
    "Báo Thừa Thiên Huế: suối khoáng nóng Thanh Tân (huyện Phong Điền), 2022 and 5 months of 2023; byline HOÀNG LINH and bare date 08/06/2023.",
    "Figures of the Thanh Tân resort are located in Phong Điền; the province-wide ones (3 điểm, 420.000, 165 tỷ, 2030 plan) in Thừa Thiên Huế.",
    "'gấp 2,4 lần năm 2021' after 186.000 lượt khách is its change (unit lần). 'trong đó 70% là người địa phương' is a share with no count: a percent figure.",
    "Distractors: Trần Văn Mười / Ông Mười (name), giai đoạn 2, quý IV/2024 (completion date), Quốc lộ 1A, tháng 7 tới.",
], published="2023-06-08", location="Thừa Thiên Huế")
