from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỤC THỂ DỤC THỂ THAO
Tin tức > Thể thao thành tích cao

Bế mạc Giải vô địch Võ cổ truyền quốc gia năm 2024
Ngày đăng: 26/08/2024 | Lượt xem: 1.208

Sau 8 ngày tranh tài tại Nhà thi đấu Trung tâm Huấn luyện thể thao quốc gia Hà Nội (số 10 Trịnh Hoài Đức, Đống Đa), Giải vô địch Võ cổ truyền quốc gia lần thứ 34 năm 2024 đã bế mạc tối 25/8. Giải quy tụ 723 vận động viên của 37 đơn vị, tăng 5 đơn vị so với năm 2023, tranh 112 bộ huy chương, trong đó 64 bộ ở nội dung đối kháng và 48 bộ ở nội dung quyền.

Kết thúc giải, TP Hồ Chí Minh dẫn đầu toàn đoàn với 19 HCV, 14 HCB, 16 HCĐ; Bình Định xếp thứ hai với 15 HCV; các vị trí tiếp theo lần lượt thuộc về Hà Nội (12 HCV) và Bình Phước (8 HCV). Có 29/37 đơn vị giành huy chương, chiếm 78,4%.

Theo Liên đoàn Võ thuật cổ truyền Việt Nam, tính đến tháng 6/2024, cả nước có 52/63 tỉnh, thành phố thành lập liên đoàn hoặc hội võ thuật cổ truyền, với khoảng 1.900 câu lạc bộ và hơn 210.000 võ sinh. Võ cổ truyền Việt Nam hiện được tập luyện tại 45 quốc gia và vùng lãnh thổ.

Tại Giải vô địch Võ cổ truyền thế giới lần thứ 3 diễn ra trong tháng 5/2024 tại Algeria, đội tuyển Việt Nam giành 17 HCV, đứng đầu bảng tổng sắp trong số 19 đoàn tham dự.

Theo Đề án phát triển võ cổ truyền giai đoạn 2021-2030 ban hành kèm Quyết định số 1312/QĐ-BVHTTDL, đến năm 2030 phấn đấu 100% tỉnh, thành phố có liên đoàn hoặc hội võ thuật cổ truyền, số người tập luyện thường xuyên đạt 500.000 người. Kinh phí tổ chức giải năm nay khoảng 2,3 tỷ đồng.

Cục Thể dục thể thao - 36 Trần Phú, Ba Đình, Hà Nội. ĐT: 024.3845.6721
"""

y24 = P("năm 2024", "2024-01-01", "2024-12-31")
asof = P("tính đến tháng 6/2024", None, "2024-06-30")
may = P("tháng 5/2024", "2024-05-01", "2024-05-31")
t30 = P("đến năm 2030", None, "2030-12-31")
ny = P("năm nay", "2024-01-01", "2024-12-31")
MED = "huy chương vàng Giải vô địch Võ cổ truyền quốc gia"
FIGS = [
    F("Sau 8 ngày", "8", 8, "measure", "ngày", "thời gian tranh tài", optional=True),
    F("quy tụ 723 vận động viên", "723", 723, "count", "vận động viên", "vận động viên tham dự giải", I(y24)),
    F("của 37 đơn vị", "37", 37, "count", "đơn vị", "đơn vị tham dự giải", I(y24),
      change=C("increase", 5, "đơn vị", "năm 2023")),
    F("tranh 112 bộ", "112", 112, "count", "bộ huy chương", "bộ huy chương", I(y24)),
    F("64 bộ", "64", 64, "count", "bộ", "bộ huy chương nội dung đối kháng", I(y24), total=112),
    F("48 bộ", "48", 48, "count", "bộ", "bộ huy chương nội dung quyền", I(y24), total=112),
    F("với 19 HCV", "19", 19, "count", "HCV", MED, I(y24), location="TP Hồ Chí Minh"),
    F("14 HCB", "14", 14, "count", "HCB", "huy chương bạc Giải vô địch Võ cổ truyền quốc gia", I(y24),
      location="TP Hồ Chí Minh"),
    F("16 HCĐ", "16", 16, "count", "HCĐ", "huy chương đồng Giải vô địch Võ cổ truyền quốc gia", I(y24),
      location="TP Hồ Chí Minh"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", "xếp hạng toàn đoàn", I(y24), location="Bình Định"),
    F("với 15 HCV", "15", 15, "count", "HCV", MED, I(y24), location="Bình Định"),
    F("(12 HCV)", "12", 12, "count", "HCV", MED, I(y24), location="Hà Nội"),
    F("(8 HCV)", "8", 8, "count", "HCV", MED, I(y24), location="Bình Phước"),
    F("Có 29/37 đơn vị", "29", 29, "count", "đơn vị", "đơn vị giành huy chương", I(y24), total=37, percent=78.4),
    F("có 52/63 tỉnh", "52", 52, "count", "tỉnh, thành phố",
      "tỉnh, thành phố thành lập liên đoàn hoặc hội võ thuật cổ truyền", asof, total=63),
    F("khoảng 1.900 câu lạc bộ", "1.900", 1900, "count", "câu lạc bộ", "câu lạc bộ võ cổ truyền", asof,
      approx="about"),
    F("hơn 210.000 võ sinh", "210.000", 210000, "count", "võ sinh", "võ sinh võ cổ truyền", asof, approx="over"),
    F("tại 45 quốc gia", "45", 45, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ tập luyện võ cổ truyền Việt Nam"),
    F("giành 17 HCV", "17", 17, "count", "HCV", "huy chương vàng Giải vô địch Võ cổ truyền thế giới", may),
    F("số 19 đoàn", "19", 19, "count", "đoàn", "đoàn tham dự Giải vô địch Võ cổ truyền thế giới", may),
    F("phấn đấu 100% tỉnh", "100", 100, "percent", "%",
      "tỷ lệ tỉnh, thành phố có liên đoàn hoặc hội võ thuật cổ truyền", t30, status="target"),
    F("đạt 500.000 người", "500.000", 500000, "count", "người", "người tập luyện võ cổ truyền thường xuyên", t30,
      status="target"),
    F("khoảng 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "kinh phí tổ chức giải", ny, approx="about"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL - Cục TDTT), 'Ngày đăng: 26/08/2024 | Lượt xem: 1.208': national championship 2024, national totals, world championship.",
    "Distractors: Lượt xem, 'số 10 Trịnh Hoài Đức', 'lần thứ 34', 'tối 25/8', 'lần thứ 3',",
    "'giai đoạn 2021-2030', Quyết định số 1312/QĐ-BVHTTDL, address 36 Trần Phú, phone 024.3845.6721.",
    "Medal lists share one indicator (gold medals at the championship); provinces go to location, not subject.",
    "The world championship was in Algeria: a venue abroad, not a place of Vietnam's medals; location Việt Nam.",
    "'64 bộ ... và 48 bộ' after 'trong đó' add up to the 112 sets. '29/37 đơn vị, chiếm 78,4%' → total 37, percent 78.4.",
    "'Sau 8 ngày tranh tài' is the event's duration that dates the closing: optional.",
    "Tournament figures take 'năm 2024' from the first sentence (inherited); '45 quốc gia' ('hiện') has no period.",
]

write(4, TEXT, NOTES, FIGS, published="2024-08-26", location="Việt Nam")
