from lib import F, P, Y, CH, TG, emit

TEXT = """SỞ CÔNG THƯƠNG THÀNH PHỐ CẦN THƠ
Tin hoạt động ngành
Ngày đăng: 22/04/2024 | Lượt xem: 1.207

Thị trường bán lẻ quý I/2024: sức mua tăng khá, kênh siêu thị, cửa hàng tiện lợi mở rộng

Quý I/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn thành phố Cần Thơ ước đạt 35.462 tỷ đồng, tăng 11,3% so với cùng kỳ năm trước, đạt 24,1% kế hoạch năm. Trong đó, doanh thu bán lẻ hàng hóa ước đạt 26.018 tỷ đồng, chiếm 73,4%; doanh thu dịch vụ lưu trú, ăn uống 5.127 tỷ đồng; doanh thu du lịch lữ hành 96 tỷ đồng; doanh thu dịch vụ khác 4.221 tỷ đồng.

Theo địa bàn, quận Ninh Kiều dẫn đầu với 14.236 tỷ đồng, tiếp đến là quận Cái Răng 4.870 tỷ đồng, quận Bình Thủy 3.512 tỷ đồng; huyện Cờ Đỏ thấp nhất với 1.148 tỷ đồng.

Hệ thống phân phối hiện đại tiếp tục phát triển. Trong quý I, trên địa bàn thành phố có thêm 1 siêu thị và 23 cửa hàng tiện lợi đi vào hoạt động. Tính đến nay, toàn thành phố có 31 siêu thị, 6 trung tâm thương mại và 412 cửa hàng tiện lợi, cửa hàng bách hóa. Doanh thu của các siêu thị, trung tâm thương mại chiếm khoảng 18% tổng mức bán lẻ hàng hóa. Mạng lưới chợ truyền thống vẫn giữ vai trò quan trọng với 103 chợ (trong đó 9 chợ hạng I, 13 chợ hạng II, 81 chợ hạng III).

Sở Công Thương đang phối hợp tổ chức chương trình "Phiên chợ hàng Việt" lần thứ 3 tại Công viên Sông Hậu, dự kiến thu hút khoảng 120 gian hàng. Mọi thông tin liên hệ Phòng Quản lý thương mại, số 21 đường Hòa Bình, quận Ninh Kiều; điện thoại 0292.3820.155.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1I = P("Quý I/2024", "2024-01-01", "2024-03-31", inh=True)
Q1S = P("Trong quý I", "2024-01-01", "2024-03-31")
NOW = P("Tính đến nay", None, "2024-04-22")
TM = "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"
TOT = 35462e9

FIGS = [
    F("ước đạt 35.462 tỷ đồng", "35.462", TOT, "money", "đồng", TM, Q1, percent=24.1,
      change=CH("increase", 11.3, "%", "cùng kỳ năm trước"), status="estimate"),
    F("ước đạt 26.018 tỷ đồng", "26.018", 26018e9, "money", "đồng", "doanh thu bán lẻ hàng hóa", Q1I,
      total=TOT, percent=73.4, status="estimate"),
    F("uống 5.127 tỷ đồng", "5.127", 5127e9, "money", "đồng", "doanh thu dịch vụ lưu trú, ăn uống", Q1I,
      total=TOT, status="estimate"),
    F("hành 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu du lịch lữ hành", Q1I, total=TOT, status="estimate"),
    F("khác 4.221 tỷ đồng", "4.221", 4221e9, "money", "đồng", "doanh thu dịch vụ khác", Q1I, total=TOT, status="estimate"),
    F("với 14.236 tỷ đồng", "14.236", 14236e9, "money", "đồng", TM, Q1I, location="Ninh Kiều"),
    F("Cái Răng 4.870 tỷ đồng", "4.870", 4870e9, "money", "đồng", TM, Q1I, location="Cái Răng"),
    F("Bình Thủy 3.512 tỷ đồng", "3.512", 3512e9, "money", "đồng", TM, Q1I, location="Bình Thủy"),
    F("với 1.148 tỷ đồng", "1.148", 1148e9, "money", "đồng", TM, Q1I, location="Cờ Đỏ"),
    F("thêm 1 siêu thị", "1", 1, "count", "siêu thị", "siêu thị mới đi vào hoạt động", Q1S),
    F("23 cửa hàng tiện lợi", "23", 23, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi mới đi vào hoạt động", Q1S),
    F("có 31 siêu thị", "31", 31, "count", "siêu thị", "siêu thị", NOW),
    F("6 trung tâm thương mại", "6", 6, "count", "trung tâm thương mại", "trung tâm thương mại", NOW),
    F("412 cửa hàng", "412", 412, "count", "cửa hàng tiện lợi, cửa hàng bách hóa", "cửa hàng tiện lợi, cửa hàng bách hóa", NOW),
    F("khoảng 18%", "18", 18, "percent", "%", "tỷ trọng doanh thu của các siêu thị, trung tâm thương mại trong tổng mức bán lẻ hàng hóa",
      Q1I, approx="about"),
    F("với 103 chợ", "103", 103, "count", "chợ", "chợ truyền thống"),
    F("đó 9 chợ hạng I", "9", 9, "count", "chợ", "chợ hạng I", total=103),
    F("13 chợ hạng II", "13", 13, "count", "chợ", "chợ hạng II", total=103),
    F("81 chợ hạng III", "81", 81, "count", "chợ", "chợ hạng III", total=103),
    F("khoảng 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng tham gia Phiên chợ hàng Việt",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Sở Công Thương TP Cần Thơ: tổng mức bán lẻ quý I/2024 (ước), theo quận/huyện, siêu thị và cửa hàng tiện lợi, chợ.",
    "'Ngày đăng: 22/04/2024 | Lượt xem: 1.207'. 'Tính đến nay' = as of the dateline (start null).",
    "35.462 tỷ: change 11,3% + share 24,1% of the plan; four revenue parts after 'Trong đó' (total 35.462 tỷ), all under the",
    "'ước đạt' of their clause chain (estimate). District list: subject = the indicator, district = location; no 'ước' there: actual.",
    "'103 chợ (trong đó 9, 13, 81 …)' parts with total 103. 'khoảng 18%' is a share with no base amount: a percent figure.",
    "Distractors: 'Phiên chợ hàng Việt lần thứ 3', 'số 21 đường Hòa Bình', phone 0292.3820.155, 'hạng I/II/III', counter.",
    "revised: subjects of 31 siêu thị / 6 trung tâm thương mại lose 'trên địa bàn thành phố' (place → location).",
]

emit("p317-3", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Cần Thơ")
