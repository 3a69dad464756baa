"""p1110-5: provincial Party newspaper (Báo Quảng Nam), Cù Lao Chàm sea-turtle hatchery and MPA; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Cù Lao Chàm: Hành trình đưa rùa biển trở về

Sau hơn 10 năm thực hiện dự án đưa trứng rùa biển từ Côn Đảo về ấp nở, bãi Ông (Cù Lao Chàm, TP Hội An) đã trở thành "nhà hộ sinh" của rùa biển ở miền Trung.

Theo Ban quản lý Khu bảo tồn biển Cù Lao Chàm, từ năm 2013 đến nay, đơn vị đã phối hợp với Vườn quốc gia Côn Đảo vận chuyển 87 ổ trứng với hơn 8.600 trứng về ấp tại bãi Ông và bãi Bìm; đã thả về biển gần 6.400 rùa con, tỷ lệ nở bình quân khoảng 74%.

Mùa rùa năm nay, đơn vị tiếp nhận 12 ổ trứng với 1.046 trứng; tính đến ngày 20/8, đã có 812 rùa con nở, đạt 77,6%. Chi phí vận chuyển, ấp nở mỗi mùa ước khoảng 150 triệu đồng, chủ yếu do các tổ chức bảo tồn tài trợ.

Khu bảo tồn biển Cù Lao Chàm có tổng diện tích 6.716 ha, trong đó vùng biển 5.175 ha. Tổ cộng đồng bảo vệ rạn san hô gồm 25 thành viên, mỗi tháng thực hiện từ 8 đến 10 chuyến tuần tra; mỗi thành viên được hỗ trợ 1,5 triệu đồng/người/tháng.

Không chỉ rùa biển, các loài thủy sản quý hiếm khác cũng được ngư dân chung tay bảo vệ. Từ đầu năm đến nay, ngư dân xã Tân Hiệp đã bàn giao 6 cá thể rùa biển mắc lưới và hai cá thể cá heo mắc cạn cho lực lượng chức năng cứu hộ. Theo Sở NN&PTNT, năm 2022 toàn tỉnh Quảng Nam có 21 cá thể rùa biển được ngư dân thả về biển, gấp 3 lần năm 2020.

Ông Nguyễn Văn Bảy, Phó Giám đốc Ban quản lý Khu bảo tồn biển Cù Lao Chàm cho biết, mong muốn lớn nhất là đón rùa mẹ quay về đẻ tự nhiên trên đảo. Đơn vị phấn đấu năm 2024 tiếp nhận ít nhất 15 ổ trứng và mở thêm 1 khu ấp nở tại bãi Chồng.

VĨNH LỘC
24/08/2023
"""

SINCE = P("từ năm 2013 đến nay", "2013-01-01", "2023-08-24")
SEASON = P("Mùa rùa năm nay", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-08-24")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 10 năm", "10", 10, "measure", "năm", "thời gian thực hiện dự án đưa trứng rùa biển về ấp nở",
      approx="over", optional=True),
    F("vận chuyển 87 ổ trứng", "87", 87, "count", "ổ trứng", "ổ trứng rùa biển vận chuyển từ Côn Đảo về ấp", SINCE),
    F("hơn 8.600 trứng", "8.600", 8600, "count", "trứng", "trứng rùa biển vận chuyển về ấp", SINCE, approx="over"),
    F("gần 6.400 rùa con", "6.400", 6400, "count", "rùa con", "rùa con thả về biển", SINCE, approx="nearly"),
    F("khoảng 74%", "74", 74, "percent", "%", "tỷ lệ nở bình quân", SINCE, approx="about"),
    F("tiếp nhận 12 ổ trứng", "12", 12, "count", "ổ trứng", "ổ trứng tiếp nhận", SEASON),
    F("với 1.046 trứng", "1.046", 1046, "count", "trứng", "trứng tiếp nhận", SEASON),
    F("có 812 rùa con", "812", 812, "count", "rùa con", "rùa con nở", P("tính đến ngày 20/8", None, "2023-08-20"),
      percent=77.6),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng/mùa", "chi phí vận chuyển, ấp nở mỗi mùa", approx="about",
      status="estimate"),
    F("diện tích 6.716 ha", "6.716", 6716, "measure", "ha", "tổng diện tích Khu bảo tồn biển Cù Lao Chàm"),
    F("vùng biển 5.175 ha", "5.175", 5175, "measure", "ha", "diện tích vùng biển của Khu bảo tồn", total=6716),
    F("gồm 25 thành viên", "25", 25, "count", "thành viên", "thành viên Tổ cộng đồng bảo vệ rạn san hô"),
    F("từ 8 đến 10 chuyến", "8", 8, "measure", "chuyến/tháng", "chuyến tuần tra mỗi tháng của tổ cộng đồng",
      value_max=10),
    F("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức hỗ trợ mỗi thành viên"),
    F("bàn giao 6 cá thể", "6", 6, "count", "cá thể", "cá thể rùa biển mắc lưới được bàn giao cứu hộ", YTD),
    F("hai cá thể cá heo", "hai", 2, "count", "cá thể", "cá thể cá heo mắc cạn được bàn giao cứu hộ", YTD),
    F("có 21 cá thể", "21", 21, "count", "cá thể", "cá thể rùa biển được ngư dân thả về biển",
      P("năm 2022", "2022-01-01", "2022-12-31"), change=C("increase", 3, "lần", "năm 2020"), location="Quảng Nam"),
    F("ít nhất 15 ổ trứng", "15", 15, "count", "ổ trứng", "ổ trứng tiếp nhận", Y24, approx="at_least",
      status="target"),
    F("thêm 1 khu ấp nở", "1", 1, "count", "khu ấp nở", "khu ấp nở mở thêm tại bãi Chồng", Y24, status="target"),
]

NOTES = [
    "Báo Quảng Nam style: feature on Cù Lao Chàm (TP Hội An); byline VĨNH LỘC and bare date 24/08/2023 at the end.",
    "Cù Lao Chàm figures describe TP Hội An (named in the lead; xã Tân Hiệp lies in it); the Sở's 'toàn tỉnh Quảng Nam' figure is Quảng Nam.",
    "Distractors: 'Ông Nguyễn Văn Bảy' (number word in a name), 'tính đến ngày 20/8' (date), 'từ năm 2013' (period).",
    "'hơn 10 năm thực hiện dự án' is a duration that frames the story: optional.",
    "'đạt 77,6%' after 812 rùa con → percent; 'tỷ lệ nở bình quân khoảng 74%' has its own indicator → percent figure.",
    "'mỗi mùa ước khoảng 150 triệu đồng' → estimate, about; money with unit đồng/mùa; 'mỗi tháng thực hiện từ 8 đến 10 chuyến' → measure chuyến/tháng (rates).",
    "'gấp 3 lần năm 2020' after 21 cá thể → change increase 3 lần. 'phấn đấu năm 2024' governs both clauses (target).",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-08-24", location="Hội An")
