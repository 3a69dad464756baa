"""p953-1: Nghệ An province portal, chuẩn hóa thông tin thuê bao di động (tính đến 31/3/2023)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Thông tin - Truyền thông
Nghệ An: Hơn 98% thuê bao di động đã được chuẩn hóa thông tin
Cập nhật: 22/04/2023 09:45 | Lượt xem: 2.316

Theo Sở Thông tin và Truyền thông, tính đến ngày 31/3/2023, trên địa bàn tỉnh có khoảng 3,86 triệu thuê bao di động đang hoạt động, trong đó 3,79 triệu thuê bao đã được chuẩn hóa thông tin, chiếm 98,2%. Số thuê bao chưa chuẩn hóa còn gần 70.000 thuê bao, giảm 81% so với đầu tháng 3/2023.

Thực hiện Thông tư số 08/2022/TT-BTTTT của Bộ Thông tin và Truyền thông, các doanh nghiệp viễn thông đã khóa 1 chiều 41.250 thuê bao và khóa 2 chiều 18.630 thuê bao không chuẩn hóa sau thời hạn; đồng thời thu hồi 5.410 số thuê bao. Viettel hiện là nhà mạng có nhiều thuê bao nhất với khoảng 2,2 triệu thuê bao, tiếp đến là VinaPhone (1,05 triệu thuê bao) và MobiFone (512.000 thuê bao).

Từ đầu năm đến nay, Thanh tra Sở đã phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Công an tỉnh) kiểm tra 126 điểm cung cấp dịch vụ viễn thông, phát hiện 17 điểm vi phạm, xử phạt tổng số tiền 312,5 triệu đồng. Các địa bàn có nhiều vi phạm là TP. Vinh (6 điểm), thị xã Hoàng Mai (4 điểm) và huyện Diễn Châu (3 điểm).

Toàn tỉnh hiện có 2.870 điểm cung cấp dịch vụ viễn thông, trong đó 1.420 điểm được phép phát triển thuê bao di động trả trước.

Năm 2023, Sở phấn đấu 100% thuê bao di động trên địa bàn được chuẩn hóa thông tin; kiểm tra ít nhất 200 lượt điểm bán SIM, thẻ cào. Người dân phát hiện điểm bán SIM kích hoạt sẵn có thể phản ánh qua đường dây nóng 0238.3599.888 hoặc đến trụ sở Sở tại số 16 Trường Thi, TP. Vinh.

Thu Hà - Sở TT&TT Nghệ An
"""

ASOF = P("tính đến ngày 31/3/2023", end="2023-03-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-04-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 98% thuê bao", "98", 98, "percent", "%", "thuê bao di động đã được chuẩn hóa thông tin", approx="over"),
    F("khoảng 3,86 triệu thuê bao", "3,86", 3860000, "count", "thuê bao", "thuê bao di động đang hoạt động",
      ASOF, approx="about"),
    F("3,79 triệu thuê bao đã", "3,79", 3790000, "count", "thuê bao", "thuê bao đã được chuẩn hóa thông tin",
      ASOF, total=3860000, percent=98.2),
    F("gần 70.000 thuê bao", "70.000", 70000, "count", "thuê bao", "thuê bao chưa chuẩn hóa", I(ASOF),
      approx="nearly", change=C("decrease", 81, "%", "đầu tháng 3/2023")),
    F("khóa 1 chiều 41.250 thuê bao", "41.250", 41250, "count", "thuê bao", "thuê bao bị khóa 1 chiều"),
    F("18.630 thuê bao", "18.630", 18630, "count", "thuê bao", "thuê bao bị khóa 2 chiều"),
    F("thu hồi 5.410 số thuê bao", "5.410", 5410, "count", "số thuê bao", "số thuê bao bị thu hồi"),
    F("khoảng 2,2 triệu thuê bao", "2,2", 2200000, "count", "thuê bao", "thuê bao của nhà mạng Viettel",
      approx="about"),
    F("VinaPhone (1,05 triệu thuê bao)", "1,05", 1050000, "count", "thuê bao", "thuê bao của nhà mạng VinaPhone"),
    F("MobiFone (512.000 thuê bao)", "512.000", 512000, "count", "thuê bao", "thuê bao của nhà mạng MobiFone"),
    F("kiểm tra 126 điểm", "126", 126, "count", "điểm cung cấp dịch vụ viễn thông",
      "điểm cung cấp dịch vụ viễn thông được kiểm tra", YTD),
    F("phát hiện 17 điểm vi phạm", "17", 17, "count", "điểm", "điểm vi phạm", YTD),
    F("tổng số tiền 312,5 triệu đồng", "312,5", 312500000, "money", "đồng", "tổng số tiền xử phạt", YTD),
    F("TP. Vinh (6 điểm)", "6", 6, "count", "điểm", "điểm vi phạm", I(YTD), location="Vinh"),
    F("Hoàng Mai (4 điểm)", "4", 4, "count", "điểm", "điểm vi phạm", I(YTD), location="Hoàng Mai"),
    F("Diễn Châu (3 điểm)", "3", 3, "count", "điểm", "điểm vi phạm", I(YTD), location="Diễn Châu"),
    F("có 2.870 điểm", "2.870", 2870, "count", "điểm cung cấp dịch vụ viễn thông",
      "điểm cung cấp dịch vụ viễn thông"),
    F("1.420 điểm được phép", "1.420", 1420, "count", "điểm",
      "điểm được phép phát triển thuê bao di động trả trước", total=2870),
    F("phấn đấu 100% thuê bao", "100", 100, "percent", "%", "thuê bao di động được chuẩn hóa thông tin", Y23,
      status="target"),
    F("ít nhất 200 lượt", "200", 200, "count", "lượt", "lượt kiểm tra điểm bán SIM, thẻ cào", Y23,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Nghệ An: chuẩn hóa thông tin thuê bao di động tính đến 31/3/2023, khóa/thu hồi, kiểm tra điểm bán.",
    "Not figures: 'Lượt xem: 2.316', 'khóa 1 chiều', 'khóa 2 chiều', 'Thông tư số 08/2022/TT-BTTTT', hotline, 'số 16 Trường Thi'.",
    "Network list (Viettel, VinaPhone, MobiFone) shares the indicator 'thuê bao'; networks are not places. No total: no part-of cue.",
    "17 điểm vi phạm after 'kiểm tra 126 điểm' has no part-of cue: no total. District list (6+4+3 != 17): no total.",
]

write("p953-1", TEXT, FIGS, NOTES, published="2023-04-22", location="Nghệ An")
