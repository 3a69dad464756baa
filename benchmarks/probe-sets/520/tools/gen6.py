"""p520-6: national press (VnExpress style), live-pig prices July 2024, national herd, ASF culls, pork imports, rank."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 11/7/2024, 14:20 (GMT+7)

Giá lợn hơi lên đỉnh 15 tháng, vượt 70.000 đồng một kg

Giá lợn hơi cả nước dao động 64.000-71.000 đồng một kg, cao nhất từ tháng 4/2023, do nguồn cung thiếu hụt sau dịch bệnh.

Theo khảo sát, giá lợn hơi tại Hưng Yên hôm nay đạt 71.000 đồng một kg, tăng 3.000 đồng so với tuần trước và tăng khoảng 30% so với đầu năm. Tại Đồng Nai, giá dao động 64.000-67.000 đồng một kg.

Theo Cục Chăn nuôi, tính đến cuối tháng 6/2024, tổng đàn lợn cả nước đạt khoảng 30,1 triệu con, tăng 2,9% so với cùng kỳ năm trước; đàn gia cầm khoảng 575 triệu con. Sản lượng thịt lợn hơi 6 tháng đầu năm ước đạt 2,47 triệu tấn, tăng 4,6%.

Dịch tả lợn châu Phi là nguyên nhân chính khiến nguồn cung giảm. Từ đầu năm đến ngày 5/7, cả nước đã tiêu hủy hơn 41.000 con lợn do dịch bệnh này, gấp 2,2 lần cùng kỳ năm trước. Nhiều hộ chăn nuôi nhỏ chưa dám tái đàn.

Trong khi đó, 5 tháng đầu năm, Việt Nam nhập khẩu 58.300 tấn thịt lợn, tăng 23% so với cùng kỳ; kim ngạch đạt 121 triệu USD. Việt Nam hiện đứng thứ 6 thế giới về sản lượng thịt lợn và thứ 2 châu Á.

Ông Nguyễn Văn Trọng, nguyên Phó cục trưởng Cục Chăn nuôi, dự báo trong quý III, giá lợn hơi sẽ duy trì ở mức 65.000-70.000 đồng một kg. Theo ông, người nuôi cần tái đàn thận trọng, tránh tâm lý "đu đỉnh" như năm 2020.

Thi Hà
"""

JUN = P("tính đến cuối tháng 6/2024", None, "2024-06-30")

FIGS = [
    F("vượt 70.000 đồng", "70.000", 70000, "money", "đồng/kg", "giá lợn hơi", approx="over"),
    F("dao động 64.000-71.000", "64.000", 64000, "money", "đồng/kg", "giá lợn hơi cả nước", value_max=71000),
    F("đạt 71.000 đồng", "71.000", 71000, "money", "đồng/kg", "giá lợn hơi", location="Hưng Yên",
      change=CH("increase", 3000, "đồng", baseline="tuần trước")),
    F("khoảng 30% so với", "30", 30, "percent", "%", "giá lợn hơi so với đầu năm", location="Hưng Yên",
      approx="about", optional=True),
    F("dao động 64.000-67.000", "64.000", 64000, "money", "đồng/kg", "giá lợn hơi", location="Đồng Nai",
      value_max=67000),
    F("khoảng 30,1 triệu con", "30,1", 30100000, "count", "con", "tổng đàn lợn cả nước", JUN, approx="about",
      change=CH("increase", 2.9, baseline="cùng kỳ năm trước")),
    F("khoảng 575 triệu con", "575", 575000000, "count", "con", "đàn gia cầm", JUN, approx="about"),
    F("ước đạt 2,47 triệu tấn", "2,47", 2470000, "measure", "tấn", "sản lượng thịt lợn hơi",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), change=CH("increase", 4.6), status="estimate"),
    F("hơn 41.000 con", "41.000", 41000, "count", "con", "lợn tiêu hủy do dịch tả lợn châu Phi",
      P("Từ đầu năm đến ngày 5/7", "2024-01-01", "2024-07-05"), approx="over",
      change=CH("increase", 2.2, "lần", baseline="cùng kỳ năm trước")),
    F("khẩu 58.300 tấn", "58.300", 58300, "measure", "tấn", "thịt lợn nhập khẩu",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31"), change=CH("increase", 23, baseline="cùng kỳ")),
    F("đạt 121 triệu USD", "121", 121000000, "money", "USD", "kim ngạch nhập khẩu thịt lợn",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("đứng thứ 6", "6", 6, "rank", "hạng", "sản lượng thịt lợn"),
    F("thứ 2 châu Á", "2", 2, "rank", "hạng", "sản lượng thịt lợn"),
    F("mức 65.000-70.000", "65.000", 65000, "money", "đồng/kg", "giá lợn hơi",
      P("quý III", "2024-07-01", "2024-09-30"), value_max=70000, status="forecast"),
]

COMMENTS = [
    "National press (invented, VnExpress style): giá lợn hơi 7/2024, tổng đàn cả nước, lợn tiêu hủy do DTLCP, nhập khẩu thịt lợn, thứ hạng.",
    "'đồng một kg' is the rate đồng/kg. 'vượt 70.000 đồng' read as over. Location Việt Nam, except the prices tại Hưng Yên / Tại Đồng Nai.",
    "'tăng 3.000 đồng so với tuần trước' is the change of 71.000; the second change 'tăng khoảng 30% so với đầu năm' is optional.",
    "'gấp 2,2 lần cùng kỳ năm trước' after 41.000 con is its change (lần). '6 tháng đầu năm' takes 2024 from 'tháng 6/2024' before it;",
    "'5 tháng đầu năm' and 'đến ngày 5/7' likewise. 'quý III' -> 2024 Q3, forecast (dự báo).",
    "Ranks: subject is the indicator without the ranking's scope (thế giới / châu Á), as shared gold 001/h04 do ('toàn quốc').",
    "revised after first scoring: rank subjects 'sản lượng thịt lợn thế giới/châu Á' -> 'sản lượng thịt lợn' (scope is not the indicator).",
    "Distractors: dateline with (GMT+7), 'đỉnh 15 tháng', 'từ tháng 4/2023', 'năm 2020', 'Thứ năm' weekday, 'đứng thứ 6' (rank, not weekday).",
]

if __name__ == "__main__":
    emit("p520-6", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
