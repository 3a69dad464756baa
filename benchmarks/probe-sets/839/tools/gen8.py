"""p839-8: Báo Tây Ninh online, funeral service centre 9 months 2024, headline figure, (BTN) tag."""
from lib import F, P, I, C, T, build

TEXT = """Báo Tây Ninh Online
Xã hội

Dịch vụ tang lễ: hơn 2.100 ca hỏa táng trong 9 tháng
Cập nhật ngày: 08/10/2024 - 15:42

(BTN) - 9 tháng đầu năm 2024, Trung tâm Dịch vụ tang lễ tỉnh Tây Ninh đã phục vụ 2.136 ca hỏa táng, tăng 9,4% so với cùng kỳ năm 2023; doanh thu ước đạt 17,9 tỷ đồng, đạt 78,5% kế hoạch năm.

Trong số ca hỏa táng, có 1.452 ca thực hiện tại Đài hóa thân Thiên Thai (thành phố Tây Ninh), còn lại tại cơ sở hỏa táng thị xã Trảng Bàng. Giá dịch vụ hỏa táng hiện từ 3,8 đến 5 triệu đồng/ca tùy loại quan tài; riêng hộ nghèo, hộ cận nghèo và gia đình chính sách được miễn phí, với 184 trường hợp từ đầu năm đến nay.

Nhà tang lễ tỉnh tại đường 30/4, phường 3 đã tổ chức 326 lễ tang, bình quân khoảng 36 lễ/tháng. Hiện trung tâm có 42 viên chức, người lao động, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Theo ông Lê Văn Bảy, Giám đốc trung tâm, tỷ lệ hỏa táng của tỉnh năm 2023 đạt 42,7%, đứng thứ 2 khu vực Đông Nam Bộ, chỉ sau TP Hồ Chí Minh.

Dự kiến cả năm 2024, trung tâm phục vụ khoảng 2.900 ca hỏa táng, doanh thu khoảng 23,5 tỷ đồng, vượt kế hoạch 2%. Năm 2025, tỉnh phấn đấu nâng tỷ lệ hỏa táng toàn tỉnh lên 48%, đồng thời đầu tư thêm 2 lò tại Đài hóa thân Thiên Thai.

Người dân có nhu cầu liên hệ số điện thoại 0276.3827.115 (trực 24/24 giờ).

Thanh Hương
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 2.100 ca", "2.100", 2100, "count", "ca", "ca hỏa táng", P("9 tháng", "2024-01-01", "2024-09-30"),
      approx="over"),
    F("phục vụ 2.136 ca", "2.136", 2136, "count", "ca", "ca hỏa táng Trung tâm Dịch vụ tang lễ phục vụ", M9,
      change=C("increase", 9.4, "%", "cùng kỳ năm 2023")),
    F("ước đạt 17,9 tỷ đồng", "17,9", 17.9e9, "money", "đồng", "doanh thu", M9, status="estimate", percent=78.5),
    F("có 1.452 ca", "1.452", 1452, "count", "ca", "ca hỏa táng thực hiện tại Đài hóa thân Thiên Thai", I(M9),
      total=2136),
    F("từ 3,8 đến 5 triệu", "3,8", 3.8e6, "money", "đồng/ca", "giá dịch vụ hỏa táng", value_max=5e6),
    F("với 184 trường hợp", "184", 184, "count", "trường hợp", "trường hợp hộ nghèo, cận nghèo, gia đình chính sách được miễn phí",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    F("tổ chức 326 lễ tang", "326", 326, "count", "lễ tang", "lễ tang Nhà tang lễ tỉnh tổ chức", I(M9)),
    F("khoảng 36 lễ/tháng", "36", 36, "measure", "lễ/tháng", "lễ tang bình quân mỗi tháng", I(M9), approx="about"),
    F("có 42 viên chức", "42", 42, "count", "viên chức, người lao động", "viên chức, người lao động của trung tâm"),
    F("9,6 triệu đồng/người/tháng", "9,6", 9.6e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("đạt 42,7%", "42,7", 42.7, "percent", "%", "tỷ lệ hỏa táng của tỉnh", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tỷ lệ hỏa táng khu vực Đông Nam Bộ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 2.900 ca", "2.900", 2900, "count", "ca", "ca hỏa táng trung tâm phục vụ", Y24, approx="about",
      status="forecast"),
    F("khoảng 23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng", "doanh thu", Y24, approx="about", status="forecast",
      change=C("increase", 2, "%", "kế hoạch")),
    F("lên 48%", "48", 48, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", Y25, status="target"),
    F("thêm 2 lò", "2", 2, "count", "lò", "lò hỏa táng đầu tư thêm tại Đài hóa thân Thiên Thai", Y25, status="target"),
]

build("p839-8", TEXT, FIGS, published="2024-10-08", location="Tây Ninh", comments=[
    "Báo Tây Ninh online: Trung tâm Dịch vụ tang lễ tỉnh, 9 tháng đầu năm 2024; headline figure, (BTN) tag.",
    "Headline '9 tháng' takes 2024 (published). 1.452 ca is a part of 2.136 ('Trong số ca hỏa táng'); Thiên Thai lies in TP Tây Ninh,",
    "so location stays Tây Ninh either way. 'vượt kế hoạch 2%' is a change against plan. 'đứng thứ 2' is a rank.",
    "Distractors: 08/10/2024 - 15:42, đường 30/4, phường 3, Lê Văn Bảy, phone 0276.3827.115, 24/24 giờ.",
])
