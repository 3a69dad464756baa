"""p509-1: Đồng Tháp province portal — agricultural cooperatives, 6 months 2024."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 18/07/2024 08:30
Lượt xem: 1.482

Đồng Tháp: Doanh thu bình quân của HTX nông nghiệp ước đạt 3,4 tỷ đồng trong 6 tháng đầu năm

Tính đến ngày 30/6/2024, toàn tỉnh Đồng Tháp có 247 hợp tác xã (HTX) nông nghiệp đang hoạt động, tăng 9 HTX so với cuối năm 2023, thu hút 21.530 thành viên tham gia. Các huyện có nhiều HTX nhất là Tháp Mười (34 HTX), Tam Nông (29 HTX) và Thanh Bình (25 HTX). Với số lượng này, Đồng Tháp đứng thứ 3 khu vực ĐBSCL về số HTX nông nghiệp.

Qua đánh giá, phân loại năm 2023, có 96 HTX đạt loại tốt và khá, chiếm 38,9%; 11 HTX xếp loại yếu.

6 tháng đầu năm 2024, doanh thu bình quân của các HTX nông nghiệp ước đạt 3,4 tỷ đồng/HTX, tăng 8,5% so với cùng kỳ; lợi nhuận bình quân ước khoảng 410 triệu đồng/HTX. Thu nhập bình quân của thành viên, người lao động thường xuyên trong HTX đạt 5,8 triệu đồng/người/tháng.

Về liên kết sản xuất, hiện có 158 HTX tham gia liên kết tiêu thụ nông sản với 62 doanh nghiệp, diện tích liên kết đạt 58.400 ha, trong đó lúa 51.200 ha, xoài 3.150 ha, sen 1.080 ha. Sản lượng nông sản tiêu thụ qua hợp đồng liên kết đạt hơn 420.000 tấn.

Theo Kế hoạch số 125/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025 có ít nhất 60% HTX nông nghiệp tham gia chuỗi liên kết và 50 HTX ứng dụng công nghệ cao.

Mọi thông tin xin liên hệ Liên minh HTX tỉnh, số 5 đường 30/4, Phường 1, TP. Cao Lãnh; điện thoại: 0277.3851.246.
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("ước đạt 3,4 tỷ đồng trong", "3,4", 3.4e9, "money", "đồng",
      "doanh thu bình quân của HTX nông nghiệp", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate"),
    F("có 247 hợp tác xã", "247", 247, "count", "hợp tác xã", "hợp tác xã (HTX) nông nghiệp đang hoạt động", ASOF,
      change=CH("increase", 9, "HTX", "cuối năm 2023")),
    F("thu hút 21.530 thành viên", "21.530", 21530, "count", "thành viên", "thành viên HTX nông nghiệp", ASOF),
    F("Tháp Mười (34 HTX)", "34", 34, "count", "HTX", "HTX nông nghiệp", INH(ASOF), location="Tháp Mười"),
    F("Tam Nông (29 HTX)", "29", 29, "count", "HTX", "HTX nông nghiệp", INH(ASOF), location="Tam Nông"),
    F("Thanh Bình (25 HTX)", "25", 25, "count", "HTX", "HTX nông nghiệp", INH(ASOF), location="Thanh Bình"),
    F("đứng thứ 3 khu vực", "3", 3, "rank", "hạng", "số HTX nông nghiệp khu vực ĐBSCL"),
    F("có 96 HTX", "96", 96, "count", "HTX", "HTX đạt loại tốt và khá", Y23, percent=38.9),
    F("11 HTX xếp loại yếu", "11", 11, "count", "HTX", "HTX xếp loại yếu", Y23),
    F("ước đạt 3,4 tỷ đồng/HTX", "3,4", 3.4e9, "money", "đồng/HTX",
      "doanh thu bình quân của các HTX nông nghiệp", H1,
      change=CH("increase", 8.5, "%", "cùng kỳ"), status="estimate"),
    F("khoảng 410 triệu đồng/HTX", "410", 410e6, "money", "đồng/HTX", "lợi nhuận bình quân của HTX", H1,
      approx="about", status="estimate"),
    F("đạt 5,8 triệu đồng/người/tháng", "5,8", 5.8e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của thành viên, người lao động thường xuyên trong HTX"),
    F("có 158 HTX", "158", 158, "count", "HTX", "HTX tham gia liên kết tiêu thụ nông sản"),
    F("với 62 doanh nghiệp", "62", 62, "count", "doanh nghiệp", "doanh nghiệp liên kết tiêu thụ nông sản với HTX"),
    F("đạt 58.400 ha", "58.400", 58400, "measure", "ha", "diện tích liên kết"),
    F("lúa 51.200 ha", "51.200", 51200, "measure", "ha", "diện tích liên kết lúa", total=58400),
    F("xoài 3.150 ha", "3.150", 3150, "measure", "ha", "diện tích liên kết xoài", total=58400),
    F("sen 1.080 ha", "1.080", 1080, "measure", "ha", "diện tích liên kết sen", total=58400),
    F("hơn 420.000 tấn", "420.000", 420000, "measure", "tấn", "sản lượng nông sản tiêu thụ qua hợp đồng liên kết",
      approx="over"),
    F("ít nhất 60% HTX", "60", 60, "percent", "%", "tỷ lệ HTX nông nghiệp tham gia chuỗi liên kết", T25,
      approx="at_least", status="target"),
    F("và 50 HTX ứng dụng", "50", 50, "count", "HTX", "HTX ứng dụng công nghệ cao", T25, status="target"),
]

COMMENTS = [
    "Đồng Tháp province portal: HTX nông nghiệp, thành viên, doanh thu, liên kết (6 tháng đầu năm 2024). Breadcrumb, Cập nhật, Lượt xem.",
    "Headline '6 tháng đầu năm' takes 2024 from the Cập nhật line. 'tăng 9 HTX so với cuối năm 2023' is the change of 247 (unit HTX).",
    "District list items carry the district as location, the indicator as subject; no part-of cue and they do not add up, so no total.",
    "'chiếm 38,9%' (no whole stated) is the percent of 96 HTX, no total. 'trong đó lúa/xoài/sen' are parts of 58.400 ha.",
    "Not figures: Lượt xem 1.482, Kế hoạch số 125/KH-UBND, số 5 đường 30/4, Phường 1, phone 0277.3851.246, dates.",
    "'hiện có' and sentences without a period phrase get no period.",
]

emit("p509-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Đồng Tháp")
