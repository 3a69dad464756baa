"""p1235-6: national newspaper: Chăm-language bulletins of Ninh Thuận radio-TV, a Chăm village in Ninh Phước."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự | Dân tộc - Tôn giáo
Thứ Bảy, 22/06/2024, 09:05 (GMT+7)

Ninh Thuận: Bản tin tiếng Chăm về tận từng làng

Mỗi tối thứ Ba, thứ Năm và thứ Bảy, người dân làng Mỹ Nghiệp (thị trấn Phước Dân, huyện Ninh Phước) lại mở ti vi đón xem bản tin tiếng Chăm dài 20 phút của Đài Phát thanh và Truyền hình Ninh Thuận.

Theo Đài PT-TH Ninh Thuận, 6 tháng đầu năm, đơn vị đã phát sóng 156 chương trình truyền hình và 234 chương trình phát thanh tiếng Chăm, đạt lần lượt 52% và 50% kế hoạch năm. Tỉnh hiện có khoảng 15.000 hộ với gần 70.000 người Chăm, chiếm 11,8% dân số; 97,5% hộ đồng bào Chăm xem được truyền hình.

Bà Thập Thị Ngọc Hà, 58 tuổi, ở làng Mỹ Nghiệp cho biết nhờ bản tin tiếng Chăm, bà nắm được chính sách hỗ trợ học phí cho 2 cháu nội. Cả làng hiện có 1.160 hộ, trong đó hơn 300 hộ làm nghề dệt thổ cẩm; nhiều hộ đã bán khăn, túi thổ cẩm qua mạng sau khi xem chuyên mục hướng dẫn bán hàng trực tuyến, thu nhập tăng khoảng 20%.

Phòng Biên tập chương trình tiếng Chăm hiện có 9 người, trong đó chỉ 3 người vừa viết được chữ Chăm truyền thống (Akhar Thrah) vừa đọc được bản tin. Ông Đàng Năng Thọ, Phó Giám đốc Đài, cho biết trong năm 2024 đơn vị dự kiến tăng thời lượng lên 30 phút/bản tin và mở thêm một chuyên mục song ngữ Chăm - Việt trên nền tảng số, với kinh phí khoảng 1,2 tỷ đồng.

Nguyễn Trung
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
NP = "Ninh Phước"

FIGS = [
    F("dài 20 phút", "20", 20, "measure", "phút", subject="thời lượng bản tin tiếng Chăm"),
    F("phát sóng 156 chương trình", "156", 156, "count", "chương trình", percent=52,
      subject="chương trình truyền hình tiếng Chăm phát sóng", period=H1),
    F("và 234 chương trình", "234", 234, "count", "chương trình", percent=50,
      subject="chương trình phát thanh tiếng Chăm phát sóng", period=H1),
    F("khoảng 15.000 hộ", "15.000", 15000, "count", "hộ", approx="about", subject="hộ người Chăm"),
    F("gần 70.000 người", "70.000", 70000, "count", "người", approx="nearly", percent=11.8,
      subject="người Chăm"),
    F("97,5% hộ", "97,5", 97.5, "percent", "%", subject="hộ đồng bào Chăm xem được truyền hình"),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi bà Thập Thị Ngọc Hà", location=NP),
    F("cho 2 cháu", "2", 2, "count", "cháu", optional=True,
      subject="cháu nội được hỗ trợ học phí", location=NP),
    F("có 1.160 hộ", "1.160", 1160, "count", "hộ", subject="hộ làng Mỹ Nghiệp", location=NP),
    F("hơn 300 hộ", "300", 300, "count", "hộ", approx="over", total=1160,
      subject="hộ làm nghề dệt thổ cẩm", location=NP),
    F("khoảng 20%", "20", 20, "percent", "%", approx="about",
      subject="thu nhập tăng của hộ bán thổ cẩm qua mạng", location=NP),
    F("có 9 người", "9", 9, "count", "người", subject="người Phòng Biên tập chương trình tiếng Chăm"),
    F("chỉ 3 người", "3", 3, "count", "người", total=9,
      subject="người vừa viết được chữ Chăm truyền thống vừa đọc được bản tin"),
    F("lên 30 phút", "30", 30, "measure", "phút/bản tin", status="forecast",
      subject="thời lượng bản tin tiếng Chăm", period=Y24),
    F("thêm một chuyên mục", "một", 1, "count", "chuyên mục", status="forecast",
      subject="chuyên mục song ngữ Chăm - Việt trên nền tảng số", period=Y24),
    F("khoảng 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí tăng thời lượng và mở chuyên mục song ngữ", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 22/06/2024, 09:05 (GMT+7)' (published), byline at the end. Default location Ninh Thuận.",
    "Distractors: weekdays 'thứ Ba, thứ Năm và thứ Bảy', time 09:05, '(GMT+7)', 'Akhar Thrah', names, 'PT-TH'.",
    "'6 tháng đầu năm' year-less → 2024 (the dateline). 'đạt lần lượt 52% và 50% kế hoạch năm' → percent of 156 and 234 respectively.",
    "'gần 70.000 người Chăm, chiếm 11,8% dân số' → percent attribute. '97,5% hộ' is a percent figure of its own.",
    "Village passage (làng Mỹ Nghiệp, thị trấn Phước Dân, huyện Ninh Phước): location Ninh Phước (but the 20-minute bulletin length is the provincial station's: Ninh Thuận); age '58 tuổi' and '2 cháu nội' optional.",
    "'thu nhập tăng khoảng 20%' → a growth rate as the claim (percent, no change). 'trong đó chỉ 3 người' → total 9.",
    "'dự kiến tăng ... lên 30 phút/bản tin và mở thêm một chuyên mục ..., với kinh phí khoảng 1,2 tỷ' → forecast throughout (one clause chain).",
]

if __name__ == "__main__":
    write("p1235-6", TEXT, NOTES, FIGS, published="2024-06-22", location="Ninh Thuận")
