"""p622-4: Bộ Kế hoạch và Đầu tư site, national domestic investment H1/2024 + investment promotion programme."""
from lib import F, P, I, CH, emit

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Đầu tư trong nước

6 tháng đầu năm 2024: Cả nước chấp thuận mới 2.305 dự án đầu tư trong nước

Ngày đăng: 15/07/2024 | Lượt xem: 2.051

Theo báo cáo của các địa phương gửi Bộ Kế hoạch và Đầu tư, 6 tháng đầu năm 2024, cả nước có 2.305 dự án đầu tư trong nước được chấp thuận chủ trương đầu tư hoặc cấp Giấy chứng nhận đăng ký đầu tư, với tổng vốn đăng ký khoảng 612,4 nghìn tỷ đồng, tăng 18,5% so với cùng kỳ năm 2023.

Dẫn đầu về số dự án là Hà Nội (312 dự án), TP Hồ Chí Minh (278 dự án) và Bình Dương (196 dự án). Về vốn đăng ký, Thanh Hóa dẫn đầu với 58.700 tỷ đồng, chiếm 9,6% tổng vốn cả nước; tiếp đến là Bà Rịa - Vũng Tàu 41.250 tỷ đồng, Quảng Ninh 36.980 tỷ đồng. Bắc Ninh xếp thứ 4 với 30.120 tỷ đồng.

Cũng trong 6 tháng, có 1.178 dự án đầu tư trong nước chấm dứt hoạt động, tăng 8,3% so với cùng kỳ; số dự án chậm triển khai chiếm từ 12 đến 15% số dự án còn hiệu lực.

Về xúc tiến đầu tư, Chương trình xúc tiến đầu tư quốc gia năm 2024 gồm 46 hoạt động với tổng kinh phí 38,6 tỷ đồng, trong đó 29 hoạt động tổ chức ở nước ngoài. Đến hết tháng 6, đã triển khai 21/46 hoạt động, đạt 45,7%.

Bộ Kế hoạch và Đầu tư đề nghị các địa phương rà soát, xử lý dứt điểm các dự án chậm tiến độ theo Luật Đầu tư số 61/2020/QH14 và Nghị định số 31/2021/NĐ-CP; phấn đấu cả năm 2024 thu hút vốn đầu tư trong nước đạt trên 1,2 triệu tỷ đồng.

Cục Đầu tư nước ngoài - Bộ Kế hoạch và Đầu tư, số 6B Hoàng Diệu, Ba Đình, Hà Nội.
"""

H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1 = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Đến hết tháng 6", None, "2024-06-30")

FIGS = [
    F("chấp thuận mới 2.305 dự án", "2.305", 2305, "count", "dự án", "dự án đầu tư trong nước chấp thuận mới", H1Y),
    F("có 2.305 dự án", "2.305", 2305, "count", "dự án",
      "dự án đầu tư trong nước được chấp thuận chủ trương đầu tư hoặc cấp Giấy chứng nhận đăng ký đầu tư", H1Y),
    F("khoảng 612,4 nghìn tỷ đồng", "612,4", 612.4e12, "money", "đồng", "tổng vốn đăng ký", H1Y, approx="about",
      change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("Hà Nội (312 dự án)", "312", 312, "count", "dự án", "số dự án", I(H1Y), location="Hà Nội"),
    F("TP Hồ Chí Minh (278 dự án)", "278", 278, "count", "dự án", "số dự án", I(H1Y),
      location="Thành phố Hồ Chí Minh"),
    F("Bình Dương (196 dự án)", "196", 196, "count", "dự án", "số dự án", I(H1Y), location="Bình Dương"),
    F("với 58.700 tỷ đồng", "58.700", 58700e9, "money", "đồng", "vốn đăng ký", I(H1Y), percent=9.6,
      location="Thanh Hóa"),
    F("Vũng Tàu 41.250 tỷ đồng", "41.250", 41250e9, "money", "đồng", "vốn đăng ký", I(H1Y),
      location="Bà Rịa - Vũng Tàu"),
    F("Quảng Ninh 36.980 tỷ đồng", "36.980", 36980e9, "money", "đồng", "vốn đăng ký", I(H1Y), location="Quảng Ninh"),
    F("xếp thứ 4", "4", 4, "rank", "hạng", "vốn đăng ký", I(H1Y), location="Bắc Ninh"),
    F("với 30.120 tỷ đồng", "30.120", 30120e9, "money", "đồng", "vốn đăng ký", I(H1Y), location="Bắc Ninh"),
    F("có 1.178 dự án", "1.178", 1178, "count", "dự án", "dự án đầu tư trong nước chấm dứt hoạt động", H1,
      change=CH("increase", 8.3, "%", "cùng kỳ")),
    F("từ 12 đến 15%", "12", 12, "percent", "%", "số dự án chậm triển khai trên số dự án còn hiệu lực",
      value_max=15),
    F("gồm 46 hoạt động", "46", 46, "count", "hoạt động", "hoạt động của Chương trình xúc tiến đầu tư quốc gia", Y24),
    F("kinh phí 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng kinh phí Chương trình xúc tiến đầu tư quốc gia",
      Y24),
    F("trong đó 29 hoạt động", "29", 29, "count", "hoạt động", "hoạt động tổ chức ở nước ngoài", Y24, total=46),
    F("triển khai 21/46", "21", 21, "count", "hoạt động", "hoạt động xúc tiến đầu tư đã triển khai", ASOF,
      total=46, percent=45.7),
    F("trên 1,2 triệu tỷ đồng", "1,2", 1.2e15, "money", "đồng", "vốn đầu tư trong nước thu hút",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Kế hoạch và Đầu tư: dự án đầu tư trong nước cả nước 6 tháng đầu năm 2024, top provinces, chấm dứt, Chương trình XTĐT quốc gia.",
    "'Ngày đăng: 15/07/2024' gives published; 'Lượt xem: 2.051', 'Luật Đầu tư số 61/2020/QH14', 'Nghị định số 31/2021/NĐ-CP', 'số 6B' are not figures.",
    "National figures: location Việt Nam; province list items carry their province as location, the list's indicator as subject.",
    "'612,4 nghìn tỷ' = 6,124·10^14 đồng; '1,2 triệu tỷ' = 1,2·10^15 đồng. 'Cũng trong 6 tháng' = 1-6/2024 (year from the lead).",
    "'chiếm từ 12 đến 15% số dự án còn hiệu lực' stands after the 1.178 clause but shares nothing with it: a percent range of its own (no period:",
    "it is a stock, not a flow of the 6 months). 'Bắc Ninh xếp thứ 4' is a rank. '21/46 hoạt động, đạt 45,7%' → total + percent, as-of end of June.",
]

if __name__ == "__main__":
    emit("p622-4", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
