from lib import build, F, P, C

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KON PLÔNG
Thời sự - Chính trị

Thủy điện trên địa bàn huyện vận hành xả lũ, bảo đảm an toàn vùng hạ du
Thứ Năm, 22/08/2024 - 10:15

Do ảnh hưởng của hoàn lưu bão số 4, từ đêm 19/8 đến sáng 21/8, trên địa bàn huyện có mưa to đến rất to, tổng lượng mưa phổ biến từ 180 đến 260 mm, có nơi trên 310 mm (xã Măng Cành).

Lúc 14 giờ ngày 20/8, lưu lượng nước về hồ thủy điện Đăk Pô Kô 3 đạt 640 m³/s. Công ty cổ phần thủy điện đã vận hành 2 cửa xả đáy, lưu lượng xả qua đập ở mức 580 m³/s; mực nước hồ duy trì ở cao trình 589,4 m, thấp hơn mực nước dâng bình thường 1,6 m.

Toàn huyện hiện có 9 nhà máy thủy điện nhỏ đang vận hành với tổng công suất 143,5 MW; trong đó, 6 nhà máy có hồ chứa phải thực hiện quy trình vận hành liên hồ chứa. Trước mùa mưa bão, UBND huyện đã kiểm tra 100% nhà máy, yêu cầu 2 nhà máy khắc phục tồn tại về hệ thống cảnh báo xả lũ.

Ngay khi có thông báo xả lũ, huyện đã di dời khẩn cấp 126 hộ với gần 500 nhân khẩu ở vùng hạ du đến nơi an toàn; khoảng 35 ha lúa và hoa màu bị ngập úng. Đến 17 giờ ngày 21/8, lưu lượng xả giảm còn 210 m³/s.

Người dân cần thông tin hỗ trợ xin liên hệ Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện, điện thoại 0260.3829.115.

Nguyễn Thanh Bình - Văn phòng HĐND và UBND huyện
"""

FIGS = [
    F("từ 180 đến 260 mm", "180", 180, "measure", "mm", "tổng lượng mưa", value_max=260),
    F("trên 310 mm", "310", 310, "measure", "mm", "tổng lượng mưa", approx="over"),
    F("đạt 640 m³/s", "640", 640, "measure", "m³/s", "lưu lượng nước về hồ thủy điện Đăk Pô Kô 3"),
    F("vận hành 2 cửa", "2", 2, "count", "cửa xả đáy", "cửa xả đáy vận hành"),
    F("ở mức 580 m³/s", "580", 580, "measure", "m³/s", "lưu lượng xả qua đập"),
    F("cao trình 589,4 m", "589,4", 589.4, "measure", "m", "mực nước hồ",
      change=C("decrease", 1.6, "m", "mực nước dâng bình thường")),
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy thủy điện nhỏ đang vận hành"),
    F("công suất 143,5 MW", "143,5", 143.5, "measure", "MW", "tổng công suất"),
    F("trong đó, 6 nhà máy", "6", 6, "count", "nhà máy", "nhà máy có hồ chứa phải thực hiện quy trình vận hành liên hồ chứa",
      total=9),
    F("kiểm tra 100% nhà máy", "100", 100, "percent", "%", "nhà máy được kiểm tra trước mùa mưa bão"),
    F("yêu cầu 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy phải khắc phục tồn tại về hệ thống cảnh báo xả lũ"),
    F("khẩn cấp 126 hộ", "126", 126, "count", "hộ", "hộ ở vùng hạ du được di dời khẩn cấp"),
    F("gần 500 nhân khẩu", "500", 500, "count", "nhân khẩu", "nhân khẩu được di dời", approx="nearly"),
    F("khoảng 35 ha", "35", 35, "measure", "ha", "lúa và hoa màu bị ngập úng", approx="about"),
    F("giảm còn 210 m³/s", "210", 210, "measure", "m³/s", "lưu lượng xả"),
]

COMMENTS = [
    "District portal (huyện Kon Plông, Kon Tum): flood-release operation of a small hydropower reservoir; dateline 'Thứ Năm, 22/08/2024 - 10:15', byline at the end.",
    "Default location is the district (Kon Plông); the commune 'xã Măng Cành' is not a province/city/district, so it does not change the location.",
    "Distractors: 'bão số 4' (a storm's name), 'Đăk Pô Kô 3' (a plant's name), times 'Lúc 14 giờ', 'Đến 17 giờ', dates 19/8, 20/8, 21/8, phone 0260.3829.115.",
    "Figures located at a day or an hour get no period (FIGURES.md has no day-level period); rainfall range from 180 to 260 mm has value_max.",
    "'cao trình 589,4 m, thấp hơn mực nước dâng bình thường 1,6 m' → change −1.6 m on the level. 'giảm còn 210 m³/s' states only the new level: no change.",
    "'trong đó, 6 nhà máy' is a part of the 9 plants (total 9). '100% nhà máy' a percent figure.",
]

build(5, TEXT, COMMENTS, FIGS, published="2024-08-22", location="Kon Plông")
