"""p1198-8: provincial newspaper online (Báo Quảng Nam, QNO): Hè Thu 2024 rice dried by machine; a cooperative in Đại Lộc."""
from lib import F, P, I, C, T, write

TEXT = """Hơn 60% diện tích lúa Hè Thu ở Quảng Nam được sấy bằng máy

Thứ Ba, 20/08/2024 09:20

(QNO) - Vụ Hè Thu năm nay, toàn tỉnh gieo sạ 39.870 ha lúa, năng suất ước đạt 57,5 tạ/ha, sản lượng khoảng 229.000 tấn. Đến ngày 18/8, nông dân đã thu hoạch 35.100 ha, đạt 88% diện tích; trong đó hơn 60% diện tích được sấy bằng máy, tăng 12 điểm phần trăm so với cùng kỳ.

Thị xã Điện Bàn, các huyện Đại Lộc và Duy Xuyên có tỷ lệ lúa được sấy cao nhất, lần lượt 82%, 75% và 71%. Toàn tỉnh hiện có 265 máy sấy lúa, trong đó 190 máy do hợp tác xã quản lý; tổng công suất khoảng 2.900 tấn/ngày. 6 tháng đầu năm, tỉnh đã hỗ trợ 18 hợp tác xã mua máy sấy với tổng kinh phí 2,7 tỷ đồng.

Tại huyện Đại Lộc, Hợp tác xã nông nghiệp Đại Hiệp vừa đưa vào sử dụng hai máy sấy tháp, mỗi máy 10 tấn/mẻ, tổng vốn đầu tư 1,6 tỷ đồng. Ông Huỳnh Tấn Lực, Giám đốc hợp tác xã, cho biết giá sấy 250.000 đồng/tấn, thấp hơn chi phí thuê phơi khoảng 50.000 đồng/tấn; từ đầu vụ đến nay đã sấy 1.450 tấn lúa cho 630 hộ.

Hiện tỉnh hỗ trợ 50% kinh phí, tối đa 300 triệu đồng/máy cho hợp tác xã mua máy sấy. Theo Sở NN&PTNT, dự kiến cả năm 2024 toàn tỉnh đầu tư thêm khoảng 40 máy sấy; năm 2025 phấn đấu tỷ lệ lúa được sấy bằng máy đạt 75%.

THANH THẮNG
"""

ASOF = P("Đến ngày 18/8", None, "2024-08-18")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DL = "Đại Lộc"
NOW = P("từ đầu vụ đến nay", None, "2024-08-20")
LIST = "tỷ lệ lúa được sấy"

