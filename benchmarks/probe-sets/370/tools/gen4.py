from lib import *

TEXT = """
SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Ngày đăng: 05/09/2024 | Lượt xem: 1.102

Đà Nẵng: Sản phẩm du lịch đêm tạo sức hút mới

8 tháng năm 2024, tổng lượt khách tham quan, lưu trú tại Đà Nẵng ước đạt 7,2 triệu lượt, tăng 21,6% so với cùng kỳ; trong đó khoảng 58% du khách có tham gia ít nhất một hoạt động vui chơi, mua sắm về đêm.

Theo thống kê của Sở, các tuyến phố đi bộ, chợ đêm thu hút bình quân 32.000 lượt khách mỗi đêm. Trong đó, chợ đêm Sơn Trà (quận Sơn Trà) đón khoảng 9.500 lượt khách/đêm, phố đi bộ Bạch Đằng (quận Hải Châu) 8.200 lượt khách/đêm, phố đi bộ An Thượng (quận Ngũ Hành Sơn) 6.800 lượt khách/đêm, chợ đêm Helio (quận Hải Châu) 5.100 lượt khách/đêm.

Doanh thu từ các dịch vụ về đêm 8 tháng ước đạt 3.150 tỷ đồng, chiếm 18,4% tổng thu từ du lịch; chi tiêu của một lượt khách cho các hoạt động về đêm từ 800.000 đồng đến 1,2 triệu đồng.

Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024 với 5 đêm thi, 8 đội tham gia đã thu hút hơn 600.000 lượt khách; bên cạnh đó là 23 sự kiện âm nhạc đường phố tại Công viên APEC và Công viên 29/3.

Về an ninh, Công an thành phố duy trì 14 tổ tuần tra cơ động hoạt động từ 18 giờ đến 2 giờ sáng. Từ đầu năm đến nay, lực lượng chức năng đã xử lý 118 trường hợp vi phạm tại các khu vực kinh doanh về đêm, giảm 12,5% so với cùng kỳ.

Mục tiêu đến năm 2025, Đà Nẵng có ít nhất 5 tuyến phố đi bộ và 3 chợ đêm đạt chuẩn phục vụ khách du lịch; doanh thu kinh tế ban đêm chiếm 25% tổng thu du lịch.

Đường dây nóng du lịch: 0236.3550.111.
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
M8i = P("8 tháng năm 2024", "2024-01-01", "2024-08-31", inh=True)
TO25 = P("đến năm 2025", None, "2025-12-31")
NIGHT = "lượt khách bình quân mỗi đêm"

FIGS = [
    F("ước đạt 7,2 triệu lượt", "7,2", 7200000, "count", "lượt", status="estimate",
      change=C("increase", 21.6, baseline="cùng kỳ"), subject="tổng lượt khách tham quan, lưu trú", period=M8),
    F("khoảng 58% du khách", "58", 58, "percent", "%", approx="about", status="estimate",
      subject="du khách có tham gia hoạt động vui chơi, mua sắm về đêm", period=M8),
    F("ít nhất một hoạt động", "một", 1, "count", "hoạt động", approx="at_least", optional=True),
    F("bình quân 32.000 lượt khách", "32.000", 32000, "count", "lượt khách",
      subject="lượt khách bình quân mỗi đêm các tuyến phố đi bộ, chợ đêm", period=M8i),
    F("khoảng 9.500 lượt", "9.500", 9500, "measure", "lượt khách/đêm", approx="about", total=32000,
      subject=NIGHT, period=M8i, location="Sơn Trà"),
    F("Hải Châu) 8.200", "8.200", 8200, "measure", "lượt khách/đêm", total=32000, subject=NIGHT, period=M8i, location="Hải Châu"),
    F("Ngũ Hành Sơn) 6.800", "6.800", 6800, "measure", "lượt khách/đêm", total=32000, subject=NIGHT, period=M8i,
      location="Ngũ Hành Sơn"),
    F("Hải Châu) 5.100", "5.100", 5100, "measure", "lượt khách/đêm", total=32000, subject=NIGHT, period=M8i, location="Hải Châu"),
    F("ước đạt 3.150 tỷ đồng", "3.150", 3.15e12, "money", "đồng", percent=18.4, status="estimate",
      subject="Doanh thu từ các dịch vụ về đêm", period=P("8 tháng", "2024-01-01", "2024-08-31")),
    F("từ 800.000 đồng", "800.000", 800000, "money", "đồng", value_max=1200000,
      subject="chi tiêu của một lượt khách cho các hoạt động về đêm", period=P("8 tháng", "2024-01-01", "2024-08-31")),
    F("với 5 đêm thi", "5", 5, "count", "đêm thi", subject="đêm thi DIFF", period=P("2024", "2024-01-01", "2024-12-31", inh=True)),
    F("8 đội tham gia", "8", 8, "count", "đội", subject="đội tham gia DIFF", period=P("2024", "2024-01-01", "2024-12-31", inh=True)),
    F("hơn 600.000 lượt khách", "600.000", 600000, "count", "lượt khách", approx="over",
      subject="lượt khách Lễ hội pháo hoa quốc tế Đà Nẵng", period=P("2024", "2024-01-01", "2024-12-31", inh=True)),
    F("23 sự kiện", "23", 23, "count", "sự kiện", subject="sự kiện âm nhạc đường phố", period=M8i),
    F("duy trì 14 tổ", "14", 14, "count", "tổ tuần tra", subject="tổ tuần tra cơ động"),
    F("xử lý 118 trường hợp", "118", 118, "count", "trường hợp", change=C("decrease", 12.5, baseline="cùng kỳ"),
      subject="trường hợp vi phạm tại các khu vực kinh doanh về đêm", period=P("Từ đầu năm đến nay", "2024-01-01", "2024-09-05")),
    F("ít nhất 5 tuyến", "5", 5, "count", "tuyến phố đi bộ", approx="at_least", status="target",
      subject="tuyến phố đi bộ đạt chuẩn", period=TO25),
    F("và 3 chợ đêm", "3", 3, "count", "chợ đêm", status="target", subject="chợ đêm đạt chuẩn phục vụ khách du lịch", period=TO25),
    F("chiếm 25% tổng thu", "25", 25, "percent", "%", status="target",
      subject="doanh thu kinh tế ban đêm trong tổng thu du lịch", period=TO25),
]

write("p370-4", [
    "Sở Du lịch Đà Nẵng (department site): night tourism, 8 tháng năm 2024. 'Ngày đăng: 05/09/2024 | Lượt xem: 1.102'.",
    "'khoảng 58% du khách' after 'trong đó' is a share with no base amount of its own: a percent figure; it continues the 'ước đạt' clause (estimate).",
    "'ít nhất một hoạt động' is a threshold in the definition: optional. List after 'Trong đó' of per-night visitors: total 32.000, each district",
    "Items written as rates 'N lượt khách/đêm' are kind measure (FIGURES.md Rates: the denominator is in the unit); the whole",
    "'32.000 lượt khách mỗi đêm' (no slash, adverbial) stays a count. Each district",
    "in brackets is the item's location (Sơn Trà, Hải Châu, Ngũ Hành Sơn); 'khoảng' only on the first item. 'chiếm 18,4%' = percent of 3.150 tỷ.",
    "Range 'từ 800.000 đồng đến 1,2 triệu đồng' (value_max); a new clause after ';' with its own subject: actual, not estimate.",
    "DIFF 2024 figures: the year only in the festival name (inherited). '14 tổ tuần tra' is standing (no period). 'Mục tiêu đến năm 2025' -> targets.",
    "Distractors: 'Công viên 29/3' (name), times 18 giờ / 2 giờ sáng, 'DIFF 2024', hotline, view counter.",
], TEXT, FIGS, published="2024-09-05", location="Đà Nẵng")
