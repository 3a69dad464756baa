"""p1028-2: district portal of Trùng Khánh (Cao Bằng): động Ngườm Ngao, 6 months 2023."""
from lib import F, P, I, C, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÙNG KHÁNH
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Sáu, 14/07/2023 - 10:05

Động Ngườm Ngao đón gần 86 nghìn lượt khách

Theo Phòng Văn hóa và Thông tin huyện, 6 tháng đầu năm 2023, Khu du lịch động Ngườm Ngao (xã Đàm Thủy) đón 85.760 lượt khách, gấp 2,4 lần cùng kỳ năm 2022; doanh thu từ bán vé đạt khoảng 6,9 tỷ đồng. Giá vé tham quan động hiện là 50.000 đồng/người lớn và 20.000 đồng/trẻ em.

Riêng trong tháng 6, động đón 21.400 lượt khách, bình quân khoảng 700 lượt mỗi ngày; những ngày cao điểm có trên 2.000 lượt khách vào động. Động nằm cách thác Bản Giốc khoảng 4 km, trên tuyến Tỉnh lộ 206, nên phần lớn du khách kết hợp tham quan cả hai điểm.

Hiện tại động có 14 thuyết minh viên là người dân địa phương, trong đó 9 người đã được cấp thẻ hướng dẫn viên du lịch tại điểm. Hợp tác xã dịch vụ du lịch Đàm Thủy bố trí 35 xe điện đưa đón khách từ bãi đỗ vào cửa động, mỗi xe chở tối đa 14 người.

Để bảo đảm an toàn, đơn vị quản lý đã lắp đặt 1,2 km tay vịn và hệ thống chiếu sáng dọc tuyến tham quan dài khoảng 1,5 km trong lòng động; mỗi đoàn từ 30 khách trở lên phải có thuyết minh viên đi cùng. Từ đầu năm đến nay không xảy ra sự cố mất an toàn nào.

Năm 2023, huyện đặt mục tiêu đón 150.000 lượt khách đến động Ngườm Ngao. Thực hiện Kế hoạch số 68/KH-UBND, dự kiến huyện sẽ mở thêm nhánh hang phía Tây dài khoảng 600 m, tổng kinh phí 4,5 tỷ đồng.

Nông Thị Hoa - Phòng VH&TT huyện
Điện thoại: 0206.3826.116
"""

H6 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
NOTES = [
    "District portal of huyện Trùng Khánh (Cao Bằng): động Ngườm Ngao, 6 months 2023. Location is the district (xã Đàm Thủy lies in it).",
    "Headline 'gần 86 nghìn' is a figure of its own (no period: the headline states none). 'gấp 2,4 lần cùng kỳ năm 2022' after a count",
    "is read as its change (increase, 2.4 lần), like 'tăng hơn 2,8 lần so với cùng kỳ' in the spec.",
    "'bình quân khoảng 700 lượt mỗi ngày' is a rate: measure in 'lượt/ngày'. The capacity 'tối đa 14 người' and the rule threshold",
    "'từ 30 khách trở lên' are optional. Distractors: dateline, 'Tỉnh lộ 206', 'Kế hoạch số 68/KH-UBND', phone, 'Thứ Sáu'.",
]
FIGS = [
    F("gần 86 nghìn lượt khách", "86", 86000, "count", "lượt khách", "khách đến động Ngườm Ngao", approx="nearly"),
    F("đón 85.760 lượt khách", "85.760", 85760, "count", "lượt khách", "khách đến Khu du lịch động Ngườm Ngao", H6,
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2022")),
    F("khoảng 6,9 tỷ đồng", "6,9", 6900000000, "money", "đồng", "doanh thu từ bán vé", H6, approx="about"),
    F("là 50.000 đồng/người lớn", "50.000", 50000, "money", "đồng/người lớn", "giá vé tham quan động đối với người lớn"),
    F("20.000 đồng/trẻ em", "20.000", 20000, "money", "đồng/trẻ em", "giá vé tham quan động đối với trẻ em"),
    F("đón 21.400 lượt khách", "21.400", 21400, "count", "lượt khách", "khách đến động",
      P("trong tháng 6", "2023-06-01", "2023-06-30")),
    F("khoảng 700 lượt mỗi ngày", "700", 700, "measure", "lượt/ngày", "lượt khách bình quân mỗi ngày",
      P("trong tháng 6", "2023-06-01", "2023-06-30"), approx="about"),
    F("trên 2.000 lượt khách", "2.000", 2000, "count", "lượt khách", "khách vào động những ngày cao điểm",
      P("trong tháng 6", "2023-06-01", "2023-06-30"), approx="over"),
    F("khoảng 4 km", "4", 4, "measure", "km", "khoảng cách từ động đến thác Bản Giốc", approx="about"),
    F("có 14 thuyết minh viên", "14", 14, "count", "thuyết minh viên", "thuyết minh viên là người dân địa phương tại động"),
    F("trong đó 9 người", "9", 9, "count", "người", "thuyết minh viên được cấp thẻ hướng dẫn viên du lịch tại điểm",
      total=14),
    F("bố trí 35 xe điện", "35", 35, "count", "xe điện", "xe điện đưa đón khách từ bãi đỗ vào cửa động"),
    F("tối đa 14 người", "14", 14, "count", "người", "sức chở mỗi xe điện", approx="at_most", optional=True),
    F("1,2 km tay vịn", "1,2", 1.2, "measure", "km", "tay vịn lắp đặt trong lòng động"),
    F("dài khoảng 1,5 km", "1,5", 1.5, "measure", "km", "chiều dài tuyến tham quan trong lòng động", approx="about"),
    F("từ 30 khách trở lên", "30", 30, "count", "khách", "quy mô đoàn phải có thuyết minh viên đi cùng",
      approx="at_least", optional=True),
    F("đón 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "khách đến động Ngườm Ngao",
      P("Năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("dài khoảng 600 m", "600", 600, "measure", "m", "chiều dài nhánh hang phía Tây mở thêm", approx="about",
      status="forecast"),
    F("kinh phí 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "tổng kinh phí mở thêm nhánh hang phía Tây",
      status="forecast"),
]
write("p1028-2", TEXT, FIGS, NOTES, published="2023-07-14", location="Trùng Khánh")
