"""p1028-4: ministry/central agency site (Cục Du lịch Quốc gia Việt Nam): national cave tourism 2023, safety."""
from lib import F, P, I, C, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ » Tin tức » Quản lý lữ hành
Ngày đăng: 22/03/2024 | Lượt xem: 1.047

Tăng cường an toàn cho khách tham quan, khám phá hang động

Theo số liệu tổng hợp của Cục Du lịch Quốc gia Việt Nam, tính đến hết năm 2023, cả nước có 58 hang động được đưa vào khai thác du lịch tại 17 tỉnh, thành phố. Các địa phương có nhiều hang động đón khách nhất là Quảng Bình (12 hang), Quảng Ninh (9 hang), Ninh Bình (8 hang) và Hà Giang (5 hang).

Năm 2023, các điểm du lịch hang động trên cả nước đón khoảng 9,6 triệu lượt khách, tăng 32% so với năm 2022; tổng thu từ vé tham quan và dịch vụ ước đạt 2.150 tỷ đồng. Số lượt khách tham gia các tour mạo hiểm, khám phá hang động chuyên sâu đạt hơn 28.000 lượt. Con số này gấp 1,8 lần năm 2022.

Cả nước hiện có khoảng 1.350 hướng dẫn viên, thuyết minh viên chuyên về hang động, nhưng chưa đến 20% có chứng chỉ kỹ thuật cứu hộ trong hang. Từ năm 2019 đến nay, đã xảy ra 6 vụ tai nạn, sự cố khi khám phá hang động, làm 2 người tử vong và 9 người bị thương.

Để bảo đảm an toàn, Bộ Văn hóa, Thể thao và Du lịch đã ban hành Thông tư số 13/2023/TT-BVHTTDL quy định về kinh doanh tour mạo hiểm trong hang động, theo đó mỗi đoàn khám phá không quá 10 khách và phải có ít nhất 2 hướng dẫn viên. Mục tiêu đến năm 2025, 100% điểm hang động mở cửa đón khách có phương án cứu hộ, cứu nạn được phê duyệt; đào tạo kỹ năng an toàn cho 2.000 hướng dẫn viên.

Cục Du lịch Quốc gia Việt Nam
Địa chỉ: Số 80 Quán Sứ, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3942.3760
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
NOTES = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam): national cave tourism 2023 and safety. Location Việt Nam; the provinces in the",
    "'lần lượt'-less ranking list each carry their own figure, so the item is the location (Quảng Bình (12 hang) -> Quảng Bình); no total",
    "(the list does not add up to 58 and has no part cue). 'Con số này gấp 1,8 lần năm 2022' stands as its own sentence: a multiple figure.",
    "'chưa đến 20%' is a percent figure of its own (share of guides), approx under. The rule figures 'không quá 10 khách', 'ít nhất 2",
    "hướng dẫn viên' are optional. Distractors: 'Thông tư số 13/2023/TT-BVHTTDL', address 'Số 80 Quán Sứ', phone, 'Lượt xem: 1.047'.",
]
FIGS = [
    F("có 58 hang động", "58", 58, "count", "hang động", "hang động được đưa vào khai thác du lịch",
      P("tính đến hết năm 2023", None, "2023-12-31")),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành phố", "tỉnh, thành phố có hang động được khai thác du lịch",
      P("tính đến hết năm 2023", None, "2023-12-31")),
    F("(12 hang)", "12", 12, "count", "hang", "hang động đón khách", I(ASOF), location="Quảng Bình"),
    F("(9 hang)", "9", 9, "count", "hang", "hang động đón khách", I(ASOF), location="Quảng Ninh"),
    F("(8 hang)", "8", 8, "count", "hang", "hang động đón khách", I(ASOF), location="Ninh Bình"),
    F("(5 hang)", "5", 5, "count", "hang", "hang động đón khách", I(ASOF), location="Hà Giang"),
    F("khoảng 9,6 triệu lượt khách", "9,6", 9600000, "count", "lượt khách", "khách đến các điểm du lịch hang động", Y23,
      approx="about", change=C("increase", 32, baseline="năm 2022")),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "tổng thu từ vé tham quan và dịch vụ", Y23,
      status="estimate"),
    F("hơn 28.000 lượt", "28.000", 28000, "count", "lượt", "khách tham gia tour mạo hiểm, khám phá hang động chuyên sâu",
      I(Y23), approx="over"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "khách tham gia tour mạo hiểm, khám phá hang động chuyên sâu so với năm 2022",
      I(Y23)),
    F("khoảng 1.350 hướng dẫn viên", "1.350", 1350, "count", "hướng dẫn viên", "hướng dẫn viên, thuyết minh viên chuyên về hang động",
      approx="about"),
    F("chưa đến 20%", "20", 20, "percent", "%", "hướng dẫn viên, thuyết minh viên có chứng chỉ kỹ thuật cứu hộ trong hang",
      approx="under"),
    F("ra 6 vụ", "6", 6, "count", "vụ", "vụ tai nạn, sự cố khi khám phá hang động",
      P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-22")),
    F("làm 2 người", "2", 2, "count", "người", "người tử vong do tai nạn, sự cố khi khám phá hang động",
      P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-22")),
    F("và 9 người", "9", 9, "count", "người", "người bị thương do tai nạn, sự cố khi khám phá hang động",
      P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-22")),
    F("không quá 10 khách", "10", 10, "count", "khách", "số khách tối đa mỗi đoàn khám phá", approx="at_most", optional=True),
    F("ít nhất 2 hướng dẫn viên", "2", 2, "count", "hướng dẫn viên", "hướng dẫn viên tối thiểu mỗi đoàn",
      approx="at_least", optional=True),
    F("2025, 100% điểm", "100", 100, "percent", "%", "điểm hang động mở cửa đón khách có phương án cứu hộ, cứu nạn được phê duyệt",
      T25, status="target"),
    F("cho 2.000 hướng dẫn viên", "2.000", 2000, "count", "hướng dẫn viên", "hướng dẫn viên được đào tạo kỹ năng an toàn",
      T25, status="target"),
]
write("p1028-4", TEXT, FIGS, NOTES, published="2024-03-22", location="Việt Nam")
