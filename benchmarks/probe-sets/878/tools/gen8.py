"""p878-8: provincial newspaper online (Báo Bạc Liêu), headline figure, (BBL) tag; cá lóc in Hồng Dân, Q1/2025."""
from lib import F, P, I, C, T, write_set

TEXT = """BÁO BẠC LIÊU ĐIỆN TỬ
Kinh tế
Quý I, Hồng Dân thu hoạch hơn 2.600 tấn cá lóc
Cập nhật lúc 09:10, Thứ hai, 14/04/2025

(BBL) - Quý I/2025, nông dân huyện Hồng Dân thu hoạch 2.635 tấn cá lóc, tăng 410 tấn so với cùng kỳ năm 2024, chiếm 61,4% sản lượng cá lóc nuôi toàn tỉnh. Trong đó, sản lượng từ mô hình lúa - cá đạt 1.120 tấn.

Hiện toàn huyện có 376 hộ nuôi cá lóc với tổng diện tích mặt nước khoảng 128 ha, nhiều nhất là các xã Ninh Quới A, Ninh Hòa và Lộc Ninh. Với giá bán từ 38.000 - 40.000 đồng/kg, sau khi trừ chi phí, người nuôi lãi 5.000 - 7.000 đồng/kg. Theo tính toán của ngành nông nghiệp, lợi nhuận từ nuôi cá lóc gấp 3 lần trồng lúa trên cùng diện tích.

Ngoài Hồng Dân, các địa phương nuôi cá lóc nhiều của tỉnh là Phước Long (52 ha) và Giá Rai (21 ha). Thương lái từ Cần Thơ, Sóc Trăng đến tận ao thu mua rồi chở cá theo Quốc lộ 1A lên TP Hồ Chí Minh tiêu thụ.

Ông Lâm Văn Thành, Phó Trưởng phòng Nông nghiệp và Môi trường huyện Hồng Dân, cho biết dự kiến quý II, huyện thu hoạch khoảng 2.800 tấn cá lóc. Năm 2025, huyện phấn đấu sản lượng cá lóc nuôi đạt 9.500 tấn, thành lập mới 3 hợp tác xã nuôi thủy sản. Đây là một trong những chỉ tiêu do Nghị quyết Đại hội Đảng bộ huyện lần thứ XIII đề ra.

Để giảm rủi ro, huyện khuyến cáo người nuôi thả giống theo lịch, áp dụng quy trình nuôi an toàn sinh học, không xả nước thải chưa xử lý ra kênh rạch.

HOÀNG LAN
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("hơn 2.600 tấn", "2.600", 2600, "measure", "tấn", "sản lượng cá lóc thu hoạch",
      P("Quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("thu hoạch 2.635 tấn", "2.635", 2635, "measure", "tấn", "sản lượng cá lóc thu hoạch", Q1,
      percent=61.4, change=C("increase", 410, "tấn", "cùng kỳ năm 2024")),
    F("đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", "sản lượng cá lóc từ mô hình lúa - cá", I(Q1),
      total=2635),
    F("có 376 hộ", "376", 376, "count", "hộ", "hộ nuôi cá lóc"),
    F("khoảng 128 ha", "128", 128, "measure", "ha", "tổng diện tích mặt nước nuôi cá lóc", approx="about"),
    F("từ 38.000 - 40.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá bán cá lóc", value_max=40000),
    F("lãi 5.000 - 7.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", "lãi của người nuôi cá lóc",
      value_max=7000),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lợi nhuận từ nuôi cá lóc so với trồng lúa"),
    F("Phước Long (52 ha)", "52", 52, "measure", "ha", "diện tích nuôi cá lóc", location="Phước Long"),
    F("Giá Rai (21 ha)", "21", 21, "measure", "ha", "diện tích nuôi cá lóc", location="Giá Rai"),
    F("khoảng 2.800 tấn", "2.800", 2800, "measure", "tấn", "sản lượng cá lóc thu hoạch",
      P("quý II", "2025-04-01", "2025-06-30"), approx="about", status="forecast"),
    F("đạt 9.500 tấn", "9.500", 9500, "measure", "tấn", "sản lượng cá lóc nuôi", Y25, status="target"),
    F("mới 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã nuôi thủy sản thành lập mới", Y25,
      status="target"),
]

NOTES = [
    "Báo Bạc Liêu online (14/4/2025): headline figure and (BBL) tag; cá lóc harvest Q1/2025 in huyện Hồng Dân, prices, margins,",
    "other districts, Q2 forecast and 2025 targets. Default location Hồng Dân; Phước Long and Giá Rai items take their district.",
    "Headline 'Quý I' has no year: 2025 from the date line. 'quý II' takes 2025 from the nearest earlier period (Quý I/2025).",
    "2.635 tấn: change +410 tấn and percent 61,4 (chiếm ... toàn tỉnh); 1.120 tấn after 'Trong đó' (new sentence) is part of it.",
    "'Hiện' sentences carry no period; the communes (Ninh Quới A, ...) are named without figures.",
    "'lợi nhuận ... gấp 3 lần trồng lúa' is the claim itself: a multiple. 'dự kiến quý II' -> forecast; 'phấn đấu' governs both 9.500 tấn and 3 HTX.",
    "Distractors: 09:10, Thứ hai, Quốc lộ 1A, 'lần thứ XIII', names; the province's total is not stated.",
]

write_set(8, TEXT, FIGS, NOTES, published="2025-04-14", location="Hồng Dân")
