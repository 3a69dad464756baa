"""p482-2: huyện Đông Anh (Hà Nội) district portal — bus routes through the district, Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Đông Anh
Trang chủ » Tin tức » Kinh tế - Hạ tầng
Thứ Năm, 18/04/2024 - 09:20

Đông Anh: 21 tuyến xe buýt phục vụ nhu cầu đi lại của Nhân dân

Theo Phòng Kinh tế và Hạ tầng huyện, hiện có 21 tuyến xe buýt đi qua địa bàn huyện, trong đó 6 tuyến buýt điện và 3 tuyến mới mở trong năm 2023 (các tuyến 15, 17 và 65). Mạng lưới buýt đã phủ tới 23/24 xã, thị trấn; riêng xã Vĩnh Ngọc đang được đề xuất bổ sung lộ trình.

Quý I/2024, các tuyến buýt qua địa bàn huyện vận chuyển khoảng 1,35 triệu lượt khách, tăng 9,6% so với cùng kỳ; riêng tuyến buýt điện E05 đạt gần 210.000 lượt. Điểm bán vé tháng tại số 68 Cao Lỗ đã bán 4.820 vé, trong đó 3.060 vé ưu tiên cho học sinh, sinh viên, chiếm 63,5%.

Năm 2024, thành phố dự kiến đầu tư cải tạo 45 điểm dừng, xây mới 12 nhà chờ trên địa bàn huyện với tổng kinh phí hơn 3,2 tỷ đồng. Dọc Quốc lộ 3 và đường Võ Nguyên Giáp, khoảng cách giữa các điểm dừng từ 500 đến 700 m.

Các tuyến hoạt động từ 5h00 đến 22h30, tần suất 10-20 phút/lượt. Giá vé lượt từ 7.000 đến 9.000 đồng tùy cự ly; người từ 60 tuổi trở lên được miễn vé.

Mọi ý kiến phản ánh xin gửi về đường dây nóng 1900.1296 hoặc Phòng Kinh tế và Hạ tầng huyện (điện thoại 024.3883.2215).

Minh Hằng
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Đông Anh: 21 tuyến", "21", 21, "count", "tuyến", subject="tuyến xe buýt phục vụ nhu cầu đi lại"),
    F("có 21 tuyến xe buýt", "21", 21, "count", "tuyến", subject="tuyến xe buýt đi qua địa bàn huyện"),
    F("6 tuyến buýt điện", "6", 6, "count", "tuyến", total=21, subject="tuyến buýt điện"),
    F("3 tuyến mới mở", "3", 3, "count", "tuyến", total=21, subject="tuyến mới mở", period=Y23),
    F("23/24 xã", "23", 23, "count", "xã, thị trấn", total=24, subject="xã, thị trấn mạng lưới buýt phủ tới"),
    F("khoảng 1,35 triệu lượt khách", "1,35", 1350000, "count", "lượt khách", approx="about",
      change=CH("increase", 9.6, baseline="cùng kỳ"),
      subject="lượt khách các tuyến buýt qua địa bàn huyện vận chuyển", period=Q1),
    F("gần 210.000 lượt", "210.000", 210000, "count", "lượt", approx="nearly",
      subject="lượt khách tuyến buýt điện E05", period=Q1),
    F("đã bán 4.820 vé", "4.820", 4820, "count", "vé", subject="vé tháng đã bán tại điểm bán vé"),
    F("3.060 vé ưu tiên", "3.060", 3060, "count", "vé", total=4820, percent=63.5,
      subject="vé ưu tiên cho học sinh, sinh viên"),
    F("cải tạo 45 điểm dừng", "45", 45, "count", "điểm dừng", status="forecast",
      subject="điểm dừng xe buýt đầu tư cải tạo", period=Y24),
    F("xây mới 12 nhà chờ", "12", 12, "count", "nhà chờ", status="forecast",
      subject="nhà chờ xe buýt xây mới", period=Y24),
    F("hơn 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", approx="over", status="forecast",
      subject="tổng kinh phí cải tạo điểm dừng, xây mới nhà chờ", period=Y24),
    F("từ 500 đến 700 m", "500", 500, "measure", "m", value_max=700, subject="khoảng cách giữa các điểm dừng"),
    F("tần suất 10-20 phút/lượt", "10", 10, "measure", "phút/lượt", value_max=20, subject="tần suất các tuyến"),
    F("từ 7.000 đến 9.000 đồng", "7.000", 7000, "money", "đồng", value_max=9000, subject="giá vé lượt"),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", approx="at_least",
      subject="người được miễn vé", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): tuyến buýt qua huyện, sản lượng quý I/2024, vé tháng, điểm dừng/nhà chờ 2024. Byline at the end.",
    "Distractors: route numbers 'các tuyến 15, 17 và 65', 'E05', 'số 68 Cao Lỗ', 'Quốc lộ 3', times '5h00', '22h30', hotline '1900.1296',",
    "'024.3883.2215', dateline. Location is the district (Đông Anh). 'Hiện' figures have no period. Age threshold '60 tuổi trở lên' optional.",
    "'trong đó 6 tuyến buýt điện và 3 tuyến mới mở' are parts of 21 tuyến; 3.060 vé is part of 4.820 vé and carries 'chiếm 63,5%'.",
]

if __name__ == "__main__":
    emit("p482-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Đông Anh")
