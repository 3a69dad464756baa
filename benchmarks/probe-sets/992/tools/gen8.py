"""p992-8: provincial newspaper online (Báo Quảng Bình), headline figure, '(QBĐT) -' tag."""
from lib import F, P, I, C, build

TEXT = """Gần 1.500 tàu cá vào neo đậu an toàn tại khu tránh trú bão Cửa Gianh
Thứ Năm, 28/09/2023 - 14:05

(QBĐT) - Trước diễn biến của áp thấp nhiệt đới, tính đến 17 giờ ngày 27/9, đã có 1.486 tàu cá với 5.920 lao động vào neo đậu tại khu neo đậu tránh trú bão Cửa Gianh (thị xã Ba Đồn). Lực lượng Đồn Biên phòng Cửa khẩu cảng Gianh đã bố trí 4 tổ công tác trực 24/24 giờ để hướng dẫn, sắp xếp tàu thuyền.

Theo Chi cục Thủy sản, toàn tỉnh hiện có 3.948 tàu cá, trong đó 1.185 tàu dài từ 12 m trở lên. Ngoài Cửa Gianh, các khu neo đậu Nhật Lệ (TP. Đồng Hới), Hòn La và Roòn (huyện Quảng Trạch) lần lượt tiếp nhận 832, 415 và 267 tàu.

9 tháng đầu năm, các khu neo đậu trên địa bàn đã đón khoảng 38.400 lượt tàu ra vào, đạt 78% kế hoạch năm và tăng 12,5% so với cùng kỳ. Dự án nạo vét luồng Cửa Gianh có tổng vốn 72 tỷ đồng, khối lượng 540.000 m3. Đến nay, nhà thầu đã thi công được khoảng 85% khối lượng, mục tiêu đưa độ sâu luồng đạt 3,5 m vào cuối năm 2023.

Ông Hoàng Văn Chín, chủ tàu QB 91468 TS ở xã Quảng Phúc, cho biết trước đây tàu 400 CV vào cửa Gianh thường mắc cạn, nay đã ra vào thuận lợi hơn.

Phấn đấu đến năm 2025, sức chứa các khu neo đậu của tỉnh đạt 3.000 chiếc, tăng 700 chiếc so với hiện nay. Tổng kinh phí duy tu, nạo vét giai đoạn 2024-2025 dự kiến khoảng 110 tỷ đồng.

Ngọc Mai
"""

ASOF = P("tính đến 17 giờ ngày 27/9", end="2023-09-27")

FIGS = [
    F("Gần 1.500 tàu cá", "1.500", 1500, "count", "tàu cá", "tàu cá vào neo đậu an toàn tại khu tránh trú bão Cửa Gianh",
      approx="nearly", location="Ba Đồn"),
    F("có 1.486 tàu cá", "1.486", 1486, "count", "tàu cá", "tàu cá vào neo đậu tại khu neo đậu Cửa Gianh", ASOF,
      location="Ba Đồn"),
    F("với 5.920 lao động", "5.920", 5920, "count", "lao động", "lao động vào neo đậu tại khu neo đậu Cửa Gianh", ASOF,
      location="Ba Đồn"),
    F("bố trí 4 tổ công tác", "4", 4, "count", "tổ công tác", "tổ công tác trực hướng dẫn, sắp xếp tàu thuyền",
      location="Ba Đồn"),
    F("có 3.948 tàu cá", "3.948", 3948, "count", "tàu cá", "tàu cá"),
    F("trong đó 1.185 tàu", "1.185", 1185, "count", "tàu", "tàu dài từ 12 m trở lên", total=3948),
    F("từ 12 m trở lên", "12", 12, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("tiếp nhận 832,", "832", 832, "count", "tàu", "tàu vào neo đậu tại khu neo đậu", I(ASOF), location="Đồng Hới"),
    F("832, 415 và", "415", 415, "count", "tàu", "tàu vào neo đậu tại khu neo đậu", I(ASOF), location="Quảng Trạch"),
    F("và 267 tàu", "267", 267, "count", "tàu", "tàu vào neo đậu tại khu neo đậu", I(ASOF), location="Quảng Trạch"),
    F("khoảng 38.400 lượt tàu", "38.400", 38400, "count", "lượt tàu", "lượt tàu ra vào các khu neo đậu",
      P("9 tháng đầu năm", "2023-01-01", "2023-09-30"), approx="about", percent=78,
      change=C("increase", 12.5, baseline="cùng kỳ")),
    F("vốn 72 tỷ đồng", "72", 72000000000, "money", "đồng", "tổng vốn dự án nạo vét luồng Cửa Gianh", location="Ba Đồn"),
    F("khối lượng 540.000 m3", "540.000", 540000, "measure", "m3", "khối lượng nạo vét luồng Cửa Gianh", location="Ba Đồn"),
    F("khoảng 85% khối lượng", "85", 85, "percent", "%", "khối lượng dự án nạo vét đã thi công",
      P("Đến nay", end="2023-09-28"), approx="about", location="Ba Đồn"),
    F("đạt 3,5 m", "3,5", 3.5, "measure", "m", "độ sâu luồng", P("cuối năm 2023", end="2023-12-31"),
      status="target", location="Ba Đồn"),
    F("tàu 400 CV", "400", 400, "measure", "CV", "công suất tàu", optional=True, location="Ba Đồn"),
    F("đạt 3.000 chiếc", "3.000", 3000, "count", "chiếc", "sức chứa các khu neo đậu của tỉnh",
      P("đến năm 2025", end="2025-12-31"), status="target", change=C("increase", 700, unit="chiếc", baseline="hiện nay")),
    F("khoảng 110 tỷ đồng", "110", 110000000000, "money", "đồng", "tổng kinh phí duy tu, nạo vét",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="forecast"),
]

build("p992-8", TEXT, FIGS, published="2023-09-28", location="Quảng Bình", comments=[
    "Báo Quảng Bình online (QBĐT tag, implies Quảng Bình): boats sheltering at Cửa Gianh (thị xã Ba Đồn) before a tropical depression, 9/2023.",
    "Headline 'Gần 1.500 tàu cá' is a figure (nearly) of the Cửa Gianh shelter, located like the body (Ba Đồn); no period in the headline.",
    "'lần lượt tiếp nhận 832, 415 và 267 tàu' shares its head; locations from the bracketed places (Đồng Hới; Hòn La and Roòn both in Quảng Trạch).",
    "'9 tháng đầu năm' takes 2023 from the dateline; 'đạt 78% kế hoạch năm' is the share, 'tăng 12,5% so với cùng kỳ' the change of 38.400.",
    "'Đến nay' = as of the dateline. 85% stands in its own sentence (progress), a percent figure. 'tăng 700 chiếc so với hiện nay' is a change.",
    "Distractors: (QBĐT) tag, 'trực 24/24 giờ', Đồn Biên phòng Cửa khẩu cảng Gianh, boat number 'QB 91468 TS', name 'Hoàng Văn Chín', 17 giờ.",
    "'tàu 400 CV' (a boat class in a quote) is optional.",
])
