"""p622-1: Thái Bình province portal, new projects H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư

Thái Bình thu hút 48 dự án đầu tư mới trong 6 tháng đầu năm

Cập nhật: 08/07/2024 16:20 | Lượt xem: 3.482

Theo Sở Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, UBND tỉnh Thái Bình đã chấp thuận chủ trương đầu tư, cấp Giấy chứng nhận đăng ký đầu tư cho 48 dự án mới, tăng 9 dự án so với cùng kỳ, với tổng vốn đăng ký 21.356,8 tỷ đồng, tăng 37,2% so với cùng kỳ năm 2023. Trong đó có 41 dự án đầu tư trong nước với số vốn 15.902,4 tỷ đồng và 7 dự án có vốn đầu tư nước ngoài với số vốn 5.454,4 tỷ đồng.

Riêng Khu kinh tế Thái Bình thu hút 14 dự án với tổng vốn đăng ký 9.870 tỷ đồng, chiếm 46,2% tổng vốn đăng ký toàn tỉnh. Các địa phương thu hút nhiều dự án nhất gồm huyện Tiền Hải (11 dự án), Thái Thụy (9 dự án), Quỳnh Phụ (7 dự án) và Vũ Thư (6 dự án).

Cùng với đó, tỉnh đã điều chỉnh chủ trương đầu tư, Giấy chứng nhận đăng ký đầu tư cho 63 lượt dự án, trong đó 12 dự án điều chỉnh tăng vốn với số vốn tăng thêm gần 2.140 tỷ đồng. Đồng thời, tỉnh chấm dứt hoạt động 5 dự án chậm tiến độ, vi phạm pháp luật về đầu tư, thu hồi hơn 36,7 ha đất để giao cho nhà đầu tư khác.

Vốn thực hiện của các dự án ngoài ngân sách 6 tháng đầu năm ước đạt 8.615 tỷ đồng, bằng 47,9% kế hoạch năm. Tại Quyết định số 1024/QĐ-UBND, tỉnh đặt mục tiêu năm 2024 thu hút từ 90 đến 100 dự án mới với tổng vốn đăng ký khoảng 40.000 tỷ đồng.

Mọi thông tin chi tiết liên hệ: Trung tâm Xúc tiến đầu tư tỉnh, số 76 Lê Lợi, TP Thái Bình; điện thoại 0227.3731.658.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TOT = 21356.8e9

FIGS = [
    F("thu hút 48 dự án", "48", 48, "count", "dự án", "dự án đầu tư mới thu hút", H1),
    F("cho 48 dự án mới", "48", 48, "count", "dự án",
      "dự án mới được chấp thuận chủ trương đầu tư, cấp Giấy chứng nhận đăng ký đầu tư", H1Y,
      change=CH("increase", 9, "dự án", "cùng kỳ")),
    F("vốn đăng ký 21.356,8 tỷ đồng", "21.356,8", TOT, "money", "đồng", "tổng vốn đăng ký", H1Y,
      change=CH("increase", 37.2, "%", "cùng kỳ năm 2023")),
    F("có 41 dự án", "41", 41, "count", "dự án", "dự án đầu tư trong nước", I(H1Y), total=48),
    F("15.902,4 tỷ đồng", "15.902,4", 15902.4e9, "money", "đồng", "số vốn dự án đầu tư trong nước", I(H1Y),
      total=TOT),
    F("7 dự án có vốn", "7", 7, "count", "dự án", "dự án có vốn đầu tư nước ngoài", I(H1Y), total=48),
    F("5.454,4 tỷ đồng", "5.454,4", 5454.4e9, "money", "đồng", "số vốn dự án có vốn đầu tư nước ngoài", I(H1Y),
      total=TOT),
    F("thu hút 14 dự án", "14", 14, "count", "dự án", "dự án Khu kinh tế Thái Bình thu hút", I(H1Y)),
    F("đăng ký 9.870 tỷ đồng", "9.870", 9870e9, "money", "đồng", "tổng vốn đăng ký Khu kinh tế Thái Bình", I(H1Y),
      percent=46.2),
    F("Tiền Hải (11 dự án)", "11", 11, "count", "dự án", "dự án thu hút", I(H1Y), location="Tiền Hải"),
    F("Thái Thụy (9 dự án)", "9", 9, "count", "dự án", "dự án thu hút", I(H1Y), location="Thái Thụy"),
    F("Quỳnh Phụ (7 dự án)", "7", 7, "count", "dự án", "dự án thu hút", I(H1Y), location="Quỳnh Phụ"),
    F("Vũ Thư (6 dự án)", "6", 6, "count", "dự án", "dự án thu hút", I(H1Y), location="Vũ Thư"),
    F("cho 63 lượt dự án", "63", 63, "count", "lượt dự án",
      "dự án điều chỉnh chủ trương đầu tư, Giấy chứng nhận đăng ký đầu tư", I(H1Y)),
    F("trong đó 12 dự án", "12", 12, "count", "dự án", "dự án điều chỉnh tăng vốn", I(H1Y), total=63),
    F("gần 2.140 tỷ đồng", "2.140", 2140e9, "money", "đồng", "số vốn tăng thêm", I(H1Y), approx="nearly"),
    F("hoạt động 5 dự án", "5", 5, "count", "dự án",
      "dự án chậm tiến độ, vi phạm pháp luật về đầu tư bị chấm dứt hoạt động", I(H1Y)),
    F("hơn 36,7 ha", "36,7", 36.7, "measure", "ha", "đất thu hồi", I(H1Y), approx="over"),
    F("ước đạt 8.615 tỷ đồng", "8.615", 8615e9, "money", "đồng", "vốn thực hiện của các dự án ngoài ngân sách", H1,
      percent=47.9, status="estimate"),
    F("từ 90 đến 100 dự án", "90", 90, "count", "dự án", "dự án mới thu hút", Y24, value_max=100, status="target"),
    F("khoảng 40.000 tỷ đồng", "40.000", 40000e9, "money", "đồng", "tổng vốn đăng ký", Y24,
      approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình: thu hút đầu tư 6 tháng đầu năm 2024 (cấp mới, điều chỉnh, chấm dứt, vốn thực hiện, mục tiêu năm).",
    "Dateline 'Cập nhật: 08/07/2024 16:20'; 'Lượt xem: 3.482', 'Quyết định số 1024/QĐ-UBND', 'số 76 Lê Lợi', the phone number are not figures.",
    "Headline '6 tháng đầu năm' has no year: takes published 2024. Domestic + FDI parts (in đồng) add up to the whole, so both carry total.",
    "District list after 'gồm' follows no figure (the cue follows 'Các địa phương'), items do not add up: no total; districts go to location.",
    "'bằng 47,9% kế hoạch năm' is the percent of 8.615 tỷ; 'tăng 9 dự án so với cùng kỳ' is a change in dự án.",
]

if __name__ == "__main__":
    emit("p622-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Thái Bình")
