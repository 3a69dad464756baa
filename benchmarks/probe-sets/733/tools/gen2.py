import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU
Trang chủ / Tin tức - Sự kiện / Kinh tế - Đô thị
Ngày đăng: 22/03/2024

Sau một năm thí điểm, xe đạp công cộng Hải Châu đạt gần 310 nghìn lượt thuê

Từ tháng 3/2023 đến tháng 2/2024, hệ thống xe đạp công cộng thí điểm trên địa bàn quận Hải Châu đã phục vụ 308.540 lượt thuê, bình quân 845 lượt/ngày.

Hiện quận có 26 trạm với 260 xe, đặt tại 11/13 phường; nhiều nhất là phường Thạch Thang (5 trạm), Hải Châu I (4 trạm) và Phước Ninh (3 trạm). Trạm có lượt thuê cao nhất là trạm Công viên APEC trên đường 2 Tháng 9 với 41.276 lượt, chiếm 13,4% tổng lượt thuê của quận.

Trong tổng số lượt thuê, người dân địa phương chiếm khoảng 58%, khách du lịch chiếm 42%; khung giờ từ 17h00 đến 21h00 là thời điểm đông khách nhất.

Đến nay, đã có 9.860 thẻ thành viên được phát hành, trong đó có 2.150 thẻ tháng và 7.710 thẻ trả trước. Tổng doanh thu sau một năm thí điểm đạt hơn 1,35 tỷ đồng. Giá thuê là 5.000 đồng/30 phút đầu, sau đó tính thêm 3.000 đồng/15 phút.

Kế hoạch năm 2024, quận sẽ phối hợp với Sở Giao thông vận tải bổ sung 14 trạm, nâng tổng số lên 40 trạm, phủ kín 13/13 phường; dự kiến lượt thuê tăng từ 30 đến 40% so với năm thí điểm.

Thông tin liên hệ: Phòng Quản lý đô thị quận Hải Châu, số 270 Trần Phú; điện thoại: 0236.3822.215.
"""

PIL = P("Từ tháng 3/2023 đến tháng 2/2024", "2023-03-01", "2024-02-29")
NOW = P("Đến nay", None, "2024-03-22")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 310 nghìn lượt thuê", "310", 310000, "count", "lượt thuê", "lượt thuê xe đạp công cộng", I(PIL), approx="nearly"),
    F("phục vụ 308.540 lượt thuê", "308.540", 308540, "count", "lượt thuê", "lượt thuê xe đạp công cộng thí điểm", PIL),
    F("bình quân 845 lượt/ngày", "845", 845, "measure", "lượt/ngày", "lượt thuê bình quân", PIL),
    F("có 26 trạm", "26", 26, "count", "trạm", "trạm xe đạp công cộng"),
    F("với 260 xe", "260", 260, "count", "xe", "xe đạp công cộng"),
    F("11/13 phường", "11", 11, "count", "phường", "phường có trạm xe đạp công cộng", total=13),
    F("(5 trạm)", "5", 5, "count", "trạm", "trạm xe đạp công cộng phường Thạch Thang"),
    F("(4 trạm)", "4", 4, "count", "trạm", "trạm xe đạp công cộng phường Hải Châu I"),
    F("(3 trạm)", "3", 3, "count", "trạm", "trạm xe đạp công cộng phường Phước Ninh"),
    F("với 41.276 lượt", "41.276", 41276, "count", "lượt", "lượt thuê trạm Công viên APEC", I(PIL), percent=13.4),
    F("khoảng 58%", "58", 58, "percent", "%", "tỷ lệ lượt thuê của người dân địa phương", I(PIL), approx="about"),
    F("chiếm 42%", "42", 42, "percent", "%", "tỷ lệ lượt thuê của khách du lịch", I(PIL)),
    F("có 9.860 thẻ", "9.860", 9860, "count", "thẻ thành viên", "thẻ thành viên được phát hành", NOW),
    F("có 2.150 thẻ", "2.150", 2150, "count", "thẻ tháng", "thẻ tháng", NOW, total=9860),
    F("và 7.710 thẻ", "7.710", 7710, "count", "thẻ trả trước", "thẻ trả trước", NOW, total=9860),
    F("hơn 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng doanh thu sau một năm thí điểm", I(PIL), approx="over"),
    F("là 5.000 đồng/30 phút", "5.000", 5000, "money", "đồng/30 phút", "giá thuê 30 phút đầu"),
    F("thêm 3.000 đồng/15 phút", "3.000", 3000, "money", "đồng/15 phút", "giá thuê tính thêm"),
    F("bổ sung 14 trạm", "14", 14, "count", "trạm", "trạm bổ sung", Y24, status="target"),
    F("lên 40 trạm", "40", 40, "count", "trạm", "tổng số trạm", Y24, status="target"),
    F("13/13 phường", "13", 13, "count", "phường", "phường có trạm xe đạp công cộng", Y24, total=13, status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "lượt thuê", Y24, value_max=40, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT quận Hải Châu (Đà Nẵng), district portal: một năm thí điểm xe đạp công cộng (3/2023–2/2024) — lượt thuê, trạm, thẻ, giá, kế hoạch 2024.",
    "Dateline 'Ngày đăng: 22/03/2024'. Not figures: 'Sau một năm thí điểm' (duration), 'đường 2 Tháng 9', '17h00 đến 21h00' (times),",
    "'số 270 Trần Phú', phone '0236.3822.215', '/30 phút', '/15 phút' denominators; 'Hải Châu I' is a ward name.",
    "Location: district 'Hải Châu' for every figure; ward items in brackets keep the district as location and name the ward in the subject",
    "(FIGURES.md: location is 'the province, city or district the figure describes'; a ward is below that).",
    "revised: ward items first had the ward as location; changed to Hải Châu + ward in subject (re-reading the location definition).",
    "revised: subject of the forecast growth rate 'từ 30 đến 40%' is the indicator 'lượt thuê' (was 'lượt thuê tăng so với năm thí điểm').",
    "11/13 and 13/13 phường take 13 as total; the ward brackets add to 12 ≠ 26, so no total. 'Đến nay' = as-of the dateline.",
    "'Kế hoạch năm 2024, quận sẽ …' → target; '; dự kiến lượt thuê tăng từ 30 đến 40%' → forecast, a rate as the claim (no change).",
]

if __name__ == "__main__":
    emit("p733-2", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Hải Châu")
