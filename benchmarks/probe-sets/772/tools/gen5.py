from lib import *

TEXT = """BÁO BẮC GIANG
Xã hội

Tuổi trẻ Bắc Giang "thắp sáng" hơn 180 km đường quê

(BGĐT) - Trong 6 tháng đầu năm 2024, tuổi trẻ các huyện, thành phố trong tỉnh đã lắp đặt 4.860 bóng đèn chiếu sáng trên hơn 180 km đường giao thông nông thôn, tổng kinh phí ước 5,4 tỷ đồng. Số bóng đèn lắp đặt gấp 2 lần cùng kỳ năm 2023.

Công trình thanh niên "Thắp sáng đường quê" được Tỉnh đoàn phát động theo Kế hoạch số 57-KH/TĐTN. Từ năm 2021 đến nay, toàn tỉnh đã có 1.037 tuyến đường được lắp điện chiếu sáng với tổng chiều dài 612,8 km.

Sáu tháng qua, Lục Nam là đơn vị dẫn đầu với 38,5 km, tiếp đến là Yên Thế 31 km, Lạng Giang 27,2 km. Chi phí bình quân khoảng 30 triệu đồng/km; đoàn viên, thanh niên đóng góp ngày công, nhân dân góp 65% kinh phí. Riêng quý II/2024, toàn tỉnh lắp đặt 2.950 bóng đèn, chiếm 60,7% tổng số bóng đèn của 6 tháng.

Anh Nguyễn Văn Toàn, Bí thư Đoàn xã Tiên Hưng (Lục Nam) cho biết: "Tuyến đường thôn Chùa dài 2,4 km trước đây tối om, nay có 68 bóng đèn, bà con đi lại yên tâm hơn".

Bên cạnh đó, các cơ sở Đoàn còn làm mới 215 tuyến "Đường cờ Tổ quốc" với 14.500 lá cờ, tăng 3.200 lá so với cùng kỳ.

Mục tiêu đến năm 2025, toàn tỉnh có 1.500 tuyến đường được chiếu sáng, tăng 463 tuyến so với hiện nay.

Ngọc Anh
08/07/2024
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-07-08")

FIGS = [
    F("hơn 180 km đường quê", "180", 180, "measure", "km", approx="over",
      subject="đường quê được thắp sáng", period=I(H1)),
    F("lắp đặt 4.860 bóng đèn", "4.860", 4860, "count", "bóng đèn",
      subject="bóng đèn chiếu sáng lắp đặt", period=H1),
    F("hơn 180 km đường giao thông", "180", 180, "measure", "km", approx="over",
      subject="đường giao thông nông thôn được lắp bóng đèn chiếu sáng", period=H1),
    F("ước 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", status="estimate",
      subject="tổng kinh phí", period=H1),
    F("gấp 2 lần", "2", 2, "multiple", "lần", subject="số bóng đèn lắp đặt so với cùng kỳ năm 2023", period=I(H1)),
    F("có 1.037 tuyến đường", "1.037", 1037, "count", "tuyến đường",
      subject="tuyến đường được lắp điện chiếu sáng", period=SINCE),
    F("dài 612,8 km", "612,8", 612.8, "measure", "km",
      subject="tổng chiều dài tuyến đường được lắp điện chiếu sáng", period=SINCE),
    F("với 38,5 km", "38,5", 38.5, "measure", "km", subject="đường được thắp sáng",
      period=I(H1), location="Lục Nam"),
    F("Yên Thế 31 km", "31", 31, "measure", "km", subject="đường được thắp sáng",
      period=I(H1), location="Yên Thế"),
    F("Lạng Giang 27,2 km", "27,2", 27.2, "measure", "km", subject="đường được thắp sáng",
      period=I(H1), location="Lạng Giang"),
    F("khoảng 30 triệu đồng/km", "30", 30e6, "money", "đồng/km", approx="about",
      subject="chi phí bình quân", period=I(H1)),
    F("góp 65% kinh phí", "65", 65, "percent", "%", subject="kinh phí nhân dân góp", period=I(H1)),
    F("lắp đặt 2.950 bóng đèn", "2.950", 2950, "count", "bóng đèn", percent=60.7,
      subject="bóng đèn lắp đặt", period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("dài 2,4 km", "2,4", 2.4, "measure", "km", subject="tuyến đường thôn Chùa", location="Lục Nam"),
    F("có 68 bóng đèn", "68", 68, "count", "bóng đèn", subject="bóng đèn trên tuyến đường thôn Chùa",
      location="Lục Nam"),
    F("làm mới 215 tuyến", "215", 215, "count", "tuyến", subject="tuyến \"Đường cờ Tổ quốc\" làm mới", period=I(H1)),
    F("với 14.500 lá cờ", "14.500", 14500, "count", "lá cờ",
      change=CH("increase", 3200, unit="lá", baseline="cùng kỳ"),
      subject="lá cờ trên \"Đường cờ Tổ quốc\"", period=I(H1)),
    F("có 1.500 tuyến đường", "1.500", 1500, "count", "tuyến đường", status="target",
      change=CH("increase", 463, unit="tuyến", baseline="hiện nay"),
      subject="tuyến đường được chiếu sáng", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Probe 772-5. Party newspaper (Báo Bắc Giang, tag BGĐT): youth project 'Thắp sáng đường quê'; byline and bare date at the end (published).",
    "'gấp 2 lần cùng kỳ' stands as its own sentence's claim -> multiple. 'tăng 3.200 lá', 'tăng 463 tuyến' after a figure are its change.",
    "'Từ năm 2021 đến nay' ends at the published date 2024-07-08. 'Sáu tháng qua' is not a spec phrase: the list inherits 6 tháng đầu năm 2024.",
    "'Mục tiêu đến năm 2025' -> target. '65% kinh phí' is a percent figure of its own (no base amount in the clause).",
    "Distractors: Kế hoạch số 57-KH/TĐTN, byline date 08/07/2024. The quote's road (xã Tiên Hưng, Lục Nam) takes location Lục Nam.",
]

emit("p772-5", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bắc Giang")
