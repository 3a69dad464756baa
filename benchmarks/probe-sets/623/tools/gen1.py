"""p623-1: Thái Bình province portal, mushroom output and straw use, 6 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Sản lượng nấm 6 tháng đầu năm đạt hơn 4.100 tấn

Cập nhật: 15/07/2024 08:45
Lượt xem: 1.582

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh Thái Bình sản xuất được 4.126 tấn nấm các loại, tăng 8,4% so với cùng kỳ năm 2023. Trong đó, nấm rơm đạt 1.870 tấn, nấm sò 1.450 tấn, mộc nhĩ 610 tấn, còn lại là nấm linh chi và nấm dược liệu.

Hiện toàn tỉnh có 1.236 hộ và 42 trang trại trồng nấm, trong đó tập trung nhiều ở các huyện Vũ Thư (318 hộ), Hưng Hà (276 hộ), Đông Hưng (205 hộ) và Kiến Xương (164 hộ).

Nguồn rơm rạ dồi dào là lợi thế lớn của tỉnh. Từ đầu năm đến nay, các địa phương đã thu gom khoảng 96.500 tấn rơm, chiếm gần 31% lượng rơm rạ phát sinh; trong đó lượng rơm dùng làm nguyên liệu trồng nấm là 38.200 tấn.

Nhờ kết hợp trồng lúa với trồng nấm trên nền rơm, giá trị sản xuất bình quân đạt 245 triệu đồng/ha/năm, cao hơn 1,6 lần so với chỉ trồng lúa; có mô hình đạt từ 400 đến 500 triệu đồng/ha.

Về tổ chức sản xuất, toàn tỉnh có 27 hợp tác xã và 9 tổ hợp tác sản xuất nấm; 6 doanh nghiệp đã ký hợp đồng liên kết bao tiêu sản phẩm với 14 HTX, tổng diện tích nhà xưởng trồng nấm đạt 38,5 ha. Giá trị sản phẩm nấm 6 tháng ước đạt 152,6 tỷ đồng, bằng 54,2% kế hoạch năm.

Theo Quyết định số 1465/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2025 sản lượng nấm toàn tỉnh đạt 10.000 tấn/năm, tỷ lệ rơm rạ được thu gom, sử dụng đạt trên 50%.

Sở Nông nghiệp và PTNT Thái Bình - Số 10 Lê Lợi, TP Thái Bình. Điện thoại: 0227.3831.456
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
L = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 4.100 tấn", "4.100", 4100, "measure", "tấn", "sản lượng nấm", H1, approx="over"),
    F("sản xuất được 4.126 tấn", "4.126", 4126, "measure", "tấn", "sản lượng nấm các loại", L,
      change=CH("increase", 8.4, baseline="cùng kỳ năm 2023")),
    F("nấm rơm đạt 1.870 tấn", "1.870", 1870, "measure", "tấn", "sản lượng nấm rơm", I(L), total=4126),
    F("nấm sò 1.450 tấn", "1.450", 1450, "measure", "tấn", "sản lượng nấm sò", I(L), total=4126),
    F("mộc nhĩ 610 tấn", "610", 610, "measure", "tấn", "sản lượng mộc nhĩ", I(L), total=4126),
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ trồng nấm"),
    F("42 trang trại", "42", 42, "count", "trang trại", "trang trại trồng nấm"),
    F("Vũ Thư (318 hộ)", "318", 318, "count", "hộ", "hộ trồng nấm", total=1236, location="Vũ Thư"),
    F("Hưng Hà (276 hộ)", "276", 276, "count", "hộ", "hộ trồng nấm", total=1236, location="Hưng Hà"),
    F("Đông Hưng (205 hộ)", "205", 205, "count", "hộ", "hộ trồng nấm", total=1236, location="Đông Hưng"),
    F("Kiến Xương (164 hộ)", "164", 164, "count", "hộ", "hộ trồng nấm", total=1236, location="Kiến Xương"),
    F("khoảng 96.500 tấn rơm", "96.500", 96500, "measure", "tấn", "rơm thu gom", YTD, approx="about", percent=31),
    F("là 38.200 tấn", "38.200", 38200, "measure", "tấn", "lượng rơm dùng làm nguyên liệu trồng nấm", YTD,
      total=96500),
    F("đạt 245 triệu đồng/ha/năm", "245", 245e6, "money", "đồng/ha/năm",
      "giá trị sản xuất bình quân kết hợp trồng lúa với trồng nấm",
      change=CH("increase", 1.6, "lần", baseline="chỉ trồng lúa")),
    F("từ 400 đến 500 triệu đồng/ha", "400", 400e6, "money", "đồng/ha", "giá trị sản xuất của mô hình trồng lúa kết hợp trồng nấm",
      value_max=500e6),
    F("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã sản xuất nấm"),
    F("9 tổ hợp tác", "9", 9, "count", "tổ hợp tác", "tổ hợp tác sản xuất nấm"),
    F("6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng liên kết bao tiêu sản phẩm"),
    F("với 14 HTX", "14", 14, "count", "HTX", "HTX liên kết bao tiêu sản phẩm với doanh nghiệp"),
    F("đạt 38,5 ha", "38,5", 38.5, "measure", "ha", "tổng diện tích nhà xưởng trồng nấm"),
    F("ước đạt 152,6 tỷ đồng", "152,6", 152.6e9, "money", "đồng", "giá trị sản phẩm nấm",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=54.2, status="estimate"),
    F("đạt 10.000 tấn/năm", "10.000", 10000, "measure", "tấn/năm", "sản lượng nấm toàn tỉnh", T25, status="target"),
    F("đạt trên 50%", "50", 50, "percent", "%", "tỷ lệ rơm rạ được thu gom, sử dụng", T25, approx="over",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: sản xuất nấm và thu gom rơm rạ 6 tháng đầu năm 2024 (province portal; breadcrumb, Cập nhật, Lượt xem).",
    "Distractors: Lượt xem 1.582, Quyết định số 1465/QĐ-UBND, Số 10 Lê Lợi, phone 0227.3831.456, the dateline.",
    "District items after 'trong đó tập trung ... ở các huyện' are parts of the 1.236 households (whole = the hộ figure, not the 42 farms).",
    "'Hiện' sentences carry no period; 'Từ đầu năm đến nay' runs to the dateline; '6 tháng' takes 2024 from the lead.",
    "'cao hơn 1,6 lần so với chỉ trồng lúa' after the value per ha is its change (lần).",
]

if __name__ == "__main__":
    emit("p623-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
