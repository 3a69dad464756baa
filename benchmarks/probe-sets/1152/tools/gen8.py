"""p1152-8: provincial newspaper online (Báo Long An), quarter III 2024; a women's union model in xã Mỹ Yên, huyện Bến Lức."""
from lib import F, P, I, C, T, write

TEXT = """Báo Long An Online > Xã hội > Môi trường

Quý III, Long An thu gom gần 4,2 tấn rác thải điện tử, pin cũ

Cập nhật lúc 10:42, Thứ Ba, 15/10/2024

(BLA) - Trong quý III, các địa phương trong tỉnh đã thu gom gần 4,2 tấn rác thải điện tử và pin cũ, tăng 1,3 tấn so với quý II; khoảng 65% khối lượng là pin các loại. Lũy kế 9 tháng, toàn tỉnh thu gom 9,8 tấn, đạt 70% kế hoạch năm.

Trong 9 tháng, các huyện có khối lượng thu gom lớn là Đức Hòa, Bến Lức và Cần Giuộc, lần lượt 1.650 kg, 1.320 kg và 980 kg. Sở Tài nguyên và Môi trường đã bố trí thêm hai xe thu gom lưu động, hoạt động vào chủ nhật tuần thứ 2 và thứ 4 hằng tháng. Hiện toàn tỉnh có 58 điểm tiếp nhận cố định, trong đó 21 điểm đặt tại trường học.

Tại xã Mỹ Yên (huyện Bến Lức), Hội Liên hiệp Phụ nữ xã duy trì mô hình "Ve chai gây quỹ" từ năm 2022. Mỗi tháng, 14 chi hội (312 hội viên) gom khoảng 60 kg pin, bóng đèn, thiết bị điện hỏng; pin thải được chuyển về điểm tiếp nhận của huyện, linh kiện tái chế được bán cho cơ sở thu mua với giá từ 5.000 đến 8.000 đồng/kg. Từ đầu năm đến nay, hơn 12 triệu đồng thu được đã hỗ trợ 9 hội viên khó khăn. Chị Nguyễn Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết nhiều hộ trước đây bỏ pin chung với rác sinh hoạt, nay đã biết phân loại riêng.

Quý IV, tỉnh dự kiến tổ chức thêm 3 đợt thu gom tại các trường học, phấn đấu cả năm đạt ít nhất 14 tấn.

Ngọc Mẫn
"""

Q3H = P("Quý III", "2024-07-01", "2024-09-30")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
M9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
M9L = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
SINCE = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
LIST = "khối lượng rác thải điện tử, pin cũ thu gom"
BL = "Bến Lức"

FIGS = [
    F("Long An thu gom gần 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="nearly",
      subject="rác thải điện tử, pin cũ thu gom", period=Q3H),
    F("đã thu gom gần 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="nearly",
      change=C("increase", 1.3, "tấn", "quý II"),
      subject="rác thải điện tử và pin cũ thu gom", period=Q3),
    F("khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="pin các loại trong khối lượng thu gom", period=Q3),
    F("thu gom 9,8 tấn", "9,8", 9.8, "measure", "tấn", percent=70,
      subject="rác thải điện tử, pin cũ thu gom lũy kế", period=M9),
    F("lần lượt 1.650 kg", "1.650", 1650, "measure", "kg", subject=LIST, location="Đức Hòa", period=M9L),
    F("1.320 kg", "1.320", 1320, "measure", "kg", subject=LIST, location="Bến Lức", period=M9L),
    F("và 980 kg", "980", 980, "measure", "kg", subject=LIST, location="Cần Giuộc", period=M9L),
    F("thêm hai xe", "hai", 2, "count", "xe thu gom lưu động",
      subject="xe thu gom lưu động bố trí thêm"),
    F("có 58 điểm", "58", 58, "count", "điểm", subject="điểm tiếp nhận cố định"),
    F("21 điểm", "21", 21, "count", "điểm", total=58, subject="điểm tiếp nhận cố định đặt tại trường học"),
    F("14 chi hội", "14", 14, "count", "chi hội", subject="chi hội tham gia mô hình Ve chai gây quỹ", location=BL),
    F("(312 hội viên)", "312", 312, "count", "hội viên", subject="hội viên của các chi hội", location=BL),
    F("khoảng 60 kg", "60", 60, "measure", "kg", approx="about",
      subject="pin, bóng đèn, thiết bị điện hỏng gom mỗi tháng", location=BL),
    F("từ 5.000 đến 8.000", "5.000", 5000, "money", "đồng/kg", value_max=8000,
      subject="giá bán linh kiện tái chế", location=BL),
    F("hơn 12 triệu", "12", 12000000, "money", "đồng", approx="over",
      subject="số tiền thu được từ mô hình", location=BL, period=SINCE),
    F("hỗ trợ 9 hội viên", "9", 9, "count", "hội viên",
      subject="hội viên khó khăn được hỗ trợ", location=BL, period=SINCE),
    F("thêm 3 đợt", "3", 3, "count", "đợt", status="forecast",
      subject="đợt thu gom tại các trường học", period=Q4),
    F("ít nhất 14 tấn", "14", 14, "measure", "tấn", approx="at_least", status="target",
      subject="rác thải điện tử, pin cũ thu gom", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Long An): headline figure, 'Cập nhật lúc 10:42, Thứ Ba, 15/10/2024' (published), tag '(BLA) -', byline.",
    "Year-less 'quý III', '9 tháng', 'Quý IV', 'cả năm', 'Từ đầu năm đến nay' take 2024 from published.",
    "'tăng 1,3 tấn so với quý II' is the change of the 4,2 tấn; 'khoảng 65% khối lượng là pin' is a percent figure of its own.",
    "District list with 'lần lượt' -> items' places are locations (Đức Hòa, Bến Lức, Cần Giuộc).",
    "Commune passage in 'xã Mỹ Yên (huyện Bến Lức)': location Bến Lức (district; a commune is not a location level). '(312 hội viên)'",
    "is a bracketed count of another noun, not a breakdown of the 14 chi hội: its own figure, no total. 'Mỗi tháng ... khoảng 60 kg' keeps unit kg.",
    "Distractors: 10:42, 'tuần thứ 2 và thứ 4' (ordinals), 'từ năm 2022' (start year of the model), '(BLA)'.",
]

if __name__ == "__main__":
    write("p1152-8", TEXT, NOTES, FIGS, published="2024-10-15", location="Long An")
