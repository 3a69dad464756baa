"""p1111-1: Khánh Hòa province portal, 9 months 2024, coastal resorts."""
from lib import F, P, I, C, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Công suất phòng các resort ven biển Khánh Hòa đạt gần 70%

Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315

Theo Sở Du lịch tỉnh Khánh Hòa, 9 tháng đầu năm 2024, toàn tỉnh có 86 khu nghỉ dưỡng (resort) ven biển đang hoạt động với khoảng 14.600 phòng, trong đó 41 resort đạt tiêu chuẩn 4-5 sao với 9.850 phòng. Công suất phòng bình quân của các resort ven biển ước đạt 69,4%, tăng 7,8 điểm phần trăm so với cùng kỳ năm 2023.

Tổng lượt khách lưu trú tại các resort ven biển ước đạt 2,36 triệu lượt, tăng 18,5% so với cùng kỳ, chiếm 41,2% tổng lượt khách lưu trú toàn tỉnh; trong đó khách quốc tế ước khoảng 1,12 triệu lượt, chủ yếu đến từ Hàn Quốc, Trung Quốc và Nga. Doanh thu từ lưu trú, ăn uống và dịch vụ tại các resort ước đạt 8.450 tỷ đồng, đạt 78,6% kế hoạch năm, tăng 21,3% so với cùng kỳ.

Giá phòng bình quân tại các resort 5 sao khu vực Bãi Dài (Cam Ranh) dao động từ 3,5 đến 6 triệu đồng/đêm, dịp cao điểm có nơi lên tới 12 triệu đồng/đêm. Thời gian lưu trú bình quân của khách đạt 3,2 ngày, cao hơn mức 2,6 ngày của năm 2023.

Hiện trên địa bàn tỉnh còn 23 dự án resort ven biển đang xây dựng với tổng vốn đăng ký hơn 52.000 tỷ đồng, tập trung tại Cam Ranh (14 dự án), Nha Trang (5 dự án) và Vạn Ninh (4 dự án). Dự kiến đến cuối năm 2025 sẽ có thêm 6 resort đi vào hoạt động, bổ sung khoảng 2.100 phòng.

Thực hiện Nghị quyết số 55/2022/QH15 của Quốc hội, tỉnh phấn đấu năm 2024 công suất phòng bình quân của các resort ven biển đạt 72%, đón 3,2 triệu lượt khách lưu trú.

Cổng Thông tin điện tử tỉnh Khánh Hòa - Số 01 Trần Phú, TP. Nha Trang - ĐT: 0258.3822.661
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
RES = "resort ven biển"

