"""p1119-8: provincial newspaper online (Báo Quảng Bình, QBĐT): Vườn quốc gia Phong Nha-Kẻ Bàng, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Phong Nha-Kẻ Bàng: Hơn 4.200 bẫy thú bị tháo gỡ trong 9 tháng

Cập nhật lúc 16:05, Thứ Hai, 07/10/2024

(QBĐT) - 9 tháng đầu năm, Vườn quốc gia Phong Nha-Kẻ Bàng đã tổ chức 1.874 lượt tuần tra, truy quét, đạt 78% kế hoạch năm; tháo gỡ, thu hủy 4.263 bẫy thú các loại, trong đó hơn 3.900 bẫy dây phanh; phá hủy 37 lán trại, thu giữ 12 khẩu súng tự chế.

Vườn hiện quản lý 123.326 ha rừng đặc dụng với 16 trạm kiểm lâm, 157 cán bộ, kiểm lâm viên và 29 tổ tuần tra cộng đồng ở các xã vùng đệm. Cả năm 2024, Vườn phấn đấu đạt 2.400 lượt tuần tra; ước số bẫy tháo gỡ cả năm khoảng 5.500 bẫy.

Quý III, lực lượng kiểm lâm của Vườn phát hiện 18 vụ vi phạm, tăng 5 vụ so với quý II; xử phạt hành chính 14 vụ với số tiền 96 triệu đồng. Trung tâm Cứu hộ động vật của Vườn từ đầu năm đến nay đã tiếp nhận 52 cá thể, thả về tự nhiên 38 cá thể, trong đó có 8 cá thể voọc Hà Tĩnh và 3 cá thể sơn dương.

Tổ tuần tra cộng đồng bản Rào Con, xã Thượng Trạch (huyện Bố Trạch) có 8 thành viên là người Bru - Vân Kiều. Từ đầu năm, tổ đã tham gia 46 chuyến tuần tra, gỡ 312 bẫy; mỗi chuyến kéo dài 2-3 ngày, mỗi thành viên được hỗ trợ 200.000 đồng/ngày. Trưởng bản Hồ Văn Khăm cho biết, trước đây nhiều hộ sống nhờ săn bẫy, nay 100% hộ trong bản đã cam kết không đặt bẫy.

Theo lãnh đạo Vườn, mùa mưa từ tháng 10 đến tháng 12 là thời điểm các đối tượng vào rừng đặt bẫy nhiều nhất; Vườn dự kiến huy động khoảng 300 lượt người tham gia các đợt truy quét cao điểm trong quý IV.

HẢI YẾN
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("Cả năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Quý III", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YTD2 = P("Từ đầu năm", "2024-01-01", "2024-10-07")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
BT = "Bố Trạch"

FIGS = [
    F("Hơn 4.200 bẫy", "4.200", 4200, "count", "bẫy thú", approx="over",
      subject="bẫy thú tháo gỡ tại Phong Nha-Kẻ Bàng", period=HEAD),
    F("tổ chức 1.874 lượt", "1.874", 1874, "count", "lượt tuần tra", percent=78,
      subject="lượt tuần tra, truy quét", period=N9),
    F("thu hủy 4.263 bẫy", "4.263", 4263, "count", "bẫy thú", subject="bẫy thú các loại tháo gỡ, thu hủy", period=N9),
    F("hơn 3.900 bẫy", "3.900", 3900, "count", "bẫy dây phanh", approx="over", total=4263,
      subject="bẫy dây phanh tháo gỡ, thu hủy", period=N9),
    F("phá hủy 37 lán", "37", 37, "count", "lán trại", subject="lán trại phá hủy", period=N9),
    F("thu giữ 12 khẩu", "12", 12, "count", "khẩu súng", subject="súng tự chế thu giữ", period=N9),
    F("quản lý 123.326 ha", "123.326", 123326, "measure", "ha", subject="diện tích rừng đặc dụng Vườn quản lý"),
    F("với 16 trạm", "16", 16, "count", "trạm kiểm lâm", subject="trạm kiểm lâm"),
    F("157 cán bộ", "157", 157, "count", "cán bộ, kiểm lâm viên", subject="cán bộ, kiểm lâm viên"),
    F("và 29 tổ", "29", 29, "count", "tổ tuần tra cộng đồng", subject="tổ tuần tra cộng đồng ở các xã vùng đệm"),
    F("đạt 2.400 lượt", "2.400", 2400, "count", "lượt tuần tra", status="target",
      subject="lượt tuần tra", period=Y24),
    F("khoảng 5.500 bẫy", "5.500", 5500, "count", "bẫy", approx="about", status="estimate",
      subject="bẫy tháo gỡ cả năm", period=Y24),
    F("phát hiện 18 vụ", "18", 18, "count", "vụ vi phạm", change=C("increase", 5, "vụ", "quý II"),
      subject="vụ vi phạm phát hiện", period=Q3),
    F("hành chính 14 vụ", "14", 14, "count", "vụ", subject="vụ xử phạt hành chính", period=Q3),
    F("96 triệu", "96", 96000000, "money", "đồng", subject="số tiền xử phạt hành chính", period=Q3),
    F("tiếp nhận 52 cá thể", "52", 52, "count", "cá thể", subject="cá thể Trung tâm Cứu hộ động vật tiếp nhận",
      period=YTD),
    F("nhiên 38 cá thể", "38", 38, "count", "cá thể", subject="cá thể thả về tự nhiên", period=YTD),
    F("có 8 cá thể", "8", 8, "count", "cá thể", total=38, subject="voọc Hà Tĩnh thả về tự nhiên", period=YTD),
    F("3 cá thể sơn dương", "3", 3, "count", "cá thể", total=38, subject="sơn dương thả về tự nhiên", period=YTD),
    F("có 8 thành viên", "8", 8, "count", "thành viên", subject="thành viên tổ tuần tra cộng đồng bản Rào Con",
      location=BT),
    F("tham gia 46 chuyến", "46", 46, "count", "chuyến tuần tra", subject="chuyến tuần tra tổ tham gia",
      period=YTD2, location=BT),
    F("gỡ 312 bẫy", "312", 312, "count", "bẫy", subject="bẫy tổ tuần tra bản Rào Con gỡ", period=YTD2, location=BT),
    F("kéo dài 2-3 ngày", "2", 2, "measure", "ngày/chuyến", value_max=3, subject="thời gian mỗi chuyến tuần tra",
      location=BT),
    F("200.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày", subject="hỗ trợ cho mỗi thành viên tổ tuần tra",
      location=BT),
    F("nay 100% hộ", "100", 100, "percent", "%", subject="tỷ lệ hộ trong bản cam kết không đặt bẫy", location=BT),
    F("khoảng 300 lượt người", "300", 300, "count", "lượt người", approx="about", status="forecast",
      subject="lượt người tham gia các đợt truy quét cao điểm", period=Q4),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật lúc 16:05, Thứ Hai, 07/10/2024', tag '(QBĐT) -', byline at the end.",
    "Distractors: time 16:05, 'từ tháng 10 đến tháng 12' (a season), 'voọc Hà Tĩnh' (a species: the province in its name is not a place).",
    "Year-less '9 tháng đầu năm', 'Quý III', 'quý II', 'quý IV', 'từ đầu năm đến nay' take 2024 from the dateline.",
    "'đạt 78% kế hoạch năm' → percent of 1.874. 'trong đó hơn 3.900 bẫy dây phanh' → total 4.263. 'tăng 5 vụ so với quý II' → change.",
    "'phấn đấu' → target, '; ước … khoảng 5.500' → estimate. 14 vụ has no total cue. 8 + 3 of 38 after 'trong đó có' → total 38.",
    "Portrait of the team of bản Rào Con (huyện Bố Trạch): its figures get location Bố Trạch, also in the following sentences.",
    "'mỗi chuyến kéo dài 2-3 ngày' is a rate (ngày/chuyến). 'Vườn hiện …' figures: no period.",
]

if __name__ == "__main__":
    write("p1119-8", TEXT, NOTES, FIGS, published="2024-10-07", location="Quảng Bình")
