"""p1038-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT), national, December 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ > Tin hoạt động > Giống vật nuôi
Ngày đăng: 08/12/2023 | Lượt xem: 1.127

Cải tạo đàn bò: tỷ lệ bò lai cả nước đạt gần 65%

Theo báo cáo của Cục Chăn nuôi tại Hội nghị tổng kết công tác giống vật nuôi năm 2023 tổ chức ngày 06/12 tại Hà Nội, tính đến tháng 10/2023 tổng đàn bò cả nước đạt khoảng 6,37 triệu con, tăng 1,8% so với cùng kỳ năm 2022; trong đó bò sữa khoảng 330 nghìn con. Bò lai chiếm 64,7% tổng đàn.

Năm 2023, cả nước ước sản xuất và nhập khẩu khoảng 1,45 triệu liều tinh bò, trong đó Trung tâm Giống gia súc lớn Trung ương sản xuất 820.000 liều, nhập khẩu 385.000 liều. Đến hết tháng 10/2023, cả nước có khoảng 3.850 dẫn tinh viên đang hoạt động tại 61/63 tỉnh, thành phố. Bình quân mỗi dẫn tinh viên phối giống 310 con bò/năm.

Các địa phương có số bò được thụ tinh nhân tạo nhiều nhất năm 2023 lần lượt là Nghệ An (38.500 con), Thanh Hóa (35.200 con), Bình Định (33.900 con) và Quảng Ngãi (31.400 con). Một số tỉnh có tỷ lệ bò lai trên 80% như Bình Định (88,5%), Quảng Ngãi (84%), TP Hồ Chí Minh (92,3%).

Khối lượng xuất chuồng của bò lai gấp 1,5-1,7 lần bò nội. Năm 2023, giá tinh bò nhập khẩu dao động 150.000-250.000 đồng/liều, tinh sản xuất trong nước khoảng 25.000 đồng/liều.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg), đến năm 2030 tỷ lệ bò lai đạt 75%, sản lượng tinh bò đông lạnh sản xuất trong nước đạt 2 triệu liều/năm.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. ĐT: 024.3734.5443
"""

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT): tỷ lệ bò lai, liều tinh, dẫn tinh viên cả nước năm 2023. 'Ngày đăng: 08/12/2023' gives `published`.",
    "Distractors: 'Lượt xem: 1.127', 'ngày 06/12', Quyết định số 1520/QĐ-TTg, 'giai đoạn 2021-2030', address 'Số 16 Thụy Khuê', phone.",
    "Headline 'gần 65%' restates the national share (required, no period: the headline names none; 64,7% in the text).",
    "330 nghìn bò sữa is a part of 6,37 triệu con ('trong đó'); 820.000 / 385.000 liều are parts of 1,45 triệu liều ('trong đó'),",
    "and the 'ước' of that sentence governs them. '61/63 tỉnh, thành phố' is a count with total 63.",
    "'trên 80%' is the threshold of a category (optional). List items take their province as location.",
    "'gấp 1,5-1,7 lần bò nội' stands as its own claim: a multiple (range). Targets 'đến năm 2030' have status target.",
]

ASOF10 = P("tính đến tháng 10/2023", None, "2023-10-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("đạt gần 65%", "65", 65, "percent", "%", "tỷ lệ bò lai cả nước", approx="nearly"),
    F("khoảng 6,37 triệu con", "6,37", 6.37e6, "count", "con", "tổng đàn bò cả nước", ASOF10,
      approx="about", change=C("increase", 1.8, "%", "cùng kỳ năm 2022")),
    F("khoảng 330 nghìn con", "330", 330e3, "count", "con", "bò sữa", ASOF10, approx="about", total=6.37e6),
    F("chiếm 64,7%", "64,7", 64.7, "percent", "%", "tỷ lệ bò lai trong tổng đàn", I(ASOF10)),
    F("khoảng 1,45 triệu liều", "1,45", 1.45e6, "count", "liều", "liều tinh bò sản xuất và nhập khẩu", Y23,
      approx="about", status="estimate"),
    F("sản xuất 820.000 liều", "820.000", 820000, "count", "liều",
      "liều tinh Trung tâm Giống gia súc lớn Trung ương sản xuất", Y23, total=1.45e6, status="estimate"),
    F("nhập khẩu 385.000 liều", "385.000", 385000, "count", "liều", "liều tinh nhập khẩu", Y23,
      total=1.45e6, status="estimate"),
    F("khoảng 3.850 dẫn tinh viên", "3.850", 3850, "count", "dẫn tinh viên", "dẫn tinh viên đang hoạt động",
      P("Đến hết tháng 10/2023", None, "2023-10-31"), approx="about"),
    F("tại 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có dẫn tinh viên hoạt động",
      P("Đến hết tháng 10/2023", None, "2023-10-31"), total=63),
    F("phối giống 310 con", "310", 310, "measure", "con bò/năm", "số bò mỗi dẫn tinh viên phối giống bình quân"),
    F("(38.500 con)", "38.500", 38500, "count", "con", "bò được thụ tinh nhân tạo", Y23, location="Nghệ An"),
    F("(35.200 con)", "35.200", 35200, "count", "con", "bò được thụ tinh nhân tạo", Y23, location="Thanh Hóa"),
    F("(33.900 con)", "33.900", 33900, "count", "con", "bò được thụ tinh nhân tạo", Y23, location="Bình Định"),
    F("(31.400 con)", "31.400", 31400, "count", "con", "bò được thụ tinh nhân tạo", Y23, location="Quảng Ngãi"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ bò lai", approx="over", optional=True),
    F("(88,5%)", "88,5", 88.5, "percent", "%", "tỷ lệ bò lai", I(Y23), location="Bình Định"),
    F("(84%)", "84", 84, "percent", "%", "tỷ lệ bò lai", I(Y23), location="Quảng Ngãi"),
    F("(92,3%)", "92,3", 92.3, "percent", "%", "tỷ lệ bò lai", I(Y23), location="TP Hồ Chí Minh"),
    F("gấp 1,5-1,7 lần", "1,5", 1.5, "multiple", "lần", "khối lượng xuất chuồng của bò lai so với bò nội",
      value_max=1.7),
    F("dao động 150.000-250.000", "150.000", 150000, "money", "đồng/liều", "giá tinh bò nhập khẩu", Y23,
      value_max=250000),
    F("khoảng 25.000 đồng/liều", "25.000", 25000, "money", "đồng/liều", "giá tinh bò sản xuất trong nước", Y23,
      approx="about"),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ bò lai", T30, status="target"),
    F("đạt 2 triệu liều/năm", "2", 2e6, "measure", "liều/năm", "sản lượng tinh bò đông lạnh sản xuất trong nước",
      T30, status="target"),
]

if __name__ == "__main__":
    write("p1038-4", TEXT, NOTES, FIGS, published="2023-12-08", location="Việt Nam")
