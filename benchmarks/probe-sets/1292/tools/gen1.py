"""p1292-1: province portal (Thanh Hóa): coach stations during the Tết Ất Tỵ 2025 peak."""
from lib import F, period, inherit, change, target, write

TEXT = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Giao thông vận tải

Hơn 318 nghìn lượt khách đi xe khách dịp Tết Nguyên đán

Cập nhật: 14/02/2025 10:35 | Lượt xem: 3.186

Theo Sở Giao thông vận tải Thanh Hóa, trong 27 ngày cao điểm phục vụ Tết Nguyên đán Ất Tỵ (từ ngày 17/01 đến hết ngày 12/02/2025), 14 bến xe khách trên địa bàn tỉnh đã tổ chức cho 27.460 lượt xe xuất bến, vận chuyển 318.250 lượt hành khách, tăng 7,3% so với cùng kỳ Tết Giáp Thìn 2024. Trong đó, tuyến liên tỉnh 21.120 lượt xe, tuyến nội tỉnh 6.340 lượt xe.

Ngày cao điểm nhất là 25/01/2025 (tức 26 tháng Chạp), các bến xe xuất bến 1.586 lượt xe, gấp 2,4 lần ngày thường. Riêng Bến xe khách Hạc Thành, bến xe loại 1 lớn nhất tỉnh, phục vụ 96.400 lượt khách, chiếm 30,3% tổng lượng khách qua các bến.

Để đáp ứng nhu cầu đi lại, các doanh nghiệp, hợp tác xã vận tải đã bố trí 1.250 xe tăng cường, trong đó có 310 xe giường nằm. Giá vé các tuyến tăng từ 20-40% so với ngày thường, đúng phương án giá đã kê khai; tuyến Thanh Hóa – TP Hồ Chí Minh có giá vé cao nhất là 1.050.000 đồng/vé.

Cũng trong thời gian trên, lực lượng Thanh tra giao thông đã kiểm tra 2.140 lượt phương tiện, phát hiện 37 trường hợp vi phạm, xử phạt 186,5 triệu đồng; không để xảy ra tình trạng hành khách bị ùn ứ tại bến.

Tin liên quan:
- Khai trương tuyến xe buýt số 19 Thanh Hóa – Nghi Sơn
- Thanh Hóa: Đảm bảo trật tự an toàn giao thông dịp Lễ hội Lam Kinh 2025
"""

TET = period("từ ngày 17/01 đến hết ngày 12/02/2025", "2025-01-17", "2025-02-12")
PEAK = period("25/01/2025", "2025-01-25", "2025-01-25")

FIGS = [
    F("Hơn 318 nghìn", "318", 318e3, "count", "lượt khách", approx="over",
      subject="lượt khách đi xe khách dịp Tết Nguyên đán"),
    F("14 bến xe khách", "14", 14, "count", "bến xe khách",
      subject="bến xe khách trên địa bàn tỉnh", period=TET),
    F("cho 27.460 lượt", "27.460", 27460, "count", "lượt xe",
      subject="lượt xe xuất bến", period=TET),
    F("vận chuyển 318.250 lượt", "318.250", 318250, "count", "lượt hành khách",
      change=change("increase", 7.3, "%", "cùng kỳ Tết Giáp Thìn 2024"),
      subject="lượt hành khách vận chuyển", period=TET),
    F("liên tỉnh 21.120", "21.120", 21120, "count", "lượt xe", total=27460,
      subject="lượt xe xuất bến tuyến liên tỉnh", period=inherit(TET)),
    F("nội tỉnh 6.340", "6.340", 6340, "count", "lượt xe", total=27460,
      subject="lượt xe xuất bến tuyến nội tỉnh", period=inherit(TET)),
    F("xuất bến 1.586", "1.586", 1586, "count", "lượt xe",
      change=change("increase", 2.4, "lần", "ngày thường"),
      subject="lượt xe xuất bến ngày cao điểm nhất", period=PEAK),
    F("phục vụ 96.400", "96.400", 96400, "count", "lượt khách", percent=30.3,
      subject="lượt khách Bến xe khách Hạc Thành phục vụ", period=inherit(TET)),
    F("bố trí 1.250 xe", "1.250", 1250, "count", "xe",
      subject="xe tăng cường các doanh nghiệp, hợp tác xã vận tải bố trí", period=inherit(TET)),
    F("có 310 xe", "310", 310, "count", "xe", total=1250,
      subject="xe giường nằm tăng cường", period=inherit(TET)),
    F("từ 20-40%", "20", 20, "percent", "%", value_max=40,
      subject="giá vé các tuyến", period=inherit(TET)),
    F("là 1.050.000", "1.050.000", 1050000, "money", "đồng/vé",
      subject="giá vé cao nhất tuyến Thanh Hóa – TP Hồ Chí Minh", period=inherit(TET)),
    F("kiểm tra 2.140 lượt", "2.140", 2140, "count", "lượt phương tiện",
      subject="lượt phương tiện Thanh tra giao thông kiểm tra", period=inherit(TET)),
    F("phát hiện 37", "37", 37, "count", "trường hợp",
      subject="trường hợp vi phạm phát hiện", period=inherit(TET)),
    F("xử phạt 186,5 triệu", "186,5", 186.5e6, "money", "đồng",
      subject="tiền xử phạt vi phạm", period=inherit(TET)),
]

NOTES = [
    "Province portal (Thanh Hóa): coach stations in the Tết Ất Tỵ 2025 peak; breadcrumb, 'Cập nhật: 14/02/2025 10:35 | Lượt xem: 3.186', related links.",
    "Distractors: 10:35, Lượt xem 3.186, '27 ngày cao điểm' (a duration that only locates), dates 17/01, 12/02/2025, 25/01/2025,",
    "'26 tháng Chạp', 'Tết Giáp Thìn 2024' (baseline), 'bến xe loại 1' (a station grade), 'xe buýt số 19', 'Lam Kinh 2025'.",
    "Period 'từ ngày 17/01 đến hết ngày 12/02/2025' → 2025-01-17..2025-02-12 for the figures of its sentence; later sentences inherit it.",
    "'Ngày cao điểm nhất là 25/01/2025' is a one-day period. 'gấp 2,4 lần ngày thường' is the change of 1.586 (lần).",
    "'Trong đó, tuyến liên tỉnh ... lượt xe' after a sentence break: the whole is 27.460 lượt xe (same unit), not 318.250 hành khách",
    "that stands right before the cue. 'Riêng' is no part-of cue: 96.400 has no total, its share 30,3% is a percent attribute.",
    "'tăng từ 20-40% so với ngày thường' is a rate of its own (percent range, no change). The headline has no datable period.",
]

if __name__ == "__main__":
    write("p1292-1", TEXT, NOTES, FIGS, published="2025-02-14", location="Thanh Hóa")
