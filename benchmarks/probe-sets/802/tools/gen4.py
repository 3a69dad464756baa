"""p802-4: Cục Trồng trọt (Bộ NN&PTNT) site, national peanut and sesame figures 2023, 2030 targets."""
from lib import F, write, year, inherit, change, period

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC TRỒNG TRỌT
Trang chủ » Tin hoạt động » Cây công nghiệp ngắn ngày
Ngày đăng: 05/03/2024 | Lượt xem: 1.127

Phát triển cây lạc, vừng theo hướng sản xuất hàng hóa

Theo Cục Trồng trọt, năm 2023 diện tích lạc cả nước đạt khoảng 162,4 nghìn ha, giảm 3,1% so với năm 2022; năng suất đạt 26,1 tạ/ha; sản lượng đạt 423,9 nghìn tấn. Các tỉnh có diện tích lạc lớn nhất lần lượt là Nghệ An (18,2 nghìn ha), Tây Ninh (9,6 nghìn ha), Hà Tĩnh (9,1 nghìn ha) và Thanh Hóa (8,7 nghìn ha).

Diện tích vừng năm 2023 chỉ còn khoảng 31,5 nghìn ha, sản lượng gần 28 nghìn tấn, trong khi nhu cầu cho ép dầu và chế biến bánh kẹo cần trên 100 nghìn tấn/năm. Vì vậy, 9 tháng năm 2023, nước ta nhập khẩu 76,3 nghìn tấn vừng, trị giá 138 triệu USD, tăng 12,4% so với cùng kỳ năm 2022; trong đó nhập từ Nigeria chiếm 35%.

Theo Đề án phát triển cây có dầu ban hành kèm Quyết định số 1748/QĐ-BNN-TT, đến năm 2030 diện tích lạc ổn định ở mức 180-200 nghìn ha, năng suất bình quân trên 30 tạ/ha; diện tích vừng đạt 50 nghìn ha, trong đó khoảng 60% trồng luân canh trên đất lúa ở Đồng bằng sông Cửu Long. Giai đoạn 2021-2023, các viện nghiên cứu đã được công nhận 7 giống lạc mới có tiềm năng năng suất 4-5 tấn/ha.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""

Y23 = year("năm 2023", 2023)
T30 = period("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    F("khoảng 162,4 nghìn ha", "162,4", 162400, "measure", "ha", "diện tích lạc cả nước", Y23, approx="about",
      change=change("decrease", 3.1, "%", "năm 2022")),
    F("đạt 26,1 tạ/ha", "26,1", 26.1, "measure", "tạ/ha", "năng suất lạc", Y23),
    F("đạt 423,9 nghìn tấn", "423,9", 423900, "measure", "tấn", "sản lượng lạc", Y23),
    F("Nghệ An (18,2 nghìn ha)", "18,2", 18200, "measure", "ha", "diện tích lạc", inherit(Y23), location="Nghệ An"),
    F("Tây Ninh (9,6 nghìn ha)", "9,6", 9600, "measure", "ha", "diện tích lạc", inherit(Y23), location="Tây Ninh"),
    F("Hà Tĩnh (9,1 nghìn ha)", "9,1", 9100, "measure", "ha", "diện tích lạc", inherit(Y23), location="Hà Tĩnh"),
    F("Thanh Hóa (8,7 nghìn ha)", "8,7", 8700, "measure", "ha", "diện tích lạc", inherit(Y23), location="Thanh Hóa"),
    F("khoảng 31,5 nghìn ha", "31,5", 31500, "measure", "ha", "diện tích vừng", Y23, approx="about"),
    F("gần 28 nghìn tấn", "28", 28000, "measure", "tấn", "sản lượng vừng", Y23, approx="nearly"),
    F("trên 100 nghìn tấn/năm", "100", 100000, "measure", "tấn/năm", "nhu cầu vừng cho ép dầu và chế biến bánh kẹo",
      approx="over"),
    F("nhập khẩu 76,3 nghìn tấn", "76,3", 76300, "measure", "tấn", "vừng nhập khẩu",
      period("9 tháng năm 2023", "2023-01-01", "2023-09-30")),
    F("trị giá 138 triệu USD", "138", 138e6, "money", "USD", "trị giá vừng nhập khẩu",
      period("9 tháng năm 2023", "2023-01-01", "2023-09-30"),
      change=change("increase", 12.4, "%", "cùng kỳ năm 2022")),
    F("chiếm 35%", "35", 35, "percent", "%", "tỷ trọng vừng nhập khẩu từ Nigeria",
      period("9 tháng năm 2023", "2023-01-01", "2023-09-30")),
    F("mức 180-200 nghìn ha", "180", 180000, "measure", "ha", "diện tích lạc", T30, value_max=200000, status="target"),
    F("trên 30 tạ/ha", "30", 30, "measure", "tạ/ha", "năng suất lạc bình quân", T30, approx="over", status="target"),
    F("đạt 50 nghìn ha", "50", 50000, "measure", "ha", "diện tích vừng", T30, status="target"),
    F("khoảng 60%", "60", 60, "percent", "%", "diện tích vừng trồng luân canh trên đất lúa ở Đồng bằng sông Cửu Long",
      T30, approx="about", status="target"),
    F("công nhận 7 giống", "7", 7, "count", "giống", "giống lạc mới được công nhận",
      period("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("năng suất 4-5 tấn/ha", "4", 4, "measure", "tấn/ha", "tiềm năng năng suất giống lạc mới", value_max=5,
      optional=True),
]

COMMENTS = [
    "Cục Trồng trọt (Bộ NN&PTNT) site: national peanut (lạc) and sesame (vừng) area, yield, output 2023, sesame imports, 2030 targets.",
    "Distractors: 'Ngày đăng: 05/03/2024 | Lượt xem: 1.127', 'Quyết định số 1748/QĐ-BNN-TT', 'Giai đoạn 2021-2023' (period),",
    "address 'Số 2 Ngọc Hà', phone 024.3823.4651. Ministry's address 'Hà Nội' localises nothing.",
    "'lần lượt' list: each province is the item's location, subject the list's indicator. Nigeria is a trade partner: location Việt Nam.",
    "'tăng 12,4% so với cùng kỳ' follows '76,3 nghìn tấn vừng, trị giá 138 triệu USD': attached to the nearest figure (138 triệu USD).",
    "'trên 100 nghìn tấn/năm' is a standing annual need: no period. 2030 targets 'đến năm 2030 ... ổn định/đạt' -> status target;",
    "the 60% share of the vừng target area stays national (a region is not a province). '4-5 tấn/ha' is the varieties' potential",
    "(a specification): optional.",
]

write(4, TEXT, FIGS, COMMENTS, published="2024-03-05", location="Việt Nam")
