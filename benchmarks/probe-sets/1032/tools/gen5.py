"""p1032-5: provincial Party newspaper (Báo Thừa Thiên Huế), rong câu in the Tam Giang - Cầu Hai lagoon, 2023."""
from lib import F, P, I, C, T, build

TEXT = """Rong câu "níu chân" người dân vùng đầm phá

Những năm gần đây, mô hình nuôi rong câu chỉ vàng xen ghép với tôm, cua trên đầm phá Tam Giang - Cầu Hai đã giúp nhiều hộ dân có thu nhập ổn định.

Gia đình ông Trần Văn Bảy ở thôn 6, xã Quảng Công (huyện Quảng Điền) nuôi 1,2 ha rong câu xen ghép tôm sú. Mỗi năm ông thu hoạch 4 đợt, mỗi đợt được khoảng 3 tấn rong tươi; với giá bán bình quân 7.000 đồng/kg, trừ chi phí, gia đình lãi hơn 60 triệu đồng mỗi năm.

Theo Phòng Nông nghiệp và PTNT huyện Quảng Điền, năm 2023 toàn huyện có 285 ha nuôi rong câu, tăng 40 ha so với năm 2022, với gần 600 hộ tham gia; sản lượng ước đạt 2.100 tấn tươi. Toàn tỉnh hiện có khoảng 720 ha nuôi rong câu, tập trung ở các huyện Quảng Điền, Phú Vang, Phú Lộc và thị xã Hương Trà. Năng suất rong câu ở Quảng Điền và Phú Vang lần lượt đạt 7,4 và 6,8 tấn tươi/ha/năm.

Tuy nhiên, giá rong câu năm nay giảm mạnh, có thời điểm chỉ còn 4.500 đồng/kg, thấp hơn 35% so với năm 2022. Nguyên nhân là các cơ sở thu mua dọc Quốc lộ 49B giảm lượng mua do thị trường xuất khẩu chững lại.

Để tháo gỡ khó khăn, năm 2023 Sở NN&PTNT đã triển khai dự án liên kết sản xuất, tiêu thụ rong câu với 3 doanh nghiệp trên diện tích 150 ha, tổng kinh phí 2,6 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,1 tỷ đồng. Mục tiêu đến năm 2025, toàn tỉnh nâng diện tích nuôi rong câu lên 1.000 ha, trong đó 300 ha được cấp mã số vùng nuôi.

"Rong câu không cần thức ăn, lại làm sạch nước cho tôm, cua nên bà con rất phấn khởi", ông Bảy chia sẻ.

HOÀNG LAN
06/11/2023
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NN = P("năm nay", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
QD = "Quảng Điền"

FIGS = [
    F("nuôi 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích nuôi rong câu xen ghép tôm sú của gia đình ông Trần Văn Bảy",
      location=QD),
    F("thu hoạch 4 đợt", "4", 4, "count", "đợt", "đợt thu hoạch rong câu mỗi năm", location=QD),
    F("khoảng 3 tấn rong tươi", "3", 3, "measure", "tấn", "sản lượng rong tươi mỗi đợt", approx="about", location=QD),
    F("bình quân 7.000 đồng/kg", "7.000", 7000, "money", "đồng/kg", "giá bán rong câu bình quân", location=QD),
    F("hơn 60 triệu đồng mỗi năm", "60", 60e6, "money", "đồng/năm", "lãi của gia đình từ nuôi rong câu",
      approx="over", location=QD),
    F("có 285 ha", "285", 285, "measure", "ha", "diện tích nuôi rong câu", Y23,
      change=C("increase", 40, "ha", baseline="năm 2022"), location=QD),
    F("gần 600 hộ", "600", 600, "count", "hộ", "hộ tham gia nuôi rong câu", Y23, approx="nearly", location=QD),
    F("ước đạt 2.100 tấn tươi", "2.100", 2100, "measure", "tấn", "sản lượng rong câu tươi", Y23, status="estimate",
      location=QD),
    F("khoảng 720 ha", "720", 720, "measure", "ha", "diện tích nuôi rong câu", approx="about"),
    F("lần lượt đạt 7,4", "7,4", 7.4, "measure", "tấn/ha/năm", "năng suất rong câu", location=QD),
    F("và 6,8 tấn tươi/ha/năm", "6,8", 6.8, "measure", "tấn/ha/năm", "năng suất rong câu", location="Phú Vang"),
    F("chỉ còn 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", "giá rong câu", NN,
      change=C("decrease", 35, baseline="năm 2022")),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp liên kết sản xuất, tiêu thụ rong câu", Y23),
    F("trên diện tích 150 ha", "150", 150, "measure", "ha", "diện tích dự án liên kết sản xuất, tiêu thụ rong câu", Y23),
    F("kinh phí 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "tổng kinh phí dự án liên kết rong câu", Y23),
    F("hỗ trợ 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "ngân sách tỉnh hỗ trợ dự án liên kết rong câu", Y23,
      total=2.6e9),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích nuôi rong câu", T25, status="target"),
    F("trong đó 300 ha", "300", 300, "measure", "ha", "diện tích rong câu được cấp mã số vùng nuôi", T25,
      status="target", total=1000),
]

COMMENTS = [
    "Báo Thừa Thiên Huế: rong câu chỉ vàng xen ghép tôm, cua in the Tam Giang - Cầu Hai lagoon; byline HOÀNG LAN and bare date at the end.",
    "The household example and the district figures are located in Quảng Điền; province figures default to Thừa Thiên Huế.",
    "'lần lượt đạt 7,4 và 6,8 tấn tươi/ha/năm' is a list sharing one indicator: locations Quảng Điền and Phú Vang; unit without 'tươi'.",
    "'năm nay' = 2023 (published). 'thấp hơn 35% so với năm 2022' is the change of 4.500 đồng/kg. 'trong đó' parts: 1,1 tỷ of 2,6 tỷ;",
    "300 ha of the 1.000 ha target. 'Mỗi năm' is not a period. 'lãi hơn 60 triệu đồng mỗi năm' → unit đồng/năm.",
    "Distractors: 'thôn 6', names 'Trần Văn Bảy'/'ông Bảy', 'Quốc lộ 49B', byline date 06/11/2023.",
]

build("p1032-5", TEXT, FIGS, COMMENTS, published="2023-11-06", location="Thừa Thiên Huế")
