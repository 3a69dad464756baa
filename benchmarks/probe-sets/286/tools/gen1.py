from lib import F, P, ch, emit

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Các hồ chứa thủy lợi tích được trên 1,1 tỷ m3 nước phục vụ sản xuất
Cập nhật: 12/03/2024 09:20 | Lượt xem: 1.204

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 10/3/2024, tổng dung tích các hồ chứa thủy lợi trên địa bàn tỉnh Thanh Hóa đạt khoảng 1.148 triệu m3, bằng 76,5% dung tích thiết kế, tăng 62 triệu m3 so với cùng kỳ năm 2023. Trong số 610 hồ chứa do tỉnh quản lý, có 421 hồ đạt trên 70% dung tích thiết kế; 143 hồ đạt từ 40 đến 70%; 46 hồ dưới 40%, tập trung ở các huyện Như Thanh, Nông Cống và Triệu Sơn.

Riêng hồ Cửa Đạt (huyện Thường Xuân), đến 7 giờ ngày 10/3/2024, mực nước đạt 101,35 m, thấp hơn mực nước dâng bình thường 8,65 m. Từ đầu năm đến nay, hồ đã xả xuống hạ du khoảng 214 triệu m3 nước qua 3 đợt, bảo đảm nguồn nước tưới cho 11 huyện, thị xã vùng hạ du sông Chu.

Năm 2024, toàn tỉnh gieo cấy 118.500 ha lúa vụ Đông Xuân, trong đó diện tích được tưới chủ động bằng công trình thủy lợi đạt 109.200 ha, chiếm 92,2%. Dự báo cuối vụ có khoảng 2.350 ha có nguy cơ thiếu nước, chủ yếu tại huyện Như Xuân (850 ha), Ngọc Lặc (620 ha) và Cẩm Thủy (410 ha).

Chủ tịch UBND tỉnh đã ban hành Quyết định số 845/QĐ-UBND ngày 05/3/2024 về kế hoạch phòng, chống hạn hán, thiếu nước năm 2024, với tổng kinh phí dự kiến 38,6 tỷ đồng để nạo vét kênh mương, lắp đặt trạm bơm dã chiến. Mọi thông tin về tình hình cấp nước, người dân liên hệ Chi cục Thủy lợi qua số điện thoại 0237.3852.468.

Hoàng Linh (Sở NN&PTNT)
"""

AS = P("tính đến ngày 10/3/2024", None, "2024-03-10")
ASi = P("tính đến ngày 10/3/2024", None, "2024-03-10", inh=True)
CD = P("đến 7 giờ ngày 10/3/2024", None, "2024-03-10")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-03-12")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("trên 1,1 tỷ m3", "1,1", 1100000000, "measure", "m3", "dung tích nước các hồ chứa thủy lợi tích được",
      ASi, approx="over"),
    F("khoảng 1.148 triệu m3", "1.148", 1148000000, "measure", "m3", "tổng dung tích các hồ chứa thủy lợi",
      AS, approx="about", percent=76.5, change=ch("increase", 62000000, "m3", "cùng kỳ năm 2023")),
    F("Trong số 610 hồ", "610", 610, "count", "hồ chứa", "hồ chứa do tỉnh quản lý", ASi),
    F("có 421 hồ", "421", 421, "count", "hồ", "hồ đạt trên 70% dung tích thiết kế", ASi, total=610),
    F("đạt trên 70% dung tích", "70", 70, "percent", "%", "dung tích thiết kế", approx="over", optional=True),
    F("143 hồ", "143", 143, "count", "hồ", "hồ đạt từ 40 đến 70% dung tích thiết kế", ASi, total=610),
    F("từ 40 đến 70%", "40", 40, "percent", "%", "dung tích thiết kế", value_max=70, optional=True),
    F("46 hồ", "46", 46, "count", "hồ", "hồ dưới 40% dung tích thiết kế", ASi, total=610),
    F("hồ dưới 40%", "40", 40, "percent", "%", "dung tích thiết kế", approx="under", optional=True),
    F("đạt 101,35 m", "101,35", 101.35, "measure", "m", "mực nước hồ Cửa Đạt", CD,
      change=ch("decrease", 8.65, "m", "mực nước dâng bình thường"), location="Thường Xuân"),
    F("khoảng 214 triệu m3", "214", 214000000, "measure", "m3", "nước hồ Cửa Đạt xả xuống hạ du", YTD,
      approx="about", location="Thường Xuân"),
    F("qua 3 đợt", "3", 3, "count", "đợt", "đợt xả nước", YTD, location="Thường Xuân", optional=True),
    F("cho 11 huyện", "11", 11, "count", "huyện, thị xã", "huyện, thị xã vùng hạ du sông Chu được bảo đảm nguồn nước tưới",
      YTD),
    F("gieo cấy 118.500 ha", "118.500", 118500, "measure", "ha", "diện tích gieo cấy lúa vụ Đông Xuân", Y24),
    F("đạt 109.200 ha", "109.200", 109200, "measure", "ha", "diện tích được tưới chủ động bằng công trình thủy lợi",
      Y24, total=118500, percent=92.2),
    F("khoảng 2.350 ha", "2.350", 2350, "measure", "ha", "diện tích có nguy cơ thiếu nước", Y24i,
      approx="about", status="forecast"),
    F("Như Xuân (850 ha)", "850", 850, "measure", "ha", "diện tích có nguy cơ thiếu nước", Y24i,
      status="forecast", location="Như Xuân"),
    F("Ngọc Lặc (620 ha)", "620", 620, "measure", "ha", "diện tích có nguy cơ thiếu nước", Y24i,
      status="forecast", location="Ngọc Lặc"),
    F("Cẩm Thủy (410 ha)", "410", 410, "measure", "ha", "diện tích có nguy cơ thiếu nước", Y24i,
      status="forecast", location="Cẩm Thủy"),
    F("dự kiến 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", "tổng kinh phí kế hoạch phòng, chống hạn hán, thiếu nước",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Province portal of Thanh Hóa: reservoir storage at 10/3/2024, Cửa Đạt level and releases, Đông Xuân 2024 irrigated area, drought plan.",
    "'Cập nhật: 12/03/2024 09:20 | Lượt xem: 1.204' is the dateline plus a view counter (page furniture).",
    "Distractors: 'Quyết định số 845/QĐ-UBND ngày 05/3/2024', phone 0237.3852.468, '7 giờ', 'sông Chu'.",
    "'Trong số 610 hồ chứa ..., có 421 hồ ...; 143 hồ ...; 46 hồ' : the three parts take total 610 (they add up). The storage",
    "thresholds (trên 70%, từ 40 đến 70%, dưới 40%) define the groups: optional. '3 đợt' (release rounds, schedule structure): optional.",
    "'thấp hơn mực nước dâng bình thường 8,65 m' is the level's change (decrease) against the normal water level.",
    "Cửa Đạt figures take the district named in brackets (Thường Xuân) as location. 'Từ đầu năm đến nay' ends at the dateline.",
    "'chiếm 92,2%' after 'trong đó' gives percent and total 118.500 to 109.200 ha. 'Dự báo' makes the list items forecasts.",
    "The headline figure 'trên 1,1 tỷ m3' takes its as-of date from the body (inherited).",
]

emit("p286-1", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Thanh Hóa")
