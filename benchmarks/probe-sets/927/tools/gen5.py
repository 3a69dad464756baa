"""p927-5: Báo Sóc Trăng (Party paper), online đăng ký biến động, 4 months 2025; byline + bare date at end."""
from lib import F, P, I, C, T, write

TEXT = """Đẩy mạnh đăng ký biến động đất đai trực tuyến

Thời gian qua, Văn phòng Đăng ký đất đai tỉnh Sóc Trăng đã triển khai tiếp nhận hồ sơ đăng ký biến động qua Cổng Dịch vụ công quốc gia, góp phần rút ngắn thời gian và giảm chi phí đi lại cho người dân.

Theo ông Lâm Văn Ba, Giám đốc Văn phòng Đăng ký đất đai tỉnh, 4 tháng đầu năm 2025, đơn vị và 11 chi nhánh đã tiếp nhận 21.376 hồ sơ đăng ký biến động, tăng 8,2% so với cùng kỳ; trong đó có 9.418 hồ sơ nộp trực tuyến, chiếm 44,1%, cao hơn gần 2 lần so với cùng kỳ năm 2024.

Các loại hồ sơ gồm chuyển nhượng quyền sử dụng đất (8.645 hồ sơ), tặng cho (5.132 hồ sơ), thế chấp (4.870 hồ sơ) và cấp đổi, cấp lại giấy chứng nhận (2.729 hồ sơ). Bình quân mỗi hồ sơ được giải quyết trong 5,5 ngày, giảm 1,5 ngày so với năm 2024. Tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,6%.

Lệ phí đăng ký biến động hiện thu ở mức 30.000 đồng/hồ sơ đối với hộ gia đình, cá nhân; người nộp trực tuyến được giảm 50% lệ phí theo Nghị quyết số 14/2023/NQ-HĐND của HĐND tỉnh.

Bà Thạch Thị Sa Rết (ngụ ấp Tân Thời, xã Tân Thạnh, huyện Long Phú) chia sẻ: “Trước đây tôi phải đi lại 3 lần mới xong thủ tục, nay nộp trên điện thoại chỉ mất một buổi”.

Tuy nhiên, tại thị xã Vĩnh Châu vẫn còn khoảng 1.300 hồ sơ tồn đọng do sai lệch số liệu giữa bản đồ địa chính và hiện trạng sử dụng. Năm 2025, đơn vị phấn đấu nâng tỷ lệ hồ sơ nộp trực tuyến lên trên 60% và hoàn thành chỉnh lý biến động cho 100% thửa đất trong cơ sở dữ liệu đất đai.

NGỌC THẢO
22/5/2025
"""

M4 = P("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
REG = "hồ sơ đăng ký biến động"

FIGS = [
    F("và 11 chi nhánh", "11", 11, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai", optional=True),
    F("tiếp nhận 21.376 hồ sơ", "21.376", 21376, "count", "hồ sơ", REG + " tiếp nhận", M4,
      change=C("increase", 8.2, baseline="cùng kỳ")),
    F("có 9.418 hồ sơ", "9.418", 9418, "count", "hồ sơ", "hồ sơ đăng ký biến động nộp trực tuyến", M4,
      total=21376, percent=44.1, change=C("increase", 2, "lần", baseline="cùng kỳ năm 2024", approx="nearly")),
    F("(8.645 hồ sơ)", "8.645", 8645, "count", "hồ sơ", "hồ sơ chuyển nhượng quyền sử dụng đất", I(M4), total=21376),
    F("(5.132 hồ sơ)", "5.132", 5132, "count", "hồ sơ", "hồ sơ tặng cho", I(M4), total=21376),
    F("(4.870 hồ sơ)", "4.870", 4870, "count", "hồ sơ", "hồ sơ thế chấp", I(M4), total=21376),
    F("(2.729 hồ sơ)", "2.729", 2729, "count", "hồ sơ", "hồ sơ cấp đổi, cấp lại giấy chứng nhận", I(M4),
      total=21376),
    F("trong 5,5 ngày", "5,5", 5.5, "measure", "ngày", "thời gian giải quyết bình quân mỗi hồ sơ", I(M4),
      change=C("decrease", 1.5, "ngày", baseline="năm 2024")),
    F("đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn", I(M4)),
    F("mức 30.000 đồng/hồ sơ", "30.000", 30000, "money", "đồng/hồ sơ",
      "lệ phí đăng ký biến động đối với hộ gia đình, cá nhân"),
    F("giảm 50% lệ phí", "50", 50, "percent", "%", "mức giảm lệ phí cho người nộp trực tuyến"),
    F("lại 3 lần", "3", 3, "count", "lần", "số lần đi lại làm thủ tục trước đây", optional=True),
    F("mất một buổi", "một", 1, "measure", "buổi", "thời gian làm thủ tục khi nộp trực tuyến", optional=True),
    F("khoảng 1.300 hồ sơ", "1.300", 1300, "count", "hồ sơ", "hồ sơ tồn đọng", approx="about", location="Vĩnh Châu"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến", Y25, approx="over", status="target"),
    F("cho 100% thửa", "100", 100, "percent", "%", "thửa đất trong cơ sở dữ liệu được chỉnh lý biến động", Y25,
      status="target"),
]

NOTES = [
    "Báo Sóc Trăng: online registration of land changes, 4 tháng đầu năm 2025; byline NGỌC THẢO and bare date 22/5/2025 at the end.",
    "Distractors: names 'Lâm Văn Ba', 'Thạch Thị Sa Rết', 'Nghị quyết số 14/2023/NQ-HĐND', 'Cổng Dịch vụ công quốc gia'.",
    "9.418 online dossiers: total 21.376 (trong đó), share 44,1%, change 'cao hơn gần 2 lần so với cùng kỳ năm 2024'.",
    "'Các loại hồ sơ gồm' list adds up to 21.376 -> total 21376 although 9.418 stands between (a sibling part, not the whole).",
    "'11 chi nhánh' (organisation) and a citizen's '3 lần', 'một buổi' (anecdote) are optional.",
    "'giảm 50% lệ phí' is a rate of reduction with no base amount: a percent figure, no change.",
]

write("p927-5", TEXT, FIGS, NOTES, published="2025-05-22", location="Sóc Trăng")
