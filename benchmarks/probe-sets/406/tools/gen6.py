from lib import *

A = """Thời sự › Xã hội
Thứ năm, 6/6/2024, 16:40 (GMT+7)

Gần 3 triệu lượt khách viếng Bà Chúa Xứ Núi Sam từ đầu năm

An Giang - Lượng khách hành hương về Khu du lịch quốc gia Núi Sam (TP Châu Đốc) tăng mạnh, nhất là dịp Lễ hội Vía Bà Chúa Xứ.

Theo Sở Văn hóa, Thể thao và Du lịch An Giang, từ đầu năm đến nay, Khu du lịch quốc gia Núi Sam đón gần 3 triệu lượt khách, tăng 18% so với cùng kỳ năm 2023, đạt 58% kế hoạch năm. Lễ hội Vía Bà Chúa Xứ Núi Sam năm nay diễn ra từ ngày 30/5 đến 3/6/2024, thu hút khoảng 420.000 lượt khách; những ngày chính hội, mỗi ngày có từ 80.000 đến 100.000 lượt người đến dâng hương.

Khách hành hương chủ yếu đến từ TP Hồ Chí Minh (chiếm 32%), Cần Thơ (11%) và Đồng Tháp (9%).

Tổng doanh thu du lịch toàn tỉnh 5 tháng đầu năm ước đạt 1,35 nghìn tỷ đồng, trong đó doanh thu từ khu vực Núi Sam chiếm khoảng 40%.

Ban Quản trị Lăng Miếu Bà Chúa Xứ Núi Sam cho biết, tiền công đức trong dịp lễ hội ước hơn 26 tỷ đồng, cao hơn 3,5 tỷ đồng so với năm trước. Nguồn thu này được dùng để hỗ trợ an sinh xã hội, xây 35 căn nhà đại đoàn kết và trao 1.200 suất học bổng cho học sinh nghèo.

Lễ hội Vía Bà Chúa Xứ Núi Sam được công nhận là Di sản văn hóa phi vật thể quốc gia từ năm 2014. Để giảm ùn tắc trên Quốc lộ 91, tỉnh bố trí 6 bãi giữ xe với sức chứa khoảng 4.000 ôtô.

Ngọc Tài
"""

ytd = P("từ đầu năm đến nay", "2024-01-01", "2024-06-06")
fest_s = P("từ ngày 30/5 đến 3/6/2024", "2024-05-30", "2024-06-03")
fest = PI("từ ngày 30/5 đến 3/6/2024", "2024-05-30", "2024-06-03")
m5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

figs = [
    F("Gần 3 triệu lượt khách viếng", "3", 3000000, "count", "lượt khách", "lượt khách viếng Bà Chúa Xứ Núi Sam",
      approx="nearly", location="Châu Đốc", period=P("từ đầu năm", "2024-01-01", "2024-06-06")),
    F("đón gần 3 triệu lượt khách", "3", 3000000, "count", "lượt khách", "lượt khách đến Khu du lịch quốc gia Núi Sam",
      approx="nearly", change=ch("increase", 18, "%", "cùng kỳ năm 2023"), percent=58, location="Châu Đốc", period=ytd),
    F("khoảng 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", "lượt khách Lễ hội Vía Bà Chúa Xứ Núi Sam",
      approx="about", location="Châu Đốc", period=fest_s),
    F("từ 80.000 đến 100.000 lượt người", "80.000", 80000, "count", "lượt người", "lượt người đến dâng hương mỗi ngày",
      value_max=100000, location="Châu Đốc",
      period=PI("những ngày chính hội", "2024-05-30", "2024-06-03")),
    F("TP Hồ Chí Minh (chiếm 32%)", "32", 32, "percent", "%", "khách hành hương", location="TP Hồ Chí Minh",
      period=PI("từ đầu năm đến nay", "2024-01-01", "2024-06-06")),
    F("Cần Thơ (11%)", "11", 11, "percent", "%", "khách hành hương", location="Cần Thơ",
      period=PI("từ đầu năm đến nay", "2024-01-01", "2024-06-06")),
    F("Đồng Tháp (9%)", "9", 9, "percent", "%", "khách hành hương", location="Đồng Tháp",
      period=PI("từ đầu năm đến nay", "2024-01-01", "2024-06-06")),
    F("ước đạt 1,35 nghìn tỷ đồng", "1,35", 1350000000000, "money", "đồng", "tổng doanh thu du lịch toàn tỉnh",
      status="estimate", period=m5),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "doanh thu từ khu vực Núi Sam", approx="about",
      status="estimate", location="Châu Đốc", period=m5),
    F("ước hơn 26 tỷ đồng", "26", 26000000000, "money", "đồng", "tiền công đức trong dịp lễ hội", approx="over",
      status="estimate", change=ch("increase", 3500000000, "đồng", "năm trước"), location="Châu Đốc", period=fest),
    F("xây 35 căn nhà", "35", 35, "count", "căn nhà", "nhà đại đoàn kết"),
    F("trao 1.200 suất học bổng", "1.200", 1200, "count", "suất học bổng", "suất học bổng cho học sinh nghèo"),
    F("bố trí 6 bãi giữ xe", "6", 6, "count", "bãi giữ xe", "bãi giữ xe"),
    F("khoảng 4.000 ôtô", "4.000", 4000, "count", "ôtô", "sức chứa bãi giữ xe", approx="about"),
]

write("p406-6", A, figs, [
    "National press (VnExpress style): pilgrims to Bà Chúa Xứ Núi Sam (Châu Đốc, An Giang) in 2024; dateline 'Thứ năm, d/m/yyyy, hh:mm (GMT+7)', byline at end.",
    "Núi Sam figures describe TP Châu Đốc (named in the lead): location Châu Đốc; the provincial tourism revenue is An Giang (default).",
    "'từ đầu năm đến nay' ends at the dateline 2024-06-06. '… tăng 18% so với cùng kỳ năm 2023, đạt 58% kế hoạch năm': change + percent of one figure.",
    "'5 tháng đầu năm' takes 2024 from the nearest earlier date (30/5–3/6/2024). 'trong đó … chiếm khoảng 40%' is a percent figure (a percent has no total).",
    "'mỗi ngày có từ 80.000 đến 100.000' is a range (value_max), period of the main festival days inherited. Origin shares list: places = location.",
    "'cao hơn 3,5 tỷ đồng so với năm trước' = change of the 26 tỷ (multiplier applied). Charity uses and parking have no period.",
    "Distractors: '(GMT+7)', 'năm 2014', 'Quốc lộ 91', 'năm nay', dates, byline.",
], published="2024-06-06", location="An Giang")
