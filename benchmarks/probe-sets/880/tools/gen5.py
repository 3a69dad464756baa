"""p880-5: Party/provincial newspaper (Báo Nghệ An), drainage pump stations of huyện Yên Thành, August 2023."""
from lib import F, P, I, C, write

TEXT = """
Yên Thành đầu tư gần 28 tỷ đồng nâng cấp trạm bơm tiêu úng

Huyện Yên Thành (Nghệ An) là vùng trũng, thường xuyên bị ngập úng mỗi khi có mưa lớn. Hiện trên địa bàn huyện có 146 trạm bơm điện với 231 máy bơm, trong đó 58 trạm bơm tiêu úng, còn lại là trạm bơm tưới.

Năm 2023, huyện đã đầu tư 27,6 tỷ đồng để nâng cấp 9 trạm bơm tiêu, thay thế 15 máy bơm cũ lưu lượng 2.500 m3/h bằng máy bơm trục đứng lưu lượng 4.000 m3/h. Nhờ vậy, tổng năng lực tiêu của toàn huyện đạt gần 410.000 m3/h, tăng khoảng 36.000 m3/h so với năm 2022.

Theo ông Nguyễn Văn Năm, Giám đốc Xí nghiệp Thủy lợi Yên Thành, nếu gặp mưa 300 mm trong 3 ngày, thời gian tiêu thoát hết nước cho 8.700 ha lúa vùng trũng nay chỉ còn khoảng 4-5 ngày, giảm 2 ngày so với trước đây. Xí nghiệp hiện có 124 công nhân vận hành, được tập huấn lần thứ 3 về quy trình vận hành mùa mưa bão.

Năm 2023, huyện được cấp 18,4 tỷ đồng kinh phí hỗ trợ thủy lợi phí cho 21.350 ha đất sản xuất nông nghiệp, bình quân khoảng 862.000 đồng/ha. Tuy nhiên, tiền điện bơm tiêu úng trong tháng 9/2022 đã lên tới 3,2 tỷ đồng, vượt 40% dự toán, khiến Xí nghiệp gặp nhiều khó khăn trong cân đối chi phí.

Mục tiêu đến năm 2025, huyện phấn đấu 100% trạm bơm tiêu được kiên cố hóa bể hút, bể xả và nâng tỷ lệ diện tích được tiêu chủ động lên 85%. Huyện cũng kiến nghị tỉnh bố trí vốn xây mới trạm bơm tiêu Đồng Trũng 2 tại xã Công Thành.

THANH LÊ

15/08/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 28 tỷ đồng", "28", 28e9, "money", "đồng", "vốn đầu tư nâng cấp trạm bơm tiêu úng", approx="nearly"),
    F("có 146 trạm bơm điện", "146", 146, "count", "trạm bơm điện", "trạm bơm điện trên địa bàn huyện"),
    F("231 máy bơm", "231", 231, "count", "máy bơm", "máy bơm của các trạm bơm điện"),
    F("trong đó 58 trạm", "58", 58, "count", "trạm bơm", "trạm bơm tiêu úng", total=146),
    F("đầu tư 27,6 tỷ đồng", "27,6", 27.6e9, "money", "đồng", "vốn đầu tư nâng cấp trạm bơm tiêu", Y23),
    F("nâng cấp 9 trạm bơm", "9", 9, "count", "trạm bơm", "trạm bơm tiêu được nâng cấp", Y23),
    F("thay thế 15 máy bơm", "15", 15, "count", "máy bơm", "máy bơm cũ được thay thế", Y23),
    F("lưu lượng 2.500 m3/h", "2.500", 2500, "measure", "m3/h", "lưu lượng máy bơm cũ", optional=True),
    F("lưu lượng 4.000 m3/h", "4.000", 4000, "measure", "m3/h", "lưu lượng máy bơm trục đứng", optional=True),
    F("gần 410.000 m3/h", "410.000", 410000, "measure", "m3/h", "tổng năng lực tiêu của toàn huyện", I(Y23),
      approx="nearly", change=C("increase", 36000, "m3/h", "năm 2022", approx="about")),
    F("mưa 300 mm", "300", 300, "measure", "mm", "lượng mưa giả định", optional=True),
    F("cho 8.700 ha", "8.700", 8700, "measure", "ha", "diện tích lúa vùng trũng"),
    F("khoảng 4-5 ngày", "4", 4, "measure", "ngày", "thời gian tiêu thoát hết nước", value_max=5, approx="about",
      change=C("decrease", 2, "ngày", "trước đây")),
    F("có 124 công nhân", "124", 124, "count", "công nhân", "công nhân vận hành của Xí nghiệp Thủy lợi Yên Thành"),
    F("cấp 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "kinh phí hỗ trợ thủy lợi phí", Y23),
    F("cho 21.350 ha", "21.350", 21350, "measure", "ha", "diện tích đất sản xuất nông nghiệp được hỗ trợ thủy lợi phí",
      Y23),
    F("khoảng 862.000 đồng/ha", "862.000", 862000, "money", "đồng/ha", "kinh phí hỗ trợ thủy lợi phí bình quân", Y23,
      approx="about"),
    F("lên tới 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "tiền điện bơm tiêu úng",
      P("trong tháng 9/2022", "2022-09-01", "2022-09-30"), change=C("increase", 40, "%", "dự toán")),
    F("phấn đấu 100% trạm bơm", "100", 100, "percent", "%",
      "trạm bơm tiêu được kiên cố hóa bể hút, bể xả", T25, status="target"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ diện tích được tiêu chủ động", T25, status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Nghệ An style): drainage pump stations of huyện Yên Thành; byline 'THANH LÊ' and bare date '15/08/2023' at the end.",
    "Distractors: 'Nguyễn Văn Năm' (a name with a number word), 'lần thứ 3' (ordinal), 'Đồng Trũng 2' (a station name), 'trong 3 ngày' (duration of a hypothetical rain).",
    "'mưa 300 mm' (a hypothetical design rain) and the pump specifications '2.500 m3/h', '4.000 m3/h' are optional.",
    "'tăng khoảng 36.000 m3/h so với năm 2022' is the change of 410.000 m3/h; 'giảm 2 ngày so với trước đây' the change of '4-5 ngày'.",
    "'vượt 40% dự toán' is a change against the plan (FIGURES.md: 'vượt 5% kế hoạch'). 'Hiện' sentences state no period.",
]

if __name__ == "__main__":
    write("p880-5", TEXT, FIGS, NOTES, published="2023-08-15", location="Yên Thành")
