"""p1094-1: province portal (Ninh Bình), sedge area, craft villages, exports of sedge goods."""
from lib import F, write, period, year, inh, change, target

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Ninh Bình: Xuất khẩu hàng cói đạt hơn 30 triệu USD
Cập nhật: 18/11/2024 09:45 | Lượt xem: 2.316

Năm 2024, toàn tỉnh Ninh Bình có khoảng 1.150 ha cói, tập trung chủ yếu tại huyện Kim Sơn với 1.020 ha, chiếm 88,7% diện tích cói của tỉnh. Năng suất cói bình quân ước đạt 9,2 tấn/ha; sản lượng ước đạt trên 10.500 tấn, tăng 4,3% so với năm 2023.

Hiện toàn tỉnh có 15 làng nghề chế biến cói được công nhận, trong đó huyện Kim Sơn có 12 làng nghề. Nghề cói thu hút khoảng 18.000 lao động, thu nhập bình quân từ 4 đến 5,5 triệu đồng/người/tháng.

10 tháng đầu năm 2024, kim ngạch xuất khẩu hàng cói, thảm cói của tỉnh đạt 30,6 triệu USD, tăng 12,5% so với cùng kỳ, đạt 87,4% kế hoạch năm. Sản phẩm cói Ninh Bình đã có mặt tại hơn 40 quốc gia và vùng lãnh thổ, các thị trường lớn là Mỹ, Nhật Bản và EU. Giá cói nguyên liệu dao động từ 9.000 đến 12.000 đồng/kg, cao hơn khoảng 15% so với năm trước.

Toàn tỉnh hiện có 46 doanh nghiệp và 8 hợp tác xã sản xuất, kinh doanh hàng cói; 5 sản phẩm cói đạt chứng nhận OCOP 4 sao. Vùng cói ven biển Kim Sơn nằm dọc Quốc lộ 10 và đê Bình Minh 3, thuận lợi cho việc thu mua, vận chuyển.

Theo Kế hoạch số 156/KH-UBND ngày 12/8/2024 của UBND tỉnh, phấn đấu đến năm 2025 ổn định diện tích trồng cói khoảng 1.200 ha, kim ngạch xuất khẩu sản phẩm cói đạt 40 triệu USD; đến năm 2030 có ít nhất 10 sản phẩm OCOP từ cói.

Cổng Thông tin điện tử tỉnh Ninh Bình - Địa chỉ: Đường Lê Đại Hành, phường Đông Thành, TP. Ninh Bình - Điện thoại: 0229.3871.155
"""

Y24 = year(2024, "Năm 2024")
M10 = period("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
T25 = period("đến năm 2025", None, "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt hơn 30 triệu USD", "30", 30e6, "money", "USD", "kim ngạch xuất khẩu hàng cói", approx="over"),
    F("khoảng 1.150 ha cói", "1.150", 1150, "measure", "ha", "diện tích cói", approx="about", period=Y24),
    F("với 1.020 ha", "1.020", 1020, "measure", "ha", "diện tích cói", percent=88.7, period=Y24, location="Kim Sơn"),
    F("ước đạt 9,2 tấn/ha", "9,2", 9.2, "measure", "tấn/ha", "năng suất cói bình quân", status="estimate", period=inh(Y24)),
    F("trên 10.500 tấn", "10.500", 10500, "measure", "tấn", "sản lượng cói", approx="over", status="estimate",
      change=change("increase", 4.3, "%", "năm 2023"), period=inh(Y24)),
    F("có 15 làng nghề", "15", 15, "count", "làng nghề", "làng nghề chế biến cói được công nhận"),
    F("có 12 làng nghề", "12", 12, "count", "làng nghề", "làng nghề chế biến cói được công nhận", total=15, location="Kim Sơn"),
    F("khoảng 18.000 lao động", "18.000", 18000, "count", "lao động", "lao động nghề cói", approx="about"),
    F("từ 4 đến 5,5 triệu", "4", 4e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động nghề cói", value_max=5.5e6),
    F("đạt 30,6 triệu USD", "30,6", 30.6e6, "money", "USD", "kim ngạch xuất khẩu hàng cói, thảm cói",
      percent=87.4, change=change("increase", 12.5, "%", "cùng kỳ"), period=M10),
    F("hơn 40 quốc gia", "40", 40, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có sản phẩm cói Ninh Bình",
      approx="over"),
    F("từ 9.000 đến 12.000", "9.000", 9000, "money", "đồng/kg", "giá cói nguyên liệu", value_max=12000,
      change=change("increase", 15, "%", "năm trước", "about")),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp sản xuất, kinh doanh hàng cói"),
    F("và 8 hợp tác xã", "8", 8, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh hàng cói"),
    F("; 5 sản phẩm cói", "5", 5, "count", "sản phẩm", "sản phẩm cói đạt chứng nhận OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "count", "sao", optional=True),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích trồng cói", approx="about", status="target", period=T25),
    F("đạt 40 triệu USD", "40", 40e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói", status="target", period=T25),
    F("ít nhất 10 sản phẩm", "10", 10, "count", "sản phẩm", "sản phẩm OCOP từ cói", approx="at_least", status="target", period=T30),
]

NOTES = [
    "Ninh Bình province portal: sedge area, craft villages, labour, exports of sedge goods (10 months 2024), 2025/2030 targets.",
    "Distractors: Lượt xem 2.316, Kế hoạch số 156/KH-UBND ngày 12/8/2024, Quốc lộ 10, đê Bình Minh 3, phone, dateline.",
    "'OCOP 4 sao' is a rating class (optional). 1.020 ha 'chiếm 88,7%' gets percent, no total (no part-of cue).",
]

if __name__ == "__main__":
    write("p1094-1", TEXT, FIGS, published="2024-11-18", location="Ninh Bình", notes=NOTES)
