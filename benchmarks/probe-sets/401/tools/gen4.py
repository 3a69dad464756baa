from lib import *

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Lý lịch tư pháp

Năm 2024, 43,5% yêu cầu cấp Phiếu lý lịch tư pháp được nộp qua VNeID

Ngày đăng: 20/01/2025  |  Lượt xem: 3.102

Năm 2024, Trung tâm Lý lịch tư pháp quốc gia và Sở Tư pháp 63 tỉnh, thành phố trực thuộc Trung ương đã tiếp nhận hơn 1,62 triệu yêu cầu cấp Phiếu lý lịch tư pháp, tăng 21,3% so với năm 2023. Trong đó, Trung tâm Lý lịch tư pháp quốc gia tiếp nhận 96.450 yêu cầu, các Sở Tư pháp tiếp nhận khoảng 1,52 triệu yêu cầu.

Sau hơn một năm triển khai thí điểm theo Đề án 06, số yêu cầu nộp qua ứng dụng VNeID đạt 705.312 yêu cầu, chiếm 43,5% tổng số. Địa phương có số yêu cầu lớn nhất là TP Hồ Chí Minh (298.140 yêu cầu), tiếp đến là Hà Nội (176.905 yêu cầu), Bình Dương (92.318 yêu cầu) và Đồng Nai (61.427 yêu cầu).

Cả nước có 12 địa phương đạt tỷ lệ cấp phiếu qua VNeID trên 60%, gồm Bắc Ninh, Hà Nam, Quảng Ninh, Vĩnh Long và 8 địa phương khác. Tỷ lệ phiếu trả đúng hạn toàn quốc đạt 99,1%; thời gian cấp phiếu trung bình rút ngắn còn 5-7 ngày.

Để phục vụ xác minh, Bộ Công an đã cung cấp 1,18 triệu lượt thông tin về tình trạng án tích, thời gian phản hồi trung bình 2,8 ngày, giảm 1,2 ngày so với năm 2023.

Năm 2025, Bộ Tư pháp đặt mục tiêu 70% yêu cầu cấp Phiếu lý lịch tư pháp được thực hiện qua VNeID, mở rộng cấp phiếu điện tử tại 63/63 địa phương và giảm thời gian cấp phiếu xuống không quá 3 ngày làm việc.

Trung tâm Lý lịch tư pháp quốc gia, địa chỉ số 60 Trần Phú, Ba Đình, Hà Nội; điện thoại (024) 6273.9425.
"""

Y24 = Y("Năm 2024", 2024)
Y24i = Y("Năm 2024", 2024, inh=True)
Y25 = Y("Năm 2025", 2025)
S = "yêu cầu cấp Phiếu lý lịch tư pháp"

FIGS = [
    F("Năm 2024, 43,5% yêu cầu", "43,5", 43.5, "percent", "%", "yêu cầu cấp Phiếu lý lịch tư pháp được nộp qua VNeID",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("Sở Tư pháp 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố trực thuộc Trung ương", Y24, optional=True),
    F("hơn 1,62 triệu", "1,62", 1.62e6, "count", "yêu cầu", S + " tiếp nhận", Y24,
      approx="over", change=ch("+", 21.3, baseline="năm 2023")),
    F("tiếp nhận 96.450 yêu cầu", "96.450", 96450, "count", "yêu cầu", S + " Trung tâm Lý lịch tư pháp quốc gia tiếp nhận", Y24i,
      total=1.62e6),
    F("khoảng 1,52 triệu", "1,52", 1.52e6, "count", "yêu cầu", S + " các Sở Tư pháp tiếp nhận", Y24i, approx="about", total=1.62e6),
    F("hơn một năm", "một", 1, "measure", "năm", optional=True),
    F("đạt 705.312 yêu cầu", "705.312", 705312, "count", "yêu cầu", "yêu cầu nộp qua ứng dụng VNeID", Y24i, percent=43.5),
    F("Minh (298.140", "298.140", 298140, "count", "yêu cầu", "số yêu cầu cấp Phiếu lý lịch tư pháp", Y24i, location="TP Hồ Chí Minh"),
    F("Hà Nội (176.905", "176.905", 176905, "count", "yêu cầu", "số yêu cầu cấp Phiếu lý lịch tư pháp", Y24i, location="Hà Nội"),
    F("Bình Dương (92.318", "92.318", 92318, "count", "yêu cầu", "số yêu cầu cấp Phiếu lý lịch tư pháp", Y24i, location="Bình Dương"),
    F("Đồng Nai (61.427", "61.427", 61427, "count", "yêu cầu", "số yêu cầu cấp Phiếu lý lịch tư pháp", Y24i, location="Đồng Nai"),
    F("có 12 địa phương", "12", 12, "count", "địa phương", "địa phương đạt tỷ lệ cấp phiếu qua VNeID trên 60%", Y24i),
    F("VNeID trên 60%", "60", 60, "percent", "%", "tỷ lệ cấp phiếu qua VNeID", Y24i, approx="over", optional=True),
    F("và 8 địa phương", "8", 8, "count", "địa phương", "địa phương khác đạt tỷ lệ cấp phiếu qua VNeID trên 60%", Y24i, total=12),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ phiếu trả đúng hạn toàn quốc", Y24i),
    F("còn 5-7 ngày", "5", 5, "measure", "ngày", "thời gian cấp phiếu trung bình", Y24i, value_max=7),
    F("cung cấp 1,18 triệu", "1,18", 1.18e6, "count", "lượt thông tin", "lượt thông tin về tình trạng án tích Bộ Công an cung cấp", Y24i),
    F("trung bình 2,8 ngày", "2,8", 2.8, "measure", "ngày", "thời gian phản hồi trung bình", Y24i,
      change=ch("-", 1.2, "ngày", "năm 2023")),
    F("mục tiêu 70%", "70", 70, "percent", "%", "yêu cầu cấp Phiếu lý lịch tư pháp được thực hiện qua VNeID", Y25, status="target"),
    F("tại 63/63 địa phương", "63", 63, "count", "địa phương", "địa phương cấp phiếu điện tử", Y25, total=63, status="target"),
    F("không quá 3 ngày", "3", 3, "measure", "ngày làm việc", "thời gian cấp phiếu", Y25, approx="at_most", status="target"),
]

emit("p401-4", TEXT, [
    "Ministry site (Bộ Tư pháp): national judicial-record requests 2024, VNeID pilot, top provinces, 2025 targets; 'Ngày đăng: … | Lượt xem: …'.",
    "National figures: location Việt Nam (also the count of 12 địa phương followed by a list of provinces). List items take the province as location.",
    "'8 địa phương khác' after 'gồm' is part of the 12 (total 12). 'trên 60%' is a threshold inside the subject: optional. '63 tỉnh' structure: optional.",
    "'rút ngắn còn 5-7 ngày' states only the new level: no change. 'hơn một năm' is a duration: optional.",
    "Distractors: Đề án 06, Lượt xem 3.102, số 60 Trần Phú, phone (024) 6273.9425.",
], FIGS, published="2025-01-20", location="Việt Nam")
