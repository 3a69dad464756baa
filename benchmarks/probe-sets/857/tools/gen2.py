"""p857-2: district portal of quận Hải Châu (Đà Nẵng), presumptive tax (thuế khoán) for food-service households, Q1/2024."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI CHÂU
Tin tức - Sự kiện | Kinh tế - Tài chính
Thứ Ba, 16/04/2024 - 10:05

Hải Châu công khai mức thuế khoán của hộ kinh doanh ăn uống

Sáng ngày 15/4, tại trụ sở số 270 Trưng Nữ Vương, Chi cục Thuế quận Hải Châu phối hợp với UBND các phường tổ chức hội nghị triển khai công tác quản lý thuế đối với hộ kinh doanh năm 2024.

Theo báo cáo, trên địa bàn quận hiện có 6.842 hộ kinh doanh nộp thuế theo phương pháp khoán, trong đó nhóm dịch vụ ăn uống có 2.316 hộ, gồm 1.094 quán cà phê, giải khát, 287 cửa hàng trà sữa và 935 quán ăn. Các quán tập trung dọc đường Bạch Đằng, đường 2 Tháng 9 và khu vực chợ Hàn.

Quý I/2024, tổng số thuế khoán phải nộp của các hộ ăn uống là 4,87 tỷ đồng, tăng 6,2% so với cùng kỳ; số hộ có doanh thu từ 100 triệu đồng/năm trở xuống (không phải nộp thuế GTGT, thuế TNCN) là 1.208 hộ, chiếm 52,2%. Mức thuế khoán bình quân của một quán cà phê là 1,35 triệu đồng/tháng, của một quán trà sữa khoảng 1,1 triệu đồng/tháng. Theo quy định, hộ kinh doanh dịch vụ ăn uống nộp thuế GTGT theo tỷ lệ 3% và thuế TNCN theo tỷ lệ 1,5% trên doanh thu.

Qua rà soát, Chi cục đã điều chỉnh tăng doanh thu khoán đối với 146 hộ, số thuế tăng thêm gần 210 triệu đồng/quý; đồng thời hướng dẫn 58 hộ chuyển sang nộp thuế theo phương pháp kê khai. Từ đầu năm đến nay, đã có 423 hộ ăn uống đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, đạt 70,5% chỉ tiêu được giao.

Năm 2024, quận phấn đấu số thu từ hộ kinh doanh đạt 68 tỷ đồng, tăng 8% so với thực hiện năm 2023.

Minh Thư - Phòng Văn hóa và Thông tin quận
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 6.842 hộ", "6.842", 6842, "count", "hộ kinh doanh", "hộ kinh doanh nộp thuế theo phương pháp khoán"),
    F("có 2.316 hộ", "2.316", 2316, "count", "hộ", "hộ kinh doanh dịch vụ ăn uống nộp thuế khoán", total=6842),
    F("gồm 1.094 quán", "1.094", 1094, "count", "quán cà phê, giải khát", "quán cà phê, giải khát nộp thuế khoán",
      total=2316),
    F("287 cửa hàng", "287", 287, "count", "cửa hàng trà sữa", "cửa hàng trà sữa nộp thuế khoán", total=2316),
    F("935 quán ăn", "935", 935, "count", "quán ăn", "quán ăn nộp thuế khoán", total=2316),
    F("là 4,87 tỷ đồng", "4,87", 4.87e9, "money", "đồng", "tổng số thuế khoán phải nộp của các hộ ăn uống", Q1,
      change=C("increase", 6.2, "%", "cùng kỳ")),
    F("từ 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "doanh thu của hộ không phải nộp thuế GTGT, thuế TNCN",
      Q1, approx="at_most", optional=True),
    F("là 1.208 hộ", "1.208", 1208, "count", "hộ",
      "hộ ăn uống có doanh thu từ 100 triệu đồng/năm trở xuống", Q1, percent=52.2),
    F("là 1,35 triệu", "1,35", 1.35e6, "money", "đồng/tháng", "mức thuế khoán bình quân của một quán cà phê", I(Q1)),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "money", "đồng/tháng", "mức thuế khoán bình quân của một quán trà sữa", I(Q1),
      approx="about"),
    F("tỷ lệ 3%", "3", 3, "percent", "%", "tỷ lệ thuế GTGT của hộ kinh doanh dịch vụ ăn uống trên doanh thu",
      optional=True),
    F("tỷ lệ 1,5%", "1,5", 1.5, "percent", "%", "tỷ lệ thuế TNCN của hộ kinh doanh dịch vụ ăn uống trên doanh thu",
      optional=True),
    F("đối với 146 hộ", "146", 146, "count", "hộ", "hộ được điều chỉnh tăng doanh thu khoán"),
    F("gần 210 triệu", "210", 210e6, "money", "đồng/quý", "số thuế tăng thêm", approx="nearly"),
    F("hướng dẫn 58 hộ", "58", 58, "count", "hộ", "hộ chuyển sang nộp thuế theo phương pháp kê khai"),
    F("có 423 hộ", "423", 423, "count", "hộ",
      "hộ ăn uống đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", YTD, percent=70.5),
    F("đạt 68 tỷ đồng", "68", 68e9, "money", "đồng", "số thu từ hộ kinh doanh", Y24, status="target",
      change=C("increase", 8, "%", "thực hiện năm 2023")),
]

NOTES = [
    "District portal of quận Hải Châu (Đà Nẵng): presumptive-tax households, Q1/2024 tax of food-service households.",
    "Location is the district for every figure. 'hiện có' counts get no period. 1.094 + 287 + 935 = 2.316 after 'gồm'.",
    "Optional: the 100 triệu đồng/năm threshold and the statutory rates 3% and 1,5% (rules, not facts of the quarter).",
    "1.208 hộ is 52,2% of the 2.316 ăn uống households but no part-of cue is written, so no total.",
    "Distractors: số 270 Trưng Nữ Vương, đường 2 Tháng 9, ngày 15/4, 10:05.",
]

build("p857-2", TEXT, FIGS, NOTES, published="2024-04-16", location="Hải Châu")
