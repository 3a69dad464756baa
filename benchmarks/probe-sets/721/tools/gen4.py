"""p721-4: Bộ NN&PTNT site — diện tích mít cả nước, xuất khẩu 7 tháng 2024, mã số vùng trồng, định hướng 2030."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt

Cả nước có khoảng 78.000 ha mít, xuất khẩu 7 tháng đạt 121 triệu USD

Ngày đăng: 21/08/2024 | Lượt xem: 2.065

Theo Cục Trồng trọt, tính đến tháng 6/2024, diện tích mít cả nước khoảng 78.000 ha, tăng 2,4 lần so với năm 2018; diện tích cho thu hoạch chiếm khoảng 72%. Sản lượng năm 2023 đạt khoảng 1,1 triệu tấn. Các tỉnh có diện tích lớn nhất là Hậu Giang (11.236 ha), Tiền Giang (10.980 ha), Đắk Lắk (9.860 ha), Long An (8.150 ha) và Đồng Nai (7.630 ha).

Về xuất khẩu, 7 tháng đầu năm 2024, kim ngạch xuất khẩu mít tươi và sản phẩm chế biến từ mít ước đạt 121 triệu USD, tăng 18,5% so với cùng kỳ năm 2023, chiếm 3,2% kim ngạch xuất khẩu rau quả. Trong đó, mít tươi đạt 74 triệu USD; mít sấy, mít đông lạnh đạt 47 triệu USD. Trung Quốc là thị trường lớn nhất với thị phần 83,6%, tiếp đến là Hàn Quốc (5,1%) và Hoa Kỳ (3,8%).

Đến nay, cả nước có 1.012 mã số vùng trồng mít với tổng diện tích 45.300 ha và 268 mã số cơ sở đóng gói được phía Trung Quốc chấp thuận. Giá trị sản xuất trên 1 ha mít cao gấp 3 lần trồng lúa.

Thực hiện Quyết định số 3921/QĐ-BNN-TT, Cục Trồng trọt khuyến cáo các địa phương không mở rộng diện tích tự phát; phấn đấu đến năm 2030 ổn định diện tích khoảng 80.000 ha, trong đó 70% diện tích được cấp mã số vùng trồng, tỷ lệ sản lượng qua chế biến đạt từ 25 đến 30%.

Cục Trồng trọt - Nhà B9, số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. ĐT: 024.3734.4128
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
NOW = P("Đến nay", None, "2024-08-21")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có khoảng 78.000 ha", "78.000", 78000, "measure", "ha", "diện tích mít", INH(ASOF), approx="about"),
    F("7 tháng đạt 121 triệu USD", "121", 121e6, "money", "USD", "xuất khẩu mít",
      P("7 tháng", "2024-01-01", "2024-07-31")),
    F("cả nước khoảng 78.000 ha", "78.000", 78000, "measure", "ha", "diện tích mít cả nước", ASOF, approx="about",
      change=CH("increase", 2.4, unit="lần", baseline="năm 2018")),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", "diện tích cho thu hoạch trong diện tích mít", ASOF, approx="about"),
    F("khoảng 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "sản lượng mít", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("Hậu Giang (11.236 ha)", "11.236", 11236, "measure", "ha", "diện tích mít", INH(ASOF), location="Hậu Giang"),
    F("Tiền Giang (10.980 ha)", "10.980", 10980, "measure", "ha", "diện tích mít", INH(ASOF), location="Tiền Giang"),
    F("Đắk Lắk (9.860 ha)", "9.860", 9860, "measure", "ha", "diện tích mít", INH(ASOF), location="Đắk Lắk"),
    F("Long An (8.150 ha)", "8.150", 8150, "measure", "ha", "diện tích mít", INH(ASOF), location="Long An"),
    F("Đồng Nai (7.630 ha)", "7.630", 7630, "measure", "ha", "diện tích mít", INH(ASOF), location="Đồng Nai"),
    F("ước đạt 121 triệu USD", "121", 121e6, "money", "USD", "kim ngạch xuất khẩu mít tươi và sản phẩm chế biến từ mít",
      M7, percent=3.2, change=CH("increase", 18.5, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("đạt 74 triệu USD", "74", 74e6, "money", "USD", "kim ngạch xuất khẩu mít tươi", INH(M7), total=121e6,
      status="estimate"),
    F("đạt 47 triệu USD", "47", 47e6, "money", "USD", "kim ngạch xuất khẩu mít sấy, mít đông lạnh", INH(M7),
      total=121e6, status="estimate"),
    F("thị phần 83,6%", "83,6", 83.6, "percent", "%", "thị phần xuất khẩu mít của Trung Quốc", INH(M7)),
    F("Hàn Quốc (5,1%)", "5,1", 5.1, "percent", "%", "thị phần xuất khẩu mít của Hàn Quốc", INH(M7)),
    F("Hoa Kỳ (3,8%)", "3,8", 3.8, "percent", "%", "thị phần xuất khẩu mít của Hoa Kỳ", INH(M7)),
    F("có 1.012 mã số", "1.012", 1012, "count", "mã số vùng trồng", "mã số vùng trồng mít được phía Trung Quốc chấp thuận",
      NOW),
    F("diện tích 45.300 ha", "45.300", 45300, "measure", "ha", "tổng diện tích vùng trồng mít có mã số", NOW),
    F("và 268 mã số", "268", 268, "count", "mã số cơ sở đóng gói", "mã số cơ sở đóng gói được phía Trung Quốc chấp thuận",
      NOW),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "giá trị sản xuất trên 1 ha mít so với trồng lúa"),
    F("khoảng 80.000 ha", "80.000", 80000, "measure", "ha", "diện tích mít ổn định", T30, approx="about",
      status="target"),
    F("trong đó 70% diện tích", "70", 70, "percent", "%", "diện tích được cấp mã số vùng trồng", T30, status="target"),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "tỷ lệ sản lượng qua chế biến", T30, value_max=30, status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site: diện tích mít cả nước (tính đến tháng 6/2024), xuất khẩu mít 7 tháng 2024, mã số vùng trồng, định hướng đến năm 2030.",
    "Distractors: 'Lượt xem: 2.065', 'Quyết định số 3921/QĐ-BNN-TT', 'Nhà B9, số 10 Nguyễn Công Hoan', phone, 'trên 1 ha' (rate denominator), 'năm 2018' (baseline).",
    "National figures: location Việt Nam; provinces in the list go to location; export markets (Trung Quốc, Hàn Quốc, Hoa Kỳ) are not places: subject.",
    "'tăng 2,4 lần so với năm 2018' follows 78.000 ha → its change (unit lần); 'gấp 3 lần' standing alone as the claim → multiple.",
    "'diện tích cho thu hoạch chiếm khoảng 72%' has its own subject (no base amount of its own) → percent figure.",
    "'Trong đó, mít tươi … ; mít sấy …' after 121 triệu USD (sentence break) → total 121 triệu; the estimate continues into the 'Trong đó' sentence.",
    "Headline '7 tháng' takes 2024 from the dateline; the headline area inherits the lead's as-of period. 'Đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    emit("p721-4", TEXT, COMMENTS, FIGS, published="2024-08-21", location="Việt Nam")
