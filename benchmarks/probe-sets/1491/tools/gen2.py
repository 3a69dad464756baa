"""p1491-2: district portal (huyện Lấp Vò, Đồng Tháp): HTX Võng dù Tân Mỹ, results 2023 and 5 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẤP VÒ - TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

HTX Võng dù Tân Mỹ: hướng đi hiệu quả cho lao động nông thôn

Ngày đăng: 05/06/2024 - 14:10

Được thành lập từ tổ hợp tác đan võng ở ấp Tân Thạnh, xã Tân Mỹ, Hợp tác xã Võng dù Tân Mỹ hiện có 50 thành viên, gồm 9 thành viên sáng lập và 41 thành viên mới. HTX còn giao hàng gia công cho gần ba chục hộ ở các xã Tân Khánh Trung và Long Hưng A.

Năm 2023, HTX sản xuất 21.600 chiếc võng dù, doanh thu đạt 3,8 tỷ đồng, tăng 15% so với năm 2022 và vượt 12% kế hoạch; lợi nhuận hơn 420 triệu đồng. Thu nhập bình quân của thành viên đạt 5,5 triệu đồng/người/tháng.

Theo bà Lê Thị Ngọc Hân, Giám đốc HTX, võng dù loại thường có giá từ 120.000 đến 180.000 đồng/chiếc; bộ võng xếp khung thép giá 650.000 đồng/bộ. 5 tháng đầu năm 2024, HTX tiêu thụ 9.850 chiếc, trong đó 3.200 chiếc xuất đi Campuchia qua cửa khẩu Thường Phước.

Tháng 12/2023, HTX được Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho vay 300 triệu đồng để mua 8 máy may công nghiệp. Năm 2024, HTX phấn đấu doanh thu 4,5 tỷ đồng, tạo việc làm ổn định cho ít nhất 70 lao động.

Lấp Vò hiện có 6 cơ sở sản xuất võng với khoảng 260 lao động; tổng sản lượng năm 2023 đạt trên 64.000 chiếc, chiếm khoảng 40% sản lượng võng toàn tỉnh.

Nguồn: Phòng Kinh tế và Hạ tầng huyện

Tin khác:
- Lấp Vò ra quân Tháng hành động vì an toàn thực phẩm năm 2024
- Hội nghị sơ kết 6 tháng phong trào thi đua yêu nước

Địa chỉ: Quốc lộ 80, khóm Bình Thạnh 1, thị trấn Lấp Vò | ĐT: 0277.3841.236
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
M5 = period("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
DEC = period("Tháng 12/2023", "2023-12-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 50 thành viên", "50", 50, "count", "thành viên", subject="thành viên của Hợp tác xã Võng dù Tân Mỹ"),
    F("gồm 9 thành viên", "9", 9, "count", "thành viên", total=50, subject="thành viên sáng lập"),
    F("41 thành viên", "41", 41, "count", "thành viên", total=50, subject="thành viên mới"),
    F("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly", subject="hộ nhận hàng gia công của HTX"),
    F("sản xuất 21.600 chiếc", "21.600", 21600, "count", "chiếc", subject="võng dù HTX sản xuất", per=Y23),
    F("đạt 3,8 tỷ", "3,8", 3800000000, "money", "đồng", change=change("increase", 15, "%", "năm 2022"),
      subject="doanh thu của HTX", per=Y23),
    F("vượt 12%", "12", 12, "percent", "%", subject="doanh thu vượt kế hoạch", per=Y23, optional=True),
    F("hơn 420 triệu", "420", 420000000, "money", "đồng", approx="over", subject="lợi nhuận", per=Y23),
    F("đạt 5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng", subject="thu nhập bình quân của thành viên",
      per=inherit(Y23)),
    F("từ 120.000 đến 180.000", "120.000", 120000, "money", "đồng/chiếc", value_max=180000,
      subject="giá võng dù loại thường"),
    F("giá 650.000", "650.000", 650000, "money", "đồng/bộ", subject="giá bộ võng xếp khung thép"),
    F("tiêu thụ 9.850 chiếc", "9.850", 9850, "count", "chiếc", subject="võng HTX tiêu thụ", per=M5),
    F("trong đó 3.200 chiếc", "3.200", 3200, "count", "chiếc", total=9850, subject="võng xuất đi Campuchia", per=M5),
    F("vay 300 triệu", "300", 300000000, "money", "đồng",
      subject="vốn Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho HTX vay", per=DEC),
    F("mua 8 máy", "8", 8, "count", "máy may công nghiệp", subject="máy may công nghiệp mua bằng vốn vay", per=DEC),
    F("doanh thu 4,5 tỷ", "4,5", 4500000000, "money", "đồng", status="target", subject="doanh thu", per=Y24),
    F("ít nhất 70 lao động", "70", 70, "count", "lao động", approx="at_least", status="target",
      subject="lao động có việc làm ổn định", per=Y24),
    F("có 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở sản xuất võng"),
    F("khoảng 260 lao động", "260", 260, "count", "lao động", approx="about",
      subject="lao động của các cơ sở sản xuất võng"),
    F("trên 64.000 chiếc", "64.000", 64000, "count", "chiếc", approx="over", percent=40,
      subject="tổng sản lượng võng", per=Y23b),
]

NOTES = [
    "District portal (huyện Lấp Vò, Đồng Tháp): banner naming the district, menu, 'Ngày đăng: 05/06/2024 - 14:10', source line,",
    "'Tin khác' links, address footer. Everything is about Lấp Vò (xã Tân Mỹ and the district), so location = Lấp Vò.",
    "Distractors: time 14:10, 'Quốc lộ 80', 'khóm Bình Thạnh 1', phone 0277.3841.236, 'năm 2024' and '6 tháng' in link titles.",
    "'gồm 9 ... và 41 ...' follow the whole 50 thành viên: total 50. 'trong đó 3.200 chiếc' after 9.850 chiếc: total 9850.",
    "'gần ba chục hộ' = 30 (number words), approx nearly.",
    "'tăng 15% so với năm 2022 và vượt 12% kế hoạch': two changes on one figure; the first is the attribute, the second",
    "('vượt 12% kế hoạch') is a percent figure of its own, optional as the spec says.",
    "'chiếm khoảng 40% sản lượng võng toàn tỉnh' is the percent attribute of 64.000 chiếc (approx of the attribute is not scored).",
    "Standing prices get no period. 'Tháng 12/2023' is the month of the loan.",
]

if __name__ == "__main__":
    write("p1491-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Lấp Vò")
