from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ » Tin tức - Sự kiện » Kinh tế

Du lịch Khánh Hòa 6 tháng đầu năm 2024: công suất phòng đạt 68,2%
Cập nhật: 05/07/2024 15:20 | Lượt xem: 2.315

Theo báo cáo của Sở Du lịch, 6 tháng đầu năm 2024, các cơ sở lưu trú trên địa bàn tỉnh Khánh Hòa ước đón 5,3 triệu lượt khách, tăng 46,2% so với cùng kỳ năm 2023; trong đó khách quốc tế ước đạt 1,86 triệu lượt, chiếm 35,1%. Tổng số ngày khách lưu trú ước đạt 13,9 triệu ngày khách, thời gian lưu trú bình quân 2,6 ngày/lượt khách. Tổng thu từ khách du lịch ước đạt 19.450 tỷ đồng, tăng 38% so với cùng kỳ, bằng 52,6% kế hoạch năm.

Công suất sử dụng phòng bình quân của các khách sạn từ 3 sao trở lên đạt 68,2%, cao hơn 9,4 điểm phần trăm so với cùng kỳ; riêng tháng 6 đạt khoảng 75%. Nha Trang vẫn là điểm đến chính với khoảng 4,1 triệu lượt khách lưu trú, tiếp đến là Cam Ranh 620.000 lượt, Ninh Hòa 215.000 lượt và Vạn Ninh 148.000 lượt.

Tính đến 30/6/2024, toàn tỉnh có 1.254 cơ sở lưu trú với hơn 48.600 phòng; trong đó có 198 khách sạn được xếp hạng từ 3 đến 5 sao với 29.870 phòng, chiếm 61,5% tổng số phòng. Riêng 6 tháng đầu năm có thêm 14 khách sạn mới đi vào hoạt động, bổ sung 2.140 phòng.

Năm 2024, tỉnh phấn đấu đón 10 triệu lượt khách lưu trú, tổng thu từ du lịch đạt 37.000 tỷ đồng. Thực hiện Quyết định số 1032/QĐ-UBND ngày 12/4/2024 của UBND tỉnh, Sở Du lịch tiếp tục kiểm tra việc niêm yết giá phòng tại các cơ sở lưu trú dọc đường Trần Phú. Du khách phản ánh qua đường dây nóng 0258.3822.753 hoặc tại trụ sở số 1 Trần Phú, TP Nha Trang.

Chia sẻ | In bài viết
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phòng đạt 68,2%\n", "68,2", 68.2, "percent", "%", "công suất phòng", period=H1),
    F("ước đón 5,3 triệu lượt khách", "5,3", 5300000, "count", "lượt khách",
      "lượt khách cơ sở lưu trú đón", status="estimate",
      change=C("increase", 46.2, "%", "cùng kỳ năm 2023"), period=H1),
    F("ước đạt 1,86 triệu lượt", "1,86", 1860000, "count", "lượt", "khách quốc tế", status="estimate",
      total=5300000, percent=35.1, period=H1),
    F("ước đạt 13,9 triệu ngày khách", "13,9", 13900000, "count", "ngày khách", "tổng số ngày khách lưu trú",
      status="estimate", period=H1i),
    F("bình quân 2,6 ngày/lượt khách", "2,6", 2.6, "measure", "ngày/lượt khách", "thời gian lưu trú bình quân",
      status="estimate", period=H1i),
    F("ước đạt 19.450 tỷ đồng", "19.450", 19450000000000, "money", "đồng", "tổng thu từ khách du lịch",
      status="estimate", change=C("increase", 38, "%", "cùng kỳ"), percent=52.6, period=H1i),
    F("trở lên đạt 68,2%", "68,2", 68.2, "percent", "%",
      "công suất sử dụng phòng bình quân của các khách sạn từ 3 sao trở lên",
      change=C("increase", 9.4, "điểm phần trăm", "cùng kỳ"), period=H1i),
    F("đạt khoảng 75%", "75", 75, "percent", "%", "công suất sử dụng phòng tháng 6", approx="about",
      period=P("tháng 6", "2024-06-01", "2024-06-30")),
    F("khoảng 4,1 triệu lượt", "4,1", 4100000, "count", "lượt khách", "lượt khách lưu trú", approx="about",
      location="Nha Trang", period=H1i),
    F("Cam Ranh 620.000 lượt", "620.000", 620000, "count", "lượt", "lượt khách lưu trú", location="Cam Ranh",
      period=H1i),
    F("Ninh Hòa 215.000 lượt", "215.000", 215000, "count", "lượt", "lượt khách lưu trú", location="Ninh Hòa",
      period=H1i),
    F("Vạn Ninh 148.000 lượt", "148.000", 148000, "count", "lượt", "lượt khách lưu trú", location="Vạn Ninh",
      period=H1i),
    F("có 1.254 cơ sở lưu trú", "1.254", 1254, "count", "cơ sở lưu trú", "cơ sở lưu trú", period=ASOF),
    F("hơn 48.600 phòng", "48.600", 48600, "count", "phòng", "phòng của cơ sở lưu trú", approx="over", period=ASOF),
    F("có 198 khách sạn", "198", 198, "count", "khách sạn", "khách sạn được xếp hạng từ 3 đến 5 sao",
      total=1254, period=ASOF),
    F("với 29.870 phòng", "29.870", 29870, "count", "phòng", "phòng khách sạn được xếp hạng từ 3 đến 5 sao",
      total=48600, percent=61.5, period=ASOF),
    F("thêm 14 khách sạn", "14", 14, "count", "khách sạn", "khách sạn mới đi vào hoạt động", period=H1),
    F("bổ sung 2.140 phòng", "2.140", 2140, "count", "phòng", "phòng bổ sung", period=H1),
    F("đón 10 triệu lượt khách lưu trú", "10", 10000000, "count", "lượt khách", "lượt khách lưu trú",
      status="target", period=Y),
    F("đạt 37.000 tỷ đồng", "37.000", 37000000000000, "money", "đồng", "tổng thu từ du lịch",
      status="target", period=Y),
]

COMMENTS = """
Cổng TTĐT tỉnh Khánh Hòa: du lịch 6 tháng đầu năm 2024 — lượt khách lưu trú, ngày khách, công suất phòng, cơ sở lưu trú, mục tiêu năm.
Dateline "Cập nhật: 05/07/2024 15:20 | Lượt xem: 2.315" (the counter is page furniture). Headline figure 68,2% is a figure (as in shared h12).
Star classes ("từ 3 sao trở lên", "từ 3 đến 5 sao") are class labels like "mức độ 3, 4": not figures. Document number, date 12/4/2024,
hotline 0258.3822.753, address "số 1 Trần Phú" are distractors. "cao hơn 9,4 điểm phần trăm so với cùng kỳ" is the change of 68,2% (a level).
1,86 triệu (trong đó) is part of 5,3 triệu; 198 khách sạn part of 1.254 cơ sở lưu trú; 29.870 phòng part of 48.600 phòng (the figure before trong đó).
The 2,6 ngày clause continues the "ước đạt" clause: estimate. Locality list items: place → location, subject = the indicator.
"""

emit(1, COMMENTS, TEXT, FIGS, published="2024-07-05", location="Khánh Hòa")
