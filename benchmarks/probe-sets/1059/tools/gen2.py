"""p1059-2: district portal (huyện Krông Pắc, Đắk Lắk), district health centre over capacity, 10 months 2024."""
from lib import C, F, I, P, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ / Tin tức / Y tế

Trung tâm Y tế huyện Krông Pắc: Giường thực kê vượt 40% giường kế hoạch

Thứ Sáu, 15/11/2024 - 10:20

Ngày 14/11, Trung tâm Y tế huyện Krông Pắc tổ chức hội nghị đánh giá hoạt động khám, chữa bệnh 10 tháng năm 2024.

Theo báo cáo, Trung tâm được giao 180 giường bệnh kế hoạch nhưng thực kê tới 252 giường, vượt 40%. Công suất sử dụng giường bệnh 10 tháng đạt 118,6%, cao hơn 9,2 điểm phần trăm so với cùng kỳ năm 2023. Khoa Nội tổng hợp và khoa Nhi thường xuyên quá tải, có thời điểm công suất lên tới 150%.

Từ đầu năm đến nay, Trung tâm đã khám cho 96.540 lượt người, trong đó khám bảo hiểm y tế 81.200 lượt, chiếm 84,1%; điều trị nội trú 14.370 lượt bệnh nhân, số ngày điều trị trung bình 5,8 ngày. Số ca chuyển tuyến trên là 1.126 ca, giảm 312 ca so với cùng kỳ.

Trạm Y tế xã Ea Yông và Trạm Y tế thị trấn Phước An mỗi trạm có 5 giường lưu; 16/16 trạm y tế xã, thị trấn đã khám, chữa bệnh bảo hiểm y tế.

Khu điều trị nội trú mới 3 tầng với 120 giường, tổng mức đầu tư hơn 45 tỷ đồng, đang được xây dựng tại tổ dân phố 7, thị trấn Phước An, sát Quốc lộ 26; dự kiến đưa vào sử dụng trong quý II/2025. Khi hoàn thành, tổng số giường thực kê của Trung tâm dự kiến đạt 300 giường.

Ông Y Khuê Niê, Giám đốc Trung tâm, cho biết năm 2025 đơn vị đặt mục tiêu giảm công suất sử dụng giường bệnh xuống khoảng 100%.

Hồng Nhung
"""

M10 = P("10 tháng", "2024-01-01", "2024-10-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-15")

FIGS = [
    F("vượt 40% giường kế hoạch", "40", 40, "percent", "%", "giường thực kê vượt giường kế hoạch"),
    F("được giao 180 giường", "180", 180, "count", "giường bệnh", "giường bệnh kế hoạch được giao"),
    F("tới 252 giường", "252", 252, "count", "giường", "giường thực kê",
      change=C("increase", 40, "%", "giường kế hoạch")),
    F("đạt 118,6%", "118,6", 118.6, "percent", "%", "công suất sử dụng giường bệnh", M10,
      change=C("increase", 9.2, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("lên tới 150%", "150", 150, "percent", "%", "công suất sử dụng giường bệnh khoa Nội tổng hợp, khoa Nhi"),
    F("cho 96.540 lượt người", "96.540", 96540, "count", "lượt người", "lượt người khám bệnh", YTD),
    F("81.200 lượt", "81.200", 81200, "count", "lượt", "lượt khám bảo hiểm y tế", YTD,
      total=96540, percent=84.1),
    F("14.370 lượt bệnh nhân", "14.370", 14370, "count", "lượt bệnh nhân", "lượt bệnh nhân điều trị nội trú", YTD),
    F("trung bình 5,8 ngày", "5,8", 5.8, "measure", "ngày", "số ngày điều trị trung bình", YTD),
    F("là 1.126 ca", "1.126", 1126, "count", "ca", "ca chuyển tuyến trên", I(YTD),
      change=C("decrease", 312, "ca", "cùng kỳ")),
    F("có 5 giường lưu", "5", 5, "count", "giường lưu", "giường lưu mỗi trạm y tế"),
    F("16/16 trạm", "16", 16, "count", "trạm y tế", "trạm y tế xã, thị trấn khám, chữa bệnh bảo hiểm y tế",
      total=16),
    F("mới 3 tầng", "3", 3, "measure", "tầng", "số tầng khu điều trị nội trú mới", optional=True),
    F("với 120 giường", "120", 120, "count", "giường", "giường khu điều trị nội trú mới"),
    F("hơn 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng mức đầu tư khu điều trị nội trú mới", approx="over"),
    F("đạt 300 giường", "300", 300, "count", "giường", "tổng số giường thực kê của Trung tâm", status="forecast"),
    F("khoảng 100%", "100", 100, "percent", "%", "công suất sử dụng giường bệnh",
      P("năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): Trung tâm Y tế huyện, giường thực kê vs giường kế hoạch, 10 tháng 2024.",
    "'giường bệnh kế hoạch' is the allocated (approved) bed quota, a fact: status actual (choice). 'vượt 40%' after 252 giường is a",
    "gap to that plan: a change. '10 tháng' takes 2024 from '10 tháng năm 2024'; 'Từ đầu năm đến nay' ends at the dateline.",
    "14.370 nội trú stands after ';' but counts treatment, not the 96.540 examinations: no total. '3 tầng' (building spec) optional.",
    "Distractors: 'Ngày 14/11', 'tổ dân phố 7', 'Quốc lộ 26', 'quý II/2025' (schedule), '10:20'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, NOTES, published="2024-11-15", location="Krông Pắc")
