"""p1004-1: province portal (Bắc Ninh), H1/2024 car-plate auctions."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Bắc Ninh: Hơn 1.200 biển số ô tô được đấu giá thành công trong 6 tháng

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318

Theo báo cáo của Công an tỉnh, 6 tháng đầu năm 2024, Bắc Ninh đã đưa ra đấu giá 2.150 biển số xe ô tô trên hệ thống đấu giá trực tuyến của Công ty Đấu giá hợp danh Việt Nam (VPA), trong đó đấu giá thành công 1.246 biển số, đạt tỷ lệ 57,95%. Tổng số tiền trúng đấu giá đạt hơn 156,8 tỷ đồng, tăng 38,5% so với 6 tháng cuối năm 2023.

Giá trúng bình quân khoảng 125,8 triệu đồng/biển, gấp hơn 3 lần giá khởi điểm. Biển số có giá trúng cao nhất là 99A-777.77 với 4,15 tỷ đồng; tiếp đến là các biển 99A-888.99 (2,7 tỷ đồng) và 99A-799.99 (1,98 tỷ đồng). Có 9 biển số trúng với giá từ 1 tỷ đồng trở lên, chủ yếu là biển ngũ quý, sảnh tiến.

Đáng chú ý, có 87 biển số trúng đấu giá nhưng người trúng không nộp tiền trong thời hạn 15 ngày theo quy định, chiếm 7% số biển trúng đấu giá. Số tiền đặt trước 3,48 tỷ đồng của các trường hợp này đã được nộp vào ngân sách nhà nước; các biển số được đưa trở lại kho số để đấu giá lại.

Tính đến ngày 30/6/2024, sau gần 10 tháng triển khai theo Nghị quyết số 73/2022/QH15 của Quốc hội, tổng số tiền thu từ đấu giá biển số xe ô tô của tỉnh nộp ngân sách đạt gần 289 tỷ đồng.

Trong 6 tháng cuối năm, Công an tỉnh dự kiến đưa ra đấu giá khoảng 2.500 biển số; phấn đấu cả năm 2024 tổng số tiền trúng đấu giá đạt trên 320 tỷ đồng.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Địa chỉ: Số 10 Phù Đổng Thiên Vương, TP Bắc Ninh | Điện thoại: 0222.3822.569
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("Hơn 1.200 biển số ô tô", "1.200", 1200, "count", "biển số", "biển số ô tô được đấu giá thành công",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("đấu giá 2.150 biển số", "2.150", 2150, "count", "biển số", "biển số xe ô tô đưa ra đấu giá", H1),
    F("thành công 1.246 biển số", "1.246", 1246, "count", "biển số", "biển số đấu giá thành công", H1,
      total=2150, percent=57.95),
    F("hơn 156,8 tỷ đồng", "156,8", 156.8e9, "money", "đồng", "tổng số tiền trúng đấu giá", I(H1),
      approx="over", change=C("increase", 38.5, "%", "6 tháng cuối năm 2023")),
    F("khoảng 125,8 triệu đồng/biển", "125,8", 125.8e6, "money", "đồng/biển", "giá trúng bình quân", I(H1),
      approx="about", change=C("increase", 3, "lần", "giá khởi điểm", approx="over")),
    F("với 4,15 tỷ đồng", "4,15", 4.15e9, "money", "đồng", "giá trúng cao nhất", I(H1)),
    F("(2,7 tỷ đồng)", "2,7", 2.7e9, "money", "đồng", "giá trúng", I(H1)),
    F("(1,98 tỷ đồng)", "1,98", 1.98e9, "money", "đồng", "giá trúng", I(H1)),
    F("Có 9 biển số", "9", 9, "count", "biển số", "biển số trúng với giá từ 1 tỷ đồng trở lên", I(H1)),
    F("từ 1 tỷ đồng trở lên", "1", 1e9, "money", "đồng", "giá trúng", approx="at_least", optional=True),
    F("có 87 biển số", "87", 87, "count", "biển số", "biển số trúng đấu giá nhưng người trúng không nộp tiền",
      I(H1), percent=7),
    F("thời hạn 15 ngày", "15", 15, "measure", "ngày", "thời hạn nộp tiền", optional=True),
    F("trước 3,48 tỷ đồng", "3,48", 3.48e9, "money", "đồng", "số tiền đặt trước của các trường hợp không nộp tiền",
      I(H1)),
    F("gần 289 tỷ đồng", "289", 289e9, "money", "đồng", "tổng số tiền thu từ đấu giá biển số xe ô tô nộp ngân sách",
      P("Tính đến ngày 30/6/2024", None, "2024-06-30"), approx="nearly"),
    F("khoảng 2.500 biển số", "2.500", 2500, "count", "biển số", "biển số đưa ra đấu giá",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    F("trên 320 tỷ đồng", "320", 320e9, "money", "đồng", "tổng số tiền trúng đấu giá",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
]

NOTES = [
    "Bắc Ninh province portal: car-plate auctions, first half of 2024. Breadcrumb, 'Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.318'.",
    "Not figures: the view counter, plate numbers 99A-777.77 / 99A-888.99 / 99A-799.99, 'gần 10 tháng triển khai' (a duration that",
    "locates), Nghị quyết số 73/2022/QH15, the footer address and phone. Headline '6 tháng' takes 2024 from the dateline.",
    "'gấp hơn 3 lần giá khởi điểm' right after the average price is that figure's change (unit lần, baseline giá khởi điểm).",
    "'từ 1 tỷ đồng trở lên' (a price class) and 'thời hạn 15 ngày' (a rule) are optional.",
]

build("p1004-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Bắc Ninh")
