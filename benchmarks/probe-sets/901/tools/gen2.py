"""p901-2: huyện Kim Bảng (Hà Nam) district portal, lime output in the first half of 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG
Tin tức - Sự kiện > Kinh tế
Thứ Năm, 20/07/2023 - 16:10 | Số lượt xem: 312

Sản xuất vôi 6 tháng đầu năm: sản lượng tăng, lò thủ công giảm mạnh

6 tháng đầu năm 2023, các cơ sở sản xuất vôi trên địa bàn huyện Kim Bảng sản xuất được khoảng 412.000 tấn vôi các loại, đạt 48,5% kế hoạch năm, tăng 5,3% so với cùng kỳ năm 2022. Giá trị sản xuất ước đạt 535,6 tỷ đồng, chiếm 17,2% giá trị sản xuất công nghiệp toàn huyện.

Toàn huyện có 37 cơ sở sản xuất vôi, tập trung chủ yếu tại các xã Thanh Sơn (14 cơ sở), Liên Sơn (9 cơ sở), Khả Phong (6 cơ sở) và thị trấn Ba Sao (5 cơ sở). Trong số này có 8 cơ sở đã đầu tư lò đứng công nghiệp sử dụng khí hóa than, 29 cơ sở còn lại vẫn dùng lò thủ công hoặc bán công nghiệp. Đến nay, số lò vôi thủ công trên địa bàn còn 58 lò, giảm 46 lò so với cuối năm 2021.

Các lò công nghiệp có công suất từ 100 đến 150 tấn vôi/ngày, tiêu hao khoảng 0,12 tấn than cho mỗi tấn vôi. Ngành vôi đang giải quyết việc làm cho khoảng 1.150 lao động, thu nhập bình quân từ 7 - 9 triệu đồng/người/tháng. Các lò dọc tuyến ĐT.498 đã được yêu cầu lắp thiết bị lọc bụi trước ngày 30/9.

Phấn đấu cả năm 2023, sản lượng vôi toàn huyện đạt 850.000 tấn; đến hết năm 2024 chấm dứt hoạt động toàn bộ lò vôi thủ công theo Quyết định số 1029/QĐ-UBND của UBND tỉnh Hà Nam.

Nguyễn Hằng - Phòng Kinh tế và Hạ tầng
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
NOW = P("Đến nay", None, "2023-07-20")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
SITES = "cơ sở sản xuất vôi"

FIGS = [
    F("khoảng 412.000 tấn", "412.000", 412000, "measure", "tấn", "sản lượng vôi các loại", H1,
      approx="about", percent=48.5, change=C("increase", 5.3, "%", "cùng kỳ năm 2022")),
    F("ước đạt 535,6 tỷ đồng", "535,6", 535600000000, "money", "đồng", "giá trị sản xuất vôi", I(H1),
      percent=17.2, status="estimate"),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", SITES),
    F("Thanh Sơn (14 cơ sở)", "14", 14, "count", "cơ sở", SITES),
    F("Liên Sơn (9 cơ sở)", "9", 9, "count", "cơ sở", SITES),
    F("Khả Phong (6 cơ sở)", "6", 6, "count", "cơ sở", SITES),
    F("Ba Sao (5 cơ sở)", "5", 5, "count", "cơ sở", SITES),
    F("có 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở sản xuất vôi đã đầu tư lò đứng công nghiệp", total=37),
    F("29 cơ sở còn lại", "29", 29, "count", "cơ sở", "cơ sở sản xuất vôi vẫn dùng lò thủ công hoặc bán công nghiệp",
      total=37),
    F("còn 58 lò", "58", 58, "count", "lò", "lò vôi thủ công còn trên địa bàn", NOW,
      change=C("decrease", 46, "lò", "cuối năm 2021")),
    F("từ 100 đến 150 tấn", "100", 100, "measure", "tấn/ngày", "công suất lò vôi công nghiệp", value_max=150),
    F("khoảng 0,12 tấn than", "0,12", 0.12, "measure", "tấn/tấn vôi", "tiêu hao than cho mỗi tấn vôi của lò công nghiệp",
      approx="about"),
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động ngành vôi", approx="about"),
    F("từ 7 - 9 triệu", "7", 7000000, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành vôi",
      value_max=9000000),
    F("đạt 850.000 tấn", "850.000", 850000, "measure", "tấn", "sản lượng vôi toàn huyện", Y23, status="target"),
]

COMMENTS = [
    "revised after the first run: unit 'tấn vôi/ngày' -> 'tấn/ngày' and 'tấn than/tấn vôi' -> 'tấn/tấn vôi' (measure units drop the material, as 'tấn' elsewhere in this set).",
    "Kim Bảng district portal (Hà Nam): lime output H1/2023, lime works by commune, handmade kilns left, jobs and pay.",
    "Location is the district for every figure: the communes in brackets lie in Kim Bảng (FIGURES.md names province/city/district only).",
    "The commune list (14+9+6+5 = 34) does not add up to the 37 works and has no part-of cue: no total. 'Trong số này' gives 8 and 29 total 37.",
    "'còn 58 lò, giảm 46 lò so với cuối năm 2021': 46 is the change of 58. 'Đến nay' ends at the dateline.",
    "'đạt 48,5% kế hoạch năm' is the percent of 412.000 tấn (850.000 tấn is the year plan, stated later as its own target figure).",
    "Distractors: 16:10, Số lượt xem: 312, ĐT.498, trước ngày 30/9, Quyết định số 1029/QĐ-UBND, 'đến hết năm 2024' (no number).",
    "'Các lò công nghiệp có công suất...', 'Ngành vôi đang...', '37 cơ sở' carry no period phrase: no period.",
]

write("p901-2", TEXT, FIGS, COMMENTS, published="2023-07-20", location="Kim Bảng")
