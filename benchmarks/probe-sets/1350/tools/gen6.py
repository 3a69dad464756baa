"""p1350-6: national newspaper: Hà Nội re-lays pavements of 96 streets with natural stone in 2024."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Giao thông
Thứ năm, 19/9/2024, 06:00 (GMT+7)

Hà Nội chi hơn 310 tỷ đồng lát đá vỉa hè

Hàng chục tuyến phố nội thành được lát lại vỉa hè bằng đá tự nhiên trong năm nay, song nhiều người dân phản ánh đá mới lát đã nứt, vỡ.

Theo Sở Xây dựng Hà Nội, năm 2024 thành phố cải tạo vỉa hè 96 tuyến phố thuộc 12 quận, tổng diện tích khoảng 285.000 m2, kinh phí hơn 310 tỷ đồng. Trong đó, quận Hoàn Kiếm có 23 tuyến, Đống Đa 15 tuyến, Hai Bà Trưng 12 tuyến.

Đá lát là đá granite tự nhiên dày 6-8 cm, tuổi thọ thiết kế 50 năm, đơn giá khoảng 1,2 triệu đồng/m2, cao gấp khoảng 3 lần lát gạch terrazzo. Ông Trần Minh Hoàng, Trưởng phòng Hạ tầng kỹ thuật, Sở Xây dựng, cho biết đến cuối tháng 8, các quận đã hoàn thành 71 tuyến, đạt 74% kế hoạch; số còn lại phấn đấu xong trong quý IV.

Tuy nhiên, sau chưa đầy một năm sử dụng, tại phố Trần Phú, Lý Thường Kiệt và đoạn trước số nhà 36 Hàng Bài, nhiều viên đá đã nứt, vỡ. Sở đã yêu cầu nhà thầu thay thế khoảng 1.700 viên đá hư hỏng bằng kinh phí bảo hành.

Theo TS Lê Văn Quang, giảng viên Đại học Xây dựng Hà Nội, đá vỡ chủ yếu do lớp móng bê tông dưới đá chỉ dày 10 cm, trong khi xe máy, ô tô vẫn thường xuyên leo lên vỉa hè. Ông đề xuất tăng chiều dày móng lên 15-20 cm ở các đoạn có lối xe ra vào.

Giai đoạn 2025-2027, thành phố dự kiến cải tạo thêm khoảng 150 tuyến phố với tổng vốn khoảng 700 tỷ đồng. Người dân phát hiện vỉa hè hư hỏng có thể phản ánh qua đường dây nóng 1022.

Phạm Ngọc Anh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF8 = P("đến cuối tháng 8", None, "2024-08-31")
G2527 = P("Giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
STREETS = "tuyến phố cải tạo vỉa hè"

FIGS = [
    F("hơn 310 tỷ đồng lát", "310", 310e9, "money", "đồng", "kinh phí lát đá vỉa hè", approx="over"),
    F("Hàng chục tuyến", "Hàng chục", 10, "count", "tuyến phố", "tuyến phố nội thành được lát lại vỉa hè",
      P("năm nay", "2024-01-01", "2024-12-31"), approx="about", optional=True),
    F("hè 96 tuyến", "96", 96, "count", "tuyến phố", STREETS, Y24),
    F("thuộc 12 quận", "12", 12, "count", "quận", "quận có tuyến phố cải tạo vỉa hè", Y24),
    F("khoảng 285.000 m2", "285.000", 285000, "measure", "m2", "tổng diện tích vỉa hè cải tạo", Y24, approx="about"),
    F("hơn 310 tỷ đồng. ", "310", 310e9, "money", "đồng", "kinh phí cải tạo vỉa hè", Y24, approx="over"),
    F("có 23 tuyến", "23", 23, "count", "tuyến", STREETS, I(Y24), total=96, location="Hoàn Kiếm"),
    F("Đa 15 tuyến", "15", 15, "count", "tuyến", STREETS, I(Y24), total=96, location="Đống Đa"),
    F("Trưng 12 tuyến", "12", 12, "count", "tuyến", STREETS, I(Y24), total=96, location="Hai Bà Trưng"),
    F("dày 6-8 cm", "6", 6, "measure", "cm", "độ dày đá granite tự nhiên lát vỉa hè", value_max=8),
    F("thiết kế 50 năm", "50", 50, "measure", "năm", "tuổi thọ thiết kế của đá lát"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng/m2", "đơn giá đá lát", approx="about",
      change=C("increase", 3, "lần", "lát gạch terrazzo", approx="about")),
    F("thành 71 tuyến", "71", 71, "count", "tuyến", "tuyến các quận đã hoàn thành", ASOF8, percent=74),
    F("chưa đầy một năm", "một", 1, "measure", "năm", "thời gian sử dụng đá lát", approx="under", optional=True),
    F("khoảng 1.700 viên", "1.700", 1700, "count", "viên đá", "viên đá hư hỏng nhà thầu phải thay thế", approx="about"),
    F("chỉ dày 10 cm", "10", 10, "measure", "cm", "độ dày lớp móng bê tông dưới đá"),
    F("lên 15-20 cm", "15", 15, "measure", "cm", "chiều dày móng đề xuất", value_max=20, optional=True),
    F("khoảng 150 tuyến", "150", 150, "count", "tuyến phố", "tuyến phố cải tạo thêm", G2527, approx="about",
      status="forecast"),
    F("khoảng 700 tỷ", "700", 700e9, "money", "đồng", "tổng vốn cải tạo vỉa hè", G2527, approx="about",
      status="forecast"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 19/9/2024, 06:00 (GMT+7)', headline figure, sapo, quotes, byline at the end.",
    "Distractors: 06:00, GMT+7, 'số nhà 36 Hàng Bài', hotline 1022, 'quý IV' (a deadline with no number), 'cuối tháng 8' as a date.",
    "Headline 'hơn 310 tỷ đồng' has no period in its sentence. The sapo's 'Hàng chục tuyến phố' is optional (vague quantity word).",
    "'Trong đó, quận Hoàn Kiếm có 23 tuyến, Đống Đa 15 tuyến, Hai Bà Trưng 12 tuyến' → total 96, districts → location, period inherited.",
    "'cao gấp khoảng 3 lần lát gạch terrazzo' → change increase 3 lần (about) on the price 1,2 triệu đồng/m2.",
    "'đạt 74% kế hoạch' → percent attribute of 71 tuyến; 'đến cuối tháng 8' → as-of 2024-08-31; 71 has no total cue.",
    "'chưa đầy một năm sử dụng' (a duration) and the proposed '15-20 cm' (a recommendation, no status fits) are optional.",
    "'tuổi thọ thiết kế 50 năm' is a property of the stone (a figure), not a period.",
]

if __name__ == "__main__":
    write("p1350-6", TEXT, NOTES, FIGS, published="2024-09-19", location="Hà Nội")
