from lib import F, P, C, T, emit

TEXT = """BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Kinh tế | Du lịch

Quy Nhơn: Khách lưu trú quý III tăng hơn 11%
HOÀI THU 07:35, 20/10/2024

(BĐ) - Quý III/2024, các cơ sở lưu trú trên địa bàn TP Quy Nhơn phục vụ 1,42 triệu lượt khách, tăng 11,3% so với cùng kỳ năm 2023, với khoảng 2,98 triệu ngày khách. Công suất sử dụng phòng bình quân đạt 72,4%, trong đó tháng 7 đạt cao nhất với 84,6%. Thời gian lưu trú bình quân đạt 2,1 ngày/khách, cao hơn 0,2 ngày so với cùng kỳ.

Giá phòng tại các khách sạn 4-5 sao ven biển Quy Nhơn dao động từ 1,8 đến 4,5 triệu đồng/đêm; khách sạn 1-2 sao, nhà nghỉ từ 350.000 đến 700.000 đồng/đêm. Theo một nền tảng đặt phòng trực tuyến, Quy Nhơn hiện đứng thứ 2 trong các điểm đến biển được khách nội địa tìm kiếm nhiều nhất, chỉ sau Đà Nẵng.

Từ đầu năm đến nay, toàn tỉnh đón hơn 4,9 triệu lượt khách, đạt 89% kế hoạch năm; doanh thu du lịch ước đạt 12.650 tỷ đồng, tăng 16,4% so với cùng kỳ. Tính đến cuối tháng 9, toàn tỉnh có 812 cơ sở lưu trú với 14.380 phòng, tăng 27 cơ sở so với cuối năm 2023; riêng thị xã Hoài Nhơn có thêm 6 khách sạn ven biển.

Theo Sở Du lịch, thực hiện Nghị quyết số 05-NQ/TU ngày 20/4/2021 của Ban Thường vụ Tỉnh ủy, năm 2024 ngành phấn đấu đón 5,5 triệu lượt khách, công suất phòng bình quân từ 65 đến 70%. Các cơ sở lưu trú được yêu cầu niêm yết công khai giá phòng, không tăng giá đột biến trong mùa cao điểm.

Tin liên quan:
- Bình Định đón 2 chuyến tàu biển quốc tế cuối năm
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-20")
ASOF = P("Tính đến cuối tháng 9", None, "2024-09-30")
ASOFi = P("Tính đến cuối tháng 9", None, "2024-09-30", inherited=True)
Y4 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tăng hơn 11%", "11", 11, "percent", "%", "khách lưu trú quý III", approx="over", location="Quy Nhơn",
      period=P("quý III", "2024-07-01", "2024-09-30")),
    F("phục vụ 1,42 triệu lượt khách", "1,42", 1420000, "count", "lượt khách", "lượt khách cơ sở lưu trú phục vụ",
      change=C("increase", 11.3, "%", "cùng kỳ năm 2023"), location="Quy Nhơn", period=Q3),
    F("khoảng 2,98 triệu ngày khách", "2,98", 2980000, "count", "ngày khách", "ngày khách", approx="about",
      location="Quy Nhơn", period=Q3),
    F("đạt 72,4%", "72,4", 72.4, "percent", "%", "công suất sử dụng phòng bình quân", location="Quy Nhơn",
      period=Q3i),
    F("với 84,6%", "84,6", 84.6, "percent", "%", "công suất sử dụng phòng tháng 7", location="Quy Nhơn",
      period=P("tháng 7", "2024-07-01", "2024-07-31")),
    F("đạt 2,1 ngày/khách", "2,1", 2.1, "measure", "ngày/khách", "thời gian lưu trú bình quân",
      change=C("increase", 0.2, "ngày", "cùng kỳ"), location="Quy Nhơn", period=Q3i),
    F("từ 1,8 đến 4,5 triệu", "1,8", 1800000, "money", "đồng/đêm", "giá phòng tại các khách sạn 4-5 sao ven biển",
      value_max=4500000, location="Quy Nhơn"),
    F("từ 350.000 đến", "350.000", 350000, "money", "đồng/đêm", "giá phòng khách sạn 1-2 sao, nhà nghỉ",
      value_max=700000, location="Quy Nhơn"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "điểm đến biển được khách nội địa tìm kiếm nhiều nhất",
      location="Quy Nhơn"),
    F("hơn 4,9 triệu lượt khách", "4,9", 4900000, "count", "lượt khách", "lượt khách toàn tỉnh đón",
      approx="over", percent=89, period=YTD),
    F("ước đạt 12.650 tỷ đồng", "12.650", 12650000000000, "money", "đồng", "doanh thu du lịch",
      status="estimate", change=C("increase", 16.4, "%", "cùng kỳ"), period=YTD),
    F("có 812 cơ sở lưu trú", "812", 812, "count", "cơ sở lưu trú", "cơ sở lưu trú",
      change=C("increase", 27, "cơ sở", "cuối năm 2023"), period=ASOF),
    F("với 14.380 phòng", "14.380", 14380, "count", "phòng", "phòng của cơ sở lưu trú", period=ASOF),
    F("thêm 6 khách sạn", "6", 6, "count", "khách sạn", "khách sạn ven biển có thêm", location="Hoài Nhơn",
      period=ASOFi),
    F("đón 5,5 triệu lượt khách", "5,5", 5500000, "count", "lượt khách", "lượt khách", status="target", period=Y4),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "công suất phòng bình quân", value_max=70, status="target",
      period=Y4),
    F("đón 2 chuyến tàu biển", "2", 2, "count", "chuyến tàu biển quốc tế", "chuyến tàu biển quốc tế",
      optional=True),
]

COMMENTS = """
Party newspaper (Báo Bình Định): Quy Nhơn quý III/2024 — lượt khách, ngày khách, công suất phòng, giá phòng; toàn tỉnh từ đầu năm; 2024 targets.
Byline + dateline "HOÀI THU 07:35, 20/10/2024"; "(BĐ)" tag implies Bình Định. Headline "tăng hơn 11%" is a growth rate as the claim (percent,
no change). Distractors: star classes "4-5 sao", "1-2 sao", "Nghị quyết số 05-NQ/TU ngày 20/4/2021", the related-news line "2 chuyến tàu"
is another article's title (page furniture, but a stated fact): optional.
"tăng 27 cơ sở so với cuối năm 2023" counts cơ sở: the change of 812 cơ sở lưu trú, not of 14.380 phòng standing between them.
"Từ đầu năm đến nay" runs to the dateline (2024-10-20). "tháng 7", "quý III" take 2024 from the earlier "Quý III/2024"/dateline.
"""

emit(4, COMMENTS, TEXT, FIGS, published="2024-10-20", location="Bình Định")
