"""p1193-6: national newspaper, the last hand sugar mills (lò đường thủ công) of Phụng Hiệp, Hậu Giang."""
from lib import F, P, I, C, T, write

TEXT = """Chủ Nhật, 21/07/2024, 06:45 (GMT+7)

Kinh tế > Nông nghiệp

Những lò đường thủ công cuối cùng ở "xứ mía" Phụng Hiệp

Từ hơn 200 lò đường thủ công thời hoàng kim những năm 1990, đến nay huyện Phụng Hiệp (Hậu Giang) chỉ còn 6 lò đỏ lửa, mỗi năm hoạt động khoảng 5 tháng.

Lò của ông Trần Văn Bảy ở xã Hiệp Hưng là một trong số đó. Mỗi ngày lò ép 8 tấn mía, nấu được khoảng 900 kg đường cát vàng và mật. "Bán cho nhà máy, mỗi tấn mía chỉ được 1,1-1,2 triệu đồng; nấu thành đường thì lời thêm chừng 300.000 đồng", ông Bảy nói. Lò có 12 công nhân, tiền công 280.000 đồng/người/ngày, cao hơn 30.000 đồng so với năm ngoái.

Sáu tháng đầu năm, ba lò lớn nhất của huyện tiêu thụ gần 2.600 tấn mía, bằng 65% cùng kỳ năm 2023. Nguyên nhân là nhiều diện tích mía đã chuyển sang trồng cây ăn trái.

Theo Sở NN&PTNT Hậu Giang, diện tích mía toàn tỉnh năm 2023 còn khoảng 4.800 ha, giảm gần 1.200 ha so với năm 2020; năng suất bình quân 105 tấn/ha.

Cả nước niên vụ 2023-2024 có khoảng 170.000 ha mía, sản xuất khoảng 1,14 triệu tấn đường; tỷ lệ tự đáp ứng nhu cầu tiêu thụ nội địa chưa đến 50%, theo Hiệp hội Mía đường Việt Nam.

Huyện Phụng Hiệp đặt mục tiêu đến năm 2025 giữ lại ít nhất 3 lò đường làm điểm du lịch trải nghiệm, đón khoảng 5.000 lượt khách mỗi năm. Hiện lò ông Bảy trên Quốc lộ 61 đã đón đoàn khách đầu tiên.

Hoài Nam
"""

H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
PH = "Phụng Hiệp"

FIGS = [
    F("hơn 200 lò", "200", 200, "count", "lò đường", approx="over",
      subject="lò đường thủ công thời hoàng kim những năm 1990"),
    F("còn 6 lò", "6", 6, "count", "lò", subject="lò đường thủ công còn đỏ lửa"),
    F("khoảng 5 tháng", "5", 5, "measure", "tháng", approx="about",
      subject="thời gian hoạt động mỗi năm của lò đường"),
    F("ép 8 tấn", "8", 8, "measure", "tấn/ngày", subject="mía lò ông Trần Văn Bảy ép mỗi ngày"),
    F("khoảng 900 kg", "900", 900, "measure", "kg/ngày", approx="about",
      subject="đường cát vàng và mật nấu được mỗi ngày"),
    F("được 1,1-1,2 triệu", "1,1", 1.1e6, "money", "đồng/tấn", value_max=1.2e6,
      subject="giá mỗi tấn mía bán cho nhà máy"),
    F("chừng 300.000 đồng", "300.000", 300000, "money", "đồng/tấn", approx="about",
      subject="tiền lời thêm khi nấu mía thành đường"),
    F("có 12 công nhân", "12", 12, "count", "công nhân", subject="công nhân lò ông Bảy"),
    F("công 280.000", "280.000", 280000, "money", "đồng/người/ngày",
      change=C("increase", 30000, "đồng", "năm ngoái"), subject="tiền công công nhân"),
    F("ba lò lớn nhất", "ba", 3, "count", "lò", optional=True, subject="lò lớn nhất của huyện", period=H1),
    F("gần 2.600 tấn", "2.600", 2600, "measure", "tấn", approx="nearly", percent=65,
      subject="mía ba lò lớn nhất của huyện tiêu thụ", period=H1),
    F("khoảng 4.800 ha", "4.800", 4800, "measure", "ha", approx="about",
      change=C("decrease", 1200, "ha", "năm 2020", approx="nearly"),
      subject="diện tích mía toàn tỉnh", period=Y23, location="Hậu Giang"),
    F("105 tấn/ha", "105", 105, "measure", "tấn/ha", subject="năng suất mía bình quân",
      period=Y23, location="Hậu Giang"),
    F("khoảng 170.000 ha", "170.000", 170000, "measure", "ha", approx="about",
      subject="diện tích mía cả nước", location="Việt Nam"),
    F("khoảng 1,14 triệu", "1,14", 1.14e6, "measure", "tấn", approx="about",
      subject="sản lượng đường sản xuất", location="Việt Nam"),
    F("chưa đến 50%", "50", 50, "percent", "%", approx="under",
      subject="tỷ lệ tự đáp ứng nhu cầu tiêu thụ đường nội địa", location="Việt Nam"),
    F("ít nhất 3 lò", "3", 3, "count", "lò đường", approx="at_least", status="target",
      subject="lò đường giữ lại làm điểm du lịch trải nghiệm", period=T25),
    F("khoảng 5.000 lượt", "5.000", 5000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách đón mỗi năm", period=T25),
]

NOTES = [
    "National newspaper: 'Chủ Nhật, 21/07/2024, 06:45 (GMT+7)', byline at the end. Hand sugar mills of huyện Phụng Hiệp (Hậu Giang).",
    "Distractors: 'những năm 1990', time 06:45, 'Quốc lộ 61', 'đoàn khách đầu tiên' (ordinal), 'niên vụ 2023-2024' (crop season label).",
    "Default location Phụng Hiệp; the Sở NN&PTNT paragraph is Hậu Giang; the VSSA paragraph is national (Việt Nam).",
    "'bằng 65% cùng kỳ năm 2023' is the share of 2.600 tấn. 'Sáu tháng đầu năm' takes 2024 from the dateline. 'giảm gần 1.200 ha so với năm 2020' is the change of 4.800 ha.",
    "The crop season 'niên vụ 2023-2024' has no calendar bounds in the spec: the national figures carry no gold period (not scored).",
    "'ba lò lớn nhất' names the group whose intake is counted (optional). 'hơn 200 lò ... những năm 1990' and 'mỗi năm hoạt động khoảng 5 tháng' carry no period. '5.000 lượt khách mỗi năm' continues 'đặt mục tiêu đến năm 2025': target.",
]

if __name__ == "__main__":
    write("p1193-6", TEXT, NOTES, FIGS, published="2024-07-21", location="Phụng Hiệp")
