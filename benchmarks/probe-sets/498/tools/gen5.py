"""p498-5: Party newspaper (Báo An Giang) — flood season on the upper Mekong, September 2024."""
from lib import F, P, I, CH, emit

TEXT = """BÁO AN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH AN GIANG
Kinh tế > Nông nghiệp

Nước đầu nguồn lên nhanh, đỉnh lũ tại Tân Châu dự báo 3,4 m

Theo Đài Khí tượng Thủy văn An Giang, đến 7 giờ ngày 20/9/2024, mực nước trên sông Tiền tại Tân Châu đạt 3,12 m, cao hơn cùng kỳ năm 2023 là 0,56 m, thấp hơn trung bình nhiều năm 0,38 m; trên sông Hậu tại Châu Đốc đạt 2,86 m, tăng 4 cm so với ngày hôm trước.

Trong tuần qua, mực nước tại Tân Châu lên trung bình 5-7 cm/ngày. Dự báo đỉnh lũ năm 2024 tại Tân Châu ở mức 3,3-3,5 m, thấp hơn báo động 1 từ 0,5 đến 0,7 m; tại Châu Đốc ở mức 3,0-3,2 m. Như vậy, năm nay tiếp tục là năm lũ nhỏ, lượng phù sa về đồng ruộng chỉ bằng khoảng 60% so với những năm lũ lớn.

Vụ lúa Thu Đông năm 2024, toàn tỉnh xuống giống 54.680 ha trong vùng đê bao an toàn, đạt 108% kế hoạch; trong đó huyện Thoại Sơn 12.450 ha, Châu Thành 9.800 ha, Tri Tôn 8.120 ha. Ngành nông nghiệp khuyến cáo nông dân thu hoạch dứt điểm 2.300 ha lúa Hè Thu còn lại ở vùng ngoài đê trước ngày 30/9.

Năm nay, tỉnh phát triển 6.500 ha mô hình sinh kế mùa nước nổi như nuôi cá đồng, trồng sen, điên điển, cho lợi nhuận bình quân 35-40 triệu đồng/ha, cao gấp 1,5 lần so với trồng lúa. Toàn tỉnh có 1.250 hộ tham gia khai thác thủy sản mùa lũ, mỗi hộ thu nhập từ 200.000 đến 500.000 đồng/ngày.

Phó Giám đốc Sở NN&PTNT Trần Văn Tám cho biết, Sở đã bố trí 14 trạm bơm điện dọc Quốc lộ 91 để sẵn sàng tiêu úng khi lũ kết hợp triều cường.

HỮU HUY
20/09/2024
"""

ASOF = P("đến 7 giờ ngày 20/9/2024", None, "2024-09-20")
Y = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("dự báo 3,4 m", "3,4", 3.4, "measure", "m", "đỉnh lũ", I(Y), status="forecast", location="Tân Châu"),
    F("đạt 3,12 m", "3,12", 3.12, "measure", "m", "mực nước trên sông Tiền", ASOF, location="Tân Châu",
      change=CH("increase", 0.56, "m", "cùng kỳ năm 2023")),
    F("nhiều năm 0,38 m", "0,38", 0.38, "measure", "m", "mực nước trên sông Tiền thấp hơn trung bình nhiều năm", ASOF,
      location="Tân Châu", optional=True),
    F("đạt 2,86 m", "2,86", 2.86, "measure", "m", "mực nước trên sông Hậu", ASOF, location="Châu Đốc",
      change=CH("increase", 4, "cm", "ngày hôm trước")),
    F("trung bình 5-7 cm/ngày", "5", 5, "measure", "cm/ngày", "mực nước lên trung bình", value_max=7, location="Tân Châu"),
    F("mức 3,3-3,5 m", "3,3", 3.3, "measure", "m", "đỉnh lũ năm 2024", Y, value_max=3.5, status="forecast",
      location="Tân Châu", change=CH("decrease", 0.5, "m", "báo động 1")),
    F("mức 3,0-3,2 m", "3,0", 3.0, "measure", "m", "đỉnh lũ năm 2024", Y, value_max=3.2, status="forecast",
      location="Châu Đốc"),
    F("khoảng 60%", "60", 60, "percent", "%", "lượng phù sa về đồng ruộng so với những năm lũ lớn",
      P("năm nay", "2024-01-01", "2024-12-31"), approx="about"),
    F("xuống giống 54.680 ha", "54.680", 54680, "measure", "ha", "diện tích lúa Thu Đông xuống giống", Y, percent=108),
    F("Thoại Sơn 12.450 ha", "12.450", 12450, "measure", "ha", "diện tích lúa Thu Đông xuống giống", Y, total=54680,
      location="Thoại Sơn"),
    F("Châu Thành 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích lúa Thu Đông xuống giống", Y, total=54680,
      location="Châu Thành"),
    F("Tri Tôn 8.120 ha", "8.120", 8120, "measure", "ha", "diện tích lúa Thu Đông xuống giống", Y, total=54680,
      location="Tri Tôn"),
    F("dứt điểm 2.300 ha", "2.300", 2300, "measure", "ha", "diện tích lúa Hè Thu còn lại ở vùng ngoài đê"),
    F("phát triển 6.500 ha", "6.500", 6500, "measure", "ha", "mô hình sinh kế mùa nước nổi",
      P("Năm nay", "2024-01-01", "2024-12-31")),
    F("bình quân 35-40 triệu", "35", 35_000_000, "money", "đồng/ha", "lợi nhuận bình quân mô hình sinh kế mùa nước nổi",
      P("Năm nay", "2024-01-01", "2024-12-31"), value_max=40_000_000, change=CH("increase", 1.5, "lần", "trồng lúa")),
    F("có 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ tham gia khai thác thủy sản mùa lũ"),
    F("từ 200.000 đến 500.000", "200.000", 200000, "money", "đồng/ngày", "thu nhập mỗi hộ khai thác thủy sản mùa lũ",
      value_max=500000),
    F("bố trí 14 trạm", "14", 14, "count", "trạm bơm điện", "trạm bơm điện sẵn sàng tiêu úng"),
]

COMMENTS = [
    "Báo An Giang (Party newspaper): flood levels at Tân Châu / Châu Đốc as of 7h 20/9/2024, 2024 peak forecast, Thu Đông rice, livelihoods.",
    "Byline and bare date at the end ('HỮU HUY' / '20/09/2024' → published). Distractors: 'báo động 1', '7 giờ', 'trước ngày 30/9',",
    "'Quốc lộ 91', the name 'Trần Văn Tám' (a number word inside a name is no figure).",
    "Tân Châu and Châu Đốc are district-level towns/cities: their readings take them as location; districts in the rice list likewise.",
    "3,12 m carries two changes: the first ('cao hơn cùng kỳ năm 2023 là 0,56 m') is the attribute, the second (0,38 m) optional.",
    "'tăng 4 cm so với ngày hôm trước' is the change of 2,86 m; 'cao gấp 1,5 lần so với trồng lúa' the change (lần) of the profit range.",
    "'thấp hơn báo động 1 từ 0,5 đến 0,7 m': change value 0,5 (a change has no upper end). 'Năm nay' = 2024 (dateline).",
    "'Trong tuần qua' cannot be dated: no period. '2.300 ha … trước ngày 30/9' is a deadline, not a period.",
]

if __name__ == "__main__":
    emit("p498-5", TEXT, COMMENTS, FIGS, published="2024-09-20", location="An Giang")
