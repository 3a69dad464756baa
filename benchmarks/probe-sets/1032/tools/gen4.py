"""p1032-4: ministry site (Bộ NN&PTNT), national seaweed figures 2023 and 2030 targets."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy sản
Thứ Tư, 27/03/2024 | 14:10

Đưa rong biển trở thành ngành kinh tế biển quan trọng

Tại Diễn đàn rong biển Việt Nam lần thứ 2 tổ chức ngày 26/3 ở TP Nha Trang, Cục Thủy sản cho biết năm 2023 diện tích nuôi trồng rong biển cả nước đạt khoảng 17.800 ha, sản lượng nuôi trồng và khai thác đạt 108.000 tấn tươi, tăng 4,5% so với năm 2022. Trong đó, rong câu chiếm khoảng 62% sản lượng, rong sụn chiếm 21%, còn lại là rong nho, rong mơ và các loài khác.

Hiện cả nước có 18 tỉnh, thành phố ven biển nuôi trồng rong biển với hơn 15.000 hộ tham gia. Các địa phương có diện tích lớn lần lượt là Bạc Liêu (7.450 ha), Cà Mau (5.200 ha), Thừa Thiên Huế (720 ha) và Kiên Giang (375 ha).

Kim ngạch xuất khẩu rong biển và các sản phẩm từ rong biển năm 2023 đạt 51,3 triệu USD, giảm 8,2% so với năm 2022; trong đó xuất khẩu sang Trung Quốc đạt 19,6 triệu USD, chiếm 38,2%. Cả nước có 12 cơ sở chế biến rong biển quy mô công nghiệp, tổng công suất thiết kế khoảng 40.000 tấn/năm.

Theo Đề án phát triển ngành rong biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1562/QĐ-TTg ngày 18/12/2023), đến năm 2030 diện tích nuôi trồng rong biển đạt 50.000 ha, sản lượng đạt 750.000 tấn tươi; kim ngạch xuất khẩu đạt 600-700 triệu USD; tạo việc làm cho khoảng 50.000 lao động.

Năm 2024, Bộ dự kiến hỗ trợ xây dựng 5 vùng nuôi rong biển tập trung tại Quảng Ninh, Quảng Trị, Khánh Hòa, Ninh Thuận và Kiên Giang, mỗi vùng có quy mô từ 50 ha trở lên, tổng kinh phí khoảng 35 tỷ đồng.

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội - ĐT: 024.3733.0163
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích nuôi trồng rong biển"

FIGS = [
    F("đạt khoảng 17.800 ha", "17.800", 17800, "measure", "ha", AREA, Y23, approx="about"),
    F("đạt 108.000 tấn tươi", "108.000", 108000, "measure", "tấn", "sản lượng rong biển nuôi trồng và khai thác", Y23,
      change=C("increase", 4.5, baseline="năm 2022")),
    F("chiếm khoảng 62% sản lượng", "62", 62, "percent", "%", "tỷ trọng rong câu trong sản lượng rong biển", I(Y23),
      approx="about"),
    F("rong sụn chiếm 21%", "21", 21, "percent", "%", "tỷ trọng rong sụn trong sản lượng rong biển", I(Y23)),
    F("có 18 tỉnh, thành phố", "18", 18, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển nuôi trồng rong biển"),
    F("hơn 15.000 hộ", "15.000", 15000, "count", "hộ", "hộ tham gia nuôi trồng rong biển", approx="over"),
    F("Bạc Liêu (7.450 ha)", "7.450", 7450, "measure", "ha", AREA, location="Bạc Liêu"),
    F("Cà Mau (5.200 ha)", "5.200", 5200, "measure", "ha", AREA, location="Cà Mau"),
    F("Thừa Thiên Huế (720 ha)", "720", 720, "measure", "ha", AREA, location="Thừa Thiên Huế"),
    F("Kiên Giang (375 ha)", "375", 375, "measure", "ha", AREA, location="Kiên Giang"),
    F("đạt 51,3 triệu USD", "51,3", 51.3e6, "money", "USD", "kim ngạch xuất khẩu rong biển và các sản phẩm từ rong biển",
      Y23, change=C("decrease", 8.2, baseline="năm 2022")),
    F("đạt 19,6 triệu USD", "19,6", 19.6e6, "money", "USD", "kim ngạch xuất khẩu rong biển sang Trung Quốc", Y23,
      total=51.3e6, percent=38.2),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở chế biến rong biển quy mô công nghiệp"),
    F("khoảng 40.000 tấn/năm", "40.000", 40000, "measure", "tấn/năm",
      "tổng công suất thiết kế của các cơ sở chế biến rong biển", approx="about"),
    F("đạt 50.000 ha", "50.000", 50000, "measure", "ha", AREA, T30, status="target"),
    F("đạt 750.000 tấn tươi", "750.000", 750000, "measure", "tấn", "sản lượng rong biển", T30, status="target"),
    F("đạt 600-700 triệu USD", "600", 600e6, "money", "USD", "kim ngạch xuất khẩu rong biển", T30, value_max=700e6,
      status="target"),
    F("khoảng 50.000 lao động", "50.000", 50000, "count", "lao động", "việc làm tạo ra cho lao động", T30,
      approx="about", status="target"),
    F("xây dựng 5 vùng", "5", 5, "count", "vùng", "vùng nuôi rong biển tập trung được hỗ trợ xây dựng", Y24,
      status="forecast"),
    F("từ 50 ha trở lên", "50", 50, "measure", "ha", "quy mô mỗi vùng nuôi rong biển tập trung", Y24,
      approx="at_least", status="forecast", optional=True),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "tổng kinh phí xây dựng vùng nuôi rong biển tập trung", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ NN&PTNT site: national seaweed area, output, households, top provinces, exports 2023; Đề án targets to 2030; 2024 plan.",
    "National figures → Việt Nam; the bracketed ranking list ('lần lượt là Bạc Liêu (7.450 ha) …') gives each item its province and no",
    "total (a ranking that does not add up to 17.800). The provinces after '5 vùng … tại Quảng Ninh, …' do not localise the count.",
    "'19,6 triệu USD' to China: total 51,3 triệu, percent 38,2 (China is a trade partner, not a place). Shares of rong câu/rong sụn are",
    "percent figures without total. 'từ 50 ha trở lên' is a size threshold: optional. 'Hiện' sentences: no period.",
    "Distractors: 'lần thứ 2', 'ngày 26/3', Quyết định số 1562/QĐ-TTg ngày 18/12/2023, 'đến năm 2030, tầm nhìn đến năm 2045' in the",
    "Đề án's title, address 'Số 2 Ngọc Hà', phone 024.3733.0163, dateline time 14:10.",
]

build("p1032-4", TEXT, FIGS, COMMENTS, published="2024-03-27", location="Việt Nam")
