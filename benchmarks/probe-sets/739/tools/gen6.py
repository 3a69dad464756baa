from lib import *

TEXT = """Giáo dục › Tuyển sinh

Thứ hai, 19/8/2024, 07:00 (GMT+7)

Phụ huynh Hà Nội chi 700.000 đồng mua sách giáo khoa cho con

Giá bộ sách giáo khoa lớp 12 mới cao nhất gần 350.000 đồng, khiến nhiều gia đình tìm mua sách cũ hoặc mượn sách từ thư viện trường.

Chị Lê Thu Trang (Hà Nội) chi khoảng 700.000 đồng cho bộ sách lớp 5 và lớp 12 của các con, chưa kể sách bài tập và vở viết. "Năm nào cũng phải mua mới vì sách thay đổi", chị nói.

Theo Nhà xuất bản Giáo dục Việt Nam, năm nay đơn vị in và phát hành khoảng 105 triệu bản sách giáo khoa, chiếm khoảng 60% thị phần. Giá bìa bộ sách lớp 12 "Kết nối tri thức với cuộc sống" là 346.000 đồng cho 16 cuốn, kể cả chuyên đề học tập, trong khi bộ lớp 1 chỉ 175.000 đồng cho 9 cuốn.

Ông Nguyễn Văn Hùng, đại diện nhà xuất bản, cho biết sách mới có giá cao hơn sách theo chương trình cũ từ 2 đến 3 lần do khổ lớn, in màu và giấy tốt hơn.

Tuy vậy, theo khảo sát của Bộ Giáo dục và Đào tạo, tiền sách giáo khoa chỉ chiếm khoảng 8% tổng chi phí học tập đầu năm của một học sinh.

Ở các tỉnh miền núi, nhà trường vận động học sinh giữ gìn sách để tái sử dụng. Tỷ lệ trường tiểu học có tủ sách dùng chung ở Lào Cai là 96%, Hà Giang 91%, Điện Biên 88%.

Tính đến cuối năm 2023, cả nước có khoảng 2,5 triệu học sinh được mượn sách giáo khoa miễn phí từ thư viện, gấp 1,8 lần năm 2021.

Thanh Hằng
"""

NOW = YEAR("năm nay", 2024)
END23 = P("Tính đến cuối năm 2023", end="2023-12-31")
TUTU = "tỷ lệ trường tiểu học có tủ sách dùng chung"

FIG = [
    F("chi 700.000 đồng", "700.000", 700000, "money", "đồng", "tiền phụ huynh chi mua sách giáo khoa cho con", location="Hà Nội"),
    F("gần 350.000 đồng", "350.000", 350000, "money", "đồng", "giá bộ sách giáo khoa lớp 12 mới cao nhất", approx="nearly"),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng", "tiền chị Lê Thu Trang chi cho bộ sách lớp 5 và lớp 12 của các con",
      approx="about", location="Hà Nội"),
    F("khoảng 105 triệu bản", "105", 105000000, "count", "bản", "sách giáo khoa Nhà xuất bản Giáo dục Việt Nam in và phát hành", NOW,
      approx="about", percent=60),
    F("là 346.000 đồng", "346.000", 346000, "money", "đồng", "giá bìa bộ sách lớp 12 Kết nối tri thức với cuộc sống"),
    F("16 cuốn", "16", 16, "count", "cuốn", "sách trong bộ sách lớp 12 Kết nối tri thức với cuộc sống"),
    F("chỉ 175.000 đồng", "175.000", 175000, "money", "đồng", "giá bìa bộ sách lớp 1"),
    F("9 cuốn", "9", 9, "count", "cuốn", "sách trong bộ sách lớp 1"),
    F("từ 2 đến 3 lần", "2", 2, "multiple", "lần", "giá sách mới so với sách theo chương trình cũ", value_max=3),
    F("khoảng 8%", "8", 8, "percent", "%", "tiền sách giáo khoa trong tổng chi phí học tập đầu năm của một học sinh", approx="about"),
    F("là 96%", "96", 96, "percent", "%", TUTU, location="Lào Cai"),
    F("Giang 91%", "91", 91, "percent", "%", TUTU, location="Hà Giang"),
    F("Biên 88%", "88", 88, "percent", "%", TUTU, location="Điện Biên"),
    F("khoảng 2,5 triệu học sinh", "2,5", 2500000, "count", "học sinh", "học sinh được mượn sách giáo khoa miễn phí từ thư viện", END23,
      approx="about", change=CH("increase", 1.8, unit="lần", baseline="năm 2021")),
]

emit("p739-6", TEXT, [
    "National press, 'Thứ hai, 19/8/2024, 07:00 (GMT+7)', byline at the end: parents' textbook spending, prices of new book sets,",
    "the publisher's share, shared book cabinets in mountain provinces. National by default ('Việt Nam'); a Hà Nội parent's",
    "spending (headline and body) is 'Hà Nội'; the listed provinces are locations of the list items.",
    "'từ 2 đến 3 lần' stands alone (no figure to attach): a multiple with value_max. 'gấp 1,8 lần năm 2021' follows 2,5 triệu: its change.",
    "'năm nay' = 2024. Grades (lớp 1, 5, 12), '(GMT+7)', 'năm 2021' baseline are not figures.",
], FIG, published="2024-08-19", location="Việt Nam")
