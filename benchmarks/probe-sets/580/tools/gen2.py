"""p580-2: district portal (huyện Hoằng Hóa, Thanh Hóa), garment factories Q1/2025: revenue, workers, wages, orders."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Tin tức > Kinh tế
Thứ Tư, 16/04/2025 - 08:40

Quý I/2025: Các nhà máy may giải quyết việc làm cho hơn 11.500 lao động

Quý I/2025, 9 nhà máy may trên địa bàn huyện Hoằng Hóa duy trì sản xuất ổn định, tổng doanh thu ước đạt 486,5 tỷ đồng, tăng 12,3% so với cùng kỳ năm 2024, đạt 26,8% kế hoạch năm.

Các nhà máy hiện sử dụng 11.540 lao động, trong đó lao động nữ chiếm khoảng 85%. Đơn vị sử dụng nhiều lao động nhất là Công ty TNHH Sakurai Việt Nam với 3.200 lao động, tiếp đến là Công ty CP May Hoằng Hóa (2.450 lao động) và Công ty TNHH Sunrise Thanh Hóa (1.870 lao động). Thu nhập bình quân của công nhân đạt từ 7,5 đến 9 triệu đồng/người/tháng; riêng Công ty TNHH Sakurai Việt Nam đạt bình quân 9,6 triệu đồng/người/tháng.

Theo khảo sát, 7/9 nhà máy đã có đơn hàng đến hết quý III/2025, 2 nhà máy còn lại có đơn hàng đến tháng 7/2025. Trong quý II, các doanh nghiệp dự kiến tuyển dụng thêm khoảng 600 lao động ở các vị trí công nhân may, cắt, là và kiểm hàng. Người lao động có nhu cầu liên hệ Phòng Nội vụ huyện, điện thoại 0237.3865.118.

Năm 2025, huyện phấn đấu doanh thu ngành may đạt 1.815 tỷ đồng; thu hút thêm từ 1 đến 2 dự án may mặc vào Cụm công nghiệp Hoằng Phụ (ven Quốc lộ 10).

Minh Tuấn - Trung tâm VH,TT&TT huyện
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("cho hơn 11.500 lao động", "11.500", 11500, "count", "lao động", "lao động được giải quyết việc làm",
      P("Quý I/2025", "2025-01-01", "2025-03-31"), approx="over"),
    F("9 nhà máy may", "9", 9, "count", "nhà máy may", "nhà máy may trên địa bàn huyện", Q1),
    F("ước đạt 486,5 tỷ đồng", "486,5", 486.5e9, "money", "đồng", "tổng doanh thu", Q1,
      percent=26.8, change=CH("increase", 12.3, baseline="cùng kỳ năm 2024"), status="estimate"),
    F("sử dụng 11.540 lao động", "11.540", 11540, "count", "lao động", "lao động các nhà máy hiện sử dụng"),
    F("chiếm khoảng 85%", "85", 85, "percent", "%", "lao động nữ", approx="about"),
    F("với 3.200 lao động", "3.200", 3200, "count", "lao động", "lao động Công ty TNHH Sakurai Việt Nam"),
    F("(2.450 lao động)", "2.450", 2450, "count", "lao động", "lao động Công ty CP May Hoằng Hóa"),
    F("(1.870 lao động)", "1.870", 1870, "count", "lao động", "lao động Công ty TNHH Sunrise Thanh Hóa"),
    F("từ 7,5 đến 9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của công nhân", I(Q1),
      value_max=9e6),
    F("bình quân 9,6 triệu", "9,6", 9.6e6, "money", "đồng/người/tháng",
      "thu nhập bình quân Công ty TNHH Sakurai Việt Nam", I(Q1)),
    F("7/9 nhà máy", "7", 7, "count", "nhà máy", "nhà máy đã có đơn hàng đến hết quý III/2025", total=9),
    F("2 nhà máy còn lại", "2", 2, "count", "nhà máy", "nhà máy còn lại có đơn hàng đến tháng 7/2025"),
    F("khoảng 600 lao động", "600", 600, "count", "lao động", "lao động tuyển dụng thêm",
      P("quý II", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
    F("đạt 1.815 tỷ đồng", "1.815", 1815e9, "money", "đồng", "doanh thu ngành may", Y25, status="target"),
    F("từ 1 đến 2 dự án", "1", 1, "count", "dự án", "dự án may mặc thu hút thêm vào Cụm công nghiệp Hoằng Phụ", Y25,
      value_max=2, status="target"),
]

COMMENTS = [
    "Hoằng Hóa district portal (Thanh Hóa): garment factories in Q1/2025 - revenue, workers, wages, orders, hiring, 2025 targets.",
    "'Thứ Tư, 16/04/2025 - 08:40' is the dateline. Phone 0237.3865.118, 'Quốc lộ 10', 'VH,TT&TT' are not figures.",
    "Location is the district for every figure. Company items (with/bracketed) are not places: subject = indicator + company;",
    "no cue and they do not add up to 11.540, so no total. 'lao động nữ chiếm khoảng 85%' has no count of its own: a percent",
    "figure. '7/9 nhà máy' total 9; '2 nhà máy còn lại' has no total cue. Order horizons ('đến hết quý III/2025') qualify the",
    "subject, not the period. 'đạt 26,8% kế hoạch năm' is the percent of 486,5 tỷ. 'dự kiến' → forecast; 'phấn đấu' → target",
    "continuing after ';' to 'từ 1 đến 2 dự án' (range).",
]

if __name__ == "__main__":
    emit("p580-2", TEXT, COMMENTS, FIGS, published="2025-04-16", location="Hoằng Hóa")
