"""p916-8: provincial newspaper online (Báo Bắc Giang, tag '(BGĐT) -'), headline figure, 9 months of 2023."""
from lib import F, P, I, C, T, build

TEXT = """Báo Bắc Giang điện tử > Kinh tế > Nông nghiệp

Gần 700 tổ mối trên đê được xử lý

Cập nhật lúc 07:45, Thứ Hai, 30/10/2023

(BGĐT) - 9 tháng năm 2023, Chi cục Thủy lợi phối hợp với các huyện phát hiện 712 tổ mối trên các tuyến đê tả Cầu, hữu Thương, tả Thương và hữu Lục Nam, đã xử lý 687 tổ (đạt 96,5%).

Các huyện Lạng Giang, Yên Dũng, Việt Yên lần lượt phát hiện 186, 154 và 121 tổ. Lạng Giang tiếp tục đứng thứ nhất toàn tỉnh về số tổ mối phát hiện, chủ yếu trên đê tả Thương đoạn từ K12+000 đến K15+200 gần Quốc lộ 1A. Qua kiểm tra, lực lượng chức năng còn phát hiện 14 vị trí ẩn họa như hang chuột, hang cáo, rễ cây mục trong thân đê; trong đó 9 vị trí đã được đào, đắp xử lý.

Theo Chi cục Thủy lợi, kinh phí xử lý mối, ẩn họa đến nay đạt 980/1.200 triệu đồng kế hoạch năm. Đơn giá nhân công đào, xử lý tổ mối là 320.000 đồng/công; giá thuốc diệt mối khoảng 350.000 đồng/kg, tăng 15% so với năm 2022.

Dự kiến trong quý IV/2023, Chi cục sẽ khoan phụt vữa gia cố 3,2 km đê tả Thương, tổng mức đầu tư khoảng 1,6 tỷ đồng. Năm 2024, tỉnh phấn đấu xử lý trên 98% số tổ mối phát hiện, không để tổ mối tồn đọng qua mùa lũ.

Thực hiện Chỉ thị số 12/CT-UBND của UBND tỉnh, các xã ven đê thành lập 46 tổ xung kích với gần 900 thành viên, mỗi tổ từ 15 đến 20 người, sẵn sàng hộ đê khi có lũ báo động số 3.

Ngọc Thúy
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
NOW = P("đến nay", None, "2023-10-30")
Q4 = P("trong quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 700 tổ mối", "700", 700, "count", "tổ mối", "tổ mối trên đê được xử lý", approx="nearly"),
    F("phát hiện 712 tổ mối", "712", 712, "count", "tổ mối", "tổ mối phát hiện trên các tuyến đê", M9),
    F("xử lý 687 tổ", "687", 687, "count", "tổ", "tổ mối đã xử lý", M9, percent=96.5),
    F("lần lượt phát hiện 186", "186", 186, "count", "tổ", "tổ mối phát hiện", I(M9), location="Lạng Giang"),
    F("186, 154", "154", 154, "count", "tổ", "tổ mối phát hiện", I(M9), location="Yên Dũng"),
    F("và 121 tổ", "121", 121, "count", "tổ", "tổ mối phát hiện", I(M9), location="Việt Yên"),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "số tổ mối phát hiện", I(M9), location="Lạng Giang"),
    F("phát hiện 14 vị trí", "14", 14, "count", "vị trí", "vị trí ẩn họa trong thân đê", I(M9)),
    F("trong đó 9 vị trí", "9", 9, "count", "vị trí", "vị trí ẩn họa đã được đào, đắp xử lý", I(M9), total=14),
    F("đạt 980/1.200 triệu", "980", 980e6, "money", "đồng", "kinh phí xử lý mối, ẩn họa", NOW,
      target=T(1.2e9, "đồng")),
    F("320.000 đồng/công", "320.000", 320000, "money", "đồng/công", "đơn giá nhân công đào, xử lý tổ mối"),
    F("khoảng 350.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá thuốc diệt mối", approx="about",
      change=C("increase", 15, "%", "năm 2022")),
    F("gia cố 3,2 km", "3,2", 3.2, "measure", "km", "đê tả Thương được khoan phụt vữa gia cố", Q4,
      status="forecast"),
    F("khoảng 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng mức đầu tư khoan phụt vữa gia cố đê", Q4,
      approx="about", status="forecast"),
    F("trên 98% số tổ", "98", 98, "percent", "%", "tỷ lệ tổ mối phát hiện được xử lý", Y24, approx="over",
      status="target"),
    F("thành lập 46 tổ", "46", 46, "count", "tổ xung kích", "tổ xung kích hộ đê ở các xã ven đê"),
    F("gần 900 thành viên", "900", 900, "count", "thành viên", "thành viên tổ xung kích", approx="nearly"),
    F("từ 15 đến 20 người", "15", 15, "count", "người", "số người mỗi tổ xung kích", value_max=20),
]

build("p916-8", TEXT, FIGS, published="2023-10-30", location="Bắc Giang", comments=[
    "Báo Bắc Giang điện tử, '(BGĐT) -' tag (implies Bắc Giang), 'Cập nhật lúc 07:45, Thứ Hai, 30/10/2023': termite nests, 9 months 2023.",
    "Not figures: '07:45', 'Thứ Hai', K12+000/K15+200, 'Quốc lộ 1A', 'Chỉ thị số 12/CT-UBND', 'báo động số 3' (a flood alarm level),",
    "'quý IV/2023' (a period). Headline 'Gần 700 tổ mối' is a figure without period.",
    "687 '(đạt 96,5%)' has no part-of cue: percent only. 'lần lượt phát hiện 186, 154 và 121 tổ': one figure per district (location).",
    "'đứng thứ nhất toàn tỉnh' is a rank (1, hạng) located in Lạng Giang. 'trong đó 9 vị trí' after 14 vị trí: total 14.",
    "'đạt 980/1.200 triệu đồng kế hoạch năm': target 1,2 tỷ (result against plan), as of 'đến nay' (the dateline).",
    "'Dự kiến trong quý IV/2023 ... 3,2 km ..., tổng mức đầu tư khoảng 1,6 tỷ đồng': both forecast (the clause continues).",
    "The 46 tổ xung kích / 900 thành viên / 15-20 người sentence has no period phrase: no period.",
])
