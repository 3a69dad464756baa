"""p888-8: provincial newspaper online (Báo Long An), headline figure, '(BLA) -' tag; cattle manure, biogas and vermicompost."""
from lib import F, P, I, C, write

TEXT = """Báo Long An Online
Kinh tế | Nông nghiệp
Thứ Ba, 17/10/2023 - 10:20

9 tháng, thêm 1.260 hộ nuôi bò đầu tư xử lý chất thải

(BLA) - Trong 9 tháng đầu năm, Long An có thêm 1.260 hộ chăn nuôi bò đầu tư công trình xử lý chất thải, nâng tỷ lệ hộ nuôi bò có công trình xử lý lên 78%, tăng 6 điểm phần trăm so với cuối năm 2022.

Theo Sở NN&PTNT, tổng đàn bò của tỉnh hiện khoảng 101.500 con, tập trung ở các huyện Đức Hòa (28.400 con), Đức Huệ (19.700 con) và Cần Giuộc (12.300 con). Mỗi con bò thải ra 15-20 kg phân/ngày, nếu không được xử lý sẽ gây ô nhiễm kênh rạch.

Mô hình nuôi trùn quế bằng phân bò đang được nhân rộng với 346 hộ tham gia, diện tích nuôi hơn 52 ha. Mỗi tấn phân bò cho ra khoảng 400-500 kg phân trùn, giá bán 3.500 đồng/kg; trùn quế tươi có giá 30.000 đồng/kg. Bình quân mỗi hộ có thu nhập thêm 5-7 triệu đồng/tháng.

9 tháng, tỉnh giải ngân 14,6 tỷ đồng vốn vay ưu đãi, đạt 73% kế hoạch năm, giúp 532 hộ xây hầm biogas. Hộ ông Võ Văn Bảy ở ấp 4, xã Mỹ Lạc, huyện Thủ Thừa được vay 30 triệu đồng để xây hầm 12 m3.

Dự kiến đến cuối năm 2023, toàn tỉnh có thêm khoảng 400 hộ xây hầm biogas; đến năm 2025, phấn đấu 90% hộ nuôi bò có công trình xử lý chất thải theo Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh.

Minh Trí
"""

M9 = P("9 tháng đầu năm", "2023-01-01", "2023-09-30")
M9b = P("9 tháng", "2023-01-01", "2023-09-30")

FIGS = [
    F("9 tháng, thêm 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ nuôi bò đầu tư xử lý chất thải",
      P("9 tháng", "2023-01-01", "2023-09-30")),
    F("có thêm 1.260 hộ", "1.260", 1260, "count", "hộ", "hộ chăn nuôi bò đầu tư công trình xử lý chất thải", M9),
    F("lên 78%", "78", 78, "percent", "%", "tỷ lệ hộ nuôi bò có công trình xử lý", M9,
      change=C("increase", 6, "điểm phần trăm", "cuối năm 2022")),
    F("khoảng 101.500 con", "101.500", 101500, "count", "con", "tổng đàn bò", approx="about"),
    F("Đức Hòa (28.400 con)", "28.400", 28400, "count", "con", "đàn bò", location="Đức Hòa"),
    F("Đức Huệ (19.700 con)", "19.700", 19700, "count", "con", "đàn bò", location="Đức Huệ"),
    F("Cần Giuộc (12.300 con)", "12.300", 12300, "count", "con", "đàn bò", location="Cần Giuộc"),
    F("15-20 kg", "15", 15, "measure", "kg/ngày", "lượng phân mỗi con bò thải ra mỗi ngày", value_max=20),
    F("với 346 hộ", "346", 346, "count", "hộ", "hộ tham gia mô hình nuôi trùn quế bằng phân bò"),
    F("hơn 52 ha", "52", 52, "measure", "ha", "diện tích nuôi trùn quế", approx="over"),
    F("khoảng 400-500 kg", "400", 400, "measure", "kg/tấn", "phân trùn thu được từ mỗi tấn phân bò",
      value_max=500, approx="about"),
    F("giá bán 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", "giá bán phân trùn"),
    F("giá 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá trùn quế tươi"),
    F("thêm 5-7 triệu đồng/tháng", "5", 5000000, "money", "đồng/tháng", "thu nhập thêm bình quân mỗi hộ",
      value_max=7000000),
    F("giải ngân 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng", "vốn vay ưu đãi giải ngân", M9b, percent=73),
    F("giúp 532 hộ", "532", 532, "count", "hộ", "hộ được vay vốn xây hầm biogas", M9b),
    F("vay 30 triệu đồng", "30", 30000000, "money", "đồng", "khoản vay của hộ ông Võ Văn Bảy", location="Thủ Thừa"),
    F("hầm 12 m3", "12", 12, "measure", "m3", "dung tích hầm biogas của hộ ông Võ Văn Bảy", location="Thủ Thừa",
      optional=True),
    F("thêm khoảng 400 hộ", "400", 400, "count", "hộ", "hộ xây hầm biogas tăng thêm",
      P("đến cuối năm 2023", None, "2023-12-31"), approx="about", status="forecast"),
    F("phấn đấu 90% hộ", "90", 90, "percent", "%", "tỷ lệ hộ nuôi bò có công trình xử lý chất thải",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Long An online: headline figure, dateline 'Thứ Ba, 17/10/2023 - 10:20', '(BLA) -' tag, byline at the end.",
    "Year-less headline '9 tháng' and '9 tháng đầu năm' / '9 tháng' take the year 2023 of the dateline (it stands before them).",
    "'tăng 6 điểm phần trăm so với cuối năm 2022' is the change of 78%. District list 'tập trung ở' is not a breakdown",
    "(28.400+19.700+12.300 != 101.500): no total. 'đạt 73% kế hoạch năm' is the share of 14,6 tỷ đồng (percent).",
    "'Mỗi tấn phân bò cho ra ... kg' gives a rate unit kg/tấn. The household's tank size 12 m3 is optional.",
    "Distractors: dateline and time, (BLA), Võ Văn Bảy (a name), ấp 4, Nghị quyết số 07/2022/NQ-HĐND.",
    "revised after the first run: unit of 15-20 kg 'kg phân/ngày' -> 'kg/ngày' (substance goes to the subject, as in tấn/ngày).",
]

write("p888-8", TEXT, FIGS, NOTES, published="2023-10-17", location="Long An")
