"""p825-4: ministry site (Bộ NN&PTNT, Cục KTHT&PTNT), national sedge sector and exports, Feb 2024."""
from lib import F, P, I, CH, TG, build

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ > Tin hoạt động > Ngành nghề nông thôn
Ngày đăng: 27/02/2024 | Lượt xem: 1.047

Ngành cói: Giữ vững thị trường, nâng giá trị sản phẩm làng nghề

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, năm 2023 kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm của cả nước ước đạt 745 triệu USD, giảm 13,5% so với năm 2022; trong đó sản phẩm từ cói chiếm khoảng 38%.

Cả nước hiện có khoảng 11.800 ha cói. Các địa phương có diện tích lớn nhất lần lượt là Thanh Hóa (3.483 ha), Ninh Bình (2.300 ha), Thái Bình (1.150 ha) và Trà Vinh (980 ha). Toàn quốc có 86 làng nghề chế biến cói được công nhận trên tổng số 2.006 làng nghề, thu hút khoảng 150.000 lao động với thu nhập bình quân 4,8 triệu đồng/người/tháng, cao hơn 1,3 lần so với lao động thuần nông.

Tháng 1/2024, xuất khẩu mây, tre, cói và thảm đạt 71,6 triệu USD, tăng 38,5% so với cùng kỳ năm trước, trong đó thị trường Mỹ chiếm 26,4%. Dự báo cả năm 2024, kim ngạch xuất khẩu nhóm hàng này có thể đạt 820-850 triệu USD.

Hiện cả nước có 97 sản phẩm từ cói đạt OCOP từ 3 sao trở lên; Bộ đặt mục tiêu đến năm 2025 có ít nhất 150 sản phẩm. Để hỗ trợ làng nghề, Bộ đã ban hành Quyết định số 801/QĐ-BNN-KTHT hướng dẫn xây dựng vùng nguyên liệu, đồng thời phối hợp tổ chức Hội chợ làng nghề Việt Nam lần thứ 19 tại Hà Nội.

Cục Kinh tế hợp tác và PTNT - Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội - Điện thoại: 024.3843.8689
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T1 = P("Tháng 1/2024", "2024-01-01", "2024-01-31")
FIGS = [
    F("ước đạt 745 triệu USD", "745", 745e6, "money", "USD", "kim ngạch xuất khẩu nhóm hàng mây, tre, cói và thảm",
      Y23, status="estimate", change=CH("decrease", 13.5, baseline="năm 2022")),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", "tỷ trọng sản phẩm từ cói trong kim ngạch xuất khẩu", Y23,
      approx="about", status="estimate"),
    F("khoảng 11.800 ha", "11.800", 11800, "measure", "ha", "diện tích cói", approx="about"),
    F("Thanh Hóa (3.483 ha)", "3.483", 3483, "measure", "ha", "diện tích cói", location="Thanh Hóa"),
    F("Ninh Bình (2.300 ha)", "2.300", 2300, "measure", "ha", "diện tích cói", location="Ninh Bình"),
    F("Thái Bình (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích cói", location="Thái Bình"),
    F("Trà Vinh (980 ha)", "980", 980, "measure", "ha", "diện tích cói", location="Trà Vinh"),
    F("có 86 làng nghề", "86", 86, "count", "làng nghề", "làng nghề chế biến cói được công nhận", total=2006),
    F("khoảng 150.000 lao động", "150.000", 150000, "count", "lao động", "lao động làng nghề cói", approx="about"),
    F("bình quân 4,8 triệu", "4,8", 4.8e6, "money", "đồng/người/tháng", "thu nhập bình quân",
      change=CH("increase", 1.3, "lần", "lao động thuần nông")),
    F("đạt 71,6 triệu USD", "71,6", 71.6e6, "money", "USD", "xuất khẩu mây, tre, cói và thảm", T1,
      change=CH("increase", 38.5, baseline="cùng kỳ năm trước")),
    F("Mỹ chiếm 26,4%", "26,4", 26.4, "percent", "%", "tỷ trọng thị trường Mỹ", T1),
    F("đạt 820-850 triệu USD", "820", 820e6, "money", "USD", "kim ngạch xuất khẩu mây, tre, cói và thảm",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=850e6, status="forecast"),
    F("có 97 sản phẩm", "97", 97, "count", "sản phẩm", "sản phẩm từ cói đạt OCOP từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng OCOP", approx="at_least", optional=True),
    F("ít nhất 150 sản phẩm", "150", 150, "count", "sản phẩm", "sản phẩm từ cói đạt OCOP",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

build("p825-4", TEXT, FIGS, published="2024-02-27", location="Việt Nam", comments=[
    "Ministry site (Bộ NN&PTNT, Cục Kinh tế hợp tác và PTNT), 'Ngày đăng: 27/02/2024 | Lượt xem: 1.047': national sedge sector and exports.",
    "National figures -> Việt Nam; the ranking list 'lần lượt là Thanh Hóa (3.483 ha), ...' shares the indicator 'diện tích cói', each item",
    "located in its province, no total (a ranking in a separate sentence, not a breakdown that adds up to 11.800 ha).",
    "'trong đó sản phẩm từ cói chiếm khoảng 38%' and 'trong đó thị trường Mỹ chiếm 26,4%' are shares with no base amount: percent figures.",
    "The 38% continues the 'ước đạt' clause -> estimate. The US is a trade partner, not a place: location Việt Nam.",
    "'cao hơn 1,3 lần so với lao động thuần nông' is the change of 4,8 triệu (unit lần). '86 làng nghề ... trên tổng số 2.006' -> total.",
    "'từ 3 sao trở lên' (OCOP class) optional. Distractors: Quyết định số 801/QĐ-BNN-KTHT, 'lần thứ 19', Số 2 Ngọc Hà, phone, Lượt xem.",
])
