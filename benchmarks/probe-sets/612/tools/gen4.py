"""p612-4: Bộ GTVT ministry site — taxis and app-based contract cars nationally, bus network, 2030 target."""
from lib import F, P, I, CH, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ » Tin tức » Vận tải
Cả nước có hơn 32.000 xe taxi và gần 94.000 xe hợp đồng điện tử
Ngày đăng: 05/03/2024 | Lượt xem: 2.031

Theo số liệu của Cục Đường bộ Việt Nam, tính đến ngày 31/12/2023, cả nước có 1.206 đơn vị kinh doanh vận tải bằng xe taxi với 32.418 xe, giảm 4,7% so với cuối năm 2022. Trong đó, số xe taxi sử dụng phần mềm tính tiền qua ứng dụng là 11.306 xe, chiếm 34,9%.

Số xe ô tô kinh doanh vận tải hành khách theo hợp đồng dưới 9 chỗ sử dụng ứng dụng kết nối đạt 93.870 xe, tăng 2,1 lần so với năm 2019. Các địa phương có nhiều xe nhất là TP Hồ Chí Minh (41.250 xe), Hà Nội (28.640 xe), Đà Nẵng (4.180 xe) và Bình Dương (3.025 xe).

Hiện có 7 doanh nghiệp cung cấp ứng dụng kết nối gọi xe, trong đó 3 doanh nghiệp lớn nhất chiếm khoảng 85% thị phần. Doanh thu bình quân của mỗi xe công nghệ từ 12 đến 18 triệu đồng/tháng.

Năm 2023, cả nước có 52/63 tỉnh, thành phố tổ chức vận tải hành khách công cộng bằng xe buýt với 1.380 tuyến; sản lượng đạt khoảng 1,04 tỷ lượt hành khách, trong đó riêng Hà Nội chiếm gần 40%.

Theo Chiến lược phát triển giao thông vận tải, đến năm 2030, vận tải hành khách công cộng tại các đô thị đặc biệt đáp ứng từ 15 đến 25% nhu cầu đi lại. Bộ đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 10/2020/NĐ-CP, dự kiến trình Chính phủ trong quý II/2024.

Cổng Thông tin điện tử Bộ Giao thông vận tải – Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. ĐT: 024.3942.4015
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SUB_APP = "xe ô tô kinh doanh vận tải hành khách theo hợp đồng sử dụng ứng dụng kết nối"
FIGS = [
    F("hơn 32.000 xe taxi", "32.000", 32000, "count", "xe taxi", approx="over", subject="xe taxi"),
    F("gần 94.000 xe", "94.000", 94000, "count", "xe hợp đồng điện tử", approx="nearly",
      subject="xe hợp đồng điện tử"),
    F("có 1.206 đơn vị", "1.206", 1206, "count", "đơn vị", subject="đơn vị kinh doanh vận tải bằng xe taxi",
      period=ASOF),
    F("với 32.418 xe", "32.418", 32418, "count", "xe", change=CH("decrease", 4.7, baseline="cuối năm 2022"),
      subject="xe taxi", period=ASOF),
    F("là 11.306 xe", "11.306", 11306, "count", "xe", total=32418, percent=34.9,
      subject="xe taxi sử dụng phần mềm tính tiền qua ứng dụng", period=I(ASOF)),
    F("dưới 9 chỗ", "9", 9, "measure", "chỗ", approx="under", optional=True),
    F("đạt 93.870 xe", "93.870", 93870, "count", "xe", change=CH("increase", 2.1, unit="lần", baseline="năm 2019"),
      subject=SUB_APP, period=I(ASOF)),
    F("(41.250 xe)", "41.250", 41250, "count", "xe", subject=SUB_APP, period=I(ASOF), location="TP Hồ Chí Minh"),
    F("(28.640 xe)", "28.640", 28640, "count", "xe", subject=SUB_APP, period=I(ASOF), location="Hà Nội"),
    F("(4.180 xe)", "4.180", 4180, "count", "xe", subject=SUB_APP, period=I(ASOF), location="Đà Nẵng"),
    F("(3.025 xe)", "3.025", 3025, "count", "xe", subject=SUB_APP, period=I(ASOF), location="Bình Dương"),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp cung cấp ứng dụng kết nối gọi xe"),
    F("đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp lớn nhất"),
    F("khoảng 85%", "85", 85, "percent", "%", approx="about", subject="thị phần của 3 doanh nghiệp lớn nhất"),
    F("từ 12 đến 18 triệu", "12", 12000000, "money", "đồng/tháng", value_max=18000000,
      subject="doanh thu bình quân của mỗi xe công nghệ"),
    F("52/63", "52", 52, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố tổ chức vận tải hành khách công cộng bằng xe buýt", period=Y23),
    F("với 1.380 tuyến", "1.380", 1380, "count", "tuyến", subject="tuyến xe buýt", period=Y23),
    F("khoảng 1,04 tỷ", "1,04", 1040000000, "count", "lượt hành khách", approx="about",
      subject="sản lượng vận tải hành khách công cộng bằng xe buýt", period=Y23),
    F("gần 40%", "40", 40, "percent", "%", approx="nearly", subject="tỷ trọng sản lượng hành khách xe buýt",
      period=Y23, location="Hà Nội"),
    F("từ 15 đến 25%", "15", 15, "percent", "%", value_max=25, status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại của vận tải hành khách công cộng tại các đô thị đặc biệt",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT: taxi và xe hợp đồng điện tử tính đến 31/12/2023, xe buýt cả nước năm 2023, mục tiêu 2030.",
    "Distractors: Lượt xem 2.031, Nghị định số 10/2020/NĐ-CP, quý II/2024, footer address Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội, phone.",
    "National figures: location Việt Nam; the province list items and 'riêng Hà Nội chiếm gần 40%' take the named place.",
    "Headline figures carry no period. As-of date in paragraph 1 is inherited by paragraph 2. 'dưới 9 chỗ' is a threshold: optional.",
    "'tăng 2,1 lần so với năm 2019' → change in lần. 'trong đó 3 doanh nghiệp' → total 7; the 85% share is its own percent figure.",
    "Province list after a new sentence ('Các địa phương có nhiều xe nhất là') has no part-of cue and does not add up: no total.",
]

if __name__ == "__main__":
    emit("p612-4", TEXT, COMMENTS, FIGS, published="2024-03-05", location="Việt Nam")
