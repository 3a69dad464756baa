"""p742-2: district portal (huyện Gio Linh, Quảng Trị), Bếp ăn 0 đồng, quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN GIO LINH
Tin tức - Sự kiện » Văn hóa - Xã hội

Bếp ăn 0 đồng Gio Linh trao gần 9.800 suất cơm trong quý I

Thứ Năm, 04/04/2024 - 15:20

Trong quý I/2024, Bếp ăn 0 đồng tại Trung tâm Y tế huyện Gio Linh (Quốc lộ 1, thị trấn Gio Linh) đã trao gần 9.800 suất cơm cho bệnh nhân nghèo, người nhà bệnh nhân và người lao động khó khăn, tăng 1.350 suất so với cùng kỳ năm 2023.

Bếp duy trì nấu vào thứ Ba, thứ Năm và thứ Bảy hằng tuần, mỗi buổi phát từ 250 đến 300 suất. Kinh phí hoạt động trong quý đạt 147,5 triệu đồng, do 36 tập thể và 128 cá nhân là nhà hảo tâm đóng góp; ngoài ra bếp còn nhận 2,4 tấn gạo và 650 kg thịt, cá.

Các xã, thị trấn tham gia luân phiên nấu gồm: thị trấn Gio Linh (12 lượt), xã Gio Châu (9 lượt), xã Gio Quang (7 lượt) và xã Trung Giang (5 lượt). Hội Liên hiệp Phụ nữ huyện và Huyện đoàn lần lượt huy động 45 và 62 tình nguyện viên phụ giúp.

Bà Lê Thị Hạnh, Chủ tịch Hội Chữ thập đỏ huyện, cho biết số bệnh nhân chạy thận và ung thư đến nhận cơm chiếm khoảng 40% tổng số suất phát ra.

Dự kiến trong quý II, bếp sẽ phục vụ khoảng 11.000 suất, đồng thời mở thêm điểm phát cháo tại Trạm Y tế xã Gio Mỹ. Mọi đóng góp xin gửi về tài khoản số 3901205012345 tại Agribank chi nhánh Gio Linh hoặc liên hệ số điện thoại 0233.3825.116.

Thanh Hà - Trung tâm VH-TT&TT huyện
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("9.800 suất cơm trong quý I", "9.800", 9800, "count", "suất cơm", "suất cơm Bếp ăn 0 đồng Gio Linh trao",
      P("quý I", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("đã trao gần 9.800 suất cơm", "9.800", 9800, "count", "suất cơm",
      "suất cơm Bếp ăn 0 đồng tại Trung tâm Y tế huyện trao cho bệnh nhân nghèo, người nhà bệnh nhân và người lao động khó khăn",
      Q1, approx="nearly", change=CH("increase", 1350, "suất", "cùng kỳ năm 2023")),
    F("từ 250 đến 300 suất", "250", 250, "count", "suất", "suất phát mỗi buổi", value_max=300),
    F("đạt 147,5 triệu đồng", "147,5", 147.5e6, "money", "đồng", "kinh phí hoạt động",
      P("trong quý", "2024-01-01", "2024-03-31", inh=True)),
    F("do 36 tập thể", "36", 36, "count", "tập thể", "tập thể nhà hảo tâm đóng góp", I(Q1)),
    F("và 128 cá nhân", "128", 128, "count", "cá nhân", "cá nhân nhà hảo tâm đóng góp", I(Q1)),
    F("nhận 2,4 tấn gạo", "2,4", 2.4, "measure", "tấn", "gạo bếp nhận", I(Q1)),
    F("650 kg thịt", "650", 650, "measure", "kg", "thịt, cá bếp nhận", I(Q1)),
    F("Gio Linh (12 lượt)", "12", 12, "count", "lượt", "lượt luân phiên nấu của thị trấn Gio Linh", I(Q1)),
    F("Gio Châu (9 lượt)", "9", 9, "count", "lượt", "lượt luân phiên nấu của xã Gio Châu", I(Q1)),
    F("Gio Quang (7 lượt)", "7", 7, "count", "lượt", "lượt luân phiên nấu của xã Gio Quang", I(Q1)),
    F("Trung Giang (5 lượt)", "5", 5, "count", "lượt", "lượt luân phiên nấu của xã Trung Giang", I(Q1)),
    F("huy động 45 và", "45", 45, "count", "tình nguyện viên",
      "tình nguyện viên Hội Liên hiệp Phụ nữ huyện huy động phụ giúp", I(Q1)),
    F("và 62 tình nguyện viên", "62", 62, "count", "tình nguyện viên",
      "tình nguyện viên Huyện đoàn huy động phụ giúp", I(Q1)),
    F("khoảng 40%", "40", 40, "percent", "%",
      "bệnh nhân chạy thận và ung thư đến nhận cơm trong tổng số suất phát ra", approx="about"),
    F("khoảng 11.000 suất", "11.000", 11000, "count", "suất", "suất bếp phục vụ",
      P("quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Trang TTĐT huyện Gio Linh (Quảng Trị): Bếp ăn 0 đồng tại Trung tâm Y tế huyện, quý I/2024; dự kiến quý II.",
    "'Bếp ăn 0 đồng' is the kitchen's name (not a money figure); 'Quốc lộ 1', the bank account number, the phone number,",
    "weekday names and the dateline are distractors. Headline 'quý I' has no year: takes 2024 from the dateline (published).",
    "Commune items in the 'gồm:' list follow no whole figure: no total; communes are below the spec's place levels, so they keep",
    "the district (Gio Linh) as location and the commune goes into the subject. 'lần lượt 45 và 62' pairs with the two bodies.",
]

if __name__ == "__main__":
    emit("p742-2", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Gio Linh")
