from lib import *

A = """Cà Mau: Trồng mới hơn 520 ha rừng ngập mặn trong 9 tháng
Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.347

(CMO) Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024 toàn tỉnh đã trồng mới 523,6 ha rừng ngập mặn ven biển, đạt 74,8% kế hoạch năm, tăng 18,2% so với cùng kỳ. Trong đó, huyện Ngọc Hiển trồng 214,5 ha, huyện Năm Căn 132 ha, huyện Đầm Dơi 98,7 ha và huyện Phú Tân 78,4 ha. Cây trồng chủ yếu là đước, mắm trắng và bần chua, được trồng trên các bãi bồi ven biển Tây và biển Đông.

Hiện diện tích rừng ngập mặn của tỉnh đạt khoảng 61.200 ha, chiếm 61,9% tổng diện tích rừng toàn tỉnh; tỷ lệ che phủ rừng và cây phân tán đạt 26,1%. Kế hoạch năm 2024, tỉnh phấn đấu trồng mới 700 ha rừng ngập mặn, trồng bổ sung 350 ha rừng phòng hộ ven biển và khoanh nuôi tái sinh từ 1.200 đến 1.500 ha. Đến năm 2025, tỷ lệ che phủ rừng và cây phân tán phấn đấu đạt 27%.

Về chi trả dịch vụ môi trường rừng, từ đầu năm đến nay Quỹ Bảo vệ và Phát triển rừng tỉnh đã thu 16,45 tỷ đồng, giải ngân cho 2.318 hộ nhận khoán bảo vệ rừng với tổng diện tích hơn 41.000 ha. Đơn giá chi trả bình quân khoảng 350.000 đồng/ha/năm, cao hơn 50.000 đồng/ha so với năm 2023.

Thực hiện Quyết định số 1662/QĐ-UBND ngày 12/9/2023 của UBND tỉnh, các huyện ven biển đang rà soát quỹ đất bãi bồi để giao cho các ban quản lý rừng phòng hộ. Người dân phát hiện hành vi chặt phá rừng có thể báo tin qua đường dây nóng của Chi cục Kiểm lâm, số 76 đường Lê Duẩn, phường 1, TP Cà Mau; điện thoại 0290.3831.252.

Trần Nguyên
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
K24 = P("năm 2024", "2024-01-01", "2024-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
S = "rừng ngập mặn ven biển trồng mới"

figs = [
    F("Trồng mới hơn 520 ha", "520", 520, "measure", "ha", "rừng ngập mặn trồng mới", approx="over",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("trồng mới 523,6 ha", "523,6", 523.6, "measure", "ha", S, percent=74.8,
      change=C("increase", 18.2, "%", "cùng kỳ"), period=Y9),
    F("Ngọc Hiển trồng 214,5 ha", "214,5", 214.5, "measure", "ha", S, total=523.6, period=Y9i, location="Ngọc Hiển"),
    F("Năm Căn 132 ha", "132", 132, "measure", "ha", S, total=523.6, period=Y9i, location="Năm Căn"),
    F("Đầm Dơi 98,7 ha", "98,7", 98.7, "measure", "ha", S, total=523.6, period=Y9i, location="Đầm Dơi"),
    F("Phú Tân 78,4 ha", "78,4", 78.4, "measure", "ha", S, total=523.6, period=Y9i, location="Phú Tân"),
    F("khoảng 61.200 ha", "61.200", 61200, "measure", "ha", "diện tích rừng ngập mặn", approx="about", percent=61.9),
    F("đạt 26,1%", "26,1", 26.1, "percent", "%", "tỷ lệ che phủ rừng và cây phân tán"),
    F("trồng mới 700 ha", "700", 700, "measure", "ha", "rừng ngập mặn trồng mới", status="target", period=K24),
    F("bổ sung 350 ha", "350", 350, "measure", "ha", "rừng phòng hộ ven biển trồng bổ sung", status="target", period=K24),
    F("từ 1.200 đến 1.500 ha", "1.200", 1200, "measure", "ha", "diện tích khoanh nuôi tái sinh", value_max=1500,
      status="target", period=K24),
    F("phấn đấu đạt 27%", "27", 27, "percent", "%", "tỷ lệ che phủ rừng và cây phân tán", status="target",
      period=P("Đến năm 2025", None, "2025-12-31")),
    F("thu 16,45 tỷ đồng", "16,45", 16450000000, "money", "đồng", "tiền dịch vụ môi trường rừng Quỹ thu", period=YTD),
    F("2.318 hộ", "2.318", 2318, "count", "hộ", "hộ nhận khoán bảo vệ rừng được giải ngân", period=YTD),
    F("hơn 41.000 ha", "41.000", 41000, "measure", "ha", "tổng diện tích rừng nhận khoán bảo vệ", approx="over", period=YTD),
    F("khoảng 350.000 đồng/ha/năm", "350.000", 350000, "money", "đồng/ha/năm", "đơn giá chi trả bình quân",
      approx="about", change=C("increase", 50000, "đồng/ha", "năm 2023")),
]

comments = [
    "Cổng TTĐT tỉnh Cà Mau (CMO): mangrove planting 9 months 2024, district breakdown, forest area, 2024 plan, forest environmental services payment.",
    "Dateline 'Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.347' (counter is page furniture). Byline at the end.",
    "Title '9 tháng' has no year: takes the year of published (2024). 'đạt 74,8% kế hoạch năm' is the percent of 523,6 ha; 'Trong đó' parts total 523,6.",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline. 'cao hơn 50.000 đồng/ha so với năm 2023' is the change of the unit price.",
    "Distractors: Quyết định số 1662/QĐ-UBND ngày 12/9/2023, số 76 đường Lê Duẩn, phường 1, phone 0290.3831.252, view counter.",
]
write("p396-1", A, figs, comments, published="2024-10-08", location="Cà Mau")
