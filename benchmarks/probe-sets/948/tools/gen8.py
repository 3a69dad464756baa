"""p948-8: provincial newspaper online (Báo Bình Thuận, tag '(BTO) -'), Tuy Phong artemia harvest 2025, headline figure."""
from lib import *

TEXT = """Kinh tế | Nông nghiệp
Thứ Sáu, 15/08/2025 | 15:10

Tuy Phong thu hơn 9 tấn trứng artemia từ ruộng muối

(BTO) - Từ đầu năm đến nay, diêm dân huyện Tuy Phong đã thu hoạch 9,4 tấn trứng bào xác artemia từ 104 ha ruộng muối kết hợp nuôi artemia, tăng 2,1 tấn so với cùng kỳ năm trước. Trong đó, xã Vĩnh Hảo 61 ha, xã Phước Thể 28 ha, xã Chí Công 15 ha.

Năng suất bình quân đạt 90 kg/ha, riêng mô hình của Hợp tác xã Muối Vĩnh Hảo đạt 118 kg/ha. Với giá bán tại ruộng 1,25 triệu đồng/kg, tổng giá trị trứng artemia ước đạt 11,7 tỷ đồng, chiếm khoảng 42% tổng thu nhập của diêm dân trong huyện. Mỗi héc-ta nuôi artemia cho lãi 55-60 triệu đồng, trong khi làm muối chỉ lãi 15-20 triệu đồng/ha.

Ông Nguyễn Văn Tám, Giám đốc HTX Muối Vĩnh Hảo, cho biết các ô nuôi dọc Quốc lộ 1A được cấp nước ót từ ruộng muối kết tinh, độ mặn ổn định nên trứng đạt tỷ lệ nở trên 80%.

Toàn tỉnh Bình Thuận hiện có 215 ha nuôi artemia, tập trung ở Tuy Phong và Bắc Bình. 6 tháng đầu năm, sản lượng trứng toàn tỉnh đạt 13,2 tấn, bằng 66% kế hoạch năm; dự kiến cả năm đạt khoảng 20 tấn.

Theo Sở Nông nghiệp và Môi trường, tỉnh phấn đấu đến năm 2030 nâng diện tích nuôi artemia lên 500 ha, trong đó Tuy Phong 300 ha.

Ngọc Lân
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-08-15")
AREA = "diện tích ruộng muối kết hợp nuôi artemia"
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 9 tấn", "9", 9, "measure", "tấn", "trứng artemia thu từ ruộng muối", I(YTD), approx="over"),
    F("9,4 tấn", "9,4", 9.4, "measure", "tấn", "trứng bào xác artemia thu hoạch", YTD,
      change=C("increase", 2.1, "tấn", "cùng kỳ năm trước")),
    F("từ 104 ha", "104", 104, "measure", "ha", AREA, YTD),
    F("Vĩnh Hảo 61 ha", "61", 61, "measure", "ha", AREA, I(YTD), total=104),
    F("Phước Thể 28 ha", "28", 28, "measure", "ha", AREA, I(YTD), total=104),
    F("Chí Công 15 ha", "15", 15, "measure", "ha", AREA, I(YTD), total=104),
    F("đạt 90 kg/ha", "90", 90, "measure", "kg/ha", "năng suất bình quân", I(YTD)),
    F("đạt 118 kg/ha", "118", 118, "measure", "kg/ha", "năng suất mô hình của Hợp tác xã Muối Vĩnh Hảo", I(YTD)),
    F("1,25 triệu", "1,25", 1250000, "money", "đồng/kg", "giá bán tại ruộng", I(YTD)),
    F("ước đạt 11,7 tỷ", "11,7", 11700000000, "money", "đồng", "tổng giá trị trứng artemia", I(YTD),
      status="estimate", percent=42),
    F("lãi 55-60 triệu", "55", 55000000, "money", "đồng/héc-ta", "lãi mỗi héc-ta nuôi artemia", value_max=60000000),
    F("15-20 triệu đồng/ha", "15", 15000000, "money", "đồng/ha", "lãi làm muối", value_max=20000000),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ nở của trứng", approx="over"),
    F("có 215 ha", "215", 215, "measure", "ha", "diện tích nuôi artemia", location="Bình Thuận"),
    F("đạt 13,2 tấn", "13,2", 13.2, "measure", "tấn", "sản lượng trứng toàn tỉnh",
      P("6 tháng đầu năm", "2025-01-01", "2025-06-30"), percent=66, location="Bình Thuận"),
    F("khoảng 20 tấn", "20", 20, "measure", "tấn", "sản lượng trứng cả năm",
      P("cả năm", "2025-01-01", "2025-12-31"), status="forecast", approx="about", location="Bình Thuận"),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích nuôi artemia", T30, status="target", location="Bình Thuận"),
    F("Tuy Phong 300 ha", "300", 300, "measure", "ha", "diện tích nuôi artemia", T30, status="target", total=500),
]

NOTES = [
    "revised after the first run: unit of 55-60 triệu is 'đồng/héc-ta' (the denominator as written, 'Mỗi héc-ta'), not 'đồng/ha'.",
    "Báo Bình Thuận online (BTO): Tuy Phong artemia harvest from the start of 2025 to the dateline 'Thứ Sáu, 15/08/2025 | 15:10'; byline at the end.",
    "Headline 'hơn 9 tấn' restates the 9,4 tấn (own figure, period inherited). 'Trong đó' after a sentence break: the communes' ha are parts of 104 ha (61+28+15).",
    "Communes lie in Tuy Phong (location Tuy Phong). '6 tháng đầu năm' and 'cả năm' take 2025 (the dateline; the baseline says 'năm trước').",
    "Distractors: 'Quốc lộ 1A', the name 'Tám', 'Hợp tác xã Muối Vĩnh Hảo', the dateline and time.",
]

write("p948-8", TEXT, FIGS, published="2025-08-15", location="Tuy Phong", notes=NOTES)
