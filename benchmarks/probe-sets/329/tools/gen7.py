from lib import F, P, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NGHI SƠN
Kinh tế - Xã hội

Đẩy nhanh tiến độ các dự án bến cảng tại Khu kinh tế Nghi Sơn

Năm 2023, sản lượng hàng hóa thông qua cảng biển Nghi Sơn đạt 42,7 triệu tấn, chiếm hơn 95% sản lượng hàng hóa qua cảng biển của tỉnh Thanh Hóa. Hiện khu bến cảng có 21 bến cảng đang khai thác, tổng chiều dài cầu cảng khoảng 5,1 km, tiếp nhận được tàu trọng tải tối đa 100.000 DWT.

Dự án bến cảng container số 1 và số 2 thuộc khu bến Nam Nghi Sơn có tổng mức đầu tư 3.426 tỷ đồng, trong đó vốn chủ sở hữu của nhà đầu tư 1.028 tỷ đồng (chiếm 30%), còn lại là vốn vay. Tính đến hết tháng 4/2024, dự án đã giải ngân 1.215 tỷ đồng, đạt 35,5% tổng mức đầu tư; khối lượng thi công đạt khoảng 42%.

Để có mặt bằng sạch, thị xã đã thu hồi 86,4 ha đất, chi trả bồi thường, hỗ trợ 214,6 tỷ đồng cho 312 hộ dân; xây dựng 3 khu tái định cư với tổng số 420 lô đất. Hiện còn 17 hộ chưa bàn giao mặt bằng, tập trung tại xã Hải Hà và phường Hải Thượng.

Tại buổi làm việc ngày 20/5, lãnh đạo thị xã đề nghị nhà đầu tư bảo đảm tiến độ, phấn đấu đưa bến số 1 vào khai thác trong quý II/2025. Theo Nghị quyết số 58-NQ/TW của Bộ Chính trị, phấn đấu đến năm 2025, sản lượng hàng hóa qua cảng biển Nghi Sơn đạt 50 triệu tấn; giai đoạn 2026-2030 tăng trưởng bình quân 8-10%/năm.

Mọi ý kiến đóng góp xin gửi về Văn phòng HĐND và UBND thị xã, điện thoại: 0237.3617.205.

Hoàng Lan - Trung tâm VH, TT&TT thị xã
22/05/2024
"""

APR = P("Tính đến hết tháng 4/2024", None, "2024-04-30")
FIGS = [
    F("đạt 42,7 triệu tấn", "42,7", "measure", "tấn", "sản lượng hàng hóa thông qua cảng biển Nghi Sơn", "triệu",
      percent=95, period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 21 bến cảng", "21", "count", "bến cảng", "bến cảng đang khai thác"),
    F("khoảng 5,1 km", "5,1", "measure", "km", "tổng chiều dài cầu cảng", approx="about"),
    F("tối đa 100.000 DWT", "100.000", "measure", "DWT", "trọng tải tàu tiếp nhận được", approx="at_most", optional=True),
    F("đầu tư 3.426 tỷ đồng", "3.426", "money", "đồng", "tổng mức đầu tư dự án bến cảng container số 1 và số 2", "tỷ"),
    F("nhà đầu tư 1.028 tỷ đồng", "1.028", "money", "đồng", "vốn chủ sở hữu của nhà đầu tư", "tỷ",
      total=3426000000000, percent=30),
    F("giải ngân 1.215 tỷ đồng", "1.215", "money", "đồng", "vốn dự án đã giải ngân", "tỷ", percent=35.5, period=APR),
    F("đạt khoảng 42%", "42", "percent", "%", "khối lượng thi công", approx="about", period=APR),
    F("thu hồi 86,4 ha", "86,4", "measure", "ha", "đất thu hồi"),
    F("hỗ trợ 214,6 tỷ đồng", "214,6", "money", "đồng", "chi trả bồi thường, hỗ trợ", "tỷ"),
    F("cho 312 hộ dân", "312", "count", "hộ dân", "hộ dân được bồi thường, hỗ trợ"),
    F("xây dựng 3 khu", "3", "count", "khu tái định cư", "khu tái định cư"),
    F("tổng số 420 lô đất", "420", "count", "lô đất", "lô đất tái định cư"),
    F("còn 17 hộ", "17", "count", "hộ", "hộ chưa bàn giao mặt bằng"),
    F("đạt 50 triệu tấn", "50", "measure", "tấn", "sản lượng hàng hóa qua cảng biển Nghi Sơn", "triệu",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("bình quân 8-10%/năm", "8", "percent", "%", "tăng trưởng bình quân sản lượng hàng hóa qua cảng biển",
      value_max=10, status="target", period=P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")),
]

COMMENTS = [
    "District-level portal (thị xã Nghi Sơn, Thanh Hóa): Nghi Sơn port throughput 2023 and the progress of a container-terminal investment.",
    "No dateline at the top: a bare date '22/05/2024' after the byline at the end. Location: Nghi Sơn (the town; communes are not locations in FIGURES.md).",
    "Distractors: 'bến cảng container số 1 và số 2', 'bến số 1' (names), 'ngày 20/5', 'quý II/2025' (a date for an event), 'Nghị quyết số 58-NQ/TW',",
    "phone '0237.3617.205', 'tỉnh Thanh Hóa' (the whole of the share, not this figure's place). 'tối đa 100.000 DWT' is a ship-size limit: optional.",
    "'3.426 tỷ …, trong đó … 1.028 tỷ đồng (chiếm 30%)' total + percent; 'đạt 35,5% tổng mức đầu tư' percent of 1.215 tỷ (the whole is not restated",
    "as a number there, so no total). 'phấn đấu đến năm 2025 … 50 triệu tấn' target; '8-10%/năm' a target growth range, giai đoạn 2026-2030.",
]

write(7, TEXT, COMMENTS, FIGS, published="2024-05-22", location="Nghi Sơn")
