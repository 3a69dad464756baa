"""p876-8: provincial newspaper online (Báo Long An), divorce cases in 9 months of 2023."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LONG AN ONLINE
Pháp luật

Gần 1.900 vụ án ly hôn được thụ lý trong 9 tháng

Thứ Ba, 24/10/2023 - 14:05

(BLA) - Trong 9 tháng đầu năm 2023, Tòa án nhân dân hai cấp tỉnh Long An đã thụ lý 1.894 vụ án ly hôn, giảm 4,3% so với cùng kỳ năm 2022; đã giải quyết 1.612 vụ, đạt 85,1%. Trong đó, ly hôn thuận tình 1.047 vụ, ly hôn đơn phương 565 vụ.

Các huyện có nhiều vụ ly hôn là Đức Hòa (276 vụ), Cần Giuộc (198 vụ), Bến Lức (187 vụ); thị xã Kiến Tường có ít nhất với 41 vụ. Theo TAND tỉnh, có đến 68% số vụ ly hôn do người vợ đứng đơn; độ tuổi ly hôn tập trung từ 25 đến 40 tuổi.

Đáng chú ý, số vụ ly hôn có đương sự là công nhân làm việc tại các khu công nghiệp như Khu công nghiệp Đức Hòa 1, Tân Đức, Phúc Long ước khoảng 540 vụ, chiếm gần 29%. Nguyên nhân chủ yếu do mâu thuẫn, áp lực kinh tế, thời gian làm việc kéo dài 10-12 giờ/ngày khiến vợ chồng ít thời gian dành cho nhau.

Tỷ lệ hòa giải, đối thoại thành tại Tòa án 9 tháng qua đạt 47,6%, vượt chỉ tiêu đề ra là 45%. Tính đến 30/9, toàn tỉnh có 64 hòa giải viên tại Tòa án, trong đó có 9 người tham gia hòa giải lần thứ 2 sau khi được bổ nhiệm lại.

Quý IV/2023, TAND hai cấp dự kiến thụ lý thêm khoảng 600 vụ việc hôn nhân và gia đình. Chánh án TAND tỉnh đề nghị các địa phương tăng cường tuyên truyền Luật Hôn nhân và gia đình, phát huy vai trò của 1.020 tổ hòa giải ở ấp, khu phố.

Minh Thư
"""

N9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
H9 = P("trong 9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("Gần 1.900 vụ án", "1.900", 1900, "count", "vụ án", "vụ án ly hôn được thụ lý", H9, approx="nearly"),
    F("thụ lý 1.894 vụ án", "1.894", 1894, "count", "vụ án", "vụ án ly hôn thụ lý", N9,
      change=C("decrease", 4.3, baseline="cùng kỳ năm 2022")),
    F("giải quyết 1.612 vụ", "1.612", 1612, "count", "vụ", "vụ án ly hôn đã giải quyết", N9, percent=85.1),
    F("thuận tình 1.047 vụ", "1.047", 1047, "count", "vụ", "ly hôn thuận tình", I(N9), total=1612),
    F("đơn phương 565 vụ", "565", 565, "count", "vụ", "ly hôn đơn phương", I(N9), total=1612),
    F("Đức Hòa (276 vụ)", "276", 276, "count", "vụ", "vụ ly hôn", I(N9), location="Đức Hòa"),
    F("Cần Giuộc (198 vụ)", "198", 198, "count", "vụ", "vụ ly hôn", I(N9), location="Cần Giuộc"),
    F("Bến Lức (187 vụ)", "187", 187, "count", "vụ", "vụ ly hôn", I(N9), location="Bến Lức"),
    F("với 41 vụ", "41", 41, "count", "vụ", "vụ ly hôn", I(N9), location="Kiến Tường"),
    F("đến 68% số vụ", "68", 68, "percent", "%", "vụ ly hôn do người vợ đứng đơn", I(N9)),
    F("từ 25 đến 40 tuổi", "25", 25, "measure", "tuổi", "độ tuổi ly hôn", value_max=40, optional=True),
    F("khoảng 540 vụ", "540", 540, "count", "vụ", "vụ ly hôn có đương sự là công nhân các khu công nghiệp", I(N9),
      approx="about", percent=29, status="estimate"),
    F("kéo dài 10-12 giờ/ngày", "10", 10, "measure", "giờ/ngày", "thời gian làm việc của công nhân", value_max=12),
    F("đạt 47,6%", "47,6", 47.6, "percent", "%", "tỷ lệ hòa giải, đối thoại thành tại Tòa án",
      P("9 tháng qua", "2023-01-01", "2023-09-30"), target=T(45, met=True)),
    F("có 64 hòa giải viên", "64", 64, "count", "hòa giải viên", "hòa giải viên tại Tòa án",
      P("Tính đến 30/9", None, "2023-09-30")),
    F("có 9 người", "9", 9, "count", "người", "hòa giải viên được bổ nhiệm lại", P("Tính đến 30/9", None, "2023-09-30"),
      total=64),
    F("khoảng 600 vụ việc", "600", 600, "count", "vụ việc", "vụ việc hôn nhân và gia đình thụ lý thêm",
      P("Quý IV/2023", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
    F("của 1.020 tổ", "1.020", 1020, "count", "tổ hòa giải", "tổ hòa giải ở ấp, khu phố"),
]

NOTES = [
    "Provincial newspaper online (Báo Long An): headline with a figure, 'Thứ Ba, 24/10/2023 - 14:05', '(BLA) -' tag, byline at the end.",
    "Headline 'trong 9 tháng' has no year: 2023 from the dateline. 'Trong đó, ly hôn thuận tình 1.047 vụ, ... 565 vụ' follows",
    "the solved cases (1.047 + 565 = 1.612) -> total 1.612. 'vượt chỉ tiêu đề ra là 45%' -> target 45 (met) of 47,6%.",
    "'ước khoảng 540 vụ, chiếm gần 29%' -> estimate, approx about, percent 29. Khu công nghiệp Đức Hòa 1, 'lần thứ 2',",
    "(BLA), 14:05 are not figures. Age band 25-40 optional.",
]

if __name__ == "__main__":
    write("p876-8", TEXT, FIGS, NOTES, published="2023-10-24", location="Long An")
