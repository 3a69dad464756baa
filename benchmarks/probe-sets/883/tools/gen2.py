"""p883-2: huyện Krông Pắc (Đắk Lắk) district portal, civilised weddings among Ê Đê communities, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN KRÔNG PẮC - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Văn hóa - Xã hội

Krông Pắc: Nhân rộng mô hình đám cưới văn minh, tiết kiệm ở vùng đồng bào Ê Đê

Ngày đăng: 16/11/2023 | Tác giả: H'Linh Niê

9 tháng năm 2023, toàn huyện Krông Pắc có 1.254 cặp đăng ký kết hôn, trong đó 386 cặp là người đồng bào dân tộc thiểu số. Số đám cưới tổ chức theo nếp sống văn minh là 1.198 đám, đạt 95,5%. Số vụ tảo hôn giảm còn 12 vụ, giảm 7 vụ so với cùng kỳ năm 2022; không phát sinh trường hợp kết hôn cận huyết thống.

Tại xã Ea Phê, nơi triển khai thí điểm mô hình từ tháng 3/2022, 100% đám cưới được tổ chức gọn trong 1 ngày thay vì 2-3 ngày như trước. Chi phí bình quân mỗi đám cưới khoảng 60 triệu đồng, giảm chừng 30% so với năm 2021. Tục thách cưới bằng trâu, bò, chiêng đã được thay bằng mức sính lễ không quá 10 triệu đồng. Mỗi đám cưới chỉ mời dưới 300 khách, âm thanh không vượt quá 85 dB.

Hiện 16/16 xã, thị trấn đã thành lập Ban vận động thực hiện nếp sống văn minh; 142/148 thôn, buôn, tổ dân phố có quy ước về việc cưới, chiếm 95,9%. Năm 2023, huyện bố trí 150 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số để nhân rộng mô hình ra 5 xã: Ea Kly, Krông Búk, Ea Kuăng, Hòa Đông và Vụ Bổn.

Năm 2024, huyện phấn đấu giảm ít nhất 20% số vụ tảo hôn so với năm 2023; tỷ lệ đám cưới thực hiện nếp sống văn minh đạt từ 96% trở lên. Dự kiến có thêm 3 buôn đăng ký xây dựng mô hình điểm.

Mọi ý kiến đóng góp xin gửi về Phòng Văn hóa - Thông tin huyện, số 2 Giải Phóng, thị trấn Phước An; điện thoại 0262.3521.028.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.254 cặp", "1.254", 1254, "count", "cặp", "cặp đăng ký kết hôn", M9),
    F("trong đó 386 cặp", "386", 386, "count", "cặp", "cặp đăng ký kết hôn là người đồng bào dân tộc thiểu số", M9,
      total=1254),
    F("là 1.198 đám", "1.198", 1198, "count", "đám", "đám cưới tổ chức theo nếp sống văn minh", I(M9), percent=95.5),
    F("còn 12 vụ", "12", 12, "count", "vụ", "vụ tảo hôn", I(M9), change=C("decrease", 7, "vụ", "cùng kỳ năm 2022")),
    F("100% đám cưới được", "100", 100, "percent", "%", "đám cưới được tổ chức gọn trong 1 ngày"),
    F("trong 1 ngày", "1", 1, "measure", "ngày", "thời gian tổ chức đám cưới", optional=True),
    F("2-3 ngày như trước", "2", 2, "measure", "ngày", "thời gian tổ chức đám cưới trước đây", value_max=3,
      optional=True),
    F("khoảng 60 triệu đồng", "60", 60000000, "money", "đồng", "chi phí bình quân mỗi đám cưới", approx="about",
      change=C("decrease", 30, "%", "năm 2021", "about")),
    F("không quá 10 triệu đồng", "10", 10000000, "money", "đồng", "mức sính lễ", approx="at_most"),
    F("dưới 300 khách", "300", 300, "count", "khách", "khách mời mỗi đám cưới", approx="under"),
    F("85 dB", "85", 85, "measure", "dB", "âm thanh đám cưới", approx="at_most", optional=True),
    F("Hiện 16/16 xã", "16", 16, "count", "xã, thị trấn",
      "xã, thị trấn thành lập Ban vận động thực hiện nếp sống văn minh", total=16),
    F("142/148 thôn", "142", 142, "count", "thôn, buôn, tổ dân phố", "thôn, buôn, tổ dân phố có quy ước về việc cưới",
      total=148, percent=95.9),
    F("bố trí 150 triệu đồng", "150", 150000000, "money", "đồng", "kinh phí bố trí để nhân rộng mô hình đám cưới văn minh",
      Y23),
    F("ra 5 xã", "5", 5, "count", "xã", "xã nhân rộng mô hình", Y23),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm số vụ tảo hôn so với năm 2023", Y24, approx="at_least",
      status="target"),
    F("từ 96% trở lên", "96", 96, "percent", "%", "tỷ lệ đám cưới thực hiện nếp sống văn minh", Y24,
      approx="at_least", status="target"),
    F("thêm 3 buôn", "3", 3, "count", "buôn", "buôn đăng ký xây dựng mô hình điểm", I(Y24), status="forecast"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): mô hình đám cưới văn minh, tiết kiệm; 9 tháng năm 2023. Figures of xã Ea Phê",
    "keep the district as location (a commune is not a location level of the spec).",
    "Not figures: 'tháng 3/2022' (start of the pilot), 'năm 2021' (baseline), Chương trình mục tiêu quốc gia, 'số 2 Giải Phóng',",
    "phone 0262.3521.028, Ngày đăng. '1 ngày', '2-3 ngày' describe the custom and '85 dB' is a limit of the quy ước: optional.",
    "1.198 đám is not a part of 1.254 cặp (different things counted): percent 95,5 only, no total.",
]

if __name__ == "__main__":
    write("p883-2", TEXT, NOTES, FIGS, published="2023-11-16", location="Krông Pắc")