FIGS = [
    F("các resort ven biển Khánh Hòa đạt gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="công suất phòng các resort ven biển"),
    F("toàn tỉnh có 86 khu nghỉ dưỡng", "86", 86, "count", "khu nghỉ dưỡng",
      subject="khu nghỉ dưỡng (resort) ven biển đang hoạt động", period=M9),
    F("khoảng 14.600 phòng", "14.600", 14600, "count", "phòng", approx="about",
      subject="phòng của các khu nghỉ dưỡng ven biển đang hoạt động", period=M9),
    F("trong đó 41 resort", "41", 41, "count", "resort", total=86,
      subject="resort đạt tiêu chuẩn 4-5 sao", period=M9),
    F("tiêu chuẩn 4-5 sao", "4", 4, "measure", "sao", value_max=5, optional=True,
      subject="hạng sao của resort"),
    F("với 9.850 phòng", "9.850", 9850, "count", "phòng", total=14600,
      subject="phòng của các resort đạt tiêu chuẩn 4-5 sao", period=M9),
    F("ước đạt 69,4%", "69,4", 69.4, "percent", "%", status="estimate",
      change=C("increase", 7.8, "điểm phần trăm", "cùng kỳ năm 2023"),
      subject="công suất phòng bình quân của các resort ven biển", period=I(M9)),
    F("ước đạt 2,36 triệu lượt", "2,36", 2360000, "count", "lượt", status="estimate",
      change=C("increase", 18.5, "%", "cùng kỳ"), percent=41.2,
      subject="tổng lượt khách lưu trú tại các resort ven biển", period=I(M9)),
    F("ước khoảng 1,12 triệu lượt", "1,12", 1120000, "count", "lượt", approx="about", status="estimate",
      total=2360000, subject="khách quốc tế lưu trú tại các resort ven biển", period=I(M9)),
    F("ước đạt 8.450 tỷ đồng", "8.450", 8450e9, "money", "đồng", status="estimate", percent=78.6,
      change=C("increase", 21.3, "%", "cùng kỳ"),
      subject="doanh thu từ lưu trú, ăn uống và dịch vụ tại các resort", period=I(M9)),
    F("các resort 5 sao", "5", 5, "measure", "sao", optional=True, location="Cam Ranh",
      subject="hạng sao của resort"),
    F("từ 3,5 đến 6 triệu đồng/đêm", "3,5", 3500000, "money", "đồng/đêm", value_max=6000000,
      subject="giá phòng bình quân tại các resort 5 sao khu vực Bãi Dài", location="Cam Ranh"),
    F("lên tới 12 triệu đồng/đêm", "12", 12000000, "money", "đồng/đêm",
      subject="giá phòng dịp cao điểm tại các resort 5 sao khu vực Bãi Dài", location="Cam Ranh"),
    F("đạt 3,2 ngày", "3,2", 3.2, "measure", "ngày",
      subject="thời gian lưu trú bình quân của khách"),
    F("mức 2,6 ngày", "2,6", 2.6, "measure", "ngày",
      subject="thời gian lưu trú bình quân của khách", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("còn 23 dự án", "23", 23, "count", "dự án", subject="dự án resort ven biển đang xây dựng"),
    F("hơn 52.000 tỷ đồng", "52.000", 52000e9, "money", "đồng", approx="over",
      subject="tổng vốn đăng ký của các dự án resort ven biển đang xây dựng"),
    F("Cam Ranh (14 dự án)", "14", 14, "count", "dự án", total=23, location="Cam Ranh",
      subject="dự án resort ven biển đang xây dựng"),
    F("Nha Trang (5 dự án)", "5", 5, "count", "dự án", total=23, location="Nha Trang",
      subject="dự án resort ven biển đang xây dựng"),
    F("Vạn Ninh (4 dự án)", "4", 4, "count", "dự án", total=23, location="Vạn Ninh",
      subject="dự án resort ven biển đang xây dựng"),
    F("thêm 6 resort", "6", 6, "count", "resort", status="forecast",
      subject="resort đi vào hoạt động", period=P("đến cuối năm 2025", None, "2025-12-31")),
    F("khoảng 2.100 phòng", "2.100", 2100, "count", "phòng", approx="about", status="forecast",
      subject="phòng bổ sung", period=P("đến cuối năm 2025", None, "2025-12-31")),
    F("đạt 72%", "72", 72, "percent", "%", status="target",
      subject="công suất phòng bình quân của các resort ven biển", period=Y24),
    F("đón 3,2 triệu lượt", "3,2", 3200000, "count", "lượt", status="target",
      subject="lượt khách lưu trú", period=Y24),
]

COMMENTS = [
    "Khánh Hòa province portal: coastal resorts, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 09:20 | Lượt xem: 2.315'.",
    "Not figures: view counter, Nghị quyết số 55/2022/QH15, footer address 'Số 01 Trần Phú' and phone.",
    "Star classes ('4-5 sao', 'resort 5 sao') are categories: optional. 41 resort takes the resort whole (86), 9.850 phòng the room whole (14.600).",
    "The Bãi Dài prices are located in Cam Ranh; the paragraph with prices and stay length has no period phrase: no period.",
    "The bracketed district list (14+5+4) adds up to 23: total 23.",
]

if __name__ == "__main__":
    emit("p1111-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Khánh Hòa")
