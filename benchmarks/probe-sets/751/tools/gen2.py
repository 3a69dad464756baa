#!/usr/bin/env python3
"""p751-2: Hương Sơn district portal — Q1/2024 velvet harvest, communes, herd, yields, price, district budget support, festival."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Hương Sơn
Trang chủ / Tin tức - Sự kiện / Kinh tế
Thứ Năm, 11/04/2024 - 15:20

Hương Sơn: Quý I thu hoạch gần 3,2 tấn nhung hươu

Quý I/2024, toàn huyện đã thu hoạch gần 3,2 tấn nhung hươu, tăng 6,5% so với cùng kỳ năm 2023, chiếm khoảng 30% sản lượng cả năm. Dẫn đầu về sản lượng là các xã Sơn Trung (520 kg), Sơn Bằng (410 kg), Sơn Hàm (385 kg), Sơn Lâm (290 kg) và Tân Mỹ Hà (260 kg).

Tổng đàn hươu của huyện hiện đạt 42.150 con, phân bố tại 21/21 xã, thị trấn. Số hộ nuôi là 11.850 hộ, bình quân 3,6 con/hộ. Xã Sơn Trung và xã Sơn Bằng có đàn hươu lớn nhất huyện, lần lượt 4.850 con và 4.120 con.

Năng suất nhung bình quân đạt 0,9 kg/con/năm; những con hươu đực trưởng thành từ 5 đến 8 năm tuổi cho 1,2-1,5 kg nhung mỗi vụ. Với giá bán hiện nay khoảng 2,2 triệu đồng/lạng nhung tươi, mỗi con hươu đực cho thu nhập trên 25 triệu đồng/năm.

Năm 2024, UBND huyện bố trí 1,5 tỷ đồng từ ngân sách để hỗ trợ người dân xây dựng chuồng trại, phòng chống dịch bệnh và xúc tiến thương mại, trong đó 600 triệu đồng dành cho quảng bá thương hiệu "Nhung hươu Hương Sơn". Dự kiến trong quý II, huyện sẽ tổ chức Lễ hội nhung hươu lần thứ 3 tại thị trấn Phố Châu với khoảng 120 gian hàng.

Trần Hạnh

Cơ quan chủ quản: UBND huyện Hương Sơn, khối 10, thị trấn Phố Châu. ĐT: 0239.3875.123.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Quý I thu hoạch gần 3,2 tấn", "3,2", 3.2, "measure", "tấn", "sản lượng nhung hươu thu hoạch",
      P("Quý I", "2024-01-01", "2024-03-31"), approx="nearly"),
    F("thu hoạch gần 3,2 tấn nhung hươu, tăng", "3,2", 3.2, "measure", "tấn", "nhung hươu thu hoạch", Q1,
      approx="nearly", percent=30, change=CH("increase", 6.5, baseline="cùng kỳ năm 2023")),
    F("Sơn Trung (520 kg)", "520", 520, "measure", "kg", "sản lượng nhung hươu", I(Q1)),
    F("Sơn Bằng (410 kg)", "410", 410, "measure", "kg", "sản lượng nhung hươu", I(Q1)),
    F("Sơn Hàm (385 kg)", "385", 385, "measure", "kg", "sản lượng nhung hươu", I(Q1)),
    F("Sơn Lâm (290 kg)", "290", 290, "measure", "kg", "sản lượng nhung hươu", I(Q1)),
    F("Tân Mỹ Hà (260 kg)", "260", 260, "measure", "kg", "sản lượng nhung hươu", I(Q1)),
    F("đạt 42.150 con", "42.150", 42150, "count", "con", "tổng đàn hươu của huyện"),
    F("21/21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có đàn hươu", total=21),
    F("là 11.850 hộ", "11.850", 11850, "count", "hộ", "số hộ nuôi hươu"),
    F("bình quân 3,6 con/hộ", "3,6", 3.6, "measure", "con/hộ", "số hươu bình quân mỗi hộ nuôi"),
    F("lần lượt 4.850 con", "4.850", 4850, "count", "con", "đàn hươu"),
    F("và 4.120 con", "4.120", 4120, "count", "con", "đàn hươu"),
    F("đạt 0,9 kg/con/năm", "0,9", 0.9, "measure", "kg/con/năm", "năng suất nhung bình quân"),
    F("từ 5 đến 8 năm tuổi", "5", 5, "measure", "năm tuổi", "tuổi hươu đực trưởng thành", value_max=8, optional=True),
    F("cho 1,2-1,5 kg", "1,2", 1.2, "measure", "kg", "nhung mỗi vụ của hươu đực trưởng thành", value_max=1.5),
    F("khoảng 2,2 triệu đồng/lạng", "2,2", 2200000, "money", "đồng/lạng", "giá bán nhung tươi", approx="about"),
    F("trên 25 triệu đồng/năm", "25", 25000000, "money", "đồng/năm", "thu nhập mỗi con hươu đực", approx="over"),
    F("bố trí 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng",
      "kinh phí ngân sách huyện hỗ trợ xây dựng chuồng trại, phòng chống dịch bệnh và xúc tiến thương mại", Y24),
    F("trong đó 600 triệu đồng", "600", 600000000, "money", "đồng",
      "kinh phí quảng bá thương hiệu Nhung hươu Hương Sơn", Y24, total=1500000000),
    F("khoảng 120 gian hàng", "120", 120, "count", "gian hàng", "gian hàng Lễ hội nhung hươu",
      P("trong quý II", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Hương Sơn district portal: Q1/2024 velvet harvest, leading communes (bracketed), herd, households, yield, price, 2024 budget support, festival.",
    "Dateline 'Thứ Năm, 11/04/2024 - 15:20'; byline at the end. The headline's 'Quý I' takes the dateline's year.",
    "Communes are not districts: the list items keep location Hương Sơn and the list's indicator as subject; no cue, so no total.",
    "Distractors: 'Lễ hội nhung hươu lần thứ 3' (an edition, like 'phiên họp thứ ba'), 'khối 10', phone 0239.3875.123.",
    "'3,6 con/hộ' is a rate (measure, denominator in the unit). 'từ 5 đến 8 năm tuổi' is an age band: optional.",
    "'chiếm khoảng 30% sản lượng cả năm' is the percent of 3,2 tấn; 'Dự kiến trong quý II ... khoảng 120 gian hàng' is a forecast.",
]

if __name__ == "__main__":
    emit("p751-2", TEXT, COMMENTS, FIGS, published="2024-04-11", location="Hương Sơn")
