from lib import F, P, emit

TEXT = """Khánh Hòa: Du lịch 9 tháng năm 2024 tăng trưởng mạnh, khách quốc tế vượt kế hoạch năm
Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.317

(KHO) - Theo báo cáo của Sở Du lịch, 9 tháng năm 2024, tổng lượt khách lưu trú trên địa bàn tỉnh ước đạt 8,15 triệu lượt, tăng 36,2% so với cùng kỳ, đạt 83,2% kế hoạch năm. Trong đó, khách quốc tế ước đạt 2,86 triệu lượt, tăng 58,7% so với cùng kỳ, vượt 4,3% kế hoạch năm 2024.

Về thị trường, Hàn Quốc tiếp tục dẫn đầu với khoảng 1,12 triệu lượt, chiếm 39,2% tổng lượt khách quốc tế; tiếp đến là Trung Quốc (587.400 lượt), Nga (212.600 lượt) và Đài Loan (Trung Quốc) (98.300 lượt). Đáng chú ý, thị trường Ấn Độ tăng gấp 3,4 lần so với cùng kỳ nhờ các đường bay thẳng mới đến Cam Ranh.

Tổng thu từ khách du lịch ước đạt 38.650 tỷ đồng, tăng 41,5% so với cùng kỳ năm 2023. Công suất sử dụng phòng bình quân của các cơ sở lưu trú đạt khoảng 64%, riêng nhóm khách sạn từ 4 sao trở lên đạt từ 70% đến 75%.

Từ đầu năm đến nay, các cảng biển trên địa bàn tỉnh đã đón 46 chuyến tàu biển du lịch quốc tế với hơn 61.000 lượt khách và thuyền viên. Theo Quyết định số 1745/QĐ-UBND của UBND tỉnh, năm 2024 Khánh Hòa phấn đấu đón 9,8 triệu lượt khách lưu trú, trong đó 2,75 triệu lượt khách quốc tế.

Lễ hội Biển Nha Trang - Khánh Hòa lần thứ 10 dự kiến diễn ra từ ngày 31/5 đến 3/6/2025 tại Quảng trường 2/4. Đường dây nóng hỗ trợ du khách: 0258.3822.753.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
PYTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
P24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 8,15 triệu lượt", "8,15", 8150000, "count", "lượt", "tổng lượt khách lưu trú",
      status="estimate", change={"direction": "increase", "value": 36.2, "unit": "%", "baseline": "cùng kỳ"},
      percent=83.2, period=P9),
    F("ước đạt 2,86 triệu lượt", "2,86", 2860000, "count", "lượt", "khách quốc tế",
      status="estimate", total=8150000,
      change={"direction": "increase", "value": 58.7, "unit": "%", "baseline": "cùng kỳ"}, period=P9i),
    F("vượt 4,3% kế hoạch", "4,3", 4.3, "percent", "%", "khách quốc tế vượt kế hoạch năm 2024",
      optional=True, period=P9i),
    F("khoảng 1,12 triệu lượt", "1,12", 1120000, "count", "lượt", "lượt khách quốc tế thị trường Hàn Quốc",
      approx="about", percent=39.2, period=P9i),
    F("Trung Quốc (587.400 lượt)", "587.400", 587400, "count", "lượt", "lượt khách quốc tế thị trường Trung Quốc",
      period=P9i),
    F("Nga (212.600 lượt)", "212.600", 212600, "count", "lượt", "lượt khách quốc tế thị trường Nga", period=P9i),
    F("(98.300 lượt)", "98.300", 98300, "count", "lượt", "lượt khách quốc tế thị trường Đài Loan (Trung Quốc)",
      period=P9i),
    F("gấp 3,4 lần", "3,4", 3.4, "multiple", "lần", "tăng trưởng khách thị trường Ấn Độ so với cùng kỳ", period=P9i),
    F("ước đạt 38.650 tỷ đồng", "38.650", 38650000000000, "money", "đồng", "tổng thu từ khách du lịch",
      status="estimate", change={"direction": "increase", "value": 41.5, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=P9i),
    F("khoảng 64%", "64", 64, "percent", "%", "công suất sử dụng phòng bình quân của các cơ sở lưu trú",
      approx="about", period=P9i),
    F("từ 70% đến 75%", "70", 70, "percent", "%", "công suất sử dụng phòng nhóm khách sạn từ 4 sao trở lên",
      value_max=75, period=P9i),
    F("đón 46 chuyến", "46", 46, "count", "chuyến", "chuyến tàu biển du lịch quốc tế", period=PYTD),
    F("hơn 61.000 lượt", "61.000", 61000, "count", "lượt", "lượt khách và thuyền viên tàu biển",
      approx="over", period=PYTD),
    F("đón 9,8 triệu lượt", "9,8", 9800000, "count", "lượt", "khách lưu trú", status="target", period=P24),
    F("trong đó 2,75 triệu lượt", "2,75", 2750000, "count", "lượt", "khách quốc tế", status="target",
      total=9800000, period=P24),
    F("lần thứ 10", "10", 10, "count", "lần", optional=True),
]

COMMENTS = [
    "Province portal (Khánh Hòa), 'Cập nhật:' dateline with time and view counter on the same line; 9 months 2024 tourism.",
    "8,15 triệu carries change 36,2% and share 83,2% (of plan). 2,86 triệu (after 'Trong đó') has total 8,15 triệu and change 58,7%;",
    "its second change 'vượt 4,3% kế hoạch' is a percent figure of its own (optional). Market list: subject = the list's indicator,",
    "location stays Khánh Hòa (a market is not a place of the figure). 'gấp 3,4 lần so với cùng kỳ' alone is a multiple.",
    "'từ 4 sao trở lên' is a hotel class (label), not a figure. Distractors: view counter, 1745/QĐ-UBND, dates, 'Quảng trường 2/4', phone.",
    "'lần thứ 10' (festival edition) optional. 'Từ đầu năm đến nay' ends at the dateline 2024-10-08.",
]

emit(1, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Khánh Hòa")
