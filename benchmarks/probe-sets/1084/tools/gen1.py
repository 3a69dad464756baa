"""p1084-1: Sơn La province portal, H1/2024 livestream sales of farm produce and OCOP products."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Sơn La: Hơn 1.200 tấn nông sản được bán qua livestream trong 6 tháng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, các doanh nghiệp, hợp tác xã và hộ sản xuất trên địa bàn tỉnh Sơn La đã tổ chức 156 phiên livestream bán nông sản và sản phẩm OCOP, tiêu thụ hơn 1.200 tấn nông sản, doanh thu ước đạt 38,6 tỷ đồng, tăng 45% so với cùng kỳ năm 2023. Trong đó, xoài tiêu thụ 620 tấn, nhãn 310 tấn, mận hậu 185 tấn, còn lại là cà phê, chè và các sản phẩm OCOP khác.

Số đơn hàng chốt qua các phiên livestream đạt 27.450 đơn, bình quân mỗi phiên có khoảng 176 đơn hàng. Phiên có doanh số cao nhất do Hợp tác xã Nông nghiệp 19/5 (huyện Mai Sơn) tổ chức trong tháng 6 với gần 9.800 lượt xem trực tiếp, bán được 14 tấn xoài tròn Yên Châu. Giá bán xoài qua livestream dao động từ 25.000 đến 35.000 đồng/kg, cao hơn khoảng 15% so với bán cho thương lái.

Thực hiện Kế hoạch số 96/KH-UBND ngày 10/4/2024 của UBND tỉnh, từ đầu năm đến nay, Sở Công Thương đã phối hợp mở 12 lớp tập huấn kỹ năng bán hàng trực tuyến cho 1.450 học viên, đạt 72,5% kế hoạch năm. Hiện toàn tỉnh có 214 sản phẩm OCOP, trong đó 168 sản phẩm đã có gian hàng trên các sàn thương mại điện tử Shopee, TikTok Shop, Lazada và Postmart.

Mục tiêu năm 2024, tỉnh phấn đấu tổ chức 300 phiên livestream, doanh thu từ bán hàng trực tuyến đạt 80 tỷ đồng; đến năm 2025 có 100% sản phẩm OCOP được đưa lên sàn thương mại điện tử.

Mọi thông tin chi tiết xin liên hệ Phòng Quản lý thương mại, Sở Công Thương, điện thoại 0212.3852.416.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
T6 = P("trong tháng 6", "2024-06-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-18")
Y24 = P("Mục tiêu năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 1.200 tấn nông sản được bán", "1.200", 1200, "measure", "tấn",
      "nông sản được bán qua livestream", HEAD, approx="over"),
    F("tổ chức 156 phiên livestream", "156", 156, "count", "phiên livestream",
      "phiên livestream bán nông sản và sản phẩm OCOP", H1),
    F("tiêu thụ hơn 1.200 tấn", "1.200", 1200, "measure", "tấn",
      "nông sản tiêu thụ qua livestream", H1, approx="over"),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng",
      "doanh thu bán nông sản qua livestream", H1, status="estimate",
      change=C("increase", 45, "%", "cùng kỳ năm 2023")),
    F("xoài tiêu thụ 620 tấn", "620", 620, "measure", "tấn", "xoài tiêu thụ qua livestream",
      I(H1), total=1200),
    F("nhãn 310 tấn", "310", 310, "measure", "tấn", "nhãn tiêu thụ qua livestream", I(H1), total=1200),
    F("mận hậu 185 tấn", "185", 185, "measure", "tấn", "mận hậu tiêu thụ qua livestream", I(H1), total=1200),
    F("đạt 27.450 đơn", "27.450", 27450, "count", "đơn",
      "số đơn hàng chốt qua các phiên livestream", I(H1)),
    F("khoảng 176 đơn hàng", "176", 176, "measure", "đơn hàng/phiên",
      "đơn hàng bình quân mỗi phiên livestream", I(H1), approx="about"),
    F("gần 9.800 lượt xem", "9.800", 9800, "count", "lượt xem",
      "lượt xem trực tiếp phiên livestream có doanh số cao nhất", T6, approx="nearly",
      location="Mai Sơn"),
    F("bán được 14 tấn", "14", 14, "measure", "tấn",
      "xoài tròn bán được trong phiên livestream có doanh số cao nhất", T6, location="Mai Sơn"),
    F("từ 25.000 đến 35.000 đồng/kg", "25.000", 25000, "money", "đồng/kg",
      "giá bán xoài qua livestream", value_max=35000,
      change=C("increase", 15, "%", "bán cho thương lái", approx="about")),
    F("mở 12 lớp tập huấn", "12", 12, "count", "lớp tập huấn",
      "lớp tập huấn kỹ năng bán hàng trực tuyến", YTD),
    F("cho 1.450 học viên", "1.450", 1450, "count", "học viên",
      "học viên được tập huấn kỹ năng bán hàng trực tuyến", YTD, percent=72.5),
    F("có 214 sản phẩm OCOP", "214", 214, "count", "sản phẩm OCOP", "sản phẩm OCOP"),
    F("168 sản phẩm đã có gian hàng", "168", 168, "count", "sản phẩm",
      "sản phẩm OCOP có gian hàng trên sàn thương mại điện tử", total=214),
    F("tổ chức 300 phiên livestream", "300", 300, "count", "phiên livestream",
      "phiên livestream", Y24, status="target"),
    F("đạt 80 tỷ đồng", "80", 80e9, "money", "đồng",
      "doanh thu từ bán hàng trực tuyến", Y24, status="target"),
    F("có 100% sản phẩm OCOP", "100", 100, "percent", "%",
      "sản phẩm OCOP được đưa lên sàn thương mại điện tử", TO25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Sơn La (invented): H1/2024 livestream sales of farm produce and OCOP products.",
    "Headline '6 tháng' without year takes 2024 (published). Parts after 'Trong đó' get total 1.200 tấn (the whole before the cue).",
    "'bình quân mỗi phiên ... 176 đơn hàng' is a rate: measure 'đơn hàng/phiên'. The HTX session figures are located in Mai Sơn (district named).",
    "Distractors: 'Lượt xem: 2.317', 'Hợp tác xã Nông nghiệp 19/5', 'Kế hoạch số 96/KH-UBND ngày 10/4/2024', phone 0212.3852.416.",
    "'Hiện' gives no period (214, 168).",
]

write("p1084-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Sơn La")
