from lib import *

text = """Thanh Hóa: Hơn 3.600 thanh niên lên đường nhập ngũ năm 2025
Cập nhật: 13/02/2025 10:25 | Lượt xem: 2.317

Sáng 13/2, 26 huyện, thị xã, thành phố trong tỉnh đồng loạt tổ chức lễ giao nhận quân năm 2025. Toàn tỉnh đã giao 3.680 công dân, đạt 100% chỉ tiêu trên giao, trong đó 3.350 công dân nhập ngũ vào Quân đội nhân dân và 330 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.

Trước đó, Hội đồng nghĩa vụ quân sự các cấp đã tổ chức khám sức khỏe cho 9.846 công dân, trong đó 5.212 công dân đủ tiêu chuẩn sức khỏe, chiếm 52,9%.

Chất lượng tân binh năm nay tiếp tục được nâng lên: có 92 đảng viên, tăng 14 đảng viên so với năm 2024; 410 công dân có trình độ cao đẳng, đại học, chiếm 11,1% tổng số tân binh; 2.150 công dân tình nguyện viết đơn xin nhập ngũ.

Một số địa phương có số lượng giao quân lớn gồm: thành phố Thanh Hóa 215 công dân, huyện Thọ Xuân 186 công dân, huyện Quảng Xương 178 công dân và thị xã Nghi Sơn 172 công dân.

Tân binh được bàn giao cho 12 đơn vị nhận quân, trong đó có Sư đoàn 324, Trung đoàn 762 (Quân khu 4), Lữ đoàn 573 Hải quân và Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Tại buổi lễ, cấp ủy, chính quyền và các doanh nghiệp đã tặng quà, hỗ trợ tân binh với tổng kinh phí hơn 7,4 tỷ đồng; mức hỗ trợ phổ biến từ 2 đến 3 triệu đồng/tân binh.

Theo Bộ Chỉ huy Quân sự tỉnh, thực hiện Quyết định số 4102/QĐ-UBND ngày 15/11/2024 của UBND tỉnh, năm 2025 tỉnh được Bộ Tư lệnh Quân khu 4 giao chỉ tiêu 3.680 quân, tăng 2,8% so với năm 2024; tỷ lệ tân binh là đảng viên đạt 2,5%, cao nhất từ trước đến nay.

Thông tin phản ánh về công tác tuyển quân xin gửi về Bộ CHQS tỉnh, số 2 Trần Phú, phường Ba Đình, TP Thanh Hóa; điện thoại 069.708.111.
"""

Y25i = Y("năm 2025", 2025, True)
figs = [
    F("Hơn 3.600 thanh niên", "3.600", 3600, "count", "thanh niên", "thanh niên lên đường nhập ngũ",
      approx="over", period=Y("năm 2025", 2025)),
    F("26 huyện, thị xã, thành phố", "26", 26, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố tổ chức lễ giao nhận quân", period=P("Sáng 13/2", "2025-02-13", "2025-02-13"), optional=True),
    F("đã giao 3.680 công dân", "3.680", 3680, "count", "công dân", "công dân giao quân",
      percent=100, period=Y25i),
    F("3.350 công dân nhập ngũ", "3.350", 3350, "count", "công dân", "công dân nhập ngũ vào Quân đội nhân dân",
      total=3680, period=Y25i),
    F("330 công dân thực hiện", "330", 330, "count", "công dân",
      "công dân thực hiện nghĩa vụ tham gia Công an nhân dân", total=3680, period=Y25i),
    F("cho 9.846 công dân", "9.846", 9846, "count", "công dân", "công dân được khám sức khỏe", period=Y25i),
    F("5.212 công dân đủ", "5.212", 5212, "count", "công dân", "công dân đủ tiêu chuẩn sức khỏe",
      total=9846, percent=52.9, period=Y25i),
    F("có 92 đảng viên", "92", 92, "count", "đảng viên", "tân binh là đảng viên",
      change=CH("increase", 14, "đảng viên", "năm 2024"), period=Y("năm nay", 2025)),
    F("410 công dân có trình độ", "410", 410, "count", "công dân",
      "tân binh có trình độ cao đẳng, đại học", percent=11.1, period=Y("năm nay", 2025)),
    F("2.150 công dân tình nguyện", "2.150", 2150, "count", "công dân",
      "công dân tình nguyện viết đơn xin nhập ngũ", period=Y("năm nay", 2025)),
    F("Thanh Hóa 215 công dân", "215", 215, "count", "công dân", "số lượng giao quân",
      period=Y25i, location="Thanh Hóa"),
    F("Thọ Xuân 186 công dân", "186", 186, "count", "công dân", "số lượng giao quân",
      period=Y25i, location="Thọ Xuân"),
    F("Quảng Xương 178 công dân", "178", 178, "count", "công dân", "số lượng giao quân",
      period=Y25i, location="Quảng Xương"),
    F("Nghi Sơn 172 công dân", "172", 172, "count", "công dân", "số lượng giao quân",
      period=Y25i, location="Nghi Sơn"),
    F("cho 12 đơn vị nhận quân", "12", 12, "count", "đơn vị nhận quân", "đơn vị nhận quân", period=Y25i),
    F("hơn 7,4 tỷ đồng", "7,4", 7.4e9, "money", "đồng", "kinh phí tặng quà, hỗ trợ tân binh",
      approx="over", period=Y25i),
    F("từ 2 đến 3 triệu", "2", 2e6, "money", "đồng/tân binh", "mức hỗ trợ tân binh",
      value_max=3e6, period=Y25i),
    F("chỉ tiêu 3.680 quân", "3.680", 3680, "count", "quân", "chỉ tiêu giao quân",
      status="target", change=CH("increase", 2.8, "%", "năm 2024"), period=Y("năm 2025", 2025)),
    F("đạt 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ tân binh là đảng viên", period=Y("năm 2025", 2025)),
]

comments = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): lễ giao nhận quân năm 2025. Dateline 'Cập nhật: 13/02/2025 10:25 | Lượt xem: 2.317'.",
    "Distractors: 'Sáng 13/2', view counter, 'Sư đoàn 324', 'Trung đoàn 762', 'Quân khu 4', 'Lữ đoàn 573', 'Quyết định số 4102/QĐ-UBND ngày 15/11/2024',",
    "address 'số 2 Trần Phú', phone 069.708.111. The '26 huyện, thị xã, thành phố' structure count is optional.",
    "'trong đó' after 3.680 / 9.846 gives totals; the ':' after 'Chất lượng tân binh … nâng lên' follows no figure, so 92/410/2.150 have no total;",
    "'gồm:' after 'số lượng giao quân lớn' likewise. 'năm nay' in a 2025 article is 2025. 'chỉ tiêu 3.680 quân' is a target figure with its change.",
    "Period of the second and later paragraphs is 'năm 2025' from the first sentence (inherited); 'năm 2024' only as a baseline.",
]
build(1, text, comments, figs, published="2025-02-13", location="Thanh Hóa")
