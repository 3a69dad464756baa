"""p1173-8: provincial newspaper online (Báo An Giang, tag '(AGO) -'): stone quarries in Tri Tôn and Tịnh Biên."""
from lib import F, P, I, C, T, write

TEXT = """Khai thác đá vùng Bảy Núi: Tăng kiểm soát, giảm rủi ro

Cập nhật lúc 10:05, Thứ Ba, 15/10/2024

(AGO) - 9 tháng năm 2024, sản lượng đá khai thác trên địa bàn tỉnh đạt 2,46 triệu m3, bằng 71% kế hoạch, giảm 5,3% so với cùng kỳ. Hiện tỉnh có 9 mỏ đá đang khai thác tại huyện Tri Tôn và thị xã Tịnh Biên, tổng trữ lượng còn lại khoảng 48 triệu m3.

Tại xã Cô Tô, huyện Tri Tôn, Công ty TNHH Đá Thành Phát có khoảng 140 lao động, phần lớn là người Khmer địa phương, mức lương từ 7 đến 10 triệu đồng/người/tháng. Giám đốc công ty Chau Sóc Kha cho biết, mỗi tháng mỏ xuất khoảng 25.000 m3 đá, chủ yếu cung cấp cho dự án cao tốc Châu Đốc - Cần Thơ - Sóc Trăng. Công ty đã đầu tư 2 máy khoan thủy lực và một dàn nghiền sàng khép kín, giảm khoảng 70% lượng bụi phát tán.

Từ đầu năm đến nay, lực lượng chức năng phát hiện, xử lý 126 trường hợp xe chở đá quá tải trọng, giảm 22 trường hợp so với cùng kỳ năm 2023; phạt hơn 1,9 tỷ đồng, tước giấy phép lái xe 38 trường hợp.

Theo quy định, khoảng cách an toàn khi nổ mìn tối thiểu 300 m đối với người; tỉnh đã di dời 47 hộ dân ra khỏi vùng nguy hiểm quanh núi Cô Tô.

Quý IV, các doanh nghiệp dự kiến khai thác thêm khoảng 0,95 triệu m3, nâng sản lượng cả năm lên hơn 3,4 triệu m3. Trong năm nay, tỉnh chỉ cấp mới một giấy phép khai thác đá tại khu vực núi Sập, thị xã Tịnh Biên.

THANH TIẾN
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
THIS = P("Trong năm nay", "2024-01-01", "2024-12-31")
TT = "Tri Tôn"

FIGS = [
    F("đạt 2,46 triệu", "2,46", 2460000, "measure", "m3", percent=71,
      change=C("decrease", 5.3, "%", "cùng kỳ"), subject="sản lượng đá khai thác trên địa bàn tỉnh", period=M9),
    F("có 9 mỏ", "9", 9, "count", "mỏ", subject="mỏ đá đang khai thác"),
    F("khoảng 48 triệu", "48", 48000000, "measure", "m3", approx="about",
      subject="tổng trữ lượng còn lại của các mỏ đá"),
    F("khoảng 140 lao động", "140", 140, "count", "lao động", approx="about",
      subject="lao động Công ty TNHH Đá Thành Phát", location=TT),
    F("từ 7 đến 10 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=10000000,
      subject="mức lương lao động của công ty", location=TT),
    F("khoảng 25.000 m3", "25.000", 25000, "measure", "m3/tháng", approx="about",
      subject="đá mỏ xuất mỗi tháng", location=TT),
    F("đầu tư 2 máy", "2", 2, "count", "máy khoan thủy lực",
      subject="máy khoan thủy lực công ty đã đầu tư", location=TT),
    F("và một dàn", "một", 1, "count", "dàn nghiền sàng",
      subject="dàn nghiền sàng khép kín công ty đã đầu tư", location=TT),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="lượng bụi phát tán giảm", location=TT),
    F("xử lý 126 trường hợp", "126", 126, "count", "trường hợp",
      change=C("decrease", 22, "trường hợp", "cùng kỳ năm 2023"),
      subject="trường hợp xe chở đá quá tải trọng bị phát hiện, xử lý", period=YTD),
    F("hơn 1,9 tỷ", "1,9", 1900000000, "money", "đồng", approx="over",
      subject="tiền phạt xe chở đá quá tải trọng", period=YTD),
    F("xe 38 trường hợp", "38", 38, "count", "trường hợp",
      subject="trường hợp bị tước giấy phép lái xe", period=YTD),
    F("tối thiểu 300 m", "300", 300, "measure", "m", approx="at_least",
      subject="khoảng cách an toàn khi nổ mìn đối với người"),
    F("di dời 47 hộ", "47", 47, "count", "hộ dân",
      subject="hộ dân di dời ra khỏi vùng nguy hiểm quanh núi Cô Tô"),
    F("khoảng 0,95 triệu", "0,95", 950000, "measure", "m3", approx="about", status="forecast",
      subject="đá các doanh nghiệp khai thác thêm", period=Q4),
    F("hơn 3,4 triệu", "3,4", 3400000, "measure", "m3", approx="over", status="forecast",
      subject="sản lượng đá khai thác cả năm", period=YEAR),
    F("cấp mới một giấy phép", "một", 1, "count", "giấy phép",
      subject="giấy phép khai thác đá cấp mới", period=THIS, location="Tịnh Biên"),
]

NOTES = [
    "Provincial newspaper online (Báo An Giang): 'Cập nhật lúc 10:05, Thứ Ba, 15/10/2024' (published), tag '(AGO) -', byline at the end.",
    "The text says only 'tỉnh'; the tag AGO and the districts Tri Tôn, Tịnh Biên imply An Giang (default location).",
    "Distractors: time 10:05, 'vùng Bảy Núi' (a place name with a number word), 'cao tốc Châu Đốc - Cần Thơ - Sóc Trăng', 'núi Sập', 'núi Cô Tô'.",
    "Company passage in xã Cô Tô, huyện Tri Tôn: location Tri Tôn for its figures (director's quote, machines, dust).",
    "'giảm 22 trường hợp so với cùng kỳ năm 2023' is the change of 126. 38 licence withdrawals have no part-of cue: no total.",
    "'tối thiểu 300 m' is a rule (at_least, actual). 'Quý IV ... dự kiến' -> forecast for both clauses ('nâng ... lên hơn 3,4 triệu' continues it).",
    "'Trong năm nay' = the published year. The new licence is at núi Sập, thị xã Tịnh Biên -> location Tịnh Biên.",
]

if __name__ == "__main__":
    write("p1173-8", TEXT, NOTES, FIGS, published="2024-10-15", location="An Giang")
