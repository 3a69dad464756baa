"""p526-6: national press — Trung ương Đoàn launches the 2024 summer volunteer campaign."""
from lib import *

TEXT = """Thời sự › Chính trị
Chủ nhật, 2/6/2024, 19:45 (GMT+7)

Hơn 8 triệu lượt thanh niên tham gia tình nguyện hè 2024

Trung ương Đoàn dự kiến huy động hơn 8 triệu lượt đoàn viên, thanh niên tham gia chiến dịch tình nguyện hè năm nay, thực hiện khoảng 15.000 công trình, phần việc thanh niên.

Sáng 2/6, tại tỉnh Điện Biên, Trung ương Đoàn tổ chức Lễ ra quân cấp toàn quốc Chiến dịch Thanh niên tình nguyện hè năm 2024. Theo Bí thư Trung ương Đoàn Nguyễn Minh Triết, năm 2023 chiến dịch thu hút hơn 7,5 triệu lượt đoàn viên, thanh niên; làm mới, sửa chữa 3.420 km đường giao thông nông thôn, xây dựng 1.286 cầu dân sinh, tổng giá trị các công trình đạt trên 1.850 tỷ đồng, tăng 12% so với năm 2022. Tỷ lệ tỉnh, thành đoàn hoàn thành chỉ tiêu chiến dịch đạt 96,8%; 61/63 tỉnh, thành phố tổ chức hoạt động tình nguyện liên tục trong 3 tháng hè.

Tại TP. Hồ Chí Minh, Chiến dịch Mùa hè xanh năm 2024 dự kiến có 32.000 chiến sĩ tham gia, trong đó khoảng 9.500 chiến sĩ tình nguyện tại các tỉnh bạn. Hà Nội dự kiến huy động 1,2 triệu lượt thanh niên với tổng kinh phí khoảng 150 tỷ đồng.

Năm nay, mỗi cơ sở Đoàn phấn đấu có ít nhất 1 công trình, phần việc thanh niên; mỗi đoàn viên tham gia tối thiểu 2 hoạt động tình nguyện trong hè.

Hoài Thu
"""

NOW = P("năm nay", "2024-01-01", "2024-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HCM = "TP. Hồ Chí Minh"

FIGS = [
    F("Hơn 8 triệu", "8", 8e6, "count", "lượt thanh niên", "lượt thanh niên tham gia tình nguyện hè", approx="over", status="forecast"),
    F("huy động hơn 8 triệu", "8", 8e6, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia chiến dịch tình nguyện hè",
      NOW, approx="over", status="forecast"),
    F("khoảng 15.000", "15.000", 15000, "count", "công trình", "công trình, phần việc thanh niên", NOW, approx="about", status="forecast"),
    F("hơn 7,5 triệu", "7,5", 7.5e6, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên chiến dịch thu hút", Y23,
      approx="over"),
    F("3.420 km", "3.420", 3420, "measure", "km", "đường giao thông nông thôn làm mới, sửa chữa", Y23),
    F("1.286 cầu", "1.286", 1286, "count", "cầu dân sinh", "cầu dân sinh xây dựng", Y23),
    F("trên 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "tổng giá trị các công trình", Y23, approx="over",
      change=CH("increase", 12, "%", "năm 2022")),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ tỉnh, thành đoàn hoàn thành chỉ tiêu chiến dịch", I(Y23)),
    F("61/63", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức hoạt động tình nguyện liên tục trong hè", I(Y23), total=63),
    F("có 32.000 chiến sĩ", "32.000", 32000, "count", "chiến sĩ", "chiến sĩ tham gia Chiến dịch Mùa hè xanh",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast", location=HCM),
    F("khoảng 9.500", "9.500", 9500, "count", "chiến sĩ", "chiến sĩ tình nguyện tại các tỉnh bạn",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", total=32000, status="forecast", location=HCM),
    F("huy động 1,2 triệu", "1,2", 1.2e6, "count", "lượt thanh niên", "lượt thanh niên tham gia", I(NOW), status="forecast",
      location="Hà Nội"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "tổng kinh phí", I(NOW), approx="about", status="forecast",
      location="Hà Nội"),
    F("ít nhất 1 công trình", "1", 1, "count", "công trình", "công trình, phần việc thanh niên mỗi cơ sở Đoàn",
      P("Năm nay", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("tối thiểu 2 hoạt động", "2", 2, "count", "hoạt động", "hoạt động tình nguyện mỗi đoàn viên tham gia",
      P("Năm nay", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "National press ('Chủ nhật, 2/6/2024, 19:45 (GMT+7)', byline at the end): launch of the 2024 summer youth volunteer campaign.",
    "The headline figure restates the body's 'dự kiến' number: status forecast (a choice: the headline itself has no cue).",
    "'năm nay' = 2024 (published). 'dự kiến' continues into 'thực hiện khoảng 15.000' and into 'trong đó khoảng 9.500' (total 32.000).",
    "61/63 tỉnh, thành phố: total 63, national. HCM and Hà Nội figures take their own location. 'Sáng 2/6, tại tỉnh Điện Biên' places",
    "the launch event only. 'trong 3 tháng hè' is a duration, not a figure. Distractors: (GMT+7), 'Sáng 2/6', time 19:45.",
]

emit("p526-6", TEXT, COMMENTS, FIGS, published="2024-06-02", location="Việt Nam")
