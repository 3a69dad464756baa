"""p1037-5: Báo Quảng Ninh (Party paper), TP Hạ Long cremation and cemeteries, byline + bare date at the end."""
from lib import F, P, I, C, T, emit

TEXT = """Xã hội

Hạ Long: Hỏa táng dần trở thành lựa chọn văn minh

Nếu năm 2018 tỷ lệ hỏa táng ở TP Hạ Long mới đạt 46% thì năm 2023 con số này đã lên 81,9%, cao gấp khoảng 1,8 lần bình quân toàn tỉnh. Việc đưa đài hóa thân vào hoạt động cùng chính sách hỗ trợ của thành phố đã góp phần thay đổi tập quán an táng của người dân.

Năm 2023, toàn thành phố có 1.846 người từ trần, trong đó 1.512 trường hợp được hỏa táng. Trong 2 tháng đầu năm 2024, tỷ lệ hỏa táng tiếp tục tăng, đạt 83,4%.

Đài hóa thân tại phường Hà Khẩu được đưa vào hoạt động từ tháng 6/2019 với 3 lò hỏa táng, mỗi ngày tiếp nhận trung bình 12-15 ca; ngày cao điểm có 25 ca. Giá dịch vụ hỏa táng trọn gói từ 4,5 đến 7 triệu đồng/ca, tùy loại quan tài và dịch vụ đi kèm.

Theo chính sách của thành phố, mỗi trường hợp hỏa táng có hộ khẩu thường trú tại Hạ Long được hỗ trợ 5 triệu đồng. Năm 2023, tổng kinh phí hỗ trợ là 7,56 tỷ đồng.

Song song với đó, thành phố đã quy hoạch 5 nghĩa trang tập trung với tổng diện tích 74,3 ha, đóng cửa 63 nghĩa địa nhỏ lẻ xen kẹp trong khu dân cư. Riêng nghĩa trang Đèo Sen (phường Hà Phong) đã bố trí khu lưu giữ tro cốt với sức chứa khoảng 12.000 ô.

Ông Nguyễn Văn Tám, Trưởng phòng Quản lý đô thị thành phố, cho biết: "Mục tiêu đến năm 2025, tỷ lệ hỏa táng của thành phố đạt trên 85%, không còn mộ xây mới ngoài nghĩa trang quy hoạch. Thành phố cũng dự kiến kêu gọi đầu tư thêm 1 đài hóa thân tại khu vực phía Tây, quy mô 4 lò."

THU HẰNG
12/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("mới đạt 46%", "46", 46, "percent", "%", "tỷ lệ hỏa táng", P("năm 2018", "2018-01-01", "2018-12-31")),
    F("lên 81,9%", "81,9", 81.9, "percent", "%", "tỷ lệ hỏa táng", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 1.8, "lần", "bình quân toàn tỉnh", approx="about")),
    F("có 1.846 người", "1.846", 1846, "count", "người", "người từ trần", Y23),
    F("1.512 trường hợp", "1.512", 1512, "count", "trường hợp", "trường hợp được hỏa táng", Y23, total=1846),
    F("đạt 83,4%", "83,4", 83.4, "percent", "%", "tỷ lệ hỏa táng", P("Trong 2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("với 3 lò", "3", 3, "count", "lò hỏa táng", "lò hỏa táng của đài hóa thân"),
    F("trung bình 12-15 ca", "12", 12, "measure", "ca/ngày", "ca hỏa táng tiếp nhận mỗi ngày", value_max=15),
    F("có 25 ca", "25", 25, "measure", "ca/ngày", "ca hỏa táng ngày cao điểm"),
    F("từ 4,5 đến 7 triệu", "4,5", 4.5e6, "money", "đồng/ca", "giá dịch vụ hỏa táng trọn gói", value_max=7e6),
    F("hỗ trợ 5 triệu đồng", "5", 5e6, "money", "đồng/trường hợp", "mức hỗ trợ mỗi trường hợp hỏa táng"),
    F("là 7,56 tỷ đồng", "7,56", 7.56e9, "money", "đồng", "tổng kinh phí hỗ trợ hỏa táng", Y23),
    F("quy hoạch 5 nghĩa trang", "5", 5, "count", "nghĩa trang", "nghĩa trang tập trung được quy hoạch"),
    F("diện tích 74,3 ha", "74,3", 74.3, "measure", "ha", "tổng diện tích nghĩa trang tập trung"),
    F("đóng cửa 63 nghĩa địa", "63", 63, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ đã đóng cửa"),
    F("khoảng 12.000 ô", "12.000", 12000, "count", "ô", "sức chứa khu lưu giữ tro cốt nghĩa trang Đèo Sen", approx="about"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ hỏa táng của thành phố", P("đến năm 2025", None, "2025-12-31"),
      approx="over", status="target"),
    F("thêm 1 đài hóa thân", "1", 1, "count", "đài hóa thân", "đài hóa thân kêu gọi đầu tư thêm", status="forecast"),
    F("quy mô 4 lò", "4", 4, "count", "lò", "quy mô đài hóa thân kêu gọi đầu tư", status="forecast"),
]
COMMENTS = [
    "Báo Quảng Ninh: TP Hạ Long, tỷ lệ hỏa táng 2018/2023/2 tháng 2024, đài hóa thân, giá, hỗ trợ, quy hoạch nghĩa trang. Byline THU HẰNG and bare date.",
    "Not figures: 'từ tháng 6/2019' (date), 'Ông Nguyễn Văn Tám' (name), 'phường Hà Khẩu', 'phường Hà Phong'.",
    "'cao gấp khoảng 1,8 lần bình quân toàn tỉnh' follows 81,9%: its change (unit lần), as 'tăng hơn 2,8 lần so với cùng kỳ' in the spec.",
    "Per-day intake '12-15 ca' and '25 ca' on the peak day are rates: measure, unit ca/ngày. The plan to call for 1 more crematorium",
    "of 4 furnaces follows 'dự kiến': forecast (the cue governs the clause that continues with 'quy mô 4 lò').",
]
emit("p1037-5", TEXT, FIGS, COMMENTS, published="2024-03-12", location="Hạ Long")
