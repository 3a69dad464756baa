"""p578-1: province portal (Thái Bình) — haemodialysis unit gets 20 more machines."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Bệnh viện Đa khoa tỉnh Thái Bình đưa thêm 20 máy chạy thận nhân tạo vào hoạt động

Cập nhật: 14/08/2024 08:35 | Lượt xem: 3.126

Ngày 12/8, Bệnh viện Đa khoa tỉnh Thái Bình (số 530 đường Lý Bôn, TP. Thái Bình) chính thức đưa vào sử dụng thêm 20 máy chạy thận nhân tạo tại Khoa Thận nhân tạo, nâng tổng số máy của khoa lên 86 máy. Tổng kinh phí đầu tư hơn 9,6 tỷ đồng từ nguồn ngân sách tỉnh và nguồn xã hội hóa.

Theo báo cáo của bệnh viện, 7 tháng đầu năm 2024, khoa đã thực hiện 41.530 lượt chạy thận, tăng 12,4% so với cùng kỳ năm 2023. Hiện khoa đang quản lý, điều trị thường xuyên cho 372 người bệnh suy thận mạn giai đoạn cuối, trong đó có 58 người bệnh thuộc hộ nghèo, cận nghèo. Mỗi người bệnh chạy thận trung bình 3 lần/tuần, mỗi lần khoảng 4 giờ.

Trước khi có máy mới, khoa phải bố trí 4 ca/ngày, kể cả ca đêm, công suất sử dụng máy từ 130 đến 140%. Danh sách chờ chạy thận có thời điểm lên tới gần 50 người. Dự kiến khoa sẽ tiếp nhận thêm khoảng 80 người bệnh, rút ngắn thời gian chờ xuống dưới 2 tuần.

Bác sĩ Trần Văn Hùng, Trưởng khoa Thận nhân tạo cho biết, số người bệnh suy thận mạn tại Thái Bình có xu hướng tăng, bình quân mỗi năm tăng 8-10%. Ngoài bệnh viện tỉnh, Trung tâm Y tế các huyện Quỳnh Phụ, Hưng Hà và Tiền Hải cũng đã triển khai đơn vị chạy thận với lần lượt 12, 10 và 8 máy.

Chi phí mỗi lần chạy thận khoảng 570.000 đồng, được quỹ bảo hiểm y tế chi trả từ 80 đến 100%. Năm 2023, tổng chi phí bảo hiểm y tế thanh toán cho chạy thận nhân tạo trên địa bàn tỉnh là 68,4 tỷ đồng.

Mọi thông tin xin liên hệ đường dây nóng của bệnh viện: 0227.3838.497.
"""

COMMENTS = [
    "Province portal (Thái Bình): Bệnh viện Đa khoa tỉnh adds 20 haemodialysis machines; sessions, patients, waiting list, costs.",
    "Distractors: breadcrumb, 'Cập nhật: 14/08/2024 08:35', 'Lượt xem: 3.126', 'Ngày 12/8', 'số 530 đường Lý Bôn', phone 0227.3838.497, 'ca đêm'.",
    "'thêm 20 máy ..., nâng tổng số ... lên 86 máy': two count figures (the added machines are a figure of their own, not a change: no tăng/giảm cue).",
    "'giảm/rút ngắn ... xuống dưới 2 tuần' is the new level (under), not a change. 'bình quân mỗi năm tăng 8-10%' is a growth rate as the claim.",
    "District health centres in the 'lần lượt' list take their district as location. Sentences with 'Hiện', 'Trước khi' or a bare day date get no period.",
]

Y7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")

FIGS = [
    F("đưa thêm 20 máy chạy thận nhân tạo vào hoạt động", "20", 20, "count", "máy",
      "máy chạy thận nhân tạo đưa thêm vào hoạt động"),
    F("sử dụng thêm 20 máy", "20", 20, "count", "máy",
      "máy chạy thận nhân tạo đưa vào sử dụng thêm"),
    F("lên 86 máy", "86", 86, "count", "máy", "tổng số máy chạy thận của khoa"),
    F("hơn 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "tổng kinh phí đầu tư", approx="over"),
    F("thực hiện 41.530 lượt", "41.530", 41530, "count", "lượt chạy thận", "lượt chạy thận", Y7,
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("cho 372 người bệnh", "372", 372, "count", "người bệnh",
      "người bệnh suy thận mạn giai đoạn cuối được quản lý, điều trị thường xuyên"),
    F("có 58 người bệnh", "58", 58, "count", "người bệnh", "người bệnh thuộc hộ nghèo, cận nghèo", total=372),
    F("trung bình 3 lần/tuần", "3", 3, "measure", "lần/tuần", "số lần chạy thận của mỗi người bệnh"),
    F("khoảng 4 giờ", "4", 4, "measure", "giờ", "thời gian mỗi lần chạy thận", approx="about"),
    F("bố trí 4 ca/ngày", "4", 4, "measure", "ca/ngày", "số ca chạy thận mỗi ngày"),
    F("từ 130 đến 140%", "130", 130, "percent", "%", "công suất sử dụng máy", value_max=140),
    F("gần 50 người", "50", 50, "count", "người", "danh sách chờ chạy thận", approx="nearly"),
    F("khoảng 80 người bệnh", "80", 80, "count", "người bệnh", "người bệnh tiếp nhận thêm",
      approx="about", status="forecast"),
    F("dưới 2 tuần", "2", 2, "measure", "tuần", "thời gian chờ", approx="under", status="forecast"),
    F("tăng 8-10%", "8", 8, "percent", "%", "số người bệnh suy thận mạn tăng bình quân mỗi năm", value_max=10),
    F("lần lượt 12,", "12", 12, "count", "máy", "máy của đơn vị chạy thận", location="Quỳnh Phụ"),
    F("12, 10 và", "10", 10, "count", "máy", "máy của đơn vị chạy thận", location="Hưng Hà"),
    F("và 8 máy", "8", 8, "count", "máy", "máy của đơn vị chạy thận", location="Tiền Hải"),
    F("khoảng 570.000 đồng", "570.000", 570000, "money", "đồng", "chi phí mỗi lần chạy thận", approx="about"),
    F("từ 80 đến 100%", "80", 80, "percent", "%", "tỷ lệ quỹ bảo hiểm y tế chi trả chi phí chạy thận", value_max=100),
    F("là 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng",
      "tổng chi phí bảo hiểm y tế thanh toán cho chạy thận nhân tạo",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
]

if __name__ == "__main__":
    emit("p578-1", TEXT, COMMENTS, FIGS, published="2024-08-14", location="Thái Bình")
