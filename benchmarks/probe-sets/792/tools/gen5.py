"""p792-5: Báo Quảng Ninh (Party/provincial paper), caves of vịnh Hạ Long, 2024; byline + bare date at the end."""
from lib import F, P, I, C, T, write_set

TEXT = """Hang động vịnh Hạ Long: Hút khách đi đôi với bảo tồn

Từ đầu năm đến nay, các hang động trên vịnh Hạ Long đã đón hơn 2,7 triệu lượt khách tham quan, chiếm khoảng 85% tổng lượt khách đến vịnh. Trong đó, hang Sửng Sốt đón nhiều khách nhất với 1,12 triệu lượt; động Thiên Cung 640 nghìn lượt; hang Đầu Gỗ 415 nghìn lượt; hang Luồn 290 nghìn lượt.

Theo Ban Quản lý vịnh Hạ Long, tính đến 31/10, doanh thu phí tham quan vịnh đạt 1.052 tỷ đồng, tăng 9,8% so với cùng kỳ, bằng 92% dự toán năm. Giá vé tham quan tuyến 1 và tuyến 2 hiện là 290.000 đồng/người. Khách được đón tại Cảng tàu khách quốc tế Tuần Châu và bến tàu số 2 Hòn Gai.

Để bảo vệ hệ thống hang động, năm 2024 Ban Quản lý đầu tư 18,6 tỷ đồng thay thế hệ thống chiếu sáng tại 4 hang bằng đèn LED, giúp giảm khoảng 60% điện năng tiêu thụ và hạn chế rêu tảo bám trên thạch nhũ. Lực lượng vệ sinh môi trường đã thu gom hơn 1.500 tấn rác trên vịnh, trong đó khoảng 120 tấn tại khu vực các hang động. Hang Sửng Sốt được giới hạn không quá 3.000 khách cùng lúc trong lòng hang.

Ông Trần Minh Đức, Phó Trưởng Ban Quản lý vịnh Hạ Long cho biết, sau hơn 30 năm vịnh Hạ Long được UNESCO công nhận là Di sản thiên nhiên thế giới lần thứ nhất, hệ thống hang động vẫn giữ được giá trị nguyên vẹn. Đơn vị đang phối hợp với các chuyên gia khảo sát 7 hang động chưa khai thác để đánh giá khả năng mở tuyến mới.

Năm 2025, Quảng Ninh đặt mục tiêu đón 3,5 triệu lượt khách tham quan vịnh Hạ Long, trong đó khách quốc tế chiếm trên 50%; dự kiến mở thêm 1 tuyến tham quan mới kết nối hang Trinh Nữ với hang Bồ Nâu.

Hoàng Quỳnh
12/11/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-12")
OCT = P("tính đến 31/10", None, "2024-10-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LK = "lượt khách tham quan"

FIGS = [
    F("hơn 2,7 triệu lượt khách", "2,7", 2.7e6, "count", "lượt khách", "lượt khách tham quan các hang động trên vịnh Hạ Long",
      approx="over", percent=85, period=YTD),
    F("với 1,12 triệu lượt", "1,12", 1.12e6, "count", "lượt", LK + " hang Sửng Sốt", total=2.7e6, period=I(YTD)),
    F("Thiên Cung 640 nghìn lượt", "640", 640000, "count", "lượt", LK + " động Thiên Cung", total=2.7e6, period=I(YTD)),
    F("Đầu Gỗ 415 nghìn lượt", "415", 415000, "count", "lượt", LK + " hang Đầu Gỗ", total=2.7e6, period=I(YTD)),
    F("Luồn 290 nghìn lượt", "290", 290000, "count", "lượt", LK + " hang Luồn", total=2.7e6, period=I(YTD)),
    F("đạt 1.052 tỷ đồng", "1.052", 1052e9, "money", "đồng", "doanh thu phí tham quan vịnh",
      percent=92, change=C("increase", 9.8, baseline="cùng kỳ"), period=OCT),
    F("hiện là 290.000 đồng/người", "290.000", 290000, "money", "đồng/người", "giá vé tham quan tuyến 1 và tuyến 2"),
    F("đầu tư 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "đầu tư thay thế hệ thống chiếu sáng bằng đèn LED",
      period=Y24),
    F("tại 4 hang", "4", 4, "count", "hang", "hang được thay thế hệ thống chiếu sáng bằng đèn LED", period=Y24),
    F("giảm khoảng 60%", "60", 60, "percent", "%", "điện năng tiêu thụ giảm", approx="about", period=Y24),
    F("hơn 1.500 tấn rác", "1.500", 1500, "measure", "tấn", "rác thu gom trên vịnh", approx="over", period=I(Y24)),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", "rác thu gom tại khu vực các hang động", approx="about",
      total=1500, period=I(Y24)),
    F("không quá 3.000 khách", "3.000", 3000, "count", "khách", "khách cùng lúc trong lòng hang Sửng Sốt",
      approx="at_most"),
    F("hơn 30 năm", "30", 30, "measure", "năm", "thời gian từ khi vịnh Hạ Long được UNESCO công nhận", approx="over",
      optional=True),
    F("khảo sát 7 hang động", "7", 7, "count", "hang động", "hang động chưa khai thác được khảo sát"),
    F("đón 3,5 triệu lượt khách", "3,5", 3.5e6, "count", "lượt khách", "lượt khách tham quan vịnh Hạ Long",
      status="target", period=Y25),
    F("chiếm trên 50%", "50", 50, "percent", "%", "khách quốc tế trong tổng lượt khách", approx="over",
      status="target", period=Y25),
    F("thêm 1 tuyến", "1", 1, "count", "tuyến", "tuyến tham quan mới", status="forecast", period=Y25),
]

NOTES = [
    "Báo Quảng Ninh: hang động vịnh Hạ Long, 2024; byline 'Hoàng Quỳnh' and bare date 12/11/2024 at the end (published).",
    "'tính đến 31/10' has no year: nothing dated stands before it, so the year of published (2024); as-of: start null.",
    "'1.052 tỷ đồng, tăng 9,8% so với cùng kỳ, bằng 92% dự toán năm': one change and one share, both attributes.",
    "The cave list after 'Trong đó' are parts of the 2,7 triệu (total) although they do not add up to it.",
    "'trong đó khách quốc tế chiếm trên 50%' is a share of another whole: a percent figure of its own (target).",
    "Distractors: tuyến 1, tuyến 2, bến tàu số 2, lần thứ nhất. 'hơn 30 năm' since the UNESCO listing is a duration: optional.",
]

if __name__ == "__main__":
    write_set(5, TEXT, FIGS, NOTES, published="2024-11-12", location="Quảng Ninh")
