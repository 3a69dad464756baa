"""p905-1: Thanh Hóa province portal, năm 2023 results of fishing-boat building and repair yards."""
from lib import F, P, I, CH, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế > Nông nghiệp - Thủy sản
Thanh Hóa: Đóng mới 86 tàu cá vỏ thép, vỏ composite trong năm 2023
Cập nhật: 16/01/2024 09:45 | Lượt xem: 2.318

Ngày 15/01/2024, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng kết công tác quản lý tàu cá năm 2023. Theo báo cáo, năm 2023 các cơ sở đóng mới, sửa chữa tàu cá trên địa bàn tỉnh đã đóng mới 137 tàu cá, tăng 12,3% so với năm 2022; trong đó có 86 tàu vỏ thép và vỏ composite, chiếm 62,8%. Tổng công suất máy của số tàu đóng mới đạt khoảng 58.400 CV, bình quân 426 CV/tàu.

Cũng trong năm, các cơ sở đã sửa chữa, bảo dưỡng 1.245 lượt tàu cá, đạt 103,8% kế hoạch năm. Toàn tỉnh hiện có 21 cơ sở đóng mới, sửa chữa tàu cá đủ điều kiện, tập trung ở thành phố Sầm Sơn (7 cơ sở), thị xã Nghi Sơn (6 cơ sở), huyện Hoằng Hóa (5 cơ sở) và huyện Quảng Xương (3 cơ sở).

Doanh thu của các cơ sở ước đạt 412 tỷ đồng, tăng 9,6% so với cùng kỳ. Các cơ sở giải quyết việc làm thường xuyên cho hơn 1.600 lao động, thu nhập bình quân từ 8 đến 12 triệu đồng/người/tháng. Giá đóng mới một tàu vỏ thép dài 15-18 m hiện dao động từ 3,5 đến 5 tỷ đồng; tính ra, chi phí đóng tàu vỏ thép gấp khoảng 1,7 lần tàu vỏ gỗ cùng cỡ.

Theo Kế hoạch số 215/KH-UBND, năm 2024 tỉnh phấn đấu đóng mới 150 tàu cá, trong đó ít nhất 100 tàu vỏ thép, vỏ composite; đồng thời di dời 4 cơ sở đóng tàu ven sông Mã ra khỏi khu dân cư, đưa về khu hậu cần nghề cá Lạch Bạng gần Quốc lộ 1A.

Cổng thông tin điện tử tỉnh Thanh Hóa - Số 35 Đại lộ Lê Lợi, phường Lam Sơn, TP Thanh Hóa - ĐT: 0237.3852.366
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SUBJ_CS = "cơ sở đóng mới, sửa chữa tàu cá đủ điều kiện"
FIGS = [
    F("Đóng mới 86 tàu cá", "86", "count", "tàu cá", "tàu cá vỏ thép, vỏ composite đóng mới",
      period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("đóng mới 137 tàu cá", "137", "count", "tàu cá", "tàu cá đóng mới",
      change=CH("increase", 12.3, "%", "năm 2022"), period=Y23),
    F("có 86 tàu vỏ thép", "86", "count", "tàu", "tàu vỏ thép và vỏ composite đóng mới",
      total=137, percent=62.8, period=Y23),
    F("khoảng 58.400 CV", "58.400", "measure", "CV", "tổng công suất máy của số tàu đóng mới",
      approx="about", period=I(Y23)),
    F("bình quân 426 CV/tàu", "426", "measure", "CV/tàu", "công suất máy bình quân tàu đóng mới",
      period=I(Y23)),
    F("bảo dưỡng 1.245 lượt tàu cá", "1.245", "count", "lượt tàu cá", "lượt tàu cá được sửa chữa, bảo dưỡng",
      percent=103.8, period=P("Cũng trong năm", "2023-01-01", "2023-12-31")),
    F("hiện có 21 cơ sở", "21", "count", "cơ sở", SUBJ_CS),
    F("Sầm Sơn (7 cơ sở)", "7", "count", "cơ sở", SUBJ_CS, total=21, location="Sầm Sơn"),
    F("Nghi Sơn (6 cơ sở)", "6", "count", "cơ sở", SUBJ_CS, total=21, location="Nghi Sơn"),
    F("Hoằng Hóa (5 cơ sở)", "5", "count", "cơ sở", SUBJ_CS, total=21, location="Hoằng Hóa"),
    F("Quảng Xương (3 cơ sở)", "3", "count", "cơ sở", SUBJ_CS, total=21, location="Quảng Xương"),
    F("ước đạt 412 tỷ đồng", "412", "money", "đồng", "doanh thu của các cơ sở đóng mới, sửa chữa tàu cá",
      mult=10**9, status="estimate", change=CH("increase", 9.6, "%", "cùng kỳ"), period=I(Y23)),
    F("hơn 1.600 lao động", "1.600", "count", "lao động", "lao động có việc làm thường xuyên tại các cơ sở",
      approx="over"),
    F("từ 8 đến 12 triệu", "8", "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      mult=10**6, max_number="12"),
    F("dài 15-18 m", "15", "measure", "m", "chiều dài tàu vỏ thép", max_number="18", optional=True),
    F("từ 3,5 đến 5 tỷ đồng", "3,5", "money", "đồng", "giá đóng mới một tàu vỏ thép",
      mult=10**9, max_number="5"),
    F("gấp khoảng 1,7 lần", "1,7", "multiple", "lần", "chi phí đóng tàu vỏ thép so với tàu vỏ gỗ cùng cỡ",
      approx="about"),
    F("đóng mới 150 tàu cá", "150", "count", "tàu cá", "tàu cá đóng mới",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 100 tàu", "100", "count", "tàu", "tàu vỏ thép, vỏ composite đóng mới",
      approx="at_least", total=150, status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("di dời 4 cơ sở", "4", "count", "cơ sở", "cơ sở đóng tàu di dời ra khỏi khu dân cư",
      status="target", period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

write("p905-1", TEXT, FIGS, published="2024-01-16", location="Thanh Hóa", comments=[
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): năm 2023 new builds, repairs, certified yards by district, revenue, jobs, prices; 2024 targets.",
    "Distractors: Lượt xem 2.318, Ngày 15/01/2024, Kế hoạch số 215/KH-UBND, Quốc lộ 1A, Số 35 Đại lộ Lê Lợi, phone 0237.3852.366.",
    "District list in brackets adds up to the 21 yards before it (7+6+5+3): total 21. 'dài 15-18 m' is the example's size class: optional.",
    "'năm 2024 … phấn đấu' governs the clause after ';' and 'đồng thời' (4 cơ sở): target.",
])
