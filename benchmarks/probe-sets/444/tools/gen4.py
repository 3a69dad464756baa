from lib import *

TEXT = """Bắc Giang: Lan tỏa phong trào xây dựng "Dòng họ học tập"
BGĐT - 22/11/2023 07:30

BGĐT - Thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị và Quyết định số 489/QĐ-UBND của UBND tỉnh, phong trào xây dựng "Dòng họ học tập" ở Bắc Giang đã trở thành điểm sáng của công tác khuyến học, khuyến tài.

Theo Hội Khuyến học tỉnh, tính đến tháng 10/2023, toàn tỉnh có 5.962 dòng họ đăng ký xây dựng "Dòng họ học tập", trong đó 4.870 dòng họ được công nhận, chiếm 81,7%, tăng 1.245 dòng họ so với năm 2020. Việt Yên là địa phương dẫn đầu với 712 dòng họ học tập, tiếp đến là Lạng Giang 655 dòng họ, Yên Dũng 603 dòng họ.

Quỹ khuyến học của các dòng họ toàn tỉnh hiện đạt trên 126 tỷ đồng, bình quân mỗi dòng họ khoảng 21 triệu đồng; nhiều dòng họ có quỹ 500-800 triệu đồng. Năm 2023, các dòng họ đã trao hơn 42.000 suất quà, học bổng, trị giá khoảng 18,5 tỷ đồng, tăng 12% so với năm 2022.

Tiêu biểu là dòng họ Nguyễn Đăng ở xã Tân Dĩnh (Lạng Giang). Từ một dòng họ thuần nông, đến nay họ Nguyễn Đăng đã có ba giáo sư, mười hai tiến sĩ và gần 200 con cháu tốt nghiệp đại học. Quỹ khuyến học của dòng họ đặt tại nhà thờ họ ở thôn 5, do ông Nguyễn Đăng Khoa, 72 tuổi, làm trưởng ban.

Song song với dòng họ, mô hình "Gia đình học tập" cũng phát triển mạnh. Bắc Giang hiện đứng thứ hai khu vực trung du và miền núi phía Bắc về tỷ lệ "Gia đình học tập" với 76,8% số hộ.

Ông Nguyễn Văn Hùng, Chủ tịch Hội Khuyến học tỉnh cho biết: "Mục tiêu đến năm 2025, toàn tỉnh có 85% dòng họ đăng ký đạt danh hiệu Dòng họ học tập, 80% hộ gia đình đạt Gia đình học tập".

Thu Hà
"""

T10 = P("tính đến tháng 10/2023", None, "2023-10-31")
T10i = P("tính đến tháng 10/2023", None, "2023-10-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 5.962 dòng họ", "5.962", 5962, "count", "dòng họ", "dòng họ đăng ký xây dựng Dòng họ học tập", T10),
    F("trong đó 4.870 dòng họ", "4.870", 4870, "count", "dòng họ", "dòng họ được công nhận Dòng họ học tập", T10,
      total=5962, percent=81.7, change=chg("increase", 1245, "dòng họ", "năm 2020")),
    F("với 712 dòng họ", "712", 712, "count", "dòng họ học tập", "dòng họ học tập", T10i, location="Việt Yên"),
    F("Lạng Giang 655 dòng họ", "655", 655, "count", "dòng họ", "dòng họ học tập", T10i, location="Lạng Giang"),
    F("Yên Dũng 603 dòng họ", "603", 603, "count", "dòng họ", "dòng họ học tập", T10i, location="Yên Dũng"),
    F("trên 126 tỷ đồng", "126", 126000000000, "money", "đồng", "quỹ khuyến học của các dòng họ toàn tỉnh",
      approx="over"),
    F("khoảng 21 triệu đồng", "21", 21000000, "money", "đồng", "quỹ khuyến học bình quân mỗi dòng họ", approx="about"),
    F("quỹ 500-800 triệu đồng", "500", 500000000, "money", "đồng", "quỹ khuyến học của nhiều dòng họ",
      value_max=800000000),
    F("hơn 42.000 suất", "42.000", 42000, "count", "suất quà, học bổng", "suất quà, học bổng các dòng họ trao", Y23,
      approx="over"),
    F("khoảng 18,5 tỷ đồng", "18,5", 18500000000, "money", "đồng", "trị giá quà, học bổng các dòng họ trao", Y23,
      approx="about", change=chg("increase", 12, "%", "năm 2022")),
    F("có ba giáo sư", "ba", 3, "count", "giáo sư", "giáo sư của dòng họ Nguyễn Đăng", location="Lạng Giang"),
    F("mười hai tiến sĩ", "mười hai", 12, "count", "tiến sĩ", "tiến sĩ của dòng họ Nguyễn Đăng", location="Lạng Giang"),
    F("gần 200 con cháu", "200", 200, "count", "con cháu", "con cháu họ Nguyễn Đăng tốt nghiệp đại học",
      approx="nearly", location="Lạng Giang"),
    F("72 tuổi", "72", 72, "measure", "tuổi", "tuổi của trưởng ban quỹ khuyến học dòng họ", optional=True,
      location="Lạng Giang"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "tỷ lệ Gia đình học tập"),
    F("với 76,8% số hộ", "76,8", 76.8, "percent", "%", "tỷ lệ Gia đình học tập"),
    F("có 85% dòng họ", "85", 85, "percent", "%", "dòng họ đăng ký đạt danh hiệu Dòng họ học tập", Y25,
      status="target"),
    F("80% hộ gia đình", "80", 80, "percent", "%", "hộ gia đình đạt Gia đình học tập", Y25, status="target"),
]

build(4, [
    "Party newspaper (Báo Bắc Giang, tag BGĐT): the 'Dòng họ học tập' movement, clan funds, a model clan, 'Gia đình học tập', targets to 2025.",
    "Dateline 'BGĐT - 22/11/2023 07:30'; byline at the end. Distractors: 'Chỉ thị số 11-CT/TW', 'Quyết định số 489/QĐ-UBND', 'thôn 5',",
    "a person's name, the clan name 'Nguyễn Đăng'. '72 tuổi' (a person's age) is optional.",
    "'trong đó 4.870 dòng họ …, chiếm 81,7%, tăng 1.245 dòng họ so với năm 2020': total 5.962, percent 81,7, change 1.245 dòng họ.",
    "List after 'dẫn đầu với': districts are locations, subject the list's indicator. The model clan's figures take the district in brackets (Lạng Giang);",
    "number words 'ba', 'mười hai', 'hai' (rank). 'tăng 12% so với năm 2022' attaches to the nearest amount (18,5 tỷ).",
    "'hiện', 'đến nay' figures with no date phrase carry no period (the stock figures in paragraph 3 are not tied to 'tháng 10/2023').",
], TEXT, FIGS, published="2023-11-22", location="Bắc Giang")
