"""p1491-8: radio/TV site (Đài PT-TH Trà Vinh): Khmer women's hammock-weaving group in xã Hiệp Mỹ Tây (Cầu Ngang)."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TRÀ VINH
Thời sự | Kinh tế | Xã hội | Văn hóa | Video

Phụ nữ Khmer Hiệp Mỹ Tây thêm thu nhập từ nghề đan võng

Cập nhật lúc 16:20, Thứ Năm, 28/11/2024 | Lượt xem: 845

(THTV) - Tổ hợp tác đan võng ấp Sóc Mới, xã Hiệp Mỹ Tây, huyện Cầu Ngang được thành lập năm 2021 với 12 thành viên. Đến nay, tổ đã có 25 thành viên (19 thành viên là phụ nữ dân tộc Khmer và 6 thành viên người Kinh).

Chị Thạch Thị Sà Rươl, Tổ trưởng, cho biết 11 tháng năm 2024, tổ đan được hơn 3.400 chiếc võng, tăng gần 1.000 chiếc so với cả năm 2023. Võng lưới được thương lái thu mua tại nhà với giá 70.000-85.000 đồng/chiếc; mỗi thành viên có thêm thu nhập từ 2,5 đến 3 triệu đồng/tháng.

Để có vốn mua sợi, 16 thành viên được Ngân hàng Chính sách xã hội huyện cho vay, mỗi người từ 20 đến 30 triệu đồng, tổng dư nợ 410 triệu đồng.

Theo UBND xã Hiệp Mỹ Tây, nghề đan võng đã góp phần giúp 9 hộ thoát nghèo trong năm 2024. Hiện tỷ lệ hộ nghèo của xã còn 6,1%, giảm 3,7 điểm phần trăm so với năm 2021. Dự kiến năm 2025, tổ kết nạp thêm khoảng 10 thành viên và đăng ký sản phẩm võng lưới tham gia Chương trình OCOP.

Toàn tỉnh Trà Vinh hiện có 11 tổ hợp tác đan võng với gần 400 lao động, chủ yếu ở các huyện Cầu Ngang, Trà Cú và Duyên Hải.

Bản tin Thời sự phát sóng lúc 19 giờ 30 trên kênh TTV11.
"""

Y21 = period("năm 2021", "2021-01-01", "2021-12-31")
M11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y24 = period("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("với 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên khi thành lập tổ hợp tác", per=Y21),
    F("có 25 thành viên", "25", 25, "count", "thành viên", subject="thành viên của tổ hợp tác"),
    F("(19 thành viên", "19", 19, "count", "thành viên", total=25, subject="thành viên là phụ nữ dân tộc Khmer"),
    F("và 6 thành viên", "6", 6, "count", "thành viên", total=25, subject="thành viên người Kinh"),
    F("hơn 3.400 chiếc", "3.400", 3400, "count", "chiếc", approx="over",
      change=change("increase", 1000, "chiếc", "cả năm 2023", approx="nearly"), subject="võng tổ đan được", per=M11),
    F("giá 70.000-85.000", "70.000", 70000, "money", "đồng/chiếc", value_max=85000,
      subject="giá thương lái thu mua võng lưới"),
    F("từ 2,5 đến 3 triệu", "2,5", 2500000, "money", "đồng/tháng", value_max=3000000,
      subject="thu nhập thêm của mỗi thành viên"),
    F("16 thành viên", "16", 16, "count", "thành viên",
      subject="thành viên được Ngân hàng Chính sách xã hội huyện cho vay"),
    F("từ 20 đến 30 triệu", "20", 20000000, "money", "đồng/người", value_max=30000000,
      subject="vốn vay của mỗi thành viên"),
    F("dư nợ 410 triệu", "410", 410000000, "money", "đồng", subject="tổng dư nợ"),
    F("giúp 9 hộ", "9", 9, "count", "hộ", subject="hộ thoát nghèo", per=Y24),
    F("còn 6,1%", "6,1", 6.1, "percent", "%",
      change=change("decrease", 3.7, "điểm phần trăm", "năm 2021"), subject="tỷ lệ hộ nghèo của xã"),
    F("khoảng 10 thành viên", "10", 10, "count", "thành viên", approx="about", status="forecast",
      subject="thành viên tổ kết nạp thêm", per=Y25),
    F("có 11 tổ hợp tác", "11", 11, "count", "tổ hợp tác", subject="tổ hợp tác đan võng", location="Trà Vinh"),
    F("gần 400 lao động", "400", 400, "count", "lao động", approx="nearly",
      subject="lao động của các tổ hợp tác đan võng", location="Trà Vinh"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Trà Vinh): menu, 'Cập nhật lúc 16:20, Thứ Năm, 28/11/2024 | Lượt xem: 845' (published), tag '(THTV) -',",
    "programme note at the end. The group is in xã Hiệp Mỹ Tây, huyện Cầu Ngang: location Cầu Ngang; the last paragraph is provincial (Trà Vinh).",
    "Distractors: time 16:20, 'Lượt xem: 845', founding year 'năm 2021', '19 giờ 30' (time of day), channel 'TTV11'.",
    "'25 thành viên (19 ... và 6 ...)': a bracketed breakdown right after the whole that adds up to it → total 25 for both parts.",
    "'được thành lập năm 2021 với 12 thành viên': the founding membership, located in 2021. '25 thành viên' after 'Đến nay': no period.",
    "'tăng gần 1.000 chiếc so với cả năm 2023' → change in chiếc (approx nearly) on 'hơn 3.400 chiếc'.",
    "'tỷ lệ hộ nghèo ... còn 6,1%, giảm 3,7 điểm phần trăm so với năm 2021' → a level with a change in điểm phần trăm ('Hiện': no period).",
    "'mỗi người từ 20 đến 30 triệu đồng' → money range per person (đồng/người). Standing prices and incomes get no period.",
]

if __name__ == "__main__":
    write("p1491-8", TEXT, NOTES, FIGS, published="2024-11-28", location="Cầu Ngang")
