"""p1036-2: district portal (Tuy Phong, Bình Thuận): wind plants, 9-month output, land, households, jobs, plans."""
from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY PHONG
Trang chủ / Tin tức / Kinh tế - Xã hội
Điện gió góp phần thay đổi diện mạo vùng biển Tuy Phong
Thứ Hai, 14/10/2024 - 10:20

Tuy Phong có tốc độ gió bình quân từ 6,5 đến 7,2 m/s ở độ cao 100 m, thuộc nhóm cao nhất cả nước. Đến nay, trên địa bàn huyện có 6 dự án điện gió đã vận hành với tổng công suất 312 MW và 98 tua-bin, tập trung tại các xã Bình Thạnh, Chí Công, Phước Thể và Vĩnh Tân.

9 tháng đầu năm, các nhà máy phát lên lưới 615 triệu kWh, tăng 4,7% so với cùng kỳ, trong đó Nhà máy điện gió Bình Thạnh 2 đạt 142 triệu kWh.

Để triển khai các dự án, huyện đã thu hồi khoảng 185 ha đất của 420 hộ dân, kinh phí bồi thường, hỗ trợ hơn 96 tỷ đồng. Mỗi trụ tua-bin chỉ chiếm khoảng 400 m2 nên phần lớn diện tích dưới chân tua-bin vẫn được người dân trồng thanh long, nho và táo. Ông Nguyễn Văn Ba, thôn 3, xã Chí Công cho biết gia đình ông cho doanh nghiệp thuê 2 sào đất làm đường vào tua-bin, mỗi năm nhận khoảng 30 triệu đồng.

Các nhà máy hiện sử dụng 135 lao động, trong đó 88 người là lao động địa phương, chiếm 65,2%. Từ năm 2019 đến nay, các doanh nghiệp điện gió đã đóng góp trên 12 tỷ đồng cho quỹ an sinh xã hội, làm mới 14 km đường giao thông nông thôn và xây 2 trường mẫu giáo.

Theo kế hoạch, năm 2025 huyện phối hợp triển khai thêm 2 dự án với tổng công suất dự kiến 150 MW. Huyện cũng đề xuất đưa vùng biển ngoài khơi Tuy Phong vào danh mục khảo sát điện gió ngoài khơi với quy mô dự kiến khoảng 2.000-3.000 MW.

Văn Hùng (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

NOW = P("Đến nay", None, "2024-10-14")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-10-14")

FIGS = [
    F("từ 6,5 đến 7,2 m/s", "6,5", 6.5, "measure", "m/s", "tốc độ gió bình quân", value_max=7.2),
    # the height at which wind speed is measured: a specification of the measurement
    F("ở độ cao 100 m", "100", 100, "measure", "m", "độ cao đo tốc độ gió", optional=True),
    F("có 6 dự án", "6", 6, "count", "dự án", "dự án điện gió đã vận hành", NOW),
    F("công suất 312 MW", "312", 312, "measure", "MW", "tổng công suất dự án điện gió đã vận hành", NOW),
    F("và 98 tua-bin", "98", 98, "count", "tua-bin", "tua-bin của các dự án điện gió đã vận hành", NOW),
    F("lưới 615 triệu kWh", "615", 615e6, "measure", "kWh", "sản lượng các nhà máy điện gió phát lên lưới", M9,
      change=C("increase", 4.7, "%", "cùng kỳ")),
    F("đạt 142 triệu kWh", "142", 142e6, "measure", "kWh", "sản lượng Nhà máy điện gió Bình Thạnh 2", M9,
      total=615e6),
    F("khoảng 185 ha", "185", 185, "measure", "ha", "diện tích đất thu hồi để triển khai dự án điện gió",
      approx="about"),
    F("của 420 hộ dân", "420", 420, "count", "hộ dân", "hộ dân bị thu hồi đất"),
    F("hơn 96 tỷ đồng", "96", 96e9, "money", "đồng", "kinh phí bồi thường, hỗ trợ", approx="over"),
    F("khoảng 400 m2", "400", 400, "measure", "m2", "diện tích mỗi trụ tua-bin chiếm", approx="about"),
    F("thuê 2 sào", "2", 2, "measure", "sào", "đất cho doanh nghiệp thuê làm đường vào tua-bin"),
    F("khoảng 30 triệu đồng", "30", 30e6, "money", "đồng/năm", "tiền thuê đất gia đình nhận mỗi năm",
      approx="about"),
    F("sử dụng 135 lao động", "135", 135, "count", "lao động", "lao động các nhà máy điện gió sử dụng"),
    F("88 người", "88", 88, "count", "người", "lao động địa phương", total=135, percent=65.2),
    F("trên 12 tỷ đồng", "12", 12e9, "money", "đồng", "đóng góp cho quỹ an sinh xã hội của doanh nghiệp điện gió",
      SINCE, approx="over"),
    F("mới 14 km", "14", 14, "measure", "km", "đường giao thông nông thôn làm mới", SINCE),
    F("xây 2 trường", "2", 2, "count", "trường mẫu giáo", "trường mẫu giáo xây dựng", SINCE),
    F("thêm 2 dự án", "2", 2, "count", "dự án", "dự án điện gió triển khai thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("dự kiến 150 MW", "150", 150, "measure", "MW", "tổng công suất dự án điện gió triển khai thêm",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("khoảng 2.000-3.000 MW", "2.000", 2000, "measure", "MW", "quy mô khảo sát điện gió ngoài khơi",
      value_max=3000, approx="about", status="forecast"),
]

NOTES = [
    "Tuy Phong district portal (Bình Thuận): dateline 'Thứ Hai, 14/10/2024 - 10:20', byline at the end. Location: the district.",
    "'Đến nay' / 'Từ năm 2019 đến nay' end at the dateline; '9 tháng đầu năm' takes 2024 from it. 'hiện' gives no period.",
    "'88 người …, chiếm 65,2%': part of 135 after 'trong đó', share as its percent. 'Theo kế hoạch … thêm 2 dự án' target;",
    "'tổng công suất dự kiến 150 MW' forecast. Distractors: Bình Thạnh 2, Nguyễn Văn Ba, thôn 3, dateline time.",
]

if __name__ == "__main__":
    emit("p1036-2", TEXT, NOTES, FIGS, published="2024-10-14", location="Tuy Phong")
