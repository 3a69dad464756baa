"""p907-1: Yên Bái province portal, 6 months 2024 sericulture."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Yên Bái: Sản lượng kén tằm 6 tháng tăng gần 12%
Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.317

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh Yên Bái có 2.150 ha dâu tằm, tăng 135 ha so với cùng kỳ năm 2023, đạt 97,7% kế hoạch năm. Các địa phương có diện tích lớn là Trấn Yên (1.120 ha), Văn Yên (430 ha), Yên Bình (315 ha) và thị xã Nghĩa Lộ (145 ha).

Sản lượng kén tằm 6 tháng ước đạt 1.340 tấn, tăng 11,8% so với cùng kỳ; giá trị sản xuất ước đạt 214 tỷ đồng. Riêng quý II/2024, sản lượng kén đạt 760 tấn. Từ đầu năm đến nay, các hộ đã nuôi 33.500 hộp trứng tằm, trong đó trứng giống lưỡng hệ chiếm 82%. Năng suất kén bình quân đạt 40 kg/hộp trứng.

Hiện giá kén tằm tại các điểm thu mua dao động từ 155.000 đến 170.000 đồng/kg, cao hơn khoảng 15.000 đồng/kg so với đầu năm. Toàn tỉnh có khoảng 4.600 hộ trồng dâu nuôi tằm, trong đó 1.250 hộ nuôi tằm con tập trung. Nhiều hộ ở thôn 3, xã Việt Thành (huyện Trấn Yên) có thu nhập trên 200 triệu đồng/năm.

Thực hiện Nghị quyết số 69/2020/NQ-HĐND của HĐND tỉnh, mỗi ha dâu trồng mới được hỗ trợ 15 triệu đồng. Năm 2024, tỉnh phấn đấu đạt 2.200 ha dâu và 2.600 tấn kén tằm, giá trị sản xuất trên 420 tỷ đồng.
"""

H6 = P("6 tháng", "2024-01-01", "2024-06-30")
H6Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
NOW = P("Hiện", None, "2024-07-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
DT = "diện tích dâu tằm"

FIGS = [
    F("tăng gần 12%", "12", 12, "percent", "%", "sản lượng kén tằm 6 tháng", H6, approx="nearly"),
    F("có 2.150 ha dâu tằm", "2.150", 2150, "measure", "ha", DT, H6Y,
      percent=97.7, change=C("increase", 135, "ha", "cùng kỳ năm 2023")),
    F("Trấn Yên (1.120 ha)", "1.120", 1120, "measure", "ha", DT, I(H6Y), location="Trấn Yên"),
    F("Văn Yên (430 ha)", "430", 430, "measure", "ha", DT, I(H6Y), location="Văn Yên"),
    F("Yên Bình (315 ha)", "315", 315, "measure", "ha", DT, I(H6Y), location="Yên Bình"),
    F("Nghĩa Lộ (145 ha)", "145", 145, "measure", "ha", DT, I(H6Y), location="Nghĩa Lộ"),
    F("ước đạt 1.340 tấn", "1.340", 1340, "measure", "tấn", "sản lượng kén tằm", H6,
      status="estimate", change=C("increase", 11.8, "%", "cùng kỳ")),
    F("ước đạt 214 tỷ đồng", "214", 214e9, "money", "đồng", "giá trị sản xuất kén tằm", H6, status="estimate"),
    F("đạt 760 tấn", "760", 760, "measure", "tấn", "sản lượng kén", P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("nuôi 33.500 hộp trứng tằm", "33.500", 33500, "count", "hộp trứng tằm", "hộp trứng tằm đã nuôi", YTD),
    F("chiếm 82%", "82", 82, "percent", "%", "trứng giống lưỡng hệ trong số hộp trứng tằm đã nuôi", YTD),
    F("đạt 40 kg/hộp trứng", "40", 40, "measure", "kg/hộp trứng", "năng suất kén bình quân", I(YTD)),
    F("từ 155.000 đến 170.000 đồng/kg", "155.000", 155000, "money", "đồng/kg", "giá kén tằm tại các điểm thu mua", NOW,
      value_max=170000, change=C("increase", 15000, "đồng/kg", "đầu năm", "about")),
    F("khoảng 4.600 hộ", "4.600", 4600, "count", "hộ", "hộ trồng dâu nuôi tằm", I(NOW), approx="about"),
    F("trong đó 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ nuôi tằm con tập trung", I(NOW), total=4600),
    F("trên 200 triệu đồng/năm", "200", 200e6, "money", "đồng/năm", "thu nhập của hộ trồng dâu nuôi tằm", I(NOW),
      approx="over", location="Trấn Yên"),
    F("hỗ trợ 15 triệu đồng", "15", 15e6, "money", "đồng/ha", "mức hỗ trợ mỗi ha dâu trồng mới"),
    F("đạt 2.200 ha dâu", "2.200", 2200, "measure", "ha", "diện tích dâu", Y24, status="target"),
    F("2.600 tấn kén tằm", "2.600", 2600, "measure", "tấn", "sản lượng kén tằm", Y24, status="target"),
    F("trên 420 tỷ đồng", "420", 420e9, "money", "đồng", "giá trị sản xuất", Y24, status="target", approx="over"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Yên Bái: dâu tằm 6 tháng đầu năm 2024 (diện tích, kén, hộp trứng, giá kén, hộ nuôi, mục tiêu năm).",
    "Headline '6 tháng' without a year takes 2024 (published). 'Hiện' = as of the published date (start null).",
    "District list (1.120+430+315+145 = 2.010 ≠ 2.150): no total. 'trong đó ... chiếm 82%' is the share of a sub-part",
    "with no count of its own, so a percent figure, not the percent of 33.500. Distractors: breadcrumb, 'Lượt xem: 2.317',",
    "'Nghị quyết số 69/2020/NQ-HĐND', 'thôn 3', 'quý II/2024'.",
]

emit("p907-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Yên Bái")
