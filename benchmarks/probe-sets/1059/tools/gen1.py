"""p1059-1: province portal (Thanh Hóa), bed occupancy 6 months 2024."""
from lib import C, F, I, P, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Công suất sử dụng giường bệnh tuyến tỉnh 6 tháng đạt 112%

Cập nhật: 16/07/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của Sở Y tế Thanh Hóa, 6 tháng đầu năm 2024, công suất sử dụng giường bệnh tại các bệnh viện tuyến tỉnh bình quân đạt 112%, giảm 6,5% so với cùng kỳ năm 2023; tuyến huyện đạt 87,4%.

Toàn tỉnh hiện có 13.860 giường bệnh, trong đó 10.950 giường công lập và 2.910 giường tư nhân, đạt 37,2 giường bệnh/vạn dân. Tổng số lượt khám bệnh 6 tháng ước đạt 3,25 triệu lượt, bằng 52,4% kế hoạch năm. Số người bệnh điều trị nội trú đạt khoảng 268.500 lượt, tăng 4,8% so với cùng kỳ.

Tình trạng quá tải vẫn diễn ra ở một số bệnh viện tuyến cuối: Bệnh viện Nhi Thanh Hóa có công suất 135%, Bệnh viện Đa khoa tỉnh 128%, Bệnh viện Ung bướu 121%. Tại khoa Nhi, khoa Hồi sức tích cực, nhiều thời điểm phải nằm ghép 2-3 bệnh nhi/giường.

Để giảm tải, từ đầu năm đến nay ngành Y tế đã đưa vào sử dụng thêm 420 giường bệnh tại Bệnh viện Đa khoa khu vực Ngọc Lặc (Quốc lộ 15A) và cơ sở 2 Bệnh viện Đa khoa tỉnh. Đồng thời, 21/27 trung tâm y tế huyện đã triển khai kỹ thuật lọc máu, giúp giảm khoảng 15% số ca chuyển tuyến.

Phấn đấu đến cuối năm 2024, toàn tỉnh đạt 38 giường bệnh/vạn dân, công suất sử dụng giường bệnh tuyến tỉnh giảm xuống dưới 105%.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-16")
TGT = P("đến cuối năm 2024", None, "2024-12-31")
R = "giường bệnh/vạn dân"

FIGS = [
    F("tuyến tỉnh 6 tháng đạt 112%", "112", 112, "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh", H1b),
    F("bình quân đạt 112%", "112", 112, "percent", "%",
      "công suất sử dụng giường bệnh tại các bệnh viện tuyến tỉnh", H1,
      change=C("decrease", 6.5, "%", "cùng kỳ năm 2023")),
    F("tuyến huyện đạt 87,4%", "87,4", 87.4, "percent", "%", "công suất sử dụng giường bệnh tuyến huyện", H1),
    F("hiện có 13.860 giường bệnh", "13.860", 13860, "count", "giường bệnh", "giường bệnh toàn tỉnh"),
    F("10.950 giường công lập", "10.950", 10950, "count", "giường", "giường bệnh công lập", total=13860),
    F("2.910 giường tư nhân", "2.910", 2910, "count", "giường", "giường bệnh tư nhân", total=13860),
    F("đạt 37,2 giường bệnh/vạn dân", "37,2", 37.2, "measure", R, "số giường bệnh trên vạn dân"),
    F("ước đạt 3,25 triệu lượt", "3,25", 3250000, "count", "lượt", "lượt khám bệnh", H1b,
      percent=52.4, status="estimate"),
    F("khoảng 268.500 lượt", "268.500", 268500, "count", "lượt", "người bệnh điều trị nội trú", I(H1b),
      approx="about", change=C("increase", 4.8, "%", "cùng kỳ")),
    F("có công suất 135%", "135", 135, "percent", "%", "công suất sử dụng giường bệnh"),
    F("Đa khoa tỉnh 128%", "128", 128, "percent", "%", "công suất sử dụng giường bệnh"),
    F("Ung bướu 121%", "121", 121, "percent", "%", "công suất sử dụng giường bệnh"),
    F("ghép 2-3 bệnh nhi/giường", "2", 2, "measure", "bệnh nhi/giường", "bệnh nhi nằm ghép mỗi giường",
      value_max=3),
    F("thêm 420 giường bệnh", "420", 420, "count", "giường bệnh", "giường bệnh đưa vào sử dụng thêm", YTD),
    F("21/27 trung tâm", "21", 21, "count", "trung tâm y tế huyện",
      "trung tâm y tế huyện triển khai kỹ thuật lọc máu", total=27),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "số ca chuyển tuyến giảm", approx="about"),
    F("đạt 38 giường", "38", 38, "measure", R, "số giường bệnh trên vạn dân", TGT, status="target"),
    F("dưới 105%", "105", 105, "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh", TGT,
      approx="under", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: công suất sử dụng giường bệnh 6 tháng đầu năm 2024; breadcrumb, 'Cập nhật … | Lượt xem: 2.318'.",
    "Headline '6 tháng' takes 2024 (published). 'hiện có' gives no period. Hospital list items share the indicator 'công suất",
    "sử dụng giường bệnh' (hospitals are not places). 'giảm khoảng 15% số ca chuyển tuyến' is a rate without base: a percent figure.",
    "Distractors: 'Quốc lộ 15A', 'cơ sở 2', 'Lượt xem: 2.318', '09:45'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-16", location="Thanh Hóa")
