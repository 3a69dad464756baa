"""p770-4: Bộ NN&PTNT site — northern provinces' winter crop plan 2023."""
from lib import *

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Ngày đăng: 05/09/2023 | Lượt xem: 2.064

Phấn đấu gieo trồng 350.000 ha cây vụ đông tại các tỉnh phía Bắc

Ngày 4/9/2023, tại tỉnh Thái Bình, Bộ Nông nghiệp và Phát triển nông thôn tổ chức Hội nghị triển khai kế hoạch sản xuất vụ đông năm 2023 với sự tham dự của đại diện 25 tỉnh, thành phố phía Bắc.

Theo Cục Trồng trọt, vụ đông năm 2022 các tỉnh phía Bắc gieo trồng khoảng 330.000 ha, giá trị sản xuất đạt gần 25.000 tỷ đồng. Riêng 11 tỉnh, thành phố vùng Đồng bằng sông Hồng gieo trồng 118.600 ha, chiếm 35,9% diện tích vụ đông toàn miền Bắc. Năng suất khoai tây và bắp cải bình quân lần lượt đạt 18,6 tấn/ha và 39,5 tấn/ha.

Năm 2023, Bộ đặt mục tiêu các tỉnh phía Bắc gieo trồng 350.000 ha cây vụ đông, trong đó vùng Đồng bằng sông Hồng khoảng 125.000 ha. Diện tích khoai tây phấn đấu đạt 25.000 ha, tăng 3.500 ha so với năm 2022.

Lãnh đạo Bộ đề nghị các địa phương thu hoạch lúa mùa gọn, giải phóng đất trước ngày 25/9 để gieo cây ưa ấm; khoai tây trồng tập trung từ ngày 20/10 đến 15/11. Phấn đấu đến năm 2025, tỷ lệ diện tích vụ đông sản xuất theo hợp đồng liên kết đạt từ 30 đến 40%, thu nhập bình quân trên 120 triệu đồng/ha.

Hiện cả nước có 6 doanh nghiệp chế biến khoai tây quy mô lớn, mỗi năm thu mua khoảng 60.000 tấn củ nguyên liệu. Nguồn khoai tây trong nước mới đáp ứng khoảng 45% nhu cầu nguyên liệu chế biến, phần còn lại phải nhập khẩu.

Cổng thông tin điện tử Bộ NN&PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3846.8161
"""

Y22 = Y(2022, "vụ đông năm 2022")
Y23 = Y(2023, "Năm 2023")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích cây vụ đông gieo trồng các tỉnh phía Bắc"
FIGS = [
    F("gieo trồng 350.000 ha cây vụ đông tại", "350.000", 350000, "measure", "ha", AREA, status="target"),
    F("đại diện 25 tỉnh", "25", 25, "count", "tỉnh, thành phố", "tỉnh, thành phố phía Bắc tham dự hội nghị"),
    F("khoảng 330.000 ha", "330.000", 330000, "measure", "ha", AREA, Y22, approx="about"),
    F("gần 25.000 tỷ đồng", "25.000", 25e12, "money", "đồng", "giá trị sản xuất vụ đông các tỉnh phía Bắc", Y22,
      approx="nearly"),
    F("Riêng 11 tỉnh", "11", 11, "count", "tỉnh, thành phố", "tỉnh, thành phố vùng Đồng bằng sông Hồng", I(Y22)),
    F("gieo trồng 118.600 ha", "118.600", 118600, "measure", "ha",
      "diện tích cây vụ đông vùng Đồng bằng sông Hồng", I(Y22), percent=35.9),
    F("đạt 18,6 tấn/ha", "18,6", 18.6, "measure", "tấn/ha", "năng suất khoai tây bình quân", I(Y22)),
    F("và 39,5 tấn/ha", "39,5", 39.5, "measure", "tấn/ha", "năng suất bắp cải bình quân", I(Y22)),
    F("trồng 350.000 ha cây vụ đông, trong", "350.000", 350000, "measure", "ha", AREA, Y23, status="target"),
    F("khoảng 125.000 ha", "125.000", 125000, "measure", "ha", "diện tích cây vụ đông vùng Đồng bằng sông Hồng", Y23,
      approx="about", total=350000, status="target"),
    F("đạt 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích khoai tây", I(Y23),
      change=CH("increase", 3500, "ha", "năm 2022"), status="target"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ diện tích vụ đông sản xuất theo hợp đồng liên kết", T25,
      value_max=40, status="target"),
    F("trên 120 triệu đồng/ha", "120", 120e6, "money", "đồng/ha", "thu nhập bình quân", T25,
      approx="over", status="target"),
    F("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", "doanh nghiệp chế biến khoai tây quy mô lớn"),
    F("khoảng 60.000 tấn", "60.000", 60000, "measure", "tấn", "củ khoai tây nguyên liệu doanh nghiệp thu mua mỗi năm",
      approx="about"),
    F("khoảng 45% nhu cầu", "45", 45, "percent", "%",
      "tỷ lệ nhu cầu nguyên liệu chế biến được nguồn khoai tây trong nước đáp ứng", approx="about"),
]

COMMENTS = [
    "Cổng TTĐT Bộ NN&PTNT: hội nghị triển khai sản xuất vụ đông năm 2023 các tỉnh phía Bắc (kết quả 2022, mục tiêu 2023 và 2025).",
    "'Ngày đăng: 05/09/2023 | Lượt xem: 2.064' — dateline and counter. Dates '4/9/2023', 'trước ngày 25/9', 'từ ngày 20/10 đến 15/11',",
    "the ministry's address and phone are not figures. The venue 'tỉnh Thái Bình' does not make the figures Thái Bình's.",
    "Location choice: the ministry's aggregates for the northern provinces and for the Red River Delta region are given 'Việt Nam'",
    "(the spec has no region value; a ministry's multi-province total is read as national).",
    "The 25.000 ha potato target's sentence names only the baseline 'năm 2022', so its period (Năm 2023) is inherited.",
]

if __name__ == "__main__":
    emit("p770-4", TEXT, COMMENTS, FIGS, published="2023-09-05", location="Việt Nam")
