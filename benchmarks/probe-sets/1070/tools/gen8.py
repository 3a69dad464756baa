"""p1070-8: Báo Bình Thuận online, headline figure and '(BTO) -' tag (10/03/2025)."""
from lib import F, P, C, write

TEXT = """Báo Bình Thuận điện tử
Kinh tế › Nông nghiệp
Bình Thuận: Hơn 52 km bờ biển bị sạt lở
Cập nhật lúc 07:50, Thứ hai, 10/03/2025

(BTO) - Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tỉnh có 192 km bờ biển, hiện có khoảng 52,6 km đang bị sạt lở ở các mức độ khác nhau, tăng 8,4 km so với năm 2022. Trong đó, chiều dài sạt lở đặc biệt nguy hiểm và sạt lở nguy hiểm lần lượt là 9,2 km và 18,7 km. Bình Thuận đứng thứ 3 khu vực Nam Trung Bộ về chiều dài bờ biển bị sạt lở.

Các điểm sạt lở tập trung tại thành phố Phan Thiết (12,4 km), thị xã La Gi (9,8 km), huyện Tuy Phong (11,3 km) và huyện Hàm Tân (7,5 km). Tại khu vực Đồi Dương - Thương Chánh (Phan Thiết), bờ biển bị xâm thực trung bình 5-7 m/năm, nhiều đoạn kè tạm bằng bao cát đã hư hỏng.

Từ năm 2016 đến nay, tỉnh đã đầu tư 14 công trình kè bảo vệ bờ biển với tổng chiều dài gần 21 km, tổng vốn khoảng 1.650 tỷ đồng, trong đó vốn Trung ương chiếm 68%. Năm 2024, tỉnh giải ngân 214 tỷ đồng cho các dự án kè, đạt 91,5% kế hoạch, cao gấp 1,4 lần năm 2023. Dự án kè Đồi Dương giai đoạn 2 đã hoàn thành 1,1 km, góp phần bảo vệ khu du lịch và tuyến đường ĐT.706B.

Năm 2025, tỉnh dự kiến khởi công 3 dự án kè mới tại Tuy Phong, La Gi và Hàm Tân với tổng mức đầu tư 780 tỷ đồng; đồng thời phấn đấu trồng mới 35 ha rừng phòng hộ ven biển, nâng tỷ lệ chiều dài bờ biển sạt lở nguy hiểm được xử lý lên 55%.

HỮU TRI
"""

SINCE = P("Từ năm 2016 đến nay", "2016-01-01", "2025-03-10")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "chiều dài bờ biển sạt lở"

FIGS = [
    F("Hơn 52 km", "52", 52, "measure", "km", "bờ biển bị sạt lở", approx="over"),
    F("có 192 km", "192", 192, "measure", "km", "bờ biển"),
    F("khoảng 52,6 km", "52,6", 52.6, "measure", "km", "bờ biển đang bị sạt lở", approx="about",
      change=C("increase", 8.4, "km", "năm 2022")),
    F("là 9,2 km", "9,2", 9.2, "measure", "km", "chiều dài sạt lở đặc biệt nguy hiểm", total=52.6),
    F("và 18,7 km", "18,7", 18.7, "measure", "km", "chiều dài sạt lở nguy hiểm", total=52.6),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "chiều dài bờ biển bị sạt lở khu vực Nam Trung Bộ"),
    F("Phan Thiết (12,4 km)", "12,4", 12.4, "measure", "km", LIST, location="Phan Thiết"),
    F("La Gi (9,8 km)", "9,8", 9.8, "measure", "km", LIST, location="La Gi"),
    F("Tuy Phong (11,3 km)", "11,3", 11.3, "measure", "km", LIST, location="Tuy Phong"),
    F("Hàm Tân (7,5 km)", "7,5", 7.5, "measure", "km", LIST, location="Hàm Tân"),
    F("trung bình 5-7 m/năm", "5", 5, "measure", "m/năm", "tốc độ xâm thực bờ biển trung bình", value_max=7,
      location="Phan Thiết"),
    F("đầu tư 14 công trình", "14", 14, "count", "công trình", "công trình kè bảo vệ bờ biển", period=SINCE),
    F("gần 21 km", "21", 21, "measure", "km", "tổng chiều dài kè bảo vệ bờ biển", approx="nearly", period=SINCE),
    F("khoảng 1.650 tỷ đồng", "1.650", 1.65e12, "money", "đồng", "tổng vốn đầu tư kè bảo vệ bờ biển", approx="about",
      period=SINCE),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng vốn Trung ương trong tổng vốn", period=SINCE),
    F("giải ngân 214 tỷ đồng", "214", 214e9, "money", "đồng", "vốn giải ngân cho các dự án kè", percent=91.5,
      change=C("increase", 1.4, "lần", "năm 2023"), period=Y24),
    F("hoàn thành 1,1 km", "1,1", 1.1, "measure", "km", "kè Đồi Dương giai đoạn 2 đã hoàn thành",
      location="Phan Thiết"),
    F("khởi công 3 dự án", "3", 3, "count", "dự án", "dự án kè mới khởi công", status="forecast", period=Y25),
    F("tư 780 tỷ đồng", "780", 780e9, "money", "đồng", "tổng mức đầu tư dự án kè mới", status="forecast", period=Y25),
    F("trồng mới 35 ha", "35", 35, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target", period=Y25),
    F("lên 55%", "55", 55, "percent", "%", "tỷ lệ chiều dài bờ biển sạt lở nguy hiểm được xử lý", status="target",
      period=Y25),
]

NOTES = [
    "Báo Bình Thuận online (invented): headline figure, 'Cập nhật lúc 07:50, Thứ hai, 10/03/2025' gives published; '(BTO)' tag.",
    "Not figures: 'Dự án kè Đồi Dương giai đoạn 2' (a name), 'ĐT.706B' (a road), '07:50', 'Thứ hai', 'năm 2022/2023' baselines.",
    "The text says 'tỉnh' but the headline names Bình Thuận. '9,2 km và 18,7 km' after 'Trong đó ... lần lượt' are parts of 52,6 km.",
    "The district list ('tập trung tại ...') shares the indicator, places to location; the items do not add up to 52,6: no total.",
    "'trong đó vốn Trung ương chiếm 68%' is a share of the 1.650 tỷ whole for another subject: a percent figure of its own.",
    "'đạt 91,5% kế hoạch, cao gấp 1,4 lần năm 2023' -> percent 91.5 and change +1.4 lần of 214 tỷ.",
    "'dự kiến' governs the first clause (forecast); 'phấn đấu' after ';' governs 35 ha and 55% (target). 'hiện' gives no period.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-03-10", location="Bình Thuận")
