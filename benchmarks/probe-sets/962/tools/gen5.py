"""p962-5: Báo An Giang (Party/provincial paper), Hòa Hảo Buddhist followers' charity, 10 months 2023; byline + bare date at the end."""
from lib import F, P, I, change, write

TEXT = """Tín đồ Phật giáo Hòa Hảo chung tay làm từ thiện

Với phương châm "tốt đời, đẹp đạo", 10 tháng năm 2023, Ban Trị sự Phật giáo Hòa Hảo các cấp trong tỉnh đã vận động tín đồ đóng góp trên 268 tỷ đồng làm công tác từ thiện xã hội, tăng 15,4% so với cùng kỳ năm 2022. Trong đó, xây dựng 38 cây cầu bê tông nông thôn trị giá 52,6 tỷ đồng; sửa chữa, làm mới khoảng 215 km đường giao thông nông thôn; trao 420 căn nhà Đại đoàn kết cho hộ nghèo; 134 phòng thuốc Nam, châm cứu khám, cấp thuốc miễn phí cho hơn 480.000 lượt người.

Mỗi cây cầu dài trung bình 30-45 m, kinh phí từ 800 triệu đến 2 tỷ đồng/cầu, phần lớn do bà con tín đồ tự nguyện đóng góp. Nhiều công trình trên tuyến Quốc lộ 91 và tỉnh lộ 954 ở huyện Phú Tân, Chợ Mới đã hoàn thành trước Đại lễ kỷ niệm 84 năm ngày khai sáng đạo Phật giáo Hòa Hảo (18/5 âm lịch).

Theo Ban Tôn giáo (Sở Nội vụ), An Giang hiện có 9 tôn giáo với hơn 1,28 triệu tín đồ, chiếm gần 67% dân số, trong đó Phật giáo Hòa Hảo có khoảng 940.000 tín đồ, sinh hoạt tại 92 chùa, 870 hội quán, đọc giảng đường. Năm 2023, UBND tỉnh chấp thuận cho Phật giáo Hòa Hảo tổ chức 4 cuộc lễ lớn ngoài cơ sở tôn giáo; riêng Đại lễ khai sáng đạo thu hút khoảng 600.000 lượt tín đồ, khách thập phương.

Năm 2024, Ban Trị sự tỉnh phấn đấu vận động 300 tỷ đồng cho công tác từ thiện, trong đó xây mới 40 cây cầu nông thôn.

HẠNH CHÂU
20/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOTES = [
    "Báo An Giang: charity of Hòa Hảo Buddhist followers in 10 months 2023, followers and worship places; byline and bare date 20/11/2023.",
    "Distractors: 'Quốc lộ 91', 'tỉnh lộ 954', 'Đại lễ kỷ niệm 84 năm ngày khai sáng đạo' (a name), '18/5 âm lịch' (a date).",
    "After 'Trong đó' (sentence break) only the 52,6 tỷ đồng counts the same thing as the 268 tỷ đồng whole: it alone gets the total;",
    "bridges, km, houses, clinics and patients are other things. The bridge size and cost ranges are figures (per-bridge amounts).",
    "'trong đó Phật giáo Hòa Hảo có khoảng 940.000 tín đồ' is a part of the 1,28 triệu followers. 'riêng Đại lễ ... 600.000 lượt'",
    "is one of the 4 ceremonies, but visitors are not ceremonies: no total. 'hiện có' gives no period.",
    "'Năm 2024 ... phấn đấu vận động 300 tỷ đồng ..., trong đó xây mới 40 cây cầu': both targets; the bridges count other things: no total.",
]
FIGS = [
    F("trên 268 tỷ đồng", "268", 268e9, "money", "đồng", approx="over",
      change=change("increase", 15.4, "%", "cùng kỳ năm 2022"),
      subject="kinh phí tín đồ Phật giáo Hòa Hảo đóng góp làm công tác từ thiện xã hội", period=M10),
    F("xây dựng 38 cây cầu", "38", 38, "count", "cây cầu", subject="cây cầu bê tông nông thôn được xây dựng",
      period=I(M10)),
    F("trị giá 52,6 tỷ đồng", "52,6", 52.6e9, "money", "đồng", total=268e9,
      subject="trị giá cầu bê tông nông thôn", period=I(M10)),
    F("khoảng 215 km", "215", 215, "measure", "km", approx="about",
      subject="đường giao thông nông thôn được sửa chữa, làm mới", period=I(M10)),
    F("trao 420 căn nhà", "420", 420, "count", "căn nhà", subject="căn nhà Đại đoàn kết trao cho hộ nghèo",
      period=I(M10)),
    F("134 phòng thuốc Nam", "134", 134, "count", "phòng thuốc Nam", subject="phòng thuốc Nam, châm cứu",
      period=I(M10)),
    F("hơn 480.000 lượt người", "480.000", 480000, "count", "lượt người", approx="over",
      subject="lượt người được khám, cấp thuốc miễn phí", period=I(M10)),
    F("30-45 m", "30", 30, "measure", "m", value_max=45, subject="chiều dài trung bình mỗi cây cầu"),
    F("từ 800 triệu đến 2 tỷ đồng/cầu", "800", 800e6, "money", "đồng/cầu", value_max=2e9,
      subject="kinh phí mỗi cây cầu"),
    F("có 9 tôn giáo", "9", 9, "count", "tôn giáo", subject="tôn giáo"),
    F("hơn 1,28 triệu tín đồ", "1,28", 1.28e6, "count", "tín đồ", approx="over", percent=67,
      subject="tín đồ các tôn giáo"),
    F("khoảng 940.000 tín đồ", "940.000", 940000, "count", "tín đồ", approx="about", total=1.28e6,
      subject="tín đồ Phật giáo Hòa Hảo"),
    F("tại 92 chùa", "92", 92, "count", "chùa", subject="chùa Phật giáo Hòa Hảo"),
    F("870 hội quán", "870", 870, "count", "hội quán", subject="hội quán, đọc giảng đường Phật giáo Hòa Hảo"),
    F("tổ chức 4 cuộc lễ", "4", 4, "count", "cuộc lễ",
      subject="cuộc lễ lớn ngoài cơ sở tôn giáo được chấp thuận", period=Y23),
    F("khoảng 600.000 lượt", "600.000", 600000, "count", "lượt tín đồ, khách thập phương", approx="about",
      subject="lượt tín đồ, khách thập phương dự Đại lễ khai sáng đạo", period=Y23),
    F("vận động 300 tỷ đồng", "300", 300e9, "money", "đồng", status="target",
      subject="kinh phí vận động cho công tác từ thiện", period=Y24),
    F("xây mới 40 cây cầu", "40", 40, "count", "cây cầu", status="target",
      subject="cây cầu nông thôn xây mới", period=Y24),
]

write("p962-5", TEXT, NOTES, FIGS, published="2023-11-20", location="An Giang")
