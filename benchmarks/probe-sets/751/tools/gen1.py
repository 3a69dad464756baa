#!/usr/bin/env python3
"""p751-1: Hà Tĩnh province portal — deer herd to 30/6/2024 by district, velvet output H1, price, households, OCOP, 2025 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Tĩnh: Tổng đàn hươu đạt hơn 46.000 con, Hương Sơn chiếm trên 90%
Cập nhật: 18/07/2024 08:45 | Lượt xem: 3.128

(hatinh.gov.vn) - Theo Sở Nông nghiệp và PTNT, tính đến ngày 30/6/2024, tổng đàn hươu toàn tỉnh đạt 46.250 con, tăng 3,8% so với cùng kỳ năm 2023. Trong đó, huyện Hương Sơn có 42.180 con, chiếm 91,2% tổng đàn; các huyện Hương Khê (1.950 con), Vũ Quang (1.120 con), Can Lộc (540 con) và các địa phương khác (460 con).

Sáu tháng đầu năm, sản lượng nhung hươu ước đạt 6,8 tấn, bằng 54% kế hoạch năm. Giá nhung bình quân dao động từ 1,8 đến 2,5 triệu đồng/lạng, thấp hơn khoảng 15% so với cùng kỳ. Giá trị thu từ nhung ước đạt gần 150 tỷ đồng.

Toàn tỉnh hiện có 12.400 hộ nuôi hươu, trong đó 310 hộ nuôi từ 10 con trở lên. Nhung hươu Hương Sơn đã được Cục Sở hữu trí tuệ cấp Giấy chứng nhận chỉ dẫn địa lý số 00071. Toàn tỉnh có 9 sản phẩm từ nhung hươu đạt chuẩn OCOP, trong đó 2 sản phẩm đạt 4 sao.

Theo Kế hoạch số 215/KH-UBND của UBND tỉnh, phấn đấu đến năm 2025 tổng đàn hươu toàn tỉnh đạt 50.000 con, sản lượng nhung đạt 14 tấn/năm; giá trị sản xuất bình quân đạt 35 triệu đồng/con/năm.

Người dân có nhu cầu tư vấn kỹ thuật liên hệ Chi cục Chăn nuôi và Thú y, số 12 đường Hà Huy Tập, TP Hà Tĩnh; điện thoại 0239.3855.216.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đạt hơn 46.000 con", "46.000", 46000, "count", "con", "tổng đàn hươu", I(ASOF), approx="over"),
    F("chiếm trên 90%", "90", 90, "percent", "%", "tỷ trọng đàn hươu trong tổng đàn toàn tỉnh", I(ASOF),
      approx="over", location="Hương Sơn"),
    F("đạt 46.250 con", "46.250", 46250, "count", "con", "tổng đàn hươu toàn tỉnh", ASOF,
      change=CH("increase", 3.8, baseline="cùng kỳ năm 2023")),
    F("có 42.180 con", "42.180", 42180, "count", "con", "đàn hươu", I(ASOF), total=46250, percent=91.2,
      location="Hương Sơn"),
    F("Hương Khê (1.950 con)", "1.950", 1950, "count", "con", "đàn hươu", I(ASOF), total=46250, location="Hương Khê"),
    F("Vũ Quang (1.120 con)", "1.120", 1120, "count", "con", "đàn hươu", I(ASOF), total=46250, location="Vũ Quang"),
    F("Can Lộc (540 con)", "540", 540, "count", "con", "đàn hươu", I(ASOF), total=46250, location="Can Lộc"),
    F("khác (460 con)", "460", 460, "count", "con", "đàn hươu các địa phương khác", I(ASOF), total=46250),
    F("ước đạt 6,8 tấn", "6,8", 6.8, "measure", "tấn", "sản lượng nhung hươu", H1, percent=54, status="estimate"),
    F("từ 1,8 đến 2,5 triệu", "1,8", 1800000, "money", "đồng/lạng", "giá nhung bình quân", I(H1),
      value_max=2500000, change=CH("decrease", 15, baseline="cùng kỳ", approx="about")),
    F("gần 150 tỷ đồng", "150", 150000000000, "money", "đồng", "giá trị thu từ nhung", I(H1),
      approx="nearly", status="estimate"),
    F("có 12.400 hộ", "12.400", 12400, "count", "hộ", "hộ nuôi hươu"),
    F("trong đó 310 hộ", "310", 310, "count", "hộ", "hộ nuôi hươu từ 10 con trở lên", total=12400),
    F("từ 10 con trở lên", "10", 10, "count", "con", "quy mô đàn của hộ", approx="at_least", optional=True),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm từ nhung hươu đạt chuẩn OCOP"),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm từ nhung hươu đạt OCOP 4 sao", total=9),
    F("đạt 50.000 con", "50.000", 50000, "count", "con", "tổng đàn hươu toàn tỉnh", T25, status="target"),
    F("đạt 14 tấn/năm", "14", 14, "measure", "tấn/năm", "sản lượng nhung", T25, status="target"),
    F("đạt 35 triệu đồng/con/năm", "35", 35000000, "money", "đồng/con/năm", "giá trị sản xuất bình quân", T25,
      status="target"),
]

COMMENTS = [
    "Hà Tĩnh province portal (hatinh.gov.vn): deer herd to 30/6/2024 by district, velvet output and price H1/2024, households, OCOP, 2025 targets.",
    "Dateline 'Cập nhật: 18/07/2024 08:45'; 'Lượt xem: 3.128' is page furniture. Distractors: chỉ dẫn địa lý số 00071, Kế hoạch số 215/KH-UBND,",
    "số 12 đường Hà Huy Tập, phone 0239.3855.216, '4 sao' (an OCOP rating level, like 'mức độ 3': not a figure).",
    "District items after 'Trong đó' are parts of 46.250 (they add up); '91,2%' after 'chiếm' is the percent of 42.180.",
    "'từ 10 con trở lên' is a size threshold: optional. 'bằng 54% kế hoạch năm' is the percent of 6,8 tấn (no plan value stated, so no target).",
]

if __name__ == "__main__":
    emit("p751-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Hà Tĩnh")