FIGS = [
    F("Hơn 60%", "60", 60, "percent", "%", approx="over",
      subject="tỷ lệ diện tích lúa Hè Thu được sấy bằng máy"),
    F("gieo sạ 39.870 ha", "39.870", 39870, "measure", "ha", subject="diện tích lúa Hè Thu gieo sạ"),
    F("57,5 tạ/ha", "57,5", 57.5, "measure", "tạ/ha", status="estimate", subject="năng suất lúa Hè Thu"),
    F("khoảng 229.000 tấn", "229.000", 229000, "measure", "tấn", approx="about", status="estimate",
      subject="sản lượng lúa Hè Thu"),
    F("thu hoạch 35.100 ha", "35.100", 35100, "measure", "ha", percent=88,
      subject="diện tích lúa đã thu hoạch", period=ASOF),
    F("hơn 60% diện tích", "60", 60, "percent", "%", approx="over",
      change=C("increase", 12, "điểm phần trăm", "cùng kỳ"),
      subject="tỷ lệ diện tích lúa thu hoạch được sấy bằng máy", period=ASOF),
    F("lần lượt 82%", "82", 82, "percent", "%", subject=LIST, location="Điện Bàn"),
    F("82%, 75%", "75", 75, "percent", "%", subject=LIST, location=DL),
    F("và 71%", "71", 71, "percent", "%", subject=LIST, location="Duy Xuyên"),
    F("có 265 máy", "265", 265, "count", "máy sấy", subject="máy sấy lúa"),
    F("190 máy", "190", 190, "count", "máy", total=265, subject="máy sấy do hợp tác xã quản lý"),
    F("khoảng 2.900 tấn/ngày", "2.900", 2900, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất máy sấy lúa"),
    F("hỗ trợ 18 hợp tác xã", "18", 18, "count", "hợp tác xã",
      subject="hợp tác xã được hỗ trợ mua máy sấy", period=H1),
    F("2,7 tỷ", "2,7", 2700000000, "money", "đồng",
      subject="tổng kinh phí hỗ trợ hợp tác xã mua máy sấy", period=H1),
    F("hai máy sấy tháp", "hai", 2, "count", "máy sấy tháp",
      subject="máy sấy tháp Hợp tác xã nông nghiệp Đại Hiệp đưa vào sử dụng", location=DL),
    F("máy 10 tấn/mẻ", "10", 10, "measure", "tấn/mẻ", subject="công suất mỗi máy sấy tháp", location=DL),
    F("1,6 tỷ", "1,6", 1600000000, "money", "đồng", subject="tổng vốn đầu tư máy sấy tháp", location=DL),
    F("giá sấy 250.000", "250.000", 250000, "money", "đồng/tấn",
      change=C("decrease", 50000, "đồng/tấn", "chi phí thuê phơi", "about"), subject="giá sấy lúa", location=DL),
    F("1.450 tấn", "1.450", 1450, "measure", "tấn", subject="lúa hợp tác xã đã sấy", period=NOW, location=DL),
    F("630 hộ", "630", 630, "count", "hộ", subject="hộ có lúa được hợp tác xã sấy", period=NOW, location=DL),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ kinh phí mua máy sấy cho hợp tác xã"),
    F("tối đa 300 triệu", "300", 300000000, "money", "đồng/máy", approx="at_most",
      subject="mức hỗ trợ kinh phí mua máy sấy cho hợp tác xã"),
    F("khoảng 40 máy", "40", 40, "count", "máy sấy", approx="about", status="forecast",
      subject="máy sấy toàn tỉnh đầu tư thêm", period=Y24),
    F("đạt 75%", "75", 75, "percent", "%", status="target", subject="tỷ lệ lúa được sấy bằng máy", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Nam): headline figure, 'Thứ Ba, 20/08/2024 09:20' (published), tag '(QNO) -', byline at the end.",
    "Distractors: time 09:20, '(QNO)', 'Đến ngày 18/8' (as-of date, year from the dateline).",
    "'Vụ Hè Thu năm nay' is a season: no period set. revised: 'từ đầu vụ đến nay' -> start null, end = published (first gold: none). 'năng suất ước đạt …, sản lượng khoảng …': 'ước' governs both.",
    "'đạt 88% diện tích' is the share of 35.100 ha; 'trong đó hơn 60% diện tích được sấy' is a percent of its own with the change",
    "'tăng 12 điểm phần trăm so với cùng kỳ'. The headline 'Hơn 60%' is its own figure (no period).",
    "'lần lượt 82%, 75% và 71%': list items, location Điện Bàn / Đại Lộc / Duy Xuyên, subject the list's indicator.",
    "190 máy follows 'trong đó' after 265 máy sấy: total 265. '6 tháng đầu năm' takes 2024 from the dateline.",
    "Cooperative passage (huyện Đại Lộc): location Đại Lộc. The support rule ('Hiện tỉnh hỗ trợ 50% …, tối đa 300 triệu đồng/máy') is actual,",
    "no period. 'dự kiến cả năm 2024' -> forecast; after ';' 'năm 2025 phấn đấu' -> target.",
]

if __name__ == "__main__":
    write("p1198-8", TEXT, NOTES, FIGS, published="2024-08-20", location="Quảng Nam")
