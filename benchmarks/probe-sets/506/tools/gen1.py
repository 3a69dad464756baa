"""p506-1: Bắc Giang province portal — industrial production 6 months 2024, main products, KCN workers and occupancy."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Kinh tế
Sản xuất công nghiệp 6 tháng đầu năm 2024 tăng 28,6%
Cập nhật: 05/07/2024 15:20
Lượt xem: 4.128

(BGP) - Theo Cục Thống kê tỉnh, 6 tháng đầu năm 2024, chỉ số sản xuất công nghiệp (IIP) trên địa bàn tỉnh Bắc Giang ước tăng 28,6% so với cùng kỳ năm 2023, đứng thứ 2 cả nước. Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 238.456 tỷ đồng, tăng 29,1% so với cùng kỳ, bằng 48,7% kế hoạch năm. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 209.830 tỷ đồng, chiếm 88%.

Sản lượng một số sản phẩm chủ yếu ước tính tăng khá: điện thoại di động đạt 24,5 triệu chiếc, tăng 15,2%; máy tính bảng đạt 9,8 triệu chiếc, tăng 42,3%; quần áo may sẵn đạt 135,6 triệu sản phẩm, tăng 8,4%; điện sản xuất đạt 1.865 triệu kWh, tăng 6,7%. Riêng phân urê ước chỉ đạt 92,4 nghìn tấn, giảm 3,5% do nhà máy dừng sản xuất để bảo dưỡng.

Tính đến ngày 30/6/2024, các khu công nghiệp trên địa bàn tỉnh thu hút 218.650 lao động, tăng 21.400 người so với cuối năm 2023; trong đó lao động nữ chiếm khoảng 58%. Lao động tập trung chủ yếu tại các huyện Việt Yên (95.200 người), Yên Dũng (41.600 người) và Lạng Giang (18.900 người). Toàn tỉnh hiện có 9 khu công nghiệp đang hoạt động với tổng diện tích 2.430 ha, tỷ lệ lấp đầy bình quân đạt 71,5%; riêng KCN Quang Châu và KCN Vân Trung dọc Quốc lộ 1A đã lấp đầy 100%.

Phấn đấu năm 2024, chỉ số IIP tăng từ 25 đến 27%, giá trị sản xuất công nghiệp đạt trên 490.000 tỷ đồng. Để đạt mục tiêu, UBND tỉnh yêu cầu các sở, ngành tập trung tháo gỡ vướng mắc về mặt bằng, nhất là tại KCN Hòa Phú mở rộng, đồng thời đẩy nhanh thủ tục cho các dự án theo Kết luận số 156-KL/TU.

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang. Điện thoại: 0204.3854.421
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("năm 2024 tăng 28,6%", "28,6", 28.6, "percent", "%", "sản xuất công nghiệp", H1),
    F("ước tăng 28,6%", "28,6", 28.6, "percent", "%", "chỉ số sản xuất công nghiệp (IIP)", H1, status="estimate"),
    F("đứng thứ 2 cả nước", "2", 2, "rank", "hạng", "chỉ số sản xuất công nghiệp (IIP)", H1, status="estimate"),
    F("ước đạt 238.456 tỷ đồng", "238.456", 238456e9, "money", "đồng", "giá trị sản xuất công nghiệp (giá so sánh 2010)",
      INH(H1), percent=48.7, change=CH("increase", 29.1, baseline="cùng kỳ"), status="estimate"),
    F("đạt 209.830 tỷ đồng", "209.830", 209830e9, "money", "đồng", "giá trị sản xuất công nghiệp khu vực có vốn đầu tư nước ngoài",
      INH(H1), total=238456e9, percent=88, status="estimate"),
    F("đạt 24,5 triệu chiếc", "24,5", 24.5e6, "count", "chiếc", "điện thoại di động", INH(H1),
      change=CH("increase", 15.2), status="estimate"),
    F("đạt 9,8 triệu chiếc", "9,8", 9.8e6, "count", "chiếc", "máy tính bảng", INH(H1),
      change=CH("increase", 42.3), status="estimate"),
    F("đạt 135,6 triệu sản phẩm", "135,6", 135.6e6, "count", "sản phẩm", "quần áo may sẵn", INH(H1),
      change=CH("increase", 8.4), status="estimate"),
    F("đạt 1.865 triệu kWh", "1.865", 1865e6, "measure", "kWh", "điện sản xuất", INH(H1),
      change=CH("increase", 6.7), status="estimate"),
    F("đạt 92,4 nghìn tấn", "92,4", 92400, "measure", "tấn", "phân urê", INH(H1),
      change=CH("decrease", 3.5), status="estimate"),
    F("thu hút 218.650 lao động", "218.650", 218650, "count", "lao động", "lao động các khu công nghiệp", ASOF,
      change=CH("increase", 21400, "người", baseline="cuối năm 2023")),
    F("chiếm khoảng 58%", "58", 58, "percent", "%", "lao động nữ", ASOF, approx="about"),
    F("Việt Yên (95.200 người)", "95.200", 95200, "count", "người", "lao động các khu công nghiệp", INH(ASOF), location="Việt Yên"),
    F("Yên Dũng (41.600 người)", "41.600", 41600, "count", "người", "lao động các khu công nghiệp", INH(ASOF), location="Yên Dũng"),
    F("Lạng Giang (18.900 người)", "18.900", 18900, "count", "người", "lao động các khu công nghiệp", INH(ASOF), location="Lạng Giang"),
    F("hiện có 9 khu công nghiệp", "9", 9, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    F("diện tích 2.430 ha", "2.430", 2430, "measure", "ha", "tổng diện tích khu công nghiệp đang hoạt động"),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ lấp đầy bình quân"),
    F("lấp đầy 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Quang Châu và KCN Vân Trung"),
    F("từ 25 đến 27%", "25", 25, "percent", "%", "chỉ số IIP", Y24, value_max=27, status="target"),
    F("trên 490.000 tỷ đồng", "490.000", 490000e9, "money", "đồng", "giá trị sản xuất công nghiệp", Y24,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bắc Giang: sản xuất công nghiệp 6 tháng đầu năm 2024 (IIP, giá trị SXCN, sản phẩm chủ yếu, lao động và lấp đầy KCN).",
    "Headline figure has no 'ước' → actual; body IIP 'ước tăng' → estimate; the rank continues that clause → estimate.",
    "Product list after 'ước tính tăng khá:' → estimate; periods of later sentences inherited from the lead.",
    "'lao động nữ chiếm khoảng 58%' is a share of a different subject (female workers), its own percent figure.",
    "District list with bracketed numbers: location = district, subject = the list's indicator; no cue and no sum → no total.",
    "'hiện có' sentence has no period. Distractors: Lượt xem 4.128, giá so sánh 2010, Quốc lộ 1A, Kết luận số 156-KL/TU, address, phone.",
]

if __name__ == "__main__":
    emit("p506-1", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Bắc Giang")
